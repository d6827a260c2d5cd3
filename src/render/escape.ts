/**
 * Escaping for the markup argmap writes: text and attribute values in SVG
 * and HTML, and JSON inside an HTML `<script>` element.
 * @module
 */

/** Characters XML 1.0 does not allow, and lone surrogates. */
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for XML or HTML text and quoted attribute values: `&`, `<`,
 * `>`, `"` and `'` become entities, and characters that XML forbids become
 * U+FFFD, so the result is always well-formed and never markup.
 *
 * @param text - Any string.
 * @returns The escaped string.
 * @example
 * ```ts
 * escapeXml(`<script>"]]>`); // "&lt;script&gt;&quot;]]&gt;"
 * ```
 */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, "\ufffd").replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/**
 * Serializes a value as JSON that is safe inside an HTML `<script>` element:
 * `<`, `>`, `&` and the line separators U+2028/U+2029 are written as `\u` escapes,
 * so no text can close the element or open a comment.
 *
 * @param value - A JSON-serializable value.
 * @returns JSON text with no `<`, `>` or `&`.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Whether a URL may become a link: only `http:`, `https:` and `mailto:`
 * URLs qualify (never `javascript:` or `data:`).
 *
 * @param url - The URL as written in a source.
 * @returns `true` for a safe absolute URL.
 */
export function isSafeUrl(url: string): boolean {
  return /^(?:https?:\/\/|mailto:)[^\s\u0000-\u001f]*$/i.test(url.trim());
}

/**
 * Escaping for the markup argmap writes: text and attribute values in SVG
 * and HTML, and JSON inside an HTML `<script>` element.
 * @module
 */

/** Characters XML 1.0 does not allow, and lone surrogates. */
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Bidirectional embedding, override and isolate controls: they reorder the text around them. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Markup characters, written as entities. */
const MARKUP = /[&<>"']/g;

/** Characters {@link escapeXml} changes besides markup: most text has none, and needs at most one pass for markup. */
const UNUSUAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]/;

const entity = (char: string): string => ENTITIES[char]!;

/**
 * Makes bidirectional controls visible and harmless: each embedding,
 * override or isolate character (U+202A–U+202E, U+2066–U+2069) becomes a
 * visible mark such as `⟨U+202E⟩`, so `\u202Egnp.exe` reads as
 * `⟨U+202E⟩gnp.exe` and not as "exe.png". Other text is unchanged.
 *
 * @param text - Any string.
 * @returns The text with every bidi control written out.
 * @example
 * ```ts
 * import { showBidiControls } from "argmap/render";
 * console.log(showBidiControls("\u202egnp.exe")); // "⟨U+202E⟩gnp.exe"
 * ```
 */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (char) => `\u27e8U+${char.charCodeAt(0).toString(16).toUpperCase()}\u27e9`);
}

/**
 * Escapes text for XML or HTML text and quoted attribute values: `&`, `<`,
 * `>`, `"` and `'` become entities, characters that XML forbids become
 * U+FFFD, and bidi controls are written out visibly (see
 * {@link showBidiControls}), so the result is always well-formed, never
 * markup, and shows its characters in their order.
 *
 * @param text - Any string.
 * @returns The escaped string.
 * @example
 * ```ts
 * import { escapeXml } from "argmap/render";
 * console.log(escapeXml(`<script>"]]>`)); // "&lt;script&gt;&quot;]]&gt;"
 * ```
 */
export function escapeXml(text: string): string {
  const plain = UNUSUAL.test(text) ? showBidiControls(text.replace(INVALID_XML, "\ufffd")) : text;
  return plain.replace(MARKUP, entity);
}

/**
 * Serializes a value as JSON that is safe inside an HTML `<script>` element:
 * `<`, `>`, `&` and the line separators U+2028/U+2029 are written as `\u` escapes,
 * so no text can close the element or open a comment.
 *
 * @param value - A JSON-serializable value.
 * @returns JSON text with no `<`, `>` or `&`.
 * @internal
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
 * @internal
 */
export function isSafeUrl(url: string): boolean {
  return /^(?:https?:\/\/|mailto:)[^\s\u0000-\u001f]*$/i.test(url.trim());
}

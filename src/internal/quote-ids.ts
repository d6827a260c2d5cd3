/** Longest id or text shown in a message, in UTF-16 code units. */
const MAX_SHOWN = 80;

/**
 * Quotes an id or a piece of user text for an issue message, JSON-style, so
 * that a newline or an escape sequence in it cannot forge a line or colour a
 * terminal; text longer than about 80 characters is cut with `…`.
 *
 * @internal
 */
export function quoteId(id: string): string {
  let text = id;
  if (text.length > MAX_SHOWN) {
    let end = MAX_SHOWN - 1;
    // Do not cut a surrogate pair in two.
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end--;
    text = `${text.slice(0, end)}…`;
  }
  // JSON.stringify escapes control characters and lone surrogates; also
  // escape the line and paragraph separators and bidi controls.
  return JSON.stringify(text).replace(/[\u2028\u2029\u202a-\u202e\u2066-\u2069\u0085]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Quotes ids for an issue message, naming at most ten: `"a", "b" and 3 more`.
 *
 * @internal
 */
export function quoteIds(ids: readonly string[]): string {
  const shown = ids.slice(0, 10).map(quoteId).join(", ");
  return ids.length > 10 ? `${shown} and ${ids.length - 10} more` : shown;
}

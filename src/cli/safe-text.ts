/**
 * Text that the command line prints about user input (ids, file names,
 * messages that quote either) is escaped JSON-style and cut, so that a
 * newline cannot forge a line and an ANSI escape cannot reach the terminal.
 * @module
 */

/** Longest quoted id or value printed in a message, in code points. */
export const MAX_QUOTED = 80;

/** Longest message line printed, in code points. */
export const MAX_LINE = 2000;

// C0 and C1 controls, DEL, line/paragraph separators, bidi marks, overrides and isolates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

const hex = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * Escapes control characters (newline, tab, ESC …), line separators and bidi
 * controls the way JSON does (`\n`, `\u001b`); other characters are kept.
 *
 * @param text - Any string.
 * @returns The string with every unsafe character escaped.
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => SHORT[c] ?? hex(c));
}

// The same, but line feeds and tabs: the structure of text written for reading.
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

// What JSON.stringify leaves as it is of the above: DEL, C1 controls, line separators and bidi controls.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Escapes the control characters of text written for reading (a summary, a
 * listing) as {@link escapeControls} does, but keeps its line feeds and tabs:
 * ESC, OSC, BEL, NUL, carriage returns, line separators and bidi controls
 * from a map's text cannot reach the terminal.
 *
 * @param text - Text of several lines.
 * @returns The text with every unsafe character but `\n` and `\t` escaped.
 */
export function escapeText(text: string): string {
  return text.replace(UNSAFE_IN_TEXT, (c) => SHORT[c] ?? hex(c));
}

/**
 * Escapes, in JSON text, the characters `JSON.stringify` leaves as they are
 * but a terminal acts on (DEL, C1 controls such as CSI, line separators and
 * bidi controls), as `\uXXXX` escapes: the same JSON value, safe to print.
 *
 * @param json - Text from `JSON.stringify`.
 * @returns The same JSON, with those characters escaped.
 */
export function escapeJsonText(json: string): string {
  return json.replace(UNSAFE_IN_JSON, hex);
}

/**
 * Cuts a string to at most `max` code points, ending with `…` and the number
 * of code points left out when cut.
 *
 * @param text - Any string.
 * @param max - Most code points kept.
 * @returns The string, or its cut form.
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  return `${points.slice(0, max).join("")}… (${points.length - max} more)`;
}

/**
 * Makes one message line safe to print: quoted parts (`"an id"`) longer than
 * {@link MAX_QUOTED} are cut, control characters are escaped, and the whole
 * line is cut at {@link MAX_LINE}.
 *
 * @param text - A message, which may quote ids or text from the input.
 * @returns One printable line.
 */
export function safeLine(text: string): string {
  const quotedCut = text.replace(/"([^"]{81,})"/g, (_, inner: string) => `"${cut(inner, MAX_QUOTED)}"`);
  return cut(escapeControls(quotedCut), MAX_LINE);
}

/**
 * Makes a file name, id or value safe to print inside a message: escaped and
 * cut at {@link MAX_QUOTED}.
 *
 * @param text - A file name, id or option value.
 * @returns The printable form.
 */
export function safeName(text: string): string {
  return escapeControls(cut(text, MAX_QUOTED));
}

/**
 * Reads a framework file whose format is not known in advance.
 * @module
 */
import { parseApx } from "./apx.js";
import type { Framework } from "./framework.js";
import { parseIccma } from "./iccma.js";
import { parseTgf } from "./tgf.js";

/**
 * A text format for frameworks: ASPARTIX `.apx`, ICCMA 2023 `p af N`, or
 * the Trivial Graph Format of earlier ICCMA competitions.
 *
 * @example
 * ```ts
 * import { detectFrameworkFormat, type FrameworkTextFormat } from "argmap/evaluate";
 *
 * const format: FrameworkTextFormat = detectFrameworkFormat("arg(a).\narg(b).\natt(a,b).\n");
 * console.log(format); // "apx"
 * ```
 */
export type FrameworkTextFormat = "apx" | "iccma" | "tgf";

/**
 * Tells the format of a framework file by its content: the first line that is
 * neither blank nor a `#` comment starts with `p af` for ICCMA; a text of
 * nothing but blank and `#` lines is taken as ICCMA (and refused by
 * {@link parseIccma} as `empty-framework`); a first line that is one word
 * without parentheses, not a `%` comment, is TGF (an argument name);
 * anything else is read as `.apx`.
 *
 * @param text - The file's text.
 * @returns The format.
 *
 * @example
 * ```ts
 * import { detectFrameworkFormat } from "argmap/evaluate";
 *
 * console.log(detectFrameworkFormat("# comment\np af 2\n1 2\n")); // "iccma"
 * console.log(detectFrameworkFormat("arg(a).\n")); // "apx"
 * console.log(detectFrameworkFormat("a\nb\n#\na b\n")); // "tgf"
 * ```
 */
export function detectFrameworkFormat(text: string): FrameworkTextFormat {
  const head = text.slice(0, 1 << 16);
  if (/^(?:[ \t\r]*(?:#[^\n]*)?\n)*[ \t\r]*p[ \t]+af\b/.test(head)) return "iccma";
  if (/^(?:[ \t\r]*(?:#[^\n]*)?(?:\n|$))*$/.test(text)) return "iccma";
  const first = /^\s*([^\n]*)/.exec(head)![1]!.trim();
  return /^[^\s()%#]\S*$/.test(first) && !first.includes("(") ? "tgf" : "apx";
}

/**
 * Reads a framework in any of the ICCMA formats.
 *
 * @param text - The file's text.
 * @param format - The format, if known; detected with {@link detectFrameworkFormat} otherwise.
 * @returns The framework.
 * @throws `ArgmapError` as {@link parseIccma}, {@link parseApx} or {@link parseTgf}.
 *
 * @example
 * ```ts
 * import { grounded, parseFramework } from "argmap/evaluate";
 *
 * const af = parseFramework("p af 3\n1 2\n2 3\n");
 * console.log(grounded(af).extension); // Int32Array [0, 2]
 * ```
 */
export function parseFramework(text: string, format: FrameworkTextFormat = detectFrameworkFormat(text)): Framework {
  if (format === "iccma") return parseIccma(text);
  return format === "tgf" ? parseTgf(text) : parseApx(text);
}

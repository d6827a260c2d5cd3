/**
 * Reads a framework file whose format is not known in advance.
 * @module
 */
import { parseApx } from "./apx.js";
import type { Framework } from "./framework.js";
import { parseIccma } from "./iccma.js";

/** A text format for frameworks: ASPARTIX `.apx` or ICCMA 2023 `p af N`. */
export type FrameworkTextFormat = "apx" | "iccma";

/**
 * Tells the format of a framework file by its content: the first line that is
 * neither blank nor a `#` comment starts with `p af` for ICCMA; a text of
 * nothing but blank and `#` lines is taken as ICCMA (and refused by
 * {@link parseIccma} as `empty-framework`); anything else is read as `.apx`.
 *
 * @param text - The file's text.
 * @returns The format.
 */
export function detectFrameworkFormat(text: string): FrameworkTextFormat {
  const head = text.slice(0, 1 << 16);
  if (/^(?:[ \t\r]*(?:#[^\n]*)?\n)*[ \t\r]*p[ \t]+af\b/.test(head)) return "iccma";
  return /^(?:[ \t\r]*(?:#[^\n]*)?(?:\n|$))*$/.test(text) ? "iccma" : "apx";
}

/**
 * Reads a framework in either ICCMA format.
 *
 * @param text - The file's text.
 * @param format - The format, if known; detected with {@link detectFrameworkFormat} otherwise.
 * @returns The framework.
 * @throws `ArgmapError` as {@link parseIccma} or {@link parseApx}.
 */
export function parseFramework(text: string, format: FrameworkTextFormat = detectFrameworkFormat(text)): Framework {
  return format === "iccma" ? parseIccma(text) : parseApx(text);
}

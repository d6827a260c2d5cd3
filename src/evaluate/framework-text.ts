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
 * neither blank nor a `#` comment starts with `p af` for ICCMA; anything
 * else is read as `.apx`.
 *
 * @param text - The file's text.
 * @returns The format.
 */
export function detectFrameworkFormat(text: string): FrameworkTextFormat {
  const header = /^(?:[ \t\r]*(?:#[^\n]*)?\n)*[ \t\r]*p[ \t]+af\b/.exec(text.slice(0, 1 << 16));
  return header === null ? "apx" : "iccma";
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

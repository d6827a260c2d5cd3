/**
 * Input bytes to text: strict UTF-8 with an optional BOM, nothing empty.
 * @module
 */
import { isUtf8 } from "node:buffer";
import { issue, type ArgmapIssue } from "../errors.js";
import type { CliIssueCode } from "./command.js";

/**
 * Byte offset of the first byte that does not belong to a well-formed UTF-8
 * sequence, or -1 when every byte does.
 *
 * @param bytes - Raw input.
 * @returns The offset, or -1.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes input bytes as UTF-8, dropping a leading byte order mark.
 *
 * @param bytes - Raw input.
 * @returns The text, or the `invalid-utf8` (with the byte offset) or `empty-input` issue.
 */
export function decodeInput(bytes: Uint8Array): { readonly text: string } | { readonly issue: ArgmapIssue<CliIssueCode> } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isUtf8(buffer)) {
    const offset = invalidUtf8Offset(bytes);
    const shown = offset >= 0 ? `0x${bytes[offset]!.toString(16).padStart(2, "0")}` : "a byte";
    return { issue: issue<CliIssueCode>("invalid-utf8", [], `the input is not valid UTF-8: ${shown} at byte offset ${offset}; save it as UTF-8 first`) };
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = buffer.toString("utf8", start);
  if (!/\S/.test(text)) {
    return { issue: issue<CliIssueCode>("empty-input", [], bytes.length === 0 ? "the input is empty" : "the input holds only white space") };
  }
  return { text };
}

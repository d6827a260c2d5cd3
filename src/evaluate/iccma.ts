/**
 * The ICCMA 2023 format for abstract frameworks: a header `p af N`, then one
 * attack `i j` per line with arguments numbered `1..N`; lines starting with
 * `#` are comments.
 * @module
 */
import { attackFramework, MAX_FRAMEWORK_ARGUMENTS, requireAttacksOnly, type Framework } from "./framework.js";
import { evaluateFail } from "./issues.js";

/**
 * Reads a framework in the ICCMA 2023 `p af N` format. Argument `k` of the
 * file becomes argument number `k - 1` with id `"k"`. Blank lines are
 * allowed; repeated attacks are kept.
 *
 * @param text - The file's text.
 * @returns The framework (base score 1 for every argument).
 * @throws `ArgmapError` `empty-framework` for a text with nothing but
 * blanks and comments (no header), `iccma-syntax` (with `line` and
 * `column`) for a missing or malformed header or attack line,
 * `framework-too-large` for a header declaring more than
 * {@link MAX_FRAMEWORK_ARGUMENTS} arguments (refused before allocating),
 * `unknown-argument` for a number outside `1..N`.
 * @example
 * ```ts
 * import { parseIccma } from "argmap/evaluate";
 *
 * const af = parseIccma("p af 3\n# a chain\n1 2\n2 3\n");
 * console.log(af.id(0), af.attackCount); // "1" 2
 * ```
 */
export function parseIccma(text: string): Framework {
  if (typeof text !== "string") evaluateFail("iccma-syntax", [], "expected the text of an ICCMA file");
  const length = text.length;
  let pos = 0;
  let line = 0;
  let size = -1;
  let pairs = new Int32Array(1024);
  let count = 0;
  while (pos < length) {
    line++;
    let end = text.indexOf("\n", pos);
    if (end < 0) end = length;
    const lineStart = pos;
    let stop = end;
    if (stop > lineStart && text.charCodeAt(stop - 1) === 13) stop--;
    let p = lineStart;
    while (p < stop && isBlank(text.charCodeAt(p))) p++;
    if (p === stop || text.charCodeAt(p) === 35 /* # */) {
      pos = end + 1;
      continue;
    }
    if (size < 0) {
      const header = /^p\s+af\s+(\d+)\s*$/.exec(text.slice(p, stop));
      if (header === null) evaluateFail("iccma-syntax", [], "the first line must be the header `p af N`", line, p - lineStart + 1);
      const declared = header[1]!.replace(/^0+(?=\d)/, "");
      size = declared.length > 9 ? Number.POSITIVE_INFINITY : Number(declared);
      if (size > MAX_FRAMEWORK_ARGUMENTS) {
        const shown = declared.length > 20 ? `${declared.slice(0, 20)}… (${declared.length} digits)` : declared;
        evaluateFail("framework-too-large", [], `the header declares ${shown} arguments; argmap reads frameworks of at most ${MAX_FRAMEWORK_ARGUMENTS} arguments`, line, p - lineStart + 1);
      }
      pos = end + 1;
      continue;
    }
    let values = 0;
    let first = 0;
    while (p < stop) {
      const startCol = p;
      let value = 0;
      let digits = 0;
      while (p < stop) {
        const c = text.charCodeAt(p);
        if (c < 48 || c > 57) break;
        value = value * 10 + (c - 48);
        digits++;
        p++;
      }
      if (digits === 0 || (p < stop && !isBlank(text.charCodeAt(p)))) {
        evaluateFail("iccma-syntax", [], "an attack line holds two argument numbers `i j`", line, (digits === 0 ? startCol : p) - lineStart + 1);
      }
      if (value < 1 || value > size) evaluateFail("unknown-argument", [], `no argument ${value}: arguments are numbered 1..${size}`, line, startCol - lineStart + 1);
      values++;
      if (values === 1) first = value;
      else if (values === 2) {
        if (2 * count + 2 > pairs.length) {
          const grown = new Int32Array(pairs.length * 2);
          grown.set(pairs);
          pairs = grown;
        }
        pairs[2 * count] = first - 1;
        pairs[2 * count + 1] = value - 1;
        count++;
      } else evaluateFail("iccma-syntax", [], "an attack line holds exactly two argument numbers", line, startCol - lineStart + 1);
      while (p < stop && isBlank(text.charCodeAt(p))) p++;
    }
    if (values !== 2) evaluateFail("iccma-syntax", [], "an attack line holds two argument numbers `i j`", line, stop - lineStart + 1);
    pos = end + 1;
  }
  if (size < 0) evaluateFail("empty-framework", [], "the file holds no framework: no header `p af N` (an empty framework is written `p af 0`)", Math.max(line, 1), 1);
  return attackFramework(size, { kind: "numbers", first: 1 }, pairs, count);
}

/**
 * Writes a framework in the ICCMA 2023 `p af N` format: argument number `i`
 * becomes `i + 1`. Ids are not kept (the format numbers arguments); a
 * comment line maps numbers to ids when they differ.
 *
 * @param framework - An abstract framework.
 * @returns The file's text, ending with a newline.
 * @throws `ArgmapError` `invalid-framework` if the framework has
 * supports or premises, which the format cannot hold.
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, toIccma } from "argmap/evaluate";
 *
 * console.log(toIccma(frameworkFromEdges(2, [[0, 1]], { firstNumber: 1 }))); // "p af 2\n1 2\n"
 * ```
 */
export function toIccma(framework: Framework): string {
  requireAttacksOnly(framework, "the ICCMA format");
  const { size } = framework;
  const parts: string[] = [`p af ${size}\n`];
  let renamed = false;
  for (let i = 0; i < size && !renamed; i++) renamed = framework.id(i) !== String(i + 1);
  if (renamed) {
    for (let i = 0; i < size; i++) parts.push(`# ${i + 1} ${framework.id(i).replace(/[\r\n]/g, " ")}\n`);
  }
  const { offsets, neighbors } = framework.attacks;
  let chunk = "";
  for (let a = 0; a < size; a++) {
    for (let k = offsets[a]!; k < offsets[a + 1]!; k++) {
      chunk += `${a + 1} ${neighbors[k]! + 1}\n`;
      if (chunk.length > 65536) {
        parts.push(chunk);
        chunk = "";
      }
    }
  }
  parts.push(chunk);
  return parts.join("");
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

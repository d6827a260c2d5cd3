/**
 * The Trivial Graph Format as earlier ICCMA competitions (2015–2021) used
 * it for frameworks: one argument name per line, a line `#`, then one
 * attack `a b` per line.
 * @module
 */
import { attackFramework, MAX_FRAMEWORK_ARGUMENTS, requireAttacksOnly, type Framework } from "./framework.js";
import { evaluateFail } from "./issues.js";

/**
 * Reads a framework in the ICCMA flavour of the Trivial Graph Format:
 * argument names one per line, a line holding only `#`, then attacks
 * `a b`, one per line. Arguments are numbered in the order of their lines
 * and keep their names as ids. Blank lines are allowed; a file without the
 * `#` line has no attacks. TGF's optional node and edge labels have no
 * meaning in a framework and are refused rather than dropped.
 *
 * @param text - The file's text.
 * @returns The framework (base score 1 for every argument).
 * @throws `ArgmapError` `empty-framework` for a text with no argument line,
 * `iccma-syntax` (with `line` and `column`) for a node line that is not one
 * name or an attack line that is not two, `duplicate-argument` for a name
 * listed twice, `unknown-argument` for an attack on an unlisted name,
 * `framework-too-large` for more than {@link MAX_FRAMEWORK_ARGUMENTS}
 * arguments.
 * @example
 * ```ts
 * import { grounded, parseTgf } from "argmap/evaluate";
 *
 * const af = parseTgf("a\nb\nc\n#\na b\nb c\n");
 * console.log(af.indexOf("c"), af.attackCount, grounded(af).extension); // 2 2 Int32Array [0, 2]
 * ```
 */
export function parseTgf(text: string): Framework {
  if (typeof text !== "string") evaluateFail("iccma-syntax", [], "expected the text of a TGF file");
  const ids: string[] = [];
  const index = new Map<string, number>();
  let pairs = new Int32Array(1024);
  let count = 0;
  let edges = false;
  let line = 0;
  let pos = 0;
  const length = text.length;
  while (pos < length) {
    line++;
    let end = text.indexOf("\n", pos);
    if (end < 0) end = length;
    const lineStart = pos;
    pos = end + 1;
    const tokens = tokensOf(text, lineStart, end);
    if (tokens.length === 0) continue;
    if (!edges && tokens.length === 1 && tokens[0]!.text === "#") {
      edges = true;
      continue;
    }
    const column = (k: number): number => tokens[k]!.at - lineStart + 1;
    if (!edges) {
      if (tokens.length !== 1) evaluateFail("iccma-syntax", [], "an argument line holds one name (TGF labels are not read: a framework has no use for them)", line, column(1));
      const name = tokens[0]!.text;
      if (index.has(name)) evaluateFail("duplicate-argument", [], `argument ${JSON.stringify(name)} is listed twice`, line, column(0));
      if (ids.length >= MAX_FRAMEWORK_ARGUMENTS) evaluateFail("framework-too-large", [], `more than ${MAX_FRAMEWORK_ARGUMENTS} arguments; argmap reads frameworks of at most ${MAX_FRAMEWORK_ARGUMENTS} arguments`, line, column(0));
      index.set(name, ids.length);
      ids.push(name);
      continue;
    }
    if (tokens.length !== 2) evaluateFail("iccma-syntax", [], "an attack line holds two argument names `a b`", line, tokens.length > 2 ? column(2) : column(0));
    const ends: number[] = [];
    for (let k = 0; k < 2; k++) {
      const found = index.get(tokens[k]!.text);
      if (found === undefined) evaluateFail("unknown-argument", [], `no argument ${JSON.stringify(tokens[k]!.text)}: list it above the # line`, line, column(k));
      ends.push(found);
    }
    if (2 * count + 2 > pairs.length) {
      const grown = new Int32Array(pairs.length * 2);
      grown.set(pairs);
      pairs = grown;
    }
    pairs[2 * count] = ends[0]!;
    pairs[2 * count + 1] = ends[1]!;
    count++;
  }
  if (ids.length === 0 && count === 0) evaluateFail("empty-framework", [], "the file holds no framework: no argument line", Math.max(line, 1), 1);
  const size = ids.length;
  return attackFramework(size, { kind: "ids", ids, index }, pairs, count);
}

/**
 * Writes a framework in the ICCMA flavour of TGF: ids one per line, `#`,
 * then the attacks.
 *
 * @param framework - An abstract framework.
 * @returns The file's text, ending with a newline.
 * @throws `ArgmapError` `invalid-framework` if the framework has supports
 * or linked premises, or an id that is not one TGF name (empty, with
 * spaces, or `#`).
 * @example
 * ```ts
 * import { frameworkFromEdges, toTgf } from "argmap/evaluate";
 *
 * console.log(toTgf(frameworkFromEdges(["a", "b"], [["a", "b"]]))); // "a\nb\n#\na b\n"
 * ```
 */
export function toTgf(framework: Framework): string {
  requireAttacksOnly(framework, "TGF");
  const { size } = framework;
  const parts: string[] = [];
  for (let i = 0; i < size; i++) {
    const id = framework.id(i);
    if (!/^\S+$/.test(id) || id === "#") evaluateFail("invalid-framework", [], `the id ${JSON.stringify(id)} is not a TGF name (one word, not #)`);
    parts.push(`${id}\n`);
  }
  parts.push("#\n");
  const { offsets, neighbors } = framework.attacks;
  for (let a = 0; a < size; a++) for (let k = offsets[a]!; k < offsets[a + 1]!; k++) parts.push(`${framework.id(a)} ${framework.id(neighbors[k]!)}\n`);
  return parts.join("");
}

/** The whitespace-separated words of `text` between `start` and `end`, with their offsets. */
function tokensOf(text: string, start: number, end: number): { text: string; at: number }[] {
  const tokens: { text: string; at: number }[] = [];
  let p = start;
  while (p < end) {
    while (p < end && isBlank(text.charCodeAt(p))) p++;
    if (p >= end) break;
    const at = p;
    while (p < end && !isBlank(text.charCodeAt(p))) p++;
    tokens.push({ text: text.slice(at, p), at });
  }
  return tokens;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

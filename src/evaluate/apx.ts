/**
 * The ASPARTIX format for frameworks: facts `arg(a).` and `att(a,b).`, plus
 * `sup(a,b).` for supports (an argmap extension other tools ignore).
 * @module
 */
import { buildAdjacencies, assembleFramework, emptyAdjacency, MAX_FRAMEWORK_ARGUMENTS, type Framework } from "./framework.js";
import { evaluateFail } from "./issues.js";

const FACT = /(arg|att|sup)\s*\(\s*([^\s(),%]+)\s*(?:,\s*([^\s(),%]+)\s*)?\)\s*\./y;

/**
 * Reads a framework in the ASPARTIX `.apx` format. Arguments are numbered in
 * the order of their `arg` facts and keep their names as ids. Facts may
 * share a line; `%` starts a comment that runs to the end of the line.
 *
 * @param text - The file's text.
 * @returns The framework (base score 1 for every argument, 0.5 if it has supports).
 * @throws `ArgmapError` `empty-framework` for a text with no fact at all,
 * `framework-too-large` for more than {@link MAX_FRAMEWORK_ARGUMENTS}
 * arguments, `iccma-syntax` (with `line` and `column`) for
 * text that is not a fact, `duplicate-argument` for an argument declared
 * twice, `unknown-argument` for an attack on an undeclared argument.
 * @example
 * ```ts
 * const af = parseApx("arg(a). arg(b).\natt(a,b).");
 * af.indexOf("b"); // 1
 * ```
 */
export function parseApx(text: string): Framework {
  if (typeof text !== "string") evaluateFail("iccma-syntax", [], "expected the text of an .apx file");
  const ids: string[] = [];
  const index = new Map<string, number>();
  const edges: { kind: "att" | "sup"; from: string; to: string; line: number; column: number }[] = [];
  let pos = 0;
  let line = 1;
  let lineStart = 0;
  const length = text.length;
  while (pos < length) {
    const c = text.charCodeAt(pos);
    if (c === 10) {
      line++;
      pos++;
      lineStart = pos;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      pos++;
      continue;
    }
    if (c === 37 /* % */) {
      const end = text.indexOf("\n", pos);
      pos = end < 0 ? length : end;
      continue;
    }
    FACT.lastIndex = pos;
    const match = FACT.exec(text);
    if (match === null) evaluateFail("iccma-syntax", [], "expected a fact `arg(a).`, `att(a,b).` or `sup(a,b).`", line, pos - lineStart + 1);
    const [whole, kind, first, second] = match;
    const column = pos - lineStart + 1;
    if (whole.includes("\n")) {
      for (let k = 0; k < whole.length; k++) {
        if (whole.charCodeAt(k) === 10) {
          line++;
          lineStart = pos + k + 1;
        }
      }
    }
    pos += whole.length;
    if (kind === "arg") {
      if (second !== undefined) evaluateFail("iccma-syntax", [], "`arg` takes one argument name", line, column);
      if (index.has(first!)) evaluateFail("duplicate-argument", [], `argument ${JSON.stringify(first!)} is declared twice`, line, column);
      if (ids.length >= MAX_FRAMEWORK_ARGUMENTS) evaluateFail("framework-too-large", [], `more than ${MAX_FRAMEWORK_ARGUMENTS} arguments; argmap reads frameworks of at most ${MAX_FRAMEWORK_ARGUMENTS} arguments`, line, column);
      index.set(first!, ids.length);
      ids.push(first!);
    } else {
      if (second === undefined) evaluateFail("iccma-syntax", [], `\`${kind!}\` takes two argument names`, line, column);
      edges.push({ kind: kind as "att" | "sup", from: first!, to: second, line, column });
    }
  }
  if (ids.length === 0 && edges.length === 0) evaluateFail("empty-framework", [], "the file holds no framework: no `arg(…).` fact", line, 1);
  const size = ids.length;
  let attacks = 0;
  for (const edge of edges) if (edge.kind === "att") attacks++;
  const attackPairs = new Int32Array(attacks * 2);
  const supportPairs = new Int32Array((edges.length - attacks) * 2);
  let a = 0;
  let s = 0;
  for (const edge of edges) {
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    if (from === undefined || to === undefined) {
      evaluateFail("unknown-argument", [], `no argument "${from === undefined ? edge.from : edge.to}": declare it with arg(…) first`, edge.line, edge.column);
    }
    if (edge.kind === "att") {
      attackPairs[a++] = from;
      attackPairs[a++] = to;
    } else {
      supportPairs[s++] = from;
      supportPairs[s++] = to;
    }
  }
  const attack = buildAdjacencies(size, attackPairs, attacks);
  const support = buildAdjacencies(size, supportPairs, edges.length - attacks);
  return assembleFramework({
    size,
    naming: { kind: "ids", ids, index },
    attacks: attack.forward,
    attackers: attack.backward,
    supports: support.forward,
    supporters: support.backward,
    premises: emptyAdjacency(size),
    base: new Float64Array(size).fill(edges.length > attacks ? 0.5 : 1),
  });
}

/**
 * Writes a framework in the ASPARTIX `.apx` format, one fact per line.
 * Ids that are not plain names (letters, digits, `_`, starting with a
 * lowercase letter or digit) are written as `a<number>` with a `%` comment
 * giving the id.
 *
 * @param framework - The framework.
 * @returns The file's text.
 * @throws `ArgmapError` `invalid-framework` if the framework has linked
 * premises, which the format cannot hold, or no arguments (an `.apx` file
 * without facts is no framework; write it with `toIccma` as `p af 0`).
 * @example
 * ```ts
 * import { frameworkFromEdges, toApx } from "argmap/evaluate";
 *
 * console.log(toApx(frameworkFromEdges(["a", "b"], [["a", "b"]]))); // "arg(a).\narg(b).\natt(a,b).\n"
 * ```
 */
export function toApx(framework: Framework): string {
  if (framework.premises.neighbors.length > 0) evaluateFail("invalid-framework", [], "the .apx format cannot hold linked premises");
  if (framework.size === 0) evaluateFail("invalid-framework", [], "an .apx file cannot hold an empty framework (a file without facts is no framework); use toIccma, which writes `p af 0`");
  const { size } = framework;
  const names: string[] = new Array<string>(size);
  const used = new Set<string>();
  for (let i = 0; i < size; i++) {
    const id = framework.id(i);
    if (/^[a-z0-9][A-Za-z0-9_]*$/.test(id)) {
      names[i] = id;
      used.add(id);
    }
  }
  const parts: string[] = [];
  for (let i = 0; i < size; i++) {
    if (names[i] === undefined) {
      let name = `a${i}`;
      while (used.has(name)) name += "_";
      used.add(name);
      names[i] = name;
      parts.push(`arg(${name}). % ${framework.id(i).replace(/[\r\n]/g, " ")}\n`);
    } else parts.push(`arg(${names[i]!}).\n`);
  }
  const write = (kind: string, adjacency: Framework["attacks"]): void => {
    for (let a = 0; a < size; a++) {
      for (let k = adjacency.offsets[a]!; k < adjacency.offsets[a + 1]!; k++) parts.push(`${kind}(${names[a]!},${names[adjacency.neighbors[k]!]!}).\n`);
    }
  };
  write("att", framework.attacks);
  write("sup", framework.supports);
  return parts.join("");
}

/**
 * Builds a {@link Framework} from an edge list.
 * @module
 */
import { assembleFramework, buildAdjacencies, type Framework, type Naming } from "./framework.js";
import { evaluateFail } from "./issues.js";

/**
 * An argument named by its number (0-based) or, when the framework has ids, by its id.
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, scepticallyAccepted, type ArgumentRef } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"]]);
 * const byId: ArgumentRef = "a";
 * const byNumber: ArgumentRef = 0;
 * console.log(scepticallyAccepted(af, "grounded", byId) === scepticallyAccepted(af, "grounded", byNumber)); // true
 * ```
 */
export type ArgumentRef = number | string;

/**
 * Relations as a list: either flat pairs of argument numbers in a typed
 * array (`[from0, to0, from1, to1, …]`, the fast form for large frameworks)
 * or an array of `[from, to]` pairs of numbers or ids.
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, type EdgeList } from "argmap/evaluate";
 *
 * const pairs: EdgeList = [[0, 1], [1, 2]];
 * const flat: EdgeList = Int32Array.of(0, 1, 1, 2); // the fast form for large frameworks
 * console.log(frameworkFromEdges(3, pairs).attackCount, frameworkFromEdges(3, flat).attackCount); // 2 2
 * ```
 */
export type EdgeList = Int32Array | Uint32Array | readonly (readonly [ArgumentRef, ArgumentRef])[];

/**
 * Options of {@link frameworkFromEdges}.
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, gradual, type EdgeListOptions } from "argmap/evaluate";
 *
 * const options: EdgeListOptions = { supports: [["c", "a"]], base: [0.5, 0.5, 0.9] };
 * const af = frameworkFromEdges(["a", "b", "c"], [["b", "a"]], options);
 * console.log(gradual(af, "dfquad").strengths);
 * ```
 */
export interface EdgeListOptions {
  /**
   * Supports `[supporter, supported]`, used by gradual semantics.
   *
   * @defaultValue no supports
   */
  readonly supports?: EdgeList;
  /**
   * Base score per argument, each in [0, 1]. Copied.
   *
   * @defaultValue 1 for every argument when there are no supports (the classic
   * h-categorizer), 0.5 otherwise
   */
  readonly base?: Float64Array | readonly number[];
  /**
   * Number of the first argument in generated ids when `args` is a count:
   * ids are `String(first + index)` (1 for ICCMA numbering).
   *
   * @defaultValue 0
   */
  readonly firstNumber?: number;
}

const DEFAULTS = { firstNumber: 0 } as const;

/**
 * Builds a framework from a number of arguments (or their ids) and a list of
 * attacks. Repeated edges are kept (they count twice in gradual semantics).
 *
 * @param args - The number of arguments, or their ids in order.
 * @param attacks - Attacks `[attacker, attacked]`.
 * @param options - Supports, base scores and numbering.
 * @returns The framework.
 * @throws `ArgmapError` `unknown-argument` for an edge naming no
 * argument, `duplicate-argument` for repeated ids, `invalid-framework` for a
 * bad count, base score or odd-length pair array.
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, grounded } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b", "c"], [["a", "b"], ["b", "c"]]);
 * console.log(grounded(af).extension); // Int32Array [0, 2]
 * ```
 */
export function frameworkFromEdges(args: number | readonly string[], attacks: EdgeList, options: EdgeListOptions = {}): Framework {
  const firstNumber = options.firstNumber ?? DEFAULTS.firstNumber;
  let naming: Naming;
  let size: number;
  if (typeof args === "number") {
    if (!Number.isInteger(args) || args < 0 || args > 0x7fffffff) evaluateFail("invalid-framework", ["args"], `the number of arguments must be a whole number ≥ 0, got ${args}`);
    if (!Number.isInteger(firstNumber) || firstNumber < 0) evaluateFail("invalid-framework", ["firstNumber"], `firstNumber must be a whole number ≥ 0, got ${firstNumber}`);
    size = args;
    naming = { kind: "numbers", first: firstNumber };
  } else {
    size = args.length;
    const index = new Map<string, number>();
    for (let i = 0; i < size; i++) {
      const name = args[i];
      if (typeof name !== "string" || name === "") evaluateFail("invalid-framework", ["args", i], "argument ids must be non-empty strings");
      if (index.has(name)) evaluateFail("duplicate-argument", ["args", i], `argument "${name}" is listed twice`);
      index.set(name, i);
    }
    naming = { kind: "ids", ids: [...args], index };
  }
  const resolve = (ref: ArgumentRef, path: readonly (string | number)[]): number => {
    if (typeof ref === "number") {
      if (!Number.isInteger(ref) || ref < 0 || ref >= size) evaluateFail("unknown-argument", path, `no argument number ${ref} (the framework has ${size})`);
      return ref;
    }
    const found = naming.kind === "ids" ? naming.index?.get(ref) : undefined;
    if (found === undefined) evaluateFail("unknown-argument", path, `no argument "${ref}"`);
    return found;
  };
  const attackPairs = toPairs(attacks, size, "attacks", resolve);
  const supportPairs = options.supports === undefined ? new Int32Array(0) : toPairs(options.supports, size, "supports", resolve);
  const attack = buildAdjacencies(size, attackPairs, attackPairs.length >> 1);
  const support = buildAdjacencies(size, supportPairs, supportPairs.length >> 1);
  const base = new Float64Array(size);
  if (options.base === undefined) base.fill(supportPairs.length === 0 ? 1 : 0.5);
  else {
    if (options.base.length !== size) evaluateFail("invalid-framework", ["base"], `expected ${size} base scores, got ${options.base.length}`);
    for (let i = 0; i < size; i++) {
      const b = options.base[i]!;
      if (!(b >= 0 && b <= 1)) evaluateFail("invalid-framework", ["base", i], `base scores lie in [0, 1], got ${b}`);
      base[i] = b;
    }
  }
  return assembleFramework({
    size,
    naming,
    attacks: attack.forward,
    attackers: attack.backward,
    supports: support.forward,
    supporters: support.backward,
    premises: { offsets: new Int32Array(size + 1), neighbors: new Int32Array(0) },
    base,
  });
}

function toPairs(edges: EdgeList, size: number, key: string, resolve: (ref: ArgumentRef, path: readonly (string | number)[]) => number): Int32Array | Uint32Array {
  if (edges instanceof Int32Array || edges instanceof Uint32Array) {
    if ((edges.length & 1) !== 0) evaluateFail("invalid-framework", [key], `a flat edge array holds pairs, but has odd length ${edges.length}`);
    for (let k = 0; k < edges.length; k++) {
      const v = edges[k]!;
      if (v < 0 || v >= size) evaluateFail("unknown-argument", [key, k >> 1, k & 1], `no argument number ${v} (the framework has ${size})`);
    }
    return edges;
  }
  if (!Array.isArray(edges)) evaluateFail("invalid-framework", [key], "edges must be an Int32Array of pairs or an array of [from, to] pairs");
  const pairs = new Int32Array(edges.length * 2);
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e];
    if (!Array.isArray(edge) || edge.length !== 2) evaluateFail("invalid-framework", [key, e], "each edge is a [from, to] pair");
    pairs[2 * e] = resolve(edge[0] as ArgumentRef, [key, e, 0]);
    pairs[2 * e + 1] = resolve(edge[1] as ArgumentRef, [key, e, 1]);
  }
  return pairs;
}

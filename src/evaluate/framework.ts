/**
 * The compact core every semantics runs on: arguments numbered `0..size-1`,
 * relations as CSR adjacency in typed arrays, base scores in a
 * `Float64Array`, and a mapping between numbers and ids.
 * @module
 */
import { evaluateFail } from "./issues.js";

/**
 * One direction of a relation in CSR form: the neighbours of argument `i`
 * are `neighbors[offsets[i]]` up to (excluding) `neighbors[offsets[i + 1]]`.
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, type Adjacency } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b", "c"], [["a", "b"], ["a", "c"]]);
 * const { offsets, neighbors }: Adjacency = af.attacks;
 * console.log(Array.from(neighbors.subarray(offsets[0], offsets[1])).map((i) => af.id(i))); // ["b", "c"]
 * ```
 */
export interface Adjacency {
  /** `size + 1` offsets into `neighbors`, non-decreasing, `offsets[0] === 0`. */
  readonly offsets: Int32Array;
  /** Neighbour argument numbers, grouped by argument. */
  readonly neighbors: Int32Array;
}

/**
 * An argumentation framework (abstract, or bipolar when it has supports).
 * Read-only: the arrays are shared with nothing else, but changing them is
 * not supported.
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, grounded, type Framework } from "argmap/evaluate";
 *
 * const af: Framework = frameworkFromEdges(["a", "b"], [["a", "b"]]);
 * console.log(af.size, af.attackCount, af.indexOf("b"), af.id(0)); // 2 1 1 "a"
 * console.log(grounded(af).extension); // Int32Array [0]
 * ```
 */
export interface Framework {
  /** Number of arguments. */
  readonly size: number;
  /** Attacks by attacker: `attacks` of `a` are the arguments `a` attacks. */
  readonly attacks: Adjacency;
  /** Attacks by target: `attackers` of `b` are the arguments attacking `b`. */
  readonly attackers: Adjacency;
  /** Supports by supporter. */
  readonly supports: Adjacency;
  /** Supports by target: the arguments supporting each argument. */
  readonly supporters: Adjacency;
  /**
   * Linked premises of each argument (empty except for relation nodes of a
   * map's bipolar view): an argument with premises stands only with all of them.
   */
  readonly premises: Adjacency;
  /** Base score in [0, 1] per argument, used by gradual semantics. */
  readonly base: Float64Array;
  /** Number of attacks. */
  readonly attackCount: number;
  /** Number of supports. */
  readonly supportCount: number;
  /** The id of argument `index`. */
  id(index: number): string;
  /** The number of the argument with this id, or `-1`. */
  indexOf(id: string): number;
}

/**
 * @internal How arguments are named: a list of ids (with their index, or
 * without it: then it is built on the first `indexOf`), or numbers counted
 * from `first`.
 */
export type Naming = { readonly kind: "ids"; readonly ids: readonly string[]; readonly index?: ReadonlyMap<string, number> } | { readonly kind: "numbers"; readonly first: number };

/** @internal The parts a framework is made of. */
export interface FrameworkParts {
  readonly size: number;
  readonly naming: Naming;
  readonly attacks: Adjacency;
  readonly attackers: Adjacency;
  readonly supports: Adjacency;
  readonly supporters: Adjacency;
  readonly premises: Adjacency;
  readonly base: Float64Array;
}

/**
 * The most arguments a framework file may declare: 2^24 = 16,777,216,
 * above every ICCMA instance. A `p af N` header with more is refused with
 * `framework-too-large` before anything is allocated.
 *
 * @example
 * ```ts
 * import { MAX_FRAMEWORK_ARGUMENTS, parseIccma } from "argmap/evaluate";
 *
 * try {
 *   parseIccma(`p af ${MAX_FRAMEWORK_ARGUMENTS + 1}\n`);
 * } catch (error) {
 *   console.log((error as { code?: string }).code); // "framework-too-large"
 * }
 * ```
 */
export const MAX_FRAMEWORK_ARGUMENTS = 1 << 24;

/** @internal Assembles a framework from checked parts. */
export function assembleFramework(parts: FrameworkParts): Framework {
  const { naming, size } = parts;
  let id: (index: number) => string;
  let indexOf: (name: string) => number;
  if (naming.kind === "ids") {
    // The closures hold the ids and the index, not the naming object.
    const ids = naming.ids;
    let index = naming.index;
    id = (at: number): string => {
      const found = at >= 0 && at < size ? ids[at] : undefined;
      if (found === undefined) throw new RangeError(`argmap/evaluate: no argument number ${at}`);
      return found;
    };
    indexOf = (name: string): number => {
      if (index === undefined) {
        const built = new Map<string, number>();
        for (let i = 0; i < ids.length; i++) built.set(ids[i]!, i);
        index = built;
      }
      return index.get(name) ?? -1;
    };
  } else {
    const first = naming.first;
    id = (at: number): string => {
      if (!Number.isInteger(at) || at < 0 || at >= size) throw new RangeError(`argmap/evaluate: no argument number ${at}`);
      return String(at + first);
    };
    indexOf = (name: string): number => {
      if (!/^(0|[1-9]\d*)$/.test(name)) return -1;
      const at = Number(name) - first;
      return at >= 0 && at < size ? at : -1;
    };
  }
  return {
    size,
    attacks: parts.attacks,
    attackers: parts.attackers,
    supports: parts.supports,
    supporters: parts.supporters,
    premises: parts.premises,
    base: parts.base,
    attackCount: parts.attacks.neighbors.length,
    supportCount: parts.supports.neighbors.length,
    id,
    indexOf,
  };
}

/** @internal An adjacency with no edges for `size` arguments. */
export function emptyAdjacency(size: number): Adjacency {
  return { offsets: new Int32Array(size + 1), neighbors: new Int32Array(0) };
}

/**
 * @internal A framework of attacks only, as the ICCMA formats hold: the
 * first `count` pairs of `pairs` (`[from0, to0, …]`, range-checked), no
 * supports or premises (one read-only empty adjacency serves all three),
 * base scores 1.
 */
export function attackFramework(size: number, naming: Naming, pairs: Int32Array, count: number): Framework {
  const attack = buildAdjacencies(size, pairs, count);
  const none = emptyAdjacency(size);
  return assembleFramework({ size, naming, attacks: attack.forward, attackers: attack.backward, supports: none, supporters: none, premises: none, base: new Float64Array(size).fill(1) });
}

/**
 * @internal Refuses a framework with supports or linked premises for a
 * format (`what`, e.g. "TGF") that holds attacks only.
 */
export function requireAttacksOnly(framework: Framework, what: string): void {
  if (framework.supportCount > 0 || framework.premises.neighbors.length > 0) {
    evaluateFail("invalid-framework", [], `${what} holds attacks only; this framework has supports or linked premises`);
  }
}

/**
 * @internal Builds both directions of a relation from flat `pairs`
 * (`[from0, to0, from1, to1, …]`, already range-checked): counts degrees in
 * one pass, then fills both CSR arrays in a second pass.
 */
export function buildAdjacencies(size: number, pairs: Int32Array | Uint32Array, count: number): { readonly forward: Adjacency; readonly backward: Adjacency } {
  const outOffsets = new Int32Array(size + 1);
  const inOffsets = new Int32Array(size + 1);
  for (let e = 0; e < count; e++) {
    outOffsets[pairs[2 * e]! + 1]!++;
    inOffsets[pairs[2 * e + 1]! + 1]!++;
  }
  for (let i = 0; i < size; i++) {
    outOffsets[i + 1]! += outOffsets[i]!;
    inOffsets[i + 1]! += inOffsets[i]!;
  }
  const outNeighbors = new Int32Array(count);
  const inNeighbors = new Int32Array(count);
  const outFill = outOffsets.slice(0, size);
  const inFill = inOffsets.slice(0, size);
  for (let e = 0; e < count; e++) {
    const from = pairs[2 * e]!;
    const to = pairs[2 * e + 1]!;
    outNeighbors[outFill[from]!++] = to;
    inNeighbors[inFill[to]!++] = from;
  }
  return { forward: { offsets: outOffsets, neighbors: outNeighbors }, backward: { offsets: inOffsets, neighbors: inNeighbors } };
}

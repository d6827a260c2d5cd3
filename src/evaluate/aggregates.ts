/**
 * The aggregates of each argument's inputs, kept in step with the strengths
 * while they change one argument at a time: a changed input costs O(log d)
 * at an argument with d inputs instead of a new pass over all d. Sampled
 * Shapley values use them on acyclic frameworks, where a player joining a
 * coalition changes only the strengths it reaches.
 *
 * Each wide argument (at least {@link WIDE_INPUTS} inputs) has a tree of
 * partial aggregates over its attackers and one over its supporters: sums
 * of strengths, or products of 1 − s for DF-QuAD. Narrow arguments are
 * recomputed from their inputs, exactly as a sweep does.
 * A tree rather than one running total per argument: a total updated by
 * adding differences drifts with rounding along an order, and a product
 * cannot divide a factor back out once it is 0 (an input of strength 1) or
 * has underflowed to 0. A tree's top is always the combination of the
 * current inputs; it differs from a sweep's left-to-right combination only
 * in the order of the operations.
 * @module
 * @internal
 */
import type { Adjacency } from "./framework.js";
import { effectiveBaseOf, nodeValue, strengthFrom, type Upstream } from "./upstream.js";

/**
 * @internal The number of inputs (attackers, and supporters where the
 * semantics reads them) from which an argument keeps trees. Below it, a
 * pass over the inputs is cheaper than keeping trees in step: measured on
 * random trees and acyclic graphs of a few inputs per argument, trees for
 * all made sampling about twice as slow.
 */
export const WIDE_INPUTS = 16;

/** The trees over one relation's inputs (attackers or supporters) of every member of an upstream part. */
class InputTrees {
  /**
   * A member whose inputs sit at positions [o, o + d) of the relation's
   * CSR has its tree at `tree[2o + j]` for j in [1, 2d): the input at
   * position o + k is the leaf j = d + k, each j < d combines its children
   * 2j and 2j + 1, and j = 1 combines all d.
   */
  readonly #tree: Float64Array;
  /** The member that CSR position k belongs to. */
  readonly #owner: Int32Array;
  /** By argument, the CSR positions where it is a member's input. */
  readonly #slots: Adjacency;

  /** Trees for the members in `wide` only. */
  constructor(
    readonly inputs: Adjacency,
    readonly product: boolean,
    size: number,
    wide: Int32Array,
  ) {
    const { offsets, neighbors } = inputs;
    const n = size;
    this.#tree = new Float64Array(2 * neighbors.length);
    this.#owner = new Int32Array(neighbors.length);
    const slotOffsets = new Int32Array(n + 1);
    for (const y of wide) {
      for (let k = offsets[y]!; k < offsets[y + 1]!; k++) {
        this.#owner[k] = y;
        slotOffsets[neighbors[k]! + 1]!++;
      }
    }
    for (let x = 0; x < n; x++) slotOffsets[x + 1]! += slotOffsets[x]!;
    const fill = slotOffsets.slice(0, n);
    const slots = new Int32Array(slotOffsets[n]!);
    for (const y of wide) for (let k = offsets[y]!; k < offsets[y + 1]!; k++) slots[fill[neighbors[k]!]!++] = k;
    this.#slots = { offsets: slotOffsets, neighbors: slots };
  }

  /** The aggregate of member `y`'s inputs: the operation's identity when it has none. */
  total(y: number): number {
    const o = this.inputs.offsets[y]!;
    if (o === this.inputs.offsets[y + 1]) return this.product ? 1 : 0;
    return this.#tree[2 * o + 1]!;
  }

  /** Builds member `y`'s tree from the strengths `s`. */
  build(y: number, s: Float64Array): void {
    const { offsets, neighbors } = this.inputs;
    const o = offsets[y]!;
    const d = offsets[y + 1]! - o;
    for (let k = 0; k < d; k++) this.#tree[2 * o + d + k] = this.#leaf(s[neighbors[o + k]!]!);
    for (let j = d - 1; j >= 1; j--) this.#combine(2 * o, j);
  }

  /** Makes argument `x`'s strength `v` in every tree it is a leaf of, and recombines the partial aggregates above. */
  set(x: number, v: number): void {
    const { offsets } = this.inputs;
    const leaf = this.#leaf(v);
    for (let q = this.#slots.offsets[x]!; q < this.#slots.offsets[x + 1]!; q++) {
      const k = this.#slots.neighbors[q]!;
      const y = this.#owner[k]!;
      const o = offsets[y]!;
      let j = offsets[y + 1]! + k - 2 * o; // d + (k − o)
      this.#tree[2 * o + j] = leaf;
      for (j >>= 1; j >= 1; j >>= 1) this.#combine(2 * o, j);
    }
  }

  #leaf(v: number): number {
    return this.product ? 1 - v : v;
  }

  /** Recombines node j of the tree at `at` from its two children. */
  #combine(at: number, j: number): void {
    const t = this.#tree;
    t[at + j] = this.product ? t[at + 2 * j]! * t[at + 2 * j + 1]! : t[at + 2 * j]! + t[at + 2 * j + 1]!;
  }
}

/**
 * @internal The input aggregates of the wide members of an acyclic
 * upstream part (at least {@link WIDE_INPUTS} inputs); the other members
 * are recomputed from their inputs with `nodeValue`, as a sweep does. After
 * {@link InputAggregates.reset} the aggregates hold for the strengths `s`;
 * they stay so as long as every change of `s` goes through
 * {@link InputAggregates.update}, in topological order.
 */
export class InputAggregates {
  readonly #up: Upstream;
  /** By argument number, 1 for the members with trees. */
  readonly #wide: Uint8Array;
  readonly #members: Int32Array;
  readonly #attackers: InputTrees;
  /** Undefined for h-categorizer, which ignores supports. */
  readonly #supporters: InputTrees | undefined;

  constructor(up: Upstream) {
    this.#up = up;
    const { framework, semantics } = up;
    const { attackers, supporters } = framework;
    const useSupports = semantics !== "h-categorizer";
    this.#wide = new Uint8Array(framework.size);
    const members: number[] = [];
    for (const y of up.order) {
      const inputs = attackers.offsets[y + 1]! - attackers.offsets[y]! + (useSupports ? supporters.offsets[y + 1]! - supporters.offsets[y]! : 0);
      if (inputs >= WIDE_INPUTS) {
        this.#wide[y] = 1;
        members.push(y);
      }
    }
    this.#members = Int32Array.from(members);
    const product = semantics === "dfquad";
    this.#attackers = new InputTrees(attackers, product, framework.size, this.#members);
    this.#supporters = useSupports ? new InputTrees(supporters, product, framework.size, this.#members) : undefined;
  }

  /** Builds every wide member's aggregates from the strengths `s`. */
  reset(s: Float64Array): void {
    for (const y of this.#members) {
      this.#attackers.build(y, s);
      this.#supporters?.build(y, s);
    }
  }

  /**
   * Recomputes member `i`'s strength in `s`, a wide one from its
   * aggregates (and its linked premises' strengths), and, when it changes,
   * updates the aggregates it is an input of.
   */
  update(i: number, s: Float64Array): void {
    if (this.#wide[i] === 0) {
      this.#store(i, nodeValue(this.#up, i, s), s);
      return;
    }
    const { semantics } = this.#up;
    const attack = this.#attackers.total(i);
    const support = this.#supporters?.total(i) ?? 0;
    const x = semantics === "quadratic-energy" || semantics === "euler" ? support - attack : attack;
    this.#store(i, strengthFrom(semantics, effectiveBaseOf(this.#up, i, s), x, support), s);
  }

  /** Sets `s[i]` to `v` and, when that changes it, `i`'s leaves in the wide members' trees. */
  #store(i: number, v: number, s: Float64Array): void {
    if (v === s[i]) return;
    s[i] = v;
    this.#attackers.set(i, v);
    this.#supporters?.set(i, v);
  }
}

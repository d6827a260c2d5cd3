/**
 * @internal The weight of every claim and relation, by which summaries
 * choose and order their points. Linear in the size of the map (one
 * iterative post-order walk), so ranking a map of any size is never
 * quadratic.
 *
 * The score, as docs/summaries.md documents it:
 *
 * - size(claim) = 1 + the sizes of the relations into it;
 *   size(relation) = the sizes of its premises + the sizes of the relations
 *   into it (undercuts, reasons for the inference). So a point's size counts
 *   everything that stands behind it, for or against; a claim shared by two
 *   branches counts on each; a cycle counts once.
 * - weight = (1 + log2(size)) × strength factor × meta factor, where
 *   - strength factor = 0.5 + strength when an evaluation gives a gradual
 *     strength (of the relation, else the weakest premise); 1.5, 1 or 0.5 for
 *     the labels in, undec and out; 1 without an evaluation;
 *   - meta factor = (1 + log10(1 + votes)) × (0.5 + impact / 4) from
 *     numeric `meta.votes` and `meta.impact` (Kialo's 0–4 impact scale) on
 *     the relation or, failing that, its first premise; 1 without them.
 * @module
 */
import { evaluationLabel, evaluationStrength, type MapEvaluation } from "../map/evaluation.js";
import type { Claim, Relation } from "../schema/document.js";
import { keepShape } from "./shapes.js";

/**
 * What ranking needs from the map: claims and relations numbered once
 * (claims `0 … C-1`, then relations `C …`), and the relations' ends by
 * number.
 */
export interface RankSource {
  /** Every claim, by number. */
  readonly claimList: readonly Readonly<Claim>[];
  /** Every relation (after merging restatements); relation `i` is node `C + i`. */
  relationList(): readonly Readonly<Relation>[];
  /** Per relation: the number of its target, -1 when it has none here. */
  readonly targets: Int32Array;
  /** Per relation: where its premises start in {@link premises}; one more entry at the end. */
  readonly premiseStarts: Int32Array;
  /** Numbers of every relation's premises in order (-1 for a premise that is no claim here). */
  readonly premises: Int32Array;
  /** The number of a claim or relation. */
  numberOf(id: string): number | undefined;
  /** A claim by id. */
  claim(id: string): Readonly<Claim> | undefined;
}

/** Weights by id, over numbered nodes (claims first, then relations). */
export interface Weights {
  /** The weight of a claim or relation, `undefined` for an unknown id. */
  get(id: string): number | undefined;
  /** The weight of a node by its number in the {@link RankSource}. */
  at(node: number): number;
  /** How many claims a walk against the arrows reaches from `roots` (the roots included). */
  reachableClaims(roots: readonly string[]): number;
}

/**
 * Weights of claims and relations. Walks typed arrays (CSR) over the
 * source's numbers, so a map of 100,000 claims costs a few passes over flat
 * arrays, not a map lookup per edge.
 */
export function computeWeights(source: RankSource, evaluation: MapEvaluation | undefined): Weights {
  const claims = source.claimList.length;
  const relations = source.relationList();
  const n = claims + relations.length;
  const { targets: relationTargets, premiseStarts, premises } = source;
  // Children of a node: the relations into it, and (for a relation) its premises.
  const degree = new Int32Array(n + 1);
  for (let i = 0; i < relations.length; i++) {
    const to = relationTargets[i]!;
    if (to >= 0) degree[to]!++;
    degree[claims + i]! += premiseStarts[i + 1]! - premiseStarts[i]!;
  }
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v]! + degree[v]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]!);
  for (let i = 0; i < relations.length; i++) {
    const node = claims + i;
    const to = relationTargets[i]!;
    if (to >= 0) targets[fill[to]!++] = node;
    for (let k = premiseStarts[i]!; k < premiseStarts[i + 1]!; k++) targets[fill[node]!++] = premises[k]!;
  }
  const size = new Float64Array(n);
  const state = new Uint8Array(n);
  const stack = new Int32Array(n * 2 + 2);
  for (let start = 0; start < n; start++) {
    if (state[start] !== 0) continue;
    let top = 0;
    stack[top++] = start;
    while (top > 0) {
      const entry = stack[top - 1]!;
      if (entry >= 0) {
        if (state[entry] !== 0) {
          top--;
          continue;
        }
        state[entry] = 1;
        stack[top - 1] = -entry - 1;
        for (let e = offsets[entry]!; e < offsets[entry + 1]!; e++) {
          const child = targets[e]!;
          if (child >= 0 && state[child] === 0) stack[top++] = child;
        }
        continue;
      }
      top--;
      const v = -entry - 1;
      let total = v < claims ? 1 : 0;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const child = targets[e]!;
        if (child >= 0 && state[child] === 2) total += size[child]!;
      }
      size[v] = Math.min(total, 1e15);
      state[v] = 2;
    }
  }
  const weight = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const relation = v >= claims ? relations[v - claims] : undefined;
    let meta = metaFactor(relation?.meta);
    if (meta === undefined) {
      // The claim itself, or the relation's first premise.
      const p = relation === undefined ? v : premises[premiseStarts[v - claims]!]!;
      const first = p >= 0 ? source.claimList[p] : source.claim(relation!.from[0]!);
      meta = metaFactor(first?.meta) ?? 1;
    }
    const factor = evaluation === undefined ? 1 : strengthFactor(relation?.id ?? source.claimList[v]!.id, relation, evaluation);
    weight[v] = (1 + Math.log2(Math.max(1, size[v]!))) * factor * meta;
  }
  return {
    get: (id) => {
      const v = source.numberOf(id);
      return v === undefined ? undefined : weight[v];
    },
    at: (v) => weight[v]!,
    reachableClaims: (roots) => {
      const seen = new Uint8Array(n);
      const queue: number[] = [];
      let count = 0;
      for (const root of roots) {
        const v = source.numberOf(root);
        if (v === undefined || seen[v] === 1) continue;
        seen[v] = 1;
        queue.push(v);
      }
      for (let head = 0; head < queue.length; head++) {
        const v = queue[head]!;
        if (v < claims) count++;
        for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
          const child = targets[e]!;
          if (child >= 0 && seen[child] === 0) {
            seen[child] = 1;
            queue.push(child);
          }
        }
      }
      return count;
    },
  };
}

function strengthFactor(id: string, relation: Readonly<Relation> | undefined, evaluation: MapEvaluation): number {
  let strength = evaluationStrength(evaluation, id);
  if (strength === undefined && relation !== undefined && evaluation.strengths !== undefined) {
    for (const premise of relation.from) {
      const s = evaluationStrength(evaluation, premise);
      if (s === undefined) {
        strength = undefined;
        break;
      }
      strength = strength === undefined ? s : Math.min(strength, s);
    }
  }
  if (strength !== undefined && Number.isFinite(strength)) return 0.5 + Math.max(0, Math.min(1, strength));
  let label = evaluationLabel(evaluation, id);
  if (label === undefined && relation !== undefined && relation.from.length === 1) label = evaluationLabel(evaluation, relation.from[0]!);
  return label === "in" ? 1.5 : label === "out" ? 0.5 : 1;
}

function metaFactor(meta: unknown): number | undefined {
  if (meta === null || typeof meta !== "object" || Array.isArray(meta)) return undefined;
  const record = meta as { readonly votes?: unknown; readonly impact?: unknown };
  const votes = typeof record.votes === "number" && Number.isFinite(record.votes) && record.votes >= 0 ? record.votes : undefined;
  const impact = typeof record.impact === "number" && Number.isFinite(record.impact) ? Math.max(0, Math.min(4, record.impact)) : undefined;
  if (votes === undefined && impact === undefined) return undefined;
  return (1 + Math.log10(1 + (votes ?? 0))) * (impact === undefined ? 1 : 0.5 + impact / 4);
}

/** A max-heap of ids by a numeric key; ties go to the earlier pushed (stable). */
export class MaxHeap<T> {
  readonly #items: T[] = [];
  readonly #keys: number[] = [];
  readonly #order: number[] = [];
  #pushed = 0;

  get size(): number {
    return this.#items.length;
  }

  push(item: T, key: number): void {
    this.#items.push(item);
    this.#keys.push(key);
    this.#order.push(this.#pushed++);
    let i = this.#items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#before(i, parent)) break;
      this.#swap(i, parent);
      i = parent;
    }
  }

  pop(): T | undefined {
    const n = this.#items.length;
    if (n === 0) return undefined;
    const top = this.#items[0]!;
    this.#swap(0, n - 1);
    this.#items.pop();
    this.#keys.pop();
    this.#order.pop();
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < this.#items.length && this.#before(l, best)) best = l;
      if (r < this.#items.length && this.#before(r, best)) best = r;
      if (best === i) break;
      this.#swap(i, best);
      i = best;
    }
    return top;
  }

  #before(a: number, b: number): boolean {
    const ka = this.#keys[a]!;
    const kb = this.#keys[b]!;
    return ka > kb || (ka === kb && this.#order[a]! < this.#order[b]!);
  }

  #swap(a: number, b: number): void {
    [this.#items[a], this.#items[b]] = [this.#items[b]!, this.#items[a]!];
    [this.#keys[a], this.#keys[b]] = [this.#keys[b]!, this.#keys[a]!];
    [this.#order[a], this.#order[b]] = [this.#order[b]!, this.#order[a]!];
  }
}

keepShape(new MaxHeap<never>());

/** Words in a text, as budgets count them: runs of non-space characters. */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

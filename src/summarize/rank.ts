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

/** What ranking needs from the map. */
export interface RankSource {
  /** Every claim id. */
  claimIds(): Iterable<string>;
  /** The relations into a claim or relation. */
  into(id: string): readonly Readonly<Relation>[];
  /** A claim by id. */
  claim(id: string): Readonly<Claim> | undefined;
}

/** Weights of claims and relations by id. */
export function computeWeights(source: RankSource, evaluation: MapEvaluation | undefined): Map<string, number> {
  const size = new Map<string, number>();
  const state = new Map<string, 1 | 2>();
  const relations = new Map<string, Readonly<Relation>>();
  // Frames: id, and whether the children have been pushed.
  const ids: string[] = [];
  const open: boolean[] = [];
  for (const start of source.claimIds()) {
    if (state.has(start)) continue;
    ids.push(start);
    open.push(false);
    while (ids.length > 0) {
      const id = ids[ids.length - 1]!;
      const expanded = open[open.length - 1]!;
      if (!expanded) {
        if (state.has(id)) {
          ids.pop();
          open.pop();
          continue;
        }
        state.set(id, 1);
        open[open.length - 1] = true;
        const relation = relations.get(id);
        if (relation !== undefined) {
          for (const premise of relation.from) if (!state.has(premise)) {
            ids.push(premise);
            open.push(false);
          }
        }
        for (const r of source.into(id)) {
          relations.set(r.id, r);
          if (!state.has(r.id)) {
            ids.push(r.id);
            open.push(false);
          }
        }
        continue;
      }
      ids.pop();
      open.pop();
      const relation = relations.get(id);
      let total = relation === undefined ? 1 : 0;
      if (relation !== undefined) for (const premise of relation.from) total += state.get(premise) === 2 ? size.get(premise)! : 0;
      for (const r of source.into(id)) total += state.get(r.id) === 2 ? size.get(r.id)! : 0;
      size.set(id, Math.min(total, 1e15));
      state.set(id, 2);
    }
  }
  const weights = new Map<string, number>();
  for (const [id, s] of size) {
    const relation = relations.get(id);
    const first = relation === undefined ? source.claim(id) : source.claim(relation.from[0]!);
    const meta = metaFactor(relation?.meta) ?? metaFactor(first?.meta) ?? 1;
    weights.set(id, (1 + Math.log2(Math.max(1, s))) * strengthFactor(id, relation, evaluation) * meta);
  }
  return weights;
}

function strengthFactor(id: string, relation: Readonly<Relation> | undefined, evaluation: MapEvaluation | undefined): number {
  if (evaluation === undefined) return 1;
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

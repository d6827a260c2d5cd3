/**
 * The bipolar view of an argument map as a {@link Framework}.
 * @module
 */
import type { ArgumentMap } from "../map/argument-map.js";
import type { Relation } from "../schema/document.js";
import { assembleFramework, buildAdjacencies, emptyAdjacency, type Framework } from "./framework.js";

/**
 * Options of {@link frameworkFromMap}.
 *
 * @example
 * ```ts
 * import { argmap } from "argmap";
 * import { frameworkFromMap, gradual, type MapFrameworkOptions } from "argmap/evaluate";
 *
 * const map = argmap("Tea").claim("t", "Tea is good.").claim("o", "It is bitter.").attack("o", "t").build();
 * const options: MapFrameworkOptions = { premiseAttacks: false }; // as gradual semantics need it
 * console.log(gradual(frameworkFromMap(map, options), "dfquad").strengths);
 * ```
 */
export interface MapFrameworkOptions {
  /**
   * Let every attacker of a premise also attack the relations that use the
   * premise, so that a relation stands only when all its premises stand.
   * Extension semantics need this; gradual semantics do not (a relation's
   * strength already follows its premises' strengths) and should pass false.
   *
   * @defaultValue true
   */
  readonly premiseAttacks?: boolean;
}

/**
 * A framework made from a map: claims first, then relations.
 *
 * @example
 * ```ts
 * import { argmap } from "argmap";
 * import { frameworkFromMap, type MapFramework } from "argmap/evaluate";
 *
 * const map = argmap("Tea").claim("t", "Tea is good.").claim("o", "It is bitter.").attack("o", "t").build();
 * const af: MapFramework = frameworkFromMap(map);
 * console.log(af.claimCount, af.size); // 2 3: two claims, then one relation
 * ```
 */
export interface MapFramework extends Framework {
  /** Arguments `0..claimCount-1` are the claims, the rest the relations, in map order. */
  readonly claimCount: number;
}

const DEFAULTS = { premiseAttacks: true } as const;

/**
 * Translates a map into a bipolar framework. Arguments are the claims (base
 * score `claim.base`, default 0.5) and the relations (base score
 * `relation.weight`, default 1), with ids kept.
 *
 * - An attack relation attacks its target: a claim, or for an undercut the
 *   relation it targets.
 * - A support relation supports its target (used by gradual semantics only).
 * - A relation's premises are its linked premises: gradual semantics scale
 *   its base score by their aggregate strength.
 * - With `premiseAttacks` (the default), each attack relation on a premise
 *   also attacks every relation that uses that premise.
 *
 * The map is not changed.
 *
 * @param map - The map.
 * @param options - Whether premise attackers also attack relations.
 * @returns The framework.
 *
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { frameworkFromMap, grounded, labelsById } from "argmap/evaluate";
 *
 * const af = frameworkFromMap(ukraineJapan());
 * console.log(labelsById(af, grounded(af)).get("thesis")); // "in"
 * ```
 */
export function frameworkFromMap(map: ArgumentMap, options: MapFrameworkOptions = {}): MapFramework {
  return bipolarFramework(map, options.premiseAttacks ?? DEFAULTS.premiseAttacks, true);
}

/**
 * @internal {@link frameworkFromMap}, without the supports and linked
 * premises when `withSupports` is false (extension semantics read attacks
 * only; a map of a million claims then needs about 80 MB less).
 */
export function bipolarFramework(map: ArgumentMap, premiseAttacks: boolean, withSupports: boolean): MapFramework {
  const claims = map.claims();
  const relations = map.relations();
  const claimCount = claims.length;
  const size = claimCount + relations.length;
  const ids: string[] = new Array<string>(size);
  // Positions by id: every claim, and only the relations that other
  // relations target (undercuts). A map of a million claims and 1.5 million
  // relations needs a table of a million entries instead of 2.5 million.
  const index = new Map<string, number>();
  const base = new Float64Array(size);
  for (let i = 0; i < claimCount; i++) {
    const claim = claims[i]!;
    index.set(claim.id, i);
    ids[i] = claim.id;
    base[i] = claim.base ?? 0.5;
  }
  let targeted: Set<string> | undefined;
  for (let r = 0; r < relations.length; r++) {
    const relation = relations[r]!;
    ids[claimCount + r] = relation.id;
    if (!index.has(relation.to)) (targeted ??= new Set()).add(relation.to);
  }
  if (targeted !== undefined) {
    for (let r = 0; r < relations.length; r++) if (targeted.has(ids[claimCount + r]!)) index.set(ids[claimCount + r]!, claimCount + r);
  }
  const attacks = new PairBuffer();
  const supports = new PairBuffer();
  const premisePairs = new PairBuffer();
  /** Per claim, how many attack relations target it (then, as CSR offsets, where their list starts). */
  const claimAttackerStart = new Int32Array(claimCount + 1);
  for (let r = 0; r < relations.length; r++) {
    const relation = relations[r]!;
    const self = claimCount + r;
    base[self] = relation.weight ?? 1;
    const target = index.get(relation.to)!;
    if (relation.type === "attack") {
      attacks.push(self, target);
      if (target < claimCount) claimAttackerStart[target + 1]!++;
    } else if (withSupports) supports.push(self, target);
    if (premiseAttacks || withSupports) for (const premise of relation.from) premisePairs.push(index.get(premise)!, self);
  }
  if (premiseAttacks) {
    // The attack relations on each claim, as CSR; then every attacker of a
    // premise attacks the relations that use it. A map lists each premise
    // of a relation once and each attack relation has one target, so no
    // pair comes twice.
    for (let c = 0; c < claimCount; c++) claimAttackerStart[c + 1]! += claimAttackerStart[c]!;
    const claimAttackers = new Int32Array(claimAttackerStart[claimCount]!);
    const fill = claimAttackerStart.slice(0, claimCount);
    const direct = attacks.length;
    for (let k = 0; k < direct; k++) {
      const target = attacks.to(k);
      if (target < claimCount) claimAttackers[fill[target]!++] = attacks.from(k);
    }
    for (let k = 0; k < premisePairs.length; k++) {
      const premise = premisePairs.from(k);
      if (premise >= claimCount) continue;
      const self = premisePairs.to(k);
      for (let j = claimAttackerStart[premise]!; j < claimAttackerStart[premise + 1]!; j++) attacks.push(claimAttackers[j]!, self);
    }
  }
  const attack = buildAdjacencies(size, attacks.pairs, attacks.length);
  const none = emptyAdjacency(size);
  const support = withSupports ? buildAdjacencies(size, supports.pairs, supports.length) : { forward: none, backward: none };
  const premises = withSupports ? buildAdjacencies(size, premisePairs.pairs, premisePairs.length).backward : none;
  // The id index is built again if someone asks indexOf: a map's evaluation never does.
  const framework = assembleFramework({
    size,
    naming: { kind: "ids", ids },
    attacks: attack.forward,
    attackers: attack.backward,
    supports: support.forward,
    supporters: support.backward,
    premises,
    base,
  });
  return { ...framework, claimCount };
}

/** A growing list of argument pairs `[from0, to0, from1, to1, …]` in one typed array. */
class PairBuffer {
  pairs = new Int32Array(64);
  length = 0;

  push(from: number, to: number): void {
    if (2 * this.length + 2 > this.pairs.length) {
      const grown = new Int32Array(this.pairs.length * 2);
      grown.set(this.pairs);
      this.pairs = grown;
    }
    this.pairs[2 * this.length] = from;
    this.pairs[2 * this.length + 1] = to;
    this.length++;
  }

  from(k: number): number {
    return this.pairs[2 * k]!;
  }

  to(k: number): number {
    return this.pairs[2 * k + 1]!;
  }
}

/**
 * @internal The part of a map's bipolar view (premise attacks included, as
 * {@link frameworkFromMap} builds it by default) on which the extension
 * labels of `ids` depend: those claims and relations, and every claim and
 * relation from which a chain of attacks leads to one of them. Labels under
 * grounded semantics are the same here as in the whole framework, since an
 * argument's grounded label depends only on its attackers'. Only attacks
 * are kept (no supports, premises or base scores), so the result is for
 * extension semantics only.
 *
 * Costs the size of that part, not of the map: the summaries' verdict
 * labels only what its main claim depends on.
 *
 * @param map - The map.
 * @param ids - Claim and relation ids of the map (unknown ids are skipped).
 * @param into - The relations that end on a claim or relation (the map's own index by default).
 */
export function attackClosure(map: ArgumentMap, ids: Iterable<string>, into: (id: string) => readonly Readonly<Relation>[] = (id) => map.relationsTo(id)): Framework {
  const names: string[] = [];
  const index = new Map<string, number>();
  const pairs: number[] = [];
  const add = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = names.length;
      index.set(id, i);
      names.push(id);
    }
    return i;
  };
  const queue: string[] = [];
  for (const id of ids) {
    if (index.has(id) || !map.has(id)) continue;
    add(id);
    queue.push(id);
  }
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    const target = index.get(id)!;
    // Attackers of a claim: the attacks on it. Of a relation: the attacks on it and on its premises, each once.
    const relation = map.relation(id);
    const sources = relation === undefined ? [id] : [id, ...relation.from];
    let seen: Set<number> | undefined;
    for (const source of sources) {
      for (const attack of into(source)) {
        if (attack.type !== "attack") continue;
        const known = index.has(attack.id);
        const attacker = add(attack.id);
        if (!known) queue.push(attack.id);
        if (sources.length > 1) {
          seen ??= new Set();
          if (seen.has(attacker)) continue;
          seen.add(attacker);
        }
        pairs.push(attacker, target);
      }
    }
  }
  const size = names.length;
  const attack = buildAdjacencies(size, Int32Array.from(pairs), pairs.length >> 1);
  const none = emptyAdjacency(size);
  return assembleFramework({
    size,
    naming: { kind: "ids", ids: names, index },
    attacks: attack.forward,
    attackers: attack.backward,
    supports: none,
    supporters: none,
    premises: none,
    base: new Float64Array(size),
  });
}

/**
 * The bipolar view of an argument map as a {@link Framework}.
 * @module
 */
import type { ArgumentMap } from "../map/argument-map.js";
import type { Relation } from "../schema/document.js";
import { assembleFramework, buildAdjacencies, type Framework } from "./framework.js";

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
  const premiseAttacks = options.premiseAttacks ?? DEFAULTS.premiseAttacks;
  const claims = map.claims();
  const relations = map.relations();
  const ids: string[] = [];
  const index = new Map<string, number>();
  for (const claim of claims) {
    index.set(claim.id, ids.length);
    ids.push(claim.id);
  }
  for (const relation of relations) {
    index.set(relation.id, ids.length);
    ids.push(relation.id);
  }
  const size = ids.length;
  const base = new Float64Array(size);
  claims.forEach((claim, i) => {
    base[i] = claim.base ?? 0.5;
  });
  /** Attack relations (as argument numbers) by the claim they attack. */
  const attackersOfClaim = new Map<number, number[]>();
  const attacks: number[] = [];
  const supports: number[] = [];
  const premisePairs: number[] = [];
  relations.forEach((relation, r) => {
    const self = claims.length + r;
    base[self] = relation.weight ?? 1;
    const target = index.get(relation.to)!;
    if (relation.type === "attack") {
      attacks.push(self, target);
      if (target < claims.length) {
        const list = attackersOfClaim.get(target);
        if (list === undefined) attackersOfClaim.set(target, [self]);
        else list.push(self);
      }
    } else supports.push(self, target);
    for (const premise of relation.from) premisePairs.push(index.get(premise)!, self);
  });
  if (premiseAttacks) {
    const seen = new Set<number>();
    for (let k = 0; k < attacks.length; k += 2) seen.add(attacks[k]! * size + attacks[k + 1]!);
    relations.forEach((relation, r) => {
      const self = claims.length + r;
      for (const premise of relation.from) {
        for (const attacker of attackersOfClaim.get(index.get(premise)!) ?? []) {
          const key = attacker * size + self;
          if (seen.has(key)) continue;
          seen.add(key);
          attacks.push(attacker, self);
        }
      }
    });
  }
  const attack = buildAdjacencies(size, Int32Array.from(attacks), attacks.length >> 1);
  const support = buildAdjacencies(size, Int32Array.from(supports), supports.length >> 1);
  const premises = buildAdjacencies(size, Int32Array.from(premisePairs), premisePairs.length >> 1);
  const framework = assembleFramework({
    size,
    naming: { kind: "ids", ids, index },
    attacks: attack.forward,
    attackers: attack.backward,
    supports: support.forward,
    supporters: support.backward,
    premises: premises.backward,
    base,
  });
  return { ...framework, claimCount: claims.length };
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
  const none = buildAdjacencies(size, new Int32Array(0), 0).forward;
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

/**
 * Explanations at the level of a map: why a claim stands or falls, in claim
 * and relation ids, and what moves its strength most.
 * @module
 */
import { ArgmapError } from "../errors.js";
import type { ArgumentMap } from "../map/argument-map.js";
import type { AcceptanceLabel } from "../map/evaluation.js";
import { frameworkFromMap } from "./bipolar.js";
import type { ContributionMethod } from "./contribution-methods.js";
import { contributions } from "./contributions.js";
import { explain } from "./explain.js";
import type { Framework } from "./framework.js";
import type { PremiseAggregation } from "./gradual.js";
import { evaluateFail } from "./issues.js";
import { isExtensionSemantics, isGradualSemantics, type GradualSemantics, type Semantics } from "./semantics.js";

/**
 * Options of {@link explainClaim} (and, for the strengths they rank by, of
 * {@link cruxes}).
 *
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { explainClaim, type ExplainClaimOptions } from "argmap/evaluate";
 *
 * const options: ExplainClaimOptions = { semantics: "preferred", gradual: "euler", method: "shapley", limit: 3 };
 * console.log(explainClaim(ukraineJapan(), "thesis", options).contributions?.entries.length); // 3
 * ```
 */
export interface ExplainClaimOptions {
  /**
   * The semantics whose verdict is explained: an extension semantics (the
   * claim's label, with its defence, defeaters or open conflict) or a
   * gradual one (its strength).
   *
   * @defaultValue "grounded"
   */
  readonly semantics?: Semantics;
  /**
   * The gradual semantics whose strengths the contributions are measured in
   * when `semantics` is an extension semantics (a gradual `semantics` is
   * used itself).
   *
   * @defaultValue "dfquad"
   */
  readonly gradual?: GradualSemantics;
  /**
   * How contributions are measured (see {@link contributions}). With
   * `"shapley"` the claims are the players: a relation takes part whenever
   * all its premises do, and gets no value of its own.
   *
   * @defaultValue "removal"
   */
  readonly method?: ContributionMethod;
  /**
   * The most contributions to keep, strongest first.
   *
   * @defaultValue all that are not 0
   */
  readonly limit?: number;
  /** Gradual strengths: see {@link GradualOptions.aggregation}. @defaultValue "min" */
  readonly aggregation?: PremiseAggregation;
  /** Gradual strengths on cycles: see {@link GradualOptions.step}. @defaultValue 1 */
  readonly step?: number;
  /** Gradual strengths on cycles: see {@link GradualOptions.tolerance}. @defaultValue 1e-9 */
  readonly tolerance?: number;
  /** Gradual strengths on cycles: see {@link GradualOptions.maxIterations}. @defaultValue 1000 */
  readonly maxIterations?: number;
  /**
   * Stops the computation with `aborted` when it fires.
   *
   * @defaultValue none
   */
  readonly signal?: AbortSignal;
  /**
   * Stops the computation with `time-limit` after this many milliseconds in all.
   *
   * @defaultValue none
   */
  readonly timeLimit?: number;
}

/**
 * One attack on the explained claim or relation: an objection to a claim,
 * an undercut of a relation, or (for a relation) an attack on one of its
 * premises.
 *
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { explainClaim, type ExplainedAttack } from "argmap/evaluate";
 *
 * const [attack]: readonly ExplainedAttack[] = explainClaim(ukraineJapan(), "thesis").attacks;
 * console.log(attack); // { relation: "o-too-sensitive", premises: ["too-sensitive"], label: "out", answeredBy: ["u-compatible"] }
 * ```
 */
export interface ExplainedAttack {
  /** The attack relation's id. */
  readonly relation: string;
  /** Its premises (claim ids). */
  readonly premises: readonly string[];
  /** Its own label, under the same semantics (extension semantics only). */
  readonly label?: AcceptanceLabel;
  /** When the explained item has a defence: the relations of the defence that attack this one (its answers). */
  readonly answeredBy: readonly string[];
}

/**
 * One claim's or relation's contribution to the explained item's strength.
 *
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { explainClaim, type ClaimContribution } from "argmap/evaluate";
 *
 * const entries: readonly ClaimContribution[] = explainClaim(ukraineJapan(), "thesis").contributions?.entries ?? [];
 * for (const { kind, id, value } of entries) console.log(kind, id, value > 0 ? "raises it" : "lowers it");
 * ```
 */
export interface ClaimContribution {
  readonly id: string;
  readonly kind: "claim" | "relation";
  /** Positive raises the strength, negative lowers it. */
  readonly value: number;
  /** Sampled Shapley values: the half-width of their interval. */
  readonly error?: number;
}

/**
 * Why a claim (or relation) stands or falls: plain data in claim and
 * relation ids.
 *
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { explainClaim, type ClaimExplanation } from "argmap/evaluate";
 *
 * const why: ClaimExplanation = explainClaim(ukraineJapan(), "o-too-sensitive");
 * console.log(why.label, why.defeaters); // "out" ["u-compatible"]
 * ```
 */
export interface ClaimExplanation {
  /** The explained claim's or relation's id. */
  readonly id: string;
  readonly kind: "claim" | "relation";
  readonly semantics: Semantics;
  /** Extension semantics: its label (the sceptical one where there are several extensions). */
  readonly label?: AcceptanceLabel;
  /** Extension semantics: whether some extension accepts it. */
  readonly credulous?: boolean;
  /** Extension semantics: whether every extension accepts it (and there is one). */
  readonly sceptical?: boolean;
  /** Stable semantics: false when the map has no stable extension at all. */
  readonly extensionExists?: boolean;
  /**
   * Extension semantics, when some extension accepts it: a defence, an
   * admissible set that holds it (see {@link explain}), as claims and
   * relations. The premises of its relations are added: a relation stands
   * only with them.
   */
  readonly defence?: { readonly claims: readonly string[]; readonly relations: readonly string[]; readonly minimal: boolean };
  /** Every attack on it, in map order, with its label and, when it has a defence, the relations that answer it. */
  readonly attacks: readonly ExplainedAttack[];
  /** Extension semantics, when it is out: the accepted attacks that defeat it. */
  readonly defeaters: readonly string[];
  /** Extension semantics, when it is undec: the undecided attacks that keep it open. */
  readonly undecided: readonly string[];
  /** Its base score (a claim's `base`, a relation's `weight`). */
  readonly base: number;
  /**
   * What moves its strength most. Absent only next to an extension
   * semantics when the gradual strengths do not settle (on a cycle); a
   * gradual `semantics` that does not settle is refused with `not-converged`.
   */
  readonly contributions?: {
    /** The gradual semantics of the strengths. */
    readonly semantics: GradualSemantics;
    readonly method: ContributionMethod;
    /** Its strength under that semantics. */
    readonly strength: number;
    /** False for sampled Shapley values. */
    readonly exact: boolean;
    /** Sampled Shapley: the number of random orders. */
    readonly samples?: number;
    /** Sampled Shapley: the probability with which each entry's `error` holds. */
    readonly confidence?: number;
    /** The contributions that are not 0, strongest (largest absolute value) first, at most `limit`. */
    readonly entries: readonly ClaimContribution[];
  };
}

const DEFAULTS = { semantics: "grounded", gradual: "dfquad", method: "removal" } as const;

/**
 * Explains why a claim (or relation) of a map stands, falls or stays open,
 * on the map's bipolar view ({@link frameworkFromMap}), in claim and
 * relation ids: its label under an extension semantics with a defence (an
 * admissible set that holds it), the accepted attacks that defeat it, or
 * the undecided ones that keep it open; each attack on it with its label
 * and its answers; and, under a gradual semantics (the given one, or
 * DF-QuAD next to an extension semantics), the claims and relations that
 * move its strength most ({@link contributions}).
 *
 * @param map - The map (not changed).
 * @param id - A claim or relation id.
 * @param options - Semantics (default grounded), the gradual semantics and
 * method of the contributions, how many to keep, time limits.
 * @returns The explanation, plain data.
 * @throws `ArgmapError` `unknown-argument` for an id the map does not have,
 * `invalid-framework` for an unknown semantics or method or a bad option,
 * `not-converged` when strengths on a cycle do not settle, `aborted`,
 * `time-limit`.
 *
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { explainClaim } from "argmap/evaluate";
 *
 * const why = explainClaim(ukraineJapan(), "thesis");
 * console.log(why.label, why.defence?.claims); // "in" ["thesis", "compatible"]
 * console.log(why.attacks[0]?.answeredBy); // ["u-compatible"]: the reply answers the objection
 * console.log(why.contributions?.entries[0]); // the claim that moves its DF-QuAD strength most
 * ```
 */
export function explainClaim(map: ArgumentMap, id: string, options: ExplainClaimOptions = {}): ClaimExplanation {
  const { semantics, gradualSemantics, limits } = mapSettings(options);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (!(limit >= 0) || (Number.isFinite(limit) && !Number.isInteger(limit))) evaluateFail("invalid-framework", ["limit"], `limit must be a whole number ≥ 0, got ${String(limit)}`);
  const kind = map.hasClaim(id) ? "claim" : map.hasRelation(id) ? "relation" : undefined;
  if (kind === undefined) evaluateFail("unknown-argument", ["id"], `the map has no claim or relation ${JSON.stringify(id)}`);
  const relationIds = new Set(map.relations().map((r) => r.id));
  const premisesOf = (relation: string): readonly string[] => map.relation(relation)?.from ?? [];
  const method = options.method ?? DEFAULTS.method;
  const base = kind === "claim" ? (map.claim(id)!.base ?? 0.5) : (map.relation(id)!.weight ?? 1);
  const verdict: { -readonly [K in "label" | "credulous" | "sceptical" | "extensionExists" | "defence" | "attacks" | "defeaters" | "undecided"]?: ClaimExplanation[K] } = {};
  const bipolar = frameworkFromMap(map);
  const attackers = attackerIds(bipolar, id);
  if (isExtensionSemantics(semantics)) {
    const why = explain(bipolar, id, { semantics, ...limits() });
    verdict.label = why.label;
    verdict.credulous = why.credulous;
    verdict.sceptical = why.sceptical;
    if (!why.extensionExists) verdict.extensionExists = false;
    verdict.defeaters = why.defeaters;
    verdict.undecided = why.undecided;
    const defence = new Set(why.defence ?? []);
    if (why.defence !== undefined) {
      const claims = new Set<string>();
      const relations: string[] = [];
      for (const member of why.defence) {
        if (relationIds.has(member)) {
          relations.push(member);
          for (const premise of premisesOf(member)) claims.add(premise);
        } else claims.add(member);
      }
      const ordered = map.claims().filter((c) => claims.has(c.id)).map((c) => c.id);
      verdict.defence = { claims: ordered, relations: map.relations().filter((r) => relations.includes(r.id)).map((r) => r.id), minimal: why.minimal === true };
    }
    verdict.attacks = attackers.map((relation) => ({
      relation,
      premises: premisesOf(relation),
      label: explain(bipolar, relation, { semantics, ...limits() }).label,
      answeredBy: attackerIds(bipolar, relation).filter((answer) => defence.has(answer)),
    }));
  } else verdict.attacks = attackers.map((relation) => ({ relation, premises: premisesOf(relation), answeredBy: [] }));
  const gradualFramework = frameworkFromMap(map, { premiseAttacks: false });
  const found = settled(isExtensionSemantics(semantics), () =>
    contributions(gradualFramework, id, {
    semantics: gradualSemantics,
    method,
    // Shapley on a map: the claims are the players; a relation takes part whenever its premises do.
    ...(method === "shapley" ? { players: map.claims().map((c) => c.id) } : {}),
    ...(options.aggregation !== undefined ? { aggregation: options.aggregation } : {}),
    ...(options.step !== undefined ? { step: options.step } : {}),
    ...(options.tolerance !== undefined ? { tolerance: options.tolerance } : {}),
    ...(options.maxIterations !== undefined ? { maxIterations: options.maxIterations } : {}),
    ...limits(),
    }),
  );
  const { label, credulous, sceptical, extensionExists, defence, attacks = [], defeaters = [], undecided = [] } = verdict;
  const explained: ClaimExplanation = { id, kind, semantics, ...(label !== undefined ? { label, credulous: credulous!, sceptical: sceptical! } : {}), ...(extensionExists === false ? { extensionExists } : {}), ...(defence !== undefined ? { defence } : {}), attacks, defeaters, undecided, base };
  if (found === undefined) return explained;
  const entries: ClaimContribution[] = found.contributions
    .filter((entry) => entry.value !== 0)
    .map((entry) => ({ id: entry.id, kind: relationIds.has(entry.id) ? ("relation" as const) : ("claim" as const), value: entry.value, ...(entry.error !== undefined ? { error: entry.error } : {}) }));
  const position = new Map(found.contributions.map((entry, i) => [entry.id, i]));
  entries.sort((x, y) => Math.abs(y.value) - Math.abs(x.value) || position.get(x.id)! - position.get(y.id)!);
  return {
    ...explained,
    contributions: {
      semantics: gradualSemantics,
      method: found.method,
      strength: found.strength,
      exact: found.exact,
      ...(found.samples !== undefined ? { samples: found.samples, confidence: found.confidence! } : {}),
      entries: entries.slice(0, limit),
    },
  };
}

/** @internal The attackers of an argument in the framework, each once, in argument (map) order. */
export function attackerIds(framework: Framework, id: string): string[] {
  const a = framework.indexOf(id);
  const { offsets, neighbors } = framework.attackers;
  const found = new Set<number>();
  for (let k = offsets[a]!; k < offsets[a + 1]!; k++) found.add(neighbors[k]!);
  return [...found].sort((x, y) => x - y).map((i) => framework.id(i));
}

/**
 * @internal Runs a contribution computation; next to an extension semantics
 * (`optional`), strengths that do not settle give `undefined` instead of
 * the `not-converged` error, since the verdict does not depend on them.
 */
export function settled<T>(optional: boolean, run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (optional && error instanceof ArgmapError && error.code === "not-converged") return undefined;
    throw error;
  }
}

/**
 * @internal The semantics of a map-level explanation (grounded by default),
 * the gradual semantics of its strengths (the semantics itself, or
 * `gradual`, DF-QuAD by default), and its limits: a signal, and a time
 * limit shared by every call it makes (each gets what is left of it).
 */
export function mapSettings(options: { readonly semantics?: Semantics; readonly gradual?: GradualSemantics; readonly signal?: AbortSignal; readonly timeLimit?: number }): {
  semantics: Semantics;
  gradualSemantics: GradualSemantics;
  limits: () => { signal?: AbortSignal; timeLimit?: number };
} {
  const semantics = options.semantics ?? DEFAULTS.semantics;
  if (typeof semantics !== "string" || (!isExtensionSemantics(semantics) && !isGradualSemantics(semantics))) {
    evaluateFail("invalid-framework", ["semantics"], `unknown semantics ${JSON.stringify(semantics)}`);
  }
  const gradualSemantics = isGradualSemantics(semantics) ? semantics : (options.gradual ?? DEFAULTS.gradual);
  if (!isGradualSemantics(gradualSemantics)) evaluateFail("invalid-framework", ["gradual"], `gradual must be a gradual semantics, not ${JSON.stringify(gradualSemantics)}`);
  const { timeLimit, signal } = options;
  const end = typeof timeLimit === "number" && timeLimit >= 0 ? performance.now() + timeLimit : undefined;
  // A bad time limit is passed on as it is, for the computation to refuse.
  const left = (): { timeLimit?: number } => (end !== undefined ? { timeLimit: Math.max(0, end - performance.now()) } : timeLimit === undefined ? {} : { timeLimit });
  return { semantics, gradualSemantics, limits: () => ({ ...(signal !== undefined ? { signal } : {}), ...left() }) };
}

/**
 * The cruxes of a map: the claims whose removal would change the thesis's
 * label, or move its strength most.
 * @module
 */
import type { ArgumentMap } from "../map/argument-map.js";
import type { AcceptanceLabel } from "../map/evaluation.js";
import { frameworkFromMap } from "./bipolar.js";
import { budgetOf } from "./budget.js";
import { contributions } from "./contributions.js";
import { mapSettings, settled } from "./explain-claim.js";
import { acceptanceLabel, explain } from "./explain.js";
import { frameworkFromEdges } from "./edge-list.js";
import type { Framework } from "./framework.js";
import type { PremiseAggregation } from "./gradual.js";
import { evaluateFail } from "./issues.js";
import { IN, OUT, UNDEC, type LabelCode } from "./labelling.js";
import { isExtensionSemantics, type ExtensionSemantics, type GradualSemantics, type Semantics } from "./semantics.js";

/**
 * Options of {@link cruxes}.
 *
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { cruxes, type CruxOptions } from "argmap/evaluate";
 *
 * const options: CruxOptions = { semantics: "quadratic-energy", limit: 3 };
 * console.log(cruxes(ukraineJapan(), options).cruxes.length); // 3
 * ```
 */
export interface CruxOptions {
  /**
   * The semantics: under an extension semantics the claims whose removal
   * changes the thesis's label come first; under a gradual one the claims
   * are ranked by how far their removal moves the thesis's strength.
   *
   * @defaultValue "grounded"
   */
  readonly semantics?: Semantics;
  /**
   * The claim to explain.
   *
   * @defaultValue the map's thesis
   */
  readonly thesis?: string;
  /**
   * The gradual semantics whose strengths rank the claims next to an
   * extension semantics.
   *
   * @defaultValue "dfquad"
   */
  readonly gradual?: GradualSemantics;
  /**
   * The most cruxes to return. Claims whose removal changes the label are
   * all returned even beyond it.
   *
   * @defaultValue 5
   */
  readonly limit?: number;
  /**
   * Extension semantics: the most claims tried, nearest the thesis first
   * (each costs an evaluation of the framework without it). Under grounded
   * semantics only the claims of the defences that carry the verdict are
   * candidates, so the bound rarely matters there.
   *
   * @defaultValue 1000
   */
  readonly candidates?: number;
  /** Gradual strengths: see {@link GradualOptions.aggregation}. @defaultValue "min" */
  readonly aggregation?: PremiseAggregation;
  /** Gradual strengths on cycles: see {@link GradualOptions.step}. @defaultValue 1 */
  readonly step?: number;
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
 * One crux: a claim, and what its removal (with the relations that need it)
 * would do to the thesis.
 *
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { cruxes, type Crux } from "argmap/evaluate";
 *
 * const [first]: readonly Crux[] = cruxes(ukraineJapan()).cruxes;
 * console.log(first); // { id: "compatible", changesLabel: true, label: "out", contribution: 0.125 }
 * ```
 */
export interface Crux {
  /** The claim's id. */
  readonly id: string;
  /** Extension semantics: whether the thesis's label would change without it. */
  readonly changesLabel: boolean;
  /** Extension semantics: the thesis's label without it. */
  readonly label?: AcceptanceLabel;
  /**
   * Its removal contribution to the thesis's strength (see
   * {@link contributions}): the strength with it minus the strength without
   * it. Positive: the thesis would lose strength without it. Absent when
   * the gradual strengths do not settle (on a cycle, next to an extension
   * semantics).
   */
  readonly contribution?: number;
}

/**
 * The cruxes of a map, ranked.
 *
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { cruxes, type Cruxes } from "argmap/evaluate";
 *
 * const result: Cruxes = cruxes(ukraineJapan(), { semantics: "preferred" });
 * console.log(result.label, result.strength, result.cruxes.map((c) => c.id));
 * ```
 */
export interface Cruxes {
  /** The thesis's id. */
  readonly thesis: string;
  readonly semantics: Semantics;
  /** Extension semantics: the thesis's label. */
  readonly label?: AcceptanceLabel;
  /** The gradual semantics of the strengths. */
  readonly gradual: GradualSemantics;
  /** The thesis's strength under it (absent when it does not settle, next to an extension semantics). */
  readonly strength?: number;
  /**
   * Extension semantics: whether every claim that could change the label
   * was tried (false when there were more than `candidates`: the nearest
   * ones were). Always true under a gradual semantics.
   */
  readonly exhaustive: boolean;
  /**
   * The claims whose removal changes the label (extension semantics), then
   * those whose removal moves the strength most; within each, by the size
   * of the move, then in map order. Claims that change neither are left out.
   */
  readonly cruxes: readonly Crux[];
}

const DEFAULTS = { limit: 5, candidates: 1000 } as const;

/**
 * The cruxes of a map: the claims whose removal (together with the
 * relations that use them as premises) would change the thesis's label
 * under an extension semantics, and the claims whose removal would move its
 * gradual strength most, ranked. Only claims with a path to the thesis can
 * be cruxes; each is tried on the framework without it, never by rebuilding
 * the map.
 *
 * @param map - The map (not changed).
 * @param options - The semantics (default grounded), the thesis (default
 * the map's), the gradual semantics that ranks, how many to return, time limits.
 * @returns The thesis's label and strength and the ranked cruxes.
 * @throws `ArgmapError` `unknown-argument` when the map has no thesis and
 * none is given, or the given one does not exist; `invalid-framework` for
 * an unknown semantics or a bad option; `not-converged`, `aborted`,
 * `time-limit`.
 *
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { cruxes } from "argmap/evaluate";
 *
 * const result = cruxes(ukraineJapan());
 * console.log(result.label); // "in"
 * for (const crux of result.cruxes) console.log(crux.id, crux.changesLabel ? `without it the thesis is ${crux.label}` : crux.contribution?.toFixed(3));
 * ```
 */
export function cruxes(map: ArgumentMap, options: CruxOptions = {}): Cruxes {
  const { semantics, gradualSemantics, limits } = mapSettings(options);
  const limit = options.limit ?? DEFAULTS.limit;
  if (!Number.isInteger(limit) || limit < 0) evaluateFail("invalid-framework", ["limit"], `limit must be a whole number ≥ 0, got ${String(limit)}`);
  const thesis = options.thesis ?? map.thesis;
  if (thesis === undefined) evaluateFail("unknown-argument", ["thesis"], "the map has no thesis; pass the claim to explain as { thesis }");
  if (!map.hasClaim(thesis)) evaluateFail("unknown-argument", ["thesis"], `the map has no claim ${JSON.stringify(thesis)}`);
  const found = settled(isExtensionSemantics(semantics), () =>
    contributions(frameworkFromMap(map, { premiseAttacks: false }), thesis, {
    semantics: gradualSemantics,
    method: "removal",
    ...(options.aggregation !== undefined ? { aggregation: options.aggregation } : {}),
    ...(options.step !== undefined ? { step: options.step } : {}),
    ...limits(),
    }),
  );
  const contribution = new Map(found?.contributions.map((entry) => [entry.id, entry.value]) ?? []);
  const claims = map.claims().filter((c) => c.id !== thesis);
  const changed = new Map<string, AcceptanceLabel>();
  const candidates = options.candidates ?? DEFAULTS.candidates;
  if (!Number.isInteger(candidates) || candidates < 0) evaluateFail("invalid-framework", ["candidates"], `candidates must be a whole number ≥ 0, got ${String(candidates)}`);
  let exhaustive = true;
  let label: AcceptanceLabel | undefined;
  if (isExtensionSemantics(semantics)) {
    const budget = budgetOf(limits());
    const framework = frameworkFromMap(map);
    const t = framework.indexOf(thesis);
    const code = acceptanceLabel(framework, t, semantics, budget);
    label = NAMES[code];
    const { flags: upstream, order: nearest } = attackUpstream(framework, t);
    const premiseOf = new Map<string, string[]>();
    for (const relation of map.relations()) for (const p of relation.from) premiseOf.set(p, [...(premiseOf.get(p) ?? []), relation.id]);
    const tried = candidatesOf(map, framework, t, semantics, code, nearest, limits);
    exhaustive = tried.length <= candidates;
    for (const id of tried.slice(0, candidates)) {
      const x = framework.indexOf(id);
      const keep = Uint8Array.from(upstream);
      keep[x] = 0;
      for (const r of premiseOf.get(id) ?? []) keep[framework.indexOf(r)] = 0;
      const { sub, index } = restrict(framework, keep);
      const without = acceptanceLabel(sub, index[t]!, semantics, budget);
      if (without !== code) changed.set(id, NAMES[without]);
    }
  }
  const order = new Map(claims.map((c, i) => [c.id, i]));
  const ranked: Crux[] = claims
    .filter((c) => changed.has(c.id) || (contribution.get(c.id) ?? 0) !== 0)
    .map((c) => {
      const value = found === undefined ? {} : { contribution: contribution.get(c.id) ?? 0 };
      const after = changed.get(c.id);
      return after !== undefined ? { id: c.id, changesLabel: true, label: after, ...value } : { id: c.id, changesLabel: false, ...(label !== undefined ? { label } : {}), ...value };
    })
    .sort((x, y) => Number(y.changesLabel) - Number(x.changesLabel) || Math.abs(y.contribution ?? 0) - Math.abs(x.contribution ?? 0) || order.get(x.id)! - order.get(y.id)!);
  const kept = ranked.filter((c, i) => c.changesLabel || i < limit);
  return { thesis, semantics, ...(label !== undefined ? { label } : {}), gradual: gradualSemantics, ...(found !== undefined ? { strength: found.strength } : {}), exhaustive, cruxes: kept.slice(0, Math.max(limit, changed.size)) };
}

/**
 * The claims whose removal could change the thesis's label, nearest first.
 * Under grounded semantics a thesis that is in keeps its label unless a
 * claim of its defence goes (the defence is read off the least fixpoint and
 * stays inside the grounded extension of any smaller framework that keeps
 * it), and a thesis that is out stays out unless a claim of a defeater's
 * defence goes; otherwise every claim with a path to the thesis through
 * attacks or premises is a candidate.
 */
function candidatesOf(
  map: ArgumentMap,
  framework: Framework,
  t: number,
  semantics: ExtensionSemantics,
  code: LabelCode,
  nearest: readonly number[],
  limits: () => { signal?: AbortSignal; timeLimit?: number },
): string[] {
  const thesis = framework.id(t);
  if (semantics === "grounded" && code !== UNDEC) {
    const claims = new Set<string>();
    const roots = code === IN ? [thesis] : explain(framework, t, { semantics, ...limits() }).defeaters;
    for (const root of roots) {
      for (const member of explain(framework, root, { semantics, ...limits() }).defence ?? []) {
        for (const claim of map.hasRelation(member) ? map.relation(member)!.from : [member]) claims.add(claim);
      }
    }
    claims.delete(thesis);
    return nearest.map((i) => framework.id(i)).filter((id) => claims.has(id));
  }
  return nearest.map((i) => framework.id(i)).filter((id) => id !== thesis && map.hasClaim(id));
}

const NAMES: Readonly<Record<LabelCode, AcceptanceLabel>> = { 0: "undec", [IN]: "in", [OUT]: "out" } as Record<LabelCode, AcceptanceLabel>;

/** The arguments with a path to `t` through attacks or linked premises (t included): as flags, and nearest first. */
function attackUpstream(framework: Framework, t: number): { flags: Uint8Array; order: number[] } {
  const seen = new Uint8Array(framework.size);
  const stack = [t];
  seen[t] = 1;
  const { attackers, premises } = framework;
  for (let head = 0; head < stack.length; head++) {
    const x = stack[head]!;
    for (const { offsets, neighbors } of [attackers, premises]) {
      for (let k = offsets[x]!; k < offsets[x + 1]!; k++) {
        const y = neighbors[k]!;
        if (seen[y] === 0) {
          seen[y] = 1;
          stack.push(y);
        }
      }
    }
  }
  return { flags: seen, order: stack };
}

/** The attack graph of the arguments flagged in `keep`, numbered in order; `index` maps old numbers to new (-1 outside). */
function restrict(framework: Framework, keep: Uint8Array): { sub: Framework; index: Int32Array } {
  const index = new Int32Array(framework.size).fill(-1);
  let size = 0;
  for (let i = 0; i < framework.size; i++) if (keep[i] === 1) index[i] = size++;
  const pairs: number[] = [];
  const { offsets, neighbors } = framework.attacks;
  for (let a = 0; a < framework.size; a++) {
    if (index[a] === -1) continue;
    for (let k = offsets[a]!; k < offsets[a + 1]!; k++) if (index[neighbors[k]!] !== -1) pairs.push(index[a]!, index[neighbors[k]!]!);
  }
  return { sub: frameworkFromEdges(size, Int32Array.from(pairs)), index };
}

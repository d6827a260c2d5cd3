/**
 * @internal The verdict of a summary: whether its main claim stands, is
 * contested or falls, and which objections stand unanswered, from the map's
 * evaluation. Without an evaluation it is the grounded labelling of the
 * bipolar view (the map's own terms: an objection nothing answers defeats
 * what it attacks); with one, the labels (or strengths) of the semantics the
 * user chose.
 *
 * {@link judge} is the one place that reads labels, so that explanations
 * (defence and defeaters) can be put in words here later without touching
 * the renderers.
 * @module
 */
import { attackClosure } from "../evaluate/bipolar.js";
import { groundedLabelling } from "../evaluate/grounded.js";
import { IN, OUT } from "../evaluate/labelling.js";
import { ArgumentMap, indexesOf } from "../map/argument-map.js";
import { evaluationLabel, evaluationStrength, type AcceptanceLabel, type MapEvaluation } from "../map/evaluation.js";
import type { Relation } from "../schema/document.js";
import type { SummaryVerdict, VerdictStatus } from "./types.js";

/** What the verdict needs of the map: the relations into a node, after restatements are merged. */
export interface VerdictSource {
  readonly map: ArgumentMap;
  into(id: string): readonly Readonly<Relation>[];
  /** The weight of a relation, to list the weightiest unanswered objections first. */
  weight(id: string): number;
  /** The same list as {@link objectionsOf}, when the source can find it faster than through {@link VerdictSource.into}. */
  objections?(root: string): string[];
}

/** Strengths at or above this count as standing, at or below {@link FALLS_BELOW} as defeated, for gradual semantics. */
export const STANDS_FROM = 0.6;
/** See {@link STANDS_FROM}. */
export const FALLS_BELOW = 0.4;

/** How the verdict reads one claim or relation: a label, a strength, or nothing known. */
export interface Judgement {
  /** Name of the semantics. */
  readonly semantics: string;
  /** Whether the user chose the semantics (else it is the default, grounded). */
  readonly chosen: boolean;
  label(id: string): AcceptanceLabel | undefined;
  strength(id: string): number | undefined;
}

/**
 * The judgement to give the verdict: the user's evaluation, or grounded
 * labels of the bipolar view computed here (the same labels as
 * `evaluateMap(map, "grounded")`) for `ids` and what they depend on: only
 * the claims and relations from which a chain of attacks leads to one of
 * them are labelled, so the cost is that part of the map, not all of it.
 */
export function judge(map: ArgumentMap, evaluation: MapEvaluation | undefined, ids: Iterable<string>): Judgement {
  if (evaluation !== undefined) {
    return { semantics: evaluation.semantics, chosen: true, label: (id) => evaluationLabel(evaluation, id), strength: (id) => evaluationStrength(evaluation, id) };
  }
  // The map's own index of the relations into each node, when it is this copy of argmap's map.
  const into = map instanceof ArgumentMap ? indexesOf(map).into : undefined;
  const framework = attackClosure(map, ids, into === undefined ? undefined : (id) => into.get(id) ?? NONE);
  const codes = groundedLabelling(framework, undefined).codes;
  return {
    semantics: "grounded",
    chosen: false,
    label: (id) => {
      const i = framework.indexOf(id);
      if (i < 0) return undefined;
      const code = codes[i];
      return code === IN ? "in" : code === OUT ? "out" : "undec";
    },
    strength: () => undefined,
  };
}

const NONE: readonly Readonly<Relation>[] = Object.freeze([]);

/** Whether a claim or relation stands: `true`, `false`, or `undefined` when undecided or unknown. */
function stands(judgement: Judgement, id: string): boolean | undefined {
  const label = judgement.label(id);
  if (label !== undefined) return label === "in" ? true : label === "out" ? false : undefined;
  const strength = judgement.strength(id);
  if (strength === undefined) return undefined;
  return strength >= STANDS_FROM ? true : strength <= FALLS_BELOW ? false : undefined;
}

/**
 * The verdict on a root claim, or `undefined` when nothing in the map
 * speaks against it (no attack reaches it) or the evaluation does not
 * cover it.
 *
 * Objections are the attacks on the root or on anything that speaks for
 * it, found by walking from the root through support relations only
 * (premises of reasons, and reasons for an inference): an attack on a
 * reason's premise, and an undercut of a reason, are objections; a reply
 * to an objection is not walked into, so a counter-reply that restores an
 * objection is not listed itself (the objection it restores is). An
 * objection stands unanswered when the evaluation accepts it.
 */
export function verdictOn(source: VerdictSource, root: string, evaluation: MapEvaluation | undefined): SummaryVerdict | undefined {
  const objections = source.objections?.(root) ?? objectionsOf(source, root);
  if (objections.length === 0) return undefined;
  return verdictFrom(source, root, evaluation, objections);
}

/**
 * The objections to a root claim, breadth first from the root through
 * support relations (see {@link verdictOn}), each once, in the order found.
 */
export function objectionsOf(source: Pick<VerdictSource, "into">, root: string): string[] {
  const objections: string[] = [];
  const seen = new Set<string>([root]);
  const queue = [root];
  for (let head = 0; head < queue.length; head++) {
    for (const relation of source.into(queue[head]!)) {
      if (seen.has(relation.id)) continue;
      seen.add(relation.id);
      if (relation.type === "attack") {
        objections.push(relation.id);
        continue;
      }
      queue.push(relation.id);
      for (const premise of relation.from) {
        if (seen.has(premise)) continue;
        seen.add(premise);
        queue.push(premise);
      }
    }
  }
  return objections;
}

/** The verdict on `root` once its objections are known. */
function verdictFrom(source: VerdictSource, root: string, evaluation: MapEvaluation | undefined, objections: readonly string[]): SummaryVerdict | undefined {
  const judgement = judge(source.map, evaluation, [root, ...objections]);
  const label = judgement.label(root);
  const strength = judgement.strength(root);
  if (label === undefined && strength === undefined) return undefined;
  const verdict = stands(judgement, root);
  const status: VerdictStatus = verdict === true ? "stands" : verdict === false ? "falls" : "contested";
  // Objections to the root itself first, then the weightiest, then in the order found.
  const direct = new Set(source.into(root).map((r) => r.id));
  const keyed: { readonly id: string; readonly direct: number; readonly weight: number; readonly order: number }[] = [];
  objections.forEach((id, order) => {
    if (stands(judgement, id) === true) keyed.push({ id, direct: direct.has(id) ? 1 : 0, weight: source.weight(id), order });
  });
  keyed.sort((a, b) => b.direct - a.direct || b.weight - a.weight || a.order - b.order);
  const unanswered = keyed.map((k) => k.id);
  return {
    claim: root,
    semantics: judgement.semantics,
    chosen: judgement.chosen,
    status,
    ...(strength !== undefined ? { strength: Math.round(strength * 1e4) / 1e4 } : {}),
    objections: objections.length,
    unanswered,
  };
}

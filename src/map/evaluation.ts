/**
 * The result of evaluating a map, as summaries and drawings consume it.
 * `argmap/evaluate` produces it; anything else can too.
 *
 * It is plain, JSON-ready data: `JSON.parse(JSON.stringify(evaluation))`
 * gives an equal value. Results are arrays of `{ id, … }` entries, not
 * objects keyed by id, so that any id (`__proto__`, `constructor`, `""`…)
 * survives serialization and cannot touch a prototype. Look one up with
 * {@link evaluationLabel} or {@link evaluationStrength}.
 * @module
 */
import type { Semantics } from "../evaluate/semantics.js";

/** Acceptance label of an argument under an extension semantics. */
export type AcceptanceLabel = "in" | "out" | "undec";

/** The label of one claim or relation. */
export interface LabelEntry {
  /** Claim or relation id. */
  readonly id: string;
  /** Its label. */
  readonly label: AcceptanceLabel;
}

/** The strength of one claim or relation. */
export interface StrengthEntry {
  /** Claim or relation id. */
  readonly id: string;
  /** Its strength in [0, 1]. */
  readonly strength: number;
}

/**
 * Which claims and relations stand (extension semantics: `labels`) or how
 * strong they are (gradual semantics: `strengths`, `converged`,
 * `iterations`). Plain data that `JSON.stringify` keeps whole.
 *
 * With several extensions (complete, preferred, stable, semi-stable) a label
 * is sceptical: `in` when the argument is in every extension, `out` when it
 * is out in every extension, `undec` otherwise.
 */
export interface MapEvaluation {
  /** The semantics the results come from. */
  readonly semantics: Semantics;
  /**
   * Whether the results are final. `false` when the computation was cut off:
   * a gradual iteration that stopped at its cap before its fixpoint, or
   * labels left provisional when a time limit expired.
   */
  readonly complete: boolean;
  /** Extension semantics: one label per claim and relation, claims first, in map order. */
  readonly labels?: readonly LabelEntry[];
  /** Gradual semantics: one strength in [0, 1] per claim and relation, claims first, in map order. */
  readonly strengths?: readonly StrengthEntry[];
  /** Gradual semantics: whether the iteration reached its fixpoint within the tolerance. */
  readonly converged?: boolean;
  /** Gradual semantics: iterations the computation took. */
  readonly iterations?: number;
}

interface EvaluationIndex {
  readonly labels: Map<string, AcceptanceLabel>;
  readonly strengths: Map<string, number>;
}

const INDEXES = new WeakMap<object, { readonly size: number; readonly index: EvaluationIndex }>();

/** Builds (once per evaluation) an id index over its entries. */
function indexOf(evaluation: MapEvaluation): EvaluationIndex {
  const size = (evaluation.labels?.length ?? 0) + (evaluation.strengths?.length ?? 0);
  const cached = INDEXES.get(evaluation);
  if (cached !== undefined && cached.size === size) return cached.index;
  const index: EvaluationIndex = { labels: new Map(), strengths: new Map() };
  if (Array.isArray(evaluation.labels)) {
    for (const entry of evaluation.labels as readonly unknown[]) {
      if (isEntry(entry) && (entry.label === "in" || entry.label === "out" || entry.label === "undec")) index.labels.set(entry.id, entry.label);
    }
  }
  if (Array.isArray(evaluation.strengths)) {
    for (const entry of evaluation.strengths as readonly unknown[]) {
      if (isEntry(entry) && typeof entry.strength === "number") index.strengths.set(entry.id, entry.strength);
    }
  }
  INDEXES.set(evaluation, { size, index });
  return index;
}

function isEntry(entry: unknown): entry is { readonly id: string; readonly label?: unknown; readonly strength?: unknown } {
  return typeof entry === "object" && entry !== null && typeof (entry as { id?: unknown }).id === "string";
}

/**
 * The label of one claim or relation in an evaluation.
 *
 * @param evaluation - An evaluation (from `evaluateMap`, or parsed back from JSON).
 * @param id - A claim or relation id; any string.
 * @returns Its label, or `undefined` when the evaluation has none for it
 * (a gradual evaluation, or an unknown id).
 * @example
 * ```ts
 * import { argmap } from "argmap";
 * import { evaluateMap, evaluationLabel } from "argmap/evaluate";
 *
 * const map = argmap("Tea").claim("t", "Tea is good.").claim("o", "It is bitter.").attack("o", "t").build();
 * const evaluation = JSON.parse(JSON.stringify(evaluateMap(map, "grounded")));
 * console.log(evaluationLabel(evaluation, "t")); // "out"
 * ```
 */
export function evaluationLabel(evaluation: MapEvaluation, id: string): AcceptanceLabel | undefined {
  return indexOf(evaluation).labels.get(id);
}

/**
 * The strength of one claim or relation in an evaluation.
 *
 * @param evaluation - An evaluation (from `evaluateMap`, or parsed back from JSON).
 * @param id - A claim or relation id; any string.
 * @returns Its strength in [0, 1], or `undefined` when the evaluation has
 * none for it (an extension evaluation, or an unknown id).
 * @example
 * ```ts
 * import { argmap } from "argmap";
 * import { evaluateMap, evaluationStrength } from "argmap/evaluate";
 *
 * const map = argmap("Tea").claim("t", "Tea is good.").claim("o", "It is bitter.").attack("o", "t").build();
 * console.log(evaluationStrength(evaluateMap(map, "dfquad"), "t")); // 0.25
 * ```
 */
export function evaluationStrength(evaluation: MapEvaluation, id: string): number | undefined {
  return indexOf(evaluation).strengths.get(id);
}

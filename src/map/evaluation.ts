/**
 * The result of evaluating a map, as summaries and drawings consume it.
 * `argmap/evaluate` produces it; anything else can too.
 * @module
 */

/** Acceptance label of an argument under an extension semantics. */
export type AcceptanceLabel = "in" | "out" | "undec";

/** Which claims and relations stand, or how strong they are, under one semantics. */
export interface MapEvaluation {
  /** Name of the semantics, e.g. `"grounded"` or `"dfquad"`. */
  readonly semantics: string;
  /** Acceptance label per claim and relation id (extension semantics). */
  readonly labels?: ReadonlyMap<string, AcceptanceLabel>;
  /** Strength in [0, 1] per claim and relation id (gradual semantics). */
  readonly strengths?: ReadonlyMap<string, number>;
  /** Whether an iterative semantics reached its fixpoint. */
  readonly converged?: boolean;
  /** Iterations an iterative semantics took. */
  readonly iterations?: number;
}

/**
 * Evaluates an argument map under any semantics, with results keyed by id.
 * @module
 */
import type { ArgumentMap } from "../map/argument-map.js";
import type { AcceptanceLabel, LabelEntry, MapEvaluation, StrengthEntry } from "../map/evaluation.js";
import { bipolarFramework, frameworkFromMap } from "./bipolar.js";
import { budgetOf, withFound, type Budget, type TimeLimitError } from "./budget.js";
import type { Framework } from "./framework.js";
import { gradual, type GradualOptions, type PremiseAggregation } from "./gradual.js";
import { groundedLabelling } from "./grounded.js";
import { idealLabelling } from "./ideal.js";
import { evaluateFail } from "./issues.js";
import { IN, OUT } from "./labelling.js";
import { scepticalLabels } from "./reasoner.js";
import { isExtensionSemantics, isGradualSemantics, type ExtensionSemantics, type Semantics } from "./semantics.js";

/**
 * Options of {@link evaluateMap}.
 *
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { evaluateMap, type EvaluateMapOptions } from "argmap/evaluate";
 *
 * const options: EvaluateMapOptions = { step: 0.5, maxIterations: 5000, timeLimit: 10_000 };
 * const evaluation = evaluateMap(ukraineJapan(), "dfquad", options);
 * console.log(evaluation.converged, evaluation.complete); // true true
 * ```
 */
export interface EvaluateMapOptions {
  /**
   * No longer used: labels are decided with SAT calls per argument, not by
   * combining a limited number of extensions, so they are always exact.
   * Accepted for compatibility.
   *
   * @deprecated Has no effect.
   */
  readonly limit?: number;
  /**
   * Gradual semantics: see {@link GradualOptions.tolerance}.
   *
   * @defaultValue 1e-9
   */
  readonly tolerance?: number;
  /**
   * Gradual semantics: see {@link GradualOptions.maxIterations}.
   *
   * @defaultValue 1000
   */
  readonly maxIterations?: number;
  /**
   * Gradual semantics: see {@link GradualOptions.aggregation}.
   *
   * @defaultValue "min"
   */
  readonly aggregation?: PremiseAggregation;
  /**
   * Gradual semantics: see {@link GradualOptions.step}.
   *
   * @defaultValue 1
   */
  readonly step?: number;
  /**
   * Stops the computation with `aborted` when it fires.
   *
   * @defaultValue none
   */
  readonly signal?: AbortSignal;
  /**
   * Stops the computation with `time-limit` after this many milliseconds
   * (checked inside its loops). The error ({@link TimeLimitError}) carries
   * in `found.evaluation` the labels settled so far (the others `undec`,
   * `complete: false`) or, for gradual semantics, the strengths after the
   * last finished iteration in `found.strengths`.
   *
   * @defaultValue none
   */
  readonly timeLimit?: number;
}

/**
 * Evaluates a map under one semantics and returns labels (extension
 * semantics) or strengths (gradual semantics) for every claim and relation,
 * as `summarize` and the renderers consume them. The map is translated with
 * {@link frameworkFromMap}; see docs/evaluation.md.
 *
 * Extension semantics with several extensions (complete, preferred, stable,
 * semi-stable) give the sceptical labelling: in when in every extension,
 * out when out in every extension, undec otherwise (all undec when there is
 * no stable extension). Each label is decided with SAT calls on the
 * argument's own part of the framework, never from a list of extensions, so
 * it is exact however many extensions there are.
 *
 * @param map - The map (not changed).
 * @param semantics - Any extension or gradual semantics.
 * @param options - Gradual options, an abort signal, a time limit.
 * @returns The evaluation: plain data, `complete` true unless a gradual
 * iteration stopped at its cap (`converged` false).
 * @throws `ArgmapError` `invalid-framework` for an unknown semantics or bad
 * options, `aborted` if the signal fires, `time-limit`
 * ({@link TimeLimitError}) when the time limit expires.
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { evaluateMap, evaluationLabel, evaluationStrength } from "argmap/evaluate";
 *
 * const map = ukraineJapan();
 * const grounded = evaluateMap(map, "grounded");
 * console.log(evaluationLabel(grounded, "thesis")); // "in"
 * const dfquad = evaluateMap(map, "dfquad");
 * console.log(dfquad.converged, evaluationStrength(dfquad, "thesis"));
 * console.log(JSON.stringify(grounded).length > 0); // plain data
 * ```
 */
export function evaluateMap(map: ArgumentMap, semantics: Semantics, options: EvaluateMapOptions = {}): MapEvaluation {
  if (isGradualSemantics(semantics)) {
    const framework = frameworkFromMap(map, { premiseAttacks: false });
    const gradualOptions = {
      ...(options.tolerance !== undefined ? { tolerance: options.tolerance } : {}),
      ...(options.maxIterations !== undefined ? { maxIterations: options.maxIterations } : {}),
      ...(options.aggregation !== undefined ? { aggregation: options.aggregation } : {}),
      ...(options.step !== undefined ? { step: options.step } : {}),
      ...(options.signal !== undefined ? { signal: options.signal } : {}),
      ...(options.timeLimit !== undefined ? { timeLimit: options.timeLimit } : {}),
    };
    const result = gradual(framework, semantics, gradualOptions);
    const strengths: StrengthEntry[] = [];
    for (let i = 0; i < framework.size; i++) strengths.push(Object.freeze({ id: framework.id(i), strength: result.strengths[i]! }));
    const evaluation: MapEvaluation = { semantics, complete: result.converged, strengths: Object.freeze(strengths), converged: result.converged, iterations: result.iterations };
    return Object.freeze(evaluation);
  }
  if (!isExtensionSemantics(semantics)) evaluateFail("invalid-framework", ["semantics"], `unknown semantics "${String(semantics)}"`);
  const budget = budgetOf(options);
  const framework = bipolarFramework(map, true, false);
  const codes = new Uint8Array(framework.size);
  const decided = new Uint8Array(framework.size);
  withFound(
    () => extensionLabels(framework, semantics, budget, codes, decided),
    () => ({ evaluation: labelEvaluation(framework, semantics, codes, false) }),
  );
  return labelEvaluation(framework, semantics, codes, true);
}

/** Fills `codes` with the sceptical labels under an extension semantics, marking `decided` as it goes. */
function extensionLabels(framework: Framework, semantics: ExtensionSemantics, budget: Budget | undefined, codes: Uint8Array, decided: Uint8Array): void {
  if (semantics === "grounded" || semantics === "ideal") {
    codes.set((semantics === "grounded" ? groundedLabelling(framework, budget) : idealLabelling(framework, budget)).codes);
    decided.fill(1);
    return;
  }
  const g = groundedLabelling(framework, budget).codes;
  if (semantics === "complete") {
    // The grounded labelling is the least complete one: what it labels in or
    // out is so in every complete labelling, and nothing else is.
    codes.set(g);
    decided.fill(1);
    return;
  }
  scepticalLabels(framework, semantics, g, budget, codes, decided);
}

/** The frozen, JSON-ready evaluation of label codes (undecided ones `undec`). */
function labelEvaluation(framework: Framework, semantics: ExtensionSemantics, codes: Uint8Array, complete: boolean): MapEvaluation {
  // At its final size at once: growing by push copies the array about twice over.
  const labels = new Array<LabelEntry>(framework.size);
  for (let i = 0; i < framework.size; i++) {
    const label: AcceptanceLabel = codes[i] === IN ? "in" : codes[i] === OUT ? "out" : "undec";
    labels[i] = Object.freeze({ id: framework.id(i), label });
  }
  const evaluation: MapEvaluation = { semantics, complete, labels: Object.freeze(labels) };
  return Object.freeze(evaluation);
}

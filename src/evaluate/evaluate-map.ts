/**
 * Evaluates an argument map under any semantics, with results keyed by id.
 * @module
 */
import type { ArgumentMap } from "../map/argument-map.js";
import type { AcceptanceLabel, LabelEntry, MapEvaluation, StrengthEntry } from "../map/evaluation.js";
import { frameworkFromMap } from "./bipolar.js";
import { enumerate } from "./extensions.js";
import type { Framework } from "./framework.js";
import { gradual, type GradualOptions, type PremiseAggregation } from "./gradual.js";
import { evaluateFail } from "./issues.js";
import { IN, OUT, type Labelling } from "./labelling.js";
import { isExtensionSemantics, isGradualSemantics, type Semantics } from "./semantics.js";

/** Options of {@link evaluateMap}. */
export interface EvaluateMapOptions {
  /**
   * For extension semantics with several extensions: how many to combine at
   * most. An argument is labelled in when every extension has it in, out
   * when every extension has it out, undec otherwise.
   *
   * @defaultValue 10000
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
}

const DEFAULTS = { limit: 10_000 } as const;

/**
 * Evaluates a map under one semantics and returns labels (extension
 * semantics) or strengths (gradual semantics) for every claim and relation,
 * as `summarize` and the renderers consume them. The map is translated with
 * {@link frameworkFromMap}; see docs/evaluation.md.
 *
 * Extension semantics with several extensions (complete, preferred, stable,
 * semi-stable) give the sceptical labelling: in when in every extension,
 * out when out in every extension, undec otherwise (all undec when there is
 * no stable extension).
 *
 * @param map - The map (not changed).
 * @param semantics - Any extension or gradual semantics.
 * @param options - Extension limit, gradual options, abort signal.
 * @returns The evaluation.
 * @throws `ArgmapError` `invalid-framework` for an unknown semantics,
 * `aborted` if the signal fires.
 * @example
 * ```ts
 * const evaluation = evaluateMap(map, "grounded");
 * evaluation.labels?.get("thesis"); // "in" | "out" | "undec"
 * const strengths = evaluateMap(map, "dfquad").strengths;
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
    };
    const result = gradual(framework, semantics, gradualOptions);
    const strengths: StrengthEntry[] = [];
    for (let i = 0; i < framework.size; i++) strengths.push(Object.freeze({ id: framework.id(i), strength: result.strengths[i]! }));
    const evaluation: MapEvaluation = { semantics, complete: result.converged, strengths: Object.freeze(strengths), converged: result.converged, iterations: result.iterations };
    return Object.freeze(evaluation);
  }
  if (!isExtensionSemantics(semantics)) evaluateFail("invalid-framework", ["semantics"], `unknown semantics "${String(semantics)}"`);
  const limit = options.limit ?? DEFAULTS.limit;
  if (!(limit >= 1)) evaluateFail("invalid-framework", ["limit"], `limit must be at least 1, got ${limit}`);
  const framework = frameworkFromMap(map);
  const { codes, complete } = scepticalCodes(framework, enumerate(framework, semantics, options.signal), limit);
  const labels: LabelEntry[] = [];
  for (let i = 0; i < framework.size; i++) {
    const label: AcceptanceLabel = codes[i] === IN ? "in" : codes[i] === OUT ? "out" : "undec";
    labels.push(Object.freeze({ id: framework.id(i), label }));
  }
  const evaluation: MapEvaluation = { semantics, complete, labels: Object.freeze(labels) };
  return Object.freeze(evaluation);
}

/** Combines labellings: a label stays when every labelling agrees on it. */
function scepticalCodes(framework: Framework, labellings: Iterator<Labelling>, limit: number): { codes: Uint8Array; complete: boolean } {
  let combined: Uint8Array | undefined;
  let count = 0;
  for (let next = labellings.next(); next.done !== true; next = labellings.next()) {
    if (count >= limit) return { codes: combined ?? new Uint8Array(framework.size), complete: false };
    const labelling = next.value;
    if (combined === undefined) combined = Uint8Array.from(labelling.codes);
    else for (let i = 0; i < framework.size; i++) if (combined[i] !== labelling.codes[i]) combined[i] = 0;
    count++;
  }
  return { codes: combined ?? new Uint8Array(framework.size), complete: true };
}

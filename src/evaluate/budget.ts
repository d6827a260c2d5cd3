/**
 * Time limits and abort signals, checked inside the loops of every
 * long-running evaluation.
 * @module
 */
import { ArgmapError, type ArgmapIssue } from "../errors.js";
import type { MapEvaluation } from "../map/evaluation.js";
import { evaluateFail, type EvaluateIssueCode } from "./issues.js";
import type { Labelling } from "./labelling.js";

/**
 * What a computation had found when its time limit expired.
 *
 * @example
 * ```ts
 * import { extensions, frameworkFromEdges, TimeLimitError, type TimeLimitFound } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"], ["b", "a"]]);
 * let found: TimeLimitFound = {};
 * try {
 *   console.log(extensions(af, "preferred", { timeLimit: 1000 }).length); // 2
 * } catch (error) {
 *   if (!(error instanceof TimeLimitError)) throw error;
 *   found = error.found;
 * }
 * console.log(found.extensions?.length ?? "finished in time");
 * ```
 */
export interface TimeLimitFound {
  /** `extensions`, `extensionStream`: the extensions found so far. */
  readonly extensions?: readonly Labelling[];
  /** `countExtensions`: the extensions counted so far. */
  readonly count?: number;
  /** `evaluateMap`: the labels decided so far (the others `undec`), with `complete: false`. */
  readonly evaluation?: MapEvaluation;
  /** Gradual semantics: the strengths after the last finished iteration. */
  readonly strengths?: Float64Array;
  /** Gradual semantics: the iterations finished. */
  readonly iterations?: number;
}

/**
 * The `ArgmapError` (code `time-limit`) that an evaluation throws when its
 * `timeLimit` expires. `found` holds what it had found so far.
 *
 * @example
 * ```ts
 * import { ArgmapError } from "argmap";
 * import { extensions, frameworkFromEdges, TimeLimitError } from "argmap/evaluate";
 *
 * const ids = Array.from({ length: 40 }, (_, i) => `a${i}`);
 * const pairs: [string, string][] = [];
 * for (let i = 0; i < 40; i += 2) pairs.push([ids[i]!, ids[i + 1]!], [ids[i + 1]!, ids[i]!]);
 * const af = frameworkFromEdges(ids, pairs);
 * try {
 *   extensions(af, "preferred", { timeLimit: 5 });
 * } catch (error) {
 *   if (error instanceof TimeLimitError) console.log(error.code, error.found.extensions?.length);
 *   else if (!(error instanceof ArgmapError)) throw error;
 * }
 * ```
 */
export class TimeLimitError extends ArgmapError<EvaluateIssueCode> {
  /**
   * What the computation had found when it stopped.
   *
   * @example
   * ```ts
   * import { countExtensions, frameworkFromEdges, TimeLimitError } from "argmap/evaluate";
   *
   * const ids = Array.from({ length: 60 }, (_, i) => `a${i}`);
   * const pairs: [string, string][] = [];
   * for (let i = 0; i < 60; i += 2) pairs.push([ids[i]!, ids[i + 1]!], [ids[i + 1]!, ids[i]!]);
   * try {
   *   countExtensions(frameworkFromEdges(ids, pairs), "preferred", { timeLimit: 5 });
   * } catch (error) {
   *   if (!(error instanceof TimeLimitError)) throw error;
   *   console.log(`counted ${error.found.count ?? 0} of 2^30 before the limit`);
   * }
   * ```
   */
  readonly found: TimeLimitFound;

  /**
   * @param issue - The `time-limit` issue.
   * @param found - What was found so far.
   */
  constructor(issue: ArgmapIssue<EvaluateIssueCode>, found: TimeLimitFound = {}) {
    super([issue]);
    this.name = "TimeLimitError";
    this.found = found;
  }

  /** @internal The same error with what was found so far. */
  withFound(found: TimeLimitFound): TimeLimitError {
    return new TimeLimitError(this.issues[0], found);
  }
}

/** @internal A deadline and an abort signal, checked cheaply inside loops. */
export class Budget {
  readonly signal: AbortSignal | undefined;
  /** Time limit in milliseconds (Infinity for none). */
  readonly timeLimit: number;
  readonly #deadline: number;
  #ticks = 0;

  constructor(signal: AbortSignal | undefined, timeLimit: number) {
    this.signal = signal;
    this.timeLimit = timeLimit;
    this.#deadline = performance.now() + timeLimit;
  }

  /** Throws `aborted` or `time-limit` when either applies. */
  check(): void {
    if (this.signal?.aborted === true) evaluateFail("aborted", [], "the evaluation was aborted by its AbortSignal");
    if (performance.now() >= this.#deadline) {
      throw new TimeLimitError({ code: "time-limit", severity: "error", path: ["timeLimit"], message: `the evaluation did not finish within its time limit of ${Number(this.timeLimit.toPrecision(6))} ms` });
    }
  }

  /** Calls {@link Budget.check} once every 1024 ticks. */
  tick(): void {
    if ((++this.#ticks & 1023) === 0) this.check();
  }
}

/**
 * @internal Reads `signal` and `timeLimit` (milliseconds, ≥ 0) from an
 * options object; `undefined` when neither is set.
 */
export function budgetOf(options: { readonly signal?: AbortSignal | undefined; readonly timeLimit?: number | undefined }): Budget | undefined {
  const { signal, timeLimit } = options;
  if (timeLimit !== undefined && !(typeof timeLimit === "number" && timeLimit >= 0)) {
    evaluateFail("invalid-framework", ["timeLimit"], `timeLimit must be a number of milliseconds ≥ 0, got ${String(timeLimit)}`);
  }
  if (signal === undefined && timeLimit === undefined) return undefined;
  if (signal?.aborted === true) evaluateFail("aborted", [], "the evaluation was aborted by its AbortSignal");
  return new Budget(signal, timeLimit ?? Number.POSITIVE_INFINITY);
}

/** @internal Throws `aborted` or `time-limit` when the budget says so. */
export function checkBudget(budget: Budget | undefined): void {
  budget?.check();
}

/** @internal Runs `work`; a `time-limit` error from it gets `found()` attached. */
export function withFound<T>(work: () => T, found: () => TimeLimitFound): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof TimeLimitError) throw error.withFound(found());
    throw error;
  }
}

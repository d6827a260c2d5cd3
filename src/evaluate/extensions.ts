/**
 * Extensions of the extension semantics: one, all (with a limit), or how many.
 * @module
 */
import { budgetOf, checkBudget, withFound, type Budget } from "./budget.js";
import { LabellingSolver } from "./encoding.js";
import type { Framework } from "./framework.js";
import { groundedLabelling } from "./grounded.js";
import { idealLabelling } from "./ideal.js";
import { evaluateFail } from "./issues.js";
import { IN, OUT, UNDEC, type Labelling } from "./labelling.js";
import { lit, SatSolver } from "./sat-solver.js";
import { isExtensionSemantics, type ExtensionSemantics } from "./semantics.js";

/**
 * Options of {@link extensions} and {@link countExtensions}.
 *
 * @example
 * ```ts
 * import { extensions, frameworkFromEdges, type ExtensionOptions } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b", "c", "d"], [["a", "b"], ["b", "a"], ["c", "d"], ["d", "c"]]);
 * const options: ExtensionOptions = { limit: 3, timeLimit: 5000 };
 * console.log(extensions(af, "preferred", options).length); // 3 of the 4
 * ```
 */
export interface ExtensionOptions {
  /**
   * Stop after this many extensions.
   *
   * @defaultValue Infinity
   */
  readonly limit?: number;
  /**
   * Stops the computation with `aborted` when it fires.
   *
   * @defaultValue none
   */
  readonly signal?: AbortSignal;
  /**
   * Stops the computation with `time-limit` after this many milliseconds
   * (checked inside its loops); the error's `found` holds what was found so far.
   *
   * @defaultValue none
   */
  readonly timeLimit?: number;
}

/**
 * Options of {@link someExtension}.
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, someExtension, type SomeExtensionOptions } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"], ["b", "a"]]);
 * const options: SomeExtensionOptions = { timeLimit: 5000 };
 * console.log(someExtension(af, "stable", options)?.extension.length); // 1
 * ```
 */
export interface SomeExtensionOptions {
  /**
   * Stops the computation with `aborted` when it fires.
   *
   * @defaultValue none
   */
  readonly signal?: AbortSignal;
  /**
   * Stops the computation with `time-limit` after this many milliseconds
   * (checked inside its loops); the error's `found` holds what was found so far.
   *
   * @defaultValue none
   */
  readonly timeLimit?: number;
}

const DEFAULTS = { limit: Number.POSITIVE_INFINITY } as const;

/**
 * Lists the extensions of a semantics, as labellings, up to `limit`.
 * Grounded and ideal have exactly one; stable may have none. Complete and
 * stable labellings are enumerated by a SAT search that excludes each one
 * found; preferred and semi-stable ones by a search for a maximal
 * labelling, then excluding everything below it.
 *
 * @param framework - The framework.
 * @param semantics - The semantics.
 * @param options - `limit`, `signal` and `timeLimit`.
 * @returns The labellings, in the order found.
 * @throws `ArgmapError` `aborted` if the signal fires, `time-limit`
 * ({@link TimeLimitError}, with the extensions found so far) when the time
 * limit expires, `invalid-framework` for an unknown semantics or a bad limit.
 *
 * @example
 * ```ts
 * import { extensionIds, extensions, frameworkFromEdges } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"], ["b", "a"]]);
 * console.log(extensions(af, "preferred").map((l) => extensionIds(af, l))); // [["a"], ["b"]] in some order
 * ```
 */
export function extensions(framework: Framework, semantics: ExtensionSemantics, options: ExtensionOptions = {}): Labelling[] {
  const out: Labelling[] = [];
  const limit = resolveLimit(options.limit);
  const budget = budgetOf(options);
  if (limit === 0) return out;
  return withFound(
    () => {
      for (const labelling of enumerate(framework, semantics, budget)) {
        out.push(labelling);
        if (out.length >= limit) break;
      }
      return out;
    },
    () => ({ extensions: out.slice() }),
  );
}

/**
 * Counts the extensions of a semantics (up to `limit`) without keeping them.
 *
 * @param framework - The framework.
 * @param semantics - The semantics.
 * @param options - `limit`, `signal` and `timeLimit`.
 * @returns The number of extensions, at most `limit`.
 * @throws `ArgmapError` as {@link extensions}; a `time-limit` error's
 * `found.count` is the number counted so far.
 *
 * @example
 * ```ts
 * import { countExtensions, frameworkFromEdges } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b", "c", "d"], [["a", "b"], ["b", "a"], ["c", "d"], ["d", "c"]]);
 * console.log(countExtensions(af, "stable"), countExtensions(af, "complete")); // 4 9
 * ```
 */
export function countExtensions(framework: Framework, semantics: ExtensionSemantics, options: ExtensionOptions = {}): number {
  const limit = resolveLimit(options.limit);
  const budget = budgetOf(options);
  let count = 0;
  if (limit === 0) return 0;
  return withFound(
    () => {
      if (semantics === "complete" || semantics === "stable") {
        // Count models straight from the solver, without building labellings.
        let sat: SatSolver;
        if (semantics === "stable") sat = stableSolver(framework, budget);
        else sat = new LabellingSolver(framework, budget, false).sat;
        checkBudget(budget);
        for (let more = sat.solve([], budget); more && count < limit; more = count < limit && sat.nextModel(budget, false)) count++;
        return count;
      }
      for (const _ of enumerate(framework, semantics, budget)) {
        count++;
        if (count >= limit) break;
      }
      return count;
    },
    () => ({ count }),
  );
}

/**
 * Finds one extension without enumerating the others (ICCMA task SE).
 *
 * @param framework - The framework.
 * @param semantics - The semantics.
 * @param options - An abort signal, a time limit.
 * @returns A labelling, or `undefined` when there is none (only possible for stable).
 * @throws `ArgmapError` as {@link extensions}.
 *
 * @example
 * ```ts
 * import { extensionIds, frameworkFromEdges, someExtension } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b", "c"], [["a", "b"], ["b", "a"], ["b", "c"]]);
 * const found = someExtension(af, "preferred");
 * if (found !== undefined) console.log(extensionIds(af, found)); // ["a", "c"] or ["b"]
 * ```
 */
export function someExtension(framework: Framework, semantics: ExtensionSemantics, options: SomeExtensionOptions = {}): Labelling | undefined {
  checkSemantics(semantics);
  const signal = budgetOf(options);
  switch (semantics) {
    case "grounded":
    case "complete":
      return groundedLabelling(framework, signal);
    case "ideal":
      return idealLabelling(framework, signal);
    case "preferred":
      return new LabellingSolver(framework, signal, true).solveMaximalIn();
    case "stable": {
      const solver = new LabellingSolver(framework, signal, false);
      solver.requireStable();
      return solver.solve();
    }
    case "semi-stable":
      return new LabellingSolver(framework, signal, true).solveMaximalRange();
  }
}

/**
 * Enumerates the extensions of a semantics one at a time, giving the event
 * loop a turn before each search, so that an `AbortSignal` (a button, or
 * `AbortSignal.timeout(ms)`) can stop an enumeration that would run for long:
 * the next step then throws `aborted`. {@link extensions} does the same work
 * in one synchronous call.
 *
 * @param framework - The framework.
 * @param semantics - The semantics.
 * @param options - `limit`, `signal` and `timeLimit`.
 * @returns An async iterator of labellings, in the order found.
 * @throws `ArgmapError` `aborted` (from the iterator) once the signal fires,
 * `time-limit` once the time limit expires (a search in progress is cut
 * off too), `invalid-framework` for an unknown semantics or a bad limit.
 *
 * @example
 * ```ts
 * import { extensionIds, extensionStream, frameworkFromEdges } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"], ["b", "a"]]);
 * async function list(): Promise<void> {
 *   const signal = AbortSignal.timeout(1000);
 *   for await (const labelling of extensionStream(af, "preferred", { signal })) {
 *     console.log(extensionIds(af, labelling));
 *   }
 * }
 * void list();
 * ```
 */
export async function* extensionStream(framework: Framework, semantics: ExtensionSemantics, options: ExtensionOptions = {}): AsyncGenerator<Labelling, void, undefined> {
  const limit = resolveLimit(options.limit);
  const budget = budgetOf(options);
  const found = enumerate(framework, semantics, budget);
  for (let count = 0; count < limit; count++) {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    checkBudget(budget);
    const next = found.next();
    if (next.done === true) return;
    yield next.value;
  }
}

/** @internal Enumerates the labellings of a semantics lazily. */
export function* enumerate(framework: Framework, semantics: ExtensionSemantics, signal: Budget | undefined): Generator<Labelling, void, undefined> {
  checkSemantics(semantics);
  if (semantics === "grounded") {
    yield groundedLabelling(framework, signal);
    return;
  }
  if (semantics === "ideal") {
    yield idealLabelling(framework, signal);
    return;
  }
  const solver = new LabellingSolver(framework, signal, semantics === "preferred" || semantics === "semi-stable");
  if (semantics === "complete" || semantics === "stable") {
    if (semantics === "stable") solver.requireStable();
    for (let found = solver.solve(); found !== undefined; found = solver.next()) yield found;
    return;
  }
  if (semantics === "preferred") {
    // Each maximal labelling outside the subsets of those found so far is
    // preferred: a larger complete one would be outside them too.
    for (;;) {
      const found = solver.solveMaximalIn();
      if (found === undefined) return;
      yield found;
      if (!solver.sat.addClause(solver.notSubsetOfExtension(found))) return;
    }
  }
  // Semi-stable: grow to a maximal range, list every complete labelling with
  // that range, then exclude ranges below it.
  for (;;) {
    const top = solver.solveMaximalRange();
    if (top === undefined) return;
    for (let found = solver.solve(solver.rangeAssumptions(top)); found !== undefined; found = solver.next()) yield found;
    if (!solver.sat.addClause(solver.notSubsetOfRange(top))) return;
  }
}

function resolveLimit(limit: number | undefined): number {
  const value = limit ?? DEFAULTS.limit;
  if (!(value >= 0) || (Number.isFinite(value) && !Number.isInteger(value))) evaluateFail("invalid-framework", ["limit"], `limit must be a whole number ≥ 0 or Infinity, got ${String(limit)}`);
  return value;
}

/** @internal Throws for a name that is not an extension semantics. */
export function checkSemantics(semantics: string): asserts semantics is ExtensionSemantics {
  if (!isExtensionSemantics(semantics)) evaluateFail("invalid-framework", ["semantics"], `unknown extension semantics "${String(semantics)}"`);
}

/**
 * A solver whose models are exactly the stable extensions, with one
 * variable per argument ("in"): no attack inside the set, and every argument
 * outside it attacked from inside. Arguments the grounded labelling decides
 * are fixed first.
 */
function stableSolver(framework: Framework, signal: Budget | undefined): SatSolver {
  const n = framework.size;
  const sat = new SatSolver();
  sat.newVars(n);
  const g = groundedLabelling(framework, signal).codes;
  const { offsets, neighbors } = framework.attackers;
  const clause: number[] = [];
  for (let a = 0; a < n; a++) {
    if (g[a] === IN) sat.addClause([lit(a, true)]);
    else if (g[a] === OUT) sat.addClause([lit(a, false)]);
    if (g[a] !== UNDEC) continue;
    clause.length = 0;
    clause.push(lit(a, true));
    for (let k = offsets[a]!; k < offsets[a + 1]!; k++) {
      const b = neighbors[k]!;
      if (g[b] !== UNDEC) continue;
      sat.addClause([lit(a, false), lit(b, false)]);
      clause.push(lit(b, true));
    }
    sat.addClause(clause);
  }
  return sat;
}

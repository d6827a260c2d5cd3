/**
 * Extensions of the extension semantics: one, all (with a limit), or how many.
 * @module
 */
import { LabellingSolver } from "./encoding.js";
import type { Framework } from "./framework.js";
import { grounded } from "./grounded.js";
import { ideal } from "./ideal.js";
import { checkAborted, evaluateFail } from "./issues.js";
import { IN, OUT, UNDEC, type Labelling } from "./labelling.js";
import { lit, SatSolver } from "./sat-solver.js";
import { isExtensionSemantics, type ExtensionSemantics } from "./semantics.js";

/** Options of {@link extensions} and {@link countExtensions}. */
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
}

const DEFAULTS = { limit: Number.POSITIVE_INFINITY } as const;

/**
 * Lists the extensions of a semantics, as labellings, up to `limit`.
 * Grounded and ideal have exactly one; stable may have none. Complete and
 * stable labellings are enumerated by a SAT search that excludes each one
 * found; preferred and semi-stable ones by growing a complete labelling to a
 * maximal one, then excluding everything below it.
 *
 * @param framework - The framework.
 * @param semantics - The semantics.
 * @param options - `limit` and `signal`.
 * @returns The labellings, in the order found.
 * @throws `ArgmapError` `aborted` if the signal fires,
 * `invalid-framework` for an unknown semantics or a bad limit.
 * @example
 * ```ts
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"], ["b", "a"]]);
 * extensions(af, "preferred").map((l) => extensionIds(af, l)); // [["a"], ["b"]] in some order
 * ```
 */
export function extensions(framework: Framework, semantics: ExtensionSemantics, options: ExtensionOptions = {}): Labelling[] {
  const out: Labelling[] = [];
  const limit = resolveLimit(options.limit);
  if (limit === 0) return out;
  for (const labelling of enumerate(framework, semantics, options.signal)) {
    out.push(labelling);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Counts the extensions of a semantics (up to `limit`) without keeping them.
 *
 * @param framework - The framework.
 * @param semantics - The semantics.
 * @param options - `limit` and `signal`.
 * @returns The number of extensions, at most `limit`.
 * @throws `ArgmapError` as {@link extensions}.
 */
export function countExtensions(framework: Framework, semantics: ExtensionSemantics, options: ExtensionOptions = {}): number {
  const limit = resolveLimit(options.limit);
  let count = 0;
  if (limit === 0) return 0;
  if (semantics === "complete" || semantics === "stable") {
    // Count models straight from the solver, without building labellings.
    let sat: SatSolver;
    if (semantics === "stable") sat = stableSolver(framework, options.signal);
    else sat = new LabellingSolver(framework, options.signal, false).sat;
    checkAborted(options.signal);
    for (let more = sat.solve([], options.signal); more && count < limit; more = count < limit && sat.nextModel(options.signal, false)) count++;
    return count;
  }
  for (const _ of enumerate(framework, semantics, options.signal)) {
    count++;
    if (count >= limit) break;
  }
  return count;
}

/**
 * Finds one extension without enumerating the others (ICCMA task SE).
 *
 * @param framework - The framework.
 * @param semantics - The semantics.
 * @param options - An abort signal.
 * @returns A labelling, or `undefined` when there is none (only possible for stable).
 * @throws `ArgmapError` as {@link extensions}.
 */
export function someExtension(framework: Framework, semantics: ExtensionSemantics, options: { readonly signal?: AbortSignal } = {}): Labelling | undefined {
  checkSemantics(semantics);
  const signal = options.signal;
  const opts = signal === undefined ? {} : { signal };
  switch (semantics) {
    case "grounded":
    case "complete":
      return grounded(framework, opts);
    case "ideal":
      return ideal(framework, opts);
    case "preferred": {
      const solver = new LabellingSolver(framework, signal, true);
      const start = solver.solve();
      return start === undefined ? undefined : solver.maximizeIn(start);
    }
    case "stable": {
      const solver = new LabellingSolver(framework, signal, false);
      solver.requireStable();
      return solver.solve();
    }
    case "semi-stable": {
      const solver = new LabellingSolver(framework, signal, true);
      const start = solver.solve();
      return start === undefined ? undefined : solver.maximizeRange(start);
    }
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
 * @param options - `limit` and `signal`.
 * @returns An async iterator of labellings, in the order found.
 * @throws `ArgmapError` `aborted` (from the iterator) once the signal fires,
 * `invalid-framework` for an unknown semantics or a bad limit.
 * @example
 * ```ts
 * const signal = AbortSignal.timeout(1000);
 * for await (const labelling of extensionStream(af, "preferred", { signal })) {
 *   console.log(extensionIds(af, labelling));
 * }
 * ```
 */
export async function* extensionStream(framework: Framework, semantics: ExtensionSemantics, options: ExtensionOptions = {}): AsyncGenerator<Labelling, void, undefined> {
  const limit = resolveLimit(options.limit);
  const found = enumerate(framework, semantics, options.signal);
  for (let count = 0; count < limit; count++) {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    checkAborted(options.signal);
    const next = found.next();
    if (next.done === true) return;
    yield next.value;
  }
}

/** @internal Enumerates the labellings of a semantics lazily. */
export function* enumerate(framework: Framework, semantics: ExtensionSemantics, signal: AbortSignal | undefined): Generator<Labelling, void, undefined> {
  checkSemantics(semantics);
  const opts = signal === undefined ? {} : { signal };
  if (semantics === "grounded") {
    yield grounded(framework, opts);
    return;
  }
  if (semantics === "ideal") {
    yield ideal(framework, opts);
    return;
  }
  const solver = new LabellingSolver(framework, signal, semantics === "preferred" || semantics === "semi-stable");
  if (semantics === "complete" || semantics === "stable") {
    if (semantics === "stable") solver.requireStable();
    for (let found = solver.solve(); found !== undefined; found = solver.next()) yield found;
    return;
  }
  if (semantics === "preferred") {
    for (;;) {
      const start = solver.solve();
      if (start === undefined) return;
      const found = solver.maximizeIn(start);
      yield found;
      if (!solver.sat.addClause(solver.notSubsetOfExtension(found))) return;
    }
  }
  // Semi-stable: grow to a maximal range, list every complete labelling with
  // that range, then exclude ranges below it.
  for (;;) {
    const start = solver.solve();
    if (start === undefined) return;
    const top = solver.maximizeRange(start);
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
function stableSolver(framework: Framework, signal: AbortSignal | undefined): SatSolver {
  const n = framework.size;
  const sat = new SatSolver();
  sat.newVars(n);
  const g = grounded(framework, signal === undefined ? {} : { signal }).codes;
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

/**
 * Credulous and sceptical acceptance of one argument.
 * @module
 */
import type { ArgumentRef } from "./edge-list.js";
import { LabellingSolver } from "./encoding.js";
import { checkSemantics } from "./extensions.js";
import type { Framework } from "./framework.js";
import { grounded } from "./grounded.js";
import { ideal } from "./ideal.js";
import { evaluateFail } from "./issues.js";
import { IN, OUT } from "./labelling.js";
import type { ExtensionSemantics } from "./semantics.js";

/** Options of {@link credulouslyAccepted} and {@link scepticallyAccepted}. */
export interface AcceptanceOptions {
  /**
   * Stops the computation with `aborted` when it fires.
   *
   * @defaultValue none
   */
  readonly signal?: AbortSignal;
}

/**
 * Whether an argument is in at least one extension (ICCMA task DC). Decided
 * without enumerating: one SAT call for complete, preferred (both equal
 * credulous admissibility) and stable; a short guess-and-check loop over
 * maximal ranges for semi-stable.
 *
 * @param framework - The framework.
 * @param semantics - The semantics.
 * @param argument - The argument's number, or its id.
 * @param options - An abort signal.
 * @returns Whether some extension contains the argument.
 * @throws `ArgmapError` `unknown-argument`, `aborted`.
 */
export function credulouslyAccepted(framework: Framework, semantics: ExtensionSemantics, argument: ArgumentRef, options: AcceptanceOptions = {}): boolean {
  checkSemantics(semantics);
  const a = resolveArgument(framework, argument);
  const { signal } = options;
  const opts = signal === undefined ? {} : { signal };
  if (semantics === "grounded") return grounded(framework, opts).codes[a] === IN;
  if (semantics === "ideal") return ideal(framework, opts).codes[a] === IN;
  const solver = new LabellingSolver(framework, signal, semantics !== "stable");
  const g = solver.grounded.codes[a];
  if (g === OUT) return false;
  if (g === IN && semantics !== "stable") return true;
  if (semantics === "stable") solver.requireStable();
  if (semantics !== "semi-stable") return solver.solve([solver.inLit(a)]) !== undefined;
  for (;;) {
    const start = solver.solve([solver.inLit(a)]);
    if (start === undefined) return false;
    const top = solver.maximizeRange(start);
    if (top.codes[a] === IN) return true;
    if (solver.solve([...solver.rangeAssumptions(top), solver.inLit(a)]) !== undefined) return true;
    if (!solver.sat.addClause(solver.notSubsetOfRange(top))) return false;
  }
}

/**
 * Whether an argument is in every extension (ICCMA task DS); vacuously true
 * under stable semantics when there is no stable extension. Decided without
 * enumerating: grounded membership for grounded and complete; one SAT call
 * for stable; for preferred and semi-stable a guess-and-check loop that looks
 * for a counterexample and excludes everything below each maximal
 * extension (or range) that contains the argument.
 *
 * @param framework - The framework.
 * @param semantics - The semantics.
 * @param argument - The argument's number, or its id.
 * @param options - An abort signal.
 * @returns Whether every extension contains the argument.
 * @throws `ArgmapError` `unknown-argument`, `aborted`.
 */
export function scepticallyAccepted(framework: Framework, semantics: ExtensionSemantics, argument: ArgumentRef, options: AcceptanceOptions = {}): boolean {
  checkSemantics(semantics);
  const a = resolveArgument(framework, argument);
  const { signal } = options;
  const opts = signal === undefined ? {} : { signal };
  if (semantics === "grounded" || semantics === "complete") return grounded(framework, opts).codes[a] === IN;
  if (semantics === "ideal") return ideal(framework, opts).codes[a] === IN;
  const solver = new LabellingSolver(framework, signal, semantics !== "stable");
  const g = solver.grounded.codes[a];
  if (g === IN) return true;
  if (semantics === "stable") {
    solver.requireStable();
    return solver.solve([solver.inLit(a) ^ 1]) === undefined;
  }
  if (g === OUT) return false;
  if (semantics === "preferred") {
    if (solver.solve([solver.inLit(a)]) === undefined) return false;
    for (;;) {
      const start = solver.solve([solver.inLit(a) ^ 1]);
      if (start === undefined) return true;
      const top = solver.maximizeIn(start);
      if (top.codes[a] !== IN) return false;
      if (!solver.sat.addClause(solver.notSubsetOfExtension(top))) return true;
    }
  }
  for (;;) {
    const start = solver.solve([solver.inLit(a) ^ 1]);
    if (start === undefined) return true;
    const top = solver.maximizeRange(start);
    if (top.codes[a] !== IN) return false;
    if (solver.solve([...solver.rangeAssumptions(top), solver.inLit(a) ^ 1]) !== undefined) return false;
    if (!solver.sat.addClause(solver.notSubsetOfRange(top))) return true;
  }
}

/** @internal Resolves an argument number or id, or throws `unknown-argument`. */
export function resolveArgument(framework: Framework, argument: ArgumentRef): number {
  if (typeof argument === "number") {
    if (Number.isInteger(argument) && argument >= 0 && argument < framework.size) return argument;
    return evaluateFail("unknown-argument", ["argument"], `no argument number ${argument} (the framework has ${framework.size})`);
  }
  const index = framework.indexOf(argument);
  if (index < 0) evaluateFail("unknown-argument", ["argument"], `no argument "${argument}"`);
  return index;
}

/**
 * Credulous and sceptical acceptance of one argument.
 * @module
 */
import { budgetOf, type Budget } from "./budget.js";
import type { ArgumentRef } from "./edge-list.js";
import { checkSemantics } from "./extensions.js";
import type { Framework } from "./framework.js";
import { groundedLabelling } from "./grounded.js";
import { idealLabelling } from "./ideal.js";
import { evaluateFail } from "./issues.js";
import { IN, OUT, UNDEC } from "./labelling.js";
import { Reasoner, undecidedComponents } from "./reasoner.js";
import type { ExtensionSemantics } from "./semantics.js";

/** Options of {@link credulouslyAccepted} and {@link scepticallyAccepted}. */
export interface AcceptanceOptions {
  /**
   * Stops the computation with `aborted` when it fires.
   *
   * @defaultValue none
   */
  readonly signal?: AbortSignal;
  /**
   * Stops the computation with `time-limit` after this many milliseconds
   * (checked inside its loops).
   *
   * @defaultValue none
   */
  readonly timeLimit?: number;
}

/**
 * Whether an argument is in at least one extension (ICCMA task DC). Decided
 * with SAT calls, never by enumerating extensions: one call for complete,
 * preferred (both equal credulous admissibility) and stable; for
 * semi-stable, one call when a stable extension exists, otherwise a
 * counterexample-guided search over maximal ranges. The question is asked
 * only on the argument's own part of the framework (the grounded-undecided
 * arguments connected to it by attacks).
 *
 * @param framework - The framework.
 * @param semantics - The semantics.
 * @param argument - The argument's number, or its id.
 * @param options - An abort signal, a time limit.
 * @returns Whether some extension contains the argument.
 * @throws `ArgmapError` `unknown-argument`, `aborted`, `time-limit`.
 * @example
 * ```ts
 * import { credulouslyAccepted, frameworkFromEdges } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b", "c"], [["a", "b"], ["b", "a"], ["b", "c"]]);
 * console.log(credulouslyAccepted(af, "preferred", "c")); // true: {a, c} is preferred
 * console.log(credulouslyAccepted(af, "grounded", "c")); // false
 * ```
 */
export function credulouslyAccepted(framework: Framework, semantics: ExtensionSemantics, argument: ArgumentRef, options: AcceptanceOptions = {}): boolean {
  checkSemantics(semantics);
  const a = resolveArgument(framework, argument);
  const budget = budgetOf(options);
  if (semantics === "grounded") return groundedLabelling(framework, budget).codes[a] === IN;
  if (semantics === "ideal") return idealLabelling(framework, budget).codes[a] === IN;
  const g = groundedLabelling(framework, budget).codes;
  if (semantics === "stable") return stableQuery(framework, g, a, IN, budget);
  if (g[a] !== UNDEC) return g[a] === IN;
  const { reasoner, local } = componentReasoner(framework, g, a, semantics, budget);
  return reasoner.exists(local, IN);
}

/**
 * Whether an argument is in every extension (ICCMA task DS); vacuously true
 * under stable semantics when there is no stable extension. Decided with
 * SAT calls, never by enumerating extensions: grounded membership for
 * grounded and complete; one call for stable; for preferred, one call for
 * "an admissible set attacks it" and one for "it is credulously accepted",
 * then a counterexample-guided search for a preferred extension that leaves
 * it undecided (see docs/evaluation.md); for semi-stable the same questions
 * over maximal ranges. Each is asked only on the argument's own part of the
 * framework (the grounded-undecided arguments connected to it by attacks).
 *
 * @param framework - The framework.
 * @param semantics - The semantics.
 * @param argument - The argument's number, or its id.
 * @param options - An abort signal, a time limit.
 * @returns Whether every extension contains the argument.
 * @throws `ArgmapError` `unknown-argument`, `aborted`, `time-limit`.
 * @example
 * ```ts
 * import { frameworkFromEdges, scepticallyAccepted } from "argmap/evaluate";
 *
 * // a and b attack each other; both attack c, which attacks d.
 * const af = frameworkFromEdges(["a", "b", "c", "d"], [["a", "b"], ["b", "a"], ["a", "c"], ["b", "c"], ["c", "d"]]);
 * console.log(scepticallyAccepted(af, "preferred", "d")); // true: every preferred extension defeats c
 * console.log(scepticallyAccepted(af, "grounded", "d")); // false
 * ```
 */
export function scepticallyAccepted(framework: Framework, semantics: ExtensionSemantics, argument: ArgumentRef, options: AcceptanceOptions = {}): boolean {
  checkSemantics(semantics);
  const a = resolveArgument(framework, argument);
  const budget = budgetOf(options);
  if (semantics === "ideal") return idealLabelling(framework, budget).codes[a] === IN;
  const g = groundedLabelling(framework, budget).codes;
  if (semantics === "stable") return !stableQuery(framework, g, a, OUT, budget);
  if (g[a] !== UNDEC || semantics === "grounded" || semantics === "complete") return g[a] === IN;
  const { reasoner, local } = componentReasoner(framework, g, a, semantics, budget);
  if (reasoner.exists(local, OUT)) return false;
  if (!reasoner.exists(local, IN)) return false;
  return !reasoner.exists(local, UNDEC);
}

/**
 * Whether some stable extension gives `a` the label `label` (IN or OUT).
 * Every component must have a stable labelling for the framework to have
 * one, so each component is asked once, `a`'s own with the label.
 */
function stableQuery(framework: Framework, g: Uint8Array, a: number, label: typeof IN | typeof OUT, budget: Budget | undefined): boolean {
  const { components, componentOf } = undecidedComponents(framework, g, budget);
  const own = componentOf[a]!;
  if (own === -1 && g[a] !== label) return false;
  for (let c = 0; c < components.length; c++) {
    const component = components[c]!;
    const reasoner = new Reasoner(component.framework, "stable", budget);
    const ok = c === own ? reasoner.exists(localIndex(component.members, a), label) : reasoner.hasStable();
    if (!ok) return false;
  }
  return true;
}

/** A reasoner for the component of `a` (grounded-undecided), and `a`'s number in it. */
function componentReasoner(framework: Framework, g: Uint8Array, a: number, semantics: "complete" | "preferred" | "semi-stable", budget: Budget | undefined): { reasoner: Reasoner; local: number } {
  const { components, componentOf } = undecidedComponents(framework, g, budget);
  const component = components[componentOf[a]!]!;
  return { reasoner: new Reasoner(component.framework, semantics, budget), local: localIndex(component.members, a) };
}

function localIndex(members: Int32Array, a: number): number {
  let lo = 0;
  let hi = members.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (members[mid]! < a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

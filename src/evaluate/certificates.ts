/**
 * Extensions that settle an acceptance question: one that contains an
 * argument (credulous acceptance, ICCMA task DC), one that leaves it out
 * (sceptical acceptance, task DS). ICCMA solvers print them as certificates.
 * @module
 */
import { budgetOf, checkBudget, type Budget } from "./budget.js";
import { resolveArgument, type AcceptanceOptions } from "./acceptance.js";
import type { ArgumentRef } from "./edge-list.js";
import { LabellingSolver } from "./encoding.js";
import { checkSemantics } from "./extensions.js";
import type { Framework } from "./framework.js";
import { groundedLabelling } from "./grounded.js";
import { idealLabelling } from "./ideal.js";
import { IN, labellingFromCodes, OUT, UNDEC, type LabelCode, type Labelling } from "./labelling.js";
import { Reasoner, undecidedComponents, type ReasonedSemantics } from "./reasoner.js";
import type { ExtensionSemantics } from "./semantics.js";

/**
 * An extension that contains an argument: the certificate of credulous
 * acceptance (ICCMA task DC). For preferred and stable semantics one search
 * over the whole framework (preferred: for a maximal extension that keeps
 * the argument in); for complete and semi-stable the question is decided on
 * the argument's own part of the framework, as {@link credulouslyAccepted}
 * decides it, and the rest of the extension comes from the grounded
 * labelling (complete) or one more search (semi-stable).
 *
 * @param framework - The framework.
 * @param semantics - The semantics.
 * @param argument - The argument's number, or its id.
 * @param options - An abort signal, a time limit.
 * @returns An extension (as a labelling) with the argument in, or
 * `undefined` when no extension contains it.
 * @throws `ArgmapError` `unknown-argument`, `aborted`, `time-limit`,
 * `invalid-framework` for an unknown semantics.
 * @example
 * ```ts
 * import { extensionContaining, extensionIds, frameworkFromEdges } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b", "c"], [["a", "b"], ["b", "a"], ["b", "c"]]);
 * const found = extensionContaining(af, "preferred", "c");
 * console.log(found === undefined ? "NO" : extensionIds(af, found)); // ["a", "c"]
 * console.log(extensionContaining(af, "grounded", "c")); // undefined
 * ```
 */
export function extensionContaining(framework: Framework, semantics: ExtensionSemantics, argument: ArgumentRef, options: AcceptanceOptions = {}): Labelling | undefined {
  checkSemantics(semantics);
  const a = resolveArgument(framework, argument);
  const budget = budgetOf(options);
  if (semantics === "grounded" || semantics === "ideal") {
    const unique = semantics === "grounded" ? groundedLabelling(framework, budget) : idealLabelling(framework, budget);
    return unique.codes[a] === IN ? unique : undefined;
  }
  return extensionWithLabel(framework, semantics, a, IN, budget);
}

/**
 * An extension that does not contain an argument: the certificate that it
 * is not sceptically accepted (ICCMA task DS). Decided as
 * {@link scepticallyAccepted} decides it: first an extension that attacks
 * the argument, then (preferred, semi-stable, complete) one that leaves it
 * undecided.
 *
 * @param framework - The framework.
 * @param semantics - The semantics.
 * @param argument - The argument's number, or its id.
 * @param options - An abort signal, a time limit.
 * @returns An extension (as a labelling) without the argument, or
 * `undefined` when every extension contains it (so also under stable
 * semantics when there is no stable extension: sceptical acceptance is then
 * vacuously true).
 * @throws `ArgmapError` `unknown-argument`, `aborted`, `time-limit`,
 * `invalid-framework` for an unknown semantics.
 * @example
 * ```ts
 * import { extensionIds, extensionWithout, frameworkFromEdges } from "argmap/evaluate";
 *
 * // a and b attack each other; both attack c, which attacks d.
 * const af = frameworkFromEdges(["a", "b", "c", "d"], [["a", "b"], ["b", "a"], ["a", "c"], ["b", "c"], ["c", "d"]]);
 * console.log(extensionWithout(af, "preferred", "d")); // undefined: d is in every preferred extension
 * const found = extensionWithout(af, "preferred", "a");
 * if (found !== undefined) console.log(extensionIds(af, found)); // ["b", "d"]
 * ```
 */
export function extensionWithout(framework: Framework, semantics: ExtensionSemantics, argument: ArgumentRef, options: AcceptanceOptions = {}): Labelling | undefined {
  checkSemantics(semantics);
  const a = resolveArgument(framework, argument);
  const budget = budgetOf(options);
  if (semantics === "ideal") {
    const unique = idealLabelling(framework, budget);
    return unique.codes[a] === IN ? undefined : unique;
  }
  const g = groundedLabelling(framework, budget);
  if (semantics === "grounded" || semantics === "complete") return g.codes[a] === IN ? undefined : g;
  if (g.codes[a] === IN) return undefined;
  return extensionWithLabel(framework, semantics, a, OUT, budget, g) ?? (semantics === "stable" ? undefined : extensionWithLabel(framework, semantics, a, UNDEC, budget, g));
}

/**
 * An extension of `semantics` in which `a` has the label `label`, or
 * `undefined`. Stable, and preferred with `a` in or out: one search over
 * the whole framework (every superset of an extension that contains or
 * attacks `a` still does, so a maximal one that keeps the label is
 * preferred). Otherwise the question is asked on `a`'s component of the
 * grounded-undecided arguments (see reasoner.ts), and the witness found
 * there is completed over the whole framework: with the grounded labelling
 * (complete), or by one more search that keeps the witness's labels.
 */
function extensionWithLabel(framework: Framework, semantics: ReasonedSemantics, a: number, label: LabelCode, budget: Budget | undefined, known?: Labelling): Labelling | undefined {
  if (semantics === "stable") {
    const whole = new LabellingSolver(framework, budget, false);
    whole.requireStable();
    return label === UNDEC ? undefined : whole.solve([label === IN ? whole.inLit(a) : whole.outLit(a)]);
  }
  const g = known ?? groundedLabelling(framework, budget);
  if (g.codes[a] !== UNDEC) {
    // The grounded labelling's in and out hold in every complete labelling.
    if (g.codes[a] !== label) return undefined;
    return anyExtension(framework, semantics, budget, g);
  }
  if (semantics === "preferred" && label !== UNDEC) {
    const whole = new LabellingSolver(framework, budget, true);
    return whole.solveMaximalIn([label === IN ? whole.inLit(a) : whole.outLit(a)]);
  }
  const { components, componentOf } = undecidedComponents(framework, g.codes, budget);
  const component = components[componentOf[a]!]!;
  const members = component.members;
  const reasoner = new Reasoner(component.framework, semantics, budget);
  const found = reasoner.witness(members.indexOf(a), label);
  if (found === undefined) return undefined;
  checkBudget(budget);
  if (semantics === "complete") {
    const codes = g.codes.slice();
    for (let i = 0; i < members.length; i++) codes[members[i]!] = found.codes[i]!;
    return labellingFromCodes(codes);
  }
  // Keep the component's labelling (maximal there) and maximize the rest:
  // preferred and semi-stable labellings combine component by component.
  const whole = new LabellingSolver(framework, budget, true);
  const keep: number[] = [];
  for (let i = 0; i < members.length; i++) {
    const x = members[i]!;
    const code = found.codes[i]!;
    if (code === IN) keep.push(whole.inLit(x));
    else if (code === OUT) keep.push(whole.outLit(x));
    else keep.push(whole.inLit(x) ^ 1, whole.outLit(x) ^ 1);
  }
  return semantics === "preferred" ? whole.solveMaximalIn(keep) : whole.solveMaximalRange(keep);
}

/** Some extension of `semantics` (complete, preferred, semi-stable: always one). */
function anyExtension(framework: Framework, semantics: "complete" | "preferred" | "semi-stable", budget: Budget | undefined, g: Labelling): Labelling | undefined {
  if (semantics === "complete") return g;
  const whole = new LabellingSolver(framework, budget, true);
  return semantics === "preferred" ? whole.solveMaximalIn() : whole.solveMaximalRange();
}

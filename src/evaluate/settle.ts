/**
 * Strengths of part of an upstream graph, recomputed after a change: in
 * topological order when acyclic, by iteration to a fixpoint otherwise.
 * @module
 * @internal
 */
import type { Budget } from "./budget.js";
import { evaluateFail } from "./issues.js";
import { nodeValue, type Upstream } from "./upstream.js";

/** @internal How cyclic parts are iterated: the gradual options. */
export interface Iteration {
  readonly tolerance: number;
  readonly maxIterations: number;
  readonly step: number;
}

/**
 * @internal Recomputes `nodes[0..count)` in `s`. When the upstream graph is
 * acyclic, `nodes` must be sorted by position and one pass suffices;
 * otherwise they are iterated together from their base scores (as
 * `gradual` starts) until no strength moves more than the tolerance, with
 * the other arguments held at their values in `s`. Returns false when the
 * iteration hits its cap without converging.
 */
export function settle(up: Upstream, nodes: Int32Array, count: number, s: Float64Array, iteration: Iteration, budget: Budget | undefined, scratch: Float64Array): boolean {
  if (up.acyclic) {
    for (let k = 0; k < count; k++) {
      if ((k & 1023) === 1023) budget?.tick();
      s[nodes[k]!] = nodeValue(up, nodes[k]!, s);
    }
    return true;
  }
  const base = up.framework.base;
  for (let k = 0; k < count; k++) s[nodes[k]!] = base[nodes[k]!]!;
  const { tolerance, maxIterations, step } = iteration;
  for (let round = 0; round < maxIterations; round++) {
    budget?.check();
    for (let k = 0; k < count; k++) scratch[k] = nodeValue(up, nodes[k]!, s);
    let change = 0;
    for (let k = 0; k < count; k++) {
      const i = nodes[k]!;
      const old = s[i]!;
      const value = step === 1 ? scratch[k]! : old + step * (scratch[k]! - old);
      s[i] = value;
      const d = Math.abs(value - old);
      if (d > change || d !== d) change = d !== d ? Number.NaN : d;
    }
    if (change <= tolerance) return true;
  }
  return count === 0;
}

/** @internal Throws `not-converged` for a computation that needs a fixpoint the iteration did not reach. */
export function notConverged(what: string, iteration: Iteration): never {
  return evaluateFail(
    "not-converged",
    ["maxIterations"],
    `${what} did not converge within ${iteration.maxIterations} iterations, so its strengths are not defined; try a smaller step (0.5) or more iterations`,
  );
}

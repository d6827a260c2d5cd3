/**
 * Gradient contributions: ∂σ(topic)/∂τ(x) for every argument x at once,
 * by one reverse (adjoint) pass instead of one finite difference per
 * argument.
 * @module
 * @internal
 */
import type { Budget } from "./budget.js";
import { notConverged, type Iteration } from "./settle.js";
import { Cones, newSlopes, nodeSlopes, nodeTangent, spreadAdjoint, type NodeSlopes, type Upstream } from "./upstream.js";

/**
 * @internal The derivative of the topic's strength by each argument's base
 * score, into `out` (by argument number; 0 outside the upstream part), given
 * the strengths `s` of the upstream part.
 *
 * Acyclic: adjoints λ_i = ∂σ(topic)/∂σ(i) in one pass from the topic back
 * against the topological order; the gradient is λ_x·∂F_x/∂τ_x. Where the
 * update has a kink (DF-QuAD with equal attack and support aggregates, or a
 * tie for the minimum of linked premises) the derivative is one-sided: the
 * arguments upstream of such a kink are differentiated again one by one,
 * forward along their paths, taking at each kink the branch their own
 * direction of change selects. That gives the right derivative (the left
 * one for a base score of 1, which cannot grow).
 *
 * Cyclic (strengths at a fixpoint σ = F(σ, τ)): the implicit-function
 * derivative, with λ the fixpoint of λ = e_topic + Jᵀλ, iterated like the
 * strengths themselves (same step, tolerance and cap); `not-converged` when
 * it does not settle. Arguments behind a kink get their one-sided
 * derivative from a tangent iteration, as above.
 */
export function gradientContributions(up: Upstream, s: Float64Array, iteration: Iteration, budget: Budget | undefined, out: Float64Array): void {
  if (up.acyclic) acyclicGradient(up, s, iteration, budget, out);
  else cyclicGradient(up, s, iteration, budget, out);
}

function acyclicGradient(up: Upstream, s: Float64Array, iteration: Iteration, budget: Budget | undefined, out: Float64Array): void {
  const { order, framework } = up;
  const lambda = new Float64Array(framework.size);
  lambda[up.topic] = 1;
  const slopes = newSlopes();
  const kinks: number[] = [];
  for (let k = order.length - 1; k >= 0; k--) {
    if ((k & 4095) === 0) budget?.tick();
    const i = order[k]!;
    const weight = lambda[i]!;
    if (weight === 0) continue;
    nodeSlopes(up, i, s, slopes);
    out[i] = weight * slopes.db * slopes.agg;
    spreadAdjoint(up, i, s, slopes, weight, lambda);
    if (slopes.kink) kinks.push(i);
  }
  out[up.topic] = 0;
  if (kinks.length > 0) oneSidedAtKinks(up, s, kinks, iteration, budget, out);
}

/**
 * Recomputes, by forward tangents, the gradient of every argument with a
 * path into a kink: the reverse pass chose one branch at each kink, but
 * the right derivative depends on the direction in which each argument
 * moves the kink's two sides. On an acyclic part one pass over the
 * argument's cone in topological order gives its tangent; on a cyclic one
 * the tangents are iterated to their fixpoint like the strengths.
 */
function oneSidedAtKinks(up: Upstream, s: Float64Array, kinks: readonly number[], iteration: Iteration, budget: Budget | undefined, out: Float64Array): void {
  const { framework, topic } = up;
  const n = framework.size;
  // The arguments with a path into a kink.
  const behind = new Uint8Array(n);
  const stack: number[] = [];
  const push = (y: number): void => {
    if (behind[y] === 0) {
      behind[y] = 1;
      stack.push(y);
    }
  };
  for (const k of kinks) forEachInput(up, k, push);
  while (stack.length > 0) forEachInput(up, stack.pop()!, push);
  const t = new Float64Array(n);
  const cones = new Cones(up);
  const slopes: NodeSlopes = newSlopes();
  const next: number[] = [];
  for (const x of up.order) {
    if (behind[x] === 0 || x === topic) continue;
    budget?.tick();
    // x's cone: x and what it reaches (x first when acyclic: everything else lies downstream).
    const cone = cones.collect([x], true);
    const direction = framework.base[x] === 1 ? -1 : 1;
    nodeSlopes(up, x, s, slopes);
    const seed = direction * slopes.db * slopes.agg;
    if (up.acyclic) {
      t[x] = seed;
      for (let k = 1; k < cone.length; k++) t[cone[k]!] = nodeTangent(up, cone[k]!, s, t, nodeSlopes(up, cone[k]!, s, slopes));
    } else {
      let converged = false;
      for (let round = 0; round < iteration.maxIterations && !converged; round++) {
        budget?.check();
        next.length = 0;
        for (const i of cone) next.push(nodeTangent(up, i, s, t, nodeSlopes(up, i, s, slopes)) + (i === x ? seed : 0));
        let change = 0;
        cone.forEach((i, k) => {
          const value = iteration.step === 1 ? next[k]! : t[i]! + iteration.step * (next[k]! - t[i]!);
          const d = Math.abs(value - t[i]!);
          if (d > change || d !== d) change = d !== d ? Number.NaN : d;
          t[i] = value;
        });
        converged = change <= iteration.tolerance;
      }
      if (!converged) notConverged("the tangent iteration of the gradient", iteration);
    }
    out[x] = direction * (cones.reached(topic) ? t[topic]! : 0);
    for (const i of cone) t[i] = 0;
  }
}

/** Calls `visit` for the inputs of `x` that the semantics uses: attackers, supporters, premises. */
function forEachInput(up: Upstream, x: number, visit: (y: number) => void): void {
  const { attackers, supporters, premises } = up.framework;
  for (let k = attackers.offsets[x]!; k < attackers.offsets[x + 1]!; k++) visit(attackers.neighbors[k]!);
  if (up.semantics !== "h-categorizer") for (let k = supporters.offsets[x]!; k < supporters.offsets[x + 1]!; k++) visit(supporters.neighbors[k]!);
  for (let k = premises.offsets[x]!; k < premises.offsets[x + 1]!; k++) visit(premises.neighbors[k]!);
}

function cyclicGradient(up: Upstream, s: Float64Array, iteration: Iteration, budget: Budget | undefined, out: Float64Array): void {
  const { order, framework, topic } = up;
  const n = framework.size;
  const slopes: NodeSlopes[] = [];
  for (const i of order) slopes.push(nodeSlopes(up, i, s, newSlopes()));
  let lambda = new Float64Array(n);
  let next = new Float64Array(n);
  lambda[topic] = 1;
  const { tolerance, maxIterations, step } = iteration;
  let converged = false;
  for (let round = 0; round < maxIterations && !converged; round++) {
    budget?.check();
    for (const i of order) next[i] = 0;
    next[topic] = 1;
    for (let k = 0; k < order.length; k++) spreadAdjoint(up, order[k]!, s, slopes[k]!, lambda[order[k]!]!, next);
    let change = 0;
    for (const i of order) {
      const value = step === 1 ? next[i]! : lambda[i]! + step * (next[i]! - lambda[i]!);
      const d = Math.abs(value - lambda[i]!);
      if (d > change || d !== d) change = d !== d ? Number.NaN : d;
      next[i] = value;
    }
    const swap = lambda;
    lambda = next;
    next = swap;
    converged = change <= tolerance;
  }
  if (!converged) notConverged("the adjoint iteration of the gradient", iteration);
  const kinks: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    out[i] = lambda[i]! * slopes[k]!.db * slopes[k]!.agg;
    if (slopes[k]!.kink && lambda[i] !== 0) kinks.push(i);
  }
  out[topic] = 0;
  if (kinks.length > 0) oneSidedAtKinks(up, s, kinks, iteration, budget, out);
}

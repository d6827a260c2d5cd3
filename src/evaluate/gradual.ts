/**
 * Gradual semantics: h-categorizer, DF-QuAD, quadratic energy and
 * Euler-based, computed by iterating their update function to a fixpoint.
 * @module
 */
import type { Framework } from "./framework.js";
import { budgetOf, checkBudget, withFound, type TimeLimitError } from "./budget.js";
import { evaluateFail } from "./issues.js";
import type { GradualSemantics } from "./semantics.js";
import { GRADUAL_SEMANTICS } from "./semantics.js";

/**
 * How the strengths of linked premises combine into a relation's strength.
 *
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { evaluateMap, type PremiseAggregation } from "argmap/evaluate";
 *
 * const aggregation: PremiseAggregation = "product";
 * console.log(evaluateMap(ukraineJapan(), "dfquad", { aggregation }).converged); // true
 * ```
 */
export type PremiseAggregation = "min" | "product";

/**
 * Options of the gradual semantics.
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, gradual, type GradualOptions } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"], ["b", "a"]], { base: [1, 1] });
 * const options: GradualOptions = { step: 0.5, tolerance: 1e-12, maxIterations: 10_000 };
 * console.log(gradual(af, "dfquad", options).converged); // true
 * ```
 */
export interface GradualOptions {
  /**
   * Stop when no strength changes by more than this in one iteration.
   *
   * @defaultValue 1e-9
   */
  readonly tolerance?: number;
  /**
   * Stop after this many iterations even without convergence.
   *
   * @defaultValue 1000
   */
  readonly maxIterations?: number;
  /**
   * How the strengths of an argument's linked premises combine; the
   * argument's effective base score is its base times this aggregate.
   *
   * @defaultValue "min"
   */
  readonly aggregation?: PremiseAggregation;
  /**
   * Step size in (0, 1]: each iteration moves every strength this fraction
   * of the way to its update. 1 is plain (Jacobi) iteration; smaller steps
   * follow the continuous-time dynamics of Potyka (KR 2018) with the explicit
   * Euler method and can settle cycles where plain iteration oscillates.
   *
   * @defaultValue 1
   */
  readonly step?: number;
  /**
   * Stops the computation with `aborted` when it fires (checked every iteration).
   *
   * @defaultValue none
   */
  readonly signal?: AbortSignal;
  /**
   * Stops the computation with `time-limit` after this many milliseconds
   * (checked every iteration); the error's `found` holds the strengths after
   * the last finished iteration.
   *
   * @defaultValue none
   */
  readonly timeLimit?: number;
}

/**
 * The result of a gradual semantics.
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, gradual, type GradualResult } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"]]);
 * const result: GradualResult = gradual(af, "euler");
 * console.log(result.converged, result.iterations, result.strengths);
 * ```
 */
export interface GradualResult {
  /** Strength in [0, 1] per argument number. */
  readonly strengths: Float64Array;
  /** Iterations performed (the last one found no change above the tolerance if `converged`). */
  readonly iterations: number;
  /** Whether the strengths reached a fixpoint within the tolerance. */
  readonly converged: boolean;
}

const DEFAULTS = { tolerance: 1e-9, maxIterations: 1000, aggregation: "min", step: 1 } as const;

/** @internal One iteration: writes updated strengths into `next` from `current` and returns the largest change. */
export type Sweep = (framework: Framework, current: Float64Array, next: Float64Array, product: boolean, step: number, order: Int32Array | undefined) => number;

/**
 * Runs a gradual semantics by name.
 *
 * @param framework - The framework (its `base` scores and supports are used).
 * @param semantics - Which semantics.
 * @param options - Tolerance, iteration cap, premise aggregation, step,
 * signal, time limit.
 * @returns Strengths, iterations and whether they converged.
 * @throws `ArgmapError` `invalid-framework` for bad options or an
 * unknown semantics, `aborted` if the signal fires, `time-limit`
 * ({@link TimeLimitError}, with the strengths so far) when the time limit
 * expires.
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, gradual } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"]], { base: [1, 1] });
 * console.log(gradual(af, "h-categorizer").strengths); // Float64Array [1, 0.5]
 * ```
 */
export function gradual(framework: Framework, semantics: GradualSemantics, options: GradualOptions = {}): GradualResult {
  const sweep = SWEEPS[semantics];
  if (sweep === undefined || !(GRADUAL_SEMANTICS as readonly string[]).includes(semantics)) {
    evaluateFail("invalid-framework", ["semantics"], `unknown gradual semantics "${String(semantics)}"`);
  }
  const tolerance = options.tolerance ?? DEFAULTS.tolerance;
  const maxIterations = options.maxIterations ?? DEFAULTS.maxIterations;
  const aggregation = options.aggregation ?? DEFAULTS.aggregation;
  const step = options.step ?? DEFAULTS.step;
  if (!(tolerance >= 0)) evaluateFail("invalid-framework", ["tolerance"], `tolerance must be ≥ 0, got ${tolerance}`);
  if (!Number.isInteger(maxIterations) || maxIterations < 0) evaluateFail("invalid-framework", ["maxIterations"], `maxIterations must be a whole number ≥ 0, got ${maxIterations}`);
  if (aggregation !== "min" && aggregation !== "product") evaluateFail("invalid-framework", ["aggregation"], `aggregation is "min" or "product", not ${String(aggregation)}`);
  if (!(step > 0 && step <= 1)) evaluateFail("invalid-framework", ["step"], `step must lie in (0, 1], got ${step}`);
  const signal = budgetOf(options);
  let current = Float64Array.from(framework.base);
  let next = new Float64Array(framework.size);
  let iterations = 0;
  let converged = framework.size === 0;
  const order = converged || maxIterations === 0 ? undefined : topologicalOrder(framework);
  if (order !== undefined) {
    // Acyclic: one pass in topological order reaches the unique fixpoint.
    checkBudget(signal);
    sweep(framework, current, current, aggregation === "product", 1, order);
    return { strengths: current, iterations: 1, converged: true };
  }
  while (!converged && iterations < maxIterations) {
    if (signal !== undefined) {
      const done = iterations;
      const last = current;
      withFound(
        () => signal.check(),
        () => ({ strengths: Float64Array.from(last), iterations: done }),
      );
    }
    const change = sweep(framework, current, next, aggregation === "product", step, undefined);
    iterations++;
    const swap = current;
    current = next;
    next = swap;
    if (!(change > tolerance)) converged = change === change; // NaN never converges
  }
  return { strengths: current, iterations, converged };
}

/**
 * @internal Arguments in an order where every attacker, supporter and
 * premise comes before what it affects, or `undefined` when there is a cycle
 * (Kahn's algorithm, iterative).
 */
export function topologicalOrder(framework: Framework): Int32Array | undefined {
  const n = framework.size;
  const { attacks, supports, premises } = framework;
  const pending = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    pending[i] =
      framework.attackers.offsets[i + 1]! - framework.attackers.offsets[i]! +
      (framework.supporters.offsets[i + 1]! - framework.supporters.offsets[i]!) +
      (premises.offsets[i + 1]! - premises.offsets[i]!);
  }
  // Premises are stored by the argument that has them; invert them once.
  let premiseOf: { offsets: Int32Array; neighbors: Int32Array } | undefined;
  if (premises.neighbors.length > 0) {
    const offsets = new Int32Array(n + 1);
    for (let k = 0; k < premises.neighbors.length; k++) offsets[premises.neighbors[k]! + 1]!++;
    for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
    const fill = offsets.slice(0, n);
    const neighbors = new Int32Array(premises.neighbors.length);
    for (let i = 0; i < n; i++) for (let k = premises.offsets[i]!; k < premises.offsets[i + 1]!; k++) neighbors[fill[premises.neighbors[k]!]!++] = i;
    premiseOf = { offsets, neighbors };
  }
  const order = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) if (pending[i] === 0) order[tail++] = i;
  let head = 0;
  while (head < tail) {
    const a = order[head++]!;
    for (const adjacency of premiseOf === undefined ? [attacks, supports] : [attacks, supports, premiseOf]) {
      const { offsets, neighbors } = adjacency;
      for (let k = offsets[a]!; k < offsets[a + 1]!; k++) if (--pending[neighbors[k]!]! === 0) order[tail++] = neighbors[k]!;
    }
  }
  return tail === n ? order : undefined;
}

/** @internal Effective base: base times the aggregate of the premises' strengths (their minimum, or their product). */
export function effectiveBase(framework: Framework, s: Float64Array, i: number, product: boolean): number {
  const { offsets, neighbors } = framework.premises;
  const start = offsets[i]!;
  const end = offsets[i + 1]!;
  let b = framework.base[i]!;
  if (start === end) return b;
  let agg = 1;
  for (let k = start; k < end; k++) {
    const v = s[neighbors[k]!]!;
    if (product) agg *= v;
    else if (v < agg) agg = v;
  }
  b *= agg;
  return b;
}

/*
 * One sweep per semantics. The four share their skeleton (aggregate the
 * neighbours, compute the target, damp, track the change) but are written out
 * on purpose: each inner loop stays monomorphic with its formula inlined, which
 * is what keeps one iteration within a small factor of a bare pass over the
 * arrays (bench/evaluate). A shared loop taking the formula as a callback
 * would be called with four different functions and lose that.
 */
const hCategorizerSweep: Sweep = (framework, s, next, product, step, order) => {
  const n = framework.size;
  const { offsets, neighbors } = framework.attackers;
  const hasPremises = framework.premises.neighbors.length > 0;
  const base = framework.base;
  let change = 0;
  for (let idx = 0; idx < n; idx++) {
    const i = order === undefined ? idx : order[idx]!;
    let sum = 0;
    const end = offsets[i + 1]!;
    for (let k = offsets[i]!; k < end; k++) sum += s[neighbors[k]!]!;
    const b = hasPremises ? effectiveBase(framework, s, i, product) : base[i]!;
    const target = b / (1 + sum);
    const old = s[i]!;
    const value = step === 1 ? target : old + step * (target - old);
    next[i] = value;
    const d = value > old ? value - old : old - value;
    if (d > change || d !== d) change = d !== d ? Number.NaN : d;
  }
  return change;
};

const dfquadSweep: Sweep = (framework, s, next, product, step, order) => {
  const n = framework.size;
  const { offsets: ao, neighbors: an } = framework.attackers;
  const { offsets: so, neighbors: sn } = framework.supporters;
  const hasPremises = framework.premises.neighbors.length > 0;
  const base = framework.base;
  let change = 0;
  for (let idx = 0; idx < n; idx++) {
    const i = order === undefined ? idx : order[idx]!;
    let pa = 1;
    let end = ao[i + 1]!;
    for (let k = ao[i]!; k < end; k++) pa *= 1 - s[an[k]!]!;
    let ps = 1;
    end = so[i + 1]!;
    for (let k = so[i]!; k < end; k++) ps *= 1 - s[sn[k]!]!;
    const va = 1 - pa;
    const vs = 1 - ps;
    const b = hasPremises ? effectiveBase(framework, s, i, product) : base[i]!;
    const target = va >= vs ? b - b * (va - vs) : b + (1 - b) * (vs - va);
    const old = s[i]!;
    const value = step === 1 ? target : old + step * (target - old);
    next[i] = value;
    const d = value > old ? value - old : old - value;
    if (d > change || d !== d) change = d !== d ? Number.NaN : d;
  }
  return change;
};

const quadraticEnergySweep: Sweep = (framework, s, next, product, step, order) => {
  const n = framework.size;
  const { offsets: ao, neighbors: an } = framework.attackers;
  const { offsets: so, neighbors: sn } = framework.supporters;
  const hasPremises = framework.premises.neighbors.length > 0;
  const base = framework.base;
  let change = 0;
  for (let idx = 0; idx < n; idx++) {
    const i = order === undefined ? idx : order[idx]!;
    let energy = 0;
    let end = so[i + 1]!;
    for (let k = so[i]!; k < end; k++) energy += s[sn[k]!]!;
    end = ao[i + 1]!;
    for (let k = ao[i]!; k < end; k++) energy -= s[an[k]!]!;
    const b = hasPremises ? effectiveBase(framework, s, i, product) : base[i]!;
    let target: number;
    if (energy > 0) {
      const e2 = energy * energy;
      target = b + ((1 - b) * e2) / (1 + e2);
    } else {
      const e2 = energy * energy;
      target = b - (b * e2) / (1 + e2);
    }
    const old = s[i]!;
    const value = step === 1 ? target : old + step * (target - old);
    next[i] = value;
    const d = value > old ? value - old : old - value;
    if (d > change || d !== d) change = d !== d ? Number.NaN : d;
  }
  return change;
};

const eulerSweep: Sweep = (framework, s, next, product, step, order) => {
  const n = framework.size;
  const { offsets: ao, neighbors: an } = framework.attackers;
  const { offsets: so, neighbors: sn } = framework.supporters;
  const hasPremises = framework.premises.neighbors.length > 0;
  const base = framework.base;
  let change = 0;
  for (let idx = 0; idx < n; idx++) {
    const i = order === undefined ? idx : order[idx]!;
    let energy = 0;
    let end = so[i + 1]!;
    for (let k = so[i]!; k < end; k++) energy += s[sn[k]!]!;
    end = ao[i + 1]!;
    for (let k = ao[i]!; k < end; k++) energy -= s[an[k]!]!;
    const b = hasPremises ? effectiveBase(framework, s, i, product) : base[i]!;
    const target = 1 - (1 - b * b) / (1 + b * Math.exp(energy));
    const old = s[i]!;
    const value = step === 1 ? target : old + step * (target - old);
    next[i] = value;
    const d = value > old ? value - old : old - value;
    if (d > change || d !== d) change = d !== d ? Number.NaN : d;
  }
  return change;
};

const SWEEPS: Readonly<Record<GradualSemantics, Sweep>> = {
  "h-categorizer": hCategorizerSweep,
  dfquad: dfquadSweep,
  "quadratic-energy": quadraticEnergySweep,
  euler: eulerSweep,
};

/**
 * @internal One iteration of a gradual semantics, for benchmarks: reads
 * `current`, writes `next`, returns the largest change.
 */
export function gradualStep(framework: Framework, semantics: GradualSemantics, current: Float64Array, next: Float64Array): number {
  return SWEEPS[semantics](framework, current, next, false, 1, undefined);
}

/**
 * Weighted h-categorizer (Besnard & Hunter 2001; Amgoud et al. 2017):
 * `s(a) = b(a) / (1 + Σ s(attackers))`. Supports are ignored.
 *
 * @param framework - The framework.
 * @param options - See {@link GradualOptions}.
 * @returns Strengths, iterations, convergence.
 * @throws `ArgmapError` as {@link gradual}.
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, hCategorizer } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b", "c"], [["a", "b"], ["b", "c"]]);
 * console.log(hCategorizer(af).strengths); // Float64Array [1, 0.5, 0.666…]
 * ```
 */
export function hCategorizer(framework: Framework, options: GradualOptions = {}): GradualResult {
  return gradual(framework, "h-categorizer", options);
}

/**
 * DF-QuAD (Rago et al., KR 2016): attackers and supporters each combine as
 * `1 − Π(1 − s)`; the difference moves the base score down towards 0 or up
 * towards 1.
 *
 * @param framework - The framework.
 * @param options - See {@link GradualOptions}.
 * @returns Strengths, iterations, convergence (cycles may oscillate).
 * @throws `ArgmapError` as {@link gradual}.
 *
 * @example
 * ```ts
 * import { dfquad, frameworkFromEdges } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b", "c"], [["a", "b"]], { supports: [["c", "b"]], base: [0.5, 0.5, 0.5] });
 * console.log(dfquad(af).strengths[1]); // 0.5: the attack and the support balance
 * ```
 */
export function dfquad(framework: Framework, options: GradualOptions = {}): GradualResult {
  return gradual(framework, "dfquad", options);
}

/**
 * Quadratic energy (Potyka, KR 2018): energy `E = Σ s(supporters) − Σ
 * s(attackers)`, `h(x) = max(x, 0)² / (1 + max(x, 0)²)`,
 * `s = b − b·h(−E) + (1 − b)·h(E)`.
 *
 * @param framework - The framework.
 * @param options - See {@link GradualOptions}.
 * @returns Strengths, iterations, convergence.
 * @throws `ArgmapError` as {@link gradual}.
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, quadraticEnergy } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"]], { base: [0.5, 0.5] });
 * const [a, b] = quadraticEnergy(af).strengths;
 * console.log(a, b); // 0.5 and less than 0.5
 * ```
 */
export function quadraticEnergy(framework: Framework, options: GradualOptions = {}): GradualResult {
  return gradual(framework, "quadratic-energy", options);
}

/**
 * Euler-based semantics (Amgoud & Ben-Naim, ECSQARU 2017):
 * `s = 1 − (1 − b²) / (1 + b·e^E)` with `E = Σ s(supporters) − Σ s(attackers)`.
 *
 * @param framework - The framework.
 * @param options - See {@link GradualOptions}.
 * @returns Strengths, iterations, convergence.
 * @throws `ArgmapError` as {@link gradual}.
 *
 * @example
 * ```ts
 * import { euler, frameworkFromEdges } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"]], { base: [0.5, 0.5] });
 * const [a, b] = euler(af).strengths;
 * console.log(a, b); // 0.5 and less than 0.5
 * ```
 */
export function euler(framework: Framework, options: GradualOptions = {}): GradualResult {
  return gradual(framework, "euler", options);
}

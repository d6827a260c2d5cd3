/**
 * Contribution functions: how much each argument contributes to one topic
 * argument's strength under a gradual semantics (Kampik, Potyka, Yin,
 * Čyras & Toni, KR 2024).
 * @module
 */
import type { ArgumentRef } from "./edge-list.js";
import { CONTRIBUTION_METHODS, type ContributionMethod } from "./contribution-methods.js";
import { budgetOf, type Budget } from "./budget.js";
import type { Framework } from "./framework.js";
import type { PremiseAggregation } from "./gradual.js";
import { gradientContributions } from "./gradient.js";
import { evaluateFail } from "./issues.js";
import { resolveArgument } from "./acceptance.js";
import { isGradualSemantics, type GradualSemantics } from "./semantics.js";
import { notConverged, settle, type Iteration } from "./settle.js";
import { exactShapley, sampledShapley } from "./shapley.js";
import { Cones, upstreamOf, type Upstream } from "./upstream.js";

/**
 * Options of {@link contributions}.
 *
 * @example
 * ```ts
 * import { contributions, frameworkFromEdges, type ContributionOptions } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["t", "a", "b"], [["a", "t"]], { supports: [["b", "t"]] });
 * const options: ContributionOptions = { semantics: "quadratic-energy", method: "shapley", timeLimit: 5000 };
 * console.log(contributions(af, "t", options).exact); // true: 2 players
 * ```
 */
export interface ContributionOptions {
  /** The gradual semantics whose strengths are explained. */
  readonly semantics: GradualSemantics;
  /** How contributions are measured. */
  readonly method: ContributionMethod;
  /**
   * How linked premises combine (see {@link GradualOptions.aggregation}).
   *
   * @defaultValue "min"
   */
  readonly aggregation?: PremiseAggregation;
  /**
   * Cyclic frameworks: stop iterating when no strength moves more than this.
   *
   * @defaultValue 1e-9
   */
  readonly tolerance?: number;
  /**
   * Cyclic frameworks: the most iterations of each fixpoint; a fixpoint not
   * reached within them is refused with `not-converged`.
   *
   * @defaultValue 1000
   */
  readonly maxIterations?: number;
  /**
   * Cyclic frameworks: the step of the iteration (see {@link GradualOptions.step}).
   *
   * @defaultValue 1
   */
  readonly step?: number;
  /**
   * Shapley: the arguments that are players. The other arguments always
   * take part (an argument still stands only with all its linked premises)
   * and get 0. Arguments without a path to the topic are never players.
   *
   * @defaultValue every argument with a path to the topic
   */
  readonly players?: readonly ArgumentRef[];
  /**
   * Shapley: compute exactly, over every coalition, when at most this many
   * arguments have a path to the topic (at most 24: 2^24 coalitions);
   * otherwise estimate from `samples` random orders.
   *
   * @defaultValue 20
   */
  readonly exactPlayers?: number;
  /**
   * Sampled Shapley: the number of random orders of the players.
   *
   * @defaultValue 1000
   */
  readonly samples?: number;
  /**
   * Sampled Shapley: the seed of the random orders (the same seed gives the
   * same estimates).
   *
   * @defaultValue 1
   */
  readonly seed?: number;
  /**
   * Sampled Shapley: the probability with which each reported error bound holds.
   *
   * @defaultValue 0.95
   */
  readonly confidence?: number;
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
 * One argument's contribution to the topic.
 *
 * @example
 * ```ts
 * import { contributions, frameworkFromEdges, type ContributionEntry } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["t", "a"], [["a", "t"]], { base: [0.5, 0.8] });
 * const [entry]: readonly ContributionEntry[] = contributions(af, "t", { semantics: "dfquad", method: "removal" }).contributions;
 * console.log(entry); // { id: "a", value: -0.4 }
 * ```
 */
export interface ContributionEntry {
  /** The argument's id. */
  readonly id: string;
  /** Its contribution: positive raises the topic's strength, negative lowers it. */
  readonly value: number;
  /**
   * Sampled Shapley only: the half-width of the interval around `value`
   * that holds the exact Shapley value with probability `confidence`.
   */
  readonly error?: number;
}

/**
 * The contributions of every argument to one topic.
 *
 * @example
 * ```ts
 * import { contributions, frameworkFromEdges, type ContributionResult } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["t", "a", "b"], [["a", "t"], ["b", "a"]], { base: [0.5, 0.8, 0.5] });
 * const result: ContributionResult = contributions(af, "t", { semantics: "dfquad", method: "gradient" });
 * console.log(result.strength, result.contributions.map((c) => `${c.id} ${c.value.toFixed(3)}`));
 * ```
 */
export interface ContributionResult {
  /** The topic's id. */
  readonly topic: string;
  readonly semantics: GradualSemantics;
  readonly method: ContributionMethod;
  /** The topic's strength in the whole framework. */
  readonly strength: number;
  /**
   * One entry per argument other than the topic, in argument order.
   * Arguments without a path to the topic contribute 0.
   */
  readonly contributions: readonly ContributionEntry[];
  /** The number of Shapley players: the arguments with a path to the topic (among `players` when given). */
  readonly players: number;
  /** Whether the part of the framework upstream of the topic is acyclic. */
  readonly acyclic: boolean;
  /** False for sampled Shapley values, which carry an `error` each. */
  readonly exact: boolean;
  /** Sampled Shapley: the number of random orders used. */
  readonly samples?: number;
  /** Sampled Shapley: the probability with which each `error` bound holds. */
  readonly confidence?: number;
}

const DEFAULTS = { aggregation: "min", tolerance: 1e-9, maxIterations: 1000, step: 1, exactPlayers: 20, samples: 1000, seed: 1, confidence: 0.95 } as const;

/** The largest `exactPlayers`: 2^24 coalitions. */
const MAX_EXACT_PLAYERS = 24;

/**
 * Every argument's contribution to one topic argument's strength under a
 * gradual semantics, by one of the four methods of Kampik, Potyka, Yin,
 * Čyras and Toni (KR 2024). With σ the semantics and G↓S the framework
 * restricted to the arguments S:
 *
 * - removal: `σ_G(topic) − σ_{G↓(A∖{x})}(topic)`;
 * - restricted removal: the same in G′, G without the relations into x;
 * - Shapley: the Shapley value of x in the game `v(S) = σ_{G↓(S∪{topic})}(topic)`
 *   over the arguments with a path to the topic, exact up to
 *   `exactPlayers` of them, estimated with a seed and an error bound beyond;
 * - gradient: `∂σ_G(topic)/∂τ(x)`, exact (not a finite difference), by one
 *   reverse pass; where the semantics has a kink, the right derivative.
 *
 * Only arguments with a path to the topic can contribute; the others get 0.
 * An argument whose linked premises are not all present is absent too (a
 * relation of a map stands only with all its premises). The values agree
 * with QBAF-Py, the reference implementation, on the semantics both have
 * (DF-QuAD, quadratic energy, Euler-based). See docs/evaluation.md for
 * what each method means and when to use which.
 *
 * On a cyclic framework every strength is the fixpoint the iteration of
 * {@link gradual} reaches (same tolerance, cap and step); the gradient is
 * the derivative of that fixpoint (implicit function theorem). A fixpoint
 * the iteration does not reach is refused with `not-converged` rather than
 * guessed.
 *
 * Removal contributions reuse the evaluation: removing x changes only the
 * arguments x reaches, so only they are recomputed.
 *
 * @param framework - The framework (its base scores, attacks, supports and premises).
 * @param topic - The topic argument's number or id.
 * @param options - The semantics and method; iteration, Shapley and time options.
 * @returns The topic's strength and one contribution per other argument.
 * @throws `ArgmapError` `unknown-argument` for a topic that does not exist,
 * `invalid-framework` for a semantics that is not gradual or a bad option,
 * `not-converged` when a cyclic framework's strengths (or the gradient's
 * adjoint) do not settle, `aborted` and `time-limit`.
 *
 * @example
 * ```ts
 * import { contributions, frameworkFromEdges } from "argmap/evaluate";
 *
 * // a attacks the topic t; b supports t; c attacks a.
 * const af = frameworkFromEdges(["t", "a", "b", "c"], [["a", "t"], ["c", "a"]], { supports: [["b", "t"]], base: [0.5, 0.6, 0.7, 0.2] });
 * const removal = contributions(af, "t", { semantics: "dfquad", method: "removal" });
 * console.log(removal.strength); // 0.61
 * for (const { id, value } of removal.contributions) console.log(id, value.toFixed(3)); // a -0.240, b 0.350, c 0.060
 * ```
 */
export function contributions(framework: Framework, topic: ArgumentRef, options: ContributionOptions): ContributionResult {
  const settings = resolve(options);
  const y = resolveArgument(framework, topic);
  const budget = budgetOf(options);
  const up = upstreamOf(framework, settings.semantics, settings.aggregation === "product", y, budget);
  const s = new Float64Array(framework.size);
  const scratch = new Float64Array(up.order.length);
  if (!settle(up, up.order, up.order.length, s, settings, budget, scratch)) notConverged("the strengths", settings);
  const values = new Float64Array(framework.size);
  const players = playersOf(up, options.players === undefined ? undefined : resolvePlayers(framework, options.players));
  let error: Float64Array | undefined;
  let samples: number | undefined;
  switch (settings.method) {
    case "removal":
    case "restricted-removal":
      removalContributions(up, s, settings.method === "restricted-removal", settings, budget, values);
      break;
    case "gradient":
      gradientContributions(up, s, settings, budget, values);
      break;
    case "shapley":
      if (players.length <= settings.exactPlayers) exactShapley(up, players, settings, budget, values);
      else ({ error, samples } = sampledShapley(up, players, settings.samples, settings.seed, settings.confidence, settings, budget, values));
      break;
  }
  const entries: ContributionEntry[] = [];
  for (let i = 0; i < framework.size; i++) {
    if (i === y) continue;
    const value = values[i]! === 0 ? 0 : values[i]!; // no −0 in the results
    entries.push(error !== undefined && up.position[i]! >= 0 ? { id: framework.id(i), value, error: error[i]! } : { id: framework.id(i), value });
  }
  return {
    topic: framework.id(y),
    semantics: settings.semantics,
    method: settings.method,
    strength: s[y]!,
    contributions: entries,
    players: players.length,
    acyclic: up.acyclic,
    exact: error === undefined,
    ...(samples !== undefined ? { samples, confidence: settings.confidence } : {}),
  };
}

/** Resolved options. */
interface Settings extends Iteration {
  readonly semantics: GradualSemantics;
  readonly method: ContributionMethod;
  readonly aggregation: PremiseAggregation;
  readonly exactPlayers: number;
  readonly samples: number;
  readonly seed: number;
  readonly confidence: number;
}

function resolve(options: ContributionOptions): Settings {
  if (typeof options !== "object" || options === null) evaluateFail("invalid-framework", [], "contributions need options with a semantics and a method");
  const { semantics, method } = options;
  if (typeof semantics !== "string" || !isGradualSemantics(semantics)) {
    evaluateFail("invalid-framework", ["semantics"], `contributions need a gradual semantics (h-categorizer, dfquad, quadratic-energy, euler), not ${JSON.stringify(semantics)}`);
  }
  if (!(CONTRIBUTION_METHODS as readonly unknown[]).includes(method)) {
    evaluateFail("invalid-framework", ["method"], `method is one of ${CONTRIBUTION_METHODS.join(", ")}, not ${JSON.stringify(method)}`);
  }
  const settings: Settings = {
    semantics,
    method,
    aggregation: options.aggregation ?? DEFAULTS.aggregation,
    tolerance: options.tolerance ?? DEFAULTS.tolerance,
    maxIterations: options.maxIterations ?? DEFAULTS.maxIterations,
    step: options.step ?? DEFAULTS.step,
    exactPlayers: options.exactPlayers ?? DEFAULTS.exactPlayers,
    samples: options.samples ?? DEFAULTS.samples,
    seed: options.seed ?? DEFAULTS.seed,
    confidence: options.confidence ?? DEFAULTS.confidence,
  };
  const check = (ok: boolean, key: string, wanted: string, value: unknown): void => {
    if (!ok) evaluateFail("invalid-framework", [key], `${key} must be ${wanted}, got ${JSON.stringify(value) ?? String(value)}`);
  };
  check(settings.aggregation === "min" || settings.aggregation === "product", "aggregation", '"min" or "product"', settings.aggregation);
  check(settings.tolerance >= 0, "tolerance", "a number ≥ 0", settings.tolerance);
  check(Number.isInteger(settings.maxIterations) && settings.maxIterations >= 1, "maxIterations", "a whole number ≥ 1", settings.maxIterations);
  check(settings.step > 0 && settings.step <= 1, "step", "a number in (0, 1]", settings.step);
  check(Number.isInteger(settings.exactPlayers) && settings.exactPlayers >= 0 && settings.exactPlayers <= MAX_EXACT_PLAYERS, "exactPlayers", `a whole number from 0 to ${MAX_EXACT_PLAYERS}`, settings.exactPlayers);
  check(Number.isInteger(settings.samples) && settings.samples >= 1, "samples", "a whole number ≥ 1", settings.samples);
  check(Number.isInteger(settings.seed), "seed", "a whole number", settings.seed);
  check(settings.confidence > 0 && settings.confidence < 1, "confidence", "a probability in (0, 1)", settings.confidence);
  return settings;
}

/** The arguments with a path to the topic, in the upstream order. */
function playersOf(up: Upstream, chosen: Uint8Array | undefined): Int32Array {
  const players: number[] = [];
  for (const x of up.order) if (x !== up.topic && (chosen === undefined || chosen[x] === 1)) players.push(x);
  return Int32Array.from(players);
}

/** The `players` option as flags by argument number. */
function resolvePlayers(framework: Framework, players: readonly ArgumentRef[]): Uint8Array {
  if (!Array.isArray(players)) evaluateFail("invalid-framework", ["players"], "players must be a list of argument numbers or ids");
  const flags = new Uint8Array(framework.size);
  players.forEach((player, i) => {
    const index = typeof player === "number" ? (Number.isInteger(player) && player >= 0 && player < framework.size ? player : -1) : typeof player === "string" ? framework.indexOf(player) : -1;
    if (index < 0) evaluateFail("unknown-argument", ["players", i], `no argument ${JSON.stringify(player)}`);
    flags[index] = 1;
  });
  return flags;
}

/**
 * Removal and restricted removal contributions, each from one local
 * recomputation: x is forced to strength 0 (removed; so is every argument
 * that has x as a linked premise) or to its base score (its incoming
 * relations cut), and only the arguments it reaches are recomputed, from
 * the strengths of the whole framework. Restricted removal is
 * `σ_{G′}(topic) − σ_{G′↓(A∖{x})}(topic)`, and `G′↓(A∖{x})` is `G↓(A∖{x})`.
 */
function removalContributions(up: Upstream, s: Float64Array, restricted: boolean, iteration: Iteration, budget: Budget | undefined, out: Float64Array): void {
  const { framework, order, position, topic } = up;
  const alt = Float64Array.from(s);
  const cones = new Cones(up);
  const forced: number[] = [];
  const nodes = new Int32Array(order.length);
  const scratch = new Float64Array(order.length);
  const base = s[topic]!;
  /** The topic's strength with the `forced` arguments held at their values in `alt`. */
  const recompute = (): number => {
    const cone = cones.collect(forced, false);
    for (let k = 0; k < cone.length; k++) nodes[k] = cone[k]!;
    if (!settle(up, nodes, cone.length, alt, iteration, budget, scratch)) notConverged("the strengths without one argument", iteration);
    const value = alt[topic]!;
    for (const f of forced) alt[f] = s[f]!;
    for (const c of cones.cone) alt[c] = s[c]!;
    return value;
  };
  for (const x of order) {
    if (x === topic) continue;
    budget?.tick();
    // Without x: x and what needs it as a premise (never the topic) hold 0.
    forced.length = 0;
    forced.push(x);
    for (let k = 0; k < forced.length; k++) {
      const premiseOf = up.premiseOf;
      if (premiseOf === undefined) break;
      const p = forced[k]!;
      for (let q = premiseOf.offsets[p]!; q < premiseOf.offsets[p + 1]!; q++) {
        const r = premiseOf.neighbors[q]!;
        if (position[r]! >= 0 && r !== topic && !forced.includes(r)) forced.push(r);
      }
    }
    for (const f of forced) alt[f] = 0;
    const without = recompute();
    if (!restricted) {
      out[x] = base - without;
      continue;
    }
    // G′: x keeps its base score only.
    forced.length = 0;
    forced.push(x);
    alt[x] = framework.base[x]!;
    out[x] = recompute() - without;
  }
}

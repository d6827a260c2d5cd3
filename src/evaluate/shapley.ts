/**
 * Shapley contributions: the players are the arguments with a path to the
 * topic, a coalition S is worth the topic's strength in the framework
 * restricted to S and the topic. Exact over all coalitions up to a player
 * count; beyond it, estimated from random orders of the players with an
 * error bound.
 * @module
 * @internal
 */
import { mulberry32 } from "../internal/random.js";
import type { Budget } from "./budget.js";
import { notConverged, settle, type Iteration } from "./settle.js";
import { Cones, type Upstream } from "./upstream.js";

/** @internal What a sampled Shapley run reports besides the values. */
export interface ShapleySampling {
  /** Half-width of the interval around each estimate, by argument number. */
  readonly error: Float64Array;
  readonly samples: number;
}

/**
 * @internal Presence of the arguments for one coalition: a member is
 * present when it is in the coalition (the topic always is) and all its
 * linked premises are present; an absent argument holds strength 0.
 */
class Coalition {
  readonly present: Uint8Array;
  readonly inCoalition: Uint8Array;
  constructor(readonly up: Upstream) {
    this.present = new Uint8Array(up.framework.size);
    this.inCoalition = new Uint8Array(up.framework.size);
  }

  /** Whether argument `i` (in the coalition) has all its premises present. */
  premisesPresent(i: number): boolean {
    const { offsets, neighbors } = this.up.framework.premises;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) if (this.present[neighbors[k]!] === 0) return false;
    return true;
  }
}

/**
 * @internal Exact Shapley values over every coalition of `players` (at most
 * 2^24 coalitions), into `out` by argument number. Each coalition's worth
 * is computed once; then each player's value is the weighted sum of its
 * marginal contributions.
 */
export function exactShapley(up: Upstream, players: Int32Array, iteration: Iteration, budget: Budget | undefined, out: Float64Array): void {
  const m = players.length;
  const { order, topic, framework } = up;
  const worth = new Float64Array(2 ** m);
  const bit = new Int32Array(framework.size).fill(-1);
  players.forEach((x, p) => {
    bit[x] = p;
  });
  const s = new Float64Array(framework.size);
  const coalition = new Coalition(up);
  const nodes = new Int32Array(order.length);
  const scratch = new Float64Array(order.length);
  for (let mask = 0; mask < worth.length; mask++) {
    if ((mask & 255) === 0) budget?.tick();
    let count = 0;
    for (const i of order) {
      const p = bit[i]!;
      // The topic and the arguments that are no players always take part.
      const member = i === topic || p < 0 || ((mask >>> p) & 1) === 1;
      const present = member && (i === topic || coalition.premisesPresent(i));
      coalition.present[i] = present ? 1 : 0;
      if (present) nodes[count++] = i;
      else s[i] = 0;
    }
    if (!settle(up, nodes, count, s, iteration, budget, scratch)) notConverged("the strengths of a coalition", iteration);
    worth[mask] = s[topic]!;
  }
  // weight(k) = k! (m − 1 − k)! / m!, for coalitions of k other players.
  const weight = new Float64Array(Math.max(m, 1));
  for (let k = 0; k < m; k++) {
    let w = 1 / m;
    for (let j = 1; j <= k; j++) w *= j / (m - j);
    weight[k] = w;
  }
  const size = new Uint8Array(worth.length);
  for (let mask = 1; mask < worth.length; mask++) size[mask] = size[mask >>> 1]! + (mask & 1);
  for (let p = 0; p < m; p++) {
    budget?.tick();
    const step = 1 << p;
    let value = 0;
    for (let mask = 0; mask < worth.length; mask++) {
      if ((mask & step) !== 0) continue;
      value += weight[size[mask]!]! * (worth[mask | step]! - worth[mask]!);
    }
    out[players[p]!] = value;
  }
}

/**
 * @internal Shapley values estimated from `samples` random orders of the
 * players (Castro et al. 2009): each player's mean marginal contribution
 * when it joins the players before it. The orders come from a seeded
 * generator, so a seed gives the same estimates every time. Marginal
 * contributions lie in [−1, 1]; the reported error of each estimate is the
 * smaller of Hoeffding's bound and the empirical Bernstein bound (Maurer &
 * Pontil 2009), each at half the allowed failure probability, so that it
 * holds for each argument with probability at least `confidence`.
 */
export function sampledShapley(up: Upstream, players: Int32Array, samples: number, seed: number, confidence: number, iteration: Iteration, budget: Budget | undefined, out: Float64Array): ShapleySampling {
  const { topic, framework, position } = up;
  const n = framework.size;
  const m = players.length;
  const coalition = new Coalition(up);
  const s = new Float64Array(n);
  const sum = new Float64Array(m);
  const squares = new Float64Array(m);
  const random = mulberry32(seed);
  const permutation = Int32Array.from(players.keys());
  const cones = new Cones(up);
  const present = (y: number): boolean => coalition.present[y] === 1;
  const nodes = new Int32Array(up.order.length);
  const scratch = new Float64Array(up.order.length);
  const fresh: number[] = [];
  const isPlayer = new Uint8Array(n);
  for (const x of players) isPlayer[x] = 1;
  for (let sample = 0; sample < samples; sample++) {
    budget?.check();
    // The empty coalition: the topic and the arguments that are no players.
    let count = 0;
    for (const i of up.order) {
      const member = i === topic || !isPlayer[i];
      coalition.inCoalition[i] = member ? 1 : 0;
      const present = member && (i === topic || coalition.premisesPresent(i));
      coalition.present[i] = present ? 1 : 0;
      s[i] = 0;
      if (present) nodes[count++] = i;
    }
    if (!settle(up, nodes, count, s, iteration, budget, scratch)) notConverged("the strengths of a coalition", iteration);
    let before = s[topic]!;
    for (let k = m - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      const swap = permutation[k]!;
      permutation[k] = permutation[j]!;
      permutation[j] = swap;
    }
    for (let k = 0; k < m; k++) {
      const p = permutation[k]!;
      const x = players[p]!;
      coalition.inCoalition[x] = 1;
      // What becomes present: x, and what x completes the premises of.
      fresh.length = 0;
      if (coalition.premisesPresent(x)) {
        coalition.present[x] = 1;
        fresh.push(x);
        const premiseOf = up.premiseOf;
        if (premiseOf !== undefined) {
          for (let q = premiseOf.offsets[x]!; q < premiseOf.offsets[x + 1]!; q++) {
            const r = premiseOf.neighbors[q]!;
            if (position[r]! >= 0 && coalition.inCoalition[r] === 1 && coalition.present[r] === 0 && coalition.premisesPresent(r)) {
              coalition.present[r] = 1;
              fresh.push(r);
            }
          }
        }
      }
      if (fresh.length > 0) {
        // Recompute the present arguments these reach.
        const cone = cones.collect(fresh, true, present);
        for (let c = 0; c < cone.length; c++) nodes[c] = cone[c]!;
        if (!settle(up, nodes, cone.length, s, iteration, budget, scratch)) notConverged("the strengths of a coalition", iteration);
      }
      const after = s[topic]!;
      const gain = after - before;
      sum[p]! += gain;
      squares[p]! += gain * gain;
      before = after;
    }
  }
  const error = new Float64Array(n);
  const delta = 1 - confidence;
  const logH = Math.log(4 / delta);
  for (let p = 0; p < m; p++) {
    const x = players[p]!;
    const mean = sum[p]! / samples;
    out[x] = mean;
    // Hoeffding for values in [−1, 1] (range 2), at failure probability δ/2.
    const hoeffding = 2 * Math.sqrt(logH / (2 * samples));
    // Empirical Bernstein (Maurer & Pontil 2009, Theorem 4, two-sided, range 2), at δ/2.
    const variance = samples > 1 ? Math.max(0, (squares[p]! - samples * mean * mean) / (samples - 1)) : Number.POSITIVE_INFINITY;
    const bernstein = samples > 1 ? Math.sqrt((2 * variance * Math.log(8 / delta)) / samples) + (7 * 2 * Math.log(8 / delta)) / (3 * (samples - 1)) : Number.POSITIVE_INFINITY;
    error[x] = Math.min(hoeffding, bernstein);
  }
  return { error, samples };
}

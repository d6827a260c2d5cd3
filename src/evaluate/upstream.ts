/**
 * The part of a framework that can affect one topic's strength: the topic
 * and every argument with a path to it through attacks, supports or linked
 * premises. Contribution functions work on this part only, with the
 * update formula of a gradual semantics evaluated one argument at a time.
 * @module
 * @internal
 */
import type { Budget } from "./budget.js";
import { buildAdjacencies, type Adjacency, type Framework } from "./framework.js";
import type { GradualSemantics } from "./semantics.js";

/** @internal The upstream part of a topic under one gradual semantics. */
export interface Upstream {
  readonly framework: Framework;
  readonly semantics: GradualSemantics;
  /** Linked premises combine by product (else by minimum). */
  readonly product: boolean;
  readonly topic: number;
  /**
   * The members (argument numbers). When {@link Upstream.acyclic}, every
   * argument comes after all its attackers, supporters and premises.
   */
  readonly order: Int32Array;
  /** Position of each argument in `order`, -1 for arguments outside. */
  readonly position: Int32Array;
  readonly acyclic: boolean;
  /** Arguments that have each argument as a linked premise (CSR), or undefined when the framework has no premises. */
  readonly premiseOf: Adjacency | undefined;
}

/**
 * @internal Finds the topic's upstream part with one iterative depth-first
 * search over inputs (attackers, supporters unless the semantics ignores
 * them, premises). Its post-order is a topological order when the part is
 * acyclic; meeting an argument still on the stack means a cycle.
 */
export function upstreamOf(framework: Framework, semantics: GradualSemantics, product: boolean, topic: number, budget: Budget | undefined): Upstream {
  const n = framework.size;
  const { attackers, supporters, premises } = framework;
  const useSupports = semantics !== "h-categorizer";
  const position = new Int32Array(n).fill(-1);
  // 0 unseen, 1 on the stack, 2 done
  const state = new Uint8Array(n);
  const stack = new Int32Array(n);
  const cursor = new Int32Array(n);
  const order = new Int32Array(n);
  let count = 0;
  let acyclic = true;
  let top = 0;
  stack[top++] = topic;
  state[topic] = 1;
  while (top > 0) {
    budget?.tick();
    const x = stack[top - 1]!;
    const da = attackers.offsets[x + 1]! - attackers.offsets[x]!;
    const ds = useSupports ? supporters.offsets[x + 1]! - supporters.offsets[x]! : 0;
    const dp = premises.offsets[x + 1]! - premises.offsets[x]!;
    const k = cursor[x]!;
    if (k < da + ds + dp) {
      cursor[x] = k + 1;
      const y = k < da ? attackers.neighbors[attackers.offsets[x]! + k]! : k < da + ds ? supporters.neighbors[supporters.offsets[x]! + k - da]! : premises.neighbors[premises.offsets[x]! + k - da - ds]!;
      const seen = state[y]!;
      if (seen === 0) {
        state[y] = 1;
        stack[top++] = y;
      } else if (seen === 1) acyclic = false;
      continue;
    }
    top--;
    state[x] = 2;
    position[x] = count;
    order[count++] = x;
  }
  let premiseOf: Upstream["premiseOf"];
  if (premises.neighbors.length > 0) {
    // Premises are stored by the argument that has them: pairs (premise, argument), read forwards.
    const pairs = new Int32Array(2 * premises.neighbors.length);
    for (let i = 0, e = 0; i < n; i++) {
      for (let k = premises.offsets[i]!; k < premises.offsets[i + 1]!; k++, e += 2) {
        pairs[e] = premises.neighbors[k]!;
        pairs[e + 1] = i;
      }
    }
    premiseOf = buildAdjacencies(n, pairs, premises.neighbors.length).forward;
  }
  return { framework, semantics, product, topic, order: order.slice(0, count), position, acyclic, premiseOf };
}

/**
 * @internal Calls `visit` for every member that `x` affects directly: what
 * it attacks, supports (unless the semantics ignores supports) or is a
 * premise of.
 */
export function forEachConsumer(up: Upstream, x: number, visit: (y: number) => void): void {
  const { attacks, supports } = up.framework;
  const { position } = up;
  for (let k = attacks.offsets[x]!; k < attacks.offsets[x + 1]!; k++) if (position[attacks.neighbors[k]!]! >= 0) visit(attacks.neighbors[k]!);
  if (up.semantics !== "h-categorizer") for (let k = supports.offsets[x]!; k < supports.offsets[x + 1]!; k++) if (position[supports.neighbors[k]!]! >= 0) visit(supports.neighbors[k]!);
  const premiseOf = up.premiseOf;
  if (premiseOf !== undefined) for (let k = premiseOf.offsets[x]!; k < premiseOf.offsets[x + 1]!; k++) if (position[premiseOf.neighbors[k]!]! >= 0) visit(premiseOf.neighbors[k]!);
}

/**
 * @internal The cone of a change: the members that a set of arguments
 * reaches, found by a walk over consumers with reusable marks (no clearing
 * between walks).
 */
export class Cones {
  readonly #up: Upstream;
  readonly #stamp: Int32Array;
  readonly #stack: number[] = [];
  #mark = 0;
  /** The last cone found. */
  readonly cone: number[] = [];

  constructor(up: Upstream) {
    this.#up = up;
    this.#stamp = new Int32Array(up.framework.size);
  }

  /**
   * The members reached from `starts` through members that `through`
   * accepts (all by default), with the starts themselves first when
   * `withStarts`; in topological order when the upstream part is acyclic.
   */
  collect(starts: readonly number[], withStarts: boolean, through?: (y: number) => boolean): number[] {
    const { cone } = this;
    const stack = this.#stack;
    const stamp = this.#stamp;
    const mark = ++this.#mark;
    cone.length = 0;
    for (const x of starts) {
      stamp[x] = mark;
      stack.push(x);
      if (withStarts) cone.push(x);
    }
    while (stack.length > 0) {
      forEachConsumer(this.#up, stack.pop()!, (y) => {
        if (stamp[y] === mark || (through !== undefined && !through(y))) return;
        stamp[y] = mark;
        cone.push(y);
        stack.push(y);
      });
    }
    const { position } = this.#up;
    if (this.#up.acyclic) cone.sort((a, b) => position[a]! - position[b]!);
    return cone;
  }

  /** Whether the last walk reached `y` (or started from it). */
  reached(y: number): boolean {
    return this.#stamp[y] === this.#mark;
  }
}

/**
 * @internal The aggregate of an argument's linked premises (1 when it has
 * none): their minimum, or their product.
 */
export function premiseAggregate(up: Upstream, i: number, s: Float64Array): number {
  const { offsets, neighbors } = up.framework.premises;
  const end = offsets[i + 1]!;
  let agg = 1;
  for (let k = offsets[i]!; k < end; k++) {
    const v = s[neighbors[k]!]!;
    if (up.product) agg *= v;
    else if (v < agg) agg = v;
  }
  return agg;
}

/**
 * @internal The update of argument `i` from the strengths `s` of its
 * inputs: the same formula, in the same order of operations, as the sweeps
 * of `gradual`. An absent input must hold strength 0 in `s`, which leaves
 * every one of the four semantics as if it were not there.
 */
export function nodeValue(up: Upstream, i: number, s: Float64Array): number {
  const f = up.framework;
  const b = f.premises.offsets[i] === f.premises.offsets[i + 1] ? f.base[i]! : f.base[i]! * premiseAggregate(up, i, s);
  const { offsets: ao, neighbors: an } = f.attackers;
  switch (up.semantics) {
    case "h-categorizer": {
      let sum = 0;
      for (let k = ao[i]!; k < ao[i + 1]!; k++) sum += s[an[k]!]!;
      return b / (1 + sum);
    }
    case "dfquad": {
      const va = 1 - complementProduct(f.attackers, i, s);
      const vs = 1 - complementProduct(f.supporters, i, s);
      return va >= vs ? b - b * (va - vs) : b + (1 - b) * (vs - va);
    }
    case "quadratic-energy": {
      const energy = energyOf(up, i, s);
      const e2 = energy * energy;
      return energy > 0 ? b + ((1 - b) * e2) / (1 + e2) : b - (b * e2) / (1 + e2);
    }
    case "euler": {
      const energy = energyOf(up, i, s);
      return 1 - (1 - b * b) / (1 + b * Math.exp(energy));
    }
  }
}

/** Π(1 − s) over the neighbours of argument `i` (attackers or supporters), multiplied in the sweeps' order. */
function complementProduct(adjacency: Adjacency, i: number, s: Float64Array): number {
  const { offsets, neighbors } = adjacency;
  let p = 1;
  for (let k = offsets[i]!; k < offsets[i + 1]!; k++) p *= 1 - s[neighbors[k]!]!;
  return p;
}

/** Σ s(supporters) − Σ s(attackers), summed in the sweeps' order. */
function energyOf(up: Upstream, i: number, s: Float64Array): number {
  const { offsets: ao, neighbors: an } = up.framework.attackers;
  const { offsets: so, neighbors: sn } = up.framework.supporters;
  let energy = 0;
  for (let k = so[i]!; k < so[i + 1]!; k++) energy += s[sn[k]!]!;
  for (let k = ao[i]!; k < ao[i + 1]!; k++) energy -= s[an[k]!]!;
  return energy;
}

/** @internal The local derivatives of one argument's update. */
export interface NodeSlopes {
  /** ∂F/∂b, with b the effective base score. */
  db: number;
  /** DF-QuAD: ∂F/∂va for the branch the evaluation took; others: ∂F/∂E (energy) or, for h-categorizer, ∂F/∂Σ. */
  dx: number;
  /** DF-QuAD: ∂F/∂vs. */
  dy: number;
  /** DF-QuAD: Π(1 − s) over attackers and supporters, as evaluated. */
  pa: number;
  ps: number;
  /** The effective base score and the premises' aggregate. */
  b: number;
  agg: number;
  /**
   * Whether the update has a kink here: DF-QuAD with va = vs and some
   * attacker or supporter, or the minimum of premises reached twice.
   */
  kink: boolean;
}

/** @internal A reusable {@link NodeSlopes}. */
export function newSlopes(): NodeSlopes {
  return { db: 0, dx: 0, dy: 0, pa: 1, ps: 1, b: 0, agg: 1, kink: false };
}

/**
 * @internal Fills `out` with argument `i`'s local derivatives at `s`. At a
 * DF-QuAD kink it takes the branch the evaluation took (va ≥ vs).
 */
export function nodeSlopes(up: Upstream, i: number, s: Float64Array, out: NodeSlopes): NodeSlopes {
  const f = up.framework;
  const hasPremises = f.premises.offsets[i] !== f.premises.offsets[i + 1];
  const agg = hasPremises ? premiseAggregate(up, i, s) : 1;
  const b = f.base[i]! * agg;
  out.agg = agg;
  out.b = b;
  out.kink = hasPremises && !up.product && minReachedTwice(up, i, s, agg);
  const { offsets: ao, neighbors: an } = f.attackers;
  const { offsets: so } = f.supporters;
  switch (up.semantics) {
    case "h-categorizer": {
      let sum = 0;
      for (let k = ao[i]!; k < ao[i + 1]!; k++) sum += s[an[k]!]!;
      out.db = 1 / (1 + sum);
      out.dx = -b / ((1 + sum) * (1 + sum));
      break;
    }
    case "dfquad": {
      const pa = complementProduct(f.attackers, i, s);
      const ps = complementProduct(f.supporters, i, s);
      const va = 1 - pa;
      const vs = 1 - ps;
      out.pa = pa;
      out.ps = ps;
      if (va >= vs) {
        out.db = 1 - (va - vs);
        out.dx = -b;
        out.dy = b;
      } else {
        out.db = 1 - (vs - va);
        out.dx = -(1 - b);
        out.dy = 1 - b;
      }
      if (va === vs && (ao[i] !== ao[i + 1] || so[i] !== so[i + 1])) out.kink = true;
      break;
    }
    case "quadratic-energy": {
      const energy = energyOf(up, i, s);
      const e2 = energy * energy;
      out.db = 1 / (1 + e2);
      out.dx = ((energy > 0 ? 1 - b : b) * 2 * Math.abs(energy)) / ((1 + e2) * (1 + e2));
      break;
    }
    case "euler": {
      const energy = energyOf(up, i, s);
      const ex = Math.exp(energy);
      const d = 1 + b * ex;
      out.db = (2 * b * d + (1 - b * b) * ex) / (d * d);
      out.dx = ((1 - b * b) * b * ex) / (d * d);
      break;
    }
  }
  return out;
}

/** Whether at least two premises share the minimum strength. */
function minReachedTwice(up: Upstream, i: number, s: Float64Array, min: number): boolean {
  const { offsets, neighbors } = up.framework.premises;
  let hits = 0;
  for (let k = offsets[i]!; k < offsets[i + 1]!; k++) if (s[neighbors[k]!] === min && ++hits > 1) return true;
  return false;
}

/** Π(1 − s) over the arguments `list[from..to)` except position `skip`. */
function productWithout(list: Int32Array, from: number, to: number, skip: number, s: Float64Array): number {
  let p = 1;
  for (let k = from; k < to; k++) if (k !== skip) p *= 1 - s[list[k]!]!;
  return p;
}

/**
 * @internal Adds `weight` × ∂F_i/∂s_j to `lambda[j]` for every input `j` of
 * argument `i` (attackers, supporters, premises), for slopes from
 * {@link nodeSlopes}. At a kink of the premises' minimum the first minimal
 * premise gets the derivative.
 */
export function spreadAdjoint(up: Upstream, i: number, s: Float64Array, slopes: NodeSlopes, weight: number, lambda: Float64Array): void {
  if (weight === 0) return;
  const f = up.framework;
  const { offsets: ao, neighbors: an } = f.attackers;
  const { offsets: so, neighbors: sn } = f.supporters;
  switch (up.semantics) {
    case "h-categorizer": {
      const g = weight * slopes.dx;
      for (let k = ao[i]!; k < ao[i + 1]!; k++) lambda[an[k]!]! += g;
      break;
    }
    case "dfquad": {
      // ∂va/∂s_a = Π over the other attackers of (1 − s).
      const ga = weight * slopes.dx;
      for (let k = ao[i]!; k < ao[i + 1]!; k++) {
        const a = an[k]!;
        const own = 1 - s[a]!;
        lambda[a]! += ga * (own !== 0 ? slopes.pa / own : productWithout(an, ao[i]!, ao[i + 1]!, k, s));
      }
      const gs = weight * slopes.dy;
      for (let k = so[i]!; k < so[i + 1]!; k++) {
        const a = sn[k]!;
        const own = 1 - s[a]!;
        lambda[a]! += gs * (own !== 0 ? slopes.ps / own : productWithout(sn, so[i]!, so[i + 1]!, k, s));
      }
      break;
    }
    case "quadratic-energy":
    case "euler": {
      const g = weight * slopes.dx;
      for (let k = so[i]!; k < so[i + 1]!; k++) lambda[sn[k]!]! += g;
      for (let k = ao[i]!; k < ao[i + 1]!; k++) lambda[an[k]!]! -= g;
      break;
    }
  }
  const { offsets: po, neighbors: pn } = f.premises;
  if (po[i] === po[i + 1]) return;
  const gb = weight * slopes.db * f.base[i]!;
  if (gb === 0) return;
  if (up.product) {
    for (let k = po[i]!; k < po[i + 1]!; k++) {
      let others = 1;
      for (let q = po[i]!; q < po[i + 1]!; q++) if (q !== k) others *= s[pn[q]!]!;
      lambda[pn[k]!]! += gb * others;
    }
    return;
  }
  for (let k = po[i]!; k < po[i + 1]!; k++) {
    if (s[pn[k]!] === slopes.agg) {
      lambda[pn[k]!]! += gb;
      return;
    }
  }
}

/**
 * @internal The directional derivative of argument `i`'s update when its
 * inputs move by `t` (tangents per argument): one-sided at kinks, as a
 * right derivative along the direction. Used for the few contributors whose
 * paths to the topic pass through a kink.
 */
export function nodeTangent(up: Upstream, i: number, s: Float64Array, t: Float64Array, slopes: NodeSlopes): number {
  const f = up.framework;
  const { offsets: ao, neighbors: an } = f.attackers;
  const { offsets: so, neighbors: sn } = f.supporters;
  const { offsets: po, neighbors: pn } = f.premises;
  // Tangent of the premises' aggregate: at a tie of the minimum, the
  // smallest tangent among the tied premises (the minimum's right derivative).
  let tagg = 0;
  if (po[i] !== po[i + 1]) {
    if (up.product) {
      for (let k = po[i]!; k < po[i + 1]!; k++) {
        let others = 1;
        for (let q = po[i]!; q < po[i + 1]!; q++) if (q !== k) others *= s[pn[q]!]!;
        tagg += others * t[pn[k]!]!;
      }
    } else {
      tagg = Number.POSITIVE_INFINITY;
      for (let k = po[i]!; k < po[i + 1]!; k++) if (s[pn[k]!] === slopes.agg && t[pn[k]!]! < tagg) tagg = t[pn[k]!]!;
    }
  }
  const tb = f.base[i]! * tagg;
  let value = slopes.db * tb;
  switch (up.semantics) {
    case "h-categorizer": {
      let ts = 0;
      for (let k = ao[i]!; k < ao[i + 1]!; k++) ts += t[an[k]!]!;
      value += slopes.dx * ts;
      break;
    }
    case "dfquad": {
      let tva = 0;
      for (let k = ao[i]!; k < ao[i + 1]!; k++) {
        const a = an[k]!;
        const own = 1 - s[a]!;
        tva += (own !== 0 ? slopes.pa / own : productWithout(an, ao[i]!, ao[i + 1]!, k, s)) * t[a]!;
      }
      let tvs = 0;
      for (let k = so[i]!; k < so[i + 1]!; k++) {
        const a = sn[k]!;
        const own = 1 - s[a]!;
        tvs += (own !== 0 ? slopes.ps / own : productWithout(sn, so[i]!, so[i + 1]!, k, s)) * t[a]!;
      }
      const td = tva - tvs;
      const b = slopes.b;
      if (slopes.kink && 1 - slopes.pa === 1 - slopes.ps) {
        // F = b − b·d for d ≥ 0, b − (1 − b)·d for d < 0, at d = va − vs = 0.
        value += td >= 0 ? -b * td : -(1 - b) * td;
      } else value += slopes.dx * tva + slopes.dy * tvs;
      break;
    }
    case "quadratic-energy":
    case "euler": {
      let te = 0;
      for (let k = so[i]!; k < so[i + 1]!; k++) te += t[sn[k]!]!;
      for (let k = ao[i]!; k < ao[i + 1]!; k++) te -= t[an[k]!]!;
      value += slopes.dx * te;
      break;
    }
  }
  return value;
}

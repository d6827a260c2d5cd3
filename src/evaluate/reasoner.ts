/**
 * Acceptance questions answered with SAT calls, never by enumerating
 * extensions: "is there an extension of this semantics in which argument
 * `a` has label L?". Credulous and sceptical acceptance and the sceptical
 * labels of `evaluateMap` are all built from that one question.
 *
 * Two facts keep the calls small:
 *
 * 1. The grounded labelling fixes its in and out arguments in every
 *    complete labelling, and the remaining (grounded-undecided) arguments
 *    split into components that do not attack each other. Every complete,
 *    preferred, stable and semi-stable labelling is the grounded part
 *    combined with one labelling of each component, chosen independently
 *    (for stable and semi-stable, ranges and their maximality combine
 *    component by component too). So a question about `a` is asked on
 *    `a`'s component only: k independent conflicts cost k small calls, not
 *    2^k extensions.
 * 2. For preferred semantics, in and out are settled by one call each: an
 *    admissible set containing `a` (attacking `a`) grows into a preferred
 *    extension that contains `a` (attacks `a`). Only "a preferred
 *    extension leaves `a` undecided" needs a counterexample-guided loop,
 *    explained at {@link Reasoner.existsPreferredUndec}.
 * @module
 * @internal
 */
import type { Budget } from "./budget.js";
import { LabellingSolver } from "./encoding.js";
import { assembleFramework, buildAdjacencies, emptyAdjacency, type Framework } from "./framework.js";
import { IN, OUT, UNDEC, type LabelCode, type Labelling } from "./labelling.js";
import { lit } from "./sat-solver.js";

/** @internal Semantics the reasoner answers questions for. */
export type ReasonedSemantics = "complete" | "preferred" | "stable" | "semi-stable";

/** @internal A component of the grounded-undecided arguments, as its own framework. */
export interface Component {
  /** The component's arguments, as numbers of the whole framework (ascending). */
  readonly members: Int32Array;
  /** The component as a framework, arguments numbered as in `members`. */
  readonly framework: Framework;
}

/**
 * @internal Splits the arguments the grounded labelling leaves undecided
 * into components of the attack graph (attacks between undecided arguments,
 * either direction). Returns one entry per component and, per argument, its
 * component's number (-1 for decided arguments).
 */
export function undecidedComponents(framework: Framework, groundedCodes: Uint8Array, budget: Budget | undefined): { components: Component[]; componentOf: Int32Array } {
  const n = framework.size;
  const componentOf = new Int32Array(n).fill(-1);
  const components: Component[] = [];
  const stack = new Int32Array(n);
  const local = new Int32Array(n);
  const { attacks, attackers } = framework;
  for (let start = 0; start < n; start++) {
    if (groundedCodes[start] !== UNDEC || componentOf[start] !== -1) continue;
    const id = components.length;
    const members: number[] = [];
    let top = 0;
    stack[top++] = start;
    componentOf[start] = id;
    while (top > 0) {
      budget?.tick();
      const x = stack[--top]!;
      members.push(x);
      for (const adjacency of [attacks, attackers]) {
        for (let k = adjacency.offsets[x]!; k < adjacency.offsets[x + 1]!; k++) {
          const y = adjacency.neighbors[k]!;
          if (groundedCodes[y] !== UNDEC || componentOf[y] !== -1) continue;
          componentOf[y] = id;
          stack[top++] = y;
        }
      }
    }
    members.sort((a, b) => a - b);
    const sorted = Int32Array.from(members);
    for (let i = 0; i < sorted.length; i++) local[sorted[i]!] = i;
    const pairs: number[] = [];
    for (const x of sorted) {
      for (let k = attacks.offsets[x]!; k < attacks.offsets[x + 1]!; k++) {
        const y = attacks.neighbors[k]!;
        if (componentOf[y] === id) pairs.push(local[x]!, local[y]!);
      }
    }
    const size = sorted.length;
    const { forward, backward } = buildAdjacencies(size, Int32Array.from(pairs), pairs.length / 2);
    const sub = assembleFramework({
      size,
      naming: { kind: "numbers", first: 0 },
      attacks: forward,
      attackers: backward,
      supports: emptyAdjacency(size),
      supporters: emptyAdjacency(size),
      premises: emptyAdjacency(size),
      base: new Float64Array(size),
    });
    components.push({ members: sorted, framework: sub });
  }
  return { components, componentOf };
}

/**
 * @internal Answers "is there an extension in which argument `a` has label
 * L?" on one framework (in practice one component, whose grounded labelling
 * decides nothing). Keeps one incremental SAT solver for every question.
 */
export class Reasoner {
  readonly solver: LabellingSolver;
  readonly semantics: ReasonedSemantics;
  /** The labelling that proved the last question {@link Reasoner.exists} answered yes (a witness for explanations). */
  lastWitness: Labelling | undefined;
  #stable: boolean | undefined;

  constructor(framework: Framework, semantics: ReasonedSemantics, budget: Budget | undefined) {
    this.semantics = semantics;
    this.solver = new LabellingSolver(framework, budget, semantics !== "stable" && semantics !== "complete");
  }

  /** Whether the framework has a stable labelling (cached). */
  hasStable(): boolean {
    if (this.#stable === undefined) this.#stable = this.solver.solve([this.solver.stableSelector()]) !== undefined;
    return this.#stable;
  }

  /** Assumptions that give argument `a` the label `label`. */
  labelAssumptions(a: number, label: LabelCode): number[] {
    const s = this.solver;
    if (label === IN) return [s.inLit(a)];
    if (label === OUT) return [s.outLit(a)];
    return [s.inLit(a) ^ 1, s.outLit(a) ^ 1];
  }

  /**
   * Whether some extension gives `a` the label `label`. `seen` (optional,
   * one bit per label: 1 in, 2 out, 4 undec) collects, for every argument,
   * labels that the witnesses found on the way prove to occur.
   */
  exists(a: number, label: LabelCode, seen?: Uint8Array): boolean {
    const [found, mask] = this.#find(a, label);
    return this.#witness(found, seen, mask);
  }

  /**
   * A labelling of this framework in which `a` has the label `label`, or
   * `undefined` when no extension gives it that label. For complete and
   * stable semantics it is an extension; for preferred and semi-stable,
   * with `a` undec it is a preferred (semi-stable) labelling, with `a` in
   * or out (preferred) a complete labelling that some preferred one
   * extends, keeping `a`'s label.
   */
  witness(a: number, label: LabelCode): Labelling | undefined {
    return this.#find(a, label)[0];
  }

  /** A witness for `a` labelled `label`, and the labels of it that are known to occur under the semantics (bits as in `seen`). */
  #find(a: number, label: LabelCode): [Labelling | undefined, number] {
    const s = this.solver;
    switch (this.semantics) {
      case "complete":
        return [s.solve(this.labelAssumptions(a, label)), 7];
      case "stable":
        if (label === UNDEC) return [undefined, 7];
        return [s.solve([s.stableSelector(), ...this.labelAssumptions(a, label)]), 7];
      case "preferred":
        // A complete labelling grows into a preferred one that keeps its in
        // and out arguments (an extension's supersets still attack what it
        // attacks), so its in and out labels occur under preferred too.
        if (label !== UNDEC) return [s.solve(this.labelAssumptions(a, label)), 3];
        return [this.preferredUndec(a), 7];
      case "semi-stable":
        if (this.hasStable()) {
          if (label === UNDEC) return [undefined, 7];
          return [s.solve([s.stableSelector(), ...this.labelAssumptions(a, label)]), 7];
        }
        return [this.semiStableWith(a, label), 7];
    }
  }

  /** Records a witness's labels in `seen` (only the labels in `mask`); returns whether there was one. */
  #witness(found: Labelling | undefined, seen: Uint8Array | undefined, mask: number): boolean {
    if (found === undefined) return false;
    this.lastWitness = found;
    if (seen !== undefined) {
      const codes = found.codes;
      for (let x = 0; x < codes.length; x++) seen[x]! |= (codes[x] === IN ? 1 : codes[x] === OUT ? 2 : 4) & mask;
    }
    return true;
  }

  /**
   * Whether some preferred extension leaves `a` undecided (neither in it nor
   * attacked by it). A counterexample-guided search:
   *
   * 1. Guess a complete labelling P with `a` undec that satisfies the
   *    lessons learnt so far. None: the answer is no.
   * 2. Check that P is preferred: is there a complete labelling whose
   *    extension strictly contains P's? None: P is the answer, yes.
   * 3. Otherwise that labelling T adds a set S (its in arguments outside P)
   *    to P. S is shrunk to a small subset that is still admissible next to
   *    P. Every complete labelling Q in which all of S is undec and every
   *    attacker of S that S does not attack itself is out also grows by S
   *    (Q ∪ S is admissible), so no such Q is preferred. The lesson, a
   *    clause "some member of S is in or out, or some such attacker is not
   *    out", excludes all of them at once, P included; back to 1.
   *
   * Each round excludes at least P, so the loop ends; a lesson excludes
   * every guess that leaves the same conflict open, so k independent open
   * conflicts cost about k rounds, not 2^k. Lessons are guarded by a
   * selector literal, assumed only while guessing, so they never constrain
   * the check in step 2 or later questions.
   */
  existsPreferredUndec(a: number, seen?: Uint8Array): boolean {
    return this.#witness(this.preferredUndec(a), seen, 7);
  }

  /** The preferred labelling that {@link Reasoner.existsPreferredUndec} finds, or `undefined`. */
  preferredUndec(a: number): Labelling | undefined {
    const s = this.solver;
    const framework = s.framework;
    const n = framework.size;
    const selector = lit(s.sat.newVar(), true);
    const guess = [selector, ...this.labelAssumptions(a, UNDEC)];
    try {
      for (;;) {
        const p = s.solve(guess);
        if (p === undefined) return undefined;
        const held: number[] = [];
        const open: number[] = [];
        for (let x = 0; x < n; x++) {
          if (p.codes[x] === IN) held.push(s.inLit(x));
          else if (p.codes[x] === UNDEC) open.push(s.inLit(x));
        }
        let t: Labelling | undefined;
        if (open.length > 0) {
          const grow = s.guarded(open);
          t = s.solve([grow, ...held]);
          s.retire(grow);
        }
        if (t === undefined) return p;
        const added = shrinkAddition(framework, p.codes, t.codes);
        const clause: number[] = [selector ^ 1];
        const inAdded = new Uint8Array(n);
        for (const x of added) inAdded[x] = 1;
        const attackedByAdded = new Uint8Array(n);
        for (const x of added) for (let k = framework.attacks.offsets[x]!; k < framework.attacks.offsets[x + 1]!; k++) attackedByAdded[framework.attacks.neighbors[k]!] = 1;
        for (const x of added) {
          clause.push(s.inLit(x), s.outLit(x));
          for (let k = framework.attackers.offsets[x]!; k < framework.attackers.offsets[x + 1]!; k++) {
            const b = framework.attackers.neighbors[k]!;
            if (attackedByAdded[b] === 0) clause.push(s.outLit(b) ^ 1);
          }
        }
        if (!s.sat.addClause(clause)) return undefined;
      }
    } finally {
      s.retire(selector);
    }
  }

  /**
   * Whether some semi-stable labelling gives `a` the label `label` (when the
   * framework has no stable labelling). Guess a complete labelling with that
   * label, grow its range as far as it goes while keeping the label, then
   * check that no complete labelling at all has a strictly larger range. If
   * one has, no semi-stable labelling's range lies inside the grown one: a
   * lesson (guarded, for guesses only) says so, and the search goes on.
   */
  existsSemiStable(a: number, label: LabelCode, seen?: Uint8Array): boolean {
    return this.#witness(this.semiStableWith(a, label), seen, 7);
  }

  /** The semi-stable labelling that {@link Reasoner.existsSemiStable} finds, or `undefined`. */
  semiStableWith(a: number, label: LabelCode): Labelling | undefined {
    const s = this.solver;
    const n = s.framework.size;
    const selector = lit(s.sat.newVar(), true);
    const keep = this.labelAssumptions(a, label);
    try {
      for (;;) {
        const top = s.solveMaximalRange([selector, ...keep]);
        if (top === undefined) return undefined;
        const open: number[] = [];
        for (let x = 0; x < n; x++) if (top.codes[x] === UNDEC) open.push(s.rangeLit(x));
        let larger: Labelling | undefined;
        if (open.length > 0) {
          const grow = s.guarded(open);
          larger = s.solve([grow, ...s.rangeAssumptions(top)]);
          s.retire(grow);
        }
        if (larger === undefined) return top;
        if (!s.sat.addClause([selector ^ 1, ...s.notSubsetOfRange(top)])) return undefined;
      }
    } finally {
      s.retire(selector);
    }
  }
}

/**
 * The in arguments that `t` adds to `p`, shrunk greedily to a small subset
 * that is still admissible next to `p`: every attacker of it is attacked by
 * it or out in `p`.
 */
function shrinkAddition(framework: Framework, p: Uint8Array, t: Uint8Array): number[] {
  const n = framework.size;
  let current: number[] = [];
  for (let x = 0; x < n; x++) if (t[x] === IN && p[x] !== IN) current.push(x);
  const attempts = Math.min(current.length, 24);
  for (let i = 0, tried = 0; i < current.length && tried < attempts; tried++) {
    const candidate = current.filter((_, j) => j !== i);
    const core = admissibleCore(framework, p, candidate);
    if (core.length > 0) current = core;
    else i++;
  }
  return current;
}

/** The largest subset of `set` whose every attacker is attacked by the subset or out in `p`. */
function admissibleCore(framework: Framework, p: Uint8Array, set: readonly number[]): number[] {
  const { attacks, attackers } = framework;
  const member = new Set(set);
  let changed = true;
  while (changed && member.size > 0) {
    changed = false;
    const hit = new Set<number>();
    for (const x of member) for (let k = attacks.offsets[x]!; k < attacks.offsets[x + 1]!; k++) hit.add(attacks.neighbors[k]!);
    for (const x of [...member]) {
      for (let k = attackers.offsets[x]!; k < attackers.offsets[x + 1]!; k++) {
        const b = attackers.neighbors[k]!;
        if (p[b] !== OUT && !hit.has(b)) {
          member.delete(x);
          changed = true;
          break;
        }
      }
    }
  }
  return [...member].sort((a, b) => a - b);
}

/**
 * @internal Sceptical labels of every argument: `in` when it is in every
 * extension, `out` when it is out in every extension, `undec` otherwise
 * (all `undec` under stable semantics when there is no stable extension).
 * Fills `codes` and marks `decided` as it goes, so that a caller that
 * catches a time limit keeps the labels settled so far.
 */
export function scepticalLabels(framework: Framework, semantics: ReasonedSemantics, groundedCodes: Uint8Array, budget: Budget | undefined, codes: Uint8Array, decided: Uint8Array): void {
  const n = framework.size;
  const { components, componentOf } = undecidedComponents(framework, groundedCodes, budget);
  const reasoners = components.map((c) => new Reasoner(c.framework, semantics, budget));
  if (semantics === "stable" && reasoners.some((r) => !r.hasStable())) {
    codes.fill(UNDEC);
    decided.fill(1);
    return;
  }
  for (let x = 0; x < n; x++) {
    if (componentOf[x] !== -1) continue;
    codes[x] = groundedCodes[x]!;
    decided[x] = 1;
  }
  components.forEach((component, c) => {
    const reasoner = reasoners[c]!;
    const m = component.members.length;
    const seen = new Uint8Array(m);
    for (let i = 0; i < m; i++) {
      // Which labels occur for i: ask only what the witnesses so far leave open.
      const occurs = (label: LabelCode, bit: number): boolean => (seen[i]! & bit) !== 0 || (reasoner.exists(i, label, seen) && ((seen[i]! |= bit), true));
      const x = component.members[i]!;
      let label: LabelCode = UNDEC;
      const inOccurs = occurs(IN, 1);
      const outOccurs = occurs(OUT, 2);
      if (inOccurs !== outOccurs && !occurs(UNDEC, 4)) label = inOccurs ? IN : OUT;
      codes[x] = label;
      decided[x] = 1;
    }
  });
}

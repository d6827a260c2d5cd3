/**
 * Encodes extension semantics into SAT: variable `a` says argument `a` is
 * in, variable `n + a` says it is out; the clauses make every model a
 * complete labelling. A preferred (semi-stable) labelling is found in one
 * search that decides "in" ("in the range") first for every argument
 * (see {@link SatSolver.prefer}), never by enumerating everything.
 * @module
 * @internal
 */
import type { Framework } from "./framework.js";
import { checkBudget, type Budget } from "./budget.js";
import { groundedLabelling } from "./grounded.js";
import { IN, labellingFromCodes, OUT, type Labelling } from "./labelling.js";
import { lit, SatSolver } from "./sat-solver.js";

/** @internal A complete-labelling encoding of one framework, ready for queries. */
export class LabellingSolver {
  readonly sat = new SatSolver();
  readonly framework: Framework;
  readonly signal: Budget | undefined;
  /** The grounded labelling, whose in and out hold in every complete labelling. */
  readonly grounded: Labelling;
  #rangeBase = -1;
  #stableAdded = false;
  #stableSelector = -1;

  constructor(framework: Framework, signal: Budget | undefined, preferIn: boolean) {
    this.framework = framework;
    this.signal = signal;
    const n = framework.size;
    const sat = this.sat;
    sat.newVars(2 * n);
    this.grounded = groundedLabelling(framework, signal);
    const g = this.grounded.codes;
    // All clauses go to the solver in one call (clause k ends at ends[k]).
    const lits: number[] = [];
    const ends: number[] = [];
    for (let a = 0; a < n; a++) {
      if (g[a] === IN) {
        lits.push(lit(a, true));
        ends.push(lits.length);
        lits.push(lit(n + a, false));
        ends.push(lits.length);
      } else if (g[a] === OUT) {
        lits.push(lit(n + a, true));
        ends.push(lits.length);
        lits.push(lit(a, false));
        ends.push(lits.length);
      }
      if (preferIn) sat.setPhase(a, true);
    }
    const { offsets, neighbors } = framework.attackers;
    for (let a = 0; a < n; a++) {
      if (g[a] !== 0) continue;
      const inA = lit(a, true);
      const outA = lit(n + a, true);
      lits.push(inA ^ 1, outA ^ 1);
      ends.push(lits.length);
      for (let k = offsets[a]!; k < offsets[a + 1]!; k++) {
        const b = neighbors[k]!;
        lits.push(inA ^ 1, lit(n + b, true));
        ends.push(lits.length);
        lits.push(lit(b, false), outA);
        ends.push(lits.length);
      }
      // in(a) ∨ some attacker is not out; ¬out(a) ∨ some attacker is in.
      lits.push(inA);
      for (let k = offsets[a]!; k < offsets[a + 1]!; k++) lits.push(lit(n + neighbors[k]!, false));
      ends.push(lits.length);
      lits.push(outA ^ 1);
      for (let k = offsets[a]!; k < offsets[a + 1]!; k++) lits.push(lit(neighbors[k]!, true));
      ends.push(lits.length);
    }
    sat.addClauses(lits, ends);
    // Arguments labelled by the grounded labelling still constrain their
    // undecided neighbours through the clauses above, written from the
    // neighbour's side; the few clauses from their own side are implied.
  }

  /** Literal "argument `a` is in". */
  inLit(a: number): number {
    return a << 1;
  }

  /** Literal "argument `a` is out". */
  outLit(a: number): number {
    return (this.framework.size + a) << 1;
  }

  /** Restricts models to stable labellings (no argument undec). */
  requireStable(): void {
    if (this.#stableAdded) return;
    this.#stableAdded = true;
    const lits: number[] = [];
    const ends: number[] = [];
    for (let a = 0; a < this.framework.size; a++) {
      lits.push(this.inLit(a), this.outLit(a));
      ends.push(lits.length);
    }
    this.sat.addClauses(lits, ends);
  }

  /**
   * A literal that, assumed, restricts models to stable labellings; unlike
   * {@link LabellingSolver.requireStable} it leaves other queries free.
   */
  stableSelector(): number {
    if (this.#stableSelector < 0) {
      const s = this.sat.newVar();
      const lits: number[] = [];
      const ends: number[] = [];
      for (let a = 0; a < this.framework.size; a++) {
        lits.push(lit(s, false), this.inLit(a), this.outLit(a));
        ends.push(lits.length);
      }
      this.sat.addClauses(lits, ends);
      this.#stableSelector = lit(s, true);
    }
    return this.#stableSelector;
  }

  /** Literal "argument `a` is in the range (in or out)"; creates range variables on first use. */
  rangeLit(a: number): number {
    if (this.#rangeBase < 0) {
      const n = this.framework.size;
      this.#rangeBase = this.sat.newVars(n);
      const lits: number[] = [];
      const ends: number[] = [];
      for (let x = 0; x < n; x++) {
        const r = this.#rangeBase + x;
        this.sat.setPhase(r, true);
        // r ↔ in ∨ out.
        lits.push(lit(r, false), this.inLit(x), this.outLit(x));
        ends.push(lits.length);
        lits.push(this.inLit(x) ^ 1, lit(r, true));
        ends.push(lits.length);
        lits.push(this.outLit(x) ^ 1, lit(r, true));
        ends.push(lits.length);
      }
      this.sat.addClauses(lits, ends);
    }
    return (this.#rangeBase + a) << 1;
  }

  /** Solves; returns the labelling of the model or undefined. */
  solve(assumptions: readonly number[] = []): Labelling | undefined {
    checkBudget(this.signal);
    if (!this.sat.solve(assumptions, this.signal)) return undefined;
    return this.labelling();
  }

  /** The next model after the last one, under the same assumptions (see {@link SatSolver.nextModel}). */
  next(): Labelling | undefined {
    if (!this.sat.nextModel(this.signal)) return undefined;
    return this.labelling();
  }

  /** The labelling of the last model. */
  labelling(): Labelling {
    const n = this.framework.size;
    const model = this.sat.model;
    const codes = new Uint8Array(n);
    for (let a = 0; a < n; a++) codes[a] = model[a] === 1 ? IN : model[n + a] === 1 ? OUT : 0;
    return labellingFromCodes(codes);
  }

  /** Adds a clause that holds while `selector` is assumed; returns the selector literal. */
  guarded(clause: readonly number[]): number {
    const s = this.sat.newVar();
    this.sat.addClause([lit(s, false), ...clause]);
    return lit(s, true);
  }

  /** Turns a selector off for good. */
  retire(selector: number): void {
    this.sat.addClause([selector ^ 1]);
  }

  /**
   * A complete labelling, satisfying the clauses added so far and
   * `assumptions`, whose extension is ⊆-maximal among all such labellings:
   * one search that decides "in" for every open argument before anything
   * else (see {@link SatSolver.prefer}). Without further clauses or
   * assumptions that is a preferred labelling; under assumptions it is a
   * maximal one that keeps them. `undefined` when there is none.
   */
  solveMaximalIn(assumptions: readonly number[] = []): Labelling | undefined {
    const lits: number[] = [];
    const g = this.grounded.codes;
    for (let a = 0; a < this.framework.size; a++) if (g[a] === 0) lits.push(this.inLit(a));
    return this.#solvePreferring(lits, assumptions);
  }

  /**
   * A complete labelling, satisfying the clauses added so far and
   * `assumptions`, whose range (in ∪ out) is ⊆-maximal among all such
   * labellings: one search that decides "in the range" for every open
   * argument first. Without further clauses or assumptions that is a
   * semi-stable labelling. `undefined` when there is none.
   */
  solveMaximalRange(assumptions: readonly number[] = []): Labelling | undefined {
    const lits: number[] = [];
    const g = this.grounded.codes;
    for (let a = 0; a < this.framework.size; a++) if (g[a] === 0) lits.push(this.rangeLit(a));
    return this.#solvePreferring(lits, assumptions);
  }

  #solvePreferring(preferred: readonly number[], assumptions: readonly number[]): Labelling | undefined {
    checkBudget(this.signal);
    this.sat.prefer(preferred);
    try {
      return this.sat.solve(assumptions, this.signal) ? this.labelling() : undefined;
    } finally {
      this.sat.prefer([]);
    }
  }

  /**
   * Grows a complete labelling to a preferred one that contains its
   * extension (one maximal search that keeps `start`'s in arguments and
   * the `extra` assumptions).
   */
  maximizeIn(start: Labelling, extra: readonly number[] = []): Labelling {
    const assumptions = [...extra];
    for (const a of start.extension) assumptions.push(this.inLit(a));
    return this.solveMaximalIn(assumptions) ?? start;
  }

  /**
   * Grows a complete labelling to one with a maximal range (in or out)
   * that contains its range (one maximal search that keeps `start`'s range
   * and the `extra` assumptions).
   */
  maximizeRange(start: Labelling, extra: readonly number[] = []): Labelling {
    return this.solveMaximalRange([...extra, ...this.rangeAssumptions(start)]) ?? start;
  }

  /** Assumptions that keep every argument of the range of `labelling` in the range. */
  rangeAssumptions(labelling: Labelling): number[] {
    const assumptions: number[] = [];
    for (let a = 0; a < this.framework.size; a++) if (labelling.codes[a] !== 0) assumptions.push(this.rangeLit(a));
    return assumptions;
  }

  /** Clause "some argument outside this extension is in". */
  notSubsetOfExtension(labelling: Labelling): number[] {
    const clause: number[] = [];
    for (let a = 0; a < this.framework.size; a++) if (labelling.codes[a] !== IN) clause.push(this.inLit(a));
    return clause;
  }

  /** Clause "some argument outside this range is in the range". */
  notSubsetOfRange(labelling: Labelling): number[] {
    const clause: number[] = [];
    for (let a = 0; a < this.framework.size; a++) if (labelling.codes[a] === 0) clause.push(this.rangeLit(a));
    return clause;
  }
}

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { lit, SatSolver } from "../../src/evaluate/sat-solver.js";
import { mulberry32 } from "../../src/internal/random.js";

type Cnf = number[][];

const arbCnf = fc.integer({ min: 1, max: 12 }).chain((vars) =>
  fc.record({
    vars: fc.constant(vars),
    clauses: fc.array(fc.array(fc.tuple(fc.nat(vars - 1), fc.boolean()), { minLength: 1, maxLength: 3 }), { maxLength: 5 * vars }),
  }),
);

function satisfies(clauses: Cnf, assignment: number): boolean {
  return clauses.every((clause) => clause.some((l) => ((assignment >> (l >> 1)) & 1) === ((l & 1) ^ 1)));
}

function load(vars: number, clauses: Cnf): SatSolver {
  const solver = new SatSolver();
  solver.newVars(vars);
  for (const clause of clauses) solver.addClause(clause);
  return solver;
}

describe("SatSolver against brute force", () => {
  test("satisfiability, models and the number of models agree", () => {
    fc.assert(
      fc.property(arbCnf, ({ vars, clauses: raw }) => {
        const clauses: Cnf = raw.map((c) => c.map(([v, positive]) => lit(v, positive)));
        let expected = 0;
        for (let a = 0; a < 1 << vars; a++) if (satisfies(clauses, a)) expected++;
        const solver = load(vars, clauses);
        const seen = new Set<number>();
        for (let more = solver.solve(); more; more = solver.nextModel()) {
          let assignment = 0;
          for (let v = 0; v < vars; v++) if (solver.modelValue(v)) assignment |= 1 << v;
          expect(satisfies(clauses, assignment)).toBe(true);
          expect(seen.has(assignment)).toBe(false);
          seen.add(assignment);
        }
        expect(seen.size).toBe(expected);
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  test("addClauses in one call is addClause one by one: same answer, same models in the same order, with units, duplicates, tautologies and clauses made false", () => {
    fc.assert(
      fc.property(arbCnf, fc.boolean(), ({ vars, clauses: raw }, split) => {
        const clauses: Cnf = raw.map((c) => c.map(([v, positive]) => lit(v, positive)));
        const one = load(vars, clauses);
        const bulk = new SatSolver();
        bulk.newVars(vars);
        // All at once, or in two calls (a later call sees what the first one's units implied).
        const half = split ? clauses.length >> 1 : clauses.length;
        for (const part of [clauses.slice(0, half), clauses.slice(half)]) {
          const lits = part.flat();
          const ends: number[] = [];
          let end = 0;
          for (const clause of part) ends.push((end += clause.length));
          const added = bulk.addClauses(lits, ends);
          expect(added).toBe(bulk.ok);
        }
        expect(bulk.ok).toBe(one.ok);
        const models = (solver: SatSolver): string[] => {
          const out: string[] = [];
          for (let more = solver.solve(); more; more = solver.nextModel()) out.push(Array.from({ length: vars }, (_, v) => (solver.modelValue(v) ? 1 : 0)).join(""));
          return out;
        };
        expect(models(bulk)).toEqual(models(one));
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  test("assumptions restrict one call only", () => {
    fc.assert(
      fc.property(arbCnf, fc.nat(), fc.boolean(), ({ vars, clauses: raw }, pick, positive) => {
        const clauses: Cnf = raw.map((c) => c.map(([v, p]) => lit(v, p)));
        const v = pick % vars;
        const assumption = lit(v, positive);
        let expected = false;
        for (let a = 0; a < 1 << vars; a++) if (satisfies(clauses, a) && ((a >> v) & 1) === (positive ? 1 : 0)) expected = true;
        const solver = load(vars, clauses);
        expect(solver.solve([assumption])).toBe(expected);
        let any = false;
        for (let a = 0; a < 1 << vars; a++) if (satisfies(clauses, a)) any = true;
        expect(solver.solve()).toBe(any);
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  test("with preferred literals the first model is ⊆-maximal on them, under assumptions too", () => {
    fc.assert(
      fc.property(arbCnf, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), fc.nat(), ({ vars, clauses: raw }, chosen, signs, pick) => {
        const clauses: Cnf = raw.map((c) => c.map(([v, p]) => lit(v, p)));
        const preferred: number[] = [];
        for (let v = 0; v < vars; v++) if (chosen[v]) preferred.push(lit(v, signs[v]!));
        const assumption = pick % 3 === 0 ? [] : [lit(pick % vars, pick % 2 === 0)];
        const holds = (a: number, l: number): boolean => ((a >> (l >> 1)) & 1) === ((l & 1) ^ 1);
        const trueSet = (a: number): number => preferred.reduce((set, l, k) => (holds(a, l) ? set | (1 << k) : set), 0);
        const models: number[] = [];
        for (let a = 0; a < 1 << vars; a++) if (satisfies(clauses, a) && assumption.every((l) => holds(a, l))) models.push(a);
        const solver = load(vars, clauses);
        solver.prefer(preferred);
        const found = solver.solve(assumption);
        expect(found).toBe(models.length > 0);
        if (!found) return;
        let assignment = 0;
        for (let v = 0; v < vars; v++) if (solver.modelValue(v)) assignment |= 1 << v;
        expect(models).toContain(assignment);
        const mine = trueSet(assignment);
        // No model makes a strict superset of the preferred literals true.
        for (const other of models) {
          const theirs = trueSet(other);
          expect((theirs & mine) === mine && theirs !== mine).toBe(false);
        }
        // Turned off, the solver still answers correctly.
        solver.prefer([]);
        expect(solver.solve(assumption)).toBe(true);
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  test("trySolve gives up after its conflict limit and answers later", () => {
    const rand = mulberry32(7);
    const vars = 80;
    const clauses: Cnf = [];
    for (let c = 0; c < 360; c++) clauses.push([0, 1, 2].map(() => lit(Math.floor(rand() * vars), rand() < 0.5)));
    const solver = load(vars, clauses);
    expect(solver.trySolve([], 0)).toBeUndefined();
    const answer = solver.trySolve([], Number.POSITIVE_INFINITY);
    expect(typeof answer).toBe("boolean");
    expect(solver.solve()).toBe(answer);
  });

  test("hard random 3-SAT near the threshold: models found are models, and model counts match enumeration twice", () => {
    const rand = mulberry32(99);
    for (let round = 0; round < 20; round++) {
      const vars = 60;
      const clauses: Cnf = [];
      for (let c = 0; c < 250; c++) clauses.push([0, 1, 2].map(() => lit(Math.floor(rand() * vars), rand() < 0.5)));
      const solver = load(vars, clauses);
      if (!solver.solve()) continue;
      const model = solver.model;
      expect(clauses.every((clause) => clause.some((l) => model[l >> 1] === ((l & 1) ^ 1)))).toBe(true);
    }
  });
});

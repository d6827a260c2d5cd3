import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { dfquad, euler, frameworkFromEdges, gradual, GRADUAL_SEMANTICS, hCategorizer, quadraticEnergy, type GradualSemantics } from "../../src/evaluate/index.js";
import { gradualStep } from "../../src/evaluate/gradual.js";
import type { Framework } from "../../src/evaluate/index.js";

/**
 * The e-democracy example of Rago, Toni, Aurisicchio & Baroni, "Discontinuity-free
 * decision support with quantitative argumentation debates" (KR 2016), with the
 * base scores of Uncertainpy's `examples/gradual/BAG/RagoEtAlEDemocracy.bag`:
 * C1 attacks A2; C2, C3, C4 attack P2; P1 and P2 support A1; P3 supports A2.
 */
const ids = ["A1", "A2", "P1", "P2", "P3", "C1", "C2", "C3", "C4"];
const base = [0.5, 0.5, 0.7, 0.5, 0.9, 0.2, 0.2, 0.6, 0.5];
const democracy = frameworkFromEdges(ids, [["C1", "A2"], ["C2", "P2"], ["C3", "P2"], ["C4", "P2"]], {
  supports: [["P1", "A1"], ["P2", "A1"], ["P3", "A2"]],
  base,
});
const strength = (result: { strengths: Float64Array }, id: string): number => result.strengths[democracy.indexOf(id)]!;

describe("worked examples", () => {
  test("DF-QuAD on the e-democracy example (Rago et al. 2016); worked by hand from the definition", () => {
    const r = dfquad(democracy);
    // P2: va = 1 − 0.8·0.4·0.5 = 0.84, vs = 0, s = 0.5 − 0.5·0.84 = 0.08
    expect(strength(r, "P2")).toBeCloseTo(0.08, 12);
    // A1: vs = 1 − 0.3·0.92 = 0.724, s = 0.5 + 0.5·0.724 = 0.862
    expect(strength(r, "A1")).toBeCloseTo(0.862, 12);
    // A2: va = 0.2, vs = 0.9, s = 0.5 + 0.5·0.7 = 0.85
    expect(strength(r, "A2")).toBeCloseTo(0.85, 12);
    expect(r.converged).toBe(true);
  });

  test("quadratic energy on the e-democracy example (Potyka 2018 formula); worked by hand", () => {
    const r = quadraticEnergy(democracy);
    // P2: E = −1.3, h(1.3) = 1.69 / 2.69, s = 0.5 − 0.5·h = 0.185874
    expect(strength(r, "P2")).toBeCloseTo(0.185874, 6);
    expect(strength(r, "A1")).toBeCloseTo(0.719852, 6);
    expect(strength(r, "A2")).toBeCloseTo(0.66443, 5);
  });

  test("Euler-based on the e-democracy example (Amgoud & Ben-Naim formula); worked by hand", () => {
    const r = euler(democracy);
    expect(strength(r, "P2")).toBeCloseTo(0.339943, 6);
    expect(strength(r, "A1")).toBeCloseTo(0.68938, 5);
    expect(strength(r, "A2")).toBeCloseTo(0.626285, 6);
  });

  test("h-categorizer (Besnard & Hunter 2001): a chain and a two-cycle with base 1", () => {
    const chain = hCategorizer(frameworkFromEdges(3, [[0, 1], [1, 2]]));
    expect(Array.from(chain.strengths)).toEqual([1, 0.5, 2 / 3]);
    const cycle = hCategorizer(frameworkFromEdges(2, [[0, 1], [1, 0]]));
    // s = 1 / (1 + s) has the fixpoint (√5 − 1) / 2.
    expect(cycle.strengths[0]).toBeCloseTo((Math.sqrt(5) - 1) / 2, 8);
    expect(cycle.converged).toBe(true);
    expect(cycle.iterations).toBeGreaterThan(1);
  });
});

/**
 * Numbers published with Uncertainpy, the Python reference implementation of
 * these semantics by N. Potyka (github.com/nicopotyka/Uncertainpy). They are
 * the stored outputs of the notebook
 * examples/gradual/gradual_argumentation_examples.ipynb (commit c0554e75d7d2),
 * cells In[2], In[18] and In[19]; In[2] is also stored in
 * examples/argumentation_examples.ipynb (commit 1f8a6bdb342010ee). The graphs are
 * examples/gradual/BAG/RagoEtAlEDemocracy.bag (the e-democracy example above) and
 * examples/example.bag (the stock example below, loaded by the notebooks as
 * stock_example.bag).
 *
 * Cells In[2] and In[18] follow the continuous dynamics ds/dt = update(s) − s
 * with Uncertainpy's RK4 (src/uncertainpy/gradual/algorithms/RK4.py and
 * Approximator.py): start at the base scores, step delta = 10e-2, stop as soon
 * as the largest |ds/dt| of a step falls below epsilon = 10e-4. Their numbers
 * are therefore not the fixpoint itself. Below, that integrator is rerun on
 * argmap's own update step, which must reproduce the published digits, and
 * argmap's fixpoint must lie as close to them as the stopping rule allows.
 */
function uncertainpyRK4(framework: Framework, semantics: GradualSemantics, delta: number, epsilon: number) {
  const n = framework.size;
  const s = Float64Array.from(framework.base);
  const updated = new Float64Array(n);
  const derivative = (at: Float64Array): Float64Array => {
    gradualStep(framework, semantics, at, updated);
    return at.map((v, i) => updated[i]! - v);
  };
  let steps = 0;
  for (;;) {
    const k1 = derivative(s);
    const k2 = derivative(s.map((v, i) => v + (delta / 2) * k1[i]!));
    const k3 = derivative(s.map((v, i) => v + (delta / 2) * k2[i]!));
    const k4 = derivative(s.map((v, i) => v + delta * k3[i]!));
    let maxDerivative = 0;
    for (let i = 0; i < n; i++) {
      const d = (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!) / 6;
      maxDerivative = Math.max(maxDerivative, Math.abs(d));
      s[i]! += delta * d;
    }
    steps++;
    if (maxDerivative < epsilon || steps >= 10_000) return { strengths: s, steps, maxDerivative };
  }
}

/** The stock example of Uncertainpy (examples/example.bag): Buy and Sell attack each other, so it is cyclic. */
const stockIds = ["Buy", "Sell", "1", "2", "3", "4", "5"];
const stock = frameworkFromEdges(stockIds, [["Buy", "Sell"], ["Sell", "Buy"], ["2", "1"], ["3", "2"], ["4", "3"], ["5", "1"]], {
  supports: [["1", "Sell"], ["2", "Buy"], ["4", "2"], ["5", "Buy"]],
  base: [0.5, 0.5, 0.8, 0.7, 0.3, 0.9, 0.9],
});

describe("published examples", () => {
  test("DF-QuAD on the e-democracy example: Uncertainpy forward propagation (notebook cell In[19])", () => {
    // ProductAggregation + LinearInfluence(conservativeness=1) is DF-QuAD; the cell prints
    // ('A1', 0.862), ('A2', 0.8500000000000001), ('P2', 0.08000000000000002), and the base score elsewhere.
    const r = dfquad(democracy);
    const published: Record<string, number> = { A1: 0.862, A2: 0.8500000000000001, P1: 0.7, P2: 0.08000000000000002, P3: 0.9, C1: 0.2, C2: 0.2, C3: 0.6, C4: 0.5 };
    for (const [id, value] of Object.entries(published)) expect(strength(r, id)).toBeCloseTo(value, 12);
  });

  test("continuous DF-QuAD on the e-democracy example: Uncertainpy RK4 (notebook cell In[18])", () => {
    const published: Record<string, number> = { A1: 0.8620500122573919, A2: 0.84921499196052, P2: 0.08094200964737629 };
    const rk4 = uncertainpyRK4(democracy, "dfquad", 10e-2, 10e-4);
    const fixpoint = dfquad(democracy);
    for (const [id, value] of Object.entries(published)) {
      // argmap's DF-QuAD update under Uncertainpy's integrator gives the published digits …
      expect(rk4.strengths[democracy.indexOf(id)]).toBeCloseTo(value, 12);
      // … and the fixpoint is within the integrator's stopping tolerance of them.
      expect(Math.abs(strength(fixpoint, id) - value)).toBeLessThan(2e-3);
    }
  });

  test("quadratic energy on the cyclic stock example: Uncertainpy RK4 (notebook cell In[2])", () => {
    // The cell prints "Time: 8.399999999999986" (84 steps of 0.1), the strengths below and
    // returns the last step's largest derivative, 0.0009849389836143567.
    const published = [0.8208178793031596, 0.36345378093100583, 0.20494963930535626, 0.8050136080030856, 0.165776045953347, 0.9, 0.9];
    const rk4 = uncertainpyRK4(stock, "quadratic-energy", 10e-2, 10e-4);
    expect(rk4.steps).toBe(84);
    expect(rk4.maxDerivative).toBeCloseTo(0.0009849389836143567, 15);
    const fixpoint = quadraticEnergy(stock, { tolerance: 1e-12 });
    expect(fixpoint.converged).toBe(true);
    stockIds.forEach((id, i) => {
      expect(rk4.strengths[stock.indexOf(id)]).toBeCloseTo(published[i]!, 12);
      expect(Math.abs(fixpoint.strengths[stock.indexOf(id)]! - published[i]!)).toBeLessThan(2e-3);
    });
    // The continuous-time option of argmap settles on the same fixpoint.
    const damped = quadraticEnergy(stock, { step: 0.1, tolerance: 1e-12 });
    stockIds.forEach((id) => expect(damped.strengths[stock.indexOf(id)]).toBeCloseTo(fixpoint.strengths[stock.indexOf(id)]!, 9));
  });
});

describe("iteration on cycles", () => {
  test("DF-QuAD oscillates on a two-cycle with base 1 and says so; a smaller step settles it", () => {
    const fw = frameworkFromEdges(2, [[0, 1], [1, 0]]);
    const plain = dfquad(fw, { maxIterations: 50 });
    expect(plain.converged).toBe(false);
    expect(plain.iterations).toBe(50);
    const damped = dfquad(fw, { step: 0.5, tolerance: 1e-12 });
    expect(damped.converged).toBe(true);
    expect(damped.strengths[0]).toBeCloseTo(0.5, 9);
  });

  test("acyclic frameworks take one pass in topological order, even a 1,000,000-long chain", () => {
    const n = 1_000_000;
    const pairs = new Int32Array(2 * (n - 1));
    for (let i = 0; i < n - 1; i++) {
      pairs[2 * i] = n - 1 - i;
      pairs[2 * i + 1] = n - 2 - i;
    }
    const r = hCategorizer(frameworkFromEdges(n, pairs));
    expect(r.iterations).toBe(1);
    expect(r.converged).toBe(true);
    expect(r.strengths[n - 1]).toBe(1);
    expect(r.strengths[n - 2]).toBe(0.5);
  });

  test("product aggregation and options are checked", () => {
    const fw = frameworkFromEdges(1, []);
    expect(() => gradual(fw, "dfquad", { step: 0 })).toThrowError(expect.objectContaining({ code: "invalid-framework" }));
    expect(() => gradual(fw, "dfquad", { tolerance: -1 })).toThrowError(expect.objectContaining({ code: "invalid-framework" }));
    expect(() => gradual(fw, "dfquad", { maxIterations: 1.5 })).toThrowError(expect.objectContaining({ code: "invalid-framework" }));
    expect(() => gradual(fw, "nope" as GradualSemantics)).toThrowError(expect.objectContaining({ code: "invalid-framework" }));
    const controller = new AbortController();
    controller.abort();
    expect(() => gradual(fw, "euler", { signal: controller.signal })).toThrowError(expect.objectContaining({ code: "aborted" }));
  });
});

const arbBipolar = (acyclic: boolean) =>
  fc.integer({ min: 1, max: 12 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      attacks: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n }),
      supports: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 2 * n }),
      base: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
    }).map((g) => {
      if (!acyclic) return g;
      const forward = (edges: [number, number][]): [number, number][] => edges.filter(([a, b]) => a < b);
      return { ...g, attacks: forward(g.attacks), supports: forward(g.supports) };
    }),
  );

describe.each(GRADUAL_SEMANTICS.map((s) => [s]))("%s properties", (semantics) => {
  test("strengths lie in [0, 1], also on cyclic graphs", () => {
    fc.assert(
      fc.property(arbBipolar(false), (g) => {
        const fw = frameworkFromEdges(g.n, g.attacks, { supports: g.supports, base: g.base });
        const r = gradual(fw, semantics, { maxIterations: 200 });
        for (const s of r.strengths) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  test("an argument with no attackers or supporters keeps its base score", () => {
    fc.assert(
      fc.property(arbBipolar(false), (g) => {
        const fw = frameworkFromEdges(g.n, g.attacks, { supports: g.supports, base: g.base });
        const r = gradual(fw, semantics, { maxIterations: 200 });
        for (let i = 0; i < g.n; i++) {
          const touched = g.attacks.some(([, b]) => b === i) || (semantics !== "h-categorizer" && g.supports.some(([, b]) => b === i));
          if (!touched) expect(r.strengths[i]).toBeCloseTo(g.base[i]!, 12);
        }
      }),
      { numRuns: 100, seed: 11 },
    );
  });

  test("adding an attacker never raises the target's strength (acyclic graphs)", () => {
    fc.assert(
      fc.property(arbBipolar(true), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (g, pick, newBase) => {
        const target = pick % g.n;
        const before = gradual(frameworkFromEdges(g.n, g.attacks, { supports: g.supports, base: g.base }), semantics);
        const after = gradual(
          frameworkFromEdges(g.n + 1, [...g.attacks, [g.n, target]], { supports: g.supports, base: [...g.base, newBase] }),
          semantics,
        );
        expect(after.strengths[target]!).toBeLessThanOrEqual(before.strengths[target]! + 1e-12);
      }),
      { numRuns: 100, seed: 13 },
    );
  });
});

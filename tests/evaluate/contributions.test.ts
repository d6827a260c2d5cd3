/**
 * Contribution functions against their definitions: every fast path
 * (local recomputation for removal, one reverse pass for the gradient, one
 * worth per coalition for Shapley) is compared with the definition computed
 * the slow way, by evaluating restricted frameworks from scratch with
 * `gradual`, on random frameworks under all four gradual semantics.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { argmap } from "../../src/index.js";
import { ukraineJapan } from "../../src/datasets/index.js";
import { ArgmapError } from "../../src/errors.js";
import { ArgumentMap } from "../../src/map/argument-map.js";
import {
  contributions,
  evaluateMap,
  evaluationStrength,
  frameworkFromEdges,
  frameworkFromMap,
  gradual,
  GRADUAL_SEMANTICS,
  TimeLimitError,
  type ContributionMethod,
  type GradualSemantics,
} from "../../src/evaluate/index.js";
import { errorOf as thrown } from "../thrown.js";

interface Spec {
  readonly n: number;
  readonly base: readonly number[];
  readonly attacks: readonly (readonly [number, number])[];
  readonly supports: readonly (readonly [number, number])[];
}

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `a${i}`);

/** The framework of a spec restricted to `keep` (all arguments when undefined), optionally without the relations into `cut`. */
function build(spec: Spec, keep?: ReadonlySet<number>, cut?: number, base?: readonly number[]) {
  const inside = (i: number): boolean => keep === undefined || keep.has(i);
  const names = ids(spec.n).filter((_, i) => inside(i));
  const pairs = (list: Spec["attacks"]) => list.filter(([a, b]) => inside(a) && inside(b) && b !== cut).map(([a, b]) => [`a${a}`, `a${b}`] as const);
  const scores = (base ?? spec.base).filter((_, i) => inside(i));
  return frameworkFromEdges(names, pairs(spec.attacks), { supports: pairs(spec.supports), base: scores });
}

function strengthOf(spec: Spec, semantics: GradualSemantics, topic: number, keep?: ReadonlySet<number>, cut?: number, base?: readonly number[]): number {
  const af = build(spec, keep, cut, base);
  const result = gradual(af, semantics, { tolerance: 1e-13, maxIterations: 100_000 });
  expect(result.converged).toBe(true);
  return result.strengths[af.indexOf(`a${topic}`)]!;
}

/** Random frameworks: n arguments, edges from higher to lower numbers when acyclic; argument 0 is the topic. */
function spec(acyclic: boolean, maxN = 7): fc.Arbitrary<Spec> {
  return fc.integer({ min: 2, max: maxN }).chain((n) =>
    fc
      .record({
        base: fc.array(fc.double({ min: 0.02, max: 0.98, noNaN: true }), { minLength: n, maxLength: n }),
        edges: fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.boolean()), { selector: ([a, b]) => `${a}-${b}`, maxLength: 2 * n }),
      })
      .map(({ base, edges }) => {
        const kept = edges.filter(([a, b]) => a !== b && (!acyclic || a > b));
        return { n, base, attacks: kept.filter((e) => e[2]).map(([a, b]) => [a, b] as const), supports: kept.filter((e) => !e[2]).map(([a, b]) => [a, b] as const) };
      }),
  );
}

const all = (n: number): Set<number> => new Set(Array.from({ length: n }, (_, i) => i));
const without = (n: number, x: number): Set<number> => new Set([...all(n)].filter((i) => i !== x));

function valuesOf(spec: Spec, semantics: GradualSemantics, method: ContributionMethod, extra = {}): number[] {
  const result = contributions(build(spec), "a0", { semantics, method, ...extra });
  const byId = new Map(result.contributions.map((c) => [c.id, c.value]));
  expect(result.contributions).toHaveLength(spec.n - 1);
  return Array.from({ length: spec.n }, (_, i) => (i === 0 ? 0 : byId.get(`a${i}`)!));
}

/** Shapley values by the definition, over every subset of the other arguments. */
function shapleyByDefinition(spec: Spec, semantics: GradualSemantics, x: number): number {
  const others = Array.from({ length: spec.n }, (_, i) => i).filter((i) => i !== 0 && i !== x);
  const m = spec.n - 1;
  const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
  let value = 0;
  for (let mask = 0; mask < 2 ** others.length; mask++) {
    const set = new Set([0, ...others.filter((_, j) => (mask >> j) & 1)]);
    const size = set.size - 1;
    const w = (factorial(size) * factorial(m - size - 1)) / factorial(m);
    value += w * (strengthOf(spec, semantics, 0, new Set([...set, x])) - strengthOf(spec, semantics, 0, set));
  }
  return value;
}

describe("contributions", () => {
  for (const semantics of GRADUAL_SEMANTICS) {
    describe(semantics, () => {
      test("removal and restricted removal follow their definitions (acyclic and cyclic)", () => {
        fc.assert(
          fc.property(fc.boolean().chain((acyclic) => spec(acyclic)), (s) => {
            let converges = true;
            try {
              valuesOf(s, semantics, "removal");
            } catch (error) {
              converges = false;
              expect((error as ArgmapError<string>).code).toBe("not-converged");
            }
            fc.pre(converges);
            const removal = valuesOf(s, semantics, "removal");
            const restricted = valuesOf(s, semantics, "restricted-removal");
            const whole = strengthOf(s, semantics, 0);
            for (let x = 1; x < s.n; x++) {
              const gone = strengthOf(s, semantics, 0, without(s.n, x));
              expect(removal[x]).toBeCloseTo(whole - gone, 7);
              expect(restricted[x]).toBeCloseTo(strengthOf(s, semantics, 0, undefined, x) - gone, 7);
            }
          }),
          { numRuns: 60 },
        );
      });

      test("exact Shapley values follow the definition", () => {
        fc.assert(
          fc.property(fc.boolean().chain((acyclic) => spec(acyclic, 6)), (s) => {
            let values: number[];
            try {
              values = valuesOf(s, semantics, "shapley");
            } catch (error) {
              expect((error as ArgmapError<string>).code).toBe("not-converged");
              return;
            }
            for (let x = 1; x < s.n; x++) expect(values[x]).toBeCloseTo(shapleyByDefinition(s, semantics, x), 7);
          }),
          { numRuns: 25 },
        );
      });

      test("the gradient is the derivative (central differences, acyclic and cyclic)", () => {
        fc.assert(
          fc.property(fc.boolean().chain((acyclic) => spec(acyclic)), (s) => {
            let gradient: number[];
            try {
              gradient = valuesOf(s, semantics, "gradient", { tolerance: 1e-13, maxIterations: 100_000 });
            } catch (error) {
              expect((error as ArgmapError<string>).code).toBe("not-converged");
              return;
            }
            const h = 1e-6;
            for (let x = 1; x < s.n; x++) {
              const at = (d: number) => strengthOf(s, semantics, 0, undefined, undefined, s.base.map((b, i) => (i === x ? b + d : b)));
              expect(gradient[x]).toBeCloseTo((at(h) - at(-h)) / (2 * h), 4);
            }
          }),
          { numRuns: 60 },
        );
      });
    });
  }

  test("Shapley with chosen players: the others always take part", () => {
    fc.assert(
      fc.property(spec(true, 6), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (s, chosen) => {
        const players = Array.from({ length: s.n }, (_, i) => i).filter((i) => i !== 0 && chosen[i]);
        const others = Array.from({ length: s.n }, (_, i) => i).filter((i) => i !== 0 && !chosen[i]);
        const values = valuesOf(s, "euler", "shapley", { players: players.map((i) => `a${i}`) });
        const m = players.length;
        const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
        for (const x of players) {
          const rest = players.filter((p) => p !== x);
          let expected = 0;
          for (let mask = 0; mask < 2 ** rest.length; mask++) {
            const set = new Set([0, ...others, ...rest.filter((_, j) => (mask >> j) & 1)]);
            const size = set.size - 1 - others.length;
            const w = (factorial(size) * factorial(m - size - 1)) / factorial(m);
            expected += w * (strengthOf(s, "euler", 0, new Set([...set, x])) - strengthOf(s, "euler", 0, set));
          }
          expect(values[x]).toBeCloseTo(expected, 9);
        }
        for (const x of others) expect(values[x]).toBe(0);
      }),
      { numRuns: 40 },
    );
  });

  test("arguments without a path to the topic contribute 0, under every method", () => {
    const af = frameworkFromEdges(["t", "a", "far", "farther"], [["a", "t"], ["farther", "far"]], { base: [0.5, 0.7, 0.6, 0.4] });
    for (const method of ["removal", "restricted-removal", "shapley", "gradient"] as const) {
      const result = contributions(af, "t", { semantics: "dfquad", method });
      expect(result.players).toBe(1);
      expect(result.contributions.filter((c) => c.id.startsWith("far")).map((c) => c.value)).toEqual([0, 0]);
    }
  });

  describe("kinks: the right derivative", () => {
    // DF-QuAD: t (base 0.8) has an attacker a and a supporter b of equal
    // strength, so va = vs: raising a gives slope −0.8, raising b slope 0.2.
    const af = frameworkFromEdges(["t", "a", "b"], [["a", "t"]], { supports: [["b", "t"]], base: [0.8, 0.5, 0.5] });
    const right = (id: string, h = 1e-7): number => {
      const base = [0.8, 0.5, 0.5].map((b, i) => (af.id(i) === id ? b + h : b));
      return (gradual(frameworkFromEdges(["t", "a", "b"], [["a", "t"]], { supports: [["b", "t"]], base }), "dfquad").strengths[0]! - gradual(af, "dfquad").strengths[0]!) / h;
    };

    test("on a tie of attack and support, each side takes the branch its own change selects", () => {
      const result = contributions(af, "t", { semantics: "dfquad", method: "gradient" });
      const value = (id: string) => result.contributions.find((c) => c.id === id)!.value;
      expect(value("a")).toBeCloseTo(-0.8, 12);
      expect(value("b")).toBeCloseTo(0.2, 12);
      expect(value("a")).toBeCloseTo(right("a"), 5);
      expect(value("b")).toBeCloseTo(right("b"), 5);
    });

    test("a kink further down passes its branch on to the arguments behind it", () => {
      // c attacks b: lowering b's strength by raising c tips t to va > vs.
      const deeper = frameworkFromEdges(["t", "a", "b", "c"], [["a", "t"], ["c", "b"]], { supports: [["b", "t"]], base: [0.8, 0.25, 0.5, 0.5] });
      const strength = (base: number[]) => gradual(frameworkFromEdges(["t", "a", "b", "c"], [["a", "t"], ["c", "b"]], { supports: [["b", "t"]], base }), "dfquad").strengths[0]!;
      const result = contributions(deeper, "t", { semantics: "dfquad", method: "gradient" });
      const base = [0.8, 0.25, 0.5, 0.5];
      for (const [i, id] of [[1, "a"], [2, "b"], [3, "c"]] as const) {
        const h = 1e-7;
        const fd = (strength(base.map((b, j) => (j === i ? b + h : b))) - strength(base)) / h;
        expect(result.contributions.find((c) => c.id === id)!.value).toBeCloseTo(fd, 5);
      }
    });

    test("a base score of 1 gets the left derivative, since it cannot grow", () => {
      const top = frameworkFromEdges(["t", "a", "b"], [["a", "t"]], { supports: [["b", "t"]], base: [0.8, 1, 1] });
      const result = contributions(top, "t", { semantics: "dfquad", method: "gradient" });
      // Lowering a below b leaves va < vs: slope (1 − 0.8) on va.
      expect(result.contributions.find((c) => c.id === "a")!.value).toBeCloseTo(-0.2, 12);
      expect(result.contributions.find((c) => c.id === "b")!.value).toBeCloseTo(0.8, 12);
    });
  });

  describe("maps: claims and relations, linked premises", () => {
    const map = ukraineJapan();
    const af = frameworkFromMap(map, { premiseAttacks: false });
    const thesis = (m: ArgumentMap) => evaluationStrength(evaluateMap(m, "dfquad"), "thesis")!;

    test("removing a claim removes the relations that need it as a premise, as removeClaim does", () => {
      const result = contributions(af, "thesis", { semantics: "dfquad", method: "removal" });
      const whole = thesis(map);
      for (const { id, value } of result.contributions) {
        const copy = ArgumentMap.fromJSON(map.toJSON());
        if (copy.hasClaim(id)) copy.removeClaim(id, { cascade: true });
        else copy.removeRelation(id, { cascade: true });
        expect(value, id).toBeCloseTo(whole - thesis(copy), 12);
      }
      // resilience is one of two linked premises of u-broadens: without it the undercut goes.
      expect(result.contributions.find((c) => c.id === "resilience")!.value).not.toBe(0);
    });

    test("the gradient by a claim's base score is the one-sided derivative of the map's strength", () => {
      const result = contributions(af, "thesis", { semantics: "dfquad", method: "gradient" });
      const h = 1e-7;
      for (const claim of map.claims()) {
        if (claim.id === "thesis") continue;
        const copy = ArgumentMap.fromJSON(map.toJSON());
        copy.updateClaim(claim.id, { base: (claim.base ?? 0.5) + h });
        expect(result.contributions.find((c) => c.id === claim.id)!.value, claim.id).toBeCloseTo((thesis(copy) - thesis(map)) / h, 5);
      }
    });

    test("the topic may be a relation; its strength follows its premises", () => {
      const result = contributions(af, "u-broadens", { semantics: "dfquad", method: "shapley" });
      expect(result.players).toBe(2);
      expect(result.contributions.find((c) => c.id === "resilience")!.value).toBeGreaterThan(0);
    });
  });

  describe("sampled Shapley", () => {
    // A tree of 15 arguments: 14 players.
    const names = ids(15);
    const edges: [string, string][] = [];
    const supports: [string, string][] = [];
    for (let i = 1; i < 15; i++) (i % 3 === 0 ? supports : edges).push([`a${i}`, `a${(i - 1) >> 1}`]);
    const af = frameworkFromEdges(names, edges, { supports, base: names.map((_, i) => 0.3 + ((i * 37) % 11) / 20) });

    test("each estimate lies within its stated error of the exact value", () => {
      const exact = contributions(af, "a0", { semantics: "dfquad", method: "shapley" });
      expect(exact.exact).toBe(true);
      for (const seed of [1, 2, 3]) {
        const sampled = contributions(af, "a0", { semantics: "dfquad", method: "shapley", exactPlayers: 0, samples: 400, seed });
        expect(sampled.exact).toBe(false);
        expect(sampled.samples).toBe(400);
        expect(sampled.confidence).toBe(0.95);
        sampled.contributions.forEach((entry, i) => {
          expect(entry.error).toBeGreaterThan(0);
          expect(Math.abs(entry.value - exact.contributions[i]!.value)).toBeLessThanOrEqual(entry.error!);
        });
      }
    });

    test("the same seed gives the same estimates; the estimates sum to the topic's gain", () => {
      const one = contributions(af, "a0", { semantics: "euler", method: "shapley", exactPlayers: 0, samples: 50, seed: 9 });
      const two = contributions(af, "a0", { semantics: "euler", method: "shapley", exactPlayers: 0, samples: 50, seed: 9 });
      const other = contributions(af, "a0", { semantics: "euler", method: "shapley", exactPlayers: 0, samples: 50, seed: 10 });
      expect(two).toEqual(one);
      expect(other).not.toEqual(one);
      // Efficiency: every order's marginal contributions add up to v(all) − v(∅).
      const total = one.contributions.reduce((sum, c) => sum + c.value, 0);
      expect(total).toBeCloseTo(one.strength - 0.3, 10);
    });
  });

  describe("refusals and limits", () => {
    const af = frameworkFromEdges(["t", "a"], [["a", "t"]]);

    test("bad topics, semantics, methods and options are refused with codes and paths", () => {
      expect(thrown(() => contributions(af, "nope", { semantics: "dfquad", method: "removal" }))).toMatchObject({ code: "unknown-argument" });
      expect(thrown(() => contributions(af, "t", { semantics: "grounded" as GradualSemantics, method: "removal" }))).toMatchObject({ code: "invalid-framework", issues: [{ path: ["semantics"] }] });
      expect(thrown(() => contributions(af, "t", { semantics: "dfquad", method: "banzhaf" as ContributionMethod }))).toMatchObject({ code: "invalid-framework", issues: [{ path: ["method"] }] });
      for (const [key, value] of [["step", 0], ["samples", 0], ["exactPlayers", 25], ["confidence", 1], ["maxIterations", 1.5], ["aggregation", "max"], ["timeLimit", -1]] as const) {
        expect(thrown(() => contributions(af, "t", { semantics: "dfquad", method: "shapley", [key]: value }))).toMatchObject({ code: "invalid-framework", issues: [{ path: [key] }] });
      }
    });

    test("a cyclic framework whose strengths do not settle is refused, and settles with a smaller step", () => {
      const cycle = frameworkFromEdges(["a", "b"], [["a", "b"], ["b", "a"]], { base: [1, 1] });
      for (const method of ["removal", "restricted-removal", "shapley", "gradient"] as const) {
        expect(thrown(() => contributions(cycle, "a", { semantics: "dfquad", method }))).toMatchObject({ code: "not-converged", issues: [{ path: ["maxIterations"] }] });
      }
      const damped = contributions(cycle, "a", { semantics: "dfquad", method: "removal", step: 0.5 });
      expect(damped.acyclic).toBe(false);
      expect(damped.strength).toBeCloseTo(0.5, 6);
      // Without b, a is unattacked: strength 1.
      expect(damped.contributions[0]!.value).toBeCloseTo(-0.5, 6);
    });

    test("a fired signal and an expired time limit stop it with aborted and time-limit", () => {
      const big = frameworkFromEdges(3000, Int32Array.from({ length: 5998 }, (_, k) => (k % 2 === 0 ? k / 2 + 1 : (k - 1) / 2)));
      const controller = new AbortController();
      controller.abort();
      expect(thrown(() => contributions(big, 0, { semantics: "dfquad", method: "removal", signal: controller.signal }))).toMatchObject({ code: "aborted" });
      expect(thrown(() => contributions(big, 0, { semantics: "dfquad", method: "removal", timeLimit: 0 }))).toBeInstanceOf(TimeLimitError);
    });

    test("long chains: no recursion, and the gradient of a 200,000-argument chain in one pass", () => {
      const n = 200_000;
      const pairs = new Int32Array(2 * (n - 1));
      for (let i = 1; i < n; i++) {
        pairs[2 * (i - 1)] = i;
        pairs[2 * (i - 1) + 1] = i - 1;
      }
      const chain = frameworkFromEdges(n, pairs, { base: new Float64Array(n).fill(0.5) });
      const result = contributions(chain, 0, { semantics: "h-categorizer", method: "gradient" });
      expect(result.contributions).toHaveLength(n - 1);
      expect(result.contributions[0]!.value).toBeLessThan(0);
      expect(result.contributions[1]!.value).toBeGreaterThan(0);
    });
  });

  test("results are plain data", () => {
    const map = argmap("Tea").claim("t", "Tea is good.").claim("o", "It is bitter.").attack("o", "t", { id: "r" }).build();
    const result = contributions(frameworkFromMap(map, { premiseAttacks: false }), "t", { semantics: "dfquad", method: "shapley" });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

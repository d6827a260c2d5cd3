/**
 * explainClaim() and cruxes(): explanations at the level of a map, in claim
 * and relation ids, checked on the worked example and, for the cruxes,
 * against removing each claim from the map and evaluating it again.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { cruxes, evaluateMap, evaluationLabel, explainClaim, TimeLimitError, type ExtensionSemantics, type GradualSemantics } from "../../src/evaluate/index.js";
import { argmap, ArgumentMap } from "../../src/index.js";
import { errorOf } from "../thrown.js";

/** Random maps: claims c0 (the thesis) … c(n−1); relations from one or two claims to a claim or an earlier relation. */
const maps = fc.integer({ min: 2, max: 7 }).chain((n) =>
  fc
    .array(fc.record({ from: fc.uniqueArray(fc.nat(n - 1), { minLength: 1, maxLength: 2 }), to: fc.nat(n + 8), attack: fc.boolean() }), { maxLength: 9 })
    .map((specs) => {
      const builder = argmap("Random").thesis("c0", "Claim 0.");
      for (let i = 1; i < n; i++) builder.claim(`c${i}`, `Claim ${i}.`);
      const relations: string[] = [];
      specs.forEach((spec, k) => {
        const to = spec.to < n || relations.length === 0 ? `c${spec.to % n}` : relations[spec.to % relations.length]!;
        const from = spec.from.map((i) => `c${i}`).filter((c) => c !== to);
        if (from.length === 0) return;
        const id = `r${k}`;
        if (spec.attack) builder.attack(from, to, { id });
        else builder.support(from, to, { id });
        relations.push(id);
      });
      return builder.build();
    }),
);

describe("explainClaim", () => {
  const map = ukraineJapan();

  test("the thesis: its label, its defence with the premises of its relations, its objection and the answer", () => {
    const why = explainClaim(map, "thesis");
    expect(why).toMatchObject({ id: "thesis", kind: "claim", semantics: "grounded", label: "in", credulous: true, sceptical: true, base: 0.5 });
    expect(why.defence).toEqual({ claims: ["thesis", "compatible"], relations: ["u-compatible"], minimal: true });
    expect(why.attacks).toEqual([{ relation: "o-too-sensitive", premises: ["too-sensitive"], label: "out", answeredBy: ["u-compatible"] }]);
    expect(why.defeaters).toEqual([]);
    expect(why.contributions!).toMatchObject({ semantics: "dfquad", method: "removal", exact: true });
    expect(why.contributions!.strength).toBeCloseTo(evaluateMap(map, "dfquad").strengths!.find((s) => s.id === "thesis")!.strength, 12);
    const magnitudes = why.contributions!.entries.map((e) => Math.abs(e.value));
    expect(magnitudes).toEqual([...magnitudes].sort((a, b) => b - a));
    expect(why.contributions!.entries.every((e) => e.value !== 0 && e.kind === (map.hasClaim(e.id) ? "claim" : "relation"))).toBe(true);
    expect(JSON.parse(JSON.stringify(why))).toEqual(why);
  });

  test("a defeated relation, a gradual semantics, Shapley over the claims, a limit", () => {
    expect(explainClaim(map, "o-too-sensitive")).toMatchObject({ kind: "relation", label: "out", defeaters: ["u-compatible"], base: 1 });
    const gradual = explainClaim(map, "thesis", { semantics: "quadratic-energy", method: "gradient", limit: 2 });
    expect(gradual.label).toBeUndefined();
    expect(gradual.defence).toBeUndefined();
    expect(gradual.attacks).toEqual([{ relation: "o-too-sensitive", premises: ["too-sensitive"], answeredBy: [] }]);
    expect(gradual.contributions!).toMatchObject({ semantics: "quadratic-energy", method: "gradient" });
    expect(gradual.contributions!.entries).toHaveLength(2);
    const shapley = explainClaim(map, "thesis", { method: "shapley", gradual: "euler" });
    expect(shapley.contributions!.exact).toBe(true);
    expect(shapley.contributions!.entries.every((e) => e.kind === "claim")).toBe(true);
    // Efficiency: the claims' Shapley values add up to the change from no claim to all.
    const total = shapley.contributions!.entries.reduce((sum, e) => sum + e.value, 0);
    const bare = explainClaim(argmap("Bare").thesis("thesis", "T.").build(), "thesis", { semantics: "euler" }).contributions!.strength;
    expect(total).toBeCloseTo(shapley.contributions!.strength - bare, 10);
  });

  test("every claim and relation of its defence stands, on random maps and semantics", () => {
    fc.assert(
      fc.property(maps, fc.constantFrom<ExtensionSemantics>("grounded", "complete", "preferred", "stable", "ideal"), (random, semantics) => {
        for (const claim of random.claims()) {
          const why = explainClaim(random, claim.id, { semantics });
          expect(why.label).toBe(evaluationLabel(evaluateMap(random, semantics), claim.id));
          if (why.defence === undefined) continue;
          // In an extension that holds it: for sceptically accepted claims, every member is sceptically in.
          if (why.sceptical === true && (semantics === "grounded" || semantics === "ideal")) {
            for (const id of [...why.defence.claims, ...why.defence.relations]) expect(evaluationLabel(evaluateMap(random, semantics), id)).toBe("in");
          }
          for (const relation of why.defence.relations) for (const premise of random.relation(relation)!.from) expect(why.defence.claims).toContain(premise);
          for (const attack of why.attacks) expect(attack.answeredBy.length > 0 || attack.label !== "out" || why.label !== "in").toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  test("refuses unknown ids, semantics and options, and stops on its signal and time limit", () => {
    expect(errorOf(() => explainClaim(map, "nope"))).toMatchObject({ code: "unknown-argument", issues: [{ path: ["id"] }] });
    expect(errorOf(() => explainClaim(map, "thesis", { semantics: "nope" as ExtensionSemantics }))).toMatchObject({ code: "invalid-framework", issues: [{ path: ["semantics"] }] });
    expect(errorOf(() => explainClaim(map, "thesis", { gradual: "grounded" as GradualSemantics }))).toMatchObject({ code: "invalid-framework", issues: [{ path: ["gradual"] }] });
    expect(errorOf(() => explainClaim(map, "thesis", { limit: 1.5 }))).toMatchObject({ code: "invalid-framework", issues: [{ path: ["limit"] }] });
    expect(errorOf(() => explainClaim(map, "thesis", { timeLimit: 0 }))).toBeInstanceOf(TimeLimitError);
    const controller = new AbortController();
    controller.abort();
    expect(errorOf(() => explainClaim(map, "thesis", { signal: controller.signal }))).toMatchObject({ code: "aborted" });
  });
});

describe("cruxes", () => {
  const map = ukraineJapan();

  test("on the worked example: compatible alone changes the label; the rest are ranked by how far they move the strength", () => {
    const result = cruxes(map);
    expect(result).toMatchObject({ thesis: "thesis", semantics: "grounded", label: "in", gradual: "dfquad", exhaustive: true });
    expect(result.cruxes[0]).toEqual({ id: "compatible", changesLabel: true, label: "out", contribution: 0.125 });
    expect(result.cruxes.slice(1).every((c) => !c.changesLabel && c.label === "in")).toBe(true);
    expect(result.cruxes).toHaveLength(5);
    const gradual = cruxes(map, { semantics: "euler", limit: 3 });
    expect(gradual.label).toBeUndefined();
    const moves = gradual.cruxes.map((c) => Math.abs(c.contribution!));
    expect(moves).toEqual([...moves].sort((a, b) => b - a));
    expect(gradual.cruxes).toHaveLength(3);
  });

  test("the label changers are exactly the claims whose removal changes the label (random maps, grounded and preferred)", () => {
    fc.assert(
      fc.property(maps, fc.constantFrom<ExtensionSemantics>("grounded", "preferred"), (random, semantics) => {
        const expected = new Map<string, string>();
        const before = evaluationLabel(evaluateMap(random, semantics), "c0");
        for (const claim of random.claims()) {
          if (claim.id === "c0") continue;
          const copy = ArgumentMap.fromJSON(random.toJSON());
          copy.removeClaim(claim.id, { cascade: true });
          const after = evaluationLabel(evaluateMap(copy, semantics), "c0");
          if (after !== before) expected.set(claim.id, after!);
        }
        const result = cruxes(random, { semantics, limit: 0 });
        expect(result.exhaustive).toBe(true);
        expect(new Map(result.cruxes.filter((c) => c.changesLabel).map((c) => [c.id, c.label!]))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  test("candidates bounds the claims tried and says so", () => {
    const tie = argmap("Tie").thesis("t", "T.").claim("a", "A.").claim("b", "B.").attack("a", "t", { id: "x" }).attack("b", "a", { id: "y" }).attack("a", "b", { id: "z" }).build();
    expect(cruxes(tie, { semantics: "preferred" })).toMatchObject({ label: "undec", exhaustive: true });
    const bounded = cruxes(tie, { semantics: "preferred", candidates: 1 });
    expect(bounded.exhaustive).toBe(false);
  });

  test("refuses a map without a thesis unless one is given, and bad options", () => {
    const bare = argmap("No thesis").claim("a", "A.").claim("b", "B.").attack("b", "a", { id: "r" }).build();
    expect(errorOf(() => cruxes(bare))).toMatchObject({ code: "unknown-argument", issues: [{ path: ["thesis"] }] });
    expect(cruxes(bare, { thesis: "a" }).cruxes).toEqual([{ id: "b", changesLabel: true, label: "in", contribution: -0.25 }]);
    expect(errorOf(() => cruxes(bare, { thesis: "zz" }))).toMatchObject({ code: "unknown-argument", issues: [{ path: ["thesis"] }] });
    expect(errorOf(() => cruxes(map, { limit: -1 }))).toMatchObject({ code: "invalid-framework", issues: [{ path: ["limit"] }] });
    expect(errorOf(() => cruxes(map, { candidates: 0.5 }))).toMatchObject({ code: "invalid-framework", issues: [{ path: ["candidates"] }] });
  });
});

import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { argmap } from "../../src/map/builder.js";
import { evaluateMap, EXTENSION_SEMANTICS, GRADUAL_SEMANTICS } from "../../src/evaluate/index.js";

describe("evaluateMap", () => {
  const uj = ukraineJapan();
  const ids = [...uj.claims().map((c) => c.id), ...uj.relations().map((r) => r.id)];

  test.each(EXTENSION_SEMANTICS.map((s) => [s]))("%s: a label for every claim and relation", (semantics) => {
    const evaluation = evaluateMap(uj, semantics);
    expect(evaluation.semantics).toBe(semantics);
    expect(evaluation.strengths).toBeUndefined();
    expect([...evaluation.labels!.keys()]).toEqual(ids);
    expect(evaluation.labels!.get("thesis")).toBe("in");
    expect(evaluation.labels!.get("o-too-sensitive")).toBe("out");
  });

  test.each(GRADUAL_SEMANTICS.map((s) => [s]))("%s: a strength in [0, 1] for every claim and relation", (semantics) => {
    const evaluation = evaluateMap(uj, semantics);
    expect(evaluation.labels).toBeUndefined();
    expect([...evaluation.strengths!.keys()]).toEqual(ids);
    for (const s of evaluation.strengths!.values()) expect(s >= 0 && s <= 1).toBe(true);
    expect(evaluation.converged).toBe(true);
    expect(evaluation.iterations).toBe(1);
  });

  test("DF-QuAD numbers of the worked example in docs/evaluation.md", () => {
    const s = evaluateMap(uj, "dfquad").strengths!;
    // u-not-automatic: base 1 × min(not-quickly = 0.75) = 0.75, attacked by two replies of 0.5: 0.75 · (1 − 0.75) = 0.1875
    expect(s.get("u-not-automatic")).toBeCloseTo(0.1875, 12);
    // r-enables: 1 × 0.5, attacked by 0.1875: 0.5 − 0.5 · 0.1875 = 0.40625
    expect(s.get("r-enables")).toBeCloseTo(0.40625, 12);
    // thesis: vs = 1 − (1 − 0.40625) · 0.5^5, va = 0.25
    const vs = 1 - (1 - 0.40625) * 0.5 ** 5;
    expect(s.get("thesis")).toBeCloseTo(0.5 + 0.5 * (vs - 0.25), 12);
  });

  test("several extensions combine sceptically: a two-way conflict leaves both undec", () => {
    const map = argmap("Tie").claim("a", "A.").claim("b", "B.").attack("a", "b", { id: "ab" }).attack("b", "a", { id: "ba" }).build();
    const preferred = evaluateMap(map, "preferred").labels!;
    expect(preferred.get("a")).toBe("undec");
    expect(preferred.get("ab")).toBe("undec");
    expect(evaluateMap(map, "preferred", { limit: 1 }).labels!.get("a")).not.toBe("undec");
  });

  test("stable with no extension labels everything undec", () => {
    const map = argmap("Odd")
      .claim("a", "A.").claim("b", "B.").claim("c", "C.")
      .attack("a", "b", { id: "x" }).attack("b", "c", { id: "y" }).attack("c", "a", { id: "z" })
      .build();
    expect([...evaluateMap(map, "stable").labels!.values()].every((l) => l === "undec")).toBe(true);
  });

  test("unknown semantics and bad options are reported", () => {
    expect(() => evaluateMap(uj, "nope" as "grounded")).toThrowError(expect.objectContaining({ code: "invalid-framework" }));
    expect(() => evaluateMap(uj, "preferred", { limit: 0 })).toThrowError(expect.objectContaining({ code: "invalid-framework" }));
    expect(() => evaluateMap(uj, "dfquad", { step: 2 })).toThrowError(expect.objectContaining({ code: "invalid-framework" }));
  });
});

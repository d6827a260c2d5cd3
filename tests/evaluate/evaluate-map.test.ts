import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import type { ArgumentMap } from "../../src/map/argument-map.js";
import { argmap } from "../../src/map/builder.js";
import { evaluateMap, evaluationLabel, evaluationStrength, EXTENSION_SEMANTICS, GRADUAL_SEMANTICS, type MapEvaluation } from "../../src/evaluate/index.js";

describe("evaluateMap", () => {
  const uj = ukraineJapan();
  const ids = [...uj.claims().map((c) => c.id), ...uj.relations().map((r) => r.id)];

  test.each(EXTENSION_SEMANTICS.map((s) => [s]))("%s: a label for every claim and relation", (semantics) => {
    const evaluation = evaluateMap(uj, semantics);
    expect(evaluation.semantics).toBe(semantics);
    expect(evaluation.complete).toBe(true);
    expect(evaluation.strengths).toBeUndefined();
    expect(evaluation.converged).toBeUndefined();
    expect(evaluation.labels!.map((e) => e.id)).toEqual(ids);
    expect(evaluationLabel(evaluation, "thesis")).toBe("in");
    expect(evaluationLabel(evaluation, "o-too-sensitive")).toBe("out");
    expect(evaluationStrength(evaluation, "thesis")).toBeUndefined();
  });

  test.each(GRADUAL_SEMANTICS.map((s) => [s]))("%s: a strength in [0, 1] for every claim and relation", (semantics) => {
    const evaluation = evaluateMap(uj, semantics);
    expect(evaluation.labels).toBeUndefined();
    expect(evaluation.strengths!.map((e) => e.id)).toEqual(ids);
    for (const { strength } of evaluation.strengths!) expect(strength >= 0 && strength <= 1).toBe(true);
    expect(evaluation.converged).toBe(true);
    expect(evaluation.complete).toBe(true);
    expect(evaluation.iterations).toBe(1);
  });

  test("DF-QuAD numbers of the worked example in docs/evaluation.md", () => {
    const evaluation = evaluateMap(uj, "dfquad");
    const s = (id: string): number => evaluationStrength(evaluation, id)!;
    // u-not-automatic: base 1 × min(not-quickly = 0.75) = 0.75, attacked by two replies of 0.5: 0.75 · (1 − 0.75) = 0.1875
    expect(s("u-not-automatic")).toBeCloseTo(0.1875, 12);
    // r-enables: 1 × 0.5, attacked by 0.1875: 0.5 − 0.5 · 0.1875 = 0.40625
    expect(s("r-enables")).toBeCloseTo(0.40625, 12);
    // thesis: vs = 1 − (1 − 0.40625) · 0.5^5, va = 0.25
    const vs = 1 - (1 - 0.40625) * 0.5 ** 5;
    expect(s("thesis")).toBeCloseTo(0.5 + 0.5 * (vs - 0.25), 12);
  });

  test("several extensions combine sceptically: a two-way conflict leaves both undec", () => {
    const map = argmap("Tie").claim("a", "A.").claim("b", "B.").attack("a", "b", { id: "ab" }).attack("b", "a", { id: "ba" }).build();
    const preferred = evaluateMap(map, "preferred");
    expect(evaluationLabel(preferred, "a")).toBe("undec");
    expect(evaluationLabel(preferred, "ab")).toBe("undec");
    expect(preferred.complete).toBe(true);
  });

  test("stable with no extension labels everything undec", () => {
    const map = argmap("Odd")
      .claim("a", "A.").claim("b", "B.").claim("c", "C.")
      .attack("a", "b", { id: "x" }).attack("b", "c", { id: "y" }).attack("c", "a", { id: "z" })
      .build();
    expect(evaluateMap(map, "stable").labels!.every((e) => e.label === "undec")).toBe(true);
  });

  test("a gradual iteration cut off by its cap says so", () => {
    // Euler-based strengths on a cycle need more than two rounds.
    const map = argmap("Cycle")
      .claim("a", "A.").claim("b", "B.").claim("c", "C.")
      .attack("a", "b", { id: "x" }).attack("b", "c", { id: "y" }).attack("c", "a", { id: "z" })
      .build();
    const cut = evaluateMap(map, "h-categorizer", { maxIterations: 2 });
    expect(cut.converged).toBe(false);
    expect(cut.complete).toBe(false);
    expect(cut.iterations).toBe(2);
    const full = evaluateMap(map, "h-categorizer");
    expect(full.converged).toBe(true);
    expect(full.complete).toBe(true);
  });

  test("unknown semantics and bad options are reported", () => {
    expect(() => evaluateMap(uj, "nope" as "grounded")).toThrowError(expect.objectContaining({ code: "invalid-framework" }));
    expect(() => evaluateMap(uj, "dfquad", { step: 2 })).toThrowError(expect.objectContaining({ code: "invalid-framework" }));
  });
});

describe("MapEvaluation as JSON", () => {
  const HOSTILE = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "", " ", "a\nb", "\u202Egnp.exe", "0", "length"];

  /** A map whose claims carry hostile ids: a support chain with an attack, so that labels and strengths differ. */
  function hostileMap(): ArgumentMap {
    let builder = argmap("Hostile ids");
    const claimIds = HOSTILE.filter((id) => id !== "");
    claimIds.forEach((id, i) => {
      builder = builder.claim(id, `Claim ${i}.`);
    });
    for (let i = 1; i < claimIds.length; i++) {
      builder = i % 3 === 0 ? builder.attack(claimIds[i]!, claimIds[i - 1]!, { id: `r${i}` }) : builder.support(claimIds[i]!, claimIds[i - 1]!, { id: `r${i}` });
    }
    return builder.build();
  }

  const map = hostileMap();
  const all = [...map.claims().map((c) => c.id), ...map.relations().map((r) => r.id)];

  test.each([...EXTENSION_SEMANTICS, ...GRADUAL_SEMANTICS].map((s) => [s]))("%s: stringify → parse keeps every label and strength", (semantics) => {
    const evaluation = evaluateMap(map, semantics);
    const back = JSON.parse(JSON.stringify(evaluation)) as MapEvaluation;
    expect(back).toEqual(evaluation);
    for (const id of all) {
      expect(evaluationLabel(back, id)).toBe(evaluationLabel(evaluation, id));
      expect(evaluationStrength(back, id)).toBe(evaluationStrength(evaluation, id));
      const present = (EXTENSION_SEMANTICS as readonly string[]).includes(semantics) ? evaluationLabel(back, id) : evaluationStrength(back, id);
      expect(present).toBeDefined();
    }
    expect((back.labels ?? back.strengths)!.map((e) => e.id)).toEqual(all);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
  });

  test("hostile ids keep distinct values and touch no prototype", () => {
    const evaluation = evaluateMap(map, "dfquad");
    const back = JSON.parse(JSON.stringify(evaluation)) as MapEvaluation;
    const values = new Set(all.map((id) => evaluationStrength(back, id)));
    expect(values.size).toBeGreaterThan(1);
    expect(evaluationStrength(back, "__proto__")).toBeTypeOf("number");
    expect(evaluationStrength(back, "not-an-id")).toBeUndefined();
    expect(evaluationLabel(back, "constructor")).toBeUndefined();
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });

  test("the semantics, complete, converged and iterations survive", () => {
    const gradual = JSON.parse(JSON.stringify(evaluateMap(map, "euler"))) as MapEvaluation;
    expect(gradual).toMatchObject({ semantics: "euler", complete: true, converged: true });
    expect(gradual.iterations).toBeTypeOf("number");
    const extension = JSON.parse(JSON.stringify(evaluateMap(map, "preferred"))) as MapEvaluation;
    expect(extension).toMatchObject({ semantics: "preferred", complete: true });
    expect(Object.keys(extension).sort()).toEqual(["complete", "labels", "semantics"]);
  });

  test("results are frozen plain data", () => {
    const evaluation = evaluateMap(map, "grounded");
    expect(Object.isFrozen(evaluation)).toBe(true);
    expect(Object.isFrozen(evaluation.labels)).toBe(true);
    expect(Object.isFrozen(evaluation.labels![0])).toBe(true);
  });
});

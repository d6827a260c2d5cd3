import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { argmap } from "../../src/map/builder.js";
import {
  credulouslyAccepted,
  evaluateMap,
  evaluationLabel,
  EXTENSION_SEMANTICS,
  frameworkFromEdges,
  frameworkFromMap,
  scepticallyAccepted,
  type AcceptanceLabel,
} from "../../src/evaluate/index.js";
import { guardedArgument, pairsMap } from "./families.js";
import { referenceExtensions, type Sem } from "./reference.js";

describe("sceptical and credulous acceptance without enumeration", () => {
  test.each([16, 18, 20, 60])("%i independent conflicts supporting a thesis: sceptical preferred answers", (k) => {
    const af = frameworkFromMap(pairsMap(k));
    expect(scepticallyAccepted(af, "preferred", "t")).toBe(true);
    expect(credulouslyAccepted(af, "preferred", "x0")).toBe(true);
    for (const id of ["x0", "y0", `s${k - 1}`, "p0", "q0"]) expect(scepticallyAccepted(af, "preferred", id)).toBe(false);
    for (const id of ["x0", `s${k - 1}`]) expect(scepticallyAccepted(af, "semi-stable", id)).toBe(false);
    expect(scepticallyAccepted(af, "stable", "t")).toBe(true);
  });

  test("an argument that every preferred extension defends through 40 conflicts", () => {
    const af = guardedArgument(40);
    expect(scepticallyAccepted(af, "preferred", "a")).toBe(true);
    expect(scepticallyAccepted(af, "semi-stable", "a")).toBe(true);
    expect(credulouslyAccepted(af, "semi-stable", "a")).toBe(true);
    expect(scepticallyAccepted(af, "preferred", "x1")).toBe(false);
    expect(scepticallyAccepted(af, "grounded", "a")).toBe(false);
    expect(credulouslyAccepted(af, "stable", "a")).toBe(false);
    expect(scepticallyAccepted(af, "stable", "x0")).toBe(true); // vacuously: no stable extension
  });

  test("a preferred extension that leaves the argument undecided is a counterexample", () => {
    // {e, a} and {f} are preferred; under {f}, b stays undecided (g attacks itself and b) and so does a.
    const af = frameworkFromEdges(["a", "b", "e", "f", "g"], [["g", "g"], ["g", "b"], ["e", "b"], ["b", "a"], ["e", "f"], ["f", "e"]]);
    expect(credulouslyAccepted(af, "preferred", "a")).toBe(true);
    expect(scepticallyAccepted(af, "preferred", "a")).toBe(false);
  });
});

describe("evaluateMap labels come from acceptance, not from a cut list", () => {
  test("20 independent two-cycles: all 40 claims undec, every relation right", () => {
    let builder = argmap("Twenty ties");
    for (let i = 0; i < 20; i++) builder = builder.claim(`a${i}`, `A${i}.`).claim(`b${i}`, `B${i}.`).attack(`a${i}`, `b${i}`, { id: `ab${i}` }).attack(`b${i}`, `a${i}`, { id: `ba${i}` });
    const map = builder.build();
    for (const semantics of ["preferred", "semi-stable", "stable", "complete"] as const) {
      const evaluation = evaluateMap(map, semantics);
      expect(evaluation.complete).toBe(true);
      const claims = evaluation.labels!.filter((e) => !e.id.startsWith("ab") && !e.id.startsWith("ba"));
      expect(claims).toHaveLength(40);
      expect(claims.every((e) => e.label === "undec")).toBe(true);
      expect(evaluation.labels!.every((e) => e.label === "undec")).toBe(true);
    }
  });

  test("a thesis supported by 60 conflicts is in; its supports stay undec", () => {
    const evaluation = evaluateMap(pairsMap(60), "preferred");
    expect(evaluationLabel(evaluation, "t")).toBe("in");
    expect(evaluationLabel(evaluation, "s59")).toBe("undec");
  });

  test("labels agree with brute force on small random maps", () => {
    const arbMap = fc.integer({ min: 1, max: 6 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        attacks: fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: Math.min(7, n * n), selector: ([a, b]) => a * 16 + b }).map((list) => list.filter(([a, b]) => a !== b)),
        undercuts: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(20)), { maxLength: 2 }),
      }),
    );
    fc.assert(
      fc.property(arbMap, ({ n, attacks, undercuts }) => {
        let builder = argmap("Random");
        for (let i = 0; i < n; i++) builder = builder.claim(`c${i}`, `C${i}.`);
        attacks.forEach(([a, b], i) => {
          builder = builder.attack(`c${a}`, `c${b}`, { id: `r${i}` });
        });
        if (attacks.length > 0) {
          undercuts.forEach(([a, r], i) => {
            builder = builder.attack(`c${a}`, `r${r % attacks.length}`, { id: `u${i}` });
          });
        }
        const map = builder.build();
        const af = frameworkFromMap(map);
        const small = { n: af.size, attacks: [] as [number, number][] };
        for (let x = 0; x < af.size; x++) for (let k = af.attacks.offsets[x]!; k < af.attacks.offsets[x + 1]!; k++) small.attacks.push([x, af.attacks.neighbors[k]!]);
        const attackedBy = (s: number): number => {
          let out = 0;
          for (const [x, y] of small.attacks) if (s & (1 << x)) out |= 1 << y;
          return out;
        };
        for (const semantics of EXTENSION_SEMANTICS) {
          const found = referenceExtensions(small, semantics as Sem);
          const evaluation = evaluateMap(map, semantics);
          for (let x = 0; x < af.size; x++) {
            const bit = 1 << x;
            let expected: AcceptanceLabel = "undec";
            if (found.length > 0 && found.every((s) => (s & bit) !== 0)) expected = "in";
            else if (found.length > 0 && found.every((s) => (attackedBy(s) & bit) !== 0)) expected = "out";
            expect(evaluationLabel(evaluation, af.id(x)), `${semantics} ${af.id(x)}`).toBe(expected);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

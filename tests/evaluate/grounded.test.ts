import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { extensionIds, frameworkFromEdges, grounded, IN, labelOf, labelsById, OUT, UNDEC } from "../../src/evaluate/index.js";

describe("grounded", () => {
  test("labels in, out and undec", () => {
    const fw = frameworkFromEdges(["a", "b", "c", "x", "y"], [["a", "b"], ["b", "c"], ["x", "y"], ["y", "x"]]);
    const g = grounded(fw);
    expect(extensionIds(fw, g)).toEqual(["a", "c"]);
    expect(Array.from(g.codes)).toEqual([IN, OUT, IN, UNDEC, UNDEC]);
    expect(labelOf(g, 1)).toBe("out");
    expect(labelsById(fw, g).get("x")).toBe("undec");
    expect(() => labelOf(g, 9)).toThrow(RangeError);
  });

  test("equals the naive fixpoint on larger random frameworks (argument-order sweeps and the queue both used)", () => {
    const arb = fc.integer({ min: 1, max: 400 }).chain((n) =>
      fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n }), fc.boolean()),
    );
    fc.assert(
      fc.property(arb, ([n, raw, chain]) => {
        // Half the cases add a long downward chain, which sweeps in argument order cannot finish.
        const list = chain ? [...raw, ...Array.from({ length: n - 1 }, (_, i) => [n - 1 - i, n - 2 - i] as [number, number])] : raw;
        const fw = frameworkFromEdges(n, list);
        const expected = new Uint8Array(n);
        for (let changed = true; changed; ) {
          changed = false;
          for (let a = 0; a < n; a++) {
            if (expected[a] !== UNDEC) continue;
            const attackers = list.filter(([, b]) => b === a).map(([x]) => expected[x]);
            const next = attackers.some((l) => l === IN) ? OUT : attackers.every((l) => l === OUT) ? IN : UNDEC;
            if (next !== UNDEC) {
              expected[a] = next;
              changed = true;
            }
          }
        }
        expect(Array.from(grounded(fw).codes)).toEqual(Array.from(expected));
      }),
      { numRuns: 60, seed: 17 },
    );
  });

  test("a 1,000,000-long attack chain works without recursion", () => {
    const n = 1_000_000;
    const pairs = new Int32Array(2 * (n - 1));
    for (let i = 0; i < n - 1; i++) {
      pairs[2 * i] = i;
      pairs[2 * i + 1] = i + 1;
    }
    const g = grounded(frameworkFromEdges(n, pairs));
    expect(g.extension.length).toBe(n / 2);
    expect(g.codes[n - 1]).toBe(OUT);
    expect(g.codes[n - 2]).toBe(IN);
    // The same chain pointing the other way (processed through the queue).
    const back = new Int32Array(pairs.length);
    for (let k = 0; k < pairs.length; k++) back[k] = n - 1 - pairs[k]!;
    const h = grounded(frameworkFromEdges(n, back));
    expect(h.extension.length).toBe(n / 2);
    expect(h.codes[0]).toBe(OUT);
    expect(h.codes[n - 1]).toBe(IN);
  });

  test("does not change the framework", () => {
    const fw = frameworkFromEdges(3, [[0, 1], [1, 2]]);
    const before = Array.from(fw.attacks.neighbors);
    grounded(fw);
    expect(Array.from(fw.attacks.neighbors)).toEqual(before);
  });
});

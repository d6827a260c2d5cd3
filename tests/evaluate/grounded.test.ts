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
  });

  test("does not change the framework", () => {
    const fw = frameworkFromEdges(3, [[0, 1], [1, 2]]);
    const before = Array.from(fw.attacks.neighbors);
    grounded(fw);
    expect(Array.from(fw.attacks.neighbors)).toEqual(before);
  });
});

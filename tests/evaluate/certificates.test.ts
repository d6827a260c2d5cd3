import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { EXTENSION_SEMANTICS, extensionContaining, extensionWithout, frameworkFromEdges } from "../../src/evaluate/index.js";
import { expectLabellingOfExtension, mask, referenceExtensions, type SmallFramework } from "./reference.js";

const arbFramework = fc.integer({ min: 1, max: 11 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    attacks: fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: Math.min(3 * n, n * n), selector: ([a, b]) => a * 64 + b }),
  }),
);

describe("certificates of acceptance against the brute-force reference", () => {
  test.each(EXTENSION_SEMANTICS.map((s) => [s]))("%s: an extension with the argument, one without it", (semantics) => {
    fc.assert(
      fc.property(arbFramework, (af: SmallFramework) => {
        const fw = frameworkFromEdges(af.n, af.attacks);
        const expected = referenceExtensions(af, semantics);
        for (let a = 0; a < af.n; a++) {
          const bit = 1 << a;
          const containing = extensionContaining(fw, semantics, a);
          if (expected.some((s) => (s & bit) !== 0)) {
            expect(containing).toBeDefined();
            expectLabellingOfExtension(fw, containing!);
            expect(expected).toContain(mask(containing!));
            expect(mask(containing!) & bit).toBe(bit);
          } else expect(containing).toBeUndefined();
          const without = extensionWithout(fw, semantics, a);
          if (expected.some((s) => (s & bit) === 0)) {
            expect(without).toBeDefined();
            expectLabellingOfExtension(fw, without!);
            expect(expected).toContain(mask(without!));
            expect(mask(without!) & bit).toBe(0);
          } else expect(without).toBeUndefined();
        }
      }),
      { numRuns: 120, seed: 20261207 },
    );
  });

  test("arguments by id, unknown ones refused", () => {
    const fw = frameworkFromEdges(["a", "b", "c"], [["a", "b"], ["b", "a"], ["b", "c"]]);
    expect(extensionContaining(fw, "preferred", "c")?.extension).toEqual(Int32Array.of(0, 2));
    expect(extensionWithout(fw, "preferred", "c")?.extension).toEqual(Int32Array.of(1));
    expect(() => extensionContaining(fw, "preferred", "z")).toThrow(expect.objectContaining({ code: "unknown-argument" }));
    expect(() => extensionWithout(fw, "stable", 7)).toThrow(expect.objectContaining({ code: "unknown-argument" }));
  });

  test("stable: no stable extension means no certificate either way", () => {
    const fw = frameworkFromEdges(["a", "b"], [["a", "a"], ["a", "b"]]);
    expect(extensionContaining(fw, "stable", "b")).toBeUndefined();
    expect(extensionWithout(fw, "stable", "b")).toBeUndefined();
  });
});

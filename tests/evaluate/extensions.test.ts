import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  countExtensions,
  credulouslyAccepted,
  EXTENSION_SEMANTICS,
  extensionIds,
  extensionStream,
  extensions,
  frameworkFromEdges,
  IN,
  OUT,
  scepticallyAccepted,
  someExtension,
  type Framework,
  type Labelling,
} from "../../src/evaluate/index.js";
import { expectLabellingOfExtension, mask, referenceExtensions, type SmallFramework } from "./reference.js";

const arbFramework = fc.integer({ min: 0, max: 12 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    attacks: n === 0 ? fc.constant([] as [number, number][]) : fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: Math.min(3 * n, n * n), selector: ([a, b]) => a * 64 + b }),
  }),
);

function build(af: SmallFramework): Framework {
  return frameworkFromEdges(af.n, af.attacks);
}

describe("extension semantics against the brute-force reference", () => {
  test.each(EXTENSION_SEMANTICS.map((s) => [s]))("%s: all extensions, some extension, count and acceptance", (semantics) => {
    fc.assert(
      fc.property(arbFramework, (af) => {
        const fw = build(af);
        const expected = referenceExtensions(af, semantics).sort((x, y) => x - y);
        const found = extensions(fw, semantics);
        for (const l of found) expectLabellingOfExtension(fw, l);
        expect(found.map(mask).sort((x, y) => x - y)).toEqual(expected);
        expect(countExtensions(fw, semantics)).toBe(expected.length);
        const one = someExtension(fw, semantics);
        if (expected.length === 0) expect(one).toBeUndefined();
        else expect(expected).toContain(mask(one!));
        for (let a = 0; a < af.n; a++) {
          const bit = 1 << a;
          expect(credulouslyAccepted(fw, semantics, a)).toBe(expected.some((s) => (s & bit) !== 0));
          expect(scepticallyAccepted(fw, semantics, a)).toBe(expected.every((s) => (s & bit) !== 0));
        }
      }),
      { numRuns: 150, seed: 20240501 },
    );
  });

  test("limit caps the enumeration and 0 gives nothing", () => {
    const fw = frameworkFromEdges(6, [[0, 1], [1, 0], [2, 3], [3, 2], [4, 5], [5, 4]]);
    expect(countExtensions(fw, "stable")).toBe(8);
    expect(extensions(fw, "stable", { limit: 3 })).toHaveLength(3);
    expect(countExtensions(fw, "preferred", { limit: 5 })).toBe(5);
    expect(extensions(fw, "complete", { limit: 0 })).toEqual([]);
  });

  test("an aborted signal stops with code aborted", () => {
    const fw = frameworkFromEdges(2, [[0, 1], [1, 0]]);
    const controller = new AbortController();
    controller.abort();
    expect(() => extensions(fw, "preferred", { signal: controller.signal })).toThrowError(expect.objectContaining({ code: "aborted" }));
    expect(() => scepticallyAccepted(fw, "preferred", 0, { signal: controller.signal })).toThrowError(expect.objectContaining({ code: "aborted" }));
  });

  test("bad semantics, limit and argument are reported with codes", () => {
    const fw = frameworkFromEdges(["a"], []);
    expect(() => extensions(fw, "nope" as "complete")).toThrowError(expect.objectContaining({ code: "invalid-framework" }));
    expect(() => extensions(fw, "complete", { limit: -1 })).toThrowError(expect.objectContaining({ code: "invalid-framework" }));
    expect(() => credulouslyAccepted(fw, "preferred", "b")).toThrowError(expect.objectContaining({ code: "unknown-argument" }));
    expect(() => scepticallyAccepted(fw, "stable", 3)).toThrowError(expect.objectContaining({ code: "unknown-argument" }));
  });
});

describe("larger frameworks: the semantics agree with each other and with their definitions", () => {
  const arbLarger = fc.integer({ min: 30, max: 50 }).chain((n) =>
    fc.record({ n: fc.constant(n), attacks: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { minLength: 3 * n, maxLength: 4 * n }) }),
  );

  test("stable = complete without undec; preferred = maximal complete; every labelling is valid", () => {
    fc.assert(
      fc.property(arbLarger, (af) => {
        const fw = build(af);
        const complete = extensions(fw, "complete", { limit: 5000 });
        if (complete.length === 5000) return;
        for (const l of complete) expectComplete(fw, l);
        const key = (l: Labelling): string => Array.from(l.extension).join(",");
        const keys = new Set(complete.map(key));
        expect(keys.size).toBe(complete.length);
        const stable = complete.filter((l) => !l.codes.includes(0)).map(key).sort();
        expect(extensions(fw, "stable").map(key).sort()).toEqual(stable);
        expect(countExtensions(fw, "stable")).toBe(stable.length);
        expect(countExtensions(fw, "complete")).toBe(complete.length);
        const masks = complete.map((l) => new Set(l.extension));
        const maximal = complete.filter((_, i) => !masks.some((m, j) => j !== i && m.size > masks[i]!.size && [...masks[i]!].every((a) => m.has(a)))).map(key).sort();
        expect(extensions(fw, "preferred").map(key).sort()).toEqual(maximal);
      }),
      { numRuns: 40, seed: 99 },
    );
  });
});

/** Checks the complete-labelling conditions directly. */
function expectComplete(fw: Framework, l: Labelling): void {
  for (let a = 0; a < fw.size; a++) {
    let anyIn = false;
    let allOut = true;
    for (let k = fw.attackers.offsets[a]!; k < fw.attackers.offsets[a + 1]!; k++) {
      const code = l.codes[fw.attackers.neighbors[k]!];
      if (code === IN) anyIn = true;
      if (code !== OUT) allOut = false;
    }
    expect(l.codes[a] === IN).toBe(allOut);
    expect(l.codes[a] === OUT).toBe(anyIn);
  }
}

describe("extensionStream", () => {
  /** `pairs` disjoint two-cycles: 2^pairs preferred extensions. */
  const cycles = (pairs: number) => {
    const ids = Array.from({ length: 2 * pairs }, (_, i) => `a${i}`);
    const edges: [string, string][] = [];
    for (let p = 0; p < pairs; p++) edges.push([`a${2 * p}`, `a${2 * p + 1}`], [`a${2 * p + 1}`, `a${2 * p}`]);
    return frameworkFromEdges(ids, edges);
  };

  test("yields what extensions() returns, in the same order, up to the limit", async () => {
    const af = cycles(3);
    const streamed: string[][] = [];
    for await (const labelling of extensionStream(af, "preferred")) streamed.push(extensionIds(af, labelling));
    expect(streamed).toEqual(extensions(af, "preferred").map((l) => extensionIds(af, l)));
    expect(streamed).toHaveLength(8);
    let limited = 0;
    for await (const _ of extensionStream(af, "stable", { limit: 3 })) limited++;
    expect(limited).toBe(3);
  });

  test("stops with `aborted` when the signal fires during the enumeration", async () => {
    const af = cycles(20); // about a million preferred extensions
    const controller = new AbortController();
    let seen = 0;
    const run = async (): Promise<void> => {
      for await (const _ of extensionStream(af, "preferred", { signal: controller.signal })) {
        if (++seen === 5) setTimeout(() => controller.abort(), 0);
      }
    };
    await expect(run()).rejects.toMatchObject({ name: "ArgmapError", code: "aborted" });
    expect(seen).toBeGreaterThanOrEqual(5);
    expect(seen).toBeLessThan(10);
  });

  test("a timeout signal stops a long enumeration", async () => {
    const af = cycles(20);
    let seen = 0;
    const run = async (): Promise<void> => {
      for await (const _ of extensionStream(af, "preferred", { signal: AbortSignal.timeout(30) })) seen++;
    };
    await expect(run()).rejects.toMatchObject({ code: "aborted" });
    expect(seen).toBeLessThan(2 ** 20);
  });
});

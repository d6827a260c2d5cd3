import { describe, expect, test } from "vitest";
import { credulouslyAccepted, extensionIds, extensions, frameworkFromEdges, scepticallyAccepted, someExtension, type ExtensionSemantics, type Framework } from "../../src/evaluate/index.js";

/** All extensions as sorted id lists, sorted, for order-free comparison. */
function all(fw: Framework, semantics: ExtensionSemantics): string[][] {
  return extensions(fw, semantics)
    .map((l) => extensionIds(fw, l).sort())
    .sort((x, y) => x.join(",").localeCompare(y.join(",")));
}

describe("classic examples, checked by hand", () => {
  test("Nixon diamond (Dung 1995, AIJ 77, Section 2): two arguments attacking each other", () => {
    const fw = frameworkFromEdges(["A", "B"], [["A", "B"], ["B", "A"]]);
    expect(all(fw, "grounded")).toEqual([[]]);
    expect(all(fw, "complete")).toEqual([[], ["A"], ["B"]]);
    expect(all(fw, "preferred")).toEqual([["A"], ["B"]]);
    expect(all(fw, "stable")).toEqual([["A"], ["B"]]);
    expect(all(fw, "semi-stable")).toEqual([["A"], ["B"]]);
    expect(all(fw, "ideal")).toEqual([[]]);
    expect(credulouslyAccepted(fw, "preferred", "A")).toBe(true);
    expect(scepticallyAccepted(fw, "preferred", "A")).toBe(false);
  });

  test("a chain a → b → c: grounded reinstates c", () => {
    const fw = frameworkFromEdges(["a", "b", "c"], [["a", "b"], ["b", "c"]]);
    for (const s of ["grounded", "complete", "preferred", "stable", "semi-stable", "ideal"] as const) expect(all(fw, s)).toEqual([["a", "c"]]);
  });

  test("odd cycle of three: no stable extension, everything else empty", () => {
    const fw = frameworkFromEdges(["a", "b", "c"], [["a", "b"], ["b", "c"], ["c", "a"]]);
    expect(all(fw, "grounded")).toEqual([[]]);
    expect(all(fw, "complete")).toEqual([[]]);
    expect(all(fw, "preferred")).toEqual([[]]);
    expect(all(fw, "stable")).toEqual([]);
    expect(someExtension(fw, "stable")).toBeUndefined();
    expect(all(fw, "semi-stable")).toEqual([[]]);
    expect(all(fw, "ideal")).toEqual([[]]);
    // Sceptical acceptance under stable is vacuous when there is no extension.
    expect(scepticallyAccepted(fw, "stable", "a")).toBe(true);
    expect(credulouslyAccepted(fw, "stable", "a")).toBe(false);
  });

  test("even cycle of four: two stable extensions", () => {
    const fw = frameworkFromEdges(["a", "b", "c", "d"], [["a", "b"], ["b", "c"], ["c", "d"], ["d", "a"]]);
    expect(all(fw, "grounded")).toEqual([[]]);
    expect(all(fw, "preferred")).toEqual([["a", "c"], ["b", "d"]]);
    expect(all(fw, "stable")).toEqual([["a", "c"], ["b", "d"]]);
    expect(all(fw, "complete")).toEqual([[], ["a", "c"], ["b", "d"]]);
  });

  test("a self-attacking argument is never accepted, and blocks stable extensions", () => {
    const fw = frameworkFromEdges(["a", "b"], [["a", "a"], ["a", "b"]]);
    expect(all(fw, "grounded")).toEqual([[]]);
    expect(all(fw, "preferred")).toEqual([[]]);
    expect(all(fw, "stable")).toEqual([]);
    expect(all(fw, "semi-stable")).toEqual([[]]);
    expect(extensions(fw, "grounded")[0]!.codes).toEqual(new Uint8Array([0, 0]));
  });

  test("an isolated argument is in every extension", () => {
    const fw = frameworkFromEdges(["a", "b", "lonely"], [["a", "b"], ["b", "a"]]);
    for (const s of ["grounded", "complete", "preferred", "stable", "semi-stable", "ideal"] as const) {
      for (const extension of all(fw, s)) expect(extension).toContain("lonely");
      expect(scepticallyAccepted(fw, s, "lonely")).toBe(true);
    }
  });

  test("the empty framework has exactly one extension, the empty set, under every semantics", () => {
    const fw = frameworkFromEdges(0, []);
    for (const s of ["grounded", "complete", "preferred", "stable", "semi-stable", "ideal"] as const) expect(all(fw, s)).toEqual([[]]);
  });

  test("ideal differs from grounded: a ↔ b with b self-attacking (Dung, Mancarella & Toni 2007)", () => {
    const fw = frameworkFromEdges(["a", "b"], [["a", "b"], ["b", "a"], ["b", "b"]]);
    expect(all(fw, "grounded")).toEqual([[]]);
    expect(all(fw, "preferred")).toEqual([["a"]]);
    expect(all(fw, "ideal")).toEqual([["a"]]);
  });

  test("semi-stable differs from preferred: a ↔ b, b → c, c → c (Caminada 2006)", () => {
    const fw = frameworkFromEdges(["a", "b", "c"], [["a", "b"], ["b", "a"], ["b", "c"], ["c", "c"]]);
    expect(all(fw, "preferred")).toEqual([["a"], ["b"]]);
    expect(all(fw, "semi-stable")).toEqual([["b"]]);
    expect(all(fw, "stable")).toEqual([["b"]]);
  });

  test("semi-stable without stable: a ↔ b, b → c, and a three-cycle c → d → e → c (Dung 1995 style)", () => {
    const fw = frameworkFromEdges(["a", "b", "c", "d", "e"], [["a", "b"], ["b", "a"], ["b", "c"], ["c", "d"], ["d", "e"], ["e", "c"], ["a", "a"]]);
    // a attacks itself, so b is the only way out; {b, d} labels everything.
    expect(all(fw, "stable")).toEqual([["b", "d"]]);
    const noStable = frameworkFromEdges(["a", "b", "c", "d", "e"], [["a", "b"], ["b", "a"], ["c", "d"], ["d", "e"], ["e", "c"]]);
    expect(all(noStable, "stable")).toEqual([]);
    expect(all(noStable, "semi-stable")).toEqual([["a"], ["b"]]);
    expect(all(noStable, "preferred")).toEqual([["a"], ["b"]]);
  });
});

/**
 * explain(): every defence is conflict-free, admissible, holds the argument
 * and lies inside an extension that holds it (and is ⊆-minimal when it says
 * so); every defeater is accepted and attacks the argument; every undecided
 * attacker is undecided. Checked against brute force on random frameworks,
 * and on frameworks with known answers.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import {
  EXTENSION_SEMANTICS,
  evaluateMap,
  evaluationLabel,
  explain,
  frameworkFromEdges,
  frameworkFromMap,
  parseApx,
  parseIccma,
  TimeLimitError,
  type ExtensionSemantics,
  type Framework,
} from "../../src/evaluate/index.js";
import { errorOf } from "../thrown.js";
import { guardedArgument, pairsMap } from "./families.js";
import { referenceExtensions, type SmallFramework } from "./reference.js";

const bits = (af: Framework, ids: readonly string[]): number => ids.reduce((mask, id) => mask | (1 << af.indexOf(id)), 0);

/** Checks one explanation against the extensions found by brute force. */
function checkExplanation(small: SmallFramework, af: Framework, semantics: ExtensionSemantics, a: number): void {
  const why = explain(af, a, { semantics });
  const extensions = referenceExtensions(small, semantics);
  const attackersOf = (x: number): number => small.attacks.filter(([, t]) => t === x).reduce((mask, [s]) => mask | (1 << s), 0);
  const attackedBy = (set: number): number => small.attacks.filter(([s]) => (set >> s) & 1).reduce((mask, [, t]) => mask | (1 << t), 0);
  const admissible = (set: number): boolean => {
    if ((attackedBy(set) & set) !== 0) return false;
    for (let x = 0; x < small.n; x++) if ((set >> x) & 1 && (attackersOf(x) & ~attackedBy(set)) !== 0) return false;
    return true;
  };
  const isIn = (x: number, e: number): boolean => ((e >> x) & 1) === 1;
  const isOut = (x: number, e: number): boolean => (attackersOf(x) & e) !== 0;
  const credulous = extensions.some((e) => isIn(a, e));
  const expectedLabel = extensions.length === 0 ? "undec" : extensions.every((e) => isIn(a, e)) ? "in" : extensions.every((e) => isOut(a, e)) ? "out" : "undec";
  const context = `${semantics} ${af.id(a)} of ${JSON.stringify(small)}`;
  expect(why.label, context).toBe(expectedLabel);
  expect(why.credulous, context).toBe(credulous);
  expect(why.sceptical, context).toBe(expectedLabel === "in");
  expect(why.extensionExists, context).toBe(extensions.length > 0);
  if (credulous) {
    expect(why.defence, context).toBeDefined();
    const defence = bits(af, why.defence!);
    expect(isIn(a, defence), context).toBe(true);
    expect(admissible(defence), context).toBe(true);
    expect(extensions.some((e) => isIn(a, e) && (defence & ~e) === 0), `${context}: the defence lies inside an extension holding it`).toBe(true);
    // The part of a set that it defends from the ground up (its least fixpoint).
    const groundedCore = (set: number): number => {
      let reached = 0;
      for (;;) {
        let next = reached;
        for (let x = 0; x < small.n; x++) if ((set >> x) & 1 && (attackersOf(x) & ~attackedBy(reached)) === 0) next |= 1 << x;
        if (next === reached) return reached;
        reached = next;
      }
    };
    if (semantics === "grounded") expect(isIn(a, groundedCore(defence)), `${context}: the grounded defence is well-founded`).toBe(true);
    if (why.minimal === true) {
      for (let sub = defence; sub > 0; sub = (sub - 1) & defence) {
        if (sub === defence || !isIn(a, sub)) continue;
        if (semantics === "grounded") expect(isIn(a, groundedCore(sub)), `${context}: ${sub} is a smaller well-founded defence`).toBe(false);
        else expect(admissible(sub), `${context}: ${sub} is a smaller defence`).toBe(false);
      }
    }
  } else expect(why.defence, context).toBeUndefined();
  for (const id of why.defeaters) {
    const b = af.indexOf(id);
    expect((attackersOf(a) >> b) & 1, context).toBe(1);
    expect(extensions.some((e) => isIn(b, e)), `${context}: defeater ${id} is accepted`).toBe(true);
  }
  if (expectedLabel === "out") {
    expect(why.defeaters.length, context).toBeGreaterThan(0);
    const defeaters = bits(af, why.defeaters);
    for (const e of extensions) expect(defeaters & e, `${context}: some defeater is in every extension`).not.toBe(0);
  } else expect(why.defeaters, context).toEqual([]);
  for (const id of why.undecided) {
    const b = af.indexOf(id);
    expect((attackersOf(a) >> b) & 1, context).toBe(1);
    const inAll = extensions.length > 0 && extensions.every((e) => isIn(b, e));
    const outAll = extensions.length > 0 && extensions.every((e) => isOut(b, e));
    expect(inAll || outAll, `${context}: ${id} is undecided`).toBe(false);
  }
  if (expectedLabel === "undec" && attackersOf(a) !== 0) expect(why.undecided.length, context).toBeGreaterThan(0);
}

const arbitraryFramework = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    attacks: fc
      .uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 2 * n, selector: ([a, b]) => a * 16 + b })
      .map((list) => list as readonly (readonly [number, number])[]),
  }),
);

function frameworkOf(small: SmallFramework): Framework {
  return frameworkFromEdges(
    Array.from({ length: small.n }, (_, i) => `a${i}`),
    small.attacks.map(([a, b]) => [`a${a}`, `a${b}`] as const),
  );
}

describe("explain", () => {
  test.each(EXTENSION_SEMANTICS.map((s) => [s]))("is sound on random frameworks under %s semantics", (semantics) => {
    fc.assert(
      fc.property(arbitraryFramework, (small) => {
        const af = frameworkOf(small);
        for (let a = 0; a < small.n; a++) checkExplanation(small, af, semantics, a);
      }),
      { numRuns: 150 },
    );
  });

  test("is sound on the ICCMA-style fixtures (a Nixon diamond with a chain, an even cycle)", () => {
    const nixon = parseApx(readFileSync(new URL("../fixtures/evaluate/nixon.apx", import.meta.url), "utf8"));
    const cycle = parseIccma(readFileSync(new URL("../fixtures/evaluate/even-cycle.i23", import.meta.url), "utf8"));
    for (const af of [nixon, cycle]) {
      const small: SmallFramework = { n: af.size, attacks: Array.from({ length: af.size }, (_, a) => Array.from(af.attacks.neighbors.subarray(af.attacks.offsets[a], af.attacks.offsets[a + 1]), (b) => [a, b] as const)).flat() };
      for (const semantics of EXTENSION_SEMANTICS) for (let a = 0; a < af.size; a++) checkExplanation(small, af, semantics, a);
    }
    // Known answers: in the Nixon diamond c is credulously but not sceptically accepted under preferred.
    const c = explain(nixon, "c", { semantics: "preferred" });
    expect(c).toMatchObject({ label: "undec", credulous: true, sceptical: false, defence: ["a", "c"], undecided: ["b"] });
    expect(explain(nixon, "c")).toMatchObject({ label: "undec", credulous: false, undecided: ["b"] });
    expect(explain(cycle, "1", { semantics: "stable" })).toMatchObject({ label: "undec", credulous: true, defence: ["1", "3"] });
  });

  test("families with known answers: 40 independent conflicts, an argument guarded through 12", () => {
    const af = frameworkFromMap(pairsMap(40));
    const t = explain(af, "t", { semantics: "preferred" });
    // t is unattacked: in, defended by itself alone.
    expect(t).toMatchObject({ label: "in", credulous: true, sceptical: true, defence: ["t"], minimal: true });
    const x0 = explain(af, "x0", { semantics: "preferred" });
    expect(x0).toMatchObject({ label: "undec", credulous: true, sceptical: false, undecided: ["q0"] });
    expect(x0.defence).toEqual(["x0", "p0"]);
    const guarded = guardedArgument(12);
    for (const semantics of ["preferred", "semi-stable"] as const) {
      const why = explain(guarded, "a", { semantics });
      expect(why).toMatchObject({ label: "in", credulous: true, sceptical: true, minimal: true });
      // One side of each conflict defends a against its z.
      expect(why.defence).toHaveLength(13);
    }
    expect(explain(guarded, "a", { semantics: "stable" })).toMatchObject({ label: "undec", credulous: false, extensionExists: false });
    expect(explain(guarded, "z3", { semantics: "preferred" })).toMatchObject({ label: "out", defeaters: ["x3", "y3"] });
  });

  test("the grounded defence is read off the least fixpoint: each attacker answered by its earliest defeater", () => {
    // a is attacked by b; b by c (unattacked) and by d, which is defended only through a long chain.
    const af = frameworkFromEdges(["a", "b", "c", "d", "e", "f", "g"], [["b", "a"], ["c", "b"], ["d", "b"], ["e", "d"], ["f", "e"], ["g", "f"]]);
    expect(explain(af, "a")).toMatchObject({ label: "in", defence: ["a", "c"], minimal: true });
    expect(explain(af, "b")).toMatchObject({ label: "out", defeaters: ["c"] });
  });

  test("on the worked example, the thesis stands and compatible answers its objection", () => {
    const map = ukraineJapan();
    const af = frameworkFromMap(map);
    const why = explain(af, "thesis");
    expect(why).toMatchObject({ label: "in", credulous: true, sceptical: true, minimal: true });
    // The relation node answers the objection; its premise is not part of the attack graph.
    expect(why.defence).toEqual(["thesis", "u-compatible"]);
    expect(explain(af, "o-too-sensitive")).toMatchObject({ label: "out", defeaters: ["u-compatible"] });
    for (const semantics of EXTENSION_SEMANTICS) {
      const evaluation = evaluateMap(map, semantics);
      for (const id of ["thesis", "o-too-sensitive", "u-not-automatic", "r-enables"]) expect(explain(af, id, { semantics }).label).toBe(evaluationLabel(evaluation, id));
    }
  });

  test("a long defence is built without recursion and left unshrunk above 256 members", () => {
    const n = 200_001;
    const pairs = new Int32Array(2 * (n - 1));
    for (let i = 1; i < n; i++) {
      pairs[2 * (i - 1)] = i - 1;
      pairs[2 * (i - 1) + 1] = i;
    }
    const chain = frameworkFromEdges(n, pairs);
    const why = explain(chain, n - 1);
    expect(why.label).toBe("in");
    expect(why.defence).toHaveLength(100_001);
    expect(why.minimal).toBe(false);
  });

  test("refuses unknown arguments and semantics, and stops on its signal and time limit", () => {
    const af = frameworkFromMap(pairsMap(30));
    expect(errorOf(() => explain(af, "nope"))).toMatchObject({ code: "unknown-argument" });
    expect(errorOf(() => explain(af, 999))).toMatchObject({ code: "unknown-argument" });
    expect(errorOf(() => explain(af, "t", { semantics: "dfquad" as ExtensionSemantics }))).toMatchObject({ code: "invalid-framework" });
    expect(errorOf(() => explain(af, "t", { timeLimit: -1 }))).toMatchObject({ code: "invalid-framework", issues: [{ path: ["timeLimit"] }] });
    const controller = new AbortController();
    controller.abort();
    expect(errorOf(() => explain(af, "x0", { semantics: "preferred", signal: controller.signal }))).toMatchObject({ code: "aborted" });
    expect(errorOf(() => explain(af, "x0", { semantics: "preferred", timeLimit: 0 }))).toBeInstanceOf(TimeLimitError);
  });

  test("the explanation is plain data", () => {
    const why = explain(frameworkFromMap(ukraineJapan()), "thesis", { semantics: "preferred" });
    expect(JSON.parse(JSON.stringify(why))).toEqual(why);
  });
});

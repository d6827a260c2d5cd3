import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { argmap } from "../../src/map/builder.js";
import { attackClosure } from "../../src/evaluate/bipolar.js";
import { randomMaps } from "./random-maps.js";
import { dfquad, extensionIds, frameworkFromMap, grounded, labelsById } from "../../src/evaluate/index.js";
import type { Framework } from "../../src/evaluate/framework.js";

function attacksOf(fw: Framework): string[] {
  const out: string[] = [];
  for (let a = 0; a < fw.size; a++) for (let k = fw.attacks.offsets[a]!; k < fw.attacks.offsets[a + 1]!; k++) out.push(`${fw.id(a)}>${fw.id(fw.attacks.neighbors[k]!)}`);
  return out.sort();
}

describe("frameworkFromMap", () => {
  const map = argmap("Lunch")
    .thesis("t", "We should get pizza.")
    .claim("quick", "Pizza is quick.", { base: 0.8 })
    .claim("cheap", "Pizza is cheap.")
    .claim("cheese", "Sam cannot eat cheese.", { base: 0.9 })
    .claim("vegan", "There is vegan cheese.")
    .claim("slow", "The pizzeria is slow today.")
    .support(["quick", "cheap"], "t", { id: "s1", weight: 0.5 })
    .attack("cheese", "t", { id: "a1" })
    .attack("vegan", "a1", { id: "u1" })
    .attack("slow", "quick", { id: "a2" })
    .build();

  test("claims then relations, with ids, base scores and weights", () => {
    const fw = frameworkFromMap(map);
    expect(fw.claimCount).toBe(6);
    expect(Array.from({ length: fw.size }, (_, i) => fw.id(i))).toEqual(["t", "quick", "cheap", "cheese", "vegan", "slow", "s1", "a1", "u1", "a2"]);
    expect(Array.from(fw.base)).toEqual([0.5, 0.8, 0.5, 0.9, 0.5, 0.5, 0.5, 1, 1, 1]);
    expect(fw.indexOf("u1")).toBe(8);
    expect(fw.indexOf("nope")).toBe(-1);
  });

  test("attacks: attack relations on their targets, undercuts on relations, premise attackers on the relations using the premise", () => {
    expect(attacksOf(frameworkFromMap(map))).toEqual(["a1>t", "a2>quick", "a2>s1", "u1>a1"]);
    expect(attacksOf(frameworkFromMap(map, { premiseAttacks: false }))).toEqual(["a1>t", "a2>quick", "u1>a1"]);
  });

  test("supports and linked premises", () => {
    const fw = frameworkFromMap(map);
    const s1 = fw.indexOf("s1");
    expect(Array.from(fw.supporters.neighbors.subarray(fw.supporters.offsets[0]!, fw.supporters.offsets[1]!))).toEqual([s1]);
    expect(Array.from(fw.premises.neighbors.subarray(fw.premises.offsets[s1]!, fw.premises.offsets[s1 + 1]!)).map((i) => fw.id(i))).toEqual(["quick", "cheap"]);
  });

  test("grounded: the undercut defeats the objection, the premise attack defeats the reason", () => {
    const fw = frameworkFromMap(map);
    const labels = labelsById(fw, grounded(fw));
    expect(labels.get("a1")).toBe("out");
    expect(labels.get("t")).toBe("in");
    expect(labels.get("quick")).toBe("out");
    expect(labels.get("s1")).toBe("out");
  });

  test("gradual: a relation's strength is weight × min of its premises (product as an option)", () => {
    const fw = frameworkFromMap(map, { premiseAttacks: false });
    const min = dfquad(fw);
    const quick = min.strengths[fw.indexOf("quick")]!;
    expect(quick).toBeCloseTo(0.8 - 0.8 * 0.5, 12);
    expect(min.strengths[fw.indexOf("s1")]).toBeCloseTo(0.5 * Math.min(quick, 0.5), 12);
    const product = dfquad(fw, { aggregation: "product" });
    expect(product.strengths[fw.indexOf("s1")]).toBeCloseTo(0.5 * quick * 0.5, 12);
  });

  test("does not change the map", () => {
    const before = JSON.stringify(map.toJSON());
    frameworkFromMap(map);
    expect(JSON.stringify(map.toJSON())).toBe(before);
  });

  test("the Ukraine–Japan map: the replies defeat the undercut and the objection, the thesis stands", () => {
    const uj = ukraineJapan();
    const fw = frameworkFromMap(uj);
    const g = grounded(fw);
    const labels = labelsById(fw, g);
    expect(labels.get("thesis")).toBe("in");
    expect(labels.get("u-not-automatic")).toBe("out");
    expect(labels.get("o-too-sensitive")).toBe("out");
    expect(labels.get("r-enables")).toBe("in");
    expect(extensionIds(fw, g)).not.toContain("o-too-sensitive");
  });
});

/** Random maps of one to eight claims and up to 14 relations. */
const randomMapArbitrary = randomMaps(1, 8, 14);

describe("attackClosure", () => {
  test("holds the given ids and everything that attacks into them, with the whole view's grounded labels", () => {
    fc.assert(
      fc.property(randomMapArbitrary, fc.array(fc.nat(30), { maxLength: 4 }), (map, picks) => {
        const whole = frameworkFromMap(map);
        const everything = labelsById(whole, grounded(whole));
        const all = [...map.claims().map((c) => c.id), ...map.relations().map((r) => r.id)];
        const ids = picks.map((k) => all[k % all.length]!);
        const part = attackClosure(map, ids);
        const labels = labelsById(part, grounded(part));
        for (const id of ids) expect(labels.get(id)).toBe(everything.get(id));
        // Closed under attackers, and the same attacks among its members.
        const inPart = (id: string): boolean => part.indexOf(id) >= 0;
        for (let a = 0; a < whole.size; a++) {
          for (let k = whole.attacks.offsets[a]!; k < whole.attacks.offsets[a + 1]!; k++) {
            const target = whole.id(whole.attacks.neighbors[k]!);
            if (inPart(target)) expect(inPart(whole.id(a))).toBe(true);
          }
        }
        expect(attacksOf(part)).toEqual(attacksOf(whole).filter((edge) => inPart(edge.split(">")[1]!)));
        for (const [id, label] of labels) expect(label).toBe(everything.get(id));
      }),
      { numRuns: 300 },
    );
  });

  test("labels only what the ids depend on", () => {
    const map = argmap("Two").thesis("t", "T.").claim("a", "A.").claim("b", "B.").claim("c", "C.").attack("a", "t", { id: "x" }).attack("c", "b", { id: "y" }).build();
    const part = attackClosure(map, ["t"]);
    expect(Array.from({ length: part.size }, (_, i) => part.id(i)).sort()).toEqual(["t", "x"]); // "a" attacks through "x"; "y" and "b" do not reach "t"
  });
});

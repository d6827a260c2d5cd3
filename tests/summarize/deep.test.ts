import { describe, expect, test } from "vitest";
import { ArgumentMap, summarize, toJson, toMarkdown, toProse, toText } from "../../src/index.js";

/** A chain c0 ← c1 ← … of `n` claims, alternating supports and attacks, closed into a cycle. */
function chain(n: number): ArgumentMap {
  const map = new ArgumentMap({ title: "chain" });
  for (let i = 0; i < n; i++) map.addClaim({ id: `c${i}`, text: `Step ${i} holds.` });
  for (let i = 1; i < n; i++) map.addRelation({ id: `r${i}`, type: i % 3 === 0 ? "attack" : "support", from: [`c${i}`], to: `c${i - 1}` });
  map.addRelation({ id: "back", type: "attack", from: ["c0"], to: `c${n - 1}` });
  return map;
}

describe("deep maps", () => {
  test("a chain of 20,000 claims is summarized and rendered without running out of stack", () => {
    const map = chain(20_000);
    map.setThesis("c0");
    const summary = summarize(map);
    expect(summary.stats.claims).toBe(20_000);
    expect(summary.stats.references).toBe(1);
    const text = toText(summary, { width: 0 });
    expect(text).toContain("#20000 ");
    // Indentation stops growing after twelve levels.
    expect(Math.max(...text.split("\n").map((line) => line.length - line.trimStart().length))).toBeLessThanOrEqual(28);
    expect(toMarkdown(summary)).toContain("**#20000 ");
    // Prose keeps to its budget, however deep the map.
    const prose = toProse(summary, { width: 0, citations: false });
    expect(prose).toMatch(/^At issue is the claim that [Ss]tep 0 holds\./);
    expect(prose).toMatch(/further points are not covered in this summary\.\n$/);
    // The summary data is written as JSON without recursion.
    const json = toJson(summary);
    expect(json.length).toBeGreaterThan(20_000);
  });

  test("toJson writes what JSON.stringify writes, at any depth", () => {
    const small = summarize(chain(5));
    expect(toJson(small)).toBe(`${JSON.stringify(small, null, 2)}\n`);
    const longer = summarize(chain(300));
    expect(toJson(longer, { indent: 0 })).toBe(`${JSON.stringify(longer)}\n`);
    expect(JSON.parse(toJson(longer))).toEqual(JSON.parse(JSON.stringify(longer)));
    // A support chain of 5,000 claims nests deeper than JSON.stringify can go.
    const map = new ArgumentMap({ title: "support chain" });
    for (let i = 0; i < 5_000; i++) map.addClaim({ id: `c${i}`, text: `Step ${i} holds.` });
    for (let i = 1; i < 5_000; i++) map.addRelation({ id: `r${i}`, type: "support", from: [`c${i}`], to: `c${i - 1}` });
    const deep = summarize(map);
    expect(() => JSON.stringify(deep)).toThrow(RangeError);
    const text = toJson(deep, { indent: 0 });
    expect(text.startsWith('{"title":"support chain"')).toBe(true);
    expect(text.match(/"kind":"claim"/g)).toHaveLength(5_000);
  });

  test("a map that is one big cycle is summarized from its first claim", () => {
    const summary = summarize(chain(5_000));
    expect(summary.roots.map((r) => r.id)).toEqual(["c0"]);
    expect(summary.stats.claims).toBe(5_000);
  });
});

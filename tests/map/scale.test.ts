/**
 * Deep and large maps: every algorithm in the core is iterative, so a
 * 10,000-deep chain and a 100,000-claim map load and query without a stack
 * overflow.
 */
import { bfsFromNode, dfsFromNode } from "graphology-traversal";
import { describe, expect, test } from "vitest";
import { ArgumentMap, argmap, mapWarnings, parseArgumentMap, type ArgumentMapDocument, type Claim, type Relation } from "../../src/index.js";

const DEPTH = 10_000;
const LARGE = 100_000;

/** c0 ← c1 ← … ← c9999 (each claim supports the one before), plus a 10,000-deep undercut chain on r1. */
function deepDocument(): ArgumentMapDocument {
  const claims: Claim[] = [];
  const relations: Relation[] = [];
  for (let i = 0; i < DEPTH; i++) claims.push({ id: `c${i}`, text: `claim ${i}` });
  for (let i = 1; i < DEPTH; i++) relations.push({ id: `r${i}`, type: "support", from: [`c${i}`], to: `c${i - 1}` });
  claims.push({ id: "u", text: "undercutter" });
  for (let i = 0; i < DEPTH; i++) relations.push({ id: `u${i}`, type: "attack", from: ["u"], to: i === 0 ? "r1" : `u${i - 1}` });
  return { format: "argmap", version: 1, title: "Deep", thesis: "c0", sources: [], claims, relations };
}

/** 100,000 claims in a binary tree of supports and attacks. */
function largeDocument(): ArgumentMapDocument {
  const claims: Claim[] = [];
  const relations: Relation[] = [];
  for (let i = 0; i < LARGE; i++) claims.push({ id: `c${i}`, text: `claim ${i}` });
  for (let i = 1; i < LARGE; i++) relations.push({ id: `r${i}`, type: i % 3 === 0 ? "attack" : "support", from: [`c${i}`], to: `c${(i - 1) >> 1}` });
  return { format: "argmap", version: 1, title: "Large", sources: [], claims, relations };
}

describe("a 10,000-deep support chain", () => {
  const result = parseArgumentMap(deepDocument());

  test("loads, with no warnings", () => {
    expect(result.ok && result.warnings).toEqual([]);
  });

  test("answers queries along the whole chain", () => {
    if (!result.ok) throw new Error("did not load");
    const map = result.map;
    expect(map.depth(`c${DEPTH - 1}`)).toBe(DEPTH - 1);
    expect(map.depth(`u${DEPTH - 1}`)).toBe(DEPTH + 1);
    expect(map.path(`c${DEPTH - 1}`, "c0")).toHaveLength(2 * DEPTH - 1);
    expect(map.path(`u${DEPTH - 1}`, "c0")).toHaveLength(DEPTH + 2);
    expect(map.path("u", "c0")!.map((n) => n.id)).toEqual(["u", "u0", "r1", "c0"]);
    expect(map.roots().map((c) => c.id)).toEqual(["c0"]);
    expect(map.leaves().map((c) => c.id)).toEqual([`c${DEPTH - 1}`, "u"]);
    expect(map.stats()).toMatchObject({ claims: DEPTH + 1, relations: 2 * DEPTH - 1, undercuts: DEPTH, depth: DEPTH + 1 });
    expect(map.toJSON()).toEqual(deepDocument());
  });

  test("works as a graphology graph and as a claim graph", () => {
    if (!result.ok) throw new Error("did not load");
    const map = result.map;
    let deepest = 0;
    bfsFromNode(map.graph, `c${DEPTH - 1}`, (_node, _attributes, depth) => {
      deepest = Math.max(deepest, depth);
    });
    expect(deepest).toBe(2 * (DEPTH - 1));
    let visited = 0;
    dfsFromNode(map.graph, "u", () => {
      visited++;
    });
    expect(visited).toBe(1 + DEPTH + 1 + 1);
    const claims = map.claimGraph();
    expect(claims.size).toBe(2 * DEPTH - 1);
    expect(claims.edges("u", "c0")).toHaveLength(DEPTH);
  });

  test("removes the undercut chain by cascade", () => {
    const map = ArgumentMap.fromJSON(deepDocument());
    void map.graph;
    const removed = map.removeRelation("r1", { cascade: true });
    expect(removed.relations).toHaveLength(DEPTH + 1);
    expect(map.relationCount).toBe(DEPTH - 2);
    expect(map.graph.order).toBe(DEPTH + 1 + DEPTH - 2);
  });

  test("builds through the builder and mutations, then retargets", () => {
    const builder = argmap("Chain").claim("c0", "start");
    for (let i = 1; i < DEPTH; i++) builder.claim(`c${i}`, `claim ${i}`).support(`c${i}`, `c${i - 1}`);
    const map = builder.build();
    void map.graph;
    // Target cycles are found however long they are.
    map.addRelation({ id: "cut0", type: "attack", from: ["c5"], to: "r1" });
    for (let i = 1; i < 1000; i++) map.addRelation({ id: `cut${i}`, type: "attack", from: ["c5"], to: `cut${i - 1}` });
    expect(() => map.updateRelation("r1", { to: "cut999" })).toThrow(expect.objectContaining({ code: "self-support" }));
    // c5 now also reaches c0 through cut0 and r1: two levels instead of five.
    expect(map.depth(`c${DEPTH - 1}`)).toBe(DEPTH - 1 - 3);
  });
});

describe("a 100,000-claim map", () => {
  const map = ArgumentMap.fromJSON(largeDocument());

  test("loads and answers queries", () => {
    expect(map.claimCount).toBe(LARGE);
    expect(map.stats()).toMatchObject({ claims: LARGE, relations: LARGE - 1, roots: 1, leaves: LARGE / 2, isolated: 0, depth: 16 });
    expect(map.depth(`c${LARGE - 1}`)).toBe(16);
    expect(map.path(`c${LARGE - 1}`, "c0")).toHaveLength(2 * 16 + 1);
    expect(map.reasonsFor("c0").map((r) => r.id)).toEqual(["r1", "r2"]);
    expect(map.objectionsTo("c1").map((r) => r.id)).toEqual(["r3"]);
    expect(map.reasonsFor("c1").map((r) => r.id)).toEqual(["r4"]);
    expect(map.unanchored().claims).toHaveLength(LARGE);
    expect(map.graph.order).toBe(2 * LARGE - 1);
    expect(map.claimGraph().size).toBe(LARGE - 1);
  });

  test("a support cycle through 30,000 claims is found without recursion", () => {
    const RING = 30_000;
    const claims = largeDocument().claims.slice(0, RING);
    const relations = claims.map((c, i) => ({ id: `r${i}`, type: "support" as const, from: [c.id], to: `c${(i + 1) % RING}` }));
    const loaded = ArgumentMap.fromJSON({ format: "argmap", version: 1, title: "Ring", sources: [], claims, relations });
    const warnings = mapWarnings(loaded);
    expect(warnings.map((w) => [w.code, w.path])).toEqual([["support-cycle", ["relations", 0]]]);
    expect(loaded.depth("c0")).toBeUndefined();
    expect(loaded.stats().depth).toBe(0);
  });
});

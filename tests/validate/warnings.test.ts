import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ArgumentMap, argmap, mapWarnings, parseArgumentMap } from "../../src/index.js";
import { validDocument } from "../arbitraries.js";
import { codesAndPaths, lunchMap } from "../fixtures/core/helpers.js";

/** Whether claims and support relations (premise → relation → target) contain a cycle, by Kahn's algorithm on map.graph. */
function hasSupportCycle(map: ArgumentMap): boolean {
  const graph = map.graph;
  const inSupportGraph = (node: string) => graph.getNodeAttribute(node, "kind") === "claim" || map.relation(node)!.type === "support";
  const nodes = graph.filterNodes((node) => inSupportGraph(node));
  const successors = (node: string) => (graph.getNodeAttribute(node, "kind") === "claim" || map.relation(node)!.type === "support" ? graph.outNeighbors(node).filter(inSupportGraph) : []);
  const pending = new Map<string, number>(nodes.map((n) => [n, 0]));
  for (const node of nodes) for (const next of successors(node)) pending.set(next, pending.get(next)! + 1);
  const queue = nodes.filter((n) => pending.get(n) === 0);
  let done = 0;
  while (queue.length > 0) {
    const node = queue.pop()!;
    done++;
    for (const next of successors(node)) {
      const left = pending.get(next)! - 1;
      pending.set(next, left);
      if (left === 0) queue.push(next);
    }
  }
  return done < nodes.length;
}

describe("mapWarnings", () => {
  test("finds nothing in a well-made map", () => {
    expect(mapWarnings(lunchMap())).toEqual([]);
  });

  test("isolated-claim: a claim in no relation, except the thesis", () => {
    const map = argmap("T").thesis("t", "T").claim("a", "A").claim("b", "B").claim("lonely", "L").support("a", "b").build();
    expect(codesAndPaths(mapWarnings(map))).toEqual([["isolated-claim", ["claims", 3]]]);
    const alone = argmap("T").thesis("t", "Only a thesis").build();
    expect(mapWarnings(alone)).toEqual([]);
  });

  test("unanchored-claim: only when some source has text", () => {
    const withoutText = argmap("T").source({ id: "s", title: "No text" }).claim("a", "A").claim("b", "B").support("a", "b").build();
    expect(mapWarnings(withoutText)).toEqual([]);
    const withText = argmap("T")
      .source({ id: "s", title: "S", text: "Cats purr." })
      .claim("a", "A", { quote: "Cats" })
      .claim("b", "B")
      .claim("c", "C", { anchors: [] })
      .support("a", "b")
      .support("c", "b")
      .build();
    expect(codesAndPaths(mapWarnings(withText))).toEqual([
      ["unanchored-claim", ["claims", 1, "anchors"]],
      ["unanchored-claim", ["claims", 2, "anchors"]],
    ]);
  });

  test("thesis-is-premise", () => {
    const map = argmap("T").thesis("t", "T").claim("a", "A").support("t", "a").build();
    expect(codesAndPaths(mapWarnings(map))).toEqual([["thesis-is-premise", ["thesis"]]]);
  });

  test("support-cycle: one warning per cycle, at its first relation", () => {
    const map = argmap("T")
      .claim("a", "A")
      .claim("b", "B")
      .claim("c", "C")
      .claim("x", "X")
      .claim("y", "Y")
      .support("x", "y", { id: "xy" })
      .support("a", "b", { id: "ab" })
      .support("b", "c", { id: "bc" })
      .support("y", "x", { id: "yx" })
      .support("c", "a", { id: "ca" })
      .build();
    const warnings = mapWarnings(map);
    expect(codesAndPaths(warnings).sort()).toEqual([
      ["support-cycle", ["relations", 0]],
      ["support-cycle", ["relations", 1]],
    ]);
    expect(warnings.every((w) => w.severity === "warning")).toBe(true);
  });

  test("support-cycle: attacks do not make a cycle; linked premises and supported inferences do", () => {
    const attacks = argmap("T").claim("a", "A").claim("b", "B").attack("a", "b").attack("b", "a").build();
    expect(mapWarnings(attacks)).toEqual([]);
    const mixed = argmap("T").claim("a", "A").claim("b", "B").support("a", "b").attack("b", "a").build();
    expect(mapWarnings(mixed)).toEqual([]);
    const linked = argmap("T").claim("a", "A").claim("b", "B").claim("c", "C").support(["a", "c"], "b").support("b", "a").build();
    expect(codesAndPaths(mapWarnings(linked))).toEqual([["support-cycle", ["relations", 0]]]);
    const inference = argmap("T").claim("a", "A").claim("b", "B").support("a", "b", { id: "r" }).support("b", "r").build();
    expect(codesAndPaths(mapWarnings(inference))).toEqual([["support-cycle", ["relations", 0]]]);
  });

  test("support-cycle appears exactly when the support graph has a cycle", () => {
    let cyclic = 0;
    fc.assert(
      fc.property(validDocument({ maxClaims: 6, maxRelations: 10 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 4 }), (doc, extra) => {
        const map = ArgumentMap.fromJSON(doc);
        // Add supports between random claims and relations to make cycles likely.
        const claims = map.claims().map((c) => c.id);
        extra.forEach(([a, b, toRelation], i) => {
          if (claims.length < 2) return;
          const relations = map.relations().map((r) => r.id);
          const to = toRelation && relations.length > 0 ? relations[b % relations.length]! : claims[b % claims.length]!;
          const from = claims[a % claims.length]!;
          if (from !== to) map.addRelation({ id: `extra ${i} ${map.relationCount}`, type: "support", from: [from], to });
        });
        const expected = hasSupportCycle(map);
        if (expected) cyclic++;
        expect(mapWarnings(map).some((w) => w.code === "support-cycle")).toBe(expected);
      }),
      { numRuns: 300 },
    );
    expect(cyclic).toBeGreaterThan(10);
  });

  test("follows the map through mutations", () => {
    const map = new ArgumentMap();
    map.addClaim({ id: "a", text: "A" });
    expect(codesAndPaths(mapWarnings(map))).toEqual([["isolated-claim", ["claims", 0]]]);
    map.addClaim({ id: "b", text: "B" });
    map.addRelation({ id: "r", type: "support", from: ["a"], to: "b" });
    expect(mapWarnings(map)).toEqual([]);
    map.addRelation({ id: "back", type: "support", from: ["b"], to: "a" });
    expect(codesAndPaths(mapWarnings(map))).toEqual([["support-cycle", ["relations", 0]]]);
    map.updateRelation("back", { type: "attack" });
    expect(mapWarnings(map)).toEqual([]);
  });

  test("parseArgumentMap reports the same warnings, in document order", () => {
    const doc = {
      format: "argmap",
      version: 1,
      title: "T",
      thesis: "t",
      sources: [{ id: "s", title: "S", text: "words" }],
      claims: [
        { id: "t", text: "T" },
        { id: "a", text: "A", anchors: [{ source: "s", start: 0, end: 5, quote: "words" }] },
        { id: "lonely", text: "L", anchors: [{ source: "s", start: 0, end: 1, quote: "w" }] },
      ],
      relations: [
        { id: "r1", type: "support", from: ["t"], to: "a" },
        { id: "r2", type: "support", from: ["a"], to: "t" },
      ],
    };
    const result = parseArgumentMap(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual(mapWarnings(result.map));
    expect(codesAndPaths(result.warnings)).toEqual([
      ["unanchored-claim", ["claims", 0, "anchors"]],
      ["isolated-claim", ["claims", 2]],
      ["thesis-is-premise", ["thesis"]],
      ["support-cycle", ["relations", 0]],
    ]);
  });
});

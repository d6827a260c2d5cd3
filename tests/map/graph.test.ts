import { DirectedGraph } from "graphology";
import { inDegreeCentrality } from "graphology-metrics/centrality/degree.js";
import { density } from "graphology-metrics/graph/density.js";
import { bidirectional } from "graphology-shortest-path/unweighted.js";
import { bfsFromNode, dfsFromNode } from "graphology-traversal";
import { describe, expect, expectTypeOf, test } from "vitest";
import {
  ArgmapError,
  ArgumentMap,
  argmap,
  type ArgumentGraph,
  type ArgumentNodeAttributes,
  type ClaimGraph,
  type ClaimNodeAttributes,
  type NotCallable,
  type RelationNodeAttributes,
} from "../../src/index.js";
import { HOSTILE_IDS } from "../arbitraries.js";
import { catchArgmapError, expectThrowsIssue, lunchMap } from "../fixtures/core/helpers.js";

type Exported = ReturnType<ArgumentGraph["export"]>;

/** A graph's export with nodes and edges sorted by key, to compare content regardless of insertion order. */
function normalized(graph: ArgumentGraph | ClaimGraph): Exported {
  const data = graph.export() as Exported;
  const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return { ...data, nodes: [...data.nodes].sort(byKey), edges: [...data.edges].map((e) => ({ ...e, key: e.key! })).sort(byKey) };
}

/** Expects the built graph to match a graph built afresh from the map's document. */
function expectInSync(map: ArgumentMap): void {
  expect(normalized(map.graph)).toEqual(normalized(ArgumentMap.fromJSON(map.toJSON()).graph));
}

/** [source, target, type, relation, undercut] per claim-graph edge, sorted. */
function claimEdges(graph: ClaimGraph): Array<[string, string, string, string, boolean]> {
  return graph
    .mapEdges((_, a, source, target) => [source, target, a.type, a.relation, a.undercut] as [string, string, string, string, boolean])
    .sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1));
}

describe("map.graph", () => {
  test("is an AIF-style DirectedGraph: claim and relation nodes, premise and conclusion edges", () => {
    const map = lunchMap();
    const graph = map.graph;
    expect(graph).toBeInstanceOf(DirectedGraph);
    expect(graph.type).toBe("directed");
    expect(graph.multi).toBe(false);
    expect(graph.order).toBe(7 + 5);
    // One premise edge per premise, one conclusion edge per relation.
    expect(graph.size).toBe(6 + 5);
    expect(graph.getAttribute("title")).toBe("Team lunch");
    expect(graph.getNodeAttributes("quick")).toEqual({ kind: "claim", ...map.claim("quick") });
    expect(graph.getNodeAttributes("diet")).toEqual({ kind: "relation", ...map.relation("diet") });
    expect(graph.outNeighbors("quick").sort()).toEqual(["fast-and-shared"]);
    expect(graph.inNeighbors("fast-and-shared").sort()).toEqual(["quick", "share"]);
    expect(graph.outNeighbors("busy-friday")).toEqual(["slow-shop"]);
    for (const edge of graph.edges()) {
      const role = graph.getEdgeAttribute(edge, "role");
      const [source, target] = graph.extremities(edge);
      if (role === "premise") {
        expect(graph.getNodeAttribute(source, "kind")).toBe("claim");
        expect(graph.getNodeAttribute(target, "kind")).toBe("relation");
      } else {
        expect(role).toBe("conclusion");
        expect(graph.getNodeAttribute(source, "kind")).toBe("relation");
        expect(map.relation(source)!.to).toBe(target);
      }
    }
  });

  test("is built once and then kept", () => {
    const map = lunchMap();
    expect(map.graph).toBe(map.graph);
  });

  test("is read-only: every mutator throws read-only-graph", () => {
    const map = lunchMap();
    const graph = map.graph as unknown as Record<string, (...args: unknown[]) => unknown>;
    const attempts: Array<[string, unknown[]]> = [
      ["addNode", ["x"]],
      ["mergeNode", ["x"]],
      ["updateNode", ["x", () => ({})]],
      ["dropNode", ["pizza"]],
      ["addEdge", ["pizza", "quick"]],
      ["addEdgeWithKey", ["k", "pizza", "quick"]],
      ["addDirectedEdge", ["pizza", "quick"]],
      ["mergeEdge", ["pizza", "quick"]],
      ["dropEdge", [map.graph.edges()[0]]],
      ["setNodeAttribute", ["pizza", "text", "x"]],
      ["updateNodeAttribute", ["pizza", "text", () => "x"]],
      ["replaceNodeAttributes", ["pizza", {}]],
      ["mergeNodeAttributes", ["pizza", {}]],
      ["removeNodeAttribute", ["pizza", "text"]],
      ["updateEachNodeAttributes", [() => ({})]],
      ["setEdgeAttribute", [map.graph.edges()[0], "role", "x"]],
      ["updateEachEdgeAttributes", [() => ({})]],
      ["setAttribute", ["title", "x"]],
      ["replaceAttributes", [{}]],
      ["removeAttribute", ["title"]],
      ["clear", []],
      ["clearEdges", []],
      ["import", [{ nodes: [{ key: "x" }] }]],
    ];
    const before = normalized(map.graph);
    for (const [name, args] of attempts) {
      const error = catchArgmapError(() => graph[name]!(...args));
      expect(error.code).toBe("read-only-graph");
      expect(error.name).toBe("ArgmapError");
    }
    expectThrowsIssue(() => {
      (map.graph as unknown as Record<string, unknown>)["_nodes"] = new Map();
    }, "read-only-graph");
    expectThrowsIssue(() => delete (map.graph as unknown as Record<string, unknown>)["_edges"], "read-only-graph");
    expectThrowsIssue(() => Object.defineProperty(map.graph, "order", { value: 0 }), "read-only-graph");
    expect(normalized(map.graph)).toEqual(before);
    expect(map.toJSON()).toEqual(lunchMap().toJSON());
  });

  test("copy() gives a separate, mutable graph", () => {
    const map = lunchMap();
    const copy = map.graph.copy();
    copy.dropNode("pizza");
    copy.addNode("extra", { kind: "claim", id: "extra", text: "E" });
    expect(copy.hasNode("extra")).toBe(true);
    expect(map.graph.hasNode("pizza")).toBe(true);
    expect(map.graph.hasNode("extra")).toBe(false);
  });

  test("stays in sync with every mutation once built", () => {
    const map = lunchMap();
    void map.graph;
    map.addClaim({ id: "late", text: "It is late." });
    expectInSync(map);
    map.addRelation({ id: "hurry", type: "support", from: ["late", "quick"], to: "pizza" });
    map.addRelation({ id: "doubt", type: "attack", from: ["slow"], to: "hurry" });
    expectInSync(map);
    map.updateClaim("late", { text: "It is very late.", tags: ["time"] });
    expect(map.graph.getNodeAttributes("late")).toMatchObject({ kind: "claim", text: "It is very late.", tags: ["time"] });
    expectInSync(map);
    map.updateRelation("hurry", { from: ["late"], to: "cheese", type: "attack" });
    expect(map.graph.inNeighbors("hurry")).toEqual(expect.arrayContaining(["late", "doubt"]));
    expect(map.graph.outNeighbors("hurry")).toEqual(["cheese"]);
    expect(map.graph.hasEdge("quick", "hurry")).toBe(false);
    expectInSync(map);
    map.setTitle("Lunch, again");
    expect(map.graph.getAttribute("title")).toBe("Lunch, again");
    map.removeRelation("slow-shop", { cascade: true });
    expect(map.graph.hasNode("busy-friday")).toBe(false);
    expectInSync(map);
    map.removeClaim("quick", { cascade: true });
    expect(map.graph.hasNode("fast-and-shared")).toBe(false);
    expectInSync(map);
    map.removeSource("chat", { cascade: true });
    expect(map.graph.getNodeAttribute("pizza", "anchors")).toBeUndefined();
    expectInSync(map);
  });

  test("a failed mutation leaves the built graph unchanged", () => {
    const map = lunchMap();
    const before = normalized(map.graph);
    expectThrowsIssue(() => map.addRelation({ id: "x", type: "support", from: ["quick"], to: "ghost" }), "dangling-target");
    expectThrowsIssue(() => map.updateRelation("diet", { to: "diet" }), "self-support");
    expectThrowsIssue(() => map.removeClaim("quick"), "has-dependents");
    expect(normalized(map.graph)).toEqual(before);
  });

  test("works with graphology's standard library", () => {
    const map = lunchMap();
    const visited: Array<[string, string, number]> = [];
    bfsFromNode(map.graph, "busy", (node, attributes, depth) => {
      visited.push([node, attributes.kind, depth]);
    });
    expect(visited).toEqual([
      ["busy", "claim", 0],
      ["busy-friday", "relation", 1],
      ["slow-shop", "relation", 2],
      ["quick", "claim", 3],
      ["fast-and-shared", "relation", 4],
      ["pizza", "claim", 5],
    ]);
    const claimsAbove: string[] = [];
    dfsFromNode(map.graph, "vegan", (node, attributes) => {
      if (attributes.kind === "claim") claimsAbove.push(node);
    });
    expect(claimsAbove).toEqual(["vegan", "cheese", "pizza"]);
    expect(bidirectional(map.graph, "slow", "pizza")).toEqual(["slow", "slow-shop", "quick", "fast-and-shared", "pizza"]);
    const inDegree = inDegreeCentrality(map.graph);
    expect(inDegree["fast-and-shared"]).toBeCloseTo(2 / 11);
    expect(density(map.graph)).toBeCloseTo(11 / (12 * 11));
  });
});

describe("map.claimGraph()", () => {
  test("has claims only, one typed edge per premise → conclusion", () => {
    const map = lunchMap();
    const graph = map.claimGraph();
    expect(graph.multi).toBe(true);
    expect(graph.nodes()).toEqual(map.claims().map((c) => c.id));
    expect(graph.getNodeAttributes("pizza")).toEqual({ kind: "claim", ...map.claim("pizza") });
    expect(claimEdges(graph)).toEqual([
      ["busy", "quick", "attack", "busy-friday", true],
      ["cheese", "pizza", "attack", "diet", false],
      ["quick", "pizza", "support", "fast-and-shared", false],
      ["share", "pizza", "support", "fast-and-shared", false],
      ["slow", "quick", "attack", "slow-shop", false],
      ["vegan", "cheese", "attack", "vegan-option", false],
    ]);
    const slow = graph.edges("slow", "quick")[0]!;
    expect(graph.getEdgeAttribute(slow, "weight")).toBe(0.8);
    expect(graph.getEdgeAttribute(graph.edges("quick", "pizza")[0]!, "weight")).toBe(1);
  });

  test("follows undercut chains to the claim finally at stake", () => {
    const map = argmap("Chain")
      .claim("c", "C")
      .claim("p", "P")
      .claim("u", "U")
      .claim("uu", "UU")
      .support("p", "c", { id: "r" })
      .attack("u", "r", { id: "cut" })
      .attack("uu", "cut", { id: "cut2" })
      .support("uu", "r", { id: "backs" })
      .build();
    expect(claimEdges(map.claimGraph())).toEqual([
      ["p", "c", "support", "r", false],
      ["u", "c", "attack", "cut", true],
      ["uu", "c", "attack", "cut2", true],
      ["uu", "c", "support", "backs", true],
    ]);
  });

  test("keeps parallel edges and self-loops from undercuts", () => {
    const map = argmap("Loops")
      .claim("a", "A")
      .claim("b", "B")
      .support("a", "b", { id: "r1" })
      .attack("a", "b", { id: "r2" })
      .attack("b", "r1", { id: "cut" })
      .build();
    const graph = map.claimGraph();
    expect(graph.edges("a", "b")).toHaveLength(2);
    expect(graph.edges("b", "b")).toHaveLength(1);
  });

  test("is a new, mutable graph each call", () => {
    const map = lunchMap();
    const one = map.claimGraph();
    one.dropNode("pizza");
    expect(map.claimGraph().hasNode("pizza")).toBe(true);
    expect(map.claimGraph()).not.toBe(map.claimGraph());
  });

  test("works with graphology's standard library", () => {
    const graph = lunchMap().claimGraph();
    const inDegree = inDegreeCentrality(graph);
    expect(inDegree["pizza"]).toBeCloseTo(3 / 6);
    expect(inDegree["share"]).toBe(0);
    expect(bidirectional(graph, "busy", "pizza")).toEqual(["busy", "quick", "pizza"]);
  });
});

describe("hostile ids in graphs", () => {
  const build = () => {
    const b = argmap("Hostile");
    for (const id of HOSTILE_IDS) b.claim(id, `claim ${id}`);
    return b
      .support("__proto__", "constructor", { id: "toLocaleString" })
      .support(["toString", "hasOwnProperty"], "constructor", { id: "isPrototypeOf" })
      .attack("valueOf", "__proto__", { id: "propertyIsEnumerable" })
      .attack("prototype", "toLocaleString", { id: "__defineGetter__" })
      .build();
  };

  test("are ordinary node keys in map.graph", () => {
    const map = build();
    const graph = map.graph;
    expect(graph.order).toBe(HOSTILE_IDS.length + 4);
    expect(graph.size).toBe(5 + 4);
    expect(graph.hasEdge("__proto__", "toLocaleString")).toBe(true);
    expect(graph.hasEdge("toLocaleString", "constructor")).toBe(true);
    expect(graph.hasEdge("constructor", "toString")).toBe(false);
    expect(graph.hasEdge("toString", "constructor")).toBe(false);
    expect(graph.hasDirectedEdge("hasOwnProperty", "isPrototypeOf")).toBe(true);
    expect(graph.hasDirectedEdge("hasOwnProperty", "valueOf")).toBe(false);
    expect(graph.outNeighbors("__proto__")).toEqual(["toLocaleString"]);
    expect(graph.inNeighbors("constructor").sort()).toEqual(["isPrototypeOf", "toLocaleString"]);
    expect(graph.outDegree("valueOf")).toBe(1);
    expect(graph.neighbors("toString")).toEqual(["isPrototypeOf"]);
    const seen: string[] = [];
    bfsFromNode(graph, "prototype", (node) => {
      seen.push(node);
    });
    expect(seen).toEqual(["prototype", "__defineGetter__", "toLocaleString", "constructor"]);
  });

  test("stay ordinary keys through mutations, claimGraph() and copies", () => {
    const map = build();
    void map.graph;
    map.removeClaim("valueOf", { cascade: true });
    map.addClaim({ id: "valueOf", text: "again" });
    map.addRelation({ id: "propertyIsEnumerable", type: "support", from: ["valueOf"], to: "toString" });
    expectInSync(map);
    expect(map.graph.hasEdge("valueOf", "propertyIsEnumerable")).toBe(true);
    expect(claimEdges(map.claimGraph())).toContainEqual(["valueOf", "toString", "support", "propertyIsEnumerable", false]);
    const copy = map.graph.copy();
    copy.addEdge("constructor", "hasOwnProperty", { role: "premise" });
    expect(copy.hasEdge("constructor", "hasOwnProperty")).toBe(true);
    expect(map.graph.hasEdge("constructor", "hasOwnProperty")).toBe(false);
    expect(({} as Record<string, unknown>)["kind"]).toBeUndefined();
  });
});

describe("map.graph is read-only in depth", () => {
  test("its type has graphology's readers and no callable mutators, and graphology's library takes it", () => {
    const map = lunchMap();
    const graph = map.graph;
    expectTypeOf(graph.order).toEqualTypeOf<number>();
    expectTypeOf(graph.getNodeAttributes).returns.toEqualTypeOf<ArgumentNodeAttributes>();
    expectTypeOf(graph.addNode).toEqualTypeOf<NotCallable>();
    expectTypeOf(graph.setNodeAttribute).toEqualTypeOf<NotCallable>();
    expectTypeOf(graph.addListener).not.toEqualTypeOf<NotCallable>();
    // @ts-expect-error mutators are not callable
    expect(() => graph.addNode("x", { kind: "claim", id: "x", text: "X" })).toThrow(ArgmapError);
    // @ts-expect-error mutators are not callable
    expect(() => graph.dropNode("pizza")).toThrow(ArgmapError);
    // @ts-expect-error mutators are not callable
    expect(() => graph.clear()).toThrow(ArgmapError);
    // @ts-expect-error mutators are not callable
    expect(() => graph.mergeEdgeAttributes(graph.edges()[0]!, { role: "premise" })).toThrow(ArgmapError);
    // @ts-expect-error mutators are not callable
    expect(() => graph.updateEachNodeAttributes((_, a) => a)).toThrow(ArgmapError);
    const reached: string[] = [];
    bfsFromNode(graph, "quick", (node) => {
      reached.push(node);
    });
    expect(reached).toContain("pizza");
    expect(density(graph)).toBeGreaterThan(0);
  });

  test("attribute objects are frozen and share nothing with the stored claims", () => {
    const map = argmap("T")
      .claim("a", "A", { tags: ["x"], meta: { deep: { list: [1] } }, anchors: [] })
      .claim("b", "B")
      .support("a", "b", { id: "r", meta: { k: [1] } })
      .build();
    const before = map.toJSON();
    const attributes = map.graph.getNodeAttributes("a") as ClaimNodeAttributes;
    expect(Object.isFrozen(attributes)).toBe(true);
    expect(Object.isFrozen(attributes.tags)).toBe(true);
    expect(() => (attributes.tags as string[]).push("y")).toThrow(TypeError);
    expect(() => ((attributes.meta!["deep"] as { list: number[] }).list).push(2)).toThrow(TypeError);
    map.graph.forEachNode((_, a) => {
      expect(Object.isFrozen(a)).toBe(true);
      if (a.meta !== undefined) expect(Object.isFrozen(a.meta)).toBe(true);
    });
    const relation = map.graph.getNodeAttributes("r") as RelationNodeAttributes;
    expect(Object.isFrozen(relation.from)).toBe(true);
    expect(() => (relation.from as string[]).push("b")).toThrow(TypeError);
    for (const edge of map.graph.edges()) expect(Object.isFrozen(map.graph.getEdgeAttributes(edge))).toBe(true);
    expect(Object.isFrozen(map.graph.getAttributes())).toBe(true);
    expect(map.toJSON()).toEqual(before);
    // Changes through the map still show in the graph.
    map.updateClaim("a", { tags: ["z"] });
    expect(map.graph.getNodeAttributes("a")).toMatchObject({ tags: ["z"] });
    expect(Object.isFrozen((map.graph.getNodeAttributes("a") as ClaimNodeAttributes).tags)).toBe(true);
  });

  test("claimGraph() is the caller's: mutable, and it shares nothing with the map", () => {
    const map = argmap("T").claim("a", "A", { tags: ["x"], meta: { k: [1] } }).claim("b", "B").support("a", "b").build();
    const before = map.toJSON();
    const graph = map.claimGraph();
    const attributes = graph.getNodeAttributes("a");
    (attributes.tags as string[]).push("y");
    ((attributes.meta as { k: number[] }).k).push(2);
    graph.setNodeAttribute("a", "text", "changed");
    expect(map.toJSON()).toEqual(before);
  });
});

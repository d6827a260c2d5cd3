import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, test } from "vitest";
import { toGraphml } from "../../src/formats/index.js";
import { ArgumentMap, argmap, type ArgumentMapDocument } from "../../src/index.js";
import { validDocument } from "../arbitraries.js";

/** Reads GraphML back with graphology-graphml and returns the graph. */
function readBack(xml: string): MultiDirectedGraph {
  return parse(MultiDirectedGraph, xml) as MultiDirectedGraph;
}

describe("toGraphml", () => {
  test("claims and relations are nodes, premise and conclusion edges keep undercuts and linked premises", () => {
    const map = argmap("Lunch & co <today>").thesis("t", 'Pizza "now"').claim("a", "Quick").claim("b", "Cheap").claim("u", "Closed")
      .support(["a", "b"], "t", { id: "r1", weight: 0.5 }).attack("u", "r1", { id: "r2" }).build();
    const { value, warnings } = toGraphml(map);
    expect(warnings).toEqual([]);
    const graph = readBack(value);
    expect(graph.getAttribute("title")).toBe("Lunch & co <today>");
    expect(graph.getAttribute("thesis")).toBe("t");
    expect(graph.order).toBe(6);
    expect(graph.getNodeAttributes("t")).toMatchObject({ kind: "claim", text: 'Pizza "now"' });
    expect(graph.getNodeAttributes("r1")).toMatchObject({ kind: "relation", type: "support", weight: 0.5 });
    const edges = graph.mapEdges((_e, attributes, source, target) => [source, target, attributes.role as string]);
    expect(edges).toEqual([
      ["a", "r1", "premise"],
      ["b", "r1", "premise"],
      ["r1", "t", "conclusion"],
      ["u", "r2", "premise"],
      ["r2", "r1", "conclusion"],
    ]);
  });

  // graphology 0.26 keeps adjacency in plain objects: a node named like an
  // Object.prototype member ("__proto__") corrupts its indexes and even
  // Object.prototype, so the reader is only given maps without such ids.
  const readable = (doc: ArgumentMapDocument): boolean => [...doc.claims, ...doc.relations].every((item) => !(item.id in Object.prototype));

  test("property: everything in the map can be read back (ids, text, numbers, JSON fields)", () => {
    fc.assert(
      fc.property(validDocument().filter(readable), (doc) => {
        const map = ArgumentMap.fromJSON(doc);
        const { value, warnings } = toGraphml(map);
        const changed = warnings.length > 0;
        const graph = readBack(value);
        expect(graph.order).toBe(map.claimCount + map.relationCount);
        expect(graph.size).toBe(map.relations().reduce((n, r) => n + r.from.length + 1, 0));
        if (changed) {
          expect(warnings.every((w) => w.code === "text-changed")).toBe(true);
          return;
        }
        expect(graph.getAttribute("title")).toBe(map.title);
        for (const claim of map.claims()) {
          const attributes = graph.getNodeAttributes(claim.id);
          expect(attributes.text).toBe(claim.text);
          expect(attributes.base).toBe(claim.base);
          if (claim.anchors !== undefined) expect(JSON.parse(attributes.anchors as string)).toEqual(claim.anchors);
          if (claim.tags !== undefined) expect(JSON.parse(attributes.tags as string)).toEqual(claim.tags);
          if (claim.meta !== undefined) expect(JSON.parse(attributes.meta as string)).toEqual(JSON.parse(JSON.stringify(claim.meta)));
        }
        for (const relation of map.relations()) {
          expect(graph.getNodeAttributes(relation.id)).toMatchObject({ kind: "relation", type: relation.type });
          expect(graph.outNeighbors(relation.id)).toEqual([relation.to]);
          expect(graph.inboundNeighbors(relation.id).filter((n) => relation.from.includes(n)).sort()).toEqual([...relation.from].sort());
        }
      }),
      { numRuns: 150 },
    );
  });

  test("replaces characters XML cannot hold and reports it", () => {
    const map = argmap("T").claim("a", "bell\u0007 and lone \uD800 surrogate").build();
    const { value, warnings } = toGraphml(map);
    expect(warnings.map((w) => w.code)).toEqual(["text-changed"]);
    expect(warnings[0]?.path).toEqual(["claims", 0, "text"]);
    expect(readBack(value).getNodeAttribute("a", "text")).toBe("bell\uFFFD and lone \uFFFD surrogate");
  });

  test("U+0085 and U+2028 are written as references, so that XML 1.1 readers (graphology-graphml's @xmldom/xmldom) keep them", () => {
    const text = "next\u0085line\u2028separator\u2029paragraph";
    const map = argmap(text).claim("a", text).build();
    const { value, warnings } = toGraphml(map);
    expect(warnings).toEqual([]);
    const graph = readBack(value);
    expect(graph.getNodeAttribute("a", "text")).toBe(text);
    expect(graph.getAttribute("title")).toBe(text);
  });
});

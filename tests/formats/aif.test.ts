import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fromAif, toAif, toXaif, type AifDocument } from "../../src/formats/index.js";
import { ArgumentMap, argmap } from "../../src/index.js";
import { validDocument } from "../arbitraries.js";
import { structure } from "./helpers.js";
import { errorOf } from "../thrown.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "formats", "aif");
const read = (name: string): string => readFileSync(join(fixtures, name), "utf8");

describe("fromAif", () => {
  describe("an AIFdb nodeset with dialogue", () => {
    const { value: map, warnings } = fromAif(JSON.parse(read("minimum-wage.json")), { title: "Minimum wage" });

    test("I-nodes become claims with their node ids and text", () => {
      expect(map.title).toBe("Minimum wage");
      expect(map.claims().map((c) => c.id)).toEqual(["101", "104", "110", "114", "115", "117", "119"]);
      expect(map.claim("101")?.text).toBe("We should raise the minimum wage.");
    });

    test("RA-nodes become supports with all premises linked, CA-nodes attacks", () => {
      expect(map.relation("107")).toMatchObject({ type: "support", from: ["104"], to: "101" });
      expect(map.relation("113")).toMatchObject({ type: "attack", from: ["110"], to: "101" });
      expect(map.relation("116")).toMatchObject({ type: "support", from: ["114", "115"], to: "101", scheme: "Argument From Analogy" });
    });

    test("a CA-node that targets a CA-node is an undercut", () => {
      expect(map.relation("118")).toMatchObject({ type: "attack", from: ["117"], to: "113" });
      expect(map.undercutsOf("113").map((r) => r.id)).toEqual(["118"]);
    });

    test("L, YA, TA, MA and PA nodes are kept in meta with their edges and locutions", () => {
      const attached = (id: string): { nodes: { nodeID: string; type: string }[]; edges: unknown[]; locutions: unknown[] } =>
        (map.claim(id)?.meta as { aif: { attached: { nodes: { nodeID: string; type: string }[]; edges: unknown[]; locutions: unknown[] } } }).aif.attached;
      expect(attached("101").nodes.map((n) => n.type).sort()).toEqual(["L", "L", "TA", "YA", "YA", "YA"]);
      expect(attached("101").locutions).toHaveLength(2);
      expect(attached("104").nodes.map((n) => n.type)).toEqual(["MA"]);
      expect(attached("110").nodes.map((n) => n.type).sort()).toEqual(["L", "PA", "YA"]);
      const kept = ["101", "104", "110"].flatMap((id) => attached(id).nodes.map((n) => n.nodeID));
      expect(kept.sort()).toEqual(["102", "103", "105", "106", "108", "109", "111", "112", "120", "121"]);
    });

    test("nodes that touch no claim are reported, not dropped silently", () => {
      expect(warnings.map((w) => w.code)).toEqual(["aif-dialogue-dropped"]);
      expect(warnings[0]).toMatchObject({ severity: "warning", path: ["nodes", 21] });
    });

    test("writing it back restores every kept node, edge and locution", () => {
      const original = JSON.parse(read("minimum-wage.json")) as AifDocument;
      const { value, warnings: lost } = toAif(map);
      expect(lost.map((w) => w.code)).toEqual(["lost-title"]);
      const ids = (doc: AifDocument): string[] => doc.nodes.map((n) => String(n.nodeID)).sort();
      expect(ids(value)).toEqual(ids(original).filter((id) => id !== "122"));
      const edgeSet = (doc: AifDocument): string[] => doc.edges.map((e) => `${String(e.fromID)}>${String(e.toID)}`).sort();
      expect(edgeSet(value)).toEqual(edgeSet(original));
      expect(value.locutions.map((l) => String(l.nodeID)).sort()).toEqual(["102", "105", "111"]);
      const again = fromAif(value, { title: "Minimum wage" });
      expect(again.value.toJSON()).toEqual(map.toJSON());
    });
  });

  test("reads xAIF, numeric ids, and keeps the text as a source", () => {
    const { value: map, warnings } = fromAif(read("school-uniforms.xaif.json"));
    expect(warnings).toEqual([]);
    expect(map.claims().map((c) => c.id)).toEqual(["1", "2", "4"]);
    expect(map.relation("5")).toMatchObject({ type: "attack", from: ["4"], to: "1" });
    expect(map.source("text")?.text).toBe("Dana: Uniforms stop kids being picked on for their clothes.");
    const { value } = toXaif(map);
    expect(value.text).toBe("Dana: Uniforms stop kids being picked on for their clothes.");
    expect(value.AIF.nodes).toHaveLength(7);
  });

  test("splits an RA-node with two conclusions and reports it", () => {
    const doc = {
      nodes: [
        { nodeID: "a", text: "A", type: "I" },
        { nodeID: "b", text: "B", type: "I" },
        { nodeID: "c", text: "C", type: "I" },
        { nodeID: "ra", text: "Default Inference", type: "RA" },
      ],
      edges: [
        { fromID: "a", toID: "ra" },
        { fromID: "ra", toID: "b" },
        { fromID: "ra", toID: "c" },
      ],
      locutions: [],
    };
    const { value, warnings } = fromAif(doc);
    expect(value.relations().map((r) => [r.id, r.from, r.to])).toEqual([
      ["ra", ["a"], "b"],
      ["ra#2", ["a"], "c"],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(["aif-split-node"]);
  });

  test("rejects CA nodes that attack each other in a circle, which no map can hold", () => {
    const doc = {
      nodes: [
        { nodeID: "1", text: "a", type: "I" },
        { nodeID: "2", text: "b", type: "I" },
        { nodeID: "10", text: "Default Conflict", type: "CA" },
        { nodeID: "11", text: "Default Conflict", type: "CA" },
      ],
      edges: [
        { edgeID: "e1", fromID: "1", toID: "10" },
        { edgeID: "e2", fromID: "10", toID: "11" },
        { edgeID: "e3", fromID: "2", toID: "11" },
        { edgeID: "e4", fromID: "11", toID: "10" },
      ],
      locutions: [],
    };
    const error = errorOf(() => fromAif(doc));
    expect(error.code).toBe("inconsistent-structure");
    expect(error.issues[0]!.message).toContain("self-support");
  });

  test("leaves out incomplete RA/CA nodes and what depends on them, with warnings", () => {
    const doc = {
      nodes: [
        { nodeID: "a", text: "A", type: "I" },
        { nodeID: "ra", text: "Default Inference", type: "RA" },
        { nodeID: "u", text: "U", type: "I" },
        { nodeID: "ca", text: "Default Conflict", type: "CA" },
        { nodeID: "x", text: "X", type: "Q" },
      ],
      edges: [
        { fromID: "a", toID: "ra" },
        { fromID: "u", toID: "ca" },
        { fromID: "ca", toID: "ra" },
        { fromID: "x", toID: "a" },
        { fromID: "a", toID: "u" },
      ],
      locutions: [],
    };
    const { value, warnings } = fromAif(doc);
    expect(value.relationCount).toBe(0);
    expect(warnings.map((w) => w.code).sort()).toEqual(["aif-direct-edge", "aif-incomplete-node", "aif-unknown-node-type"]);
    expect(warnings.find((w) => w.code === "aif-incomplete-node")?.message).toMatch(/2 RA or CA nodes/);
    expect((value.claim("a")?.meta as { aif: { attached: { nodes: { nodeID: string }[] } } }).aif.attached.nodes.map((n) => n.nodeID)).toContain("x");
  });

  describe("bad input", () => {
    test("JSON text with a syntax error gives its line and column", () => {
      const error = errorOf(() => fromAif('{\n  "nodes": [\n    { "nodeID": 1, }\n  ]\n}'));
      expect(error.code).toBe("aif-invalid-json");
      expect(error.issues[0]).toMatchObject({ line: 3 });
      expect(error.issues[0]?.column).toBeGreaterThan(1);
    });

    test.each([
      ["not an object", [], "aif-invalid-shape", []],
      ["nodes missing", { edges: [] }, "aif-invalid-shape", ["nodes"]],
      ["xAIF member not an object", { AIF: 3 }, "aif-invalid-shape", ["AIF"]],
      ["node without nodeID", { nodes: [{ text: "x", type: "I" }], edges: [] }, "aif-invalid-shape", ["nodes", 0, "nodeID"]],
      ["node without type", { nodes: [{ nodeID: "1", text: "x" }], edges: [] }, "aif-invalid-shape", ["nodes", 0, "type"]],
      ["duplicate node", { nodes: [{ nodeID: "1", text: "x", type: "I" }, { nodeID: 1, text: "y", type: "I" }], edges: [] }, "aif-duplicate-node", ["nodes", 1, "nodeID"]],
      ["dangling edge", { nodes: [{ nodeID: "1", text: "x", type: "I" }], edges: [{ fromID: "1", toID: "9" }] }, "aif-dangling-edge", ["edges", 0, "toID"]],
      ["xAIF dangling edge", { AIF: { nodes: [], edges: [{ fromID: "1", toID: "9" }] } }, "aif-dangling-edge", ["AIF", "edges", 0, "fromID"]],
      [
        "self-support",
        { nodes: [{ nodeID: "a", text: "A", type: "I" }, { nodeID: "r", text: "", type: "RA" }], edges: [{ fromID: "a", toID: "r" }, { fromID: "r", toID: "a" }] },
        "inconsistent-structure",
        ["nodes", 1],
      ],
    ])("%s", (_name, input, code, path) => {
      const error = errorOf(() => fromAif(input));
      expect(error.code).toBe(code);
      expect(error.issues[0]?.path).toEqual(path);
    });

    test("a node value that is not JSON is rejected with the node's path", () => {
      const input = { nodes: [{ nodeID: "a", text: "A", type: "I", when: new Date(0) }], edges: [] };
      const error = errorOf(() => fromAif(input));
      expect(error.code).toBe("aif-invalid-shape");
      expect(error.issues[0]?.path).toEqual(["nodes", 0]);
    });

    test("node values nested deeper than argmap's meta allows are rejected, from text too", () => {
      let deep = "0";
      for (let i = 0; i < 300; i++) deep = `[${deep}]`;
      const error = errorOf(() => fromAif(`{"nodes":[{"nodeID":"a","text":"A","type":"I","deep":${deep}}],"edges":[]}`));
      expect(error.code).toBe("aif-invalid-shape");
      expect(error.issues[0]?.path).toEqual(["nodes", 0]);
    });

    test("an empty nodeID is rejected", () => {
      expect(errorOf(() => fromAif({ nodes: [{ nodeID: "", text: "A", type: "I" }], edges: [] })).issues[0]?.path).toEqual(["nodes", 0, "nodeID"]);
    });

    test("the map shares no objects with the input", () => {
      const input = JSON.parse(read("minimum-wage.json")) as { nodes: { timestamp?: string; text: string }[] };
      const { value: map } = fromAif(input);
      const before = map.toJSON();
      input.nodes[0]!.timestamp = "changed";
      input.nodes[1]!.text = "changed";
      expect(map.toJSON()).toEqual(before);
    });

    test("does not change its input", () => {
      const input = JSON.parse(read("minimum-wage.json")) as unknown;
      const copy = structuredClone(input);
      fromAif(input);
      expect(input).toEqual(copy);
    });
  });
});

describe("toAif", () => {
  test("writes undercuts as CA-nodes pointing at the RA-node, linked premises as several edges", () => {
    const map = argmap("Lunch").thesis("t", "Pizza.").claim("a", "Quick.").claim("b", "Cheap.").claim("u", "Not today.")
      .support(["a", "b"], "t", { id: "r1", scheme: "Practical Reasoning" }).attack("u", "r1", { id: "r2" }).build();
    const { value, warnings } = toAif(map);
    expect(value.nodes).toEqual([
      { nodeID: "t", text: "Pizza.", type: "I" },
      { nodeID: "a", text: "Quick.", type: "I" },
      { nodeID: "b", text: "Cheap.", type: "I" },
      { nodeID: "u", text: "Not today.", type: "I" },
      { nodeID: "r1", type: "RA", text: "Practical Reasoning", scheme: "Practical Reasoning" },
      { nodeID: "r2", type: "CA", text: "Default Conflict" },
    ]);
    expect(value.edges.map((e) => [e.fromID, e.toID])).toEqual([["a", "r1"], ["b", "r1"], ["r1", "t"], ["u", "r2"], ["r2", "r1"]]);
    expect(warnings.map((w) => w.code)).toEqual(["lost-title", "lost-thesis"]);
  });

  test("reports every kind of field AIF cannot hold, once per kind with a count", () => {
    const map = ArgumentMap.fromJSON({
      format: "argmap", version: 1, title: "", sources: [{ id: "s", title: "S", text: "abc" }],
      claims: [
        { id: "a", text: "A", tags: ["x"], base: 0.3, note: "n", anchors: [{ source: "s", start: 0, end: 1, quote: "a" }] },
        { id: "b", text: "B", tags: ["y"], meta: { mine: 1 } },
      ],
      relations: [{ id: "r", type: "support", from: ["a"], to: "b", weight: 0.5, label: "l" }],
    });
    const { warnings } = toAif(map);
    expect(warnings.map((w) => w.code).sort()).toEqual(["lost-anchors", "lost-base", "lost-label", "lost-meta", "lost-note", "lost-sources", "lost-tags", "lost-weight"]);
    expect(warnings.find((w) => w.code === "lost-tags")).toMatchObject({ path: ["claims", 0, "tags"], severity: "warning" });
    expect(warnings.find((w) => w.code === "lost-tags")?.message).toMatch(/2 claims with tags/);
  });

  test("property: JSON → AIF → JSON keeps ids, texts, relation types, linked premises and undercuts", () => {
    fc.assert(
      fc.property(validDocument(), (doc) => {
        const map = ArgumentMap.fromJSON(doc);
        const text = JSON.stringify(toAif(map).value);
        const back = fromAif(text).value;
        const key = (c: { id: string; text: string }): string => JSON.stringify([c.id, c.text]);
        expect({ ...structure(back, key), title: "", thesis: undefined }).toEqual({ ...structure(map, key), title: "", thesis: undefined });
        expect(back.relations().map((r) => r.id)).toEqual(map.relations().map((r) => r.id));
      }),
      { numRuns: 150 },
    );
  });
});

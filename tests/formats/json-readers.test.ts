/**
 * The JSON readers (AIF, xAIF, OVA, SADFace) on input a red team wrote:
 * unknown fields nested deeper than a map's meta may be, and premise edges
 * repeated under other edge ids.
 */
import { describe, expect, test } from "vitest";
import { fromAif, fromOva, fromSadface } from "../../src/formats/index.js";
import type { ConversionResult } from "../../src/formats/index.js";
import { MAX_META_DEPTH } from "../../src/internal/json.js";
import { type ArgumentMap, parseArgumentMap } from "../../src/index.js";
import { errorOf } from "../thrown.js";

/** A JSON object nested `levels` deep, as text (never built as a value, so 10,000 levels cost no recursion). */
const nested = (levels: number): string => `${'{"k":'.repeat(levels)}1${"}".repeat(levels)}`;

/** Documents of each format whose claim "A" has a field `extra` holding `value` (JSON text), supported by "B". */
const READERS: readonly (readonly [name: string, read: (input: string | unknown) => ConversionResult<ArgumentMap>, document: (value: string) => string, shapeCode: string])[] = [
  [
    "AIF",
    (input) => fromAif(input),
    (value) => `{"nodes":[{"nodeID":"a","type":"I","text":"A","extra":${value}},{"nodeID":"b","type":"I","text":"B"},{"nodeID":"r","type":"RA","text":"Default Inference"}],"edges":[{"edgeID":"1","fromID":"b","toID":"r"},{"edgeID":"2","fromID":"r","toID":"a"}],"locutions":[]}`,
    "aif-invalid-shape",
  ],
  [
    "xAIF",
    (input) => fromAif(input),
    (value) => `{"AIF":{"nodes":[{"nodeID":"a","type":"I","text":"A","extra":${value}},{"nodeID":"b","type":"I","text":"B"},{"nodeID":"r","type":"RA","text":"Default Inference"}],"edges":[{"edgeID":"1","fromID":"b","toID":"r"},{"edgeID":"2","fromID":"r","toID":"a"}],"locutions":[]},"text":""}`,
    "aif-invalid-shape",
  ],
  [
    "OVA",
    (input) => fromOva(input),
    (value) => `{"nodes":[{"id":1,"type":"I","text":"A","extra":${value}},{"id":2,"type":"I","text":"B"},{"id":3,"type":"RA","text":"Default Inference"}],"edges":[{"from":{"id":2},"to":{"id":3}},{"from":{"id":3},"to":{"id":1}}],"participants":[],"analysis":{"txt":""}}`,
    "ova-invalid-shape",
  ],
  [
    "SADFace",
    (input) => fromSadface(input),
    (value) => `{"metadata":{"core":{"id":"m","title":"t"}},"resources":[],"nodes":[{"id":"a","type":"atom","text":"A","extra":${value}},{"id":"b","type":"atom","text":"B"},{"id":"r","type":"scheme","name":"support"}],"edges":[{"id":"1","source_id":"b","target_id":"r"},{"id":"2","source_id":"r","target_id":"a"}]}`,
    "sadface-invalid-shape",
  ],
];

/**
 * The first nesting of a node field that is refused: a map's meta holds
 * objects {@link MAX_META_DEPTH} deep, and keeps the field three levels down
 * (`meta.aif.node.extra`; SADFace's `meta.sadface.extra` two).
 */
const refusedAt = (name: string): number => MAX_META_DEPTH - (name === "SADFace" ? 1 : 2);

describe.each(READERS)("%s", (name, read, document, shapeCode) => {
  test.each([
    ["at the bound", 0],
    ["one level past the bound", 1],
    ["300 levels deep", 300],
    ["10,000 levels deep", 10_000],
  ])("a node field nested %s is kept whole or refused, never written where validate refuses it", (_, levels) => {
    const depth = levels === 0 ? refusedAt(name) - 1 : levels === 1 ? refusedAt(name) : levels;
    const text = document(nested(depth));
    for (const input of [text, JSON.parse(text) as unknown]) {
      if (depth < refusedAt(name)) {
        const { value: map } = read(input);
        expect(parseArgumentMap(JSON.parse(JSON.stringify(map.toJSON()))).ok).toBe(true);
        expect(JSON.stringify(map.toJSON())).toContain(nested(depth));
      } else {
        const error = errorOf(() => read(input));
        expect(error.code).toBe(shapeCode);
        expect(error.issues[0]!.path).toEqual(name === "xAIF" ? ["AIF", "nodes", 0] : ["nodes", 0]);
      }
    }
  });
});

describe("a repeated premise edge (same ends, another edge id) warns instead of merging silently", () => {
  const aif = {
    nodes: [
      { nodeID: "a", type: "I", text: "A" },
      { nodeID: "b", type: "I", text: "B" },
      { nodeID: "r", type: "RA", text: "Default Inference" },
    ],
    edges: [
      { edgeID: "1", fromID: "b", toID: "r" },
      { edgeID: "2", fromID: "b", toID: "r" },
      { edgeID: "3", fromID: "r", toID: "a" },
      { edgeID: "4", fromID: "r", toID: "a" },
    ],
    locutions: [],
  };
  const ova = {
    nodes: [
      { id: 1, type: "I", text: "A" },
      { id: 2, type: "I", text: "B" },
      { id: 3, type: "CA", text: "Default Conflict" },
    ],
    edges: [
      { from: { id: 2 }, to: { id: 3 } },
      { from: { id: 3 }, to: { id: 1 } },
      { from: { id: 2 }, to: { id: 3 } },
    ],
    participants: [],
    analysis: { txt: "" },
  };

  test.each([
    ["AIF", () => fromAif(aif), [["aif-repeated-edge", ["edges", 1]]], ["b"]],
    ["AIF as text", () => fromAif(JSON.stringify(aif)), [["aif-repeated-edge", ["edges", 1]]], ["b"]],
    ["xAIF", () => fromAif({ AIF: aif, text: "" }), [["aif-repeated-edge", ["AIF", "edges", 1]]], ["b"]],
    ["OVA", () => fromOva(ova), [["aif-repeated-edge", ["edges", 2]]], ["2"]],
    ["OVA as text", () => fromOva(JSON.stringify(ova)), [["aif-repeated-edge", ["edges", 2]]], ["2"]],
  ])("%s", (_, read, expected, premises) => {
    const { value: map, warnings } = read();
    expect(map.relations().map((r) => r.from)).toEqual([premises]);
    expect(warnings.map((w) => [w.code, w.path])).toEqual(expected);
    expect(warnings[0]!.message).toMatch(/both were read as one premise/);
  });

  test("a repeated conclusion edge warns too, counted with the premise", () => {
    const { warnings } = fromAif(aif);
    expect(warnings[0]!.message).toMatch(/\(2 edges in all; this is the first\)/);
  });
});

import { describe, expect, test } from "vitest";
import { edgeCrossings } from "../../src/render/crossings.js";
import { layout, type LayoutEdge, type MapLayout } from "../../src/render/layout.js";
import { featureMap } from "./fixtures.js";

function edge(id: string, ...points: [number, number][]): LayoutEdge {
  return { id, relation: id, role: "conclusion", type: "support", source: "a", target: "b", points: points.map(([x, y]) => ({ x, y })) };
}

function placed(edges: LayoutEdge[]): MapLayout {
  return { width: 100, height: 100, direction: "up", engine: "graphviz", fontSize: 13, smallFontSize: 11, lineHeight: 17, smallLineHeight: 15, padding: 10, claims: [], relations: [], edges };
}

describe("edgeCrossings", () => {
  test("counts each point where two edges cross", () => {
    expect(edgeCrossings(placed([edge("a", [0, 0], [10, 10]), edge("b", [0, 10], [10, 0])]))).toBe(1);
    // A zigzag crossing a straight line twice.
    expect(edgeCrossings(placed([edge("a", [0, 5], [20, 5]), edge("b", [2, 0], [6, 10], [10, 0], [14, 10])]))).toBe(3);
  });

  test("does not count edges that touch, share an end or run along each other", () => {
    expect(edgeCrossings(placed([edge("a", [0, 0], [10, 10]), edge("b", [10, 10], [20, 0])]))).toBe(0);
    expect(edgeCrossings(placed([edge("a", [0, 0], [10, 0]), edge("b", [5, 0], [5, 10])]))).toBe(0);
    expect(edgeCrossings(placed([edge("a", [0, 0], [10, 0]), edge("b", [2, 0], [8, 0])]))).toBe(0);
    expect(edgeCrossings(placed([edge("a", [0, 0], [10, 0]), edge("b", [0, 1], [10, 1])]))).toBe(0);
    // An edge never crosses itself in this count.
    expect(edgeCrossings(placed([edge("a", [0, 0], [10, 10], [10, 0], [0, 10])]))).toBe(0);
  });

  test("finds no crossing in the drawing of a small tree", async () => {
    expect(edgeCrossings(await layout(featureMap()))).toBe(0);
  });
});

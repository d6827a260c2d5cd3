import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { ArgumentMap } from "../../src/map/argument-map.js";
import { edgeCrossings } from "../../src/render/crossings.js";
import { layout, type LayoutDirection, type MapLayout } from "../../src/render/layout.js";
import { argmap } from "../../src/map/builder.js";
import { validDocument } from "../arbitraries.js";
import { featureMap, treeMap } from "./fixtures.js";
import { overlap, type Box } from "./boxes.js";

type Point = { readonly x: number; readonly y: number };

const DIRECTIONS: readonly LayoutDirection[] = ["up", "down", "left", "right"];

function onBorder(p: Point, box: Box): boolean {
  const inside = p.x >= box.x - 1e-6 && p.x <= box.x + box.width + 1e-6 && p.y >= box.y - 1e-6 && p.y <= box.y + box.height + 1e-6;
  const edge = Math.min(Math.abs(p.x - box.x), Math.abs(p.x - box.x - box.width), Math.abs(p.y - box.y), Math.abs(p.y - box.y - box.height));
  return inside && edge < 1e-6;
}

/** Whether segment p–q passes through the inside of the box (shrunk by half a pixel), by clipping it (Liang–Barsky). */
function throughBox(p: Point, q: Point, box: Box): boolean {
  const x0 = box.x + 0.5;
  const x1 = box.x + box.width - 0.5;
  const y0 = box.y + 0.5;
  const y1 = box.y + box.height - 0.5;
  if (x1 <= x0 || y1 <= y0) return false;
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  for (const [pk, qk] of [
    [-dx, p.x - x0],
    [dx, x1 - p.x],
    [-dy, p.y - y0],
    [dy, y1 - p.y],
  ] as const) {
    if (pk === 0) {
      if (qk < 0) return false;
    } else {
      const t = qk / pk;
      if (pk < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  return t1 - t0 > 1e-9;
}

/** Everything a drawing by the built-in engine must hold; returns what breaks it. */
function problems(placed: MapLayout): string[] {
  const found: string[] = [];
  const boxes = new Map<string, Box>();
  for (const box of [...placed.claims, ...placed.relations]) boxes.set(box.id, box);
  const all = [...boxes.entries()];
  for (let i = 0; i < all.length; i++) {
    const [id, a] = all[i]!;
    if (a.x < -1e-6 || a.y < -1e-6 || a.x + a.width > placed.width + 1e-6 || a.y + a.height > placed.height + 1e-6) found.push(`${id} outside the drawing`);
    for (let j = i + 1; j < all.length; j++) {
      const [other, b] = all[j]!;
      if (overlap(a, b)) found.push(`${id} overlaps ${other}`);
    }
  }
  for (const edge of placed.edges) {
    const from = boxes.get(edge.source)!;
    const to = boxes.get(edge.target)!;
    if (!onBorder(edge.points[0]!, from)) found.push(`${edge.id} starts off its source's border`);
    if (!onBorder(edge.points[edge.points.length - 1]!, to)) found.push(`${edge.id} ends off its target's border`);
    for (let k = 1; k < edge.points.length; k++) {
      for (const [id, box] of all) {
        if (box !== from && box !== to && throughBox(edge.points[k - 1]!, edge.points[k]!, box)) found.push(`${edge.id} runs over ${id}`);
      }
    }
  }
  return found;
}

function expectSound(placed: MapLayout): void {
  expect(problems(placed)).toEqual([]);
}

describe("the built-in layout engine", () => {
  test.each(DIRECTIONS)("draws the example and the feature map soundly and without crossings (direction %s)", async (direction) => {
    for (const map of [ukraineJapan(), featureMap()]) {
      const placed = await layout(map, { direction });
      expect(placed.engine).toBe("builtin");
      expectSound(placed);
      expect(edgeCrossings(placed)).toBe(0);
    }
  });

  test("draws a tree of 300 claims without crossings, every conclusion above its reasons", async () => {
    const map = treeMap(300);
    const placed = await layout(map, { direction: "up" });
    expectSound(placed);
    expect(edgeCrossings(placed)).toBe(0);
    const claims = new Map(placed.claims.map((box) => [box.id, box]));
    for (const relation of map.relations()) {
      const premise = claims.get(relation.from[0]!)!;
      const conclusion = claims.get(relation.to)!;
      expect(premise.y).toBeGreaterThan(conclusion.y + conclusion.height);
    }
  });

  test("gives the same drawing every time", async () => {
    const map = ukraineJapan();
    expect(await layout(map)).toEqual(await layout(map));
  });

  test("draws any valid map soundly in every direction: no overlaps, edges from border to border, never over a box", async () => {
    await fc.assert(
      fc.asyncProperty(validDocument({ maxClaims: 12, maxRelations: 14 }), fc.constantFrom(...DIRECTIONS), async (doc, direction) => {
        expectSound(await layout(ArgumentMap.fromJSON(doc), { direction }));
      }),
      { numRuns: 120 },
    );
  });

  test("keeps the thesis in the top layer when shortening long edges would push it down", async () => {
    // x and y support both a (a reason for the thesis) and c3 (deep under another root): their edges to a are long, and
    // shortening them moves a, its junction and then the thesis away from the top, unless the thesis is kept there.
    const map = argmap("Shared premises")
      .thesis("t", "The thesis.")
      .claim("a", "A reason for the thesis.")
      .claim("r", "Another top claim.")
      .claim("c1", "One.")
      .claim("c2", "Two.")
      .claim("c3", "Three.")
      .claim("x", "A premise shared far apart.")
      .claim("y", "Another premise shared far apart.")
      .support("a", "t")
      .support("c1", "r")
      .support("c2", "c1")
      .support("c3", "c2")
      .support("x", "c3")
      .support("y", "c3")
      .support("x", "a")
      .support("y", "a")
      .build();
    const placed = await layout(map);
    expectSound(placed);
    const centre = (box: { y: number; height: number }): number => box.y + box.height / 2;
    const thesis = placed.claims.find((box) => box.id === "t")!;
    for (const box of [...placed.claims, ...placed.relations]) expect(centre(box)).toBeGreaterThanOrEqual(centre(thesis) - 1e-6);
  });

  test("keeps the thesis in the top layer of any map where it is no premise, whatever promotion does to the rest", async () => {
    await fc.assert(
      fc.asyncProperty(validDocument({ maxClaims: 14, maxRelations: 18 }), async (doc) => {
        fc.pre(doc.thesis !== undefined && !doc.relations.some((r) => r.from.includes(doc.thesis!)));
        const placed = await layout(ArgumentMap.fromJSON(doc), { direction: "up" });
        const centre = (box: { y: number; height: number }): number => box.y + box.height / 2;
        const thesis = placed.claims.find((box) => box.thesis)!;
        for (const box of [...placed.claims, ...placed.relations]) expect(centre(box)).toBeGreaterThanOrEqual(centre(thesis) - 1e-6);
      }),
      { numRuns: 150 },
    );
  });
});

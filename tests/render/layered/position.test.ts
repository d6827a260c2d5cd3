import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { buildLayers } from "../../../src/render/layered/layers.js";
import { neighbours, orderLayers } from "../../../src/render/layered/order.js";
import { positionNodes } from "../../../src/render/layered/position.js";

const SPACING = { node: 20, edge: 6 };

function place(breadths: readonly number[], edges: readonly (readonly [number, number])[]) {
  const n = breadths.length;
  const layers = buildLayers({
    breadth: Float64Array.from(breadths),
    depth: new Float64Array(n).fill(10),
    source: Int32Array.from(edges, ([s]) => s),
    target: Int32Array.from(edges, ([, t]) => t),
    first: 0,
  });
  const adjacent = neighbours(layers);
  const order = orderLayers(layers, adjacent, 0);
  const breadth = new Float64Array(layers.count);
  breadth.set(breadths);
  const x = positionNodes(layers, order, adjacent, breadth, SPACING);
  return { layers, order, breadth, x };
}

describe("positionNodes", () => {
  test("keeps each layer's order and gaps, for any graph and any box sizes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 25 }).chain((breadths) =>
          fc.tuple(fc.constant(breadths), fc.array(fc.tuple(fc.nat(breadths.length - 1), fc.nat(breadths.length - 1)), { maxLength: 50 })),
        ),
        ([breadths, edges]) => {
          const { layers, order, breadth, x } = place(breadths, edges);
          for (const layer of order.layers) {
            for (let i = 1; i < layer.length; i++) {
              const a = layer[i - 1]!;
              const b = layer[i]!;
              const gap = a >= layers.real || b >= layers.real ? SPACING.edge : SPACING.node;
              expect(x[b]! - x[a]!).toBeGreaterThanOrEqual((breadth[a]! + breadth[b]!) / 2 + gap - 1e-6);
            }
          }
          for (const value of x) expect(Number.isFinite(value)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("centres a conclusion over the span of its premises, and premises of one conclusion side by side", () => {
    // 1, 2 and 3 support 0 (directly, for the test).
    const { x } = place([100, 80, 120, 60], [
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
    expect(x[0]).toBeCloseTo((x[1]! + x[3]!) / 2, 6);
    expect(x[2]! - x[1]!).toBeCloseTo((80 + 120) / 2 + SPACING.node, 6);
    expect(x[3]! - x[2]!).toBeCloseTo((120 + 60) / 2 + SPACING.node, 6);
  });

  test("runs a long edge straight when nothing is in its way", () => {
    // 3 → 2 → 1 → 0 and 3 → 0: the long edge's two dummies line up.
    const { layers, x } = place([50, 50, 50, 50], [
      [3, 2],
      [2, 1],
      [1, 0],
      [3, 0],
    ]);
    const dummies = Array.from({ length: layers.count - layers.real }, (_, k) => x[layers.real + k]!);
    expect(dummies).toHaveLength(2);
    expect(dummies[0]).toBeCloseTo(dummies[1]!, 6);
  });
});

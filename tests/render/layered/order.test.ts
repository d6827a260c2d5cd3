import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { buildLayers, type Layers } from "../../../src/render/layered/layers.js";
import { neighbours, orderLayers, totalCrossings, type LayerOrder } from "../../../src/render/layered/order.js";

function layered(n: number, edges: readonly (readonly [number, number])[], first = 0): Layers {
  return buildLayers({
    breadth: new Float64Array(n).fill(10),
    depth: new Float64Array(n).fill(10),
    source: Int32Array.from(edges, ([s]) => s),
    target: Int32Array.from(edges, ([, t]) => t),
    first,
  });
}

/** Crossings counted pair by pair, the definition. */
function bruteCrossings(layers: Layers, order: LayerOrder): number {
  let count = 0;
  for (let a = 0; a < layers.upper.length; a++) {
    for (let b = a + 1; b < layers.upper.length; b++) {
      if (layers.rank[layers.upper[a]!] !== layers.rank[layers.upper[b]!]) continue;
      const up = order.position[layers.upper[a]!]! - order.position[layers.upper[b]!]!;
      const down = order.position[layers.lower[a]!]! - order.position[layers.lower[b]!]!;
      if (up * down < 0) count++;
    }
  }
  return count;
}

/** A random graph: n nodes, edges between them (cycles allowed). */
const graphs = fc
  .integer({ min: 1, max: 25 })
  .chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 50 })));

describe("orderLayers", () => {
  test("orders every node of every layer exactly once", () => {
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const layers = layered(n, edges);
        const order = orderLayers(layers, neighbours(layers), 0);
        const seen = new Set<number>();
        order.layers.forEach((layer, r) =>
          layer.forEach((v, i) => {
            expect(layers.rank[v]).toBe(r);
            expect(order.position[v]).toBe(i);
            seen.add(v);
          }),
        );
        expect(seen.size).toBe(layers.count);
      }),
      { numRuns: 200 },
    );
  });

  test("counts crossings as the pairwise definition does", () => {
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const layers = layered(n, edges);
        const adjacent = neighbours(layers);
        const order = orderLayers(layers, adjacent, 0);
        expect(totalCrossings(order.layers, order.position, layers, adjacent)).toBe(bruteCrossings(layers, order));
      }),
      { numRuns: 200 },
    );
  });

  test("draws any tree without crossings", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 80 }), (parents) => {
        // Node i + 1 points to an earlier node: a tree rooted at 0.
        const edges = parents.map((p, i) => [i + 1, p % (i + 1)] as const);
        const layers = layered(parents.length + 1, edges);
        const order = orderLayers(layers, neighbours(layers), 0);
        expect(bruteCrossings(layers, order)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  test("untangles two premises given in the wrong order", () => {
    // Conclusions 0 and 1; 2 supports 1 and 3 supports 0, but 2 comes first in map order.
    const layers = layered(4, [
      [3, 0],
      [2, 1],
      [2, 0],
    ]);
    const order = orderLayers(layers, neighbours(layers), 0);
    expect(bruteCrossings(layers, order)).toBe(0);
  });
});

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { buildLayers, type LayeredInput, type Layers } from "../../../src/render/layered/layers.js";

/** An input of `n` unit nodes and the given edges (source → target). */
function input(n: number, edges: readonly (readonly [number, number])[], first = 0): LayeredInput {
  return {
    breadth: new Float64Array(n).fill(10),
    depth: new Float64Array(n).fill(10),
    source: Int32Array.from(edges, ([s]) => s),
    target: Int32Array.from(edges, ([, t]) => t),
    first,
  };
}

/** The chain of input edge `e`, far end first. */
function chain(layers: Layers, e: number): number[] {
  return Array.from(layers.chainNodes.subarray(layers.chainStart[e]!, layers.chainStart[e + 1]!));
}

/** Checks what every layering must hold: segments join neighbouring layers, chains run through their segments in order. */
function expectConsistent(layers: Layers, edges: readonly (readonly [number, number])[]): void {
  for (let s = 0; s < layers.upper.length; s++) expect(layers.rank[layers.upper[s]!]).toBe(layers.rank[layers.lower[s]!]! - 1);
  edges.forEach(([source, target], e) => {
    const nodes = chain(layers, e);
    if (source === target) return;
    const [far, near] = layers.reversed[e] === 1 ? [target, source] : [source, target];
    expect(nodes[0]).toBe(far);
    expect(nodes[nodes.length - 1]).toBe(near);
    for (let k = 0; k + 1 < nodes.length; k++) {
      const s = layers.chainStart[e]! - e + k;
      expect([layers.lower[s], layers.upper[s]]).toEqual([nodes[k], nodes[k + 1]]);
    }
    for (const dummy of nodes.slice(1, -1)) expect(dummy).toBeGreaterThanOrEqual(layers.real);
  });
}

describe("buildLayers", () => {
  test("puts a tree in layers by depth below its root, without dummies", () => {
    // 1 and 2 support 0 through junctions 3 and 4; 5 supports 1 through junction 6.
    const edges = [
      [1, 3],
      [3, 0],
      [2, 4],
      [4, 0],
      [5, 6],
      [6, 1],
    ] as const;
    const layers = buildLayers(input(7, edges));
    expect(Array.from(layers.rank)).toEqual([0, 2, 2, 1, 1, 4, 3]);
    expect(layers.count).toBe(7);
    expect(layers.layerCount).toBe(5);
    expect(Array.from(layers.reversed)).toEqual([0, 0, 0, 0, 0, 0]);
    expectConsistent(layers, edges);
  });

  test("cuts a long edge into a chain of dummies, one per layer it passes", () => {
    // 3 → 2 → 1 → 0, and 3 → 0 directly.
    const edges = [
      [3, 2],
      [2, 1],
      [1, 0],
      [3, 0],
    ] as const;
    const layers = buildLayers(input(4, edges));
    expect(Array.from(layers.rank.subarray(0, 4))).toEqual([0, 1, 2, 3]);
    expect(chain(layers, 3)).toHaveLength(4);
    expect(layers.count).toBe(6);
    expectConsistent(layers, edges);
  });

  test("turns around the attack that closes a cycle back up the tree, not the tree's edges", () => {
    // 1 supports the thesis 0, 2 supports 1, and the thesis attacks 2: a cycle.
    const edges = [
      [1, 0],
      [2, 1],
      [0, 2],
    ] as const;
    const layers = buildLayers(input(3, edges));
    expect(Array.from(layers.reversed)).toEqual([0, 0, 1]);
    expect(layers.rank[0]).toBe(0);
    expectConsistent(layers, edges);
  });

  test("breaks a cycle that nothing leaves, and a self-loop", () => {
    const edges = [
      [0, 1],
      [1, 2],
      [2, 0],
      [3, 3],
    ] as const;
    const layers = buildLayers(input(4, edges, -1));
    expect(Array.from(layers.reversed).filter((r, e) => r === 1 && e < 3)).toHaveLength(1);
    expectConsistent(layers, edges);
  });

  test("with promote, moves a node away from the thesis when that shortens its edges", () => {
    // Thesis 0 with the chain 3 → 2 → 1 → 0; 4 → 0; 5 and 6 point to both 4 and 3.
    const edges = [
      [1, 0],
      [2, 1],
      [3, 2],
      [4, 0],
      [5, 4],
      [5, 3],
      [6, 4],
      [6, 3],
    ] as const;
    const plain = buildLayers(input(7, edges));
    expect(plain.rank[4]).toBe(1);
    expect(plain.count - plain.real).toBe(4);
    const promoted = buildLayers(input(7, edges), { promote: true });
    expect(promoted.rank[4]).toBe(3);
    expect(promoted.rank[0]).toBe(0);
    expect(promoted.count - promoted.real).toBe(2);
    expectConsistent(promoted, edges);
  });

  test("with promote, never moves the thesis out of the first layer", () => {
    // Without the guard, shortening the long edges from 6 and 7 would push 1, and then the thesis 0 behind it, away from layer 0.
    const edges = [
      [1, 0],
      [3, 2],
      [4, 3],
      [5, 4],
      [6, 5],
      [6, 1],
      [7, 5],
      [7, 1],
    ] as const;
    const promoted = buildLayers(input(8, edges, 0), { promote: true });
    expect(promoted.rank[0]).toBe(0);
    expect(promoted.rank[2]).toBe(0);
    expect(promoted.rank[1]).toBe(3);
    expectConsistent(promoted, edges);
  });

  test("with promote, leaves a tree as it is", () => {
    const edges = Array.from({ length: 200 }, (_, i) => [i + 1, Math.floor(i / 3)] as const);
    expect(Array.from(buildLayers(input(201, edges), { promote: true }).rank)).toEqual(Array.from(buildLayers(input(201, edges)).rank));
  });

  test("lays out a chain of 100,000 nodes without overflowing the stack, with and without promote", () => {
    const edges = Array.from({ length: 99_999 }, (_, i) => [i + 1, i] as const);
    for (const promote of [false, true]) {
      const layers = buildLayers(input(100_000, edges), { promote });
      expect(layers.layerCount).toBe(100_000);
      expect(layers.rank[99_999]).toBe(99_999);
    }
  });

  test("every segment joins neighbouring layers, for any graph (cycles and repeated edges included)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 60 }))),
        ([n, edges]) => {
          const layers = buildLayers(input(n, edges));
          expectConsistent(layers, edges);
          const promoted = buildLayers(input(n, edges), { promote: true });
          expectConsistent(promoted, edges);
          expect(promoted.count).toBeLessThanOrEqual(layers.count);
          // Node 0 is the thesis: where longest-path layering puts it in the first layer, promotion keeps it there.
          if (layers.rank[0] === 0) expect(promoted.rank[0]).toBe(0);
          // Every edge that was not turned around points towards layer 0.
          edges.forEach(([s, t], e) => {
            if (s !== t && layers.reversed[e] === 0) expect(layers.rank[s]!).toBeGreaterThan(layers.rank[t]!);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

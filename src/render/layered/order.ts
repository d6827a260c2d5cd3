/**
 * Orders the nodes within each layer so that few segments cross: a
 * depth-first order from the thesis (which draws a tree without any
 * crossing), then, when segments still cross, one-way barycentre sweeps
 * each followed by transposition, from two starts, keeping the best order
 * found; crossings are counted exactly between each pair of layers.
 * @module
 * @internal
 */
import { csr, type Csr, type Layers } from "./layers.js";

/** @internal The nodes of each layer in order, and each node's index in its layer. */
export interface LayerOrder {
  readonly layers: readonly Int32Array[];
  readonly position: Int32Array;
  /** Segments that cross in this order. */
  readonly crossings: number;
}

/** Sweeps without a better order before the search stops. */
const PATIENCE = 8;
/** Most sweeps (each goes through the layers once, away from the thesis or back). */
const MAX_SWEEPS = 24;

/** @internal Segments grouped by their upper node and by their lower node. */
export interface Neighbours {
  /** Segment indices by upper node (segments going down from it). */
  readonly down: Csr;
  /** Segment indices by lower node (segments going up from it). */
  readonly up: Csr;
}

/** @internal Groups the segments by both of their ends. */
export function neighbours(layers: Layers): Neighbours {
  const n = layers.upper.length;
  return { down: csr(layers.count, layers.upper, n), up: csr(layers.count, layers.lower, n) };
}

/** @internal Orders every layer to minimize segment crossings (heuristically). */
export function orderLayers(layers: Layers, adjacent: Neighbours, first: number): LayerOrder {
  const position = new Int32Array(layers.count);
  let best: Int32Array[] | undefined;
  let bestCrossings = Infinity;
  // Two starts: premises in map order, and in reverse; the search from each keeps its best, and the better one wins.
  for (const reverse of [false, true]) {
    const start = initialOrder(layers, adjacent, first, position, reverse);
    const found = improve(start, position, layers, adjacent);
    if (found.crossings < bestCrossings) {
      best = found.order;
      bestCrossings = found.crossings;
    }
    if (bestCrossings === 0) break;
  }
  const layersInOrder = best!;
  for (const layer of layersInOrder) layer.forEach((v, i) => (position[v] = i));
  return { layers: layersInOrder, position, crossings: bestCrossings };
}

/** Barycentre sweeps away from the thesis and back, each followed by transposition, keeping the order with the fewest crossings. */
function improve(current: Int32Array[], position: Int32Array, layers: Layers, adjacent: Neighbours): { order: Int32Array[]; crossings: number } {
  let best = current.map((layer) => layer.slice());
  let bestCrossings = totalCrossings(current, position, layers, adjacent);
  let idle = 0;
  for (let sweep = 0; sweep < MAX_SWEEPS && bestCrossings > 0 && idle < PATIENCE; sweep++) {
    // Even sweeps go away from the thesis (each layer by the one before), odd sweeps back.
    if (sweep % 2 === 0) for (let r = 1; r < current.length; r++) sortByBarycentre(current[r]!, position, layers.upper, adjacent.up);
    else for (let r = current.length - 2; r >= 0; r--) sortByBarycentre(current[r]!, position, layers.lower, adjacent.down);
    // Every other pair of sweeps also swaps neighbours whose crossings tie, to leave a plateau.
    transpose(current, position, layers, adjacent, (sweep >> 1) % 2 === 1);
    const crossings = totalCrossings(current, position, layers, adjacent);
    if (crossings < bestCrossings) {
      bestCrossings = crossings;
      best = current.map((layer) => layer.slice());
      idle = 0;
    } else idle++;
  }
  return { order: best, crossings: bestCrossings };
}

/**
 * Depth-first from the thesis (then every other node nothing points away
 * from), visiting the premises of each node in map order: each node joins
 * its layer when first reached.
 */
function initialOrder(layers: Layers, adjacent: Neighbours, first: number, position: Int32Array, reverse: boolean): Int32Array[] {
  const size = new Int32Array(layers.layerCount);
  for (let v = 0; v < layers.count; v++) size[layers.rank[v]!]!++;
  const result = Array.from(size, (n) => new Int32Array(n));
  const fill = new Int32Array(layers.layerCount);
  const seen = new Uint8Array(layers.count);
  const stack = new Int32Array(layers.count);
  const cursor = new Int32Array(layers.count);
  const place = (v: number): void => {
    seen[v] = 1;
    const r = layers.rank[v]!;
    position[v] = fill[r]!;
    result[r]![fill[r]!++] = v;
  };
  const visit = (root: number): void => {
    if (seen[root] === 1) return;
    place(root);
    let top = 0;
    stack[0] = root;
    cursor[root] = 0;
    while (top >= 0) {
      const v = stack[top]!;
      const from = adjacent.down.start[v]!;
      const count = adjacent.down.start[v + 1]! - from;
      if (cursor[v]! < count) {
        const k = cursor[v]!++;
        const u = layers.lower[adjacent.down.items[from + (reverse ? count - 1 - k : k)]!]!;
        if (seen[u] === 0) {
          place(u);
          cursor[u] = 0;
          stack[++top] = u;
        }
      } else top--;
    }
  };
  if (first >= 0 && first < layers.count && layers.rank[first] === 0) visit(first);
  for (let v = 0; v < layers.count; v++) if (layers.rank[v] === 0) visit(v);
  for (let v = 0; v < layers.count; v++) visit(v);
  return result;
}

/**
 * Sorts one layer by the mean position of each node's neighbours in the
 * layer next to it (`other[segment]` through `by`). Nodes without such
 * neighbours keep their places; ties keep their order.
 */
function sortByBarycentre(layer: Int32Array, position: Int32Array, other: Int32Array, by: Csr): void {
  const movable: { node: number; key: number; index: number }[] = [];
  const fixed = new Uint8Array(layer.length);
  for (let i = 0; i < layer.length; i++) {
    const v = layer[i]!;
    const from = by.start[v]!;
    const to = by.start[v + 1]!;
    if (from === to) {
      fixed[i] = 1;
      continue;
    }
    movable.push({ node: v, key: mean(position, other, by.items, from, to), index: i });
  }
  movable.sort((a, b) => a.key - b.key || a.index - b.index);
  let m = 0;
  for (let i = 0; i < layer.length; i++) {
    if (fixed[i] === 1) continue;
    const v = movable[m++]!.node;
    layer[i] = v;
    position[v] = i;
  }
}

/**
 * Swaps neighbouring nodes of a layer while that removes crossings with the
 * layers on both sides (dot's "transpose"), until no swap helps or a bound
 * on the passes is reached.
 */
function transpose(order: readonly Int32Array[], position: Int32Array, layers: Layers, adjacent: Neighbours, onTies: boolean): void {
  for (let pass = 0, improved = true; improved && pass < 8; pass++) {
    improved = false;
    for (const layer of order) {
      for (let i = 0; i + 1 < layer.length; i++) {
        const v = layer[i]!;
        const w = layer[i + 1]!;
        const now = pairCrossings(v, w, position, layers, adjacent);
        const swapped = pairCrossings(w, v, position, layers, adjacent);
        if (swapped < now || (onTies && swapped === now && now > 0)) {
          layer[i] = w;
          layer[i + 1] = v;
          position[w] = i;
          position[v] = i + 1;
          improved = true;
        }
      }
    }
  }
}

/** Crossings between the segments of `v` and of `w` (on both sides) when `v` stands left of `w`. */
function pairCrossings(v: number, w: number, position: Int32Array, layers: Layers, adjacent: Neighbours): number {
  return sideCrossings(v, w, position, layers.lower, adjacent.down) + sideCrossings(v, w, position, layers.upper, adjacent.up);
}

function sideCrossings(v: number, w: number, position: Int32Array, other: Int32Array, by: Csr): number {
  let count = 0;
  for (let a = by.start[v]!; a < by.start[v + 1]!; a++) {
    const pv = position[other[by.items[a]!]!]!;
    for (let b = by.start[w]!; b < by.start[w + 1]!; b++) if (position[other[by.items[b]!]!]! < pv) count++;
  }
  return count;
}

/** Mean position of a node's neighbours. */
function mean(position: Int32Array, other: Int32Array, items: Int32Array, from: number, to: number): number {
  let sum = 0;
  for (let k = from; k < to; k++) sum += position[other[items[k]!]!]!;
  return sum / (to - from);
}

/** @internal Crossings between the segments of all neighbouring layers, for the order given. */
export function totalCrossings(order: readonly Int32Array[], position: Int32Array, layers: Layers, adjacent: Neighbours): number {
  let total = 0;
  const tree = new Int32Array(layers.count + 1);
  for (let r = 0; r + 1 < order.length; r++) total += crossingsBelow(order[r]!, order[r + 1]!.length, position, layers, adjacent, tree);
  return total;
}

/**
 * Crossings between the segments leaving layer `upperLayer` downwards:
 * taking the segments by their upper end in order (and by lower end within
 * one node), every earlier segment whose lower end lies further right
 * crosses this one; a Fenwick tree counts them in O(s log n).
 */
function crossingsBelow(upperLayer: Int32Array, lowerSize: number, position: Int32Array, layers: Layers, adjacent: Neighbours, tree: Int32Array): number {
  tree.fill(0, 0, lowerSize + 1);
  let seen = 0;
  let crossings = 0;
  const ends: number[] = [];
  for (const v of upperLayer) {
    ends.length = 0;
    for (let k = adjacent.down.start[v]!; k < adjacent.down.start[v + 1]!; k++) ends.push(position[layers.lower[adjacent.down.items[k]!]!]!);
    if (ends.length > 1) ends.sort((a, b) => a - b);
    for (const p of ends) {
      // Earlier segments ending strictly right of p.
      let atMost = 0;
      for (let i = p + 1; i > 0; i -= i & -i) atMost += tree[i]!;
      crossings += seen - atMost;
      for (let i = p + 1; i <= lowerSize; i += i & -i) tree[i]!++;
      seen++;
    }
  }
  return crossings;
}

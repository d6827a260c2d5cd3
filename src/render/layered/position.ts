/**
 * Places the nodes along their layers. Each node is drawn towards the nodes
 * it is joined to in the layer next to it (long edges more strongly, so
 * they run straight), one layer at a time, sweeping away from the thesis and
 * back; within a layer the order and the gaps are kept exactly by a
 * weighted isotonic regression (pool adjacent violators), which is linear
 * in the layer's size. Sweeps towards the thesis centre every conclusion
 * over the span of what stands behind it, and the last sweep is one of them.
 * @module
 * @internal
 */
import type { Layers } from "./layers.js";
import type { LayerOrder, Neighbours } from "./order.js";

/** @internal Spacing for {@link positionNodes}. */
export interface Spacing {
  /** Gap between two real nodes of one layer. */
  readonly node: number;
  /** Gap next to a dummy node (a long edge passing the layer). */
  readonly edge: number;
}

/** Most pairs of sweeps (away from the thesis and back). */
const ROUNDS = 8;
/** A round that moves no node further than this, in pixels, ends the sweeps. */
const SETTLED = 0.5;

/** @internal Centre of every node along its layer. */
export function positionNodes(layers: Layers, order: LayerOrder, adjacent: Neighbours, breadth: Float64Array, spacing: Spacing): Float64Array {
  const x = new Float64Array(layers.count);
  const weight = segmentWeights(layers);
  let widest = 0;
  for (const layer of order.layers) widest = Math.max(widest, layer.length);
  const work: Work = { offsets: new Float64Array(widest), weight: new Float64Array(widest), sum: new Float64Array(widest), size: new Int32Array(widest) };
  // Start packed and centred on 0, layer by layer.
  for (const layer of order.layers) {
    if (layer.length === 0) continue;
    const offsets = layerOffsets(layer, layers.real, breadth, spacing, work.offsets);
    const middle = offsets[layer.length - 1]! / 2;
    for (let i = 0; i < layer.length; i++) x[layer[i]!] = offsets[i]! - middle;
  }
  const before = new Float64Array(layers.count);
  for (let round = 0; round < ROUNDS; round++) {
    before.set(x);
    for (let r = 1; r < order.layers.length; r++) placeLayer(order.layers[r]!, x, layers, breadth, spacing, layers.upper, adjacent.up, weight, work);
    for (let r = order.layers.length - 2; r >= 0; r--) placeLayer(order.layers[r]!, x, layers, breadth, spacing, layers.lower, adjacent.down, weight, work);
    // Converged when nodes keep their places relative to each other (the whole drawing may still drift, which does not matter).
    let shift = 0;
    for (let v = 0; v < x.length; v++) shift += x[v]! - before[v]!;
    shift /= Math.max(1, x.length);
    let moved = 0;
    for (let v = 0; v < x.length; v++) moved = Math.max(moved, Math.abs(x[v]! - before[v]! - shift));
    if (moved < SETTLED) break;
  }
  return x;
}

/** dot's weights: a segment between two dummies pulls eight times, one with a dummy end twice as hard as one between real nodes. */
function segmentWeights(layers: Layers): Float64Array {
  const weight = new Float64Array(layers.upper.length);
  for (let s = 0; s < weight.length; s++) {
    const dummies = (layers.upper[s]! >= layers.real ? 1 : 0) + (layers.lower[s]! >= layers.real ? 1 : 0);
    weight[s] = dummies === 2 ? 8 : dummies === 1 ? 2 : 1;
  }
  return weight;
}

/** Scratch arrays for {@link placeLayer}, as long as the widest layer. */
interface Work {
  readonly offsets: Float64Array;
  /** Blocks of pooled nodes: total weight, weighted sum of wishes, and how many nodes. */
  readonly weight: Float64Array;
  readonly sum: Float64Array;
  readonly size: Int32Array;
}

/** Distance of each node's centre from the first node's centre when the layer is packed tight. */
function layerOffsets(layer: Int32Array, real: number, breadth: Float64Array, spacing: Spacing, into: Float64Array): Float64Array {
  const offsets = into;
  offsets[0] = 0;
  for (let i = 1; i < layer.length; i++) {
    const a = layer[i - 1]!;
    const b = layer[i]!;
    const gap = a >= real || b >= real ? spacing.edge : spacing.node;
    offsets[i] = offsets[i - 1]! + (breadth[a]! + breadth[b]!) / 2 + gap;
  }
  return offsets;
}

/**
 * Moves one layer's nodes as close as the order and gaps allow to the
 * weighted mean of their neighbours through `by` (least squares): with the
 * packed offsets subtracted, the gaps become "never decreasing", which pool
 * adjacent violators solves exactly.
 */
function placeLayer(
  layer: Int32Array,
  x: Float64Array,
  layers: Layers,
  breadth: Float64Array,
  spacing: Spacing,
  other: Int32Array,
  by: { readonly start: Int32Array; readonly items: Int32Array },
  weight: Float64Array,
  work: Work,
): void {
  const towardsThesis = other === layers.lower;
  const n = layer.length;
  if (n === 0) return;
  const offsets = layerOffsets(layer, layers.real, breadth, spacing, work.offsets);
  const blockWeight = work.weight;
  const blockSum = work.sum;
  const blockSize = work.size;
  let blocks = 0;
  for (let i = 0; i < n; i++) {
    const v = layer[i]!;
    let w = 0;
    let sum = 0;
    let low = Infinity;
    let high = -Infinity;
    for (let k = by.start[v]!; k < by.start[v + 1]!; k++) {
      const s = by.items[k]!;
      w += weight[s]!;
      sum += weight[s]! * x[other[s]!]!;
      low = Math.min(low, x[other[s]!]!);
      high = Math.max(high, x[other[s]!]!);
    }
    // Towards the thesis, a node wants the middle of what stands behind it (a tidy tree), not their mean.
    if (towardsThesis && w > 0) sum = ((low + high) / 2) * w;
    // A node with no neighbour there stays where it is unless its neighbours push it.
    const wish = w > 0 ? sum / w : x[v]!;
    const own = w > 0 ? w : 1e-3;
    blockWeight[blocks] = own;
    blockSum[blocks] = own * (wish - offsets[i]!);
    blockSize[blocks] = 1;
    blocks++;
    while (blocks > 1 && blockSum[blocks - 2]! / blockWeight[blocks - 2]! > blockSum[blocks - 1]! / blockWeight[blocks - 1]!) {
      blockWeight[blocks - 2]! += blockWeight[blocks - 1]!;
      blockSum[blocks - 2]! += blockSum[blocks - 1]!;
      blockSize[blocks - 2]! += blockSize[blocks - 1]!;
      blocks--;
    }
  }
  let i = 0;
  for (let b = 0; b < blocks; b++) {
    const level = blockSum[b]! / blockWeight[b]!;
    for (let k = 0; k < blockSize[b]!; k++, i++) x[layer[i]!] = level + offsets[i]!;
  }
}

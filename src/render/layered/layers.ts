/**
 * The first steps of argmap's own layered layout: number the nodes, turn
 * the edges that close a cycle around, put every node in a layer, and cut
 * edges that span several layers into chains through dummy nodes.
 * @module
 * @internal
 */

/** @internal The input: nodes with their sizes across and along the layers, and directed edges. */
export interface LayeredInput {
  /** Extent of each real node along its layer (its width when the layers are rows). */
  readonly breadth: Float64Array;
  /** Extent of each real node across the layers (its height when the layers are rows). */
  readonly depth: Float64Array;
  /** Edge sources and targets (node numbers); an edge points from a premise towards its conclusion. */
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** A node to keep in the first layer when it has no outgoing edge (the thesis), or -1. */
  readonly first: number;
}

/**
 * @internal Nodes in layers, joined by segments between neighbouring layers.
 * Nodes `0 … real - 1` are the input's; the rest are dummies, one per layer
 * that a long edge passes.
 */
export interface Layers {
  readonly real: number;
  /** Number of nodes, dummies included. */
  readonly count: number;
  /** Layer of each node; layer 0 holds the nodes nothing points away from (the thesis). */
  readonly rank: Int32Array;
  readonly layerCount: number;
  /** Segments: `upper` is in layer `rank[lower] - 1`, nearer the thesis. */
  readonly upper: Int32Array;
  readonly lower: Int32Array;
  /**
   * For each input edge, its nodes from the far end (highest layer) to the
   * near end: `chainNodes[chainStart[e] … chainStart[e + 1] - 1]`. Its
   * segments are numbered in the same order: segment `chainStart[e] - e + k`
   * joins chain node `k` (lower) and `k + 1` (upper).
   */
  readonly chainStart: Int32Array;
  readonly chainNodes: Int32Array;
  /** Whether an input edge was turned around to break a cycle (its chain then runs from target to source). */
  readonly reversed: Uint8Array;
}

/**
 * @internal Breaks cycles, assigns layers by longest path from the nodes
 * without outgoing edges (with `promote`, then shortens long edges by
 * moving nodes away from the thesis), and adds dummy nodes. Iterative, so
 * deep maps cannot overflow the stack; linear in the size of the result
 * without `promote`.
 */
export function buildLayers(input: LayeredInput, options: { readonly promote?: boolean } = {}): Layers {
  const real = input.breadth.length;
  const edgeCount = input.source.length;
  const inEdges = csr(real, input.target, edgeCount);
  const reversed = findReversedEdges(input, inEdges);

  // Oriented edges run from `tail` (farther from the thesis) to `head`.
  const tail = new Int32Array(edgeCount);
  const head = new Int32Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    tail[e] = reversed[e] === 1 ? input.target[e]! : input.source[e]!;
    head[e] = reversed[e] === 1 ? input.source[e]! : input.target[e]!;
  }

  // Longest path from the sinks (Kahn's order backwards): every node sits one layer beyond the farthest node it points to.
  const rank = new Int32Array(real);
  const outLeft = new Int32Array(real);
  for (let e = 0; e < edgeCount; e++) if (tail[e] !== head[e]) outLeft[tail[e]!]!++;
  const headIn = csr(real, head, edgeCount);
  const queue = new Int32Array(real);
  let qEnd = 0;
  for (let v = 0; v < real; v++) if (outLeft[v] === 0) queue[qEnd++] = v;
  for (let q = 0; q < qEnd; q++) {
    const v = queue[q]!;
    for (let k = headIn.start[v]!; k < headIn.start[v + 1]!; k++) {
      const e = headIn.items[k]!;
      const t = tail[e]!;
      if (t === v) continue;
      if (rank[v]! + 1 > rank[t]!) rank[t] = rank[v]! + 1;
      if (--outLeft[t]! === 0) queue[qEnd++] = t;
    }
  }

  if (options.promote === true) promote(rank, tail, head, headIn, real, input.first);

  // Dummy nodes: one per layer strictly between an edge's ends.
  let dummies = 0;
  let chainLength = 0;
  for (let e = 0; e < edgeCount; e++) {
    const span = rank[tail[e]!]! - rank[head[e]!]!;
    if (span > 1) dummies += span - 1;
    chainLength += Math.max(span, 1) + 1;
  }
  const count = real + dummies;
  const allRank = new Int32Array(count);
  allRank.set(rank);
  const chainStart = new Int32Array(edgeCount + 1);
  const chainNodes = new Int32Array(chainLength);
  const upper: number[] = [];
  const lower: number[] = [];
  let next = real;
  let at = 0;
  let layerCount = 0;
  for (let v = 0; v < real; v++) layerCount = Math.max(layerCount, rank[v]! + 1);
  for (let e = 0; e < edgeCount; e++) {
    chainStart[e] = at;
    const t = tail[e]!;
    const h = head[e]!;
    chainNodes[at++] = t;
    if (t === h) continue;
    let previous = t;
    for (let r = rank[t]! - 1; r > rank[h]!; r--) {
      const d = next++;
      allRank[d] = r;
      chainNodes[at++] = d;
      upper.push(d);
      lower.push(previous);
      previous = d;
    }
    chainNodes[at++] = h;
    upper.push(h);
    lower.push(previous);
  }
  chainStart[edgeCount] = at;
  return {
    real,
    count,
    rank: allRank,
    layerCount,
    upper: Int32Array.from(upper),
    lower: Int32Array.from(lower),
    chainStart,
    chainNodes: chainNodes.subarray(0, at),
    reversed,
  };
}

/** Most nodes one promotion may move. */
const MAX_CASCADE = 512;

/**
 * Nikolov and Tarassov's promotion heuristic: moves a node one layer away
 * from the thesis, with the premises right behind it that it would bump
 * into, whenever that shortens the edges in all (fewer dummy nodes), until
 * no move helps. A tree stays as it is; a premise shared by a near and a far
 * conclusion moves towards the far one. The thesis (`first`) is never
 * moved, so it stays in the first layer. Moves of more than
 * {@link MAX_CASCADE} nodes are not tried, and the whole search stops after
 * work proportional to the graph's size, so long chains stay linear.
 */
function promote(rank: Int32Array, tail: Int32Array, head: Int32Array, headIn: Csr, real: number, first: number): void {
  const outDegree = new Int32Array(real);
  const inDegree = new Int32Array(real);
  for (let e = 0; e < tail.length; e++) {
    if (tail[e] === head[e]) continue;
    outDegree[tail[e]!]!++;
    inDegree[head[e]!]!++;
  }
  const moved: number[] = [];
  const stack: number[] = [];
  const cursor = new Int32Array(real);
  // Work left: promotion is quadratic on long chains, so the cascades it tries are bounded, each and in all.
  let budget = 512 * (real + tail.length);
  // Lifts `start` one layer, first lifting (depth-first) every tail right behind a node being lifted; returns the
  // change in dummies, or Infinity when the cascade grows past its bound (then nothing is lifted).
  const lift = (start: number): number => {
    let gain = 0;
    stack.push(start);
    cursor[start] = headIn.start[start]!;
    while (stack.length > 0) {
      if (moved.length + stack.length > MAX_CASCADE) {
        stack.length = 0;
        return Infinity;
      }
      const v = stack[stack.length - 1]!;
      budget--;
      if (cursor[v]! < headIn.start[v + 1]!) {
        const u = tail[headIn.items[cursor[v]!++]!]!;
        if (u !== v && rank[u] === rank[v]! + 1) {
          if (u === first) {
            stack.length = 0;
            return Infinity;
          }
          cursor[u] = headIn.start[u]!;
          stack.push(u);
        }
      } else {
        stack.pop();
        rank[v]!++;
        moved.push(v);
        gain += outDegree[v]! - inDegree[v]!;
      }
    }
    return gain;
  };
  for (let round = 0, changed = true; changed && round < 100 && budget > 0; round++) {
    changed = false;
    for (let v = 0; v < real && budget > 0; v++) {
      // The thesis keeps its place in the first layer.
      if (inDegree[v] === 0 || v === first) continue;
      moved.length = 0;
      const gain = lift(v);
      if (gain < 0) changed = true;
      else for (const w of moved) rank[w]!--;
    }
  }
}

/** @internal Compressed lists: the items of group `g` are `items[start[g] … start[g + 1] - 1]`, in input order. */
export interface Csr {
  readonly start: Int32Array;
  readonly items: Int32Array;
}

/** @internal Groups the indices `0 … length - 1` by `key[i]` (a node number below `groups`), keeping their order. */
export function csr(groups: number, key: Int32Array, length: number): Csr {
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < length; i++) start[key[i]! + 1]!++;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, groups);
  const items = new Int32Array(length);
  for (let i = 0; i < length; i++) items[fill[key[i]!]!++] = i;
  return { start, items };
}

/**
 * Edges to turn around so that no cycle is left: the back edges of a
 * depth-first search that starts at the thesis and walks edges backwards
 * (from a conclusion to its premises), so the reasons and objections
 * reached from the thesis keep their direction and an attack back up the
 * tree is the one turned.
 */
function findReversedEdges(input: LayeredInput, inEdges: Csr): Uint8Array {
  const real = input.breadth.length;
  const edgeCount = input.source.length;
  const reversed = new Uint8Array(edgeCount);
  const outDegree = new Int32Array(real);
  for (let e = 0; e < edgeCount; e++) outDegree[input.source[e]!]!++;
  const state = new Uint8Array(real); // 0 new, 1 on the path, 2 done
  const stack = new Int32Array(real);
  const cursor = new Int32Array(real);
  const visit = (root: number): void => {
    if (state[root] !== 0) return;
    let top = 0;
    stack[0] = root;
    state[root] = 1;
    cursor[root] = inEdges.start[root]!;
    while (top >= 0) {
      const v = stack[top]!;
      if (cursor[v]! < inEdges.start[v + 1]!) {
        const e = inEdges.items[cursor[v]!++]!;
        const u = input.source[e]!;
        if (state[u] === 0) {
          state[u] = 1;
          cursor[u] = inEdges.start[u]!;
          stack[++top] = u;
        } else if (state[u] === 1) {
          reversed[e] = 1;
        }
      } else {
        state[v] = 2;
        top--;
      }
    }
  };
  if (input.first >= 0 && outDegree[input.first] === 0) visit(input.first);
  for (let v = 0; v < real; v++) if (outDegree[v] === 0) visit(v);
  for (let v = 0; v < real; v++) visit(v);
  return reversed;
}

/**
 * The built-in engine: argmap's own layered layout, in plain TypeScript on
 * typed arrays, with no package to install. It layers the map by longest
 * path from the thesis (and, when edges cross, also with long edges
 * shortened by promotion, keeping whichever crosses less), orders each
 * layer depth-first and by barycentre sweeps with transposition, places
 * nodes by isotonic regression, and routes each edge as a polyline through
 * the gaps between layers, so no edge passes over a box.
 * @module
 * @internal
 */
import type { LayoutDirection, LayoutPoint } from "./layout.js";
import type { LayoutGraph, Placement } from "./layout-graph.js";
import { buildLayers, type LayeredInput, type Layers } from "./layered/layers.js";
import { neighbours, orderLayers, type LayerOrder, type Neighbours } from "./layered/order.js";
import { positionNodes } from "./layered/position.js";

/** Edges that meet one side of a box are spread this far apart, in pixels, when the side is long enough (an attack's bar is 16 wide). */
const PORT_SPACING = 20;
/** Closer than this, in pixels, edges meet one side in its middle instead of spread along it. */
const MIN_PORT_SPACING = 8;
/** Length, in pixels, of the straight piece with which an edge leaves or enters a box. */
const STUB = 8;
/** Space kept free at each end of a side (the box's rounded corner and a little more). */
const PORT_MARGIN = 8;
/** Boxes narrower than this (junction dots) take all their edges in one point. */
const PORTS_FROM = 40;

/** @internal Lays out a measured map with argmap's own layered layout. */
export function builtinEngine(graph: LayoutGraph): Promise<Placement> {
  return Promise.resolve(builtinLayout(graph));
}

/** @internal The synchronous layout behind {@link builtinEngine}. */
export function builtinLayout(graph: LayoutGraph): Placement {
  const structure = layerAndOrder(graph);
  return route(graph, structure, place(graph, structure, graph.options.direction), graph.options.direction);
}

/**
 * @internal Chooses the way a wide map is drawn, for `direction: "auto"`:
 * lays it out with the thesis at the top and with the thesis on the left,
 * from one layering and ordering (which do not depend on box sizes), and
 * returns the direction `prefer` picks from the two sizes, with the
 * placement in that direction.
 */
export function builtinAuto(graph: LayoutGraph, prefer: (up: Size, left: Size) => "up" | "left"): { readonly direction: "up" | "left"; readonly placement: Placement } {
  const structure = layerAndOrder(graph);
  const up = place(graph, structure, "up");
  const left = place(graph, structure, "left");
  const direction = prefer(up.size, left.size);
  return { direction, placement: route(graph, structure, direction === "up" ? up : left, direction) };
}

/** @internal Width and height of a drawing. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Layers and their order: what does not depend on the boxes' sizes or the direction. */
interface Structure {
  readonly input: LayeredInput;
  readonly layers: Layers;
  readonly adjacent: Neighbours;
  readonly order: LayerOrder;
}

function layerAndOrder(graph: LayoutGraph): Structure {
  const input = layeredInput(graph, false);
  const { first } = input;
  let layers = buildLayers(input);
  let adjacent = neighbours(layers);
  let order = orderLayers(layers, adjacent, first);
  if (order.crossings > 0) {
    // Edges cross, so the map is no tree: try shorter edges too (fewer dummies), and keep the layering that crosses less.
    const promoted = buildLayers(input, { promote: true });
    if (promoted.count < layers.count) {
      const promotedAdjacent = neighbours(promoted);
      const promotedOrder = orderLayers(promoted, promotedAdjacent, first);
      if (promotedOrder.crossings <= order.crossings) {
        layers = promoted;
        adjacent = promotedAdjacent;
        order = promotedOrder;
      }
    }
  }
  return { input, layers, adjacent, order };
}

/** Where the nodes go in one direction: their centres along the layers, the layer bands, and the drawing's size. */
interface Positions {
  readonly x: Float64Array;
  readonly breadth: Float64Array;
  readonly depth: Float64Array;
  readonly bandTop: Float64Array;
  readonly bandDepth: Float64Array;
  readonly minX: number;
  readonly extent: number;
  readonly size: Size;
}

function place(graph: LayoutGraph, structure: Structure, direction: LayoutDirection): Positions {
  const o = graph.options;
  const across = direction === "left" || direction === "right";
  const { layers, order, adjacent } = structure;
  const { breadth, depth } = across ? sizes(graph, true) : structure.input;
  const real = breadth.length;
  const allBreadth = new Float64Array(layers.count);
  allBreadth.set(breadth);
  const x = positionNodes(layers, order, adjacent, allBreadth, { node: o.nodeSpacing, edge: Math.max(4, Math.min(o.nodeSpacing, 10)) });

  // Layer bands: each as deep as its deepest box, `layerSpacing` apart, the thesis's layer first.
  const bandTop = new Float64Array(layers.layerCount);
  const bandDepth = new Float64Array(layers.layerCount);
  for (let v = 0; v < real; v++) bandDepth[layers.rank[v]!] = Math.max(bandDepth[layers.rank[v]!]!, depth[v]!);
  for (let r = 1; r < layers.layerCount; r++) bandTop[r] = bandTop[r - 1]! + bandDepth[r - 1]! + o.layerSpacing;

  // The drawing's extent along the layers (dummies included) and across them.
  let minX = Infinity;
  let maxX = -Infinity;
  for (let v = 0; v < layers.count; v++) {
    minX = Math.min(minX, x[v]! - allBreadth[v]! / 2);
    maxX = Math.max(maxX, x[v]! + allBreadth[v]! / 2);
  }
  if (!Number.isFinite(minX)) minX = maxX = 0;
  const last = layers.layerCount - 1;
  const extent = last >= 0 ? bandTop[last]! + bandDepth[last]! : 0;
  const breadthAll = maxX - minX;
  return { x, breadth: allBreadth, depth, bandTop, bandDepth, minX, extent, size: { width: across ? extent : breadthAll, height: across ? breadthAll : extent } };
}

/** Places the boxes and routes the edges of a layout in `direction`. */
function route(graph: LayoutGraph, structure: Structure, p: Positions, direction: LayoutDirection): Placement {
  const o = graph.options;
  const claimCount = graph.claims.length;
  const box = (i: number): { readonly width: number; readonly height: number } => (i < claimCount ? graph.claims[i]! : graph.relations[i - claimCount]!);
  const { layers, order, adjacent } = structure;
  const { x, depth, bandTop, bandDepth } = p;
  const real = structure.input.breadth.length;
  const centreY = (v: number): number => {
    const r = layers.rank[v]!;
    return bandTop[r]! + bandDepth[r]! / 2;
  };
  const turn = orient(direction, p.minX, p.extent);
  const nodes = new Map<string, LayoutPoint>();
  for (let i = 0; i < real; i++) {
    const centre = turn(x[i]!, centreY(i));
    const b = box(i);
    nodes.set(i < claimCount ? `c${i}` : `r${i - claimCount}`, { x: centre.x - b.width / 2, y: centre.y - b.height / 2 });
  }

  const ports = portOffsets(layers, order, adjacent, x, p.breadth);
  // Edges leave and enter boxes square for this long, so arrow heads point into the box.
  const stub = Math.min(STUB, o.layerSpacing / 4);
  const edges = new Map<string, LayoutPoint[]>();
  graph.edges.forEach((edge, e) => {
    const points = routeEdge(layers, e, x, ports, depth, centreY, bandTop, bandDepth, turn, stub);
    if (layers.reversed[e] === 1) points.reverse();
    edges.set(edge.key, points);
  });
  return { width: p.size.width, height: p.size.height, nodes, edges, normalized: true };
}

/** Each node's extent along and across the layers (`across`: layers are columns). */
function sizes(graph: LayoutGraph, across: boolean): { readonly breadth: Float64Array; readonly depth: Float64Array } {
  const claimCount = graph.claims.length;
  const count = claimCount + graph.relations.length;
  const breadth = new Float64Array(count);
  const depth = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const b = i < claimCount ? graph.claims[i]! : graph.relations[i - claimCount]!;
    breadth[i] = across ? b.height : b.width;
    depth[i] = across ? b.width : b.height;
  }
  return { breadth, depth };
}

/**
 * @internal The engine's input: claims `0 … c - 1`, then relations, sized
 * along and across the layers (`across`: layers are columns), and the
 * edges between them.
 */
export function layeredInput(graph: LayoutGraph, across: boolean): LayeredInput {
  const claimCount = graph.claims.length;
  const { breadth, depth } = sizes(graph, across);
  // Keys are `c<i>` and `r<i>` (see buildLayoutGraph).
  const number = (key: string): number => (key.charCodeAt(0) === 99 ? 0 : claimCount) + Number(key.slice(1));
  const source = new Int32Array(graph.edges.length);
  const target = new Int32Array(graph.edges.length);
  for (let e = 0; e < graph.edges.length; e++) {
    source[e] = number(graph.edges[e]!.source);
    target[e] = number(graph.edges[e]!.target);
  }
  return { breadth, depth, source, target, first: graph.thesis ?? -1 };
}

/**
 * From layout coordinates (layers as rows, the thesis's row at the top,
 * `x` from `minX`, `y` from 0 to `extent`) to the drawing's, with its
 * top-left corner at 0,0.
 */
function orient(direction: LayoutDirection, minX: number, extent: number): (x: number, y: number) => LayoutPoint {
  switch (direction) {
    case "up":
      return (x, y) => ({ x: x - minX, y });
    case "down":
      return (x, y) => ({ x: x - minX, y: extent - y });
    case "left":
      return (x, y) => ({ x: y, y: x - minX });
    case "right":
      return (x, y) => ({ x: extent - y, y: x - minX });
  }
}

/** Where each segment meets its upper and lower node, as an offset from the node's centre along the layer. */
interface Ports {
  readonly atUpper: Float64Array;
  readonly atLower: Float64Array;
}

/**
 * Spreads the edges that meet one side of a wide box along that side, in
 * the order of their other ends, so they neither overlap nor cross.
 */
function portOffsets(layers: Layers, order: LayerOrder, adjacent: Neighbours, x: Float64Array, breadth: Float64Array): Ports {
  const segments = layers.upper.length;
  const atUpper = new Float64Array(segments);
  const atLower = new Float64Array(segments);
  const { down, up } = adjacent;
  const spread = (v: number, list: { start: Int32Array; items: Int32Array }, far: Int32Array, into: Float64Array): void => {
    const from = list.start[v]!;
    const count = list.start[v + 1]! - from;
    if (count < 2 || v >= layers.real || breadth[v]! < PORTS_FROM) return;
    const step = Math.min(PORT_SPACING, (breadth[v]! - 2 * PORT_MARGIN) / (count - 1));
    // Heads closer than this would pile up unreadably: then all edges meet in the middle of the side instead.
    if (step < MIN_PORT_SPACING) return;
    const sorted = Array.from(list.items.subarray(from, from + count)).sort((a, b) => x[far[a]!]! - x[far[b]!]! || order.position[far[a]!]! - order.position[far[b]!]!);
    sorted.forEach((s, i) => (into[s] = (i - (count - 1) / 2) * step));
  };
  for (let v = 0; v < layers.real; v++) {
    spread(v, down, layers.lower, atUpper);
    spread(v, up, layers.upper, atLower);
  }
  return { atUpper, atLower };
}

/**
 * The polyline of input edge `e` in the drawing's coordinates, from the end
 * farther from the thesis to the nearer: straight out of its box to the
 * edge of the layer band and a `stub` beyond, across each gap between
 * layers, straight through the bands it passes, and square into its target
 * for the last `stub`, so it never runs over a box and its head points into
 * the box.
 */
function routeEdge(
  layers: Layers,
  e: number,
  x: Float64Array,
  ports: Ports,
  depth: Float64Array,
  centreY: (v: number) => number,
  bandTop: Float64Array,
  bandDepth: Float64Array,
  turn: (x: number, y: number) => LayoutPoint,
  stub: number,
): LayoutPoint[] {
  const from = layers.chainStart[e]!;
  const to = layers.chainStart[e + 1]!;
  const points: LayoutPoint[] = [];
  let lastX = NaN;
  let lastY = NaN;
  const push = (px: number, py: number): void => {
    if (Math.abs(lastX - px) > 1e-9 || Math.abs(lastY - py) > 1e-9 || points.length === 0) points.push(turn(px, py));
    lastX = px;
    lastY = py;
  };
  const first = layers.chainNodes[from]!;
  if (to - from < 2) {
    // An edge from a node to itself: a short stub on its border.
    const top = centreY(first) - depth[first]! / 2;
    return [turn(x[first]!, top), turn(x[first]!, top - 1)];
  }
  // The chain's segments are numbered in chain order: segment `base + k` joins chain node k (lower) and k + 1.
  const base = from - e;
  const startX = x[first]! + ports.atLower[base]!;
  // Out of the box, straight on past the edge of its band (points in a straight line are not repeated).
  push(startX, centreY(first) - depth[first]! / 2);
  push(startX, bandTop[layers.rank[first]!]! - stub);
  for (let k = from + 1; k < to; k++) {
    const v = layers.chainNodes[k]!;
    const r = layers.rank[v]!;
    const bottom = bandTop[r]! + bandDepth[r]!;
    if (v >= layers.real) {
      // Square through the band and a stub on both sides, so that every slanted piece in a gap spans the same height
      // and two cross only where their order does.
      push(x[v]!, bottom + stub);
      push(x[v]!, bandTop[r]! - stub);
    } else {
      const endX = x[v]! + ports.atUpper[base + (k - from) - 1]!;
      push(endX, bottom + stub);
      push(endX, centreY(v) + depth[v]! / 2);
    }
  }
  return points;
}

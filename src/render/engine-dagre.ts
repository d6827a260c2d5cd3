/**
 * The dagre engine: `@dagrejs/dagre`'s layered layout in plain JavaScript.
 * @module
 * @internal
 */
import type { LayoutDirection, LayoutPoint } from "./layout.js";
import type { LayoutGraph, Placement } from "./layout-graph.js";
import { importPeer } from "./peer.js";
import { loadOnce } from "../internal/load-once.js";

/** The part of `@dagrejs/dagre` argmap uses. */
interface DagreGraph {
  setGraph(label: Record<string, unknown>): unknown;
  setDefaultEdgeLabel(label: () => Record<string, unknown>): unknown;
  setNode(name: string, label: { width: number; height: number }): unknown;
  setEdge(source: string, target: string, label: Record<string, unknown>, name: string): unknown;
  node(name: string): { x: number; y: number; width: number; height: number } | undefined;
  edge(source: string, target: string, name: string): { points?: readonly LayoutPoint[] } | undefined;
  graph(): { width?: number; height?: number };
}
interface Dagre {
  readonly graphlib: { readonly Graph: new (options: { multigraph: boolean }) => DagreGraph };
  layout(graph: DagreGraph): void;
}

const RANKDIR: Readonly<Record<LayoutDirection, string>> = { up: "BT", down: "TB", left: "RL", right: "LR" };

/** @internal dagre, imported on first use. */
export const loadDagre: () => Promise<Dagre> = loadOnce(() =>
  importPeer(
    "@dagrejs/dagre",
    () => import("@dagrejs/dagre"),
    (module) => {
      const m = module as Partial<Dagre> & { default?: Partial<Dagre> };
      const candidate = typeof m.layout === "function" ? m : m.default;
      return candidate !== undefined && typeof candidate.layout === "function" && candidate.graphlib !== undefined ? (candidate as Dagre) : undefined;
    },
  ),
);

/** @internal Lays out a measured map with dagre. */
export async function dagreEngine(graph: LayoutGraph): Promise<Placement> {
  const dagre = await loadDagre();
  const o = graph.options;
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: RANKDIR[o.direction], nodesep: o.nodeSpacing, ranksep: o.layerSpacing, edgesep: 8, marginx: 0, marginy: 0, ranker: "network-simplex" });
  g.setDefaultEdgeLabel(() => ({}));
  graph.claims.forEach((box, i) => g.setNode(`c${i}`, { width: box.width, height: box.height }));
  graph.relations.forEach((box, i) => g.setNode(`r${i}`, { width: box.width, height: box.height }));
  for (const edge of graph.edges) g.setEdge(edge.source, edge.target, {}, edge.key);
  dagre.layout(g);
  const nodes = new Map<string, LayoutPoint>();
  const place = (key: string): void => {
    const node = g.node(key);
    if (node !== undefined) nodes.set(key, { x: node.x - node.width / 2, y: node.y - node.height / 2 });
  };
  graph.claims.forEach((_, i) => place(`c${i}`));
  graph.relations.forEach((_, i) => place(`r${i}`));
  const edges = new Map<string, LayoutPoint[]>();
  for (const edge of graph.edges) {
    const points = g.edge(edge.source, edge.target, edge.key)?.points;
    if (points !== undefined) edges.set(edge.key, points.map((p) => ({ x: p.x, y: p.y })));
  }
  const size = g.graph();
  return { width: size.width ?? 0, height: size.height ?? 0, nodes, edges };
}

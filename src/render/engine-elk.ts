/**
 * The elkjs engine: Eclipse Layout Kernel's layered algorithm, with ports
 * on relation junctions so premises enter on one side, the conclusion
 * leaves on the other and undercuts arrive from the side.
 * @module
 * @internal
 */
import type { ElkExtendedEdge, ElkNode, ELK } from "elkjs/lib/elk-api.js";
import { fail } from "../errors.js";
import type { LayoutDirection, LayoutPoint, NodePlacement, RenderIssueCode } from "./layout.js";
import type { LayoutGraph, Placement } from "./layout-graph.js";
import { defaultExport, importPeer } from "./peer.js";
import { loadOnce } from "../internal/load-once.js";

/** Port sides of a relation junction per direction: [premises in, conclusion out, undercuts in]. */
const PORT_SIDES: Readonly<Record<LayoutDirection, readonly [string, string, string]>> = {
  up: ["SOUTH", "NORTH", "EAST"],
  down: ["NORTH", "SOUTH", "EAST"],
  left: ["EAST", "WEST", "SOUTH"],
  right: ["WEST", "EAST", "SOUTH"],
};

/** elkjs's names of the node placement strategies. */
const PLACEMENT: Readonly<Record<NodePlacement, string>> = {
  "network-simplex": "NETWORK_SIMPLEX",
  "brandes-koepf": "BRANDES_KOEPF",
  "linear-segments": "LINEAR_SEGMENTS",
  simple: "SIMPLE",
};

/** @internal Maps with at most this many claims and relations get extra crossing minimization. */
export const THOROUGH_UP_TO = 200;

/** @internal The ELK graph of a measured map. */
export function toElkGraph(graph: LayoutGraph): ElkNode {
  const o = graph.options;
  const [inSide, outSide, cutSide] = PORT_SIDES[o.direction];
  const children: ElkNode[] = [];
  graph.claims.forEach((box, i) => {
    const node: ElkNode = { id: `c${i}`, width: box.width, height: box.height };
    if (box.thesis) node.layoutOptions = { "elk.layered.layering.layerConstraint": "LAST" };
    children.push(node);
  });
  graph.relations.forEach((box, i) => {
    const rid = `r${i}`;
    children.push({
      id: rid,
      width: box.width,
      height: box.height,
      layoutOptions: { "elk.portConstraints": "FIXED_SIDE" },
      ports: [
        { id: `${rid}.in`, width: 0, height: 0, layoutOptions: { "elk.port.side": inSide } },
        { id: `${rid}.out`, width: 0, height: 0, layoutOptions: { "elk.port.side": outSide } },
        { id: `${rid}.cut`, width: 0, height: 0, layoutOptions: { "elk.port.side": cutSide } },
      ],
    });
  });
  const edges: ElkExtendedEdge[] = graph.edges.map((edge) => ({
    id: edge.key,
    sources: [edge.role === "conclusion" ? `${edge.source}.out` : edge.source],
    targets: [edge.role === "premise" ? `${edge.target}.in` : edge.undercut ? `${edge.target}.cut` : edge.target],
  }));
  const layoutOptions: Record<string, string> = {
    "elk.algorithm": "layered",
    "elk.direction": o.direction.toUpperCase(),
    "elk.edgeRouting": o.edgeRouting.toUpperCase(),
    "elk.padding": "[top=0,left=0,bottom=0,right=0]",
    "elk.spacing.nodeNode": String(o.nodeSpacing),
    "elk.layered.spacing.nodeNodeBetweenLayers": String(o.layerSpacing),
    "elk.spacing.edgeNode": String(Math.max(8, o.nodeSpacing / 2)),
    "elk.spacing.edgeEdge": "8",
    "elk.layered.spacing.edgeNodeBetweenLayers": String(Math.max(8, o.layerSpacing / 2)),
    "elk.layered.spacing.edgeEdgeBetweenLayers": "8",
    "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
    "elk.layered.nodePlacement.strategy": PLACEMENT[o.nodePlacement],
    "elk.spacing.componentComponent": String(o.nodeSpacing * 1.5),
    "elk.randomSeed": "1",
    // More crossing-minimization passes untangle small maps; large ones keep elkjs's default for speed.
    "elk.layered.thoroughness": children.length <= THOROUGH_UP_TO ? "30" : "7",
  };
  if (o.elkOptions !== undefined) for (const [key, value] of o.elkOptions) layoutOptions[key] = value;
  return { id: "root", layoutOptions, children, edges };
}

/** @internal Reads elkjs's result back into positions and routes. */
export function fromElkGraph(result: ElkNode): Placement {
  const nodes = new Map<string, LayoutPoint>();
  for (const child of result.children ?? []) {
    if (child.x !== undefined && child.y !== undefined) nodes.set(child.id, { x: child.x, y: child.y });
  }
  const edges = new Map<string, LayoutPoint[]>();
  for (const edge of result.edges ?? []) {
    const points: LayoutPoint[] = [];
    for (const section of edge.sections ?? []) {
      if (points.length === 0) points.push(section.startPoint);
      for (const bend of section.bendPoints ?? []) points.push(bend);
      points.push(section.endPoint);
    }
    edges.set(edge.id, points);
  }
  return { width: result.width ?? 0, height: result.height ?? 0, nodes, edges };
}

type ElkConstructor = new () => ELK;

/**
 * @internal The shared elkjs instance, loaded on first use so that argmap
 * works without elkjs until something is drawn. The bundled build runs in
 * the calling thread (no worker).
 */
export const loadElk: () => Promise<ELK> = loadOnce(() =>
  importPeer(
    "elkjs",
    () => import("elkjs/lib/elk.bundled.js"),
    (module) => {
      const candidate = defaultExport(module);
      return typeof candidate === "function" ? new (candidate as ElkConstructor)() : undefined;
    },
  ),
);

/** @internal Lays out a measured map with elkjs. */
export async function elkEngine(graph: LayoutGraph): Promise<Placement> {
  const elk = await loadElk();
  let result: ElkNode;
  try {
    result = await elk.layout(toElkGraph(graph));
  } catch (error) {
    fail<RenderIssueCode>("layout-failed", [], `elkjs could not lay out the map: ${error instanceof Error ? error.message : String(error)}`);
  }
  return fromElkGraph(result);
}

/**
 * The Graphviz engine: `dot`'s layered layout, compiled to WebAssembly by
 * `@viz-js/viz`, with straight-segment (polyline) edges.
 * @module
 * @internal
 */
import { fail } from "../errors.js";
import type { LayoutDirection, LayoutPoint, RenderIssueCode } from "./layout.js";
import type { LayoutGraph, Placement } from "./layout-graph.js";
import { importPeer } from "./peer.js";
import { loadOnce } from "../internal/load-once.js";

/** The part of `@viz-js/viz` argmap uses. */
interface Viz {
  render(input: string, options: { format: string; engine: string }): { status: "success"; output: string } | { status: "failure"; errors: readonly { message: string }[] };
}

/** Graphviz's `rankdir` per direction: premises → conclusions. */
const RANKDIR: Readonly<Record<LayoutDirection, string>> = { up: "BT", down: "TB", left: "RL", right: "LR" };

/** Points per inch: Graphviz sizes nodes in inches and places them in points, which argmap draws as pixels. */
const PER_INCH = 72;

/** @internal The shared Graphviz instance, compiled on first use. */
export const loadViz: () => Promise<Viz> = loadOnce(() =>
  importPeer(
    "@viz-js/viz",
    () => import("@viz-js/viz"),
    (module) => {
      const instance = (module as { instance?: unknown }).instance;
      return typeof instance === "function" ? (instance as () => Promise<Viz>) : undefined;
    },
  ).then((instance) => instance()),
);

function inches(px: number): string {
  return (px / PER_INCH).toFixed(4);
}

/** @internal The DOT text Graphviz lays out: fixed-size boxes named `c<i>` and `r<i>`, no labels. */
export function toDotGraph(graph: LayoutGraph): string {
  const o = graph.options;
  const lines = [
    "digraph argmap {",
    `graph [rankdir=${RANKDIR[o.direction]} splines=polyline nodesep=${inches(Math.max(2, o.nodeSpacing))} ranksep=${inches(Math.max(2, o.layerSpacing))} pad=0 margin=0];`,
    'node [shape=box fixedsize=true label=""];',
    "edge [arrowhead=none];",
  ];
  graph.claims.forEach((box, i) => lines.push(`c${i} [width=${inches(box.width)} height=${inches(box.height)}];`));
  graph.relations.forEach((box, i) => lines.push(`r${i} [width=${inches(box.width)} height=${inches(box.height)}];`));
  // No ports: fixed ports on the junctions cost crossings (measured in bench/render); edges end on the junction's border.
  for (const edge of graph.edges) lines.push(`${edge.source} -> ${edge.target} [id="${edge.key}"];`);
  if (graph.thesis !== undefined) lines.push(`{ rank=max; c${graph.thesis} }`);
  lines.push("}");
  return lines.join("\n");
}

interface DotJson {
  readonly bb?: string;
  readonly objects?: readonly { readonly name: string; readonly pos?: string; readonly width?: string; readonly height?: string }[];
  readonly edges?: readonly { readonly id?: string; readonly pos?: string }[];
}

function numbers(text: string): number[] {
  return text.split(",").map(Number);
}

/** @internal Reads Graphviz's JSON output back into positions (top-left, y down) and routes. */
export function fromDotJson(json: DotJson): Placement {
  const [llx = 0, lly = 0, urx = 0, ury = 0] = numbers(json.bb ?? "0,0,0,0");
  const flip = (x: number, y: number): LayoutPoint => ({ x: x - llx, y: ury - y });
  const nodes = new Map<string, LayoutPoint>();
  for (const object of json.objects ?? []) {
    if (object.pos === undefined || object.width === undefined || object.height === undefined) continue;
    const [x = NaN, y = NaN] = numbers(object.pos);
    const w = Number(object.width) * PER_INCH;
    const h = Number(object.height) * PER_INCH;
    const c = flip(x, y);
    nodes.set(object.name, { x: c.x - w / 2, y: c.y - h / 2 });
  }
  const edges = new Map<string, LayoutPoint[]>();
  for (const edge of json.edges ?? []) {
    if (edge.id === undefined || edge.pos === undefined) continue;
    // Polyline splines are cubic Bézier pieces whose control points lie on straight lines: every third point is a corner.
    const controls = edge.pos.split(" ").filter((part) => !part.startsWith("e,") && !part.startsWith("s,"));
    const points: LayoutPoint[] = [];
    for (let i = 0; i < controls.length; i += 3) {
      const [x = NaN, y = NaN] = numbers(controls[i]!);
      points.push(flip(x, y));
    }
    edges.set(edge.id, points);
  }
  return { width: urx - llx, height: ury - lly, nodes, edges };
}

/** @internal Lays out a measured map with Graphviz `dot`. */
export async function graphvizEngine(graph: LayoutGraph): Promise<Placement> {
  const viz = await loadViz();
  const result = viz.render(toDotGraph(graph), { format: "json", engine: "dot" });
  if (result.status !== "success") {
    fail<RenderIssueCode>("layout-failed", [], `Graphviz could not lay out the map: ${result.errors.map((e) => e.message).join("; ")}`);
  }
  return fromDotJson(JSON.parse(result.output) as DotJson);
}

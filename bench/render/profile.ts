/**
 * Where the time of a drawing goes: starting Node, loading each engine's
 * package, building argmap's layout graph, and elkjs's layered phases with
 * its options (node placement, thoroughness, edge routing).
 */
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import type { ElkNode } from "elkjs/lib/elk-api.js";
import type { ArgumentMap } from "../../src/map/argument-map.js";
import { loadElk, toElkGraph } from "../../src/render/engine-elk.js";
import { buildLayoutGraph } from "../../src/render/layout-graph.js";
import { buildLayers } from "../../src/render/layered/layers.js";
import { neighbours, orderLayers } from "../../src/render/layered/order.js";
import { positionNodes } from "../../src/render/layered/position.js";
import { builtinLayout, layeredInput } from "../../src/render/engine-builtin.js";
import { resolveLayoutOptions, type LayoutOptions } from "../../src/render/layout.js";
import { renderSvg } from "../../src/render/svg.js";
import { median } from "../harness.js";

/** Median wall time of a Node one-liner (ES module), in ms, over `rounds` fresh processes. */
function nodeScript(script: string, rounds = 5): number {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "ignore", "inherit"] });
    if (result.status !== 0) throw new Error(`node -e failed: ${script}`);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Loading costs, each in a fresh Node process. */
export function loadProfile(): { readonly name: string; readonly ms: number }[] {
  return [
    { name: "node (empty script)", ms: nodeScript("") },
    { name: "import elkjs/lib/elk.bundled.js + new ELK()", ms: nodeScript("const m = await import('elkjs/lib/elk.bundled.js'); new m.default();") },
    { name: "import @viz-js/viz + instance() (WASM compile)", ms: nodeScript("const m = await import('@viz-js/viz'); await m.instance();") },
    { name: "import @dagrejs/dagre", ms: nodeScript("await import('@dagrejs/dagre');") },
  ];
}

interface ElkLog {
  readonly name?: string;
  readonly executionTime?: number;
  readonly children?: readonly ElkLog[];
}

/**
 * elkjs's own timing of each layered phase, as a share of its whole layout,
 * the largest first. (elkjs's `executionTime` values are proportional to
 * the time spent but not in seconds in its JavaScript build, so only shares
 * are reported.)
 */
export async function elkPhases(map: ArgumentMap): Promise<{ readonly name: string; readonly share: number }[]> {
  const elk = await loadElk();
  const graph = toElkGraph(buildLayoutGraph(map, resolveLayoutOptions({ engine: "elk" })));
  const result = (await elk.layout(graph, { logging: true, measureExecutionTime: true } as Parameters<typeof elk.layout>[1])) as ElkNode & { logging?: ElkLog };
  const phases: { name: string; share: number }[] = [];
  const total = result.logging?.executionTime ?? 0;
  const walk = (log: ElkLog | undefined, depth: number): void => {
    if (log === undefined) return;
    if (depth === 2 && log.name !== undefined && log.executionTime !== undefined && total > 0) phases.push({ name: log.name, share: log.executionTime / total });
    for (const child of log.children ?? []) walk(child, depth + 1);
  };
  walk(result.logging, 0);
  return phases.sort((a, b) => b.share - a.share);
}

/** Time of one elkjs layout per option set (one run each: they are slow). */
export async function elkOptionProfile(map: ArgumentMap): Promise<{ readonly name: string; readonly ms: number }[]> {
  const variants: { name: string; options: LayoutOptions }[] = [
    { name: "0.1.0 settings (network-simplex, thoroughness 7, orthogonal)", options: { engine: "elk" } },
    { name: "thoroughness 1", options: { engine: "elk", elkOptions: new Map([["elk.layered.thoroughness", "1"]]) } },
    { name: "node placement brandes-koepf", options: { engine: "elk", nodePlacement: "brandes-koepf" } },
    { name: "node placement linear-segments", options: { engine: "elk", nodePlacement: "linear-segments" } },
    { name: "node placement simple", options: { engine: "elk", nodePlacement: "simple" } },
    { name: "polyline edges", options: { engine: "elk", edgeRouting: "polyline" } },
    { name: "no model order", options: { engine: "elk", elkOptions: new Map([["elk.layered.considerModelOrder.strategy", "NONE"]]) } },
  ];
  const out: { name: string; ms: number }[] = [];
  for (const variant of variants) {
    globalThis.gc?.();
    const start = performance.now();
    await renderSvg(map, variant.options);
    out.push({ name: variant.name, ms: performance.now() - start });
  }
  return out;
}

/** Median time of argmap's own work before the engine runs: wrapping and measuring text, building the graph. */
export function graphBuilding(map: ArgumentMap): number {
  const o = resolveLayoutOptions({});
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const start = performance.now();
    buildLayoutGraph(map, o);
    if (i > 0) times.push(performance.now() - start);
  }
  return median(times);
}

/** Medians of the built-in engine's phases (after a warm-up run): layering, ordering, placing, and the whole layout with routing. */
export function builtinPhases(map: ArgumentMap, rounds = 9): { readonly name: string; readonly ms: number }[] {
  const graph = buildLayoutGraph(map, resolveLayoutOptions({ engine: "builtin" }));
  const input = layeredInput(graph, false);
  const times = { layers: [] as number[], order: [] as number[], position: [] as number[], whole: [] as number[] };
  for (let i = 0; i <= rounds; i++) {
    let t = performance.now();
    const layers = buildLayers(input);
    const adjacent = neighbours(layers);
    const layersMs = performance.now() - t;
    t = performance.now();
    const order = orderLayers(layers, adjacent, input.first);
    const orderMs = performance.now() - t;
    const breadth = new Float64Array(layers.count);
    breadth.set(input.breadth);
    t = performance.now();
    positionNodes(layers, order, adjacent, breadth, { node: 28, edge: 10 });
    const positionMs = performance.now() - t;
    t = performance.now();
    builtinLayout(graph);
    const wholeMs = performance.now() - t;
    if (i === 0) continue;
    times.layers.push(layersMs);
    times.order.push(orderMs);
    times.position.push(positionMs);
    times.whole.push(wholeMs);
  }
  return [
    { name: `layers: cycles, longest-path layering, dummies (${map.claimCount} claims)`, ms: median(times.layers) },
    { name: "order: depth-first start, barycentre sweeps, transposition", ms: median(times.order) },
    { name: "position: isotonic regression sweeps", ms: median(times.position) },
    { name: "whole layout, edge routing included", ms: median(times.whole) },
  ];
}

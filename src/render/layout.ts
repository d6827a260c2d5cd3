/**
 * Layered layout of an argument map: positioned claim boxes, relation
 * junctions and routed edges that any renderer can draw, computed by
 * argmap's own engine or by Graphviz, dagre or elkjs.
 * @module
 */
import { ArgmapError, fail } from "../errors.js";
import type { ArgumentMap } from "../map/argument-map.js";
import { evaluationLabel, evaluationStrength, type MapEvaluation } from "../map/evaluation.js";
import type { RelationType } from "../schema/document.js";
import { builtinAuto, builtinEngine, type Size } from "./engine-builtin.js";
import { dagreEngine } from "./engine-dagre.js";
import { elkEngine } from "./engine-elk.js";
import { graphvizEngine } from "./engine-graphviz.js";
import { assembleLayout, buildLayoutGraph, type LayoutGraph, type Placement } from "./layout-graph.js";
import { mapPart } from "./part.js";

/**
 * Codes of the errors that rendering throws.
 * @example
 * ```ts
 * import { ArgmapError } from "argmap";
 * import type { RenderIssueCode } from "argmap/render";
 * import { ukraineJapan } from "argmap/datasets";
 * import { renderSvg } from "argmap/render";
 * try {
 *   await renderSvg(ukraineJapan(), { engine: "elk" });
 * } catch (error) {
 *   if (error instanceof ArgmapError) {
 *     const code = error.issues[0].code as RenderIssueCode;
 *     if (code === "missing-peer") console.error("npm install elkjs");
 *   }
 * }
 * ```
 */
export type RenderIssueCode = "invalid-option" | "not-found" | "missing-peer" | "layout-failed";

/**
 * The way edges point, from premises to what they support or attack.
 * `"up"` puts the thesis at the top, `"right"` at the right, and so on.
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { renderSvg, type LayoutDirection } from "argmap/render";
 * const direction: LayoutDirection = "right";
 * const svg = await renderSvg(ukraineJapan(), { direction });
 * console.log(svg.length);
 * ```
 */
export type LayoutDirection = "up" | "down" | "left" | "right";

/**
 * How the layout's direction is chosen: one of the four
 * {@link LayoutDirection}s, or `"auto"` to choose by the map's shape.
 * `"auto"` draws the map with the thesis at the top (`"up"`), unless that
 * drawing is wider than a 4:3 frame and the drawing with the thesis on the
 * left (`"left"`, its reasons and objections in columns to the right) fits
 * such a frame at a scale at least {@link AUTO_DIRECTION_GAIN} times larger:
 * a map with many reasons side by side then becomes a block, not a thin
 * band.
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { layout, type DirectionChoice } from "argmap/render";
 * const direction: DirectionChoice = "auto";
 * const placed = await layout(ukraineJapan(), { direction });
 * console.log(placed.direction); // "left": the worked example is wide
 * ```
 */
export type DirectionChoice = LayoutDirection | "auto";

/**
 * How much larger the drawing must get in a 4:3 frame for `direction:
 * "auto"` to put the thesis on the left instead of at the top.
 * @example
 * ```ts
 * import { AUTO_DIRECTION_GAIN } from "argmap/render";
 * console.log(AUTO_DIRECTION_GAIN); // 1.25
 * ```
 */
export const AUTO_DIRECTION_GAIN = 1.25;

/** Width over height of the frame `direction: "auto"` fits drawings into. */
const FRAME_ASPECT = 4 / 3;

/**
 * How edges are drawn between boxes (the elk engine; the other engines draw straight segments).
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { layout, type EdgeRouting } from "argmap/render";
 * const edgeRouting: EdgeRouting = "polyline";
 * const placed = await layout(ukraineJapan(), { engine: "elk", edgeRouting });
 * console.log(placed.edges.length);
 * ```
 */
export type EdgeRouting = "orthogonal" | "polyline";

/**
 * The program that places boxes and routes edges. All are layered
 * (Sugiyama) layouts.
 *
 * - `"builtin"` (the default): argmap's own, in plain TypeScript with no
 *   package to install; the fastest by far, and on the bench maps and the
 *   corpus it crosses fewer edges than the others.
 * - `"graphviz"`: Graphviz `dot` compiled to WebAssembly (`@viz-js/viz`).
 * - `"dagre"`: `@dagrejs/dagre`, plain JavaScript.
 * - `"elk"`: elkjs's layered algorithm, with ports on junctions and
 *   orthogonal edges.
 *
 * The last three are optional peer dependencies, loaded on first use.
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { edgeCrossings, layout, type LayoutEngine } from "argmap/render";
 * for (const engine of ["builtin", "graphviz", "dagre", "elk"] satisfies LayoutEngine[]) {
 *   console.log(engine, edgeCrossings(await layout(ukraineJapan(), { engine })));
 * }
 * ```
 */
export type LayoutEngine = "builtin" | "graphviz" | "dagre" | "elk";

/**
 * A step of drawing, reported to {@link LayoutOptions.onProgress}.
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { renderSvg, type RenderProgress } from "argmap/render";
 * const onProgress = (progress: RenderProgress): void => console.error(`${progress.phase}: ${progress.claims} claims`);
 * await renderSvg(ukraineJapan(), { onProgress });
 * ```
 */
export interface RenderProgress {
  /** `"measure"`: wrapping and measuring text; `"layout"`: the engine runs; `"draw"`: writing SVG or HTML. */
  readonly phase: "measure" | "layout" | "draw";
  readonly engine: LayoutEngine;
  /** Claims being drawn. */
  readonly claims: number;
  /** Relations being drawn. */
  readonly relations: number;
}

/**
 * elkjs's node placement strategies (the `elk` engine only).
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { layout, type NodePlacement } from "argmap/render";
 * const nodePlacement: NodePlacement = "brandes-koepf";
 * const placed = await layout(ukraineJapan(), { engine: "elk", nodePlacement });
 * console.log(placed.width, placed.height);
 * ```
 */
export type NodePlacement = "network-simplex" | "brandes-koepf" | "linear-segments" | "simple";

/**
 * Options of {@link layout}.
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { layout, type LayoutOptions } from "argmap/render";
 * const options: LayoutOptions = { engine: "graphviz", direction: "up", maxTextWidth: 260, depth: 2 };
 * const placed = await layout(ukraineJapan(), options);
 * console.log(placed.claims.length);
 * ```
 */
export interface LayoutOptions {
  /**
   * The layout engine; see {@link LayoutEngine}. Engines other than
   * `"builtin"` need their package installed next to argmap.
   *
   * @defaultValue "builtin"
   */
  readonly engine?: LayoutEngine;
  /**
   * How the elk engine places boxes within their layers; other engines
   * reject it.
   *
   * @defaultValue "network-simplex"
   */
  readonly nodePlacement?: NodePlacement;
  /**
   * The way edges point, from premises to conclusions, or `"auto"` to
   * choose between `"up"` and `"left"` by the map's shape (see
   * {@link DirectionChoice}). {@link MapLayout.direction} says which was
   * drawn.
   *
   * @defaultValue "auto"
   */
  readonly direction?: DirectionChoice;
  /**
   * Font size of claim text, in pixels.
   *
   * @defaultValue 13
   */
  readonly fontSize?: number;
  /**
   * Widest line of claim text before it wraps, in pixels.
   *
   * @defaultValue 220
   */
  readonly maxTextWidth?: number;
  /**
   * Space between a box's border and its text, in pixels.
   *
   * @defaultValue 10
   */
  readonly padding?: number;
  /**
   * Space between neighbouring boxes in one layer, in pixels.
   *
   * @defaultValue 28
   */
  readonly nodeSpacing?: number;
  /**
   * Space between layers, in pixels.
   *
   * @defaultValue 32
   */
  readonly layerSpacing?: number;
  /**
   * How edges are routed.
   *
   * @defaultValue "orthogonal"
   */
  readonly edgeRouting?: EdgeRouting;
  /**
   * An evaluation of the map; claims it rates get a footer line with their
   * strength and label.
   *
   * @defaultValue undefined
   */
  readonly evaluation?: MapEvaluation | undefined;
  /**
   * Extra elkjs layout options for the root graph (`"elk.…": "value"`); they
   * override argmap's own.
   *
   * @defaultValue undefined
   */
  readonly elkOptions?: ReadonlyMap<string, string> | undefined;
  /**
   * Draw only this claim and what stands behind it (its reasons, objections,
   * their premises and so on); see {@link mapPart}.
   *
   * @defaultValue undefined (the whole map)
   */
  readonly root?: string | undefined;
  /**
   * Draw only this many levels of reasons and objections below the root (or
   * below the map's top claims without `root`); 0 draws the root alone.
   *
   * @defaultValue undefined (all levels)
   */
  readonly depth?: number | undefined;
  /**
   * Called when a step of drawing starts, to show progress on large maps.
   * The layout step runs without returning to the event loop, so a timer
   * does not fire during it.
   *
   * @defaultValue undefined
   */
  readonly onProgress?: ((progress: RenderProgress) => void) | undefined;
}

/**
 * The default of every {@link LayoutOptions} field.
 * @example
 * ```ts
 * import { LAYOUT_DEFAULTS } from "argmap/render";
 * console.log(LAYOUT_DEFAULTS.engine, LAYOUT_DEFAULTS.fontSize); // "builtin" 13
 * ```
 */
export const LAYOUT_DEFAULTS = {
  engine: "builtin",
  nodePlacement: "network-simplex",
  direction: "auto",
  fontSize: 13,
  maxTextWidth: 220,
  padding: 10,
  nodeSpacing: 28,
  layerSpacing: 32,
  edgeRouting: "orthogonal",
} as const satisfies LayoutOptions;

/**
 * A point in layout coordinates (pixels, origin at the top left).
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { layout, type LayoutPoint } from "argmap/render";
 * const placed = await layout(ukraineJapan());
 * const bends: LayoutPoint[] = placed.edges.flatMap((edge) => edge.points.slice(1, -1));
 * console.log(bends.length);
 * ```
 */
export interface LayoutPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * A claim placed as a box, with its text already wrapped.
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { layout, type ClaimBox } from "argmap/render";
 * const placed = await layout(ukraineJapan());
 * const thesis: ClaimBox | undefined = placed.claims.find((box) => box.thesis);
 * console.log(thesis?.lines.join("\n"));
 * ```
 */
export interface ClaimBox {
  readonly kind: "claim";
  readonly id: string;
  /** Left edge. */
  readonly x: number;
  /** Top edge. */
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The claim's text, wrapped to fit. */
  readonly lines: readonly string[];
  /** Whether the claim is the map's thesis. */
  readonly thesis: boolean;
  /** Strength and label from the evaluation (`"0.72 · in"`), if it rates this claim. */
  readonly footer: string | undefined;
}

/**
 * A relation placed as a junction: a small dot, or a box holding its label
 * and scheme. Premise edges end on it; its conclusion edge starts from it;
 * undercuts end on it, so it stands for the middle of the edge it draws.
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { layout, type RelationBox } from "argmap/render";
 * const placed = await layout(ukraineJapan());
 * const undercuts: RelationBox[] = placed.relations.filter((box) => box.undercut);
 * console.log(undercuts.map((box) => box.id));
 * ```
 */
export interface RelationBox {
  readonly kind: "relation";
  readonly id: string;
  readonly type: RelationType;
  /** Whether the relation attacks another relation rather than a claim. */
  readonly undercut: boolean;
  /** Whether several premises work together in it. */
  readonly linked: boolean;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The relation's label, wrapped (empty without one). */
  readonly labelLines: readonly string[];
  /** The relation's scheme, wrapped (empty without one). */
  readonly schemeLines: readonly string[];
  /**
   * Strength and label from the evaluation, if it rates this relation. The
   * junction does not show it (edges are shaded by strength instead); it is
   * for labels and panels.
   */
  readonly footer: string | undefined;
}

/**
 * One routed edge: premise → relation, or relation → its target.
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { layout, type LayoutEdge } from "argmap/render";
 * const placed = await layout(ukraineJapan());
 * const conclusions: LayoutEdge[] = placed.edges.filter((edge) => edge.role === "conclusion");
 * console.log(conclusions.length);
 * ```
 */
export interface LayoutEdge {
  /** `<relation id>:premise:<index>` or `<relation id>:conclusion`. */
  readonly id: string;
  /** The relation this edge belongs to. */
  readonly relation: string;
  readonly role: "premise" | "conclusion";
  readonly type: RelationType;
  /** Id of the claim or relation the edge starts from. */
  readonly source: string;
  /** Id of the claim or relation the edge ends on. */
  readonly target: string;
  /** Start point, bends and end point (at least two points). */
  readonly points: readonly LayoutPoint[];
}

/**
 * A map laid out: everything a renderer needs, in pixels.
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { layout, renderSvg, type MapLayout } from "argmap/render";
 * const map = ukraineJapan();
 * const placed: MapLayout = await layout(map);
 * console.log(placed.engine, placed.width, placed.height);
 * const svg = await renderSvg(map, { layout: placed });
 * console.log(svg.length);
 * ```
 */
export interface MapLayout {
  readonly width: number;
  readonly height: number;
  /** The direction drawn (the one `"auto"` chose). */
  readonly direction: LayoutDirection;
  /** The engine that computed it. */
  readonly engine: LayoutEngine;
  /** Font size of claim text. */
  readonly fontSize: number;
  /** Font size of relation labels and footers. */
  readonly smallFontSize: number;
  /** Distance between baselines of claim text. */
  readonly lineHeight: number;
  /** Distance between baselines of relation labels and footers. */
  readonly smallLineHeight: number;
  /** Space between a box's border and its text. */
  readonly padding: number;
  /** Claims in map order. */
  readonly claims: readonly ClaimBox[];
  /** Relations in map order. */
  readonly relations: readonly RelationBox[];
  /** Edges in map order: for each relation its premise edges, then its conclusion edge. */
  readonly edges: readonly LayoutEdge[];
}

/**
 * @internal Layout options with their defaults filled in. `direction` is
 * the one an engine draws; with `"auto"` it is `"up"` until the choice is
 * made, and `autoDirection` is set.
 */
export type ResolvedLayoutOptions = Required<Omit<LayoutOptions, "evaluation" | "elkOptions" | "root" | "depth" | "onProgress" | "direction">> &
  Pick<LayoutOptions, "evaluation" | "elkOptions" | "onProgress"> & { readonly direction: LayoutDirection; readonly autoDirection: boolean };

const ENGINES: readonly LayoutEngine[] = ["builtin", "graphviz", "dagre", "elk"];
const PLACEMENTS: readonly NodePlacement[] = ["network-simplex", "brandes-koepf", "linear-segments", "simple"];
const DIRECTIONS: readonly DirectionChoice[] = ["up", "down", "left", "right", "auto"];
const ROUTINGS: readonly EdgeRouting[] = ["orthogonal", "polyline"];

const RUN: Readonly<Record<LayoutEngine, (graph: LayoutGraph) => Promise<Placement>>> = {
  builtin: builtinEngine,
  graphviz: graphvizEngine,
  dagre: dagreEngine,
  elk: elkEngine,
};

/** @internal Checks options once and fills in defaults. */
export function resolveLayoutOptions(options: LayoutOptions): ResolvedLayoutOptions {
  const { root: _root, depth: _depth, ...rest } = options;
  const given: Omit<ResolvedLayoutOptions, "direction" | "autoDirection"> & { readonly direction: DirectionChoice } = { ...LAYOUT_DEFAULTS, ...stripUndefined(rest) };
  const o: ResolvedLayoutOptions = { ...given, direction: given.direction === "auto" ? "up" : given.direction, autoDirection: given.direction === "auto" };
  if (!ENGINES.includes(o.engine)) bad("engine", `must be one of ${ENGINES.join(", ")}`);
  if (!PLACEMENTS.includes(o.nodePlacement)) bad("nodePlacement", `must be one of ${PLACEMENTS.join(", ")}`);
  if (o.engine !== "elk" && options.nodePlacement !== undefined) bad("nodePlacement", `applies to the elk engine only, not to ${o.engine}`);
  if (o.engine !== "elk" && options.elkOptions !== undefined) bad("elkOptions", `apply to the elk engine only, not to ${o.engine}`);
  if (!DIRECTIONS.includes(given.direction)) bad("direction", `must be one of ${DIRECTIONS.join(", ")}`);
  if (!ROUTINGS.includes(o.edgeRouting)) bad("edgeRouting", `must be one of ${ROUTINGS.join(", ")}`);
  if (o.engine !== "elk" && options.edgeRouting === "orthogonal") bad("edgeRouting", `orthogonal edges need the elk engine; ${o.engine} draws polylines`);
  for (const key of ["fontSize", "maxTextWidth", "padding", "nodeSpacing", "layerSpacing"] as const) {
    const value = o[key];
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || (value === 0 && (key === "fontSize" || key === "maxTextWidth"))) {
      bad(key, "must be a finite positive number");
    }
  }
  if (o.fontSize > 200) bad("fontSize", "must be at most 200");
  if (o.onProgress !== undefined && typeof o.onProgress !== "function") bad("onProgress", "must be a function");
  return o;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

function bad(option: string, message: string): never {
  fail<RenderIssueCode>("invalid-option", ["options", option], `${option} ${message}`);
}

/**
 * Lays out a map as layers: premises beyond what they support or attack, the
 * thesis in the first layer (at the top, or on the left for a wide map with
 * the default direction `"auto"`; see {@link DirectionChoice}). Claims
 * become boxes sized to their wrapped text; every relation becomes a
 * junction that its premises join before it reaches its conclusion, so
 * linked premises meet in one point and undercuts end on the edge they
 * attack. With `root` or `depth` only that part of the map is laid out.
 *
 * @param map - The map to lay out; it is not changed.
 * @param options - Engine, direction, text sizes, spacing, part; see {@link LayoutOptions}.
 * @returns Positioned claims, relations and edges, in pixels.
 * @throws {@link argmap!ArgmapError} `invalid-option` for a bad option,
 * `not-found` for an unknown `root`, `missing-peer` when the engine's
 * package is not installed, `layout-failed` when the engine fails.
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { layout } from "argmap/render";
 * const placed = await layout(ukraineJapan(), { direction: "right", engine: "builtin" });
 * for (const box of placed.claims) console.log(box.id, box.x, box.y, box.lines);
 * ```
 */
export async function layout(map: ArgumentMap, options: LayoutOptions = {}): Promise<MapLayout> {
  const part = mapPart(map, options);
  return layoutWhole(part, options);
}

/** @internal Lays out a whole map (no `root` or `depth`). */
export async function layoutWhole(map: ArgumentMap, options: LayoutOptions): Promise<MapLayout> {
  const o = resolveLayoutOptions(options);
  const report = (phase: RenderProgress["phase"]): void => o.onProgress?.({ phase, engine: o.engine, claims: map.claimCount, relations: map.relationCount });
  report("measure");
  const graph = buildLayoutGraph(map, o);
  report("layout");
  if (!o.autoDirection) return assembleLayout(graph, await RUN[o.engine](graph));
  // The built-in engine lays the map out both ways from one layering; another engine then draws the way chosen.
  const auto = builtinAuto(graph, preferredDirection);
  if (auto.direction === "up" && o.engine === "builtin") return assembleLayout(graph, auto.placement);
  const chosen = { ...graph, options: { ...graph.options, direction: auto.direction } };
  return assembleLayout(chosen, o.engine === "builtin" ? auto.placement : await RUN[o.engine](chosen));
}

/**
 * @internal The direction `"auto"` chooses from the sizes of the drawings
 * with the thesis at the top and on the left: the top, unless that drawing
 * is wider than a 4:3 frame and the other fits the frame at least
 * {@link AUTO_DIRECTION_GAIN} times larger.
 */
export function preferredDirection(up: Size, left: Size): "up" | "left" {
  if (up.width <= FRAME_ASPECT * up.height) return "up";
  const scale = (size: Size): number => Math.min(FRAME_ASPECT / Math.max(1, size.width), 1 / Math.max(1, size.height));
  return scale(left) >= AUTO_DIRECTION_GAIN * scale(up) ? "left" : "up";
}

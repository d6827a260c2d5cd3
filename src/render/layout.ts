/**
 * Layered layout of an argument map with elkjs: positioned claim boxes,
 * relation junctions and routed edges that any renderer can draw.
 * @module
 */
import type { ElkExtendedEdge, ElkNode, ELK } from "elkjs/lib/elk-api.js";
import { ArgmapError, fail } from "../errors.js";
import type { ArgumentMap } from "../map/argument-map.js";
import { evaluationLabel, evaluationStrength, type MapEvaluation } from "../map/evaluation.js";
import type { RelationType } from "../schema/document.js";
import { textWidth, wrapText } from "./text-metrics.js";

/** Codes of the errors that rendering throws. */
export type RenderIssueCode = "invalid-option" | "missing-peer" | "layout-failed";

/**
 * The way edges point, from premises to what they support or attack.
 * `"up"` puts the thesis at the top, `"right"` at the right, and so on.
 */
export type LayoutDirection = "up" | "down" | "left" | "right";

/** How edges are drawn between boxes. */
export type EdgeRouting = "orthogonal" | "polyline";

/** Options of {@link layout}. */
export interface LayoutOptions {
  /**
   * The way edges point, from premises to conclusions.
   *
   * @defaultValue "up" (the thesis at the top)
   */
  readonly direction?: LayoutDirection;
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
}

/** The default of every {@link LayoutOptions} field. */
export const LAYOUT_DEFAULTS = {
  direction: "up",
  fontSize: 13,
  maxTextWidth: 220,
  padding: 10,
  nodeSpacing: 28,
  layerSpacing: 32,
  edgeRouting: "orthogonal",
} as const satisfies LayoutOptions;

/** A point in layout coordinates (pixels, origin at the top left). */
export interface LayoutPoint {
  readonly x: number;
  readonly y: number;
}

/** A claim placed as a box, with its text already wrapped. */
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

/** One routed edge: premise → relation, or relation → its target. */
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

/** A map laid out: everything a renderer needs, in pixels. */
export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly direction: LayoutDirection;
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

type Resolved = Required<Omit<LayoutOptions, "evaluation" | "elkOptions">> & Pick<LayoutOptions, "evaluation" | "elkOptions">;

const DIRECTIONS: readonly LayoutDirection[] = ["up", "down", "left", "right"];
const ROUTINGS: readonly EdgeRouting[] = ["orthogonal", "polyline"];
const DOT = 10;
/** Maps with at most this many claims and relations get extra crossing minimization. */
const THOROUGH_UP_TO = 200;

/** Port sides of a relation junction per direction: [premises in, conclusion out, undercuts in]. */
const PORT_SIDES: Readonly<Record<LayoutDirection, readonly [string, string, string]>> = {
  up: ["SOUTH", "NORTH", "EAST"],
  down: ["NORTH", "SOUTH", "EAST"],
  left: ["EAST", "WEST", "SOUTH"],
  right: ["WEST", "EAST", "SOUTH"],
};

/** @internal Checks options once and fills in defaults. */
export function resolveLayoutOptions(options: LayoutOptions): Resolved {
  const o: Resolved = { ...LAYOUT_DEFAULTS, ...stripUndefined(options) };
  if (!DIRECTIONS.includes(o.direction)) bad("direction", `must be one of ${DIRECTIONS.join(", ")}`);
  if (!ROUTINGS.includes(o.edgeRouting)) bad("edgeRouting", `must be one of ${ROUTINGS.join(", ")}`);
  for (const key of ["fontSize", "maxTextWidth", "padding", "nodeSpacing", "layerSpacing"] as const) {
    const value = o[key];
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || (value === 0 && (key === "fontSize" || key === "maxTextWidth"))) {
      bad(key, "must be a finite positive number");
    }
  }
  if (o.fontSize > 200) bad("fontSize", "must be at most 200");
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

/** @internal Formats a claim's or relation's rating for a footer line, if the evaluation has one. */
export function footerText(evaluation: MapEvaluation | undefined, id: string): string | undefined {
  if (evaluation === undefined) return undefined;
  const strength = evaluationStrength(evaluation, id);
  const label = evaluationLabel(evaluation, id);
  const parts: string[] = [];
  if (strength !== undefined && Number.isFinite(strength)) parts.push(`strength ${strength.toFixed(2)}`);
  if (label !== undefined) parts.push(label);
  return parts.length > 0 ? parts.join(" · ") : undefined;
}

/** @internal The ELK graph of a map, with the sizes and texts the layout reports. */
export interface ElkInput {
  readonly graph: ElkNode;
  readonly claims: readonly Omit<ClaimBox, "x" | "y">[];
  readonly relations: readonly Omit<RelationBox, "x" | "y">[];
  readonly options: Resolved;
  readonly fontSize: number;
  readonly smallFontSize: number;
  readonly lineHeight: number;
  readonly smallLineHeight: number;
}

/**
 * @internal Measures and wraps every text of the map and builds the graph
 * elkjs lays out. Claims are `c<i>` and relations `r<i>` (their index in map
 * order), so any id string is safe.
 */
export function toElkGraph(map: ArgumentMap, options: LayoutOptions = {}): ElkInput {
  const o = resolveLayoutOptions(options);
  const fontSize = o.fontSize;
  const smallFontSize = Math.max(6, Math.round(fontSize * 0.85 * 10) / 10);
  const lineHeight = Math.ceil(fontSize * 1.3);
  const smallLineHeight = Math.ceil(smallFontSize * 1.3);
  const pad = o.padding;
  const claimIndex = new Map<string, number>();
  const relationIndex = new Map<string, number>();
  const claims: Omit<ClaimBox, "x" | "y">[] = [];
  const relations: Omit<RelationBox, "x" | "y">[] = [];
  const children: ElkNode[] = [];
  const edges: ElkExtendedEdge[] = [];
  const [inSide, outSide, cutSide] = PORT_SIDES[o.direction];
  const small = { fontSize: smallFontSize };

  for (const claim of map.claims()) {
    const index = claims.length;
    claimIndex.set(claim.id, index);
    const thesis = claim.id === map.thesis;
    const lines = wrapText(claim.text, o.maxTextWidth, { fontSize, bold: thesis });
    const footer = footerText(o.evaluation, claim.id);
    let textW = 0;
    for (const line of lines) textW = Math.max(textW, textWidth(line, { fontSize, bold: thesis }));
    if (footer !== undefined) textW = Math.max(textW, textWidth(footer, small));
    // A few pixels of slack absorb rounding in the browser's text engine.
    const width = Math.ceil(textW + 2 * pad + 4);
    const height = Math.ceil(lines.length * lineHeight + (footer !== undefined ? smallLineHeight + 4 : 0) + 2 * pad);
    claims.push({ kind: "claim", id: claim.id, width, height, lines, thesis, footer });
    const node: ElkNode = { id: `c${index}`, width, height };
    if (thesis) node.layoutOptions = { "elk.layered.layering.layerConstraint": "LAST" };
    children.push(node);
  }

  const all = map.relations();
  for (const relation of all) relationIndex.set(relation.id, relationIndex.size);
  for (const relation of all) {
    const index = relations.length;
    const labelLines = relation.label !== undefined && relation.label.trim() !== "" ? wrapText(relation.label, Math.min(o.maxTextWidth, 160), small) : [];
    const schemeLines = relation.scheme !== undefined && relation.scheme.trim() !== "" ? wrapText(relation.scheme, Math.min(o.maxTextWidth, 160), small) : [];
    const footer = footerText(o.evaluation, relation.id);
    const textLines = [...labelLines, ...schemeLines];
    let width = DOT;
    let height = DOT;
    if (textLines.length > 0) {
      let textW = 0;
      for (const line of textLines) textW = Math.max(textW, textWidth(line, small));
      width = Math.ceil(textW + 12 + 4);
      height = Math.ceil(textLines.length * smallLineHeight + 8);
    }
    const undercut = relationIndex.has(relation.to);
    relations.push({ kind: "relation", id: relation.id, type: relation.type, undercut, linked: relation.from.length > 1, width, height, labelLines, schemeLines, footer });
    const rid = `r${index}`;
    children.push({
      id: rid,
      width,
      height,
      layoutOptions: { "elk.portConstraints": "FIXED_SIDE" },
      ports: [
        { id: `${rid}.in`, width: 0, height: 0, layoutOptions: { "elk.port.side": inSide } },
        { id: `${rid}.out`, width: 0, height: 0, layoutOptions: { "elk.port.side": outSide } },
        { id: `${rid}.cut`, width: 0, height: 0, layoutOptions: { "elk.port.side": cutSide } },
      ],
    });
    relation.from.forEach((premise, i) => {
      edges.push({ id: `${rid}.p${i}`, sources: [`c${claimIndex.get(premise)!}`], targets: [`${rid}.in`] });
    });
    const to = undercut ? `r${relationIndex.get(relation.to)!}.cut` : `c${claimIndex.get(relation.to)!}`;
    edges.push({ id: `${rid}.to`, sources: [`${rid}.out`], targets: [to] });
  }

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
    "elk.layered.nodePlacement.strategy": "NETWORK_SIMPLEX",
    "elk.spacing.componentComponent": String(o.nodeSpacing * 1.5),
    "elk.randomSeed": "1",
    // More crossing-minimization passes untangle small maps; large ones keep elkjs's default for speed.
    "elk.layered.thoroughness": children.length <= THOROUGH_UP_TO ? "30" : "7",
  };
  if (o.elkOptions !== undefined) for (const [key, value] of o.elkOptions) layoutOptions[key] = value;
  return {
    graph: { id: "root", layoutOptions, children, edges },
    claims,
    relations,
    options: o,
    fontSize,
    smallFontSize,
    lineHeight,
    smallLineHeight,
  };
}

/** @internal Reads elkjs's result back into a {@link MapLayout}. */
export function fromElkGraph(input: ElkInput, result: ElkNode): MapLayout {
  const placed = new Map<string, ElkNode>();
  for (const child of result.children ?? []) placed.set(child.id, child);
  const position = (id: string): { x: number; y: number } => {
    const node = placed.get(id);
    if (node === undefined || node.x === undefined || node.y === undefined) {
      fail<RenderIssueCode>("layout-failed", [], `elkjs returned no position for node ${id}`);
    }
    return { x: node.x, y: node.y };
  };
  const claims: ClaimBox[] = input.claims.map((box, i) => ({ ...box, ...position(`c${i}`) }));
  const relations: RelationBox[] = input.relations.map((box, i) => ({ ...box, ...position(`r${i}`) }));
  const byElkId = (id: string): string => {
    const node = id.split(".")[0]!;
    const index = Number(node.slice(1));
    return node.startsWith("c") ? input.claims[index]!.id : input.relations[index]!.id;
  };
  const edges: LayoutEdge[] = [];
  for (const edge of result.edges ?? []) {
    const [rid, part] = edge.id.split(".") as [string, string];
    const relation = input.relations[Number(rid.slice(1))]!;
    const points: LayoutPoint[] = [];
    for (const section of edge.sections ?? []) {
      if (points.length === 0) points.push(section.startPoint);
      for (const bend of section.bendPoints ?? []) points.push(bend);
      points.push(section.endPoint);
    }
    if (points.length < 2) fail<RenderIssueCode>("layout-failed", [], `elkjs returned no route for edge ${edge.id}`);
    const role = part === "to" ? "conclusion" : "premise";
    edges.push({
      id: role === "conclusion" ? `${relation.id}:conclusion` : `${relation.id}:premise:${part.slice(1)}`,
      relation: relation.id,
      role,
      type: relation.type,
      source: byElkId(edge.sources[0]!),
      target: byElkId(edge.targets[0]!),
      points: points.map((p) => ({ x: p.x, y: p.y })),
    });
  }
  return {
    width: result.width ?? 0,
    height: result.height ?? 0,
    direction: input.options.direction,
    fontSize: input.fontSize,
    smallFontSize: input.smallFontSize,
    lineHeight: input.lineHeight,
    smallLineHeight: input.smallLineHeight,
    padding: input.options.padding,
    claims,
    relations,
    edges,
  };
}

type ElkConstructor = new () => ELK;
let elkInstance: Promise<ELK> | undefined;

/**
 * @internal The shared elkjs instance, loaded on first use so that argmap
 * works without elkjs until something is drawn.
 */
export function loadElk(): Promise<ELK> {
  elkInstance ??= import("elkjs/lib/elk.bundled.js").then(
    (module: unknown) => {
      const m = module as { default?: unknown };
      const candidate = (m.default as { default?: unknown } | undefined)?.default ?? m.default ?? module;
      if (typeof candidate !== "function") fail<RenderIssueCode>("missing-peer", [], "elkjs/lib/elk.bundled.js did not export a constructor");
      return new (candidate as ElkConstructor)();
    },
    (error: unknown) => {
      elkInstance = undefined;
      throw new ArgmapError<RenderIssueCode>([
        {
          code: "missing-peer",
          severity: "error",
          path: [],
          message: `drawing maps needs the elkjs package (npm install elkjs): ${error instanceof Error ? error.message : String(error)}`,
        },
      ]);
    },
  );
  return elkInstance;
}

/**
 * Lays out a map with elkjs's layered algorithm. Claims become boxes sized to
 * their wrapped text; every relation becomes a junction that its premises
 * join before it reaches its conclusion, so linked premises meet in one point
 * and undercuts end on the edge they attack. The thesis sits in the last
 * layer: at the top with the default direction. Maps of up to 200 claims and
 * relations get extra crossing minimization (`elk.layered.thoroughness` 30
 * instead of 7); `elkOptions` can override it.
 *
 * @param map - The map to lay out; it is not changed.
 * @param options - Direction, text sizes, spacing; see {@link LayoutOptions}.
 * @returns Positioned claims, relations and edges, in pixels.
 * @throws {@link argmap!ArgmapError} `invalid-option` for a bad option,
 * `missing-peer` when elkjs is not installed, `layout-failed` when elkjs fails.
 * @example
 * ```ts
 * const placed = await layout(map, { direction: "right" });
 * for (const box of placed.claims) console.log(box.id, box.x, box.y, box.lines);
 * ```
 */
export async function layout(map: ArgumentMap, options: LayoutOptions = {}): Promise<MapLayout> {
  const input = toElkGraph(map, options);
  const elk = await loadElk();
  let result: ElkNode;
  try {
    result = await elk.layout(input.graph);
  } catch (error) {
    fail<RenderIssueCode>("layout-failed", [], `elkjs could not lay out the map: ${error instanceof Error ? error.message : String(error)}`);
  }
  return fromElkGraph(input, result);
}

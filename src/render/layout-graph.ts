/**
 * The graph every layout engine lays out: claims and relation junctions
 * measured in pixels, and the edges between them. Engines return positions;
 * {@link assembleLayout} turns them into a {@link MapLayout}.
 * @module
 * @internal
 */
import { fail } from "../errors.js";
import type { ArgumentMap } from "../map/argument-map.js";
import { evaluationLabel, evaluationStrength, type MapEvaluation } from "../map/evaluation.js";
import type { ClaimBox, LayoutEdge, LayoutPoint, MapLayout, RelationBox, RenderIssueCode, ResolvedLayoutOptions } from "./layout.js";
import { showBidiControls } from "./escape.js";
import { measureLines, textWidth } from "./text-metrics.js";

/** Side of a relation junction's dot, in pixels. */
const DOT = 10;

/** @internal One edge of the layout graph: premise → junction, or junction → target. */
export interface GraphEdge {
  /** `r<i>.p<k>` (premise k of relation i) or `r<i>.to` (its conclusion edge). */
  readonly key: string;
  /** Index of the relation in map order. */
  readonly relation: number;
  readonly role: "premise" | "conclusion";
  /** Node key of the start: `c<i>` (claim i) or `r<i>` (relation i). */
  readonly source: string;
  /** Node key of the end. */
  readonly target: string;
  /** Whether the edge ends on another relation's junction (an undercut). */
  readonly undercut: boolean;
}

/** @internal A map measured for layout: box sizes, wrapped texts and edges. */
export interface LayoutGraph {
  readonly claims: readonly Omit<ClaimBox, "x" | "y">[];
  readonly relations: readonly Omit<RelationBox, "x" | "y">[];
  /** Edges in map order: for each relation its premise edges, then its conclusion edge. */
  readonly edges: readonly GraphEdge[];
  /** Index of the thesis among the claims. */
  readonly thesis: number | undefined;
  readonly options: ResolvedLayoutOptions;
  readonly fontSize: number;
  readonly smallFontSize: number;
  readonly lineHeight: number;
  readonly smallLineHeight: number;
}

/** @internal Where an engine put the nodes (top-left corners) and how it routed the edges. */
export interface Placement {
  readonly width: number;
  readonly height: number;
  /** Top-left corner of every node, by node key. */
  readonly nodes: ReadonlyMap<string, LayoutPoint>;
  /** Route of every edge, by edge key: start, bends, end. */
  readonly edges: ReadonlyMap<string, readonly LayoutPoint[]>;
  /**
   * Whether the engine already put the top-left corner at 0,0, gave the
   * exact size and ended every edge on its boxes' borders (then
   * {@link normalizePlacement} is skipped).
   */
  readonly normalized?: boolean;
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

/**
 * @internal Measures and wraps every text of the map and lists the edges.
 * Claims are `c<i>` and relations `r<i>` (their index in map order), so
 * any id string is safe in every engine.
 */
export function buildLayoutGraph(map: ArgumentMap, o: ResolvedLayoutOptions): LayoutGraph {
  const fontSize = o.fontSize;
  const smallFontSize = Math.max(6, Math.round(fontSize * 0.85 * 10) / 10);
  const lineHeight = Math.ceil(fontSize * 1.3);
  const smallLineHeight = Math.ceil(smallFontSize * 1.3);
  const pad = o.padding;
  const claimIndex = new Map<string, number>();
  const relationIndex = new Map<string, number>();
  const claims: Omit<ClaimBox, "x" | "y">[] = [];
  const relations: Omit<RelationBox, "x" | "y">[] = [];
  const edges: GraphEdge[] = [];
  const small = { fontSize: smallFontSize };
  let thesis: number | undefined;

  for (const claim of map.claims()) {
    const index = claims.length;
    claimIndex.set(claim.id, index);
    const isThesis = claim.id === map.thesis;
    if (isThesis) thesis = index;
    const { lines, widest } = measureLines(showBidiControls(claim.text), o.maxTextWidth, { fontSize, bold: isThesis });
    const footer = footerText(o.evaluation, claim.id);
    let textW = widest;
    if (footer !== undefined) textW = Math.max(textW, textWidth(footer, small));
    // A few pixels of slack absorb rounding in the browser's text engine.
    const width = Math.ceil(textW + 2 * pad + 4);
    const height = Math.ceil(lines.length * lineHeight + (footer !== undefined ? smallLineHeight + 4 : 0) + 2 * pad);
    claims.push({ kind: "claim", id: claim.id, width, height, lines, thesis: isThesis, footer });
  }

  const all = map.relations();
  for (const relation of all) relationIndex.set(relation.id, relationIndex.size);
  for (const relation of all) {
    const index = relations.length;
    const label = relation.label !== undefined && relation.label.trim() !== "" ? measureLines(showBidiControls(relation.label), Math.min(o.maxTextWidth, 160), small) : { lines: [], widest: 0 };
    const scheme = relation.scheme !== undefined && relation.scheme.trim() !== "" ? measureLines(showBidiControls(relation.scheme), Math.min(o.maxTextWidth, 160), small) : { lines: [], widest: 0 };
    const labelLines = label.lines;
    const schemeLines = scheme.lines;
    const footer = footerText(o.evaluation, relation.id);
    const lineCount = labelLines.length + schemeLines.length;
    let width = DOT;
    let height = DOT;
    if (lineCount > 0) {
      width = Math.ceil(Math.max(label.widest, scheme.widest) + 12 + 4);
      height = Math.ceil(lineCount * smallLineHeight + 8);
    }
    const target = relationIndex.get(relation.to);
    const undercut = target !== undefined;
    relations.push({ kind: "relation", id: relation.id, type: relation.type, undercut, linked: relation.from.length > 1, width, height, labelLines, schemeLines, footer });
    const rid = `r${index}`;
    relation.from.forEach((premise, i) => {
      edges.push({ key: `${rid}.p${i}`, relation: index, role: "premise", source: `c${claimIndex.get(premise)!}`, target: rid, undercut: false });
    });
    edges.push({ key: `${rid}.to`, relation: index, role: "conclusion", source: rid, target: undercut ? `r${target}` : `c${claimIndex.get(relation.to)!}`, undercut });
  }
  return { claims, relations, edges, thesis, options: o, fontSize, smallFontSize, lineHeight, smallLineHeight };
}

/** @internal Size of a node by key. */
export function nodeSize(graph: LayoutGraph, key: string): { readonly width: number; readonly height: number } {
  const index = Number(key.slice(1));
  return key.startsWith("c") ? graph.claims[index]! : graph.relations[index]!;
}

/**
 * @internal Moves a placement so that its top-left corner is at 0,0 and its
 * size covers every box and route, and puts each edge's ends on the border of
 * the boxes it joins (engines round coordinates, so ends can miss by a
 * fraction of a pixel).
 */
export function normalizePlacement(graph: LayoutGraph, placement: Placement): Placement {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const extend = (x: number, y: number): void => {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  };
  for (const [key, p] of placement.nodes) {
    const size = nodeSize(graph, key);
    extend(p.x, p.y);
    extend(p.x + size.width, p.y + size.height);
  }
  for (const points of placement.edges.values()) for (const p of points) extend(p.x, p.y);
  if (!Number.isFinite(minX)) return placement;
  const nodes = new Map<string, LayoutPoint>();
  for (const [key, p] of placement.nodes) nodes.set(key, { x: p.x - minX, y: p.y - minY });
  const clampTo = (key: string, p: LayoutPoint): LayoutPoint => {
    const at = nodes.get(key);
    if (at === undefined) return p;
    const size = nodeSize(graph, key);
    return { x: Math.min(at.x + size.width, Math.max(at.x, p.x)), y: Math.min(at.y + size.height, Math.max(at.y, p.y)) };
  };
  const edges = new Map<string, LayoutPoint[]>();
  for (const edge of graph.edges) {
    const points = placement.edges.get(edge.key);
    if (points === undefined) continue;
    const moved = points.map((p) => ({ x: p.x - minX, y: p.y - minY }));
    if (moved.length >= 2) {
      moved[0] = clampTo(edge.source, moved[0]!);
      moved[moved.length - 1] = clampTo(edge.target, moved[moved.length - 1]!);
    }
    edges.set(edge.key, moved);
  }
  return { width: maxX - minX, height: maxY - minY, nodes, edges };
}

/** @internal Puts an engine's positions onto the measured boxes. */
export function assembleLayout(graph: LayoutGraph, engineResult: Placement): MapLayout {
  // elkjs routes into ports on the junctions. Moving Graphviz's or dagre's ends onto such ports costs edge crossings
  // (measured in bench/render), so their edges end where they meet the junction's border.
  const placement = engineResult.normalized === true ? engineResult : normalizePlacement(graph, engineResult);
  const position = (key: string): LayoutPoint => {
    const p = placement.nodes.get(key);
    if (p === undefined || !Number.isFinite(p.x) || !Number.isFinite(p.y)) fail<RenderIssueCode>("layout-failed", [], `the ${graph.options.engine} engine returned no position for node ${key}`);
    return p;
  };
  const claims: ClaimBox[] = graph.claims.map((box, i) => {
    const p = position(`c${i}`);
    return { ...box, x: p.x, y: p.y };
  });
  const relations: RelationBox[] = graph.relations.map((box, i) => {
    const p = position(`r${i}`);
    return { ...box, x: p.x, y: p.y };
  });
  const idOf = (key: string): string => {
    const index = Number(key.slice(1));
    return key.startsWith("c") ? graph.claims[index]!.id : graph.relations[index]!.id;
  };
  const edges: LayoutEdge[] = graph.edges.map((edge) => {
    const points = placement.edges.get(edge.key);
    if (points === undefined || points.length < 2) fail<RenderIssueCode>("layout-failed", [], `the ${graph.options.engine} engine returned no route for edge ${edge.key}`);
    const relation = graph.relations[edge.relation]!;
    return {
      id: edge.role === "conclusion" ? `${relation.id}:conclusion` : `${relation.id}:premise:${edge.key.slice(edge.key.indexOf(".p") + 2)}`,
      relation: relation.id,
      role: edge.role,
      type: relation.type,
      source: idOf(edge.source),
      target: idOf(edge.target),
      // The placement's points are its own (the built-in engine and normalizePlacement make them fresh): no copy.
      points,
    };
  });
  return {
    width: placement.width,
    height: placement.height,
    direction: graph.options.direction,
    engine: graph.options.engine,
    fontSize: graph.fontSize,
    smallFontSize: graph.smallFontSize,
    lineHeight: graph.lineHeight,
    smallLineHeight: graph.smallLineHeight,
    padding: graph.options.padding,
    claims,
    relations,
    edges,
  };
}

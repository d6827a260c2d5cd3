/**
 * Draws an argument map as a standalone SVG document.
 * @module
 */
import { fail } from "../errors.js";
import type { ArgumentMap } from "../map/argument-map.js";
import { evaluationLabel, evaluationStrength, type MapEvaluation } from "../map/evaluation.js";
import { escapeXml, showBidiControls } from "./escape.js";
import { mapPart } from "./part.js";
import { layoutWhole, type ClaimBox, type LayoutOptions, type MapLayout, type RelationBox, type RenderIssueCode } from "./layout.js";
import { FONT_FAMILY, measureLines, textWidth } from "./text-metrics.js";
import { countOf } from "../internal/count-of.js";

/**
 * Options of {@link renderSvg}; layout options apply when no `layout` is given.
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { renderSvg, type SvgOptions } from "argmap/render";
 * const options: SvgOptions = { title: false, legend: true, tagColors: new Map([["benefit", "#2e7d32"]]), idPrefix: "map1" };
 * console.log((await renderSvg(ukraineJapan(), options)).length);
 * ```
 */
export interface SvgOptions extends LayoutOptions {
  /**
   * Heading drawn above the map; `false` or `""` draws none.
   *
   * @defaultValue the map's title
   */
  readonly title?: string | false | undefined;
  /**
   * Whether to draw a legend of edge kinds, tags and evaluation marks below the map.
   *
   * @defaultValue true
   */
  readonly legend?: boolean | undefined;
  /**
   * Colours of tags (CSS colours: `#rgb`, `#rrggbb`, a name, or `rgb(…)`);
   * tags not listed take the next colour of a built-in palette.
   *
   * @defaultValue undefined
   */
  readonly tagColors?: ReadonlyMap<string, string> | undefined;
  /**
   * Prefix of the element ids in the SVG (markers, title); set different
   * prefixes to put several drawings in one page.
   *
   * @defaultValue "argmap"
   */
  readonly idPrefix?: string | undefined;
  /**
   * Space around the drawing, in pixels.
   *
   * @defaultValue 16
   */
  readonly margin?: number | undefined;
  /**
   * A layout from {@link layout} to draw instead of computing one. It must
   * come from the same map (and the same evaluation, for footers).
   *
   * @defaultValue undefined
   */
  readonly layout?: MapLayout | undefined;
}

/**
 * The default of every {@link SvgOptions} field that is not a layout option.
 * @example
 * ```ts
 * import { SVG_DEFAULTS } from "argmap/render";
 * console.log(SVG_DEFAULTS.margin, SVG_DEFAULTS.idPrefix); // 16 "argmap"
 * ```
 */
export const SVG_DEFAULTS = { legend: true, idPrefix: "argmap", margin: 16 } as const;

/**
 * Colours of the drawing.
 * @example
 * ```ts
 * import { COLORS } from "argmap/render";
 * console.log(COLORS.support, COLORS.attack); // "#2e7d32" "#c62828"
 * ```
 */
export const COLORS = {
  support: "#2e7d32",
  attack: "#c62828",
  text: "#1f1f1f",
  mutedText: "#555555",
  border: "#5f6368",
  thesisBorder: "#1f1f1f",
  fill: "#ffffff",
  strongFill: "#7fb3dc",
  outFill: "#eeeeee",
  /** Palette for tags, chosen to stay apart from the support green and attack red. */
  tags: ["#4e79a7", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#ff9da7", "#bab0ac", "#59a14f", "#17becf"],
} as const;

const CSS_COLOR = /^(?:#[0-9a-f]{3,8}|[a-z]{3,30}|(?:rgb|rgba|hsl|hsla)\([0-9.,%\s]+\))$/i;

/** @internal Resolved SVG options. */
export interface ResolvedSvgOptions {
  readonly title: string;
  readonly legend: boolean;
  readonly idPrefix: string;
  readonly margin: number;
  readonly tagColors: ReadonlyMap<string, string>;
  readonly evaluation: MapEvaluation | undefined;
  /** Sentences drawn under the map: a partial evaluation, strengths that did not converge, a part of a map. */
  readonly notes: readonly string[];
  /** Whether the title is drawn as a heading (it names the drawing for screen readers either way). */
  readonly heading?: boolean;
}

/** @internal What a reader must know about an evaluation before trusting its marks. */
export function evaluationNotes(evaluation: MapEvaluation | undefined): string[] {
  if (evaluation === undefined) return [];
  if (evaluation.converged === false) {
    const after = evaluation.iterations !== undefined ? ` after ${countOf(evaluation.iterations, "iteration")}` : "";
    return [`The ${evaluation.semantics} strengths did not converge${after}: they are the last values computed, not a fixpoint.`];
  }
  if (evaluation.complete === false) return [`The ${evaluation.semantics} evaluation is partial: it comes from a computation that was cut off, so some marks may be wrong.`];
  return [];
}

/** @internal Checks SVG options and assigns a colour to every tag of the map. */
export function resolveSvgOptions(map: ArgumentMap, options: SvgOptions): ResolvedSvgOptions {
  const title = options.title === false ? "" : (options.title ?? map.title);
  if (typeof title !== "string") fail<RenderIssueCode>("invalid-option", ["options", "title"], "title must be a string or false");
  const idPrefix = options.idPrefix ?? SVG_DEFAULTS.idPrefix;
  if (!/^[A-Za-z][\w-]*$/.test(idPrefix)) fail<RenderIssueCode>("invalid-option", ["options", "idPrefix"], "idPrefix must start with a letter and hold only letters, digits, _ and -");
  const margin = options.margin ?? SVG_DEFAULTS.margin;
  if (typeof margin !== "number" || !Number.isFinite(margin) || margin < 0) fail<RenderIssueCode>("invalid-option", ["options", "margin"], "margin must be a finite number ≥ 0");
  const given = options.tagColors ?? new Map<string, string>();
  for (const [tag, color] of given) {
    if (typeof color !== "string" || !CSS_COLOR.test(color)) fail<RenderIssueCode>("invalid-option", ["options", "tagColors", tag], `"${String(color)}" is not a CSS colour argmap accepts`);
  }
  const tagColors = new Map<string, string>();
  let next = 0;
  for (const claim of map.claims()) {
    for (const tag of claim.tags ?? []) {
      if (tagColors.has(tag)) continue;
      tagColors.set(tag, given.get(tag) ?? COLORS.tags[next++ % COLORS.tags.length]!);
    }
  }
  return { title, legend: options.legend ?? SVG_DEFAULTS.legend, idPrefix, margin, tagColors, evaluation: options.evaluation, notes: evaluationNotes(options.evaluation) };
}

/** @internal Formats a coordinate: at most two decimals, no trailing zeros. */
export function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Mixes two `#rrggbb` colours; `t` = 0 gives `a`, 1 gives `b`. */
function mix(a: string, b: string, t: number): string {
  const clamp = Math.min(1, Math.max(0, t));
  let out = "#";
  for (let i = 1; i < 7; i += 2) {
    const x = parseInt(a.slice(i, i + 2), 16);
    const y = parseInt(b.slice(i, i + 2), 16);
    out += Math.round(x + (y - x) * clamp).toString(16).padStart(2, "0");
  }
  return out;
}

/** A description of a claim's role and text, for labels. */
function claimLabel(box: ClaimBox, text: string): string {
  return `${box.thesis ? "Thesis" : "Claim"}: ${text}${box.footer !== undefined ? ` (${box.footer})` : ""}`;
}

function relationLabel(map: ArgumentMap, box: RelationBox): string {
  const relation = map.relation(box.id)!;
  let premises = "";
  for (let i = 0; i < relation.from.length; i++) {
    const id = relation.from[i]!;
    premises += `${i > 0 ? " together with " : ""}“${map.claim(id)?.text ?? id}”`;
  }
  const kind = box.undercut ? "Undercut" : box.type === "support" ? "Support" : "Attack";
  const what = box.undercut ? "the inference of another relation" : `“${map.claim(relation.to)?.text ?? relation.to}”`;
  const verb = box.type === "support" ? "supports" : "attacks";
  let extra = "";
  for (const part of [relation.label, relation.scheme !== undefined ? `scheme ${relation.scheme}` : undefined, box.footer]) {
    if (part !== undefined && part !== "") extra += extra === "" ? part : `; ${part}`;
  }
  return `${kind}: ${premises} ${verb} ${what}${extra !== "" ? ` (${extra})` : ""}`;
}

/** Text baseline of line `i` in a box whose text starts at `top`. */
function baseline(top: number, i: number, lineHeight: number, fontSize: number): number {
  return top + i * lineHeight + (lineHeight + 0.72 * fontSize) / 2;
}

/** @internal The `d` of an edge's path through `points`, moved by `dx`, `dy`. */
export function edgePath(points: readonly { x: number; y: number }[], dx: number, dy: number): string {
  let d = "";
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    d += `${i === 0 ? "M" : " L"}${n(p.x + dx)} ${n(p.y + dy)}`;
  }
  return d;
}

/** @internal What a drawing needs beyond the layout: its title, legend and size. */
interface Frame {
  readonly width: number;
  readonly height: number;
  readonly dx: number;
  readonly dy: number;
  readonly titleLines: readonly string[];
  readonly legend: readonly LegendRow[];
  readonly legendTop: number;
  readonly noteLines: readonly string[];
  readonly notesTop: number;
}

interface LegendItem {
  readonly kind: "support" | "attack" | "undercut" | "tag" | "strength" | "in" | "out" | "undec";
  readonly text: string;
  readonly color?: string;
  readonly width: number;
}
type LegendRow = readonly (LegendItem & { readonly x: number })[];

const TITLE_SIZE = 17;
const LEGEND_SIZE = 11.5;
const LEGEND_ROW = 22;
const SWATCH = 34;
const NOTE_ROW = 16;

function legendItems(placed: MapLayout, o: ResolvedSvgOptions): LegendItem[] {
  const items: Omit<LegendItem, "width">[] = [];
  const has = { support: false, attack: false, undercut: false };
  for (const r of placed.relations) {
    if (r.undercut) has.undercut = true;
    else if (r.type === "support") has.support = true;
    else has.attack = true;
  }
  if (has.support) items.push({ kind: "support", text: "supports" });
  if (has.attack) items.push({ kind: "attack", text: "attacks" });
  if (has.undercut) items.push({ kind: "undercut", text: "undercuts (attacks an inference)" });
  const evaluation = o.evaluation;
  if (evaluation?.strengths !== undefined && evaluation.strengths.length > 0) items.push({ kind: "strength", text: `strength 0 → 1 (${evaluation.semantics})` });
  if (evaluation?.labels !== undefined && evaluation.labels.length > 0) {
    items.push({ kind: "in", text: "in (accepted)" }, { kind: "out", text: "out (rejected)" }, { kind: "undec", text: "undecided" });
  }
  for (const [tag, color] of o.tagColors) items.push({ kind: "tag", text: tag, color });
  return items.map((item) => ({ ...item, width: SWATCH + 6 + textWidth(item.text, { fontSize: LEGEND_SIZE }) + 18 }));
}

/** @internal Sizes the drawing around the layout: title above, legend below. */
function frame(placed: MapLayout, o: ResolvedSvgOptions): Frame {
  const m = o.margin;
  const contentWidth = Math.max(placed.width, 360);
  const title = o.title.trim() === "" || o.heading === false ? { lines: [], widest: 0 } : measureLines(showBidiControls(o.title), contentWidth, { fontSize: TITLE_SIZE, bold: true });
  const titleLines = title.lines;
  const titleHeight = titleLines.length > 0 ? titleLines.length * Math.ceil(TITLE_SIZE * 1.3) + 14 : 0;
  const rows: (LegendItem & { x: number })[][] = [];
  if (o.legend) {
    let row: (LegendItem & { x: number })[] = [];
    let x = 0;
    for (const item of legendItems(placed, o)) {
      if (row.length > 0 && x + item.width > contentWidth) {
        rows.push(row);
        row = [];
        x = 0;
      }
      row.push({ ...item, x });
      x += item.width;
    }
    if (row.length > 0) rows.push(row);
  }
  let legendW = 0;
  for (const row of rows) {
    const last = row[row.length - 1]!;
    legendW = Math.max(legendW, last.x + last.width);
  }
  const legendTop = m + titleHeight + placed.height + 20;
  const legendHeight = rows.length > 0 ? rows.length * LEGEND_ROW + 20 : 0;
  const noteLines: string[] = [];
  let notesW = 0;
  for (const note of o.notes) {
    const measured = measureLines(showBidiControls(note), contentWidth, { fontSize: LEGEND_SIZE });
    noteLines.push(...measured.lines);
    notesW = Math.max(notesW, measured.widest);
  }
  const notesTop = m + titleHeight + placed.height + (rows.length > 0 ? legendHeight : 12);
  const notesHeight = noteLines.length > 0 ? noteLines.length * NOTE_ROW + 8 : 0;
  return {
    width: Math.ceil(Math.max(placed.width, title.widest, legendW, notesW) + 2 * m),
    height: Math.ceil((noteLines.length > 0 ? notesTop + notesHeight : m + titleHeight + placed.height + legendHeight) + m),
    dx: m,
    dy: m + titleHeight,
    titleLines,
    legend: rows,
    legendTop,
    noteLines,
    notesTop,
  };
}

function describe(map: ArgumentMap, notes: readonly string[]): string {
  const stats = map.stats();
  const thesis = map.thesis !== undefined ? map.claim(map.thesis)?.text : undefined;
  const parts = [
    `Argument map with ${countOf(stats.claims, "claim")} and ${countOf(stats.relations, "relation")}: ${countOf(stats.supports, "support")}, ${countOf(stats.attacks, "attack")}, ${countOf(stats.undercuts, "undercut")}.`,
  ];
  if (thesis !== undefined) parts.push(`Thesis: ${thesis}`);
  parts.push(...notes);
  return parts.join(" ");
}

/** @internal Writes the SVG of a laid-out map. */
export function writeSvg(map: ArgumentMap, placed: MapLayout, o: ResolvedSvgOptions): string {
  const f = frame(placed, o);
  const p = o.idPrefix;
  const out: string[] = [];
  const title = o.title.trim() !== "" ? o.title : "Argument map";
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="argmap" width="${f.width}" height="${f.height}" viewBox="0 0 ${f.width} ${f.height}" role="graphics-document document" aria-labelledby="${p}-title" aria-describedby="${p}-desc" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title id="${p}-title">${escapeXml(title)}</title>`,
    `<desc id="${p}-desc">${escapeXml(describe(map, o.notes))}</desc>`,
    "<defs>",
    `<marker id="${p}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto"><path d="M0 0L10 5L0 10z" fill="${COLORS.support}"/></marker>`,
    `<marker id="${p}-bar" viewBox="0 0 4 16" refX="4" refY="8" markerWidth="4" markerHeight="16" markerUnits="userSpaceOnUse" orient="auto"><rect x="0" y="0" width="4" height="16" fill="${COLORS.attack}"/></marker>`,
  );
  if (o.evaluation?.strengths !== undefined && o.evaluation.strengths.length > 0) {
    out.push(`<linearGradient id="${p}-strength" x1="0" x2="1" y1="0" y2="0"><stop offset="0" stop-color="${COLORS.fill}"/><stop offset="1" stop-color="${COLORS.strongFill}"/></linearGradient>`);
  }
  out.push(
    "</defs>",
    `<rect class="argmap-background" x="0" y="0" width="${f.width}" height="${f.height}" fill="#ffffff"/>`,
  );
  if (f.titleLines.length > 0) {
    out.push(`<text class="argmap-heading" x="${n(o.margin)}" y="${n(o.margin)}" font-size="${TITLE_SIZE}" font-weight="bold" fill="${COLORS.text}">`);
    f.titleLines.forEach((line, i) => {
      out.push(`<tspan x="${n(o.margin)}" y="${n(baseline(o.margin, i, Math.ceil(TITLE_SIZE * 1.3), TITLE_SIZE))}">${escapeXml(line)}</tspan>`);
    });
    out.push("</text>");
  }
  out.push(`<g class="argmap-map" transform="translate(${n(f.dx)} ${n(f.dy)})">`);
  writeEdges(out, placed, o);
  writeRelations(out, map, placed, o);
  writeClaims(out, map, placed, o);
  out.push("</g>");
  if (f.legend.length > 0) writeLegend(out, f, o);
  if (f.noteLines.length > 0) {
    out.push(`<text class="argmap-notes" font-size="${LEGEND_SIZE}" font-style="italic" fill="${COLORS.mutedText}">`);
    f.noteLines.forEach((line, i) => out.push(`<tspan x="${n(f.dx)}" y="${n(baseline(f.notesTop, i, NOTE_ROW, LEGEND_SIZE))}">${escapeXml(line)}</tspan>`));
    out.push("</text>");
  }
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}

function relationStrengthOpacity(evaluation: MapEvaluation | undefined, id: string): string {
  const s = evaluation === undefined ? undefined : evaluationStrength(evaluation, id);
  return s === undefined || !Number.isFinite(s) ? "" : ` stroke-opacity="${n(0.3 + 0.7 * Math.min(1, Math.max(0, s)))}"`;
}

function writeEdges(out: string[], placed: MapLayout, o: ResolvedSvgOptions): void {
  const undercuts = new Set<string>();
  for (const r of placed.relations) if (r.undercut) undercuts.add(r.id);
  out.push('<g class="argmap-edges" fill="none">');
  // Each relation's attributes, written once for all its edges.
  const attributes = new Map<string, string>();
  placed.relations.forEach((box, index) => attributes.set(box.id, `data-relation="${escapeXml(box.id)}" data-key="r${index}"`));
  const markers = { support: ` marker-end="url(#${o.idPrefix}-arrow)"`, attack: ` marker-end="url(#${o.idPrefix}-bar)"` };
  for (const edge of placed.edges) {
    const color = edge.type === "support" ? COLORS.support : COLORS.attack;
    const marker = edge.role === "conclusion" ? markers[edge.type] : "";
    const dash = undercuts.has(edge.relation) ? ' stroke-dasharray="6 4"' : "";
    const relation = attributes.get(edge.relation) ?? `data-relation="${escapeXml(edge.relation)}" data-key=""`;
    out.push(
      `<path class="argmap-edge argmap-${edge.type} argmap-${edge.role}" ${relation} d="${edgePath(edge.points, 0, 0)}" stroke="${color}" stroke-width="2"${dash}${relationStrengthOpacity(o.evaluation, edge.relation)}${marker}/>`,
    );
  }
  out.push("</g>");
}

function writeRelations(out: string[], map: ArgumentMap, placed: MapLayout, o: ResolvedSvgOptions): void {
  out.push('<g class="argmap-relations">');
  placed.relations.forEach((box, index) => {
    const color = box.type === "support" ? COLORS.support : COLORS.attack;
    const kind = box.undercut ? "undercut" : box.type;
    const label = relationLabel(map, box);
    out.push(
      `<g class="argmap-relation argmap-${kind}" data-id="${escapeXml(box.id)}" data-key="r${index}" transform="translate(${n(box.x)} ${n(box.y)})" role="graphics-symbol img">`,
      // The title is the group's accessible name (SVG-AAM) and its tooltip: an aria-label would repeat it.
      `<title>${escapeXml(label)}</title>`,
    );
    const lines = box.schemeLines.length === 0 ? box.labelLines : [...box.labelLines, ...box.schemeLines];
    if (lines.length === 0) {
      const c = `cx="${n(box.width / 2)}" cy="${n(box.height / 2)}"`;
      // The dot, and a larger invisible circle that is easier to point at.
      out.push(`<circle ${c} r="${n(box.width / 2)}" fill="${color}"/>`, `<circle class="argmap-hit" ${c} r="${n(box.width / 2 + 5)}" fill="#ffffff" fill-opacity="0"/>`);
    } else {
      out.push(
        `<rect width="${n(box.width)}" height="${n(box.height)}" rx="${n(Math.min(10, box.height / 2))}" fill="#ffffff" stroke="${color}" stroke-width="1.5"/>`,
        `<text font-size="${n(placed.smallFontSize)}" fill="${COLORS.text}">`,
      );
      lines.forEach((line, i) => {
        const style = i >= box.labelLines.length ? ` font-style="italic" fill="${COLORS.mutedText}"` : "";
        out.push(`<tspan x="8" y="${n(baseline(4, i, placed.smallLineHeight, placed.smallFontSize))}"${style}>${escapeXml(line)}</tspan>`);
      });
      out.push("</text>");
    }
    out.push("</g>");
  });
  out.push("</g>");
}

function writeClaims(out: string[], map: ArgumentMap, placed: MapLayout, o: ResolvedSvgOptions): void {
  const pad = placed.padding;
  const padding = n(pad);
  const fontSize = n(placed.fontSize);
  out.push('<g class="argmap-claims">');
  placed.claims.forEach((box, index) => {
    const claim = map.claim(box.id);
    const text = claim?.text ?? box.lines.join(" ");
    const label = claimLabel(box, text);
    const strength = o.evaluation === undefined ? undefined : evaluationStrength(o.evaluation, box.id);
    const verdict = o.evaluation === undefined ? undefined : evaluationLabel(o.evaluation, box.id);
    let fill: string = COLORS.fill;
    if (strength !== undefined && Number.isFinite(strength)) fill = mix(COLORS.fill, COLORS.strongFill, strength);
    else if (verdict === "out") fill = COLORS.outFill;
    const dash = verdict === "out" ? ' stroke-dasharray="7 4"' : verdict === "undec" ? ' stroke-dasharray="2 3"' : "";
    const stroke = box.thesis ? `stroke="${COLORS.thesisBorder}" stroke-width="2.5"` : `stroke="${COLORS.border}" stroke-width="1.3"`;
    const classes = `argmap-claim${box.thesis ? " argmap-thesis" : ""}${verdict !== undefined ? ` argmap-${verdict}` : ""}`;
    out.push(
      `<g class="${classes}" data-id="${escapeXml(box.id)}" data-key="c${index}" transform="translate(${n(box.x)} ${n(box.y)})" role="graphics-symbol img">`,
      `<title>${escapeXml(label)}</title>`,
      `<rect class="argmap-box" width="${n(box.width)}" height="${n(box.height)}" rx="6" fill="${fill}" ${stroke}${dash}/>`,
    );
    const tags = claim?.tags ?? [];
    if (tags.length > 0) {
      const barHeight = box.height - 8;
      const step = barHeight / tags.length;
      tags.forEach((tag, i) => {
        out.push(`<rect class="argmap-tag" x="3" y="${n(4 + i * step)}" width="4" height="${n(step)}" fill="${o.tagColors.get(tag) ?? COLORS.border}"/>`);
      });
    }
    const weight = box.thesis ? ' font-weight="bold"' : "";
    const textColor = verdict === "out" ? COLORS.mutedText : COLORS.text;
    let lines = `<text font-size="${fontSize}" fill="${textColor}"${weight}>`;
    for (let i = 0; i < box.lines.length; i++) lines += `<tspan x="${padding}" y="${n(baseline(pad, i, placed.lineHeight, placed.fontSize))}">${escapeXml(box.lines[i]!)}</tspan>`;
    out.push(`${lines}</text>`);
    if (box.footer !== undefined) {
      const top = pad + box.lines.length * placed.lineHeight + 4;
      out.push(
        `<text class="argmap-footer" font-size="${n(placed.smallFontSize)}" fill="${COLORS.mutedText}"><tspan x="${n(pad)}" y="${n(baseline(top, 0, placed.smallLineHeight, placed.smallFontSize))}">${escapeXml(box.footer)}</tspan></text>`,
      );
    }
    out.push("</g>");
  });
  out.push("</g>");
}

function writeLegend(out: string[], f: Frame, o: ResolvedSvgOptions): void {
  const p = o.idPrefix;
  out.push(`<g class="argmap-legend" transform="translate(${n(f.dx)} ${n(f.legendTop)})" font-size="${LEGEND_SIZE}" fill="${COLORS.text}" role="list" aria-label="Legend">`);
  f.legend.forEach((row, r) => {
    for (const item of row) {
      const y = r * LEGEND_ROW + LEGEND_ROW / 2;
      const x = item.x;
      out.push(`<g class="argmap-legend-item" role="listitem" transform="translate(${n(x)} ${n(y)})">`);
      switch (item.kind) {
        case "support":
          out.push(`<path d="M0 0H${SWATCH - 2}" stroke="${COLORS.support}" stroke-width="2" marker-end="url(#${p}-arrow)"/>`);
          break;
        case "attack":
          out.push(`<path d="M0 0H${SWATCH - 2}" stroke="${COLORS.attack}" stroke-width="2" marker-end="url(#${p}-bar)"/>`);
          break;
        case "undercut":
          out.push(`<path d="M0 0H${SWATCH - 2}" stroke="${COLORS.attack}" stroke-width="2" stroke-dasharray="6 4" marker-end="url(#${p}-bar)"/>`);
          break;
        case "strength":
          out.push(`<rect x="0" y="-7" width="${SWATCH}" height="14" rx="3" fill="url(#${p}-strength)" stroke="${COLORS.border}"/>`);
          break;
        case "in":
          out.push(`<rect x="0" y="-7" width="${SWATCH}" height="14" rx="3" fill="#ffffff" stroke="${COLORS.border}" stroke-width="1.3"/>`);
          break;
        case "out":
          out.push(`<rect x="0" y="-7" width="${SWATCH}" height="14" rx="3" fill="${COLORS.outFill}" stroke="${COLORS.border}" stroke-width="1.3" stroke-dasharray="7 4"/>`);
          break;
        case "undec":
          out.push(`<rect x="0" y="-7" width="${SWATCH}" height="14" rx="3" fill="#ffffff" stroke="${COLORS.border}" stroke-width="1.3" stroke-dasharray="2 3"/>`);
          break;
        case "tag":
          out.push(`<rect x="${SWATCH - 16}" y="-7" width="14" height="14" rx="2" fill="${item.color ?? COLORS.border}"/>`);
          break;
      }
      out.push(`<text x="${SWATCH + 6}" y="4">${escapeXml(item.text)}</text>`, "</g>");
    }
  });
  out.push("</g>");
}

/**
 * Draws a map as a standalone SVG document: claims as boxes with wrapped
 * text, supports as green arrows, attacks as red lines with a flat head,
 * linked premises joined before they reach their conclusion, undercuts
 * (dashed) ending on the junction of the inference they attack, relation
 * labels and schemes, tag colours with a legend, and, given an evaluation,
 * strength shading and labels. The SVG carries a `<title>`, a `<desc>` and
 * ARIA labels; all text is escaped. The same input always gives the same output.
 *
 * @param map - The map to draw; it is not changed.
 * @param options - Layout and drawing options; see {@link SvgOptions}.
 * @returns The SVG document as a string.
 * @throws {@link argmap!ArgmapError} `invalid-option`, `missing-peer` (elkjs not installed) or `layout-failed`.
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { ukraineJapan } from "argmap/datasets";
 * import { renderSvg } from "argmap/render";
 * await writeFile("map.svg", await renderSvg(ukraineJapan(), { direction: "up" }));
 * ```
 */
export async function renderSvg(map: ArgumentMap, options: SvgOptions = {}): Promise<string> {
  const { drawn, resolved, placed } = await prepareDrawing(map, options);
  options.onProgress?.({ phase: "draw", engine: placed.engine, claims: drawn.claimCount, relations: drawn.relationCount });
  return writeSvg(drawn, placed, resolved);
}

/** @internal The map or part to draw, the resolved options with their notes, and the layout. */
export async function prepareDrawing(map: ArgumentMap, options: SvgOptions): Promise<{ drawn: ArgumentMap; resolved: ResolvedSvgOptions; placed: MapLayout }> {
  const drawn = mapPart(map, options);
  const resolved = resolveSvgOptions(drawn, options);
  const notes = drawn === map ? resolved.notes : [...resolved.notes, partNote(map, drawn, options)];
  const placed = await layoutFor(drawn, options);
  return { drawn, resolved: { ...resolved, notes }, placed };
}

function partNote(map: ArgumentMap, drawn: ArgumentMap, options: SvgOptions): string {
  const root = options.root !== undefined ? map.claim(options.root)?.text : undefined;
  const levels = options.depth !== undefined ? `${countOf(options.depth, "level")} ` : "";
  const where = root !== undefined ? `${levels}below “${root.length > 60 ? `${root.slice(0, 59)}…` : root}”` : `the top ${levels}`.trimEnd();
  return `Part of the map: ${drawn.claimCount} of ${countOf(map.claimCount, "claim")} and ${drawn.relationCount} of ${countOf(map.relationCount, "relation")} (${where}).`;
}

/** @internal The given layout after checking that it matches the map, or a new one. */
export async function layoutFor(map: ArgumentMap, options: SvgOptions): Promise<MapLayout> {
  const given = options.layout;
  if (given === undefined) return layoutWhole(map, options);
  const matches =
    given.claims.length === map.claimCount &&
    given.relations.length === map.relationCount &&
    given.claims.every((box) => map.hasClaim(box.id)) &&
    given.relations.every((box) => map.hasRelation(box.id));
  if (!matches) fail<RenderIssueCode>("invalid-option", ["options", "layout"], "the layout was computed for another map (its claims and relations differ)");
  return given;
}

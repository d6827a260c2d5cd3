/**
 * Writes an argument map as one standalone HTML file: the SVG drawing with
 * pan and zoom, and a panel with each claim's full text, source quotes and
 * strength. Everything is inline; nothing is fetched from the network.
 * @module
 */
import type { ArgumentMap } from "../map/argument-map.js";
import { evaluationLabel, evaluationStrength } from "../map/evaluation.js";
import type { Anchor } from "../schema/document.js";
import { fail } from "../errors.js";
import { escapeXml, isSafeUrl, jsonForScript, showBidiControls } from "./escape.js";
import { panelExplanations, type PanelExplanation } from "./panel-explanations.js";
import type { RenderIssueCode } from "./layout.js";
import { edgePath, prepareDrawing, writeSvg, type SvgOptions } from "./svg.js";
import { layoutWhole, type MapLayout } from "./layout.js";
import { mapPart } from "./part.js";
import { FONT_FAMILY } from "./text-metrics.js";
import { VIEWER_SCRIPT, VIEWER_SCRIPT_SHA256 } from "./viewer-script.js";

/**
 * Options of {@link renderHtml}: those of the SVG drawing it holds, and folding.
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { renderHtml, type HtmlOptions } from "argmap/render";
 * const options: HtmlOptions = { openDepth: 1, direction: "up" };
 * console.log((await renderHtml(ukraineJapan(), options)).length);
 * ```
 */
export interface HtmlOptions extends SvgOptions {
  /**
   * Levels of reasons and objections shown when the page opens; claims at
   * this depth below the top claims start folded (their fold button shows
   * `+`). Every claim with reasons or objections has a fold button.
   *
   * @defaultValue chosen by the page for its window: every level when the
   * whole drawing fits with claim text at least 12 pixels high, else as many
   * levels as fit so (at least one)
   */
  readonly openDepth?: number | undefined;
}

/**
 * The size, in CSS pixels, of claim text in the viewer's first view: at
 * least `text`, and no more than `maxText` when a small map would fit larger.
 */
const FIRST_VIEW = { text: 12, maxText: 20 } as const;

/**
 * The most claims a first view that opens folded may show: the top levels
 * of a larger map are laid out on their own up to this size, so that they
 * open close together rather than spread over the whole drawing's room.
 */
const COMPACT_CLAIMS = 60;

/**
 * The top `depth` levels of a map laid out on their own, for a first view
 * that opens folded: where each claim and relation of the part goes (its
 * top-left corner, by key in the whole drawing), the `d` of each of its
 * edges, and the part's size, in the coordinates of the map's drawing.
 */
interface CompactView {
  readonly depth: number;
  readonly width: number;
  readonly height: number;
  readonly at: Readonly<Record<string, readonly [number, number]>>;
  readonly paths: Readonly<Record<string, readonly string[]>>;
}

/**
 * @internal Layouts of the map's top levels on their own (1, 2, … levels,
 * while the part has at most {@link COMPACT_CLAIMS} claims and is not the
 * whole map), drawn the way the whole map is.
 */
export async function compactViews(map: ArgumentMap, placed: MapLayout, levels: readonly (readonly string[])[], options: HtmlOptions): Promise<CompactView[]> {
  const keys = new Map<string, string>();
  map.claims().forEach((claim, i) => keys.set(claim.id, `c${i}`));
  map.relations().forEach((relation, i) => keys.set(relation.id, `r${i}`));
  const views: CompactView[] = [];
  for (let depth = 1; depth < levels.length - 1; depth++) {
    const part = mapPart(map, { depth });
    if (part.claimCount > COMPACT_CLAIMS || part.claimCount === map.claimCount) break;
    const { root: _root, depth: _depth, layout: _layout, onProgress: _progress, ...rest } = options;
    const compact = await layoutWhole(part, { ...rest, direction: placed.direction });
    // Keys are `c<i>` and `r<i>`, safe as property names.
    const at: Record<string, readonly [number, number]> = {};
    for (const box of [...compact.claims, ...compact.relations]) at[keys.get(box.id)!] = [round(box.x), round(box.y)];
    const paths: Record<string, string[]> = {};
    for (const edge of compact.edges) (paths[keys.get(edge.relation)!] ??= []).push(edgePath(edge.points, 0, 0));
    views.push({ depth, width: round(compact.width), height: round(compact.height), at, paths });
  }
  return views;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** What the viewer's panel shows for one claim or relation, and how it folds. */
interface PanelItem {
  readonly kind: "claim" | "relation";
  /** `c<i>` or `r<i>`: the `data-key` of its element in the drawing. */
  readonly key: string;
  readonly id: string;
  readonly role: string;
  readonly text: string;
  readonly tags?: readonly string[];
  readonly note?: string;
  readonly strength?: number;
  readonly label?: string;
  readonly quotes: readonly { readonly quote: string; readonly source: string; readonly url?: string }[];
  /** Keys of the relations that end on it. */
  readonly into: readonly string[];
  /** Keys of a relation's premises. */
  readonly from?: readonly string[];
  /** With an evaluation: why the claim stands or falls, and what moves its strength (see panel-explanations.ts). */
  readonly why?: PanelExplanation["why"];
  readonly contributorsTitle?: PanelExplanation["contributorsTitle"];
  readonly contributors?: PanelExplanation["contributors"];
}

const CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font-family:${FONT_FAMILY};color:#1f1f1f;background:#f6f7f9}
.argmap-viewer{display:flex;height:100vh}
.argmap-stage{position:relative;flex:1 1 auto;min-width:0;overflow:hidden;background:#fff;cursor:grab;touch-action:none;outline:none}
.argmap-stage:focus-visible{box-shadow:inset 0 0 0 3px #1565c0}
.argmap-stage.argmap-dragging{cursor:grabbing}
.argmap-stage>svg{display:block;width:100%;height:100%;user-select:none}
.argmap-toolbar{position:absolute;top:10px;right:10px;display:flex;gap:4px}
.argmap-toolbar button{font:inherit;font-size:15px;min-width:34px;height:30px;border:1px solid #9aa0a6;border-radius:6px;background:#fff;cursor:pointer}
.argmap-toolbar button:hover{background:#eef3fb}
.argmap-panel{flex:0 0 340px;overflow:auto;padding:16px 18px;border-left:1px solid #d0d4d9;background:#fafbfc;font-size:14px;line-height:1.45}
.argmap-panel h1{font-size:16px;margin:0 0 10px}
.argmap-role{margin:0 0 4px;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#5f6368}
.argmap-text{margin:0 0 10px;font-size:15px}
.argmap-tags,.argmap-rating,.argmap-note,.argmap-muted{margin:0 0 8px;color:#444}
.argmap-quote{margin:10px 0;padding:8px 10px;border-left:4px solid #4e79a7;background:#fff}
.argmap-quote blockquote{margin:0 0 6px;font-style:italic}
.argmap-quote figcaption{font-size:12px;color:#5f6368}
.argmap-help{font-size:12px;color:#5f6368}
.argmap-why{margin:0 0 10px}
.argmap-subhead{margin:12px 0 4px;font-size:12px;font-weight:bold;color:#5f6368}
.argmap-contributors{margin:0 0 10px;padding:0;list-style:none}
.argmap-contributors button{display:flex;gap:8px;width:100%;margin:0 0 4px;padding:4px 6px;border:1px solid #d0d4d9;border-radius:4px;background:#fff;font:inherit;font-size:13px;text-align:left;cursor:pointer}
.argmap-contributors button:hover,.argmap-contributors button:focus-visible{border-color:#1565c0}
.argmap-contributors .argmap-value{flex:0 0 auto;font-variant-numeric:tabular-nums;font-weight:bold}
.argmap-claim,.argmap-relation{cursor:pointer;outline:none}
.argmap-hidden{display:none}
.argmap-fold{cursor:pointer;outline:none}
.argmap-fold circle{fill:#fff;stroke:#5f6368;stroke-width:1.3}
.argmap-fold text{font-size:14px;font-weight:bold;fill:#1f1f1f;pointer-events:none}
.argmap-fold:hover circle,.argmap-fold:focus-visible circle{stroke:#1565c0;stroke-width:2.5}
.argmap-claim.argmap-active .argmap-box,.argmap-claim:focus-visible .argmap-box{stroke:#1565c0;stroke-width:3.5}
.argmap-relation.argmap-active>rect,.argmap-relation.argmap-active>circle:not(.argmap-hit),.argmap-relation:focus-visible>rect,.argmap-relation:focus-visible>circle:not(.argmap-hit){stroke:#1565c0;stroke-width:3}
@media (max-width:760px){.argmap-viewer{flex-direction:column}.argmap-panel{flex:0 0 40%;border-left:0;border-top:1px solid #d0d4d9}}
`;

function quotesOf(map: ArgumentMap, anchors: readonly Anchor[] | undefined): PanelItem["quotes"] {
  return (anchors ?? []).map((anchor) => {
    const source = map.source(anchor.source);
    const url = source?.url;
    const quote: { quote: string; source: string; url?: string } = { quote: showBidiControls(anchor.quote), source: showBidiControls(source?.title ?? anchor.source) };
    if (url !== undefined && isSafeUrl(url)) quote.url = url.trim();
    return quote;
  });
}

/** Names the inference an undercut attacks: `the inference “a” + “b” → “c”`. */
function inferenceText(map: ArgumentMap, relationId: string): string {
  const relation = map.relation(relationId);
  if (relation === undefined) return relationId;
  const premises = relation.from.map((id) => `“${map.claim(id)?.text ?? id}”`).join(" + ");
  const conclusion = map.claim(relation.to)?.text;
  return `the inference ${premises} ${relation.type === "support" ? "→" : "⊣"} ${conclusion !== undefined ? `“${conclusion}”` : "another inference"}`;
}

/** @internal The data the viewer's panel reads, one item per claim and relation, keyed as in the drawing. */
export function panelItems(map: ArgumentMap, options: Pick<HtmlOptions, "evaluation">): PanelItem[] {
  const evaluation = options.evaluation;
  const rating = (id: string): { strength?: number; label?: string } => {
    const out: { strength?: number; label?: string } = {};
    const strength = evaluation === undefined ? undefined : evaluationStrength(evaluation, id);
    if (strength !== undefined && Number.isFinite(strength)) out.strength = strength;
    const label = evaluation === undefined ? undefined : evaluationLabel(evaluation, id);
    if (label !== undefined) out.label = label;
    return out;
  };
  const keys = new Map<string, string>();
  map.claims().forEach((claim, i) => keys.set(claim.id, `c${i}`));
  const relations = map.relations();
  relations.forEach((relation, i) => keys.set(relation.id, `r${i}`));
  const into = new Map<string, string[]>();
  relations.forEach((relation, i) => {
    const list = into.get(relation.to) ?? [];
    list.push(`r${i}`);
    into.set(relation.to, list);
  });
  const visible = showBidiControls;
  const explained = panelExplanations(map, evaluation, keys);
  const items: PanelItem[] = [];
  for (const claim of map.claims()) {
    const role = claim.id === map.thesis ? "Thesis" : "Claim";
    items.push({
      kind: "claim",
      key: keys.get(claim.id)!,
      id: visible(claim.id),
      role,
      text: visible(claim.text),
      ...(claim.tags !== undefined && claim.tags.length > 0 ? { tags: claim.tags.map(visible) } : {}),
      ...(claim.note !== undefined ? { note: visible(claim.note) } : {}),
      ...rating(claim.id),
      quotes: quotesOf(map, claim.anchors),
      into: into.get(claim.id) ?? [],
      ...explained.get(claim.id),
    });
  }
  for (const relation of relations) {
    const undercut = map.hasRelation(relation.to);
    const role = undercut ? "Undercut" : relation.type === "support" ? "Support" : "Attack";
    const premises = relation.from.map((id) => map.claim(id)?.text ?? id).join(" + ");
    const target = undercut ? inferenceText(map, relation.to) : (map.claim(relation.to)?.text ?? relation.to);
    const parts = [relation.label, relation.scheme !== undefined ? `Scheme: ${relation.scheme}` : undefined].filter((x): x is string => x !== undefined && x !== "");
    items.push({
      kind: "relation",
      key: keys.get(relation.id)!,
      id: visible(relation.id),
      role,
      text: visible(`${parts.length > 0 ? `${parts.join(". ")}. ` : ""}${premises} ${relation.type === "support" ? "→" : "⊣"} ${target}`),
      ...(relation.note !== undefined ? { note: visible(relation.note) } : {}),
      ...rating(relation.id),
      quotes: quotesOf(map, relation.anchors),
      into: into.get(relation.id) ?? [],
      from: relation.from.map((id) => keys.get(id)!),
    });
  }
  return items;
}

/**
 * @internal For each level below the top claims (0 for the top claims),
 * the keys of its claims that have reasons or objections of their own:
 * the claims that start folded when the page opens that many levels.
 */
export function foldLevels(map: ArgumentMap): string[][] {
  const keys = new Map<string, string>();
  map.claims().forEach((claim, i) => keys.set(claim.id, `c${i}`));
  const level = new Map<string, number>();
  let current = map.roots().map((claim) => claim.id);
  for (const id of current) level.set(id, 0);
  const levels: string[][] = [];
  for (let d = 0; current.length > 0; d++) {
    const next: string[] = [];
    const targets = [...current];
    const folds: string[] = [];
    for (let i = 0; i < targets.length; i++) {
      const into = map.relationsTo(targets[i]!);
      if (i < current.length && into.length > 0) folds.push(keys.get(targets[i]!)!);
      for (const relation of into) {
        targets.push(relation.id);
        for (const premise of relation.from) {
          if (level.has(premise)) continue;
          level.set(premise, d + 1);
          next.push(premise);
        }
      }
    }
    levels.push(folds);
    current = next;
  }
  return levels;
}

/**
 * @internal Keys of the claims that start folded for an `openDepth` given,
 * or `null` for the page to choose.
 */
export function initialFolds(levels: readonly (readonly string[])[], openDepth: number | undefined): string[] | null {
  if (openDepth !== undefined && (typeof openDepth !== "number" || !Number.isInteger(openDepth) || openDepth < 0)) {
    fail<RenderIssueCode>("invalid-option", ["options", "openDepth"], "openDepth must be a whole number ≥ 0");
  }
  return openDepth === undefined ? null : [...(levels[openDepth] ?? [])];
}

/**
 * Writes a map as one standalone HTML page that opens offline: the SVG
 * drawing of {@link renderSvg} with pan (drag, arrow keys) and zoom (wheel,
 * buttons, `+`/`-`/`0`), and a panel that shows a claim's or relation's full
 * text, its source quotes with links, and its strength when hovered, focused
 * or clicked. Claims with reasons or objections fold. The page opens with
 * claim text at least 12 pixels high: the whole map when it fits its
 * window so, else the top levels that fit (laid out on their own, folded
 * below), else the thesis at that size (see {@link HtmlOptions.openDepth}).
 * The drawing has no heading of its own: the panel names the map. CSS,
 * script and data are inline; a Content-Security-Policy allows no network
 * access and only argmap's own script (by hash), and all text is escaped.
 *
 * @param map - The map to draw; it is not changed.
 * @param options - Layout and drawing options; see {@link SvgOptions}.
 * @returns The HTML document as a string.
 * @throws {@link argmap!ArgmapError} `invalid-option`, `missing-peer` (elkjs not installed) or `layout-failed`.
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { ukraineJapan } from "argmap/datasets";
 * import { evaluateMap } from "argmap/evaluate";
 * import { renderHtml } from "argmap/render";
 * const map = ukraineJapan();
 * await writeFile("map.html", await renderHtml(map, { evaluation: evaluateMap(map, "dfquad") }));
 * ```
 */
export async function renderHtml(map: ArgumentMap, options: HtmlOptions = {}): Promise<string> {
  const { drawn, resolved, placed } = await prepareDrawing(map, options);
  options.onProgress?.({ phase: "draw", engine: placed.engine, claims: drawn.claimCount, relations: drawn.relationCount });
  // The panel's heading names the map: the drawing needs none of its own.
  const svg = writeSvg(drawn, placed, { ...resolved, heading: false }).replace(/^<svg /, '<svg preserveAspectRatio="xMidYMid meet" ');
  const levels = foldLevels(drawn);
  const startId = drawn.thesis ?? drawn.roots()[0]?.id;
  const data = jsonForScript({
    semantics: options.evaluation?.semantics ?? null,
    items: panelItems(drawn, options),
    fold: initialFolds(levels, options.openDepth),
    levels,
    view: { ...FIRST_VIEW, fontSize: placed.fontSize },
    compact: options.openDepth === undefined ? await compactViews(drawn, placed, levels, options) : [],
    // A map this small opens unfolded when not even its top levels fit the window.
    small: drawn.claimCount <= COMPACT_CLAIMS,
    start: startId === undefined ? null : `c${drawn.claims().findIndex((claim) => claim.id === startId)}`,
  });
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${VIEWER_SCRIPT_SHA256}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const title = resolved.title.trim() !== "" ? resolved.title : "Argument map";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="argmap">
<title>${escapeXml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main class="argmap-viewer">
<div class="argmap-stage" id="argmap-stage" tabindex="0" aria-label="Argument map. Drag or use the arrow keys to pan; scroll or use + and - to zoom, 0 to fit.">
${svg}<div class="argmap-toolbar" role="toolbar" aria-label="Zoom">
<button type="button" data-zoom="in" aria-label="Zoom in">+</button>
<button type="button" data-zoom="out" aria-label="Zoom out">&#8722;</button>
<button type="button" data-zoom="fit" aria-label="Fit the map to the window">Fit</button>
</div>
</div>
<aside class="argmap-panel" id="argmap-panel" aria-live="polite" aria-label="Details">
<h1>${escapeXml(title)}</h1>
<p class="argmap-help" id="argmap-hint">Hover over, focus or click a claim or a relation to see its full text, its source quote and its strength.</p>
<div id="argmap-details" hidden></div>
</aside>
</main>
<script type="application/json" id="argmap-data">${data}</script>
<script>${VIEWER_SCRIPT}</script>
</body>
</html>
`;
}

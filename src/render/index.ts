/**
 * Drawing argument maps (`argmap/render`): a layered layout computed by
 * argmap's own engine or by Graphviz (`@viz-js/viz`), dagre or elkjs
 * (optional peer dependencies), a standalone SVG, a standalone HTML viewer
 * with pan, zoom, folding and source quotes, and a PNG image (through the
 * optional peer `@resvg/resvg-js`).
 *
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { evaluateMap } from "argmap/evaluate";
 * import { renderHtml, renderSvg } from "argmap/render";
 * const map = ukraineJapan();
 * const svg = await renderSvg(map);
 * const html = await renderHtml(map, { evaluation: evaluateMap(map, "dfquad") });
 * console.log(svg.length, html.length);
 * ```
 * @module argmap/render
 */
export { layout, LAYOUT_DEFAULTS, AUTO_DIRECTION_GAIN } from "./layout.js";
export type { ClaimBox, DirectionChoice, EdgeRouting, LayoutDirection, LayoutEdge, LayoutEngine, LayoutOptions, LayoutPoint, MapLayout, NodePlacement, RelationBox, RenderIssueCode, RenderProgress } from "./layout.js";
export { mapPart } from "./part.js";
export type { MapPartOptions } from "./part.js";
export { edgeCrossings } from "./crossings.js";
export { renderSvg, SVG_DEFAULTS, COLORS } from "./svg.js";
export type { SvgOptions } from "./svg.js";
export { renderHtml } from "./html.js";
export { renderPng, PNG_MAX_PIXELS, PNG_MAX_SIDE } from "./png.js";
export type { PngOptions } from "./png.js";
export type { HtmlOptions } from "./html.js";
export { FONT_FAMILY, textWidth, wrapText } from "./text-metrics.js";
export type { TextStyle } from "./text-metrics.js";
export { escapeXml, showBidiControls } from "./escape.js";

/**
 * Drawing argument maps (`argmap/render`): a layered layout computed with
 * elkjs (an optional peer dependency), a standalone SVG, and a standalone
 * HTML viewer with pan, zoom and source quotes.
 *
 * @example
 * ```ts
 * import { renderHtml, renderSvg } from "argmap/render";
 * const svg = await renderSvg(map);
 * const html = await renderHtml(map, { evaluation });
 * ```
 * @module argmap/render
 */
export { layout, LAYOUT_DEFAULTS } from "./layout.js";
export type { ClaimBox, EdgeRouting, LayoutDirection, LayoutEdge, LayoutOptions, LayoutPoint, MapLayout, RelationBox, RenderIssueCode } from "./layout.js";
export { renderSvg, SVG_DEFAULTS, COLORS } from "./svg.js";
export type { SvgOptions } from "./svg.js";
export { renderHtml } from "./html.js";
export type { HtmlOptions } from "./html.js";
export { FONT_FAMILY, textWidth, wrapText } from "./text-metrics.js";
export type { TextStyle } from "./text-metrics.js";
export { escapeXml } from "./escape.js";

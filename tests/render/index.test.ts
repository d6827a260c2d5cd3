import { expect, test } from "vitest";

test("argmap/render exports exactly its public API", async () => {
  expect(Object.keys(await import("../../src/render/index.js")).sort()).toEqual([
    "AUTO_DIRECTION_GAIN",
    "COLORS",
    "FONT_FAMILY",
    "LAYOUT_DEFAULTS",
    "PNG_MAX_PIXELS",
    "PNG_MAX_SIDE",
    "SVG_DEFAULTS",
    "edgeCrossings",
    "escapeXml",
    "layout",
    "mapPart",
    "renderHtml",
    "renderPng",
    "renderSvg",
    "showBidiControls",
    "textWidth",
    "wrapText",
  ]);
});

import { expect, test } from "vitest";

test("argmap/render exports exactly its public API", async () => {
  expect(Object.keys(await import("../../src/render/index.js")).sort()).toEqual([
    "COLORS",
    "FONT_FAMILY",
    "LAYOUT_DEFAULTS",
    "SVG_DEFAULTS",
    "edgeCrossings",
    "escapeXml",
    "layout",
    "mapPart",
    "renderHtml",
    "renderSvg",
    "showBidiControls",
    "textWidth",
    "wrapText",
  ]);
});

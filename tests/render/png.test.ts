/**
 * PNG images: decoded with pngjs and checked for their size and content
 * (the colours of what is drawn), not compared pixel by pixel.
 */
import { PNG } from "pngjs";
import { describe, expect, test } from "vitest";
import { argmap } from "../../src/index.js";
import { ukraineJapan } from "../../src/datasets/index.js";
import { dejaVuSansFiles, pngScale, PNG_MAX_PIXELS, PNG_MAX_SIDE, renderPng } from "../../src/render/png.js";
import { COLORS, renderSvg } from "../../src/render/index.js";
import { asyncErrorOf } from "../thrown.js";

/** The decoded image, and how many pixels each colour (`#rrggbb`, opaque pixels only) covers. */
function decode(bytes: Uint8Array): { width: number; height: number; colours: Map<string, number> } {
  const png = PNG.sync.read(Buffer.from(bytes));
  const colours = new Map<string, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i + 3] !== 255) continue;
    const hex = `#${[png.data[i]!, png.data[i + 1]!, png.data[i + 2]!].map((v) => v.toString(16).padStart(2, "0")).join("")}`;
    colours.set(hex, (colours.get(hex) ?? 0) + 1);
  }
  return { width: png.width, height: png.height, colours };
}

/** The drawing's size in the SVG. */
async function svgSize(map: ReturnType<typeof ukraineJapan>, options: Parameters<typeof renderSvg>[1] = {}): Promise<{ width: number; height: number }> {
  const [, width, height] = /^<svg [^>]*?width="(\d+)" height="(\d+)"/.exec(await renderSvg(map, options))!.map(Number);
  return { width: width!, height: height! };
}

describe("renderPng", () => {
  test("rasterizes the SVG drawing at the scale asked for, with its boxes, arrows and text", async () => {
    const map = ukraineJapan();
    const { width, height } = await svgSize(map);
    const bytes = await renderPng(map, { scale: 1.5 });
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const image = decode(bytes);
    expect(image.width).toBe(Math.ceil(width * 1.5));
    expect(image.height).toBe(Math.ceil(height * 1.5));
    const pixels = image.width * image.height;
    // Mostly white paper, not a blank one: support green, attack red, borders and text are there.
    expect(image.colours.get("#ffffff")! / pixels).toBeGreaterThan(0.5);
    expect(image.colours.get("#ffffff")! / pixels).toBeLessThan(0.98);
    for (const colour of [COLORS.support, COLORS.attack, COLORS.thesisBorder]) expect(image.colours.get(colour) ?? 0).toBeGreaterThan(200);
    expect(image.colours.size).toBeGreaterThan(50); // anti-aliased text and lines
  });

  test("draws 2 image pixels per drawing pixel by default", async () => {
    const map = argmap("Lunch").thesis("t", "We should get pizza.").claim("q", "Pizza is quick.").support("q", "t").build();
    const { width, height } = await svgSize(map);
    const image = decode(await renderPng(map));
    expect([image.width, image.height]).toEqual([width * 2, height * 2]);
  });

  test("shades claims by strength, as the SVG does", async () => {
    const map = argmap("Lunch").thesis("t", "We should get pizza.").claim("q", "Pizza is quick.").support("q", "t").build();
    const evaluation = { semantics: "dfquad" as const, strengths: [{ id: "t", strength: 1 }, { id: "q", strength: 1 }] };
    const image = decode(await renderPng(map, { scale: 1, evaluation: evaluation as never }));
    expect(image.colours.get(COLORS.strongFill) ?? 0).toBeGreaterThan(1000);
  });

  test("finds DejaVu Sans where the system keeps it, and nothing where it is not", () => {
    const found = dejaVuSansFiles();
    // CI installs fonts-dejavu-core.
    expect(found.map((file) => file.split(/[\\/]/).pop())).toEqual(["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]);
    expect(dejaVuSansFiles(["/nonexistent-folder"])).toEqual([]);
  });

  test("refuses a bad scale, missing font files and images too large to hold", async () => {
    const map = ukraineJapan();
    for (const scale of [0, -1, 11, Number.NaN, "2" as unknown as number]) {
      expect((await asyncErrorOf(() => renderPng(map, { scale }))).issues[0]).toMatchObject({ code: "invalid-option", path: ["options", "scale"] });
    }
    expect((await asyncErrorOf(() => renderPng(map, { fontFiles: ["/nonexistent.ttf"] }))).issues[0]).toMatchObject({ code: "invalid-option", path: ["options", "fontFiles"] });
    expect(() => pngScale(20_000, 10_000, 2)).toThrow(/40000 × 20000 pixels/);
    // Without a scale, a large drawing gets the largest scale below 2 that fits.
    const scale = pngScale(20_000, 10_000, undefined);
    expect(scale).toBeLessThan(2);
    expect(Math.ceil(20_000 * scale) * Math.ceil(10_000 * scale)).toBeLessThanOrEqual(PNG_MAX_PIXELS);
    expect(pngScale(100, 100, undefined)).toBe(2);
    expect(Math.ceil(PNG_MAX_SIDE * pngScale(PNG_MAX_SIDE * 4, 10, undefined))).toBeLessThanOrEqual(PNG_MAX_SIDE);
  });
});

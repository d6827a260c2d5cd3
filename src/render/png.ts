/**
 * Draws an argument map as a PNG image: the SVG drawing rasterized by resvg
 * (`@resvg/resvg-js`, an optional peer dependency with prebuilt binaries).
 * @module
 */
import { fail } from "../errors.js";
import type { ArgumentMap } from "../map/argument-map.js";
import { loadOnce } from "../internal/load-once.js";
import type { RenderIssueCode } from "./layout.js";
import { defaultExport, importPeer } from "./peer.js";
import { prepareDrawing, writeSvg, type SvgOptions } from "./svg.js";

/**
 * Options of {@link renderPng}: those of the SVG drawing it rasterizes, and
 * the image's resolution and fonts.
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { renderPng, type PngOptions } from "argmap/render";
 * const options: PngOptions = { scale: 1, legend: false };
 * const png = await renderPng(ukraineJapan(), options);
 * console.log(png.length > 0);
 * ```
 */
export interface PngOptions extends SvgOptions {
  /**
   * Image pixels per pixel of the drawing: 1 gives the SVG's size, 2 twice
   * as many pixels each way (sharp on high-density screens and slides).
   * Between 0.1 and 10; the image may hold at most {@link PNG_MAX_PIXELS}
   * pixels and {@link PNG_MAX_SIDE} on a side.
   *
   * @defaultValue 2, or the largest scale below 2 that keeps a large
   * drawing within those bounds
   */
  readonly scale?: number | undefined;
  /**
   * Font files (TrueType or OpenType) to draw text with. The drawing's text
   * is measured for DejaVu Sans (see {@link FONT_FAMILY}).
   *
   * @defaultValue DejaVu Sans and DejaVu Sans Bold where they are installed
   * (the usual places on Linux, macOS and Windows); the system's fonts are
   * loaded as well, for Verdana and for characters DejaVu Sans lacks
   */
  readonly fontFiles?: readonly string[] | undefined;
}

/**
 * The most pixels a PNG from {@link renderPng} may hold: 64 Mi (256 MiB
 * while it is drawn).
 * @example
 * ```ts
 * import { PNG_MAX_PIXELS } from "argmap/render";
 * const side = Math.floor(Math.sqrt(PNG_MAX_PIXELS)); // 8192: a square image may be this wide
 * console.log(side);
 * ```
 */
export const PNG_MAX_PIXELS = 64 * 1024 * 1024;
/**
 * The longest side, in pixels, of a PNG from {@link renderPng}.
 * @example
 * ```ts
 * import { layout, PNG_MAX_SIDE } from "argmap/render";
 * import { ukraineJapan } from "argmap/datasets";
 * const placed = await layout(ukraineJapan());
 * console.log(Math.max(placed.width, placed.height) * 2 <= PNG_MAX_SIDE); // true: scale 2 fits
 * ```
 */
export const PNG_MAX_SIDE = 32_767;
const DEFAULT_SCALE = 2;
const SCALE_RANGE = [0.1, 10] as const;

/** The parts of `@resvg/resvg-js` argmap uses. */
interface Resvg {
  renderAsync(
    svg: string,
    options: {
      readonly font: { readonly fontFiles: string[]; readonly loadSystemFonts: boolean; readonly defaultFontFamily: string; readonly sansSerifFamily: string };
      readonly fitTo: { readonly mode: "zoom"; readonly value: number };
      readonly logLevel: "off";
    },
  ): Promise<{ readonly width: number; readonly height: number; asPng(): Uint8Array }>;
}

const loadResvg = loadOnce(() =>
  importPeer<Resvg>(
    "@resvg/resvg-js",
    () => import("@resvg/resvg-js"),
    (module) => {
      const m = defaultExport(module) as Partial<Resvg> | undefined;
      return typeof m?.renderAsync === "function" ? (m as Resvg) : undefined;
    },
    "drawing PNG images",
  ),
);

/**
 * Node's file system and path modules, taken when a PNG is drawn (no import
 * at the top of the module, so that argmap/render loads where they are
 * missing, for SVG and HTML).
 */
function nodeModules(): { readonly existsSync: (file: string) => boolean; readonly join: (...parts: string[]) => string; readonly homedir: () => string } {
  const fs = process.getBuiltinModule("node:fs");
  const path = process.getBuiltinModule("node:path");
  const os = process.getBuiltinModule("node:os");
  return { existsSync: fs.existsSync, join: path.join, homedir: os.homedir };
}

/** Folders where DejaVu Sans is installed: Debian and Ubuntu, Fedora, Arch, other Linux, macOS, Windows. */
function fontFolders(): string[] {
  const { join, homedir } = nodeModules();
  const folders = [
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu-sans-fonts",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/usr/local/share/fonts",
    "/Library/Fonts",
    "/opt/homebrew/share/fonts",
  ];
  const home = homedir();
  if (home !== "") folders.push(join(home, ".local", "share", "fonts"), join(home, ".fonts"), join(home, "Library", "Fonts"));
  const windows = process.env["WINDIR"];
  if (windows !== undefined) folders.push(join(windows, "Fonts"));
  return folders;
}

/** @internal The DejaVu Sans files found on this machine (regular and bold), or none. */
export function dejaVuSansFiles(folders: readonly string[] = fontFolders()): string[] {
  const { existsSync, join } = nodeModules();
  for (const folder of folders) {
    const regular = join(folder, "DejaVuSans.ttf");
    if (!existsSync(regular)) continue;
    const bold = join(folder, "DejaVuSans-Bold.ttf");
    return existsSync(bold) ? [regular, bold] : [regular];
  }
  return [];
}

/** @internal The scale to draw a `width` × `height` drawing at: the given one, checked, or the default within the bounds. */
export function pngScale(width: number, height: number, scale: number | undefined): number {
  const fits = (s: number): boolean => Math.ceil(width * s) <= PNG_MAX_SIDE && Math.ceil(height * s) <= PNG_MAX_SIDE && Math.ceil(width * s) * Math.ceil(height * s) <= PNG_MAX_PIXELS;
  if (scale === undefined) {
    const largest = Math.min(PNG_MAX_SIDE / width, PNG_MAX_SIDE / height, Math.sqrt(PNG_MAX_PIXELS / (width * height)));
    const chosen = Math.min(DEFAULT_SCALE, Math.floor(largest * 1000) / 1000);
    if (chosen < SCALE_RANGE[0]) tooLarge(width, height, chosen);
    return chosen;
  }
  if (typeof scale !== "number" || !Number.isFinite(scale) || scale < SCALE_RANGE[0] || scale > SCALE_RANGE[1]) {
    fail<RenderIssueCode>("invalid-option", ["options", "scale"], `scale must be a number from ${SCALE_RANGE[0]} to ${SCALE_RANGE[1]}`);
  }
  if (!fits(scale)) tooLarge(width, height, scale);
  return scale;
}

function tooLarge(width: number, height: number, scale: number): never {
  const w = Math.ceil(width * scale);
  const h = Math.ceil(height * scale);
  fail<RenderIssueCode>(
    "invalid-option",
    ["options", "scale"],
    `the image would be ${w} × ${h} pixels, more than a PNG may hold here (${PNG_MAX_SIDE} on a side, ${PNG_MAX_PIXELS / 1024 / 1024} Mi pixels in all): lower the scale, or draw a part of the map (root, depth)`,
  );
}

/**
 * Draws a map as a PNG image: the drawing of {@link renderSvg} (same
 * options, same look), rasterized by resvg from the optional peer
 * `@resvg/resvg-js`. Text is drawn with DejaVu Sans, the font the drawing's
 * boxes are measured for, when it is installed (or given in `fontFiles`);
 * otherwise with the system's Verdana or sans-serif font, whose wider
 * letters may reach the edge of a box. The work runs off the main thread.
 *
 * @param map - The map to draw; it is not changed.
 * @param options - Drawing options, the scale and fonts; see {@link PngOptions}.
 * @returns The PNG file's bytes.
 * @throws {@link argmap!ArgmapError} `missing-peer` when `@resvg/resvg-js`
 * (or the layout engine's package) is not installed, `invalid-option` for a
 * bad option or an image larger than {@link PNG_MAX_PIXELS}, `layout-failed`.
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { ukraineJapan } from "argmap/datasets";
 * import { renderPng } from "argmap/render";
 * await writeFile("map.png", await renderPng(ukraineJapan(), { scale: 2 }));
 * ```
 */
export async function renderPng(map: ArgumentMap, options: PngOptions = {}): Promise<Uint8Array> {
  const { existsSync } = nodeModules();
  if (options.fontFiles !== undefined && (!Array.isArray(options.fontFiles) || !options.fontFiles.every((file) => typeof file === "string" && existsSync(file)))) {
    fail<RenderIssueCode>("invalid-option", ["options", "fontFiles"], "fontFiles must list font files that exist");
  }
  const resvg = await loadResvg();
  const { drawn, resolved, placed } = await prepareDrawing(map, options);
  options.onProgress?.({ phase: "draw", engine: placed.engine, claims: drawn.claimCount, relations: drawn.relationCount });
  const svg = writeSvg(drawn, placed, resolved);
  const [, width, height] = /^<svg [^>]*?width="([\d.]+)" height="([\d.]+)"/.exec(svg)!.map(Number) as [number, number, number];
  const scale = pngScale(width, height, options.scale);
  const fontFiles = options.fontFiles !== undefined ? [...options.fontFiles] : dejaVuSansFiles();
  const image = await resvg.renderAsync(svg, {
    font: { fontFiles, loadSystemFonts: true, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
    fitTo: { mode: "zoom", value: scale },
    logLevel: "off",
  });
  return image.asPng();
}

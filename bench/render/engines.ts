/**
 * The layout engines side by side on the same maps: time, edge crossings,
 * overlapping boxes, and (with Chromium) whether text fits in the real font.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import type { ArgumentMap } from "../../src/map/argument-map.js";
import { edgeCrossings } from "../../src/render/crossings.js";
import { layout, type LayoutOptions, type MapLayout } from "../../src/render/layout.js";
import { renderSvg } from "../../src/render/svg.js";
import { median } from "../harness.js";

/** One engine configuration under test. */
export interface EngineCase {
  readonly name: string;
  readonly options: LayoutOptions;
}

/** What was measured for one engine on one map. */
export interface EngineResult {
  readonly map: string;
  readonly engine: string;
  readonly ms: number;
  readonly crossings: number;
  readonly overlaps: number;
  readonly misfits: number | undefined;
  readonly browserOverlaps: number | undefined;
}

export const ENGINES: readonly EngineCase[] = [
  { name: "builtin (the default)", options: { engine: "builtin" } },
  { name: "graphviz", options: { engine: "graphviz" } },
  { name: "dagre", options: { engine: "dagre" } },
  { name: "elk (0.1.0 settings)", options: { engine: "elk" } },
  { name: "elk fast (thoroughness 1, brandes-koepf)", options: { engine: "elk", nodePlacement: "brandes-koepf", elkOptions: new Map([["elk.layered.thoroughness", "1"]]) } },
];

/** Pairs of boxes that overlap in a layout (claims and junctions). */
export function overlaps(placed: MapLayout): number {
  const boxes = [...placed.claims, ...placed.relations].sort((a, b) => a.x - b.x);
  let count = 0;
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j]!;
      if (b.x >= a.x + a.width) break;
      if (a.y < b.y + b.height && b.y < a.y + a.height) count++;
    }
  }
  return count;
}

/** Times `layout` (median of `rounds` runs after the first) and measures the result. */
export async function measureEngine(name: string, map: ArgumentMap, engine: EngineCase, rounds: number): Promise<{ result: EngineResult; placed: MapLayout }> {
  const times: number[] = [];
  let placed: MapLayout | undefined;
  for (let i = 0; i <= rounds; i++) {
    globalThis.gc?.();
    const start = performance.now();
    placed = await layout(map, engine.options);
    const ms = performance.now() - start;
    if (i > 0 || rounds === 0) times.push(ms);
  }
  return { result: { map: name, engine: engine.name, ms: median(times), crossings: edgeCrossings(placed!), overlaps: overlaps(placed!), misfits: undefined, browserOverlaps: undefined }, placed: placed! };
}

/** Opens each SVG in Chromium and counts text lines outside their box and overlapping boxes; undefined without a browser. */
export async function browserChecks(svgs: readonly string[]): Promise<{ misfits: number; overlaps: number }[] | undefined> {
  const chromium = process.env.ARGMAP_CHROMIUM ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) return undefined;
  const { chromium: driver } = await import("playwright-core");
  const browser = await driver.launch({ executablePath: chromium, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const dir = mkdtempSync(join(tmpdir(), "argmap-bench-render-"));
  try {
    const out: { misfits: number; overlaps: number }[] = [];
    for (const [i, svg] of svgs.entries()) {
      const file = join(dir, `${i}.svg`);
      writeFileSync(file, svg);
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.goto(pathToFileURL(file).href);
      const checked = await page.evaluate(() => {
        const rects: DOMRect[] = [];
        let misfits = 0;
        for (const g of Array.from(document.querySelectorAll(".argmap-claim, .argmap-relation"))) {
          const shape = g.querySelector(":scope > rect, :scope > circle");
          if (shape === null) continue;
          const box = shape.getBoundingClientRect();
          rects.push(box);
          for (const t of Array.from(g.querySelectorAll("text"))) {
            const r = t.getBoundingClientRect();
            if (r.left < box.left || r.right > box.right - 2 || r.top < box.top || r.bottom > box.bottom) misfits++;
          }
        }
        rects.sort((a, b) => a.left - b.left);
        let overlaps = 0;
        for (let a = 0; a < rects.length; a++) {
          for (let b = a + 1; b < rects.length; b++) {
            if (rects[b]!.left >= rects[a]!.right) break;
            if (rects[a]!.top < rects[b]!.bottom && rects[b]!.top < rects[a]!.bottom) overlaps++;
          }
        }
        return { misfits, overlaps };
      });
      out.push(checked);
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Draws a laid-out map as SVG for the browser checks. */
export function svgOf(map: ArgumentMap, placed: MapLayout): Promise<string> {
  return renderSvg(map, { layout: placed });
}

/**
 * `npm run demo`: summarizes the shipped Ukraine–Japan map, prints the prose
 * summary and the outline, and writes them to out/. Each step is a function
 * that writes its files and returns what to print, so further steps (a
 * drawing, say) can be added to `steps`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ukraineJapan } from "../src/datasets/index.js";
import type { ArgumentMap } from "../src/index.js";
import { summarize, toMarkdown, toProse, toText } from "../src/index.js";
import { evaluateMap } from "../src/evaluate/index.js";
import { renderHtml, renderSvg } from "../src/render/index.js";

/** One step of the demo. */
interface DemoStep {
  readonly name: string;
  /** Writes the step's files into `outDir` and returns the text to print (or nothing). */
  readonly run: (map: ArgumentMap, outDir: string) => string | undefined | Promise<string | undefined>;
}

/** The prose summary and the outline, printed and written to out/. */
const summaryStep: DemoStep = {
  name: "summary",
  run(map, outDir) {
    const summary = summarize(map);
    const prose = toProse(summary, { subject: "The article" });
    const outline = toText(summarize(map, { citations: false }), { title: false });
    writeFileSync(join(outDir, "ukraine-japan.summary.txt"), prose);
    writeFileSync(join(outDir, "ukraine-japan.outline.md"), toMarkdown(summary));
    writeFileSync(join(outDir, "ukraine-japan.outline.txt"), toText(summary));
    return `${prose}\nOutline:\n\n${outline}`;
  },
};

/** The map drawn as an SVG image and as a standalone HTML viewer shaded by DF-QuAD strength. */
export const drawingStep: DemoStep = {
  name: "drawing",
  async run(map, outDir) {
    writeFileSync(join(outDir, "ukraine-japan.svg"), await renderSvg(map));
    writeFileSync(join(outDir, "ukraine-japan.html"), await renderHtml(map, { evaluation: evaluateMap(map, "dfquad") }));
    return `Drawn to ${relative(process.cwd(), outDir) || "."}/: ukraine-japan.svg, ukraine-japan.html (open it in a browser)\n`;
  },
};

/** The demo's steps, in order. */
const steps: DemoStep[] = [summaryStep, drawingStep];

async function main(): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const outDir = join(root, "out");
  mkdirSync(outDir, { recursive: true });
  const map = ukraineJapan();
  console.log(`${map.title}\n`);
  for (const step of steps) {
    const printed = await step.run(map, outDir);
    if (printed !== undefined) console.log(printed);
  }
  console.log(`Written to ${relative(process.cwd(), outDir) || "."}/: ukraine-japan.summary.txt, ukraine-japan.outline.md, ukraine-japan.outline.txt`);
}

await main();

import { writeFile } from "node:fs/promises";
import { evaluateMap, type Semantics } from "../../evaluate/index.js";
import { ALL_SEMANTICS } from "../../evaluate/semantics.js";
import type { MapEvaluation } from "../../map/evaluation.js";
import { renderHtml } from "../../render/html.js";
import type { LayoutDirection, LayoutEngine, NodePlacement, RenderProgress } from "../../render/layout.js";
import { renderSvg } from "../../render/svg.js";
import { UsageError, type Command } from "../command.js";
import { integerOption, readMapFile } from "../io.js";
import { TimeLimitError } from "../../evaluate/budget.js";

/** Parses a number option, or throws a usage error. */
function numberOption(name: string, value: string | boolean | undefined, valid: (x: number) => boolean, expected: string): number | undefined {
  if (value === undefined) return undefined;
  const x = typeof value === "string" && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!valid(x)) throw new UsageError(`--${name} expects ${expected}, got ${String(value)}`);
  return x;
}

/** Maps with more claims and relations than this take about a second or more to draw. */
const PROGRESS_ABOVE = 300;

const PHASE_TEXT: Readonly<Record<RenderProgress["phase"], string>> = { measure: "measuring text of", layout: "laying out", draw: "drawing" };

/**
 * @internal Progress lines for a render on a terminal: each step of a large
 * drawing (or of any drawing that has taken over a second) overwrites the
 * line, and `done()` clears it. Nothing is written when `tty` is false.
 */
export function progressPrinter(write: (text: string) => void, tty: boolean, now: () => number = Date.now): { readonly report: (progress: RenderProgress) => void; readonly done: () => void } {
  const start = now();
  let shown = false;
  return {
    report(progress) {
      if (!tty) return;
      const elapsed = now() - start;
      if (progress.claims + progress.relations <= PROGRESS_ABOVE && elapsed < 1000) return;
      shown = true;
      const what = `${progress.claims.toLocaleString("en-US")} claims and ${progress.relations.toLocaleString("en-US")} relations`;
      write(`\r\u001b[Kargmap render: ${PHASE_TEXT[progress.phase]} ${what}${progress.phase === "layout" ? ` with ${progress.engine}` : ""}… (${(elapsed / 1000).toFixed(1)} s)`);
    },
    done() {
      if (shown) write("\r\u001b[K");
      shown = false;
    },
  };
}


/** The output format named by a file's extension, if it names one. */
function formatOf(file: string): "svg" | "html" | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith(".svg")) return "svg";
  if (lower.endsWith(".html") || lower.endsWith(".htm")) return "html";
  return undefined;
}

/** `argmap render FILE --out map.svg|map.html`: draws a map. */
export const renderCommand: Command = {
  name: "render",
  summary: "draw a map as SVG or as a standalone HTML viewer",
  usage: "render FILE",
  description:
    "Draws FILE as an SVG image or a standalone HTML page (pan, zoom, source quotes on hover; no network).\n" +
    "The format follows the --out file's extension (.svg, .html); without --out the drawing goes to standard output.\n" +
    "With --semantics, claims are shaded by strength (gradual semantics) or marked in/out/undec (extension semantics).",
  options: {
    out: { type: "string", short: "o", description: "write to this file (.svg or .html) instead of standard output", valueName: "FILE" },
    format: { type: "string", description: "output format (default: from --out, else svg)", choices: ["svg", "html"], valueName: "FORMAT" },
    semantics: { type: "string", short: "s", description: "evaluate the map and show the result", choices: ALL_SEMANTICS, valueName: "NAME" },
    direction: { type: "string", description: "the way arrows point (default up: thesis at the top)", choices: ["up", "down", "left", "right"], valueName: "DIR" },
    engine: { type: "string", description: "layout engine (default auto: dagre up to 100 claims and relations, else graphviz; elk is slower, with orthogonal edges)", choices: ["auto", "graphviz", "dagre", "elk"], valueName: "NAME" },
    "node-placement": { type: "string", description: "how the elk engine places boxes in a layer", choices: ["network-simplex", "brandes-koepf", "linear-segments", "simple"], valueName: "HOW" },
    root: { type: "string", description: "draw only this claim and what stands behind it", valueName: "ID" },
    depth: { type: "string", description: "draw only N levels of reasons and objections (below --root, or below the top claims)", valueName: "N" },
    step: { type: "string", description: "gradual --semantics: how far each iteration moves, in (0, 1] (default 1; 0.5 settles oscillations)", valueName: "X" },
    timeout: { type: "string", description: "stop the evaluation for --semantics after this many seconds (exit 1)", valueName: "SECONDS" },
    "open-depth": { type: "string", description: "HTML: levels shown unfolded when the page opens (default all up to 150 claims, else 3)", valueName: "N" },
  },
  positionals: { min: 1, max: 1 },
  async run(context) {
    const { args, options, out } = context;
    const file = args[0]!;
    const target = typeof options.out === "string" ? options.out : undefined;
    let format = typeof options.format === "string" ? (options.format as "svg" | "html") : undefined;
    if (format === undefined && target !== undefined) {
      format = formatOf(target);
      if (format === undefined) throw new UsageError(`cannot tell the format of ${target}: name it .svg or .html, or pass --format`);
    }
    format ??= "svg";
    const engine = typeof options.engine === "string" ? (options.engine as LayoutEngine | "auto") : undefined;
    const nodePlacement = typeof options["node-placement"] === "string" ? (options["node-placement"] as NodePlacement) : undefined;
    if (nodePlacement !== undefined && engine !== "elk") throw new UsageError("--node-placement applies to --engine elk only");
    const depth = integerOption("depth", options.depth);
    const openDepth = integerOption("open-depth", options["open-depth"]);
    if (openDepth !== undefined && format !== "html") throw new UsageError("--open-depth applies to HTML drawings only");
    const root = typeof options.root === "string" ? options.root : undefined;
    const step = numberOption("step", options.step, (x) => x > 0 && x <= 1, "a number in (0, 1]");
    const timeout = numberOption("timeout", options.timeout, (x) => x > 0 && Number.isFinite(x), "a positive number of seconds");
    if ((step !== undefined || timeout !== undefined) && typeof options.semantics !== "string") throw new UsageError("--step and --timeout apply to the evaluation: give --semantics too");
    const { map } = await readMapFile(context, file);
    if (root !== undefined && !map.hasClaim(root)) throw new UsageError(`--root: ${file} has no claim ${JSON.stringify(root).slice(0, 80)}`);
    let evaluation: MapEvaluation | undefined;
    if (typeof options.semantics === "string") {
      try {
        evaluation = evaluateMap(map, options.semantics as Semantics, { ...(step !== undefined ? { step } : {}), ...(timeout !== undefined ? { timeLimit: timeout * 1000 } : {}) });
      } catch (error) {
        if (!(error instanceof TimeLimitError)) throw error;
        context.err(`argmap render: ${options.semantics}: stopped after --timeout ${String(options.timeout)} seconds without a result (time-limit)\n`);
        return 1;
      }
    }
    const progress = progressPrinter(context.err, process.stderr.isTTY === true);
    const drawing = {
      ...(evaluation !== undefined ? { evaluation } : {}),
      ...(typeof options.direction === "string" ? { direction: options.direction as LayoutDirection } : {}),
      ...(engine !== undefined ? { engine } : {}),
      ...(nodePlacement !== undefined ? { nodePlacement } : {}),
      ...(root !== undefined ? { root } : {}),
      ...(depth !== undefined ? { depth } : {}),
      ...(openDepth !== undefined ? { openDepth } : {}),
      onProgress: progress.report,
    };
    let text: string;
    try {
      text = format === "html" ? await renderHtml(map, drawing) : await renderSvg(map, drawing);
    } finally {
      progress.done();
    }
    if (target === undefined) {
      out(text);
      return 0;
    }
    try {
      await writeFile(target, text, "utf8");
    } catch (error) {
      throw new UsageError(`cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const stats = map.stats();
    out(`${target}: ${format} drawing of ${stats.claims} claims and ${stats.relations} relations${evaluation !== undefined ? ` (${evaluation.semantics})` : ""}\n`);
    return 0;
  },
};

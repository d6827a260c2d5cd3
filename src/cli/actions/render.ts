/** `argmap render FILE --out map.svg|map.html`: draws a map. */
import type { Semantics } from "../../evaluate/semantics.js";
import type { MapEvaluation } from "../../map/evaluation.js";
import type { DirectionChoice, LayoutEngine, NodePlacement, RenderProgress } from "../../render/layout.js";
import { UsageError, type CommandContext } from "../command.js";
import { canBound, runBounded } from "../bounded-run.js";
import { readMapFile } from "../io.js";
import { integerOption, numberOption, timeLimitOption } from "../option-values.js";
import { safeName } from "../safe-text.js";
import { quoteId } from "../../internal/quote-ids.js";
import { countOf } from "../../internal/count-of.js";

/**
 * Maps with more claims and relations than this take about a second or more
 * to draw (measured in bench/render): 10,000 claims and 9,050 relations take
 * about a second with the built-in engine, 300 take about that with elkjs.
 */
const PROGRESS_ABOVE: Readonly<Record<LayoutEngine, number>> = { builtin: 15_000, graphviz: 300, dagre: 300, elk: 300 };

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
      if (progress.claims + progress.relations <= PROGRESS_ABOVE[progress.engine] && elapsed < 1000) return;
      shown = true;
      const what = `${countOf(progress.claims, "claim", progress.claims.toLocaleString("en-US"))} and ${countOf(progress.relations, "relation", progress.relations.toLocaleString("en-US"))}`;
      write(`\r\u001b[Kargmap render: ${PHASE_TEXT[progress.phase]} ${what}${progress.phase === "layout" ? ` with ${progress.engine}` : ""}… (${(elapsed / 1000).toFixed(1)} s)`);
    },
    done() {
      if (shown) write("\r\u001b[K");
      shown = false;
    },
  };
}


/** The output format named by a file's extension, if it names one. */
function formatOf(file: string): "svg" | "html" | "png" | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith(".svg")) return "svg";
  if (lower.endsWith(".png")) return "png";
  if (lower.endsWith(".html") || lower.endsWith(".htm")) return "html";
  return undefined;
}

/** Runs `argmap render` (its options are described in src/cli/commands/render.ts). */
export async function run(context: CommandContext): Promise<number> {
  const { args, options, out, target } = context;
  const file = args[0]!;
  const limits = timeLimitOption(options.timeout);
  let format = typeof options.format === "string" ? (options.format as "svg" | "html" | "png") : undefined;
  if (target !== undefined && target !== "-") {
    const named = formatOf(target);
    if (format === undefined && named === undefined) throw new UsageError(`cannot tell the format of ${safeName(target)}: name it .svg, .html or .png, or pass --format`, "usage");
    if (format !== undefined && named !== undefined && named !== format) {
      throw new UsageError(`--format ${format} does not match ${safeName(target)}; name the file .${format} or drop --format`, "invalid-option");
    }
    format ??= named;
  }
  format ??= "svg";
  if (format === "png" && (target === undefined || target === "-")) throw new UsageError("a PNG image is binary: write it to a file with --out FILE.png", "usage");
  const scale = numberOption("scale", options.scale, (x) => x >= 0.1 && x <= 10, "a number from 0.1 to 10");
  if (scale !== undefined && format !== "png") throw new UsageError("--scale applies to PNG images only");
  const engine = typeof options.engine === "string" ? (options.engine as LayoutEngine) : undefined;
  const nodePlacement = typeof options["node-placement"] === "string" ? (options["node-placement"] as NodePlacement) : undefined;
  if (nodePlacement !== undefined && engine !== "elk") throw new UsageError("--node-placement applies to --engine elk only");
  const depth = integerOption("depth", options.depth);
  const openDepth = integerOption("open-depth", options["open-depth"]);
  if (openDepth !== undefined && format !== "html") throw new UsageError("--open-depth applies to HTML drawings only");
  const root = typeof options.root === "string" ? options.root : undefined;
  const step = numberOption("step", options.step, (x) => x > 0 && x <= 1, "a number in (0, 1]");
  if (step !== undefined && typeof options.semantics !== "string") throw new UsageError("--step applies to the evaluation: give --semantics too");
  // With --timeout, the whole drawing runs where it can be stopped: reading, evaluating, measuring and layout.
  if (limits.timeLimit !== undefined && canBound()) return runBounded(context, "render", limits.timeLimit / 1000, String(options.timeout), "the drawing");
  const { map } = await readMapFile(context, file);
  if (root !== undefined && !map.hasClaim(root)) throw new UsageError(`--root: ${safeName(file)} has no claim ${quoteId(root)}`, "invalid-option");
  const evaluation: MapEvaluation | undefined =
    typeof options.semantics === "string"
      ? (await import("../../evaluate/evaluate-map.js")).evaluateMap(map, options.semantics as Semantics, { ...(step !== undefined ? { step } : {}), ...limits })
      : undefined;
  let drawn: RenderProgress | undefined;
  const progress = progressPrinter(context.note, process.stderr.isTTY === true);
  const drawing = {
    ...(evaluation !== undefined ? { evaluation } : {}),
    ...(typeof options.direction === "string" ? { direction: options.direction as DirectionChoice } : {}),
    ...(engine !== undefined ? { engine } : {}),
    ...(nodePlacement !== undefined ? { nodePlacement } : {}),
    ...(root !== undefined ? { root } : {}),
    ...(depth !== undefined ? { depth } : {}),
    ...(openDepth !== undefined ? { openDepth } : {}),
    onProgress: (step: RenderProgress) => {
      // The steps report the part of the map that is drawn (--root, --depth), which the summary line names.
      drawn = step;
      progress.report(step);
    },
  };
  let text: string | Uint8Array;
  try {
    // The evaluation, the HTML viewer and the PNG rasterizer are imported only when asked for.
    if (format === "html") text = await (await import("../../render/html.js")).renderHtml(map, drawing);
    else if (format === "png") text = await (await import("../../render/png.js")).renderPng(map, { ...drawing, ...(scale !== undefined ? { scale } : {}) });
    else text = await (await import("../../render/svg.js")).renderSvg(map, drawing);
  } finally {
    progress.done();
  }
  out(text);
  const claims = drawn?.claims ?? map.claimCount;
  const relations = drawn?.relations ?? map.relationCount;
  const counted =
    claims === map.claimCount && relations === map.relationCount
      ? `${countOf(claims, "claim")} and ${countOf(relations, "relation")}`
      : `${claims} of ${countOf(map.claimCount, "claim")} and ${relations} of ${countOf(map.relationCount, "relation")}`;
  context.wrote(`${format} drawing of ${counted}${evaluation !== undefined ? ` (${evaluation.semantics})` : ""}`);
  return 0;
}

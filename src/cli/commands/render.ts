import { evaluateMap, type Semantics } from "../../evaluate/index.js";
import { ALL_SEMANTICS } from "../../evaluate/semantics.js";
import type { MapEvaluation } from "../../map/evaluation.js";
import { renderHtml } from "../../render/html.js";
import type { LayoutDirection } from "../../render/layout.js";
import { renderSvg } from "../../render/svg.js";
import { UsageError, type Command } from "../command.js";
import { checkOutput, readMapFile, timeLimitOption, writeOutput } from "../io.js";
import { safeName } from "../safe-text.js";


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
    "A --format that contradicts the --out extension (--format html --out map.svg) is refused.\n" +
    "With --semantics, claims are shaded by strength (gradual semantics) or marked in/out/undec (extension semantics).",
  options: {
    out: { type: "string", short: "o", description: "write to this file (.svg or .html) instead of standard output", valueName: "FILE" },
    format: { type: "string", short: "f", description: "output format (default: from --out, else svg)", choices: ["svg", "html"], valueName: "FORMAT" },
    semantics: { type: "string", short: "s", description: "evaluate the map and show the result", choices: ALL_SEMANTICS, valueName: "NAME" },
    direction: { type: "string", description: "the way arrows point (default up: thesis at the top)", choices: ["up", "down", "left", "right"], valueName: "DIR" },
    quiet: { type: "boolean", short: "q", description: "do not print the reader's warnings or the summary line" },
    timeout: { type: "string", description: "stop the evaluation (--semantics) after this many seconds (exit 1)", valueName: "SECONDS" },
  },
  positionals: { min: 1, max: 1 },
  async run(context) {
    const { args, options, out } = context;
    const file = args[0]!;
    const target = typeof options.out === "string" ? options.out : undefined;
    const limits = timeLimitOption(options.timeout);
    let format = typeof options.format === "string" ? (options.format as "svg" | "html") : undefined;
    if (target !== undefined) {
      const named = formatOf(target);
      if (format === undefined && named === undefined) throw new UsageError(`cannot tell the format of ${safeName(target)}: name it .svg or .html, or pass --format`, "usage");
      if (format !== undefined && named !== undefined && named !== format) {
        throw new UsageError(`--format ${format} does not match ${safeName(target)}; name the file .${format} or drop --format`, "invalid-option");
      }
      format ??= named;
      await checkOutput(target, args);
    }
    format ??= "svg";
    const { map } = await readMapFile(context, file);
    const evaluation: MapEvaluation | undefined = typeof options.semantics === "string" ? evaluateMap(map, options.semantics as Semantics, limits) : undefined;
    const drawing = {
      ...(evaluation !== undefined ? { evaluation } : {}),
      ...(typeof options.direction === "string" ? { direction: options.direction as LayoutDirection } : {}),
    };
    const text = format === "html" ? await renderHtml(map, drawing) : await renderSvg(map, drawing);
    if (target === undefined) {
      out(text);
      return 0;
    }
    await writeOutput(target, text);
    if (options.quiet === true) return 0;
    const stats = map.stats();
    out(`${safeName(target)}: ${format} drawing of ${stats.claims} claims and ${stats.relations} relations${evaluation !== undefined ? ` (${evaluation.semantics})` : ""}\n`);
    return 0;
  },
};

import { ArgmapError } from "../../errors.js";
import { summarize, SUMMARY_ROLES, type SummarizeOptions } from "../../summarize/summarize.js";
import { toMarkdown } from "../../summarize/to-markdown.js";
import { toProse } from "../../summarize/to-prose.js";
import { toText } from "../../summarize/to-text.js";
import { toKeyPoints } from "../../summarize/to-key-points.js";
import { toJson } from "../../summarize/to-json.js";
import { SUMMARY_LANGUAGES } from "../../summarize/languages/index.js";
import type { SummaryRole } from "../../summarize/types.js";
import { evaluateMap } from "../../evaluate/evaluate-map.js";
import { ALL_SEMANTICS, type Semantics } from "../../evaluate/semantics.js";
import { UsageError, type Command } from "../command.js";
import { checkOutput, integerOption, numberOption, readMapFile, timeLimitOption, writeOutput } from "../io.js";
import { safeName } from "../safe-text.js";

const FORMATS = ["markdown", "text", "prose", "key-points", "json"] as const;

/** `argmap summarize FILE`: prints an outline or prose summary of a map, with citations. */
export const summarizeCommand: Command = {
  name: "summarize",
  summary: "write a cited outline or prose summary of a map",
  usage: "summarize FILE",
  description:
    "Summarizes the map in FILE (or standard input for -) from its thesis, or from --root: the reasons,\n" +
    "objections, rebuttals and undercuts, each with the quoted words of its source.\n" +
    "Formats: markdown (an outline, the default), text (a plain outline), prose (250 words unless --words),\n" +
    "key-points (the strongest points for and against), json (the summary data).\n" +
    "--language writes English (en) or German (de); without it, the map's own language chooses.\n" +
    "With --semantics, the summary also says which reasons and objections stand, or how strong they are.",
  options: {
    format: { type: "string", short: "f", description: "output format", choices: FORMATS, valueName: "FORMAT" },
    root: { type: "string", description: "summarize from this claim instead of the thesis", valueName: "ID" },
    depth: { type: "string", description: "follow at most N levels of arguments below the root", valueName: "N" },
    roles: { type: "string", description: `include only these roles, comma-separated (${SUMMARY_ROLES.join(",")})`, valueName: "LIST" },
    "max-length": { type: "string", description: "write at most N characters of claim text", valueName: "N" },
    words: { type: "string", description: "keep prose within N words, choosing the weightiest points (default 250 for prose)", valueName: "N" },
    language: { type: "string", description: `write in this language (${SUMMARY_LANGUAGES.join(", ")}; default: the map's language, else en)`, valueName: "LANG" },
    "no-citations": { type: "boolean", description: "leave out the quoted words of the sources" },
    semantics: { type: "string", short: "s", description: "evaluate the map and include the result", choices: ALL_SEMANTICS, valueName: "NAME" },
    subject: { type: "string", description: 'who argues, in prose (default "The author")', valueName: "TEXT" },
    width: { type: "string", description: "wrap text and prose at N columns, 0 for none (default 80)", valueName: "N" },
    out: { type: "string", short: "o", description: "write to FILE instead of standard output", valueName: "FILE" },
    quiet: { type: "boolean", short: "q", description: "do not print the reader's warnings" },
    timeout: { type: "string", description: "stop the evaluation (--semantics) after this many seconds (exit 1)", valueName: "SECONDS" },
    step: { type: "string", description: "gradual --semantics: how far each iteration moves, in (0, 1] (default 1; 0.5 settles oscillations)", valueName: "X" },
  },
  positionals: { min: 1, max: 1 },
  async run(context) {
    const { options } = context;
    const depth = integerOption("depth", options.depth);
    const maxLength = integerOption("max-length", options["max-length"]);
    const width = integerOption("width", options.width);
    const words = integerOption("words", options.words);
    if (words !== undefined && words < 1) throw new UsageError("--words: expected a whole number of words, 1 or more");
    const language = typeof options.language === "string" ? options.language : undefined;
    if (language !== undefined && !SUMMARY_LANGUAGES.includes(language.split(/[-_]/)[0]!.toLowerCase())) {
      throw new UsageError(`--language: summaries are written in ${SUMMARY_LANGUAGES.join(", ")}, not "${language}"`);
    }
    const roles = rolesOption(options.roles);
    const limits = timeLimitOption(options.timeout);
    const step = numberOption("step", options.step, (x) => x > 0 && x <= 1, "a number in (0, 1]");
    if ((step !== undefined || options.timeout !== undefined) && typeof options.semantics !== "string") {
      throw new UsageError("--step and --timeout apply to the evaluation: give --semantics too", "usage");
    }
    const target = typeof options.out === "string" ? options.out : undefined;
    if (target !== undefined) await checkOutput(target, context.args);
    const { map } = await readMapFile(context, context.args[0]!);
    const settings: SummarizeOptions = {
      root: typeof options.root === "string" ? options.root : undefined,
      depth,
      roles,
      maxLength,
      citations: options["no-citations"] !== true,
      evaluation: typeof options.semantics === "string" ? evaluateMap(map, options.semantics as Semantics, { ...limits, ...(step !== undefined ? { step } : {}) }) : undefined,
      budget: words !== undefined ? { words } : undefined,
      language,
    };
    let summary;
    try {
      summary = summarize(map, settings);
    } catch (error) {
      if (error instanceof ArgmapError && error.code === "not-found") throw new UsageError(`--root: no claim "${safeName(String(options.root))}" in ${safeName(context.args[0]!)}`, "invalid-option");
      throw error;
    }
    const format = typeof options.format === "string" ? options.format : "markdown";
    const subject = typeof options.subject === "string" ? options.subject : undefined;
    let text: string;
    const citations = settings.citations;
    if (format === "json") text = toJson(summary);
    else if (format === "text") text = toText(summary, { width, citations });
    else if (format === "prose") text = toProse(summary, { width, subject, citations });
    else if (format === "key-points") text = toKeyPoints(summary, { width });
    else text = toMarkdown(summary, { citations });
    if (target !== undefined) {
      await writeOutput(target, text);
      return 0;
    }
    context.out(text);
    return 0;
  },
};

function rolesOption(value: string | boolean | undefined): SummaryRole[] | undefined {
  if (typeof value !== "string") return undefined;
  const roles = value
    .split(",")
    .map((r) => r.trim())
    .filter((r) => r !== "");
  if (roles.length === 0) throw new UsageError(`--roles needs at least one role (${SUMMARY_ROLES.join(", ")})`, "invalid-option");
  for (const role of roles) {
    if (!(SUMMARY_ROLES as readonly string[]).includes(role)) throw new UsageError(`--roles: unknown role "${safeName(role)}"; roles are ${SUMMARY_ROLES.join(", ")}`, "invalid-option");
  }
  return roles as SummaryRole[];
}

/** `argmap summarize FILE`: prints an outline or prose summary of a map, with citations. */
import { ArgmapError } from "../../errors.js";
import { summarize, SUMMARY_ROLES, type SummarizeOptions } from "../../summarize/summarize.js";
import { toMarkdown } from "../../summarize/to-markdown.js";
import { toProse } from "../../summarize/to-prose.js";
import { toText } from "../../summarize/to-text.js";
import { toKeyPoints } from "../../summarize/to-key-points.js";
import { toJson } from "../../summarize/to-json.js";
import { SUMMARY_LANGUAGES } from "../../summarize/languages/index.js";
import type { SummaryRole } from "../../summarize/types.js";
import type { Semantics } from "../../evaluate/semantics.js";
import { UsageError, type CommandContext } from "../command.js";
import { readMapFile } from "../io.js";
import { integerOption, numberOption, timeLimitOption } from "../option-values.js";
import { escapeJsonText, escapeText, safeName } from "../safe-text.js";

/** Runs `argmap summarize` (its options are described in src/cli/commands/summarize.ts). */
export async function run(context: CommandContext): Promise<number> {
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
  const { map } = await readMapFile(context, context.args[0]!);
  const settings: SummarizeOptions = {
    root: typeof options.root === "string" ? options.root : undefined,
    depth,
    roles,
    maxLength,
    citations: options["no-citations"] !== true,
    // The evaluation is imported only when asked for.
    evaluation:
      typeof options.semantics === "string"
        ? (await import("../../evaluate/evaluate-map.js")).evaluateMap(map, options.semantics as Semantics, { ...limits, ...(step !== undefined ? { step } : {}) })
        : undefined,
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
  // Text from the map never reaches a terminal raw: ESC, OSC, BEL, NUL and bidi controls are escaped, here and in -o files alike.
  if (format === "json") text = escapeJsonText(toJson(summary));
  else if (format === "text") text = toText(summary, { width, citations });
  else if (format === "prose") text = toProse(summary, { width, subject, citations });
  else if (format === "key-points") text = toKeyPoints(summary, { width });
  else text = toMarkdown(summary, { citations });
  context.out(format === "json" ? text : escapeText(text));
  context.wrote(`${format} summary`);
  return 0;
}

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

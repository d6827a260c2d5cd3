/** `argmap explain FILE`: why a claim stands or falls, and what moves its strength. */
import type { ContributionMethod } from "../../evaluate/contribution-methods.js";
import { cruxes } from "../../evaluate/cruxes.js";
import { explainClaim } from "../../evaluate/explain-claim.js";
import { explanationText } from "../../evaluate/explanation-text.js";
import type { ArgumentMap } from "../../map/argument-map.js";
import { isExtensionSemantics, type GradualSemantics, type Semantics } from "../../evaluate/semantics.js";
import { UsageError, type CommandContext } from "../command.js";
import { readMapFile } from "../io.js";
import { integerOption, numberOption, timeLimitOption } from "../option-values.js";
import { escapeJsonText, escapeText, safeName } from "../safe-text.js";

const LANGUAGES = ["en", "de"];

/** Runs `argmap explain` (its options are described in src/cli/commands/explain.ts). */
export async function run(context: CommandContext): Promise<number> {
  const { options, args } = context;
  const note = context.note;
  const semantics = (typeof options.semantics === "string" ? options.semantics : "grounded") as Semantics;
  const method = (typeof options.method === "string" ? options.method : "removal") as ContributionMethod;
  const gradual = typeof options.gradual === "string" ? (options.gradual as GradualSemantics) : undefined;
  if (gradual !== undefined && !isExtensionSemantics(semantics)) throw new UsageError("--gradual applies beside an extension --semantics; a gradual --semantics measures the contributions itself", "invalid-option");
  const format = typeof options.format === "string" ? options.format : "text";
  const top = integerOption("top", options.top) ?? 5;
  const width = integerOption("width", options.width);
  const step = numberOption("step", options.step, (x) => x > 0 && x <= 1, "a number in (0, 1]");
  const language = typeof options.language === "string" ? options.language : undefined;
  if (language !== undefined && !LANGUAGES.includes(language.trim().split(/[-_]/)[0]!.toLowerCase())) {
    throw new UsageError(`--language: explanations are written in ${LANGUAGES.join(", ")}, not "${safeName(language)}"`, "invalid-option");
  }
  const limits = timeLimitOption(options.timeout);
  const { map, name } = await readMapFile(context, args[0]!);
  let id = typeof options.claim === "string" ? options.claim : map.thesis;
  if (id !== undefined && !map.hasClaim(id) && !map.hasRelation(id)) {
    throw new UsageError(`--claim: no claim or relation "${safeName(id)}" in ${safeName(name)}`, "invalid-option");
  }
  if (id === undefined) {
    id = mainClaim(map);
    if (id === undefined) throw new UsageError(`${safeName(name)} has no claims to explain`, "usage");
    note(`argmap explain: note: ${safeName(name)} has no thesis; explaining "${safeName(id)}", the top claim with the most arguments behind it (give --claim to choose)\n`);
  }
  // One time limit for everything the command computes.
  const started = performance.now();
  const left = (): { timeLimit?: number } => (limits.timeLimit === undefined ? {} : { timeLimit: Math.max(0, limits.timeLimit - (performance.now() - started)) });
  const shared = { semantics, ...(step !== undefined ? { step } : {}), ...(gradual !== undefined ? { gradual } : {}) };
  const explanation = explainClaim(map, id, { ...shared, method, ...(format === "json" ? {} : { limit: Math.max(top, 1) * 4 }), ...left() });
  const cruxList = map.hasClaim(id) ? cruxes(map, { ...shared, thesis: id, limit: top, ...left() }) : undefined;
  let text: string;
  if (format === "json") text = `${escapeJsonText(JSON.stringify({ ...explanation, ...(cruxList !== undefined ? { cruxes: cruxList.cruxes } : {}) }, null, 2))}\n`;
  else text = explanationText(map, explanation, { format: format === "markdown" ? "markdown" : "text", top, ...(width !== undefined ? { width } : {}), ...(language !== undefined ? { language } : {}), ...(cruxList !== undefined ? { cruxes: cruxList } : {}) });
  // The data goes to standard output or -o; text quoting the map is escaped for the terminal.
  context.out(format === "json" ? text : escapeText(text));
  context.wrote(`${format} explanation of ${safeName(id)}`);
  return 0;
}

/** The top claim with the most claims and relations behind it (of the first 100 top claims), or undefined for a map without claims. */
function mainClaim(map: ArgumentMap): string | undefined {
  let best: string | undefined;
  let most = -1;
  for (const root of map.roots().slice(0, 100)) {
    const seen = new Set<string>([root.id]);
    const queue = [root.id];
    while (queue.length > 0) {
      for (const relation of map.relationsTo(queue.pop()!)) {
        for (const next of [relation.id, ...relation.from]) {
          if (seen.has(next)) continue;
          seen.add(next);
          queue.push(next);
        }
      }
    }
    if (seen.size > most) {
      most = seen.size;
      best = root.id;
    }
  }
  return best ?? map.claims()[0]?.id;
}

/** `argmap diff A B`: what changed from one map to another; exit 0 equal, 1 different, 2 trouble. */
import type { ArgumentMap } from "../../map/argument-map.js";
import { diffMaps } from "../../ops/diff.js";
import { formatDiff } from "../../ops/format-diff.js";
import type { CommandContext } from "../command.js";
import { readMapFile } from "../io.js";
import { escapeJsonText, escapeText } from "../safe-text.js";

/** Runs `argmap diff` (its options are described in src/cli/commands/diff.ts). */
export async function run(context: CommandContext): Promise<number> {
  const { args, options, out } = context;
  const maps: ArgumentMap[] = [];
  for (const file of args) maps.push((await readMapFile(context, file)).map);
  const diff = diffMaps(maps[0]!, maps[1]!, { matchText: options["match-text"] === true });
  out(options.format === "json" ? `${escapeJsonText(JSON.stringify(diff, null, 2))}\n` : escapeText(formatDiff(diff)));
  context.wrote(diff.equal ? "the maps are the same" : "the differences");
  return diff.equal ? 0 : 1;
}

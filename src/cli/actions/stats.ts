/** `argmap stats FILE`: prints counts that describe a map. */
import { countOf } from "../../internal/count-of.js";
import type { CommandContext } from "../command.js";
import { readMapFile } from "../io.js";
import { escapeControls } from "../safe-text.js";

/** Runs `argmap stats` (see src/cli/commands/stats.ts for its options). */
export async function run(context: CommandContext): Promise<number> {
  const { map } = await readMapFile(context, context.args[0]!);
  const stats = map.stats();
  context.wrote(`statistics of ${countOf(map.claimCount, "claim")} and ${countOf(map.relationCount, "relation")}`);
  if (context.options.format === "json") {
    context.out(`${JSON.stringify(stats, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...Object.keys(stats).map((k) => k.length));
  context.out(`${escapeControls(map.title)}\n`);
  for (const [key, value] of Object.entries(stats)) context.out(`  ${key.padEnd(width)}  ${String(value)}\n`);
  return 0;
}

import type { Command } from "../command.js";
import { readMapFile } from "../io.js";
import { escapeControls } from "../safe-text.js";

/** `argmap stats FILE`: prints counts that describe a map. */
export const statsCommand: Command = {
  name: "stats",
  summary: "print counts of claims, relations, roots, depth …",
  usage: "stats FILE",
  options: {
    format: { type: "string", short: "f", description: "output format", choices: ["text", "json"], valueName: "FORMAT" },
    quiet: { type: "boolean", short: "q", description: "do not print the reader's warnings" },
  },
  positionals: { min: 1, max: 1 },
  async run(context) {
    const { map } = await readMapFile(context, context.args[0]!);
    const stats = map.stats();
    if (context.options.format === "json") {
      context.out(`${JSON.stringify(stats, null, 2)}\n`);
      return 0;
    }
    const width = Math.max(...Object.keys(stats).map((k) => k.length));
    context.out(`${escapeControls(map.title)}\n`);
    for (const [key, value] of Object.entries(stats)) context.out(`  ${key.padEnd(width)}  ${String(value)}\n`);
    return 0;
  },
};

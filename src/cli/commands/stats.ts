import type { Command } from "../command.js";
import { readMapFile } from "../io.js";

/** `argmap stats FILE`: prints counts that describe a map. */
export const statsCommand: Command = {
  name: "stats",
  summary: "print counts of claims, relations, roots, depth …",
  usage: "stats FILE",
  options: {
    format: { type: "string", description: "output format", choices: ["text", "json"], valueName: "FORMAT" },
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
    context.out(`${map.title}\n`);
    for (const [key, value] of Object.entries(stats)) context.out(`  ${key.padEnd(width)}  ${String(value)}\n`);
    return 0;
  },
};

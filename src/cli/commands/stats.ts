import type { Command } from "../command.js";

/** `argmap stats FILE`: prints counts that describe a map. */
export const statsCommand: Command = {
  name: "stats",
  summary: "print counts of claims, relations, roots, depth …",
  usage: "stats FILE",
  options: {
    format: { type: "string", short: "f", description: "output format", choices: ["text", "json"], valueName: "FORMAT" },
  },
  positionals: { min: 1, max: 1 },
  load: () => import("../actions/stats.js"),
};

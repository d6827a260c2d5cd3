import { InvalidInputError, type Command } from "../command.js";
import { displayName, formatIssue, readMapFile } from "../io.js";

/** `argmap validate FILE`: checks a map and prints its issues. */
export const validateCommand: Command = {
  name: "validate",
  summary: "check an argmap JSON file and list its problems",
  usage: "validate FILE",
  description:
    "Validates FILE (or standard input for -) against the argmap format and its consistency rules.\n" +
    "Errors and warnings are printed as `file:path: code message`. Exits 1 if there are errors.\n" +
    "With --format json, prints { ok, issues } (errors) or { ok, warnings } to standard output instead.",
  options: {
    quiet: { type: "boolean", short: "q", description: "print nothing for a valid map, not even warnings" },
    format: { type: "string", description: "output format", choices: ["text", "json"], valueName: "FORMAT" },
  },
  positionals: { min: 1, max: 1 },
  async run(context) {
    const { args, options, out } = context;
    const file = args[0]!;
    let loaded;
    try {
      loaded = await readMapFile(context, file);
    } catch (error) {
      if (options.format === "json" && error instanceof InvalidInputError) {
        out(`${JSON.stringify({ ok: false, issues: error.issues }, null, 2)}\n`);
        return 1;
      }
      throw error;
    }
    const { map, warnings } = loaded;
    if (options.format === "json") {
      out(`${JSON.stringify({ ok: true, warnings }, null, 2)}\n`);
      return 0;
    }
    if (options.quiet) return 0;
    for (const warning of warnings) out(`${formatIssue(displayName(file), warning)}\n`);
    const stats = map.stats();
    out(`${displayName(file)}: valid (${stats.claims} claims, ${stats.relations} relations, ${warnings.length} warnings)\n`);
    return 0;
  },
};

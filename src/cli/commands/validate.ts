import { mapWarnings } from "../../validate/warnings.js";
import type { JsonIssue } from "../run.js";
import { InvalidInputError, UsageError, type Command } from "../command.js";
import { displayName, formatIssue, readMapFile } from "../io.js";
import { safeName } from "../safe-text.js";

/** `argmap validate FILE...`: checks maps and prints their issues. */
export const validateCommand: Command = {
  name: "validate",
  summary: "check maps and list their problems",
  usage: "validate FILE...",
  description:
    "Validates each FILE (or standard input for -), in any format argmap reads, against the argmap format and its\n" +
    "consistency rules; a map read from another format also gets the reader's warnings.\n" +
    "Errors and warnings are printed as `file:path: code message`. Exits 1 if any file has errors, or, with\n" +
    "--strict, warnings. With --format json, prints { ok, issues } to standard output instead, each issue with its file.",
  options: {
    format: { type: "string", short: "f", description: "output format", choices: ["text", "json"], valueName: "FORMAT" },
    strict: { type: "boolean", description: "treat warnings as errors: exit 1 if there are any" },
    quiet: { type: "boolean", short: "q", description: "print only errors (and with --strict, warnings)" },
  },
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  async run(context) {
    const { args, options, out } = context;
    const json = options.format === "json";
    const strict = options.strict === true;
    const quiet = options.quiet === true;
    const issues: JsonIssue[] = [];
    let failed = false;
    let unreadable = false;
    for (const file of args) {
      const name = displayName(file);
      try {
        // Warnings are listed here, in order, not printed by the reader.
        const input = await readMapFile({ ...context, warn: () => {} }, file);
        const { map } = input;
        // A map read from another format gets the structural warnings that argmap JSON gets when parsed.
        const warnings = input.format === "json" ? input.warnings : [...input.warnings, ...mapWarnings(map)];
        for (const warning of warnings) issues.push({ ...warning, file: name });
        if (strict && warnings.length > 0) failed = true;
        if (json) continue;
        if (!quiet || strict) for (const warning of warnings) out(`${formatIssue(name, warning)}\n`);
        if (quiet) continue;
        const stats = map.stats();
        const verdict = strict && warnings.length > 0 ? "invalid under --strict" : "valid";
        out(`${safeName(name)}: ${verdict} (${stats.claims} claims, ${stats.relations} relations, ${warnings.length} warnings)\n`);
      } catch (error) {
        // One bad or missing file does not stop the others.
        if (error instanceof UsageError && error.code === "unreadable-input") {
          unreadable = true;
          issues.push({ code: error.code, severity: "error", path: [], message: error.message, file: name });
          if (!json) context.err(`argmap validate: ${error.message}\n`);
          continue;
        }
        if (!(error instanceof InvalidInputError)) throw error;
        failed = true;
        for (const issue of error.issues) issues.push({ ...issue, file: error.file });
        if (!json) for (const issue of error.issues) context.err(`${formatIssue(error.file, issue)}\n`);
      }
    }
    if (json) out(`${JSON.stringify({ ok: !failed && !unreadable, issues }, null, 2)}\n`);
    return unreadable ? 2 : failed ? 1 : 0;
  },
};

/** `argmap validate FILE...`: checks maps and prints their issues. */
import { mapWarnings } from "../../validate/warnings.js";
import type { JsonIssue } from "../run.js";
import { InvalidInputError, UsageError, type CommandContext } from "../command.js";
import { readMapFile } from "../io.js";
import { displayName, formatIssue } from "../issue-line.js";
import { escapeJsonText, safeName } from "../safe-text.js";
import { countOf } from "../../internal/count-of.js";

/**
 * Runs `argmap validate` (its options are described in src/cli/commands/validate.ts).
 * Its report is diagnostics: in text, on standard error (or in `-o FILE`);
 * with `--format json`, one document on standard output (or in `-o FILE`).
 */
export async function run(context: CommandContext): Promise<number> {
  const { args, options, out } = context;
  const json = options.format === "json";
  const strict = options.strict === true;
  const quiet = options.quiet === true;
  // The text report goes where -o says, else to standard error with the other diagnostics.
  const report = context.target !== undefined ? out : context.err;
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
      const fails = strict && warnings.length > 0;
      if (fails) failed = true;
      if (json) continue;
      if (!quiet || fails) for (const warning of warnings) report(`${formatIssue(name, warning)}\n`);
      if (quiet && !fails) continue;
      const stats = map.stats();
      report(`${safeName(name)}: ${fails ? "invalid under --strict" : "valid"} (${countOf(stats.claims, "claim")}, ${countOf(stats.relations, "relation")}, ${countOf(warnings.length, "warning")})\n`);
    } catch (error) {
      // One bad or missing file does not stop the others.
      if (error instanceof UsageError && error.code === "unreadable-input") {
        unreadable = true;
        issues.push({ code: error.code, severity: "error", path: [], message: error.message, file: name });
        if (!json) report(`argmap validate: ${error.message}\n`);
        continue;
      }
      if (!(error instanceof InvalidInputError)) throw error;
      failed = true;
      for (const issue of error.issues) issues.push({ ...issue, file: error.file });
      if (!json) for (const issue of error.issues) report(`${formatIssue(error.file, issue)}\n`);
    }
  }
  if (json) out(`${escapeJsonText(JSON.stringify({ ok: !failed && !unreadable, issues }, null, 2))}\n`);
  context.wrote(`${json ? "JSON" : "text"} report on ${countOf(args.length, "file")}`);
  return unreadable ? 2 : failed ? 1 : 0;
}

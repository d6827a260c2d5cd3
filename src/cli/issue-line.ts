/** How the command line names inputs and prints issues. */
import { formatPath, type ArgmapIssue } from "../errors.js";
import { safeLine, safeName } from "./safe-text.js";

/**
 * Formats an issue as `file:path: code message` (with `:line:column` for
 * text). The file name and the message are escaped and cut (see safe-text.ts).
 */
export function formatIssue(file: string, issue: ArgmapIssue<string>): string {
  const where = issue.line !== undefined ? `${issue.line}:${issue.column ?? 1}` : formatPath(issue.path);
  const tag = issue.severity === "warning" ? "warning " : "";
  return safeLine(`${safeName(file)}:${where}: ${tag}${issue.code} ${issue.message}`);
}

/** Name to show for an input file (`<stdin>` for `-`). */
export function displayName(file: string): string {
  return file === "-" ? "<stdin>" : file;
}


import { formatPath, type ArgmapIssue } from "../errors.js";
import type { ArgumentMap } from "../map/argument-map.js";
import { parseArgumentMapJson } from "../validate/parse.js";
import { InvalidInputError, UsageError, type CommandContext } from "./command.js";

/** Formats an issue as `file:path: code message` (with `:line:column` for text). */
export function formatIssue(file: string, issue: ArgmapIssue<string>): string {
  const where = issue.line !== undefined ? `${issue.line}:${issue.column ?? 1}` : formatPath(issue.path);
  const tag = issue.severity === "warning" ? "warning " : "";
  return `${file}:${where}: ${tag}${issue.code} ${issue.message}`;
}

/** Name to show for an input file (`<stdin>` for `-`). */
export function displayName(file: string): string {
  return file === "-" ? "<stdin>" : file;
}

/**
 * Reads and validates an argmap JSON file; throws {@link InvalidInputError}
 * (exit 1) when it is not a valid map. Warnings are returned, not printed.
 */
export async function readMapFile(context: CommandContext, file: string): Promise<{ map: ArgumentMap; warnings: readonly ArgmapIssue[] }> {
  return mapFromText(file, await context.read(file));
}

/**
 * Validates argmap JSON text read from `file`; throws {@link InvalidInputError}
 * (exit 1) when it is not a valid map. Warnings are returned, not printed.
 */
export function mapFromText(file: string, text: string): { map: ArgumentMap; warnings: readonly ArgmapIssue[] } {
  const result = parseArgumentMapJson(text);
  if (!result.ok) throw new InvalidInputError(displayName(file), result.issues);
  return { map: result.map, warnings: result.warnings };
}

/** Parses a non-negative integer option value, or throws a usage error. */
export function integerOption(name: string, value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== "string" || !/^\d+$/.test(value) || !Number.isSafeInteger(n)) {
    throw new UsageError(`--${name} expects a whole number, got ${String(value)}`);
  }
  return n;
}

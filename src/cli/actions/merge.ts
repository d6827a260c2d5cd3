/** `argmap merge A B [C…] -o OUT`: merges maps by id. */
import type { ArgmapIssue } from "../../errors.js";
import type { ArgumentMap } from "../../map/argument-map.js";
import { shown } from "../../ops/compare.js";
import { describeConflict, mergeMaps, type ConflictChoice, type MergeConflict } from "../../ops/merge.js";
import type { CommandContext } from "../command.js";
import { safeLine, safeName } from "../safe-text.js";
import { readMapFile } from "../io.js";
import { displayName, formatIssue } from "../issue-line.js";
import { emitMap } from "../map-writers.js";
import { countOf } from "../../internal/count-of.js";
import { mapWriteFormat } from "./write-output.js";

/** A conflict as a `file:path: code message` line, `file` being the later of the two maps. */
function conflictLine(files: readonly string[], conflict: MergeConflict, hint: string, severity: "error" | "warning"): string {
  const [index, ...path] = conflict.path;
  const file = displayName(files[index as number] ?? "-");
  const message = describeConflict(conflict, (i) => displayName(files[i] ?? "-"));
  const issue: ArgmapIssue = { code: "merge-conflict", severity, path, message: `${message}${hint}` };
  return `${formatIssue(file, issue)}\n`;
}

/** Runs `argmap merge` (its options are described in src/cli/commands/merge.ts). */
export async function run(context: CommandContext): Promise<number> {
  const { args, options, err } = context;
  const format = mapWriteFormat(context);
  const maps: ArgumentMap[] = [];
  for (const file of args) maps.push((await readMapFile(context, file)).map);
  const onConflict = (options["on-conflict"] as ConflictChoice | undefined) ?? "fail";
  const settings = {
    onConflict,
    matchText: options["match-text"] === true,
    ...(typeof options.title === "string" ? { title: options.title } : {}),
  };
  // "fail" runs as "left" to get the conflicts as data, and then fails.
  const result = mergeMaps(maps, { ...settings, onConflict: onConflict === "fail" ? "left" : onConflict });
  if (onConflict === "fail" && result.conflicts.length > 0) {
    for (const conflict of result.conflicts) {
      const hint = conflict.fields.includes("title") && conflict.kind === "map" ? "; give --title, or pick a side with --on-conflict left|right" : "; pick a side with --on-conflict left|right";
      err(conflictLine(args, conflict, hint, "error"));
    }
    return 1;
  }
  const kept = onConflict === "left" ? "; kept the earlier version" : "; kept the later version";
  for (const conflict of result.conflicts) context.note(conflictLine(args, conflict, kept, "warning"));
  for (const drop of result.dropped) context.note(`${safeName(displayName(args[drop.map] ?? "-"))}: warning: ${safeLine(drop.message)}\n`);
  for (const match of result.matched) context.note(`${safeName(displayName(args[match.map] ?? "-"))}: claim ${safeLine(shown(match.id))} joined to ${safeLine(shown(match.as))} by its text\n`);
  const stats = result.map.stats();
  const counts = `${countOf(stats.claims, "claim")}, ${countOf(stats.relations, "relation")} and ${countOf(stats.sources, "source")} from ${countOf(maps.length, "map")} (${countOf(result.conflicts.length, "conflict")})`;
  emitMap(context, result.map, format, displayName(args[0] ?? "-"), counts);
  return 0;
}

import type { ArgmapIssue } from "../../errors.js";
import type { ArgumentMap } from "../../map/argument-map.js";
import { shown } from "../../ops/compare.js";
import { describeConflict, mergeMaps, type ConflictChoice, type MergeConflict } from "../../ops/merge.js";
import type { Command } from "../command.js";
import { displayName, formatIssue, readMapFile } from "../io.js";
import { writeMapOutput } from "./write-output.js";

/** A conflict as a `file:path: code message` line, `file` being the later of the two maps. */
function conflictLine(files: readonly string[], conflict: MergeConflict, hint: string, severity: "error" | "warning"): string {
  const [index, ...path] = conflict.path;
  const file = displayName(files[index as number] ?? "-");
  const message = describeConflict(conflict, (i) => displayName(files[i] ?? "-"));
  const issue: ArgmapIssue = { code: "merge-conflict", severity, path, message: `${message}${hint}` };
  return `${formatIssue(file, issue)}\n`;
}

/** `argmap merge A B [C…] -o OUT`: merges maps by id. */
export const mergeCommand: Command = {
  name: "merge",
  summary: "merge two or more maps by id, reporting every conflict",
  usage: "merge A B [C…]",
  description:
    "Merges the maps A, B, … into one: claims, relations and sources with the same id and the same content\n" +
    "become one; the same id with different content, different titles, descriptions or theses are conflicts.\n" +
    "By default a conflict is an error (exit 1, every conflict printed as file:path: merge-conflict message);\n" +
    "--on-conflict left keeps the earliest map's version, right the latest, and prints the conflicts as warnings.\n" +
    "--match-text also joins claims whose text is the same apart from case and spacing.\n" +
    "The result goes to --out (written atomically, never over an input) or standard output.",
  options: {
    out: { type: "string", short: "o", description: "write the merged map to this file instead of standard output", valueName: "FILE" },
    "on-conflict": { type: "string", description: "what to do when maps disagree (default fail)", choices: ["fail", "left", "right"], valueName: "SIDE" },
    "match-text": { type: "boolean", description: "also join claims with the same normalized text" },
    title: { type: "string", description: "title of the merged map (else the maps' titles must agree)", valueName: "TEXT" },
    quiet: { type: "boolean", short: "q", description: "do not print conflicts that were resolved" },
  },
  positionals: { min: 2, max: Infinity },
  async run(context) {
    const { args, options, out, err } = context;
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
    if (options.quiet !== true) {
      const kept = onConflict === "left" ? "; kept the earlier version" : "; kept the later version";
      for (const conflict of result.conflicts) err(conflictLine(args, conflict, kept, "warning"));
      for (const drop of result.dropped) err(`${displayName(args[drop.map] ?? "-")}: warning: ${drop.message}\n`);
      for (const match of result.matched) err(`${displayName(args[match.map] ?? "-")}: claim ${shown(match.id)} joined to ${shown(match.as)} by its text\n`);
    }
    const target = typeof options.out === "string" ? options.out : undefined;
    await writeMapOutput(result.map, target, args, out);
    if (target !== undefined && target !== "-") {
      const stats = result.map.stats();
      out(`${target}: ${stats.claims} claims, ${stats.relations} relations and ${stats.sources} sources from ${maps.length} maps (${result.conflicts.length} conflicts)\n`);
    }
    return 0;
  },
};

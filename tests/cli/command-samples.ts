/**
 * A run of each registered command that succeeds, for the tests that check
 * every command the same way (tests/cli/conventions.test.ts,
 * tests/cli/outputs.test.ts). A command added to src/cli/commands/index.ts
 * gets a sample here when the generic one (its inputs, as many as it needs)
 * does not run.
 */
import { join } from "node:path";
import { commands } from "../../src/cli/commands/index.js";
import { MAP_READ_FORMATS } from "../../src/cli/read-formats.js";
import { ROOT } from "./spawn.js";

/** A map whose reader warns (Argdown), so that the tests see where warnings go. */
export const WARNING_MAP = join(ROOT, "tests", "fixtures", "formats", "argdown", "relations.argdown");

/** An abstract framework (ASPARTIX), for commands that read only frameworks. */
export const FRAMEWORK = join(ROOT, "tests", "fixtures", "evaluate", "nixon.apx");

/** What some commands need besides their inputs to succeed: a root, or a format for an output whose name has none. */
const EXTRA: Readonly<Record<string, (file: string) => readonly string[]>> = {
  // Claim A of the Argdown map; the thesis of the others (the worked example).
  extract: (file) => ["-r", file === WARNING_MAP ? "A" : "thesis"],
  render: () => ["-f", "svg"],
  convert: () => ["-f", "json"],
  validate: () => ["-f", "json"],
};

/**
 * Arguments that make `name` read `file` (or a framework, if it reads no
 * maps) as many times as it needs inputs and succeed, without an output.
 */
export function sampleArgs(name: string, file: string = WARNING_MAP): string[] {
  const command = commands.find((c) => c.name === name);
  if (command === undefined) throw new Error(`no command ${name}`);
  const readsMaps = (command.reads ?? MAP_READ_FORMATS).some((format) => MAP_READ_FORMATS.includes(format));
  const input = readsMaps ? file : FRAMEWORK;
  const count = Math.max(1, command.positionals.min - (command.outputPositional !== undefined && command.positionals.min > command.outputPositional ? 1 : 0));
  return [...Array.from({ length: count }, () => input), ...(EXTRA[name]?.(input) ?? [])];
}

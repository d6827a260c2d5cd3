/** The command line's help texts, and the reference page made from them (docs/cli.md). */
import type { CommandSpec, OptionSpec } from "./command.js";
import { commands } from "./commands/index.js";
import { DEFAULT_MAX_INPUT_MIB, MAX_INPUT_MIB_CAP } from "./input-text.js";
import { MAP_READ_FORMATS } from "./read-formats.js";

/**
 * Options every command takes, which a command may describe in its own words
 * (its `options` entry of the same name replaces the description here).
 */
const SHARED: Readonly<Record<string, OptionSpec>> = {
  out: { type: "string", short: "o", description: "write the output to FILE instead of standard output (- for standard output)", valueName: "FILE" },
  quiet: { type: "boolean", short: "q", description: "print only errors: no warnings, notes, progress or success line" },
};

/** Options every command takes, the same everywhere. */
function fixedOptions(command: CommandSpec): Readonly<Record<string, OptionSpec>> {
  return {
    from: { type: "string", description: "read inputs in this format (default: by file name, then by content)", choices: command.reads ?? MAP_READ_FORMATS, valueName: "FORMAT" },
    "max-input": { type: "string", description: `refuse inputs larger than MIB mebibytes (default ${DEFAULT_MAX_INPUT_MIB}, at most ${MAX_INPUT_MIB_CAP})`, valueName: "MIB" },
  };
}

/** Every option of `command`, in the order `--help` lists them. */
export function optionsOf(command: CommandSpec): Readonly<Record<string, OptionSpec>> {
  return { ...command.options, ...Object.fromEntries(Object.entries(SHARED).filter(([key]) => !Object.hasOwn(command.options, key))), ...fixedOptions(command) };
}

/** What `argmap --help` (and `argmap` alone) prints. */
export function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Usage: argmap <command> [options]

Commands:
${lines.join("\n")}

Run argmap <command> --help for a command's options. FILE may be - for standard input (once).
Data goes to standard output, or to -o FILE; warnings, notes and, for a written file, one success
line go to standard error (-q keeps only errors).
With --format json, errors are printed on standard output as { "ok": false, "issues": [...] }.
Exit codes: 0 success; 1 invalid input or a computation stopped by --timeout;
2 usage error, unreadable or unwritable file, output equal to an input, or a missing optional package.
`;
}

/** What `argmap <command> --help` prints: usage, description, and every option. */
export function commandHelp(command: CommandSpec): string {
  const rows = Object.entries(optionsOf(command)).map(([key, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : "    "}--${key}${spec.type === "string" ? ` ${spec.valueName ?? "VALUE"}` : ""}`;
    const choices = spec.choices ? ` (${spec.choices.join("|")})` : "";
    return [flag, `${spec.description}${choices}`] as const;
  });
  rows.push(["-h, --help", "show this help"]);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return `Usage: argmap ${command.usage} [options]

${command.description ?? command.summary}

Options:
${rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`).join("\n")}
`;
}

/**
 * The command line reference, docs/cli.md: `argmap --help` and every
 * registered command's `--help`, as they print it. Written by
 * scripts/cli-reference.ts; tests/cli/reference.test.ts checks the file
 * against this and against the built command's `--help`.
 */
export function cliReference(): string {
  const sections = commands.map((command) => `## argmap ${command.name}\n\n\`\`\`text\n${commandHelp(command)}\`\`\`\n`);
  return `# Command line reference

<!-- Generated from each command's --help by \`npx tsx scripts/cli-reference.ts\`; tests/cli/reference.test.ts checks it. Edit the commands in src/cli/commands/, not this file. -->

Every \`argmap\` command follows one convention, described in the README's
"Command line" section: one input or several (\`-\` for standard input, in any
format the command reads, chosen by \`--from\`, the file name or the content);
data on standard output or in \`-o/--out FILE\`; warnings, notes, progress and
one success line for a written file on standard error (\`-q/--quiet\` keeps
only errors). [Limits and guarantees](limits.md) lists every bound, error
code and exit code.

\`\`\`text
${mainHelp()}\`\`\`

${sections.join("\n")}`;
}

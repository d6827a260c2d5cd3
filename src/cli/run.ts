import { readFile } from "node:fs/promises";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { ArgmapError } from "../errors.js";
import { InvalidInputError, UsageError, type Command, type CommandContext } from "./command.js";
import { commands } from "./commands/index.js";
import { formatIssue } from "./io.js";

/** Where the command line writes and reads; replaceable for tests. */
export interface CliStreams {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly stdin: () => Promise<string>;
}

const VERSION = "0.1.0";

/**
 * Runs the `argmap` command line with `argv` (without `node` and the script)
 * and returns the exit code: 0 success, 1 invalid input, 2 usage error or
 * unreadable file.
 */
export async function runCli(argv: readonly string[], streams: CliStreams): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    streams.out(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    streams.out(`${VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    streams.err(`argmap: unknown command "${name}"; run argmap --help for the list\n`);
    return 2;
  }
  const read = async (file: string): Promise<string> => {
    if (file === "-") return streams.stdin();
    try {
      return await readFile(file, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : ((error as Error).message ?? String(error));
      throw new UsageError(`cannot read ${file}: ${why}`);
    }
  };
  try {
    const { values, positionals } = parseCommandLine(command, rest);
    if (values.help === true) {
      streams.out(commandHelp(command));
      return 0;
    }
    for (const [key, spec] of Object.entries(command.options)) {
      const value = values[key];
      if (spec.choices && typeof value === "string" && !spec.choices.includes(value)) {
        throw new UsageError(`--${key} must be one of ${spec.choices.join(", ")}, not "${value}"`);
      }
    }
    if (positionals.length < command.positionals.min || positionals.length > command.positionals.max) {
      throw new UsageError(`usage: argmap ${command.usage}`);
    }
    const context: CommandContext = { args: positionals, options: values, out: streams.out, err: streams.err, read };
    return await command.run(context);
  } catch (error) {
    if (error instanceof UsageError) {
      streams.err(`argmap ${command.name}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof InvalidInputError) {
      for (const issue of error.issues) streams.err(`${formatIssue(error.file, issue)}\n`);
      return 1;
    }
    if (error instanceof ArgmapError) {
      for (const issue of error.issues) streams.err(`${formatIssue(rest.find((a) => !a.startsWith("-")) ?? "-", issue)}\n`);
      return 1;
    }
    throw error;
  }
}

function parseCommandLine(command: Command, args: readonly string[]): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  const options: NonNullable<ParseArgsConfig["options"]> = { help: { type: "boolean", short: "h" } };
  for (const [key, spec] of Object.entries(command.options)) {
    options[key] = spec.short !== undefined ? { type: spec.type, short: spec.short } : { type: spec.type };
  }
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(((error as Error).message ?? String(error)).split("\n")[0]!);
  }
}

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Usage: argmap <command> [options]

Commands:
${lines.join("\n")}

Run argmap <command> --help for a command's options. FILE may be - for standard input.
Exit codes: 0 success, 1 invalid input, 2 usage error or unreadable file.
`;
}

function commandHelp(command: Command): string {
  const rows = Object.entries(command.options).map(([key, spec]) => {
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

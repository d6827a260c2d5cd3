import { parseArgs } from "node:util";
import { ArgmapError, type ArgmapIssue } from "../errors.js";
import { InvalidInputError, UsageError, type CommandContext, type CommandSpec, type OptionSpec } from "./command.js";
import { commands } from "./commands/index.js";
import { DEFAULT_MAX_INPUT_MIB, MAX_INPUT_MIB_CAP, readInputText, type StdinReader } from "./input-text.js";
import { displayName, formatIssue } from "./issue-line.js";
import { integerOption } from "./option-values.js";
import { commandHelp, mainHelp, optionsOf } from "./help.js";
import { planOutput, writePlanned, type OutputPlan } from "./output.js";
import { escapeJsonText, safeLine, safeName } from "./safe-text.js";

/** Where the command line writes and reads; replaceable for tests. */
export interface CliStreams {
  readonly out: (data: string | Uint8Array) => void;
  readonly err: (text: string) => void;
  /** Reads standard input; may stop after a little more than `maxBytes` bytes. */
  readonly stdin: StdinReader;
}

const VERSION = "0.1.0";

/** Codes of library errors that are about the environment, not the input: exit 2. */
const EXIT_2_CODES: ReadonlySet<string> = new Set(["missing-peer"]);

/** One issue in the `--format json` error output: an {@link ArgmapIssue} plus the file it is about. */
export interface JsonIssue extends ArgmapIssue<string> {
  /** The input or output the issue is about (`<stdin>` for `-`), when there is one. */
  readonly file?: string;
}

/**
 * Runs the `argmap` command line with `argv` (without `node` and the script)
 * and returns the exit code: 0 success, 1 invalid input (or a computation
 * stopped by `--timeout`), 2 usage error, unreadable or unwritable file,
 * output equal to an input, or a missing optional package.
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
    streams.err(`argmap: unknown command "${safeName(name)}"; run argmap --help for the list\n`);
    return 2;
  }
  const json = wantsJson(command, rest);
  const report = (code: number, issues: readonly JsonIssue[]): number => {
    if (json) streams.out(`${escapeJsonText(JSON.stringify({ ok: false, issues }, null, 2))}\n`);
    else
      for (const issue of issues) {
        streams.err(issue.file === undefined ? `argmap ${command.name}: ${safeLine(issue.message)}\n` : `${formatIssue(issue.file, issue)}\n`);
      }
    return code;
  };
  let firstInput = "-";
  let timeout: string | boolean | undefined;
  try {
    const { values, positionals } = parseCommandLine(command, rest);
    timeout = values.timeout;
    if (values.help === true) {
      streams.out(commandHelp(command));
      return 0;
    }
    if (positionals.length < command.positionals.min || positionals.length > command.positionals.max) {
      throw new UsageError(`usage: argmap ${command.usage}`, "usage");
    }
    const maxBytes = (integerOption("max-input", values["max-input"], 1) ?? DEFAULT_MAX_INPUT_MIB) * 1024 * 1024;
    if (maxBytes > MAX_INPUT_MIB_CAP * 1024 * 1024) throw new UsageError(`--max-input is at most ${MAX_INPUT_MIB_CAP} (MiB)`, "invalid-option");
    const { target, inputs } = outputAndInputs(command, positionals, values.out);
    firstInput = inputs[0] ?? "-";
    // The output is checked before anything is read: a refusal comes first, with nothing printed before it.
    const plan: OutputPlan = target === undefined ? { kind: "stdout" } : planOutput(target, inputs);
    const quiet = values.quiet === true;
    const chunks: (string | Uint8Array)[] = [];
    const deferred: (() => void)[] = [];
    let summary: string | undefined;
    const warn = (file: string, issues: readonly ArgmapIssue<string>[]): void => {
      if (quiet) return;
      for (const issue of issues) streams.err(`${formatIssue(file, issue)}\n`);
    };
    const context: CommandContext = {
      args: positionals,
      options: values,
      out: plan.kind === "stdout" ? streams.out : (text) => void chunks.push(text),
      err: streams.err,
      note: (text) => {
        if (!quiet) streams.err(text);
      },
      target,
      wrote: (text) => {
        summary = text;
      },
      warnOnWrite: (file, issues) => void deferred.push(() => warn(file, issues)),
      read: (file) => readInputText(file, maxBytes, streams.stdin),
      warn,
    };
    const { run } = await command.load();
    const code = await run(context);
    const beforeCommit = (): void => {
      for (const print of deferred) print();
    };
    // What the command wrote goes to the output, also with exit 1 (diff's "the maps differ" is an answer). A command
    // that wrote nothing writes no file, unless it succeeded and said what it wrote (diff of equal maps: an empty file);
    // so merge's conflicts leave the output alone, as does a command that writes its file itself.
    if (plan.kind === "stdout") beforeCommit();
    else if (chunks.length > 0 || (code === 0 && summary !== undefined)) {
      writePlanned(plan, joined(chunks), { out: streams.out, beforeCommit });
      if (!quiet && target !== undefined) streams.err(`${safeName(target)}: ${summary ?? "written"}\n`);
    }
    return code;
  } catch (error) {
    if (error instanceof UsageError) return report(2, [{ code: error.code, severity: "error", path: [], message: error.message }]);
    if (error instanceof InvalidInputError) return report(command.invalidInputExit ?? 1, error.issues.map((issue) => ({ ...issue, file: error.file })));
    if (error instanceof ArgmapError) {
      // A computation stopped by --timeout: say so, exit 1.
      const stopped = (issue: ArgmapIssue<string>): string => (issue.code === "time-limit" && typeof timeout === "string" && !issue.message.startsWith("stopped by --timeout") ? `stopped by --timeout ${safeName(timeout)} (seconds) before the evaluation finished` : issue.message);
      const issues = (error.issues as readonly ArgmapIssue<string>[]).map((issue) =>
        issue.code === "time-limit" ? { ...issue, path: [], message: stopped(issue), file: displayName(firstInput) } : { ...issue, file: displayName(firstInput) },
      );
      return report(issues.some((issue) => EXIT_2_CODES.has(issue.code)) ? 2 : (command.invalidInputExit ?? 1), issues);
    }
    throw error;
  }
}

/** What a command wrote, as one text, or as bytes when any of it was bytes. */
function joined(chunks: readonly (string | Uint8Array)[]): string | Uint8Array {
  if (chunks.every((chunk) => typeof chunk === "string")) return chunks.join("");
  return Buffer.concat(chunks.map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk)));
}

/**
 * The output (from `--out`, or the command's output positional) and the
 * input files. Refuses both forms of the output at once, and standard input
 * named twice (it can be read only once).
 */
function outputAndInputs(command: CommandSpec, positionals: readonly string[], out: string | boolean | undefined): { target: string | undefined; inputs: readonly string[] } {
  const at = command.outputPositional;
  const named = typeof out === "string" ? out : undefined;
  const second = at !== undefined ? positionals[at] : undefined;
  if (second !== undefined && named !== undefined) throw new UsageError("give the output either as an argument or with --out, not both", "usage");
  const inputs = at === undefined ? positionals : positionals.filter((_, i) => i !== at);
  if (inputs.filter((input) => input === "-").length > 1) throw new UsageError("standard input (-) can be read only once; give - for one input only", "usage");
  return { target: second ?? named, inputs };
}

/** Whether errors go to standard output as JSON: the command has `--format json` and it is given. */
function wantsJson(command: CommandSpec, args: readonly string[]): boolean {
  const format = command.options.format;
  if (command.errorsAsJson === false || format === undefined || !(format.choices ?? []).includes("json")) return false;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") break;
    if (arg === "--format" || arg === `-${format.short ?? "--format"}`) json = args[i + 1] === "json";
    else if (arg.startsWith("--format=")) json = arg === "--format=json";
    else if (format.short !== undefined && arg.startsWith(`-${format.short}`) && !arg.startsWith("--")) json = arg === `-${format.short}json`;
  }
  return json;
}

/** Parses the options of `command` with node:util's tokenizer, reporting problems in our words. */
function parseCommandLine(command: CommandSpec, args: readonly string[]): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  const specs: Record<string, OptionSpec> = { ...optionsOf(command), help: { type: "boolean", short: "h", description: "show this help" } };
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const [key, spec] of Object.entries(specs)) options[key] = spec.short !== undefined ? { type: spec.type, short: spec.short } : { type: spec.type };
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  const values: Record<string, string | boolean | undefined> = {};
  const positionals: string[] = [];
  const help = `; run argmap ${command.name} --help for the options`;
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined;
    const shown = safeName(token.rawName);
    if (spec === undefined) throw new UsageError(`unknown option ${shown}${help}`, "invalid-option");
    if (spec.type === "boolean") {
      if (token.value !== undefined) throw new UsageError(`${shown} takes no value (got ${JSON.stringify(safeName(token.value))})`, "invalid-option");
      values[token.name] = true;
      continue;
    }
    if (token.value === undefined) throw new UsageError(`${shown} needs a value${spec.valueName !== undefined ? ` (${spec.valueName})` : ""}`, "invalid-option");
    if (spec.choices !== undefined && !spec.choices.includes(token.value)) {
      throw new UsageError(`--${token.name} must be one of ${spec.choices.join(", ")}, not ${JSON.stringify(safeName(token.value))}`, "invalid-option");
    }
    values[token.name] = token.value;
  }
  return { values, positionals };
}

import type { ArgmapIssue } from "../errors.js";

/** A command-line option of an argmap command. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** One line for `--help`. */
  readonly description: string;
  /** Allowed values of a string option. */
  readonly choices?: readonly string[];
  /** Name of the value in `--help` (`--depth N`). */
  readonly valueName?: string;
}

/** What a command receives. */
export interface CommandContext {
  /** Positional arguments after the command name. */
  readonly args: readonly string[];
  /** Parsed options (`undefined` when not given). */
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** Reads a file, or standard input for `-`. Missing files exit 2. */
  readonly read: (file: string) => Promise<string>;
}

/** One `argmap <name>` command. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Usage line after `argmap`, e.g. `validate FILE`. */
  readonly usage: string;
  /** Longer help shown by `argmap <name> --help`. */
  readonly description?: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Allowed number of positional arguments. */
  readonly positionals: { readonly min: number; readonly max: number };
  /** Runs the command and returns its exit code. */
  run(context: CommandContext): Promise<number>;
}

/** Exit code 2 with a one-line message: usage errors, missing files. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Exit code 1: the input is invalid; the issues are printed as `file:path: code message`. */
export class InvalidInputError extends Error {
  override readonly name = "InvalidInputError";
  constructor(
    readonly file: string,
    readonly issues: readonly ArgmapIssue<string>[],
  ) {
    super(`${file}: invalid input`);
  }
}

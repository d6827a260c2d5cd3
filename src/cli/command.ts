import type { ArgmapIssue } from "../errors.js";
import type { ArgumentMap } from "../map/argument-map.js";
import type { ReadFormat } from "./read-formats.js";

/**
 * Codes of the problems the command line itself reports (documented in
 * docs/limits.md). Exit 2: `invalid-option`, `usage`, `unreadable-input`,
 * `unwritable-output`, `same-file`. Exit 1: `invalid-utf8`, `empty-input`,
 * `input-too-large`, `unknown-format`. (Readers' `format-mismatch` and
 * `missing-peer` come from argmap/formats.)
 */
export type CliIssueCode =
  | "invalid-option"
  | "usage"
  | "unreadable-input"
  | "unwritable-output"
  | "same-file"
  | "unknown-format"
  | "invalid-utf8"
  | "empty-input"
  | "input-too-large";

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

/** A map read from one input, in any format the command line reads. */
export interface MapInput {
  readonly map: ArgumentMap;
  /** Warnings of the reader (loss reports, validation warnings), already printed unless `--quiet`. */
  readonly warnings: readonly ArgmapIssue<string>[];
  /** The format it was read as. */
  readonly format: string;
  /** Name of the input in messages (`<stdin>` for `-`). */
  readonly name: string;
}

/** What a command receives. */
export interface CommandContext {
  /** Positional arguments after the command name. */
  readonly args: readonly string[];
  /** Parsed options (`undefined` when not given). */
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  /**
   * Writes the command's data: to standard output, or, with `-o FILE`, into
   * FILE once the command has returned (written atomically; never when the
   * command throws, or returns an error without writing anything). Bytes
   * (a PNG image) are written as they are.
   */
  readonly out: (data: string | Uint8Array) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** Writes a note or progress line to standard error, unless `--quiet`. */
  readonly note: (text: string) => void;
  /**
   * The output named by `-o/--out` (or by the command's output positional,
   * as `convert IN OUT`): a path, `-` for standard output, or undefined when
   * none was given (the data then goes to standard output). It has been
   * checked already: not an input, not a directory, writable.
   */
  readonly target: string | undefined;
  /**
   * Says in a few words what the command wrote (`svg drawing of 16 claims
   * and 15 relations`): printed as `FILE: words` on standard error once an
   * output file is written, unless `--quiet`. Nothing is printed for
   * standard output.
   */
  readonly wrote: (summary: string) => void;
  /**
   * Prints these warnings about `file` only once the output is written
   * (before it replaces an existing file): `convert`'s loss warnings.
   */
  readonly warnOnWrite: (file: string, issues: readonly ArgmapIssue<string>[]) => void;
  /**
   * Reads a file, or standard input for `-`, as text: UTF-8 (a BOM is
   * dropped), not empty, at most `--max-input` MiB. A missing file exits 2;
   * invalid UTF-8, empty or too large input exits 1.
   */
  readonly read: (file: string) => Promise<string>;
  /** Prints warnings about `file` on standard error as `file:path: warning code message`, unless `--quiet`. */
  readonly warn: (file: string, issues: readonly ArgmapIssue<string>[]) => void;
}

/**
 * What `argmap --help`, `argmap <name> --help` and option parsing need to
 * know about a command: everything but its implementation.
 */
export interface CommandSpec {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Usage line after `argmap`, e.g. `validate FILE`. */
  readonly usage: string;
  /** Longer help shown by `argmap <name> --help`. */
  readonly description?: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /**
   * Allowed number of positional arguments. Every positional is an input
   * file (`-` for standard input, at most once), except the one at
   * `outputPositional`.
   */
  readonly positionals: { readonly min: number; readonly max: number };
  /** Index of a positional that names the output as `-o` does (`convert IN OUT`); giving both is an error. */
  readonly outputPositional?: number;
  /**
   * The formats the command reads, listed by `--from` (default: every map
   * format, `MAP_READ_FORMATS` in read-formats.ts; `evaluate` also reads frameworks).
   */
  readonly reads?: readonly ReadFormat[];
  /**
   * Whether `--format json` also puts errors on standard output as JSON
   * (default: whenever `--format` offers `json`). `false` for commands whose
   * JSON is a map they write (`convert`, `extract`, `merge`).
   */
  readonly errorsAsJson?: boolean;
  /**
   * Exit code for invalid input (default 1). `diff` uses 2, since its 1
   * means "the maps differ", as diff(1) does.
   */
  readonly invalidInputExit?: number;
}

/** A command's implementation: a module of its own in src/cli/actions/. */
export interface CommandModule {
  /** Runs the command and returns its exit code. */
  run(context: CommandContext): Promise<number>;
}

/**
 * One `argmap <name>` command: its description, and its implementation,
 * imported only when the command runs (so that `argmap --version`, `--help`
 * and each command load only what they need).
 */
export interface Command extends CommandSpec {
  /** Imports the implementation (`() => import("../actions/<name>.js")`). */
  readonly load: () => Promise<CommandModule>;
}

/** Exit code 2 with a one-line message: usage errors, missing files, unwritable outputs. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    message: string,
    readonly code: CliIssueCode = "usage",
  ) {
    super(message);
  }
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

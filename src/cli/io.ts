import { randomBytes } from "node:crypto";
import { lstat, open, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { ArgmapError, formatPath, issue, type ArgmapIssue } from "../errors.js";
import type { Framework } from "../evaluate/framework.js";
import { parseFramework } from "../evaluate/framework-text.js";
import { fromAif } from "../formats/aif.js";
import { fromArgdown } from "../formats/argdown/from-argdown.js";
import type { ConversionResult } from "../formats/conversion.js";
import { fromArggraph } from "../formats/arggraph.js";
import { fromKialo } from "../formats/kialo.js";
import { fromOva } from "../formats/ova.js";
import { fromSadface } from "../formats/sadface.js";
import { looksLike, sniffFormat, type SniffedFormat } from "../formats/sniff.js";
import type { ArgumentMap } from "../map/argument-map.js";
import { parseArgumentMapJson } from "../validate/parse.js";
import { InvalidInputError, UsageError, type CliIssueCode, type CommandContext, type MapInput } from "./command.js";
import { decodeInput } from "./decode.js";
import { safeLine, safeName } from "./safe-text.js";

/** Default bound on the size of one input, in MiB (`--max-input`). */
export const DEFAULT_MAX_INPUT_MIB = 256;

/** Largest `--max-input`, in MiB: bigger texts do not fit in one JavaScript string. */
export const MAX_INPUT_MIB_CAP = 511;

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

/** Where to read standard input from; returns at most a little more than `maxBytes` bytes. */
export type StdinReader = (maxBytes: number) => Promise<Uint8Array | string>;

/**
 * Reads one input as text: a file, or standard input for `-`. Refuses
 * (exit 1) input larger than `maxBytes`, invalid UTF-8 and empty input; drops
 * a UTF-8 BOM. A file that cannot be read exits 2.
 */
export async function readInputText(file: string, maxBytes: number, stdin: StdinReader): Promise<string> {
  const name = displayName(file);
  let bytes: Uint8Array;
  if (file === "-") {
    const got = await stdin(maxBytes);
    bytes = typeof got === "string" ? Buffer.from(got, "utf8") : got;
  } else bytes = await readFileBounded(file, maxBytes);
  if (bytes.length > maxBytes) throw tooLarge(name, maxBytes);
  const decoded = decodeInput(bytes);
  if ("issue" in decoded) throw new InvalidInputError(name, [decoded.issue]);
  return decoded.text;
}

function tooLarge(name: string, maxBytes: number): InvalidInputError {
  const mib = maxBytes / 1024 / 1024;
  return new InvalidInputError(name, [
    { code: "input-too-large", severity: "error", path: [], message: `the input is larger than ${Number.isInteger(mib) ? mib : mib.toFixed(2)} MiB; raise the bound with --max-input MIB (at most ${MAX_INPUT_MIB_CAP})` },
  ]);
}

function unreadable(file: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : (code ?? (error as Error).message ?? String(error));
  return new UsageError(`cannot read ${safeName(file)}: ${why}`, "unreadable-input");
}

/** Reads a file, but never more than `maxBytes + 1` bytes (`/dev/zero`, FIFOs, growing files). */
async function readFileBounded(file: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    throw unreadable(file, error);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw unreadable(file, Object.assign(new Error("is a directory"), { code: "EISDIR" }));
    if (info.isFile()) {
      if (info.size > maxBytes) throw tooLarge(file, maxBytes);
      return await handle.readFile();
    }
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= maxBytes) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InvalidInputError) throw error;
    throw unreadable(file, error);
  } finally {
    await handle.close();
  }
}

/** The `--from` names of the formats the command line reads (`json` is argmap JSON). */
export const READ_FORMATS = ["json", "argdown", "aif", "kialo", "sadface", "ova", "arggraph", "iccma", "apx"] as const;

/** A `--from` name. */
export type ReadFormat = (typeof READ_FORMATS)[number];

/** What {@link readInput} gives for an abstract framework (ICCMA `p af N`, ASPARTIX `.apx`). */
export interface FrameworkInput {
  readonly framework: Framework;
  readonly format: "iccma" | "apx";
  /** Name of the input in messages (`<stdin>` for `-`). */
  readonly name: string;
}

/** Options of {@link readInput}. */
export interface ReadInputOptions {
  /** The format to read, from `--from`; otherwise by file name, then by content. */
  readonly from?: string | boolean | undefined;
  /** Whether abstract frameworks (ICCMA, ASPARTIX) are accepted; only `evaluate` takes them. */
  readonly frameworks?: boolean;
}

const SNIFFED_TO_READ: Readonly<Record<SniffedFormat, ReadFormat | undefined>> = {
  argmap: "json",
  argdown: "argdown",
  aif: "aif",
  kialo: "kialo",
  iccma: "iccma",
  apx: "apx",
  sadface: "sadface",
  ova: "ova",
  arggraph: "arggraph",
};

const FORMAT_NAMES: Readonly<Record<ReadFormat, string>> = {
  json: "argmap JSON",
  argdown: "Argdown",
  aif: "AIF JSON",
  kialo: "a Kialo export",
  sadface: "SADFace JSON",
  ova: "OVA JSON",
  arggraph: "arggraph XML",
  iccma: "an ICCMA framework",
  apx: "an ASPARTIX framework",
};

/**
 * Reads one input in any format the command line reads: `--from` when given,
 * else by the file name's ending, else by content ({@link sniffFormat}; `-`
 * is sniffed too). The reader's warnings are printed (unless `--quiet`) under
 * the input's name and returned. Throws {@link InvalidInputError} (exit 1)
 * when the input is invalid in its format, is in no format argmap reads, or
 * is a framework where a map is needed.
 */
export async function readInput(context: CommandContext, file: string, options: ReadInputOptions & { frameworks: true }): Promise<MapInput | FrameworkInput>;
export async function readInput(context: CommandContext, file: string, options?: ReadInputOptions): Promise<MapInput>;
export async function readInput(context: CommandContext, file: string, options: ReadInputOptions = {}): Promise<MapInput | FrameworkInput> {
  const name = displayName(file);
  const text = await context.read(file);
  const forced = typeof options.from === "string" ? (options.from as ReadFormat) : undefined;
  const sniffed = forced === undefined ? sniffFormat(text, { fileName: file === "-" ? undefined : file }) : undefined;
  // JSON that matches no known shape is read as argmap JSON, whose errors then say what is wrong where.
  const format = forced ?? (sniffed === undefined ? (/^\uFEFF?\s*[{[]/.test(text.slice(0, 1024)) ? "json" : undefined) : SNIFFED_TO_READ[sniffed]);
  if (format === undefined) {
    const what = sniffed === undefined ? "it is in no format argmap reads" : `${looksLike(sniffed)}, which this version of argmap cannot read`;
    throw new InvalidInputError(name, [issue<CliIssueCode>("unknown-format", [], `cannot tell the format of this input: ${what}; give --from (${READ_FORMATS.join(", ")})`)]);
  }
  if ((format === "iccma" || format === "apx") && options.frameworks !== true) {
    throw new InvalidInputError(name, [issue("format-mismatch", [], `this is ${FORMAT_NAMES[format]}, not an argument map; only argmap evaluate reads frameworks (or give --from)`)]);
  }
  try {
    switch (format) {
      case "iccma":
      case "apx":
        return { framework: parseFramework(text, format), format, name };
      case "json": {
        // A file forced or named as argmap JSON that is plainly something else gets one clear error.
        const content = sniffFormat(text);
        if (content !== undefined && content !== "argmap") throw new InvalidInputError(name, [issue("format-mismatch", [], `expected argmap JSON, but ${looksLike(content)}`)]);
        const { map, warnings } = mapFromText(file, text);
        return { map, warnings, format, name };
      }
      case "argdown":
        return imported(context, name, format, await fromArgdown(text));
      case "aif":
        return imported(context, name, format, fromAif(text));
      case "kialo":
        return imported(context, name, format, fromKialo(text));
      case "sadface":
        return imported(context, name, format, fromSadface(text));
      case "ova":
        return imported(context, name, format, fromOva(text));
      case "arggraph":
        return imported(context, name, format, await fromArggraph(text));
    }
  } catch (error) {
    if (!(error instanceof ArgmapError) || error.issues.some((i) => i.code === "missing-peer")) throw error;
    // Read as one format (forced, or by name) but plainly another: say which.
    const content = sniffFormat(text);
    const likely = content === undefined ? undefined : SNIFFED_TO_READ[content];
    if (content !== undefined && likely !== format && !KEEP_READER_ERROR.has(error.code)) {
      throw new InvalidInputError(name, [issue("format-mismatch", [], `expected ${FORMAT_NAMES[format]}, but ${looksLike(content)}`)]);
    }
    throw new InvalidInputError(name, error.issues);
  }
}

/** Reader errors that say more than a guess at the format would. */
const KEEP_READER_ERROR: ReadonlySet<string> = new Set(["format-mismatch", "empty-framework", "framework-too-large"]);

function imported(context: CommandContext, name: string, format: ReadFormat, result: ConversionResult<ArgumentMap>): MapInput {
  // Text that a reader took but found nothing in (an Argdown file of headings and comments) is empty input.
  if (result.value.claimCount === 0) {
    throw new InvalidInputError(name, [issue<CliIssueCode>("empty-input", [], `read as ${FORMAT_NAMES[format]}, the input holds no claims`)]);
  }
  context.warn(name, result.warnings);
  return { map: result.value, warnings: result.warnings, format, name };
}

/**
 * Reads a map in any format (see {@link readInput}), with `--from` from the
 * command's options.
 */
export async function readMapFile(context: CommandContext, file: string): Promise<MapInput> {
  return readInput(context, file, { from: context.options.from });
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

/**
 * Parses a whole-number option value of at least `min` (default 0), or throws
 * a usage error (exit 2, `invalid-option`).
 */
export function integerOption(name: string, value: string | boolean | undefined, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== "string" || !/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`--${name} expects a whole number${min > 0 ? ` of at least ${min}` : " (0 or more)"}, not ${JSON.stringify(safeName(String(value)))}`, "invalid-option");
  }
  return n;
}

/**
 * Parses a number option that `valid` accepts, or throws a usage error (exit
 * 2, `invalid-option`) naming what is `expected`.
 */
export function numberOption(name: string, value: string | boolean | undefined, valid: (x: number) => boolean, expected: string): number | undefined {
  if (value === undefined) return undefined;
  const x = typeof value === "string" && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!valid(x)) throw new UsageError(`--${name} expects ${expected}, not ${JSON.stringify(safeName(String(value)))}`, "invalid-option");
  return x;
}

/**
 * The `timeLimit` (milliseconds) of a `--timeout SECONDS` option, as the
 * evaluation functions take it: `{}` without the option.
 */
export function timeLimitOption(value: string | boolean | undefined): { readonly timeLimit?: number } {
  const seconds = numberOption("timeout", value, (x) => x > 0 && x * 1000 <= 2 ** 31 - 1, "a positive number of seconds (at most 2147483)");
  return seconds === undefined ? {} : { timeLimit: seconds * 1000 };
}

/**
 * Refuses (exit 2, `same-file`) an output that is one of the inputs: the same
 * real path after symlinks, or the same file through a hard link.
 */
export async function checkOutput(target: string, inputs: readonly string[]): Promise<void> {
  if (target === "-") return;
  const out = await identity(target);
  for (const input of inputs) {
    if (input === "-") continue;
    const other = await identity(input);
    if (other.path === out.path || (out.ino !== undefined && other.ino === out.ino && other.dev === out.dev)) {
      throw new UsageError(`${safeName(target)} is the input ${safeName(input)}; refusing to overwrite the input (write to another file)`, "same-file");
    }
  }
}

async function identity(file: string): Promise<{ path: string; dev?: number; ino?: number }> {
  try {
    const info = await stat(file);
    return { path: await realpath(file), dev: info.dev, ino: info.ino };
  } catch {
    // Not there (yet): its directory's real path and its name.
    try {
      return { path: join(await realpath(dirname(resolve(file))), basename(file)) };
    } catch {
      return { path: resolve(file) };
    }
  }
}

/**
 * Writes `text` to `target` atomically: into a temporary file in the same
 * directory, then renamed over the target, so that a failure leaves no
 * half-written file. `beforeCommit` runs after the text is safely written and
 * before the rename (to print warnings only for a file that will exist).
 * Throws a usage error (exit 2, `unwritable-output`) when it cannot write.
 */
export async function writeOutput(target: string, text: string, beforeCommit?: () => void): Promise<void> {
  let destination = target;
  try {
    if ((await lstat(target)).isSymbolicLink()) destination = await realpath(target);
  } catch {
    // A new file, or a dangling link: write at the name given.
  }
  const temporary = join(dirname(destination), `.${basename(destination)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeWhole(temporary, text);
  } catch (error) {
    await rm(temporary, { force: true });
    throw unwritable(target, error);
  }
  beforeCommit?.();
  try {
    await rename(temporary, destination);
  } catch (error) {
    await rm(temporary, { force: true });
    throw unwritable(target, error);
  }
}

async function writeWhole(file: string, text: string): Promise<void> {
  const handle = await open(file, "wx", 0o666);
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function unwritable(target: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === "ENOENT" ? "no such directory" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a directory" : (code ?? String(error));
  return new UsageError(`cannot write ${safeName(target)}: ${why}`, "unwritable-output");
}


// Synchronous file calls: a command does one thing at a time, and they need neither node:fs/promises nor libuv's
// thread pool, which a short command would pay to start (bench/README.md, "cli: a compile cache and one bundle").
import { closeSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { ArgmapError, issue, type ArgmapIssue } from "../errors.js";
import type { Framework } from "../evaluate/framework.js";
import type { ConversionResult } from "../formats/conversion.js";
import { looksLike, sniffFormat, type SniffedFormat } from "../formats/sniff.js";
import type { ArgumentMap } from "../map/argument-map.js";
import { parseArgumentMapJson } from "../validate/parse.js";
import { InvalidInputError, UsageError, type CliIssueCode, type CommandContext, type MapInput } from "./command.js";
import { displayName } from "./issue-line.js";
import { READ_FORMATS, type ReadFormat } from "./read-formats.js";
import { safeName } from "./safe-text.js";

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
    // Each reader is imported when its format is read: the command line loads only the one it needs.
    switch (format) {
      case "iccma":
      case "apx":
        return { framework: (await import("../evaluate/framework-text.js")).parseFramework(text, format), format, name };
      case "json": {
        // A file forced or named as argmap JSON that is plainly something else gets one clear error.
        const content = sniffFormat(text);
        if (content !== undefined && content !== "argmap") throw new InvalidInputError(name, [issue("format-mismatch", [], `expected argmap JSON, but ${looksLike(content)}`)]);
        const { map, warnings } = mapFromText(file, text);
        return { map, warnings, format, name };
      }
      case "argdown":
        return imported(context, name, format, await (await import("../formats/argdown/from-argdown.js")).fromArgdown(text));
      case "aif":
        return imported(context, name, format, (await import("../formats/aif.js")).fromAif(text));
      case "kialo":
        return imported(context, name, format, (await import("../formats/kialo.js")).fromKialo(text));
      case "sadface":
        return imported(context, name, format, (await import("../formats/sadface.js")).fromSadface(text));
      case "ova":
        return imported(context, name, format, (await import("../formats/ova.js")).fromOva(text));
      case "arggraph":
        return imported(context, name, format, await (await import("../formats/arggraph.js")).fromArggraph(text));
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
    const info = statSync(file);
    return { path: realpathSync(file), dev: info.dev, ino: info.ino };
  } catch {
    // Not there (yet): its directory's real path and its name.
    try {
      return { path: join(realpathSync(dirname(resolve(file))), basename(file)) };
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
export async function writeOutput(target: string, text: string | Uint8Array, beforeCommit?: () => void): Promise<void> {
  let destination = target;
  try {
    if (lstatSync(target).isSymbolicLink()) destination = realpathSync(target);
  } catch {
    // A new file, or a dangling link: write at the name given.
  }
  // A name no other writer picks (and "wx" below refuses one that exists): no need for node:crypto, slow to load.
  const suffix = Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, "0");
  const temporary = join(dirname(destination), `.${basename(destination)}.${process.pid}.${suffix}.tmp`);
  try {
    writeWhole(temporary, text);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw unwritable(target, error);
  }
  beforeCommit?.();
  try {
    renameSync(temporary, destination);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw unwritable(target, error);
  }
}

function writeWhole(file: string, text: string | Uint8Array): void {
  const fd = openSync(file, "wx", 0o666);
  try {
    const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function unwritable(target: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === "ENOENT" ? "no such directory" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a directory" : (code ?? String(error));
  return new UsageError(`cannot write ${safeName(target)}: ${why}`, "unwritable-output");
}


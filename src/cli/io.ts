/** Reading the command line's inputs in any format; outputs are in output.ts. */
import { ArgmapError, issue, type ArgmapIssue } from "../errors.js";
import type { Framework } from "../evaluate/framework.js";
import type { ConversionResult } from "../formats/conversion.js";
import { sniffFormat, type SniffedFormat } from "../formats/sniff.js";
import type { ArgumentMap } from "../map/argument-map.js";
import { parseArgumentMapJson } from "../validate/parse.js";
import { InvalidInputError, type CliIssueCode, type CommandContext, type MapInput } from "./command.js";
import { displayName } from "./issue-line.js";
import { planOutput, writePlanned } from "./output.js";
import { MAP_READ_FORMATS, READ_FORMATS, type ReadFormat } from "./read-formats.js";

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

const SNIFFED_TO_READ: Readonly<Record<SniffedFormat, ReadFormat>> = {
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
    const what = sniffed === undefined ? "it is in no format argmap reads" : `it looks like ${FORMAT_NAMES[SNIFFED_TO_READ[sniffed]]}, which this version of argmap cannot read`;
    throw new InvalidInputError(name, [issue<CliIssueCode>("unknown-format", [], `cannot tell the format of this input: ${what}; give --from (${(options.frameworks === true ? READ_FORMATS : MAP_READ_FORMATS).join(", ")})`)]);
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
        if (content !== undefined && content !== "argmap") throw new InvalidInputError(name, [issue("format-mismatch", [], `expected argmap JSON, but ${looksLike(content, options)}`)]);
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
    // Read as one format (forced, or by name) but plainly another: say which, in the command line's words.
    const content = sniffFormat(text);
    const likely = content === undefined ? undefined : SNIFFED_TO_READ[content];
    if (content !== undefined && likely !== format && (error.code === "format-mismatch" || !KEEP_READER_ERROR.has(error.code))) {
      throw new InvalidInputError(name, [issue("format-mismatch", [], `expected ${FORMAT_NAMES[format]}, but ${looksLike(content, options)}`)]);
    }
    throw new InvalidInputError(name, error.issues);
  }
}

/**
 * A sentence naming the format an input looks like and the `--from` that
 * reads it: the command line's words (the library's name the function that
 * reads it instead).
 */
function looksLike(sniffed: SniffedFormat, options: ReadInputOptions): string {
  const format = SNIFFED_TO_READ[sniffed];
  if ((format === "iccma" || format === "apx") && options.frameworks !== true) return `it looks like ${FORMAT_NAMES[format]}, which only argmap evaluate reads`;
  return `it looks like ${FORMAT_NAMES[format]}; read it with --from ${format}`;
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
 * Refuses (exit 2) an output that is one of the inputs (`same-file`), a
 * directory, a path below a file, or a place that cannot be written
 * (`unwritable-output`): the checks `-o` gets before a command reads
 * anything (see {@link planOutput}), for a command that writes a second file.
 */
export async function checkOutput(target: string, inputs: readonly string[]): Promise<void> {
  planOutput(target, inputs);
}

/**
 * Writes `text` to `target`: atomically over a regular file or a new one,
 * directly into a FIFO or character device, never replacing anything else
 * (see {@link writePlanned}). `beforeCommit` runs once the text is safely
 * written and before it replaces the target. Throws a usage error (exit 2,
 * `unwritable-output`) when it cannot write.
 */
export async function writeOutput(target: string, text: string | Uint8Array, beforeCommit?: () => void): Promise<void> {
  writePlanned(planOutput(target, []), text, { out: (chunk) => void process.stdout.write(chunk), ...(beforeCommit !== undefined ? { beforeCommit } : {}) });
}

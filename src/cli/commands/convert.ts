import { ArgmapError } from "../../errors.js";
import { fromArgdown } from "../../formats/argdown/from-argdown.js";
import { toArgdown } from "../../formats/argdown/to-argdown.js";
import { fromAif, toAif, toXaif } from "../../formats/aif.js";
import type { ConversionResult } from "../../formats/conversion.js";
import { toDot } from "../../formats/dot.js";
import { toGraphml } from "../../formats/graphml.js";
import { fromKialo, toKialo } from "../../formats/kialo.js";
import { toMermaid } from "../../formats/mermaid.js";
import type { ArgumentMap } from "../../map/argument-map.js";
import { InvalidInputError, UsageError, type Command } from "../command.js";
import { checkOutput, displayName, mapFromText, writeOutput } from "../io.js";

const READ = ["json", "argdown", "aif", "kialo"] as const;
const WRITE = ["json", "argdown", "aif", "xaif", "kialo", "mermaid", "dot", "graphml"] as const;
type ReadFormat = (typeof READ)[number];
type WriteFormat = (typeof WRITE)[number];

/** Formats by file name ending, longest first. `.txt` is not guessed: Kialo needs `--from kialo`. */
const BY_EXTENSION: readonly (readonly [string, WriteFormat])[] = [
  [".xaif.json", "xaif"],
  [".aif.json", "aif"],
  [".argdown", "argdown"],
  [".ad", "argdown"],
  [".json", "json"],
  [".mmd", "mermaid"],
  [".dot", "dot"],
  [".gv", "dot"],
  [".graphml", "graphml"],
];

function guess(file: string): WriteFormat | undefined {
  const lower = file.toLowerCase();
  return BY_EXTENSION.find(([ending]) => lower.endsWith(ending))?.[1];
}

async function read(format: ReadFormat, text: string, file: string): Promise<ConversionResult<ArgumentMap>> {
  try {
    switch (format) {
      case "json":
        return { value: mapFromText(file, text).map, warnings: [] };
      case "argdown":
        return await fromArgdown(text);
      case "aif":
        return fromAif(text);
      case "kialo":
        return fromKialo(text);
    }
  } catch (error) {
    if (error instanceof ArgmapError) throw new InvalidInputError(file, error.issues);
    throw error;
  }
}

function write(format: WriteFormat, map: ArgumentMap): ConversionResult<string> {
  const json = (result: ConversionResult<unknown>): ConversionResult<string> => ({ value: `${JSON.stringify(result.value, null, 2)}\n`, warnings: result.warnings });
  switch (format) {
    case "json":
      return { value: `${JSON.stringify(map.toJSON(), null, 2)}\n`, warnings: [] };
    case "argdown":
      return toArgdown(map);
    case "aif":
      return json(toAif(map));
    case "xaif":
      return json(toXaif(map));
    case "kialo":
      return toKialo(map);
    case "mermaid":
      return toMermaid(map);
    case "dot":
      return toDot(map);
    case "graphml":
      return toGraphml(map);
  }
}

/** `argmap convert IN OUT`: converts between argmap JSON, Argdown, AIF, Kialo and the diagram formats. */
export const convertCommand: Command = {
  name: "convert",
  summary: "convert between argmap JSON, Argdown, AIF, Kialo, Mermaid, DOT and GraphML",
  usage: "convert IN OUT",
  description:
    "Reads IN and writes OUT (either may be - for standard input or output). Formats come from the file names\n" +
    "(.json, .argdown/.ad, .aif.json, .xaif.json, .mmd, .dot/.gv, .graphml) or from --from and --to; Kialo text\n" +
    "exports (.txt) need --from kialo or --to kialo. What the target format cannot hold is printed on standard\n" +
    "error as warnings, named after IN (their paths point into the map read from IN), once OUT is written.\n" +
    "OUT is written atomically and may not be IN. Exits 1 if IN is not valid in its format.",
  options: {
    from: { type: "string", description: "format of IN", choices: READ, valueName: "FORMAT" },
    to: { type: "string", description: "format of OUT", choices: WRITE, valueName: "FORMAT" },
    quiet: { type: "boolean", short: "q", description: "do not print warnings" },
  },
  positionals: { min: 2, max: 2 },
  async run({ args, options, out, warn, read: readInput }) {
    const [input, output] = args as [string, string];
    const to = (options.to as WriteFormat | undefined) ?? guess(output);
    if (to === undefined) throw new UsageError(`cannot tell the format of ${output === "-" ? "standard output" : output} from its name; give --to (${WRITE.join(", ")})`);
    await checkOutput(output, [input]);
    const text = await readInput(input);
    const from = (options.from as ReadFormat | undefined) ?? guessRead(input);
    const name = displayName(input);
    const imported = await read(from, text, name);
    const exported = write(to, imported.value);
    // Warnings only for a file that is written: after the text is safely on disk, before it replaces OUT.
    const printWarnings = (): void => warn(name, [...imported.warnings, ...exported.warnings]);
    if (output === "-") {
      printWarnings();
      out(exported.value);
    } else await writeOutput(output, exported.value, printWarnings);
    return 0;
  },
};

function guessRead(file: string): ReadFormat {
  const guessed = guess(file);
  const format = guessed === "xaif" ? "aif" : guessed;
  if (format === undefined || !(READ as readonly string[]).includes(format)) {
    const what = file === "-" ? "standard input" : file;
    const hint = file.toLowerCase().endsWith(".txt") ? " (a Kialo export needs --from kialo)" : "";
    throw new UsageError(`cannot tell the format of ${what} from its name${hint}; give --from (${READ.join(", ")})`);
  }
  return format as ReadFormat;
}

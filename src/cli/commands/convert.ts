import { toArgdown } from "../../formats/argdown/to-argdown.js";
import { toAif, toXaif } from "../../formats/aif.js";
import type { ConversionResult } from "../../formats/conversion.js";
import { toDot } from "../../formats/dot.js";
import { toGraphml } from "../../formats/graphml.js";
import { toKialo } from "../../formats/kialo.js";
import { toOva } from "../../formats/ova.js";
import { toSadface } from "../../formats/sadface.js";
import { toMermaid } from "../../formats/mermaid.js";
import type { ArgumentMap } from "../../map/argument-map.js";
import { UsageError, type Command } from "../command.js";
import { checkOutput, readInput, writeOutput } from "../io.js";

const WRITE = ["json", "argdown", "aif", "xaif", "sadface", "ova", "kialo", "mermaid", "dot", "graphml"] as const;
type WriteFormat = (typeof WRITE)[number];

/** Output formats by file name ending, longest first. `.txt` is not guessed: Kialo needs `--to kialo`. */
const BY_EXTENSION: readonly (readonly [string, WriteFormat])[] = [
  [".sadface.json", "sadface"],
  [".ova.json", "ova"],
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
    case "sadface":
      return json(toSadface(map));
    case "ova":
      return json(toOva(map));
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
    "Reads IN and writes OUT (either may be - for standard input or output). IN is read in any format argmap\n" +
    "reads: --from, else its name, else its content. OUT's format comes from --to or its name (.json, .argdown/.ad,\n" +
    ".aif.json, .xaif.json, .sadface.json, .ova.json, .mmd, .dot/.gv, .graphml); Kialo needs --to kialo. What OUT cannot hold is printed on standard\n" +
    "error as warnings, named after IN (their paths point into the map read from IN), once OUT is written.\n" +
    "OUT is written atomically and may not be IN. Exits 1 if IN is not valid in its format.",
  options: {
    to: { type: "string", description: "format of OUT", choices: WRITE, valueName: "FORMAT" },
    quiet: { type: "boolean", short: "q", description: "do not print warnings" },
  },
  positionals: { min: 2, max: 2 },
  async run(context) {
    const { args, options, out, warn } = context;
    const [input, output] = args as [string, string];
    const to = (options.to as WriteFormat | undefined) ?? guess(output);
    if (to === undefined) throw new UsageError(`cannot tell the format of ${output === "-" ? "standard output" : output} from its name; give --to (${WRITE.join(", ")})`);
    await checkOutput(output, [input]);
    // Warnings are printed once OUT is written, not by the reader.
    const imported = await readInput({ ...context, warn: () => {} }, input, { from: options.from });
    const exported = write(to, imported.map);
    // Warnings only for a file that is written: after the text is safely on disk, before it replaces OUT.
    const printWarnings = (): void => warn(imported.name, [...(imported.format === "json" ? [] : imported.warnings), ...exported.warnings]);
    if (output === "-") {
      printWarnings();
      out(exported.value);
    } else await writeOutput(output, exported.value, printWarnings);
    return 0;
  },
};

/** `argmap convert IN OUT` (or `IN -o OUT`): converts between argmap JSON, Argdown, AIF, Kialo and the diagram formats. */
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
import { UsageError, type CommandContext } from "../command.js";
import { WRITE_FORMATS, type WriteFormat } from "../commands/convert.js";
import { checkOutput, readInput, writeOutput } from "../io.js";

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

/** Runs `argmap convert` (its options are described in src/cli/commands/convert.ts). */
export async function run(context: CommandContext): Promise<number> {
  const { args, options, out, warn } = context;
  const [input, second] = args as [string, string | undefined];
  const named = typeof options.out === "string" ? options.out : undefined;
  if (second !== undefined && named !== undefined) throw new UsageError("give OUT either second or with --out, not both");
  const output = second ?? named;
  if (output === undefined) throw new UsageError("give OUT second or with --out (- for standard output)");
  const to = (options.to as WriteFormat | undefined) ?? guess(output);
  if (to === undefined) throw new UsageError(`cannot tell the format of ${output === "-" ? "standard output" : output} from its name; give --to (${WRITE_FORMATS.join(", ")})`);
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
}

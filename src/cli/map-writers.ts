/**
 * Writing a map in any format the command line writes: `convert`, `extract`
 * and `merge` share it, so that `-f/--format` and the output's name choose
 * the format the same way in each.
 * @module
 */
import { toArgdown } from "../formats/argdown/to-argdown.js";
import { toAif, toXaif } from "../formats/aif.js";
import type { ConversionResult } from "../formats/conversion.js";
import { toDot } from "../formats/dot.js";
import { toGraphml } from "../formats/graphml.js";
import { toKialo } from "../formats/kialo.js";
import { toMermaid } from "../formats/mermaid.js";
import { toOva } from "../formats/ova.js";
import { toSadface } from "../formats/sadface.js";
import type { ArgumentMap } from "../map/argument-map.js";
import { countOf } from "../internal/count-of.js";
import type { CommandContext } from "./command.js";
import { escapeJsonText } from "./safe-text.js";
import type { WriteFormat } from "./write-formats.js";

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

/** What each format is called in a success line. */
const LABELS: Readonly<Record<WriteFormat, string>> = {
  json: "argmap JSON",
  argdown: "Argdown",
  aif: "AIF JSON",
  xaif: "xAIF JSON",
  sadface: "SADFace JSON",
  ova: "OVA JSON",
  kialo: "a Kialo outline",
  mermaid: "a Mermaid flowchart",
  dot: "a DOT graph",
  graphml: "GraphML",
};

/** The format a file name asks for, if its ending names one. */
export function writeFormatOf(file: string): WriteFormat | undefined {
  const lower = file.toLowerCase();
  return BY_EXTENSION.find(([ending]) => lower.endsWith(ending))?.[1];
}

/** Writes `map` in `format`, with what the format could not hold as warnings. JSON text escapes every control and bidi character. */
export function writeMap(format: WriteFormat, map: ArgumentMap): ConversionResult<string> {
  const json = (result: ConversionResult<unknown>): ConversionResult<string> => ({ value: `${escapeJsonText(JSON.stringify(result.value, null, 2))}\n`, warnings: result.warnings });
  switch (format) {
    case "json":
      return { value: `${escapeJsonText(JSON.stringify(map.toJSON(), null, 2))}\n`, warnings: [] };
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

/**
 * Writes `map` as the command's data, in `format`: the loss warnings are
 * printed under `inputName` once the output is written, and the success line
 * names the format and the counts (`Argdown of 16 claims and 15 relations`),
 * after `prefix` when given (`5 of 16 claims …`).
 */
export function emitMap(context: CommandContext, map: ArgumentMap, format: WriteFormat, inputName: string, counts?: string): void {
  const written = writeMap(format, map);
  context.warnOnWrite(inputName, written.warnings);
  context.out(written.value);
  context.wrote(`${LABELS[format]} of ${counts ?? `${countOf(map.claimCount, "claim")} and ${countOf(map.relationCount, "relation")}`}`);
}

import type { Command } from "../command.js";
import { WRITE_FORMATS } from "../write-formats.js";

export { WRITE_FORMATS, type WriteFormat } from "../write-formats.js";

/** `argmap convert IN OUT` (or `IN -o OUT`): converts between argmap JSON, Argdown, AIF, Kialo and the diagram formats. */
export const convertCommand: Command = {
  name: "convert",
  summary: "convert between argmap JSON, Argdown, AIF, Kialo, Mermaid, DOT and GraphML",
  usage: "convert IN OUT  |  convert IN -o OUT",
  description:
    "Reads IN and writes OUT, given second or with -o/--out (either may be - for standard input or output). IN is read in any format argmap\n" +
    "reads: --from, else its name, else its content. OUT's format comes from --format (or --to) or its name (.json, .argdown/.ad,\n" +
    ".aif.json, .xaif.json, .sadface.json, .ova.json, .mmd, .dot/.gv, .graphml); Kialo needs --format kialo. What OUT cannot hold is printed on standard\n" +
    "error as warnings, named after IN (their paths point into the map read from IN), once OUT is written.\n" +
    "OUT is written atomically and may not be IN. Exits 1 if IN is not valid in its format.",
  options: {
    out: { type: "string", short: "o", description: "write to OUT (instead of giving it second)", valueName: "OUT" },
    format: { type: "string", short: "f", description: "format of OUT (default: from its name)", choices: WRITE_FORMATS, valueName: "FORMAT" },
    to: { type: "string", description: "the same as --format", choices: WRITE_FORMATS, valueName: "FORMAT" },
  },
  positionals: { min: 1, max: 2 },
  outputPositional: 1,
  errorsAsJson: false,
  load: () => import("../actions/convert.js"),
};

import type { Command } from "../command.js";
import { WRITE_FORMATS } from "../write-formats.js";

/** `argmap extract FILE --root ID[,ID…] [--depth N] -o OUT`: the part of a map that bears on some claims. */
export const extractCommand: Command = {
  name: "extract",
  summary: "take out the part of a map that bears on one or more claims",
  usage: "extract FILE --root ID[,ID…]",
  description:
    "Writes the sub-map of FILE that bears on the --root claims: each root, the relations into it and their\n" +
    "premises, recursively down to --depth levels (default: all the way), the undercuts of every relation kept,\n" +
    "and the sources the kept anchors quote. Nothing is half-included: every relation comes with all its premises.\n" +
    "The result goes to --out (written atomically, never over FILE) or standard output, as argmap JSON or in the\n" +
    "format of --format or of the --out file's name (.argdown, .aif.json …, as convert).",
  options: {
    root: { type: "string", short: "r", description: "the claim or claims to start from, separated by commas", valueName: "ID[,ID…]" },
    depth: { type: "string", short: "d", description: "how many levels of relations to follow (default: all)", valueName: "N" },
    out: { type: "string", short: "o", description: "write the sub-map to this file instead of standard output", valueName: "FILE" },
    format: { type: "string", short: "f", description: "format of the sub-map (default: from --out's name, else json)", choices: WRITE_FORMATS, valueName: "FORMAT" },
  },
  positionals: { min: 1, max: 1 },
  errorsAsJson: false,
  load: () => import("../actions/extract.js"),
};

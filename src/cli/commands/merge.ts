import type { Command } from "../command.js";
import { WRITE_FORMATS } from "../write-formats.js";

/** `argmap merge A B [C…] -o OUT`: merges maps by id. */
export const mergeCommand: Command = {
  name: "merge",
  summary: "merge two or more maps by id, reporting every conflict",
  usage: "merge A B [C…]",
  description:
    "Merges the maps A, B, … into one: claims, relations and sources with the same id and the same content\n" +
    "become one; the same id with different content, different titles, descriptions or theses are conflicts.\n" +
    "By default a conflict is an error (exit 1, every conflict printed as file:path: merge-conflict message);\n" +
    "--on-conflict left keeps the earliest map's version, right the latest, and prints the conflicts as warnings.\n" +
    "--match-text also joins claims whose text is the same apart from case and spacing.\n" +
    "The result goes to --out (written atomically, never over an input) or standard output, as argmap JSON or in the\n" +
    "format of --format or of the --out file's name (.argdown, .aif.json …, as convert).",
  options: {
    out: { type: "string", short: "o", description: "write the merged map to this file instead of standard output", valueName: "FILE" },
    "on-conflict": { type: "string", description: "what to do when maps disagree (default fail)", choices: ["fail", "left", "right"], valueName: "SIDE" },
    "match-text": { type: "boolean", description: "also join claims with the same normalized text" },
    title: { type: "string", description: "title of the merged map (else the maps' titles must agree)", valueName: "TEXT" },
    format: { type: "string", short: "f", description: "format of the merged map (default: from --out's name, else json)", choices: WRITE_FORMATS, valueName: "FORMAT" },
  },
  positionals: { min: 2, max: Infinity },
  errorsAsJson: false,
  load: () => import("../actions/merge.js"),
};

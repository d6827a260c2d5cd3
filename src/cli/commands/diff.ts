import type { Command } from "../command.js";

/** `argmap diff A B`: what changed from one map to another; exit 0 equal, 1 different, 2 trouble. */
export const diffCommand: Command = {
  name: "diff",
  summary: "show what changed between two maps (exit 0 equal, 1 different, 2 error)",
  usage: "diff A B",
  description:
    "Compares map A with map B by id: claims, relations and sources added (+), removed (-) and changed (~, with\n" +
    "each changed field's old and new value), and changes to the title, description and thesis. A claim whose id\n" +
    "changed shows as one removal and one addition; --match-text pairs it with its new id (=) when its text is the\n" +
    "same apart from case and spacing. --format json prints the diff as data. Like diff(1), prints nothing and\n" +
    "exits 0 when the maps are the same, exits 1 when they differ, and 2 when an input cannot be read or is invalid.",
  options: {
    format: { type: "string", short: "f", description: "output format (default text)", choices: ["text", "json"], valueName: "FORMAT" },
    "match-text": { type: "boolean", description: "pair removed and added claims with the same normalized text" },
  },
  positionals: { min: 2, max: 2 },
  // Invalid input is trouble (2) here: 1 means "the maps differ".
  invalidInputExit: 2,
  load: () => import("../actions/diff.js"),
};

import type { Command } from "../command.js";

/** `argmap validate FILE...`: checks maps and prints their issues. */
export const validateCommand: Command = {
  name: "validate",
  summary: "check maps and list their problems",
  usage: "validate FILE...",
  description:
    "Validates each FILE (or standard input for -), in any format argmap reads, against the argmap format and its\n" +
    "consistency rules; a map read from another format also gets the reader's warnings.\n" +
    "Errors, warnings and a line for each valid file are printed on standard error as `file:path: code message`.\n" +
    "Exits 1 if any file has errors, or, with --strict, warnings. With --format json, prints { ok, issues } to standard\n" +
    "output instead, each issue with its file. --out writes the report (text or JSON) to a file.",
  options: {
    format: { type: "string", short: "f", description: "output format", choices: ["text", "json"], valueName: "FORMAT" },
    strict: { type: "boolean", description: "treat warnings as errors: exit 1 if there are any" },
    quiet: { type: "boolean", short: "q", description: "print only errors (and with --strict, warnings), no line for valid files" },
    out: { type: "string", short: "o", description: "write the report to FILE", valueName: "FILE" },
  },
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  load: () => import("../actions/validate.js"),
};

import { ALL_SEMANTICS } from "../../evaluate/semantics.js";
import type { Command } from "../command.js";
import { READ_FORMATS } from "../read-formats.js";

/** `argmap evaluate FILE`: which claims stand, or how strong they are. */
export const evaluateCommand: Command = {
  name: "evaluate",
  summary: "evaluate a map or an ICCMA framework under a semantics",
  usage: "evaluate FILE",
  description:
    "Evaluates FILE under an extension semantics (labels in/out/undec) or a gradual one (strengths in [0, 1]).\n" +
    "FILE is a map in any format argmap reads, or an abstract framework in ICCMA 2023 (`p af N`) or ASPARTIX (`.apx`) format.\n" +
    "For a map, several extensions combine sceptically (in when in all of them, decided exactly, without listing them); for a framework they are listed.\n" +
    "--timeout stops a long computation: it says so on standard error and exits 1.",
  options: {
    semantics: { type: "string", short: "s", description: "the semantics (default grounded)", choices: ALL_SEMANTICS, valueName: "NAME" },
    format: { type: "string", short: "f", description: "output format", choices: ["text", "json"], valueName: "FORMAT" },
    limit: { type: "string", description: "most extensions of a framework to list (default: all; 0 lists none)", valueName: "N" },
    step: { type: "string", description: "gradual semantics: how far each iteration moves, in (0, 1] (default 1; 0.5 settles oscillations)", valueName: "X" },
    timeout: { type: "string", description: "stop after this many seconds (exit 1)", valueName: "SECONDS" },
  },
  positionals: { min: 1, max: 1 },
  reads: READ_FORMATS,
  load: () => import("../actions/evaluate.js"),
};

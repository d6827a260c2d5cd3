import { ALL_SEMANTICS, GRADUAL_SEMANTICS } from "../../evaluate/semantics.js";
import type { Command } from "../command.js";

/**
 * The contribution methods, as `--method` lists them: written out here so
 * that the help does not load argmap/evaluate's contributions
 * (tests/cli/explain.test.ts checks them against `CONTRIBUTION_METHODS`).
 */
export const EXPLAIN_METHODS = ["removal", "restricted-removal", "shapley", "gradient"] as const;

/** `argmap explain FILE`: why a claim stands or falls, and what moves its strength. */
export const explainCommand: Command = {
  name: "explain",
  summary: "say why a claim stands or falls, and which claims matter most",
  usage: "explain FILE",
  description:
    "Explains the thesis of the map in FILE (or --claim): why it stands, falls or stays open under --semantics\n" +
    "(grounded by default): each objection and what answers it, its defence (a minimal admissible set that holds it),\n" +
    "which claims' removal would change the verdict, and the claims that move its strength most, with their signs\n" +
    "(contributions under a gradual semantics: DF-QuAD, or --gradual, or --semantics itself when it is gradual).\n" +
    "Without a thesis and --claim, the top claim with the most arguments behind it is explained (a note says so).",
  options: {
    claim: { type: "string", short: "c", description: "explain this claim or relation instead of the thesis", valueName: "ID" },
    semantics: { type: "string", short: "s", description: "the semantics (default grounded)", choices: ALL_SEMANTICS, valueName: "NAME" },
    method: { type: "string", short: "m", description: "how contributions are measured (default removal)", choices: EXPLAIN_METHODS, valueName: "M" },
    gradual: { type: "string", description: "the gradual semantics of the contributions beside an extension --semantics (default dfquad)", choices: GRADUAL_SEMANTICS, valueName: "NAME" },
    format: { type: "string", short: "f", description: "output format (default text)", choices: ["text", "markdown", "json"], valueName: "FORMAT" },
    out: { type: "string", short: "o", description: "write to FILE instead of standard output", valueName: "FILE" },
    top: { type: "string", description: "list the N strongest contributions (default 5; json lists all)", valueName: "N" },
    language: { type: "string", description: "write in this language (en, de; default: the map's language, else en)", valueName: "LANG" },
    width: { type: "string", description: "wrap text at N columns, 0 for none (default 80)", valueName: "N" },
    step: { type: "string", description: "gradual strengths on cycles: how far each iteration moves, in (0, 1] (default 1)", valueName: "X" },
    timeout: { type: "string", description: "stop after this many seconds (exit 1)", valueName: "SECONDS" },
  },
  positionals: { min: 1, max: 1 },
  load: () => import("../actions/explain.js"),
};

import { ALL_SEMANTICS } from "../../evaluate/semantics.js";
import type { Command } from "../command.js";

/** The `--format` names of `argmap summarize`. */
const FORMATS = ["markdown", "text", "prose", "key-points", "json"] as const;

/**
 * The roles and languages of summaries, as `argmap summarize --help` lists
 * them: written out here so that the help does not load the summarizer
 * (tests/cli/lazy.test.ts checks them against `SUMMARY_ROLES` and
 * `SUMMARY_LANGUAGES`).
 */
export const SUMMARY_HELP = { roles: ["reason", "objection", "rebuttal", "undercut"], languages: ["en", "de"] } as const;

/** `argmap summarize FILE`: prints an outline or prose summary of a map, with citations. */
export const summarizeCommand: Command = {
  name: "summarize",
  summary: "write a cited outline or prose summary of a map",
  usage: "summarize FILE",
  description:
    "Summarizes the map in FILE (or standard input for -) from its thesis, or from --root: the reasons,\n" +
    "objections, rebuttals and undercuts, each with the quoted words of its source.\n" +
    "Formats: markdown (an outline, the default), text (a plain outline), prose (250 words unless --words),\n" +
    "key-points (the strongest points for and against), json (the summary data).\n" +
    "--language writes English (en) or German (de); without it, the map's own language chooses, else the language its claims are written in.\n" +
    "With --semantics, the summary also says which reasons and objections stand, or how strong they are.",
  options: {
    format: { type: "string", short: "f", description: "output format", choices: FORMATS, valueName: "FORMAT" },
    root: { type: "string", short: "r", description: "summarize from this claim instead of the thesis", valueName: "ID" },
    depth: { type: "string", short: "d", description: "follow at most N levels of arguments below the root", valueName: "N" },
    roles: { type: "string", description: `include only these roles, comma-separated (${SUMMARY_HELP.roles.join(",")})`, valueName: "LIST" },
    "max-length": { type: "string", description: "write at most N characters of claim text", valueName: "N" },
    words: { type: "string", description: "keep prose within N words, choosing the weightiest points (default 250 for prose)", valueName: "N" },
    language: { type: "string", description: `write in this language (${SUMMARY_HELP.languages.join(", ")}; default: the map's language, else the language of its text, else en)`, valueName: "LANG" },
    "no-citations": { type: "boolean", description: "leave out the quoted words of the sources" },
    semantics: { type: "string", short: "s", description: "evaluate the map and include the result", choices: ALL_SEMANTICS, valueName: "NAME" },
    subject: { type: "string", description: 'who argues, in prose (default "The author")', valueName: "TEXT" },
    width: { type: "string", description: "wrap text and prose at N columns, 0 for none (default 80)", valueName: "N" },
    out: { type: "string", short: "o", description: "write to FILE instead of standard output", valueName: "FILE" },
    timeout: { type: "string", description: "stop the evaluation (--semantics) after this many seconds (exit 1)", valueName: "SECONDS" },
    step: { type: "string", description: "gradual --semantics: how far each iteration moves, in (0, 1] (default 1; 0.5 settles oscillations)", valueName: "X" },
  },
  positionals: { min: 1, max: 1 },
  load: () => import("../actions/summarize.js"),
};

import type { Command } from "../command.js";

/** ICCMA's names of the semantics argmap solves tasks for, and argmap's names of them. */
export const ICCMA_SEMANTICS = { CO: "complete", GR: "grounded", PR: "preferred", ST: "stable", SST: "semi-stable", ID: "ideal" } as const;

/** The tasks: SE (some extension), DC (credulous), DS (sceptical), CE (count the extensions). */
export const ICCMA_TASKS = ["SE", "DC", "DS", "CE"] as const;

/** Every problem `argmap iccma` solves, `TASK-SEMANTICS`, in the order `--problems` lists them. */
export const ICCMA_PROBLEMS: readonly string[] = Object.keys(ICCMA_SEMANTICS).flatMap((semantics) => ICCMA_TASKS.map((task) => `${task}-${semantics}`));

/** `argmap iccma -p TASK -f FILE [-a ARG]`: the solver interface of ICCMA 2023. */
export const iccmaCommand: Command = {
  name: "iccma",
  summary: "solve an ICCMA task on a framework file, as competition solvers do",
  usage: "iccma -p TASK -f FILE [-a ARG] [--fo i23|apx|tgf]",
  description:
    "The solver interface of the ICCMA 2023 competition. TASK is SE (some extension), DC (is ARG in some extension),\n" +
    "DS (is ARG in every extension) or CE (how many extensions), then - and the semantics: CO complete, GR grounded,\n" +
    "PR preferred, ST stable, SST semi-stable, ID ideal (argmap iccma --problems lists them all).\n" +
    "FILE is in ICCMA 2023's `p af N` format (i23), ASPARTIX (apx) or TGF; --fo names it, otherwise the file name\n" +
    "(.i23, .af, .apx, .tgf), then the content decides. Output as ICCMA 2023 specifies: SE prints `w` and the\n" +
    "extension's arguments (`w 1 2 5`), or NO when there is none; DC prints YES and `w …` (an extension with ARG),\n" +
    "or NO; DS prints YES, or NO and `w …` (an extension without ARG); CE prints the count.",
  options: {
    problem: { type: "string", short: "p", description: "the task", choices: ICCMA_PROBLEMS, valueName: "TASK" },
    file: { type: "string", short: "f", description: "the framework file (- for standard input)", valueName: "FILE" },
    argument: { type: "string", short: "a", description: "the query argument of DC and DS (its number in i23, its name in apx and tgf)", valueName: "ARG" },
    fo: { type: "string", description: "the file's format (default: by file name, then by content)", choices: ["i23", "apx", "tgf"], valueName: "FORMAT" },
    problems: { type: "boolean", description: "list the tasks, as [SE-CO,DC-CO,…], and exit" },
    timeout: { type: "string", description: "stop after this many seconds (exit 1)", valueName: "SECONDS" },
  },
  positionals: { min: 0, max: 0 },
  load: () => import("../actions/iccma.js"),
};

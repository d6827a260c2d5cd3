/** `argmap iccma -p TASK -f FILE [-a ARG]`: the solver interface of ICCMA 2023. */
import { ArgmapError, type ArgmapIssue } from "../../errors.js";
import { extensionContaining, extensionWithout } from "../../evaluate/certificates.js";
import { countExtensions, someExtension } from "../../evaluate/extensions.js";
import type { Framework } from "../../evaluate/framework.js";
import { detectFrameworkFormat, parseFramework, type FrameworkTextFormat } from "../../evaluate/framework-text.js";
import type { Labelling } from "../../evaluate/labelling.js";
import { InvalidInputError, UsageError, type CommandContext } from "../command.js";
import { ICCMA_PROBLEMS, ICCMA_SEMANTICS } from "../commands/iccma.js";
import { displayName } from "../issue-line.js";
import { timeLimitOption } from "../option-values.js";
import { escapeControls, safeName } from "../safe-text.js";

const USAGE = "usage: argmap iccma -p TASK -f FILE [-a ARG] [--fo i23|apx|tgf], or argmap iccma --problems";

/** The format of `--fo` and of a file name's ending. */
const FORMATS: Readonly<Record<string, FrameworkTextFormat>> = { i23: "iccma", af: "iccma", iccma: "iccma", apx: "apx", tgf: "tgf" };

/** Runs `argmap iccma` (its options are described in src/cli/commands/iccma.ts). */
export async function run(context: CommandContext): Promise<number> {
  const { options, out } = context;
  if (options.problems === true) {
    if (options.problem !== undefined || options.file !== undefined || options.argument !== undefined) throw new UsageError(`--problems takes no other option; ${USAGE}`);
    out(`[${ICCMA_PROBLEMS.join(",")}]\n`);
    return 0;
  }
  const problem = options.problem;
  const file = options.file;
  if (typeof problem !== "string" || typeof file !== "string") throw new UsageError(USAGE);
  const [task, code] = problem.split("-") as [string, keyof typeof ICCMA_SEMANTICS];
  const semantics = ICCMA_SEMANTICS[code];
  const query = options.argument;
  const needsArgument = task === "DC" || task === "DS";
  if (needsArgument && typeof query !== "string") throw new UsageError(`${problem} needs the query argument: -a ARG`);
  if (!needsArgument && query !== undefined) throw new UsageError(`${problem} takes no query argument (-a is for DC and DS)`, "invalid-option");
  const limits = timeLimitOption(options.timeout);
  const name = displayName(file);
  const named = formatOf(file, options.fo, options.from);
  const text = await context.read(file);
  const format = named ?? detectFrameworkFormat(text);
  const framework = guard(name, options.timeout, () => parseFramework(text, format));
  const witness = (labelling: Labelling): string => {
    const parts = ["w"];
    for (const a of labelling.extension) parts.push(escapeControls(framework.id(a)));
    return `${parts.join(" ")}\n`;
  };
  switch (task) {
    case "SE": {
      const found = guard(name, options.timeout, () => someExtension(framework, semantics, limits));
      out(found === undefined ? "NO\n" : witness(found));
      return 0;
    }
    case "CE":
      out(`${guard(name, options.timeout, () => countExtensions(framework, semantics, limits))}\n`);
      return 0;
    case "DC": {
      const a = argumentOf(framework, format, query as string, name);
      const found = guard(name, options.timeout, () => extensionContaining(framework, semantics, a, limits));
      out(found === undefined ? "NO\n" : `YES\n${witness(found)}`);
      return 0;
    }
    default: {
      const a = argumentOf(framework, format, query as string, name);
      const found = guard(name, options.timeout, () => extensionWithout(framework, semantics, a, limits));
      out(found === undefined ? "YES\n" : `NO\n${witness(found)}`);
      return 0;
    }
  }
}

/** The file's format: `--fo` (or `--from iccma|apx`), else its name's ending; `undefined` to look at the content. */
function formatOf(file: string, fo: string | boolean | undefined, from: string | boolean | undefined): FrameworkTextFormat | undefined {
  if (typeof fo === "string") return FORMATS[fo];
  if (typeof from === "string") {
    if (from === "iccma" || from === "apx") return from;
    throw new UsageError(`argmap iccma reads frameworks (i23, apx, tgf), not ${safeName(from)}; name the format with --fo`, "invalid-option");
  }
  const ending = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  return ending === undefined || file === "-" ? undefined : FORMATS[ending];
}

/** The query argument's number: its id (in i23 files the id is its number). */
function argumentOf(framework: Framework, format: FrameworkTextFormat, query: string, name: string): number {
  const a = framework.indexOf(query);
  if (a < 0) throw new UsageError(`-a ${safeName(query)}: ${name} has no such argument${format === "iccma" ? ` (its arguments are 1..${framework.size})` : ""}`, "invalid-option");
  return a;
}

/** Runs `work`; a reader's or solver's error becomes invalid input of `file`, a time limit says `--timeout` stopped it. */
function guard<T>(file: string, timeout: string | boolean | undefined, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof ArgmapError)) throw error;
    const issues = (error.issues as readonly ArgmapIssue<string>[]).map((issue) =>
      issue.code === "time-limit" && typeof timeout === "string" ? { ...issue, path: [], message: `stopped by --timeout ${safeName(timeout)} (seconds) before the evaluation finished` } : issue,
    );
    throw new InvalidInputError(file, issues);
  }
}

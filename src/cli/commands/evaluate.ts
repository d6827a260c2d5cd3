import { ArgmapError } from "../../errors.js";
import type { ArgumentMap } from "../../map/argument-map.js";
import { evaluationLabel, evaluationStrength, type MapEvaluation } from "../../map/evaluation.js";
import { TimeLimitError } from "../../evaluate/budget.js";
import { evaluateMap } from "../../evaluate/evaluate-map.js";
import { extensions } from "../../evaluate/extensions.js";
import type { Framework } from "../../evaluate/framework.js";
import { parseFramework } from "../../evaluate/framework-text.js";
import { gradual } from "../../evaluate/gradual.js";
import { extensionIds } from "../../evaluate/labelling.js";
import { ALL_SEMANTICS, isGradualSemantics, type Semantics } from "../../evaluate/semantics.js";
import { InvalidInputError, UsageError, type Command } from "../command.js";
import { displayName, integerOption, mapFromText } from "../io.js";


/** `argmap evaluate FILE`: which claims stand, or how strong they are. */
export const evaluateCommand: Command = {
  name: "evaluate",
  summary: "evaluate a map or an ICCMA framework under a semantics",
  usage: "evaluate FILE",
  description:
    "Evaluates FILE under an extension semantics (labels in/out/undec) or a gradual one (strengths in [0, 1]).\n" +
    "FILE is argmap JSON, or an abstract framework in ICCMA 2023 (`p af N`) or ASPARTIX (`.apx`) format.\n" +
    "For a map, several extensions combine sceptically (in when in all of them, decided exactly, without listing them); for a framework they are listed.\n" +
    "--timeout stops a long computation: it says so on standard error and exits 1.",
  options: {
    semantics: { type: "string", short: "s", description: "the semantics (default grounded)", choices: ALL_SEMANTICS, valueName: "NAME" },
    format: { type: "string", description: "output format", choices: ["text", "json"], valueName: "FORMAT" },
    limit: { type: "string", description: "most extensions of a framework to list (default 1000)", valueName: "N" },
    step: { type: "string", description: "gradual semantics: how far each iteration moves, in (0, 1] (default 1; 0.5 settles oscillations)", valueName: "X" },
    timeout: { type: "string", description: "stop after this many seconds (exit 1)", valueName: "SECONDS" },
  },
  positionals: { min: 1, max: 1 },
  async run({ args, options, out, err, read }) {
    const file = args[0]!;
    const name = displayName(file);
    const semantics = (typeof options.semantics === "string" ? options.semantics : "grounded") as Semantics;
    const limit = integerOption("limit", options.limit) ?? 1000;
    const step = numberOption("step", options.step, (x) => x > 0 && x <= 1, "a number in (0, 1]");
    const timeout = numberOption("timeout", options.timeout, (x) => x > 0 && Number.isFinite(x), "a positive number of seconds");
    const json = options.format === "json";
    const text = await read(file);
    const limits = { ...(timeout !== undefined ? { timeLimit: timeout * 1000 } : {}) };
    const gradualOptions = { ...limits, ...(step !== undefined ? { step } : {}) };
    try {
      if (looksLikeJson(file, text)) {
        const { map } = mapFromText(file, text);
        const evaluation = guard(name, () => evaluateMap(map, semantics, gradualOptions));
        out(json ? `${JSON.stringify(mapJson(map, evaluation), null, 2)}\n` : mapText(map, evaluation));
        if (evaluation.converged === false) err(notConverged(evaluation.iterations ?? 0));
        return 0;
      }
      return frameworkRun(name, text, semantics, limit, json, limits, gradualOptions, out, err);
    } catch (error) {
      if (!(error instanceof TimeLimitError)) throw error;
      err(`argmap evaluate: ${name}: stopped after --timeout ${String(options.timeout)} seconds without a result (time-limit)\n`);
      return 1;
    }
  },
};

/** Evaluates an ICCMA or ASPARTIX framework: strengths, or the extensions listed. */
function frameworkRun(
  name: string,
  text: string,
  semantics: Semantics,
  limit: number,
  json: boolean,
  limits: { readonly timeLimit?: number },
  gradualOptions: { readonly timeLimit?: number; readonly step?: number },
  out: (text: string) => void,
  err: (text: string) => void,
): number {
  const framework = guard(name, () => parseFramework(text));
  if (isGradualSemantics(semantics)) {
    const result = guard(name, () => gradual(framework, semantics, gradualOptions));
    const rows = Array.from({ length: framework.size }, (_, i) => ({ id: framework.id(i), strength: result.strengths[i]! }));
    if (json) out(`${JSON.stringify({ semantics, converged: result.converged, iterations: result.iterations, arguments: rows }, null, 2)}\n`);
    else {
      out(`${semantics}: ${result.converged ? "converged" : "did not converge"} after ${result.iterations} iterations\n`);
      for (const row of rows) out(`  ${row.strength.toFixed(4)}  ${row.id}\n`);
    }
    if (!result.converged) err(notConverged(result.iterations));
    return 0;
  }
  const found = guard(name, () => extensions(framework, semantics, { ...limits, limit: limit + 1 }));
  const complete = found.length <= limit;
  const listed = found.slice(0, limit).map((l) => extensionIds(framework, l));
  if (json) out(`${JSON.stringify({ semantics, count: listed.length, complete, extensions: listed }, null, 2)}\n`);
  else {
    out(`${semantics}: ${complete ? "" : "at least "}${listed.length} extension${listed.length === 1 ? "" : "s"}\n`);
    for (const extension of listed) out(`  [${extension.join(", ")}]\n`);
  }
  return 0;
}

/** The note on standard error for strengths that did not converge. */
function notConverged(iterations: number): string {
  return `argmap evaluate: note: the strengths did not converge within ${iterations} iterations; they are the last iterate, not a fixpoint (try --step 0.5)\n`;
}

/** Parses a number option, or throws a usage error. */
function numberOption(name: string, value: string | boolean | undefined, valid: (x: number) => boolean, expected: string): number | undefined {
  if (value === undefined) return undefined;
  const x = typeof value === "string" && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!valid(x)) throw new UsageError(`--${name} expects ${expected}, got ${String(value)}`);
  return x;
}

function looksLikeJson(file: string, text: string): boolean {
  if (/\.(apx|af|i23|tgf)$/i.test(file)) return false;
  return /^\s*[{[]/.test(text) || /\.json$/i.test(file);
}

function guard<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof TimeLimitError) throw error;
    if (error instanceof ArgmapError) throw new InvalidInputError(file, error.issues);
    throw error;
  }
}

function describe(evaluation: MapEvaluation, id: string): string {
  const label = evaluationLabel(evaluation, id);
  if (label !== undefined) return label.padEnd(5);
  const strength = evaluationStrength(evaluation, id);
  return strength === undefined ? "     " : strength.toFixed(3).padEnd(5);
}

function mapText(map: ArgumentMap, evaluation: MapEvaluation): string {
  const lines: string[] = [`${map.title} — ${evaluation.semantics}`];
  if (evaluation.converged !== undefined) lines.push(`${evaluation.converged ? "converged" : "did not converge"} after ${evaluation.iterations ?? 0} iterations`);
  lines.push("", "Claims:");
  for (const claim of map.claims()) lines.push(`  ${describe(evaluation, claim.id)}  ${claim.id}${claim.id === map.thesis ? " (thesis)" : ""}: ${claim.text}`);
  if (map.relationCount > 0) lines.push("", "Relations:");
  for (const relation of map.relations()) {
    const kind = relation.type === "support" ? "supports" : map.hasRelation(relation.to) ? "undercuts" : "attacks";
    lines.push(`  ${describe(evaluation, relation.id)}  ${relation.id}: ${relation.from.join(" + ")} ${kind} ${relation.to}`);
  }
  return `${lines.join("\n")}\n`;
}

function mapJson(map: ArgumentMap, evaluation: MapEvaluation): unknown {
  const row = (id: string): Record<string, unknown> => {
    const entry: Record<string, unknown> = { id };
    const label = evaluationLabel(evaluation, id);
    if (label !== undefined) entry.label = label;
    const strength = evaluationStrength(evaluation, id);
    if (strength !== undefined) entry.strength = strength;
    return entry;
  };
  return {
    semantics: evaluation.semantics,
    complete: evaluation.complete,
    ...(evaluation.converged !== undefined ? { converged: evaluation.converged, iterations: evaluation.iterations } : {}),
    claims: map.claims().map((c) => row(c.id)),
    relations: map.relations().map((r) => row(r.id)),
  };
}

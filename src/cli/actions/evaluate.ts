/** `argmap evaluate FILE`: which claims stand, or how strong they are. */
import { ArgmapError } from "../../errors.js";
import type { ArgumentMap } from "../../map/argument-map.js";
import { evaluationLabel, evaluationStrength, type MapEvaluation } from "../../map/evaluation.js";
import { evaluateMap } from "../../evaluate/evaluate-map.js";
import { extensions } from "../../evaluate/extensions.js";
import type { Framework } from "../../evaluate/framework.js";
import { gradual } from "../../evaluate/gradual.js";
import { extensionIds } from "../../evaluate/labelling.js";
import { isGradualSemantics, type Semantics } from "../../evaluate/semantics.js";
import { InvalidInputError, type CommandContext } from "../command.js";
import { readInput } from "../io.js";
import { integerOption, numberOption, timeLimitOption } from "../option-values.js";
import { escapeControls, escapeJsonText } from "../safe-text.js";
import { countOf } from "../../internal/count-of.js";

/** Runs `argmap evaluate` (its options are described in src/cli/commands/evaluate.ts). */
export async function run(context: CommandContext): Promise<number> {
  const { args, options, out } = context;
  const err = context.note;
  const file = args[0]!;
  const semantics = (typeof options.semantics === "string" ? options.semantics : "grounded") as Semantics;
  const limit = integerOption("limit", options.limit) ?? Number.POSITIVE_INFINITY;
  const step = numberOption("step", options.step, (x) => x > 0 && x <= 1, "a number in (0, 1]");
  const json = options.format === "json";
  const limits = timeLimitOption(options.timeout);
  const gradualOptions = { ...limits, ...(step !== undefined ? { step } : {}) };
  const input = await readInput(context, file, { from: options.from, frameworks: true });
  if ("map" in input) {
    const { map } = input;
    const evaluation = guard(input.name, () => evaluateMap(map, semantics, gradualOptions));
    out(json ? `${escapeJsonText(JSON.stringify(mapJson(map, evaluation), null, 2))}\n` : mapText(map, evaluation));
    if (evaluation.converged === false) err(notConverged(evaluation.iterations ?? 0));
    context.wrote(`${evaluation.semantics} ${isGradualSemantics(evaluation.semantics) ? "strengths" : "labels"} of ${countOf(map.claimCount, "claim")} and ${countOf(map.relationCount, "relation")}`);
    return 0;
  }
  context.wrote(`${semantics} evaluation of ${countOf(input.framework.size, "argument")}`);
  return frameworkRun(input.name, input.framework, semantics, limit, json, limits, gradualOptions, out, err);
}

/** Evaluates an ICCMA or ASPARTIX framework: strengths, or the extensions listed. */
function frameworkRun(
  name: string,
  framework: Framework,
  semantics: Semantics,
  limit: number,
  json: boolean,
  limits: { readonly timeLimit?: number },
  gradualOptions: { readonly timeLimit?: number; readonly step?: number },
  out: (text: string) => void,
  err: (text: string) => void,
): number {
  if (isGradualSemantics(semantics)) {
    const result = guard(name, () => gradual(framework, semantics, gradualOptions));
    const rows = Array.from({ length: framework.size }, (_, i) => ({ id: framework.id(i), strength: result.strengths[i]! }));
    if (json) out(`${escapeJsonText(JSON.stringify({ semantics, converged: result.converged, iterations: result.iterations, arguments: rows }, null, 2))}\n`);
    else {
      out(`${semantics}: ${result.converged ? "converged" : "did not converge"} after ${countOf(result.iterations, "iteration")}\n`);
      for (const row of rows) out(`  ${row.strength.toFixed(4)}  ${escapeControls(row.id)}\n`);
    }
    if (!result.converged) err(notConverged(result.iterations));
    return 0;
  }
  // One more than asked tells whether the list is complete.
  const found = guard(name, () => extensions(framework, semantics, { ...limits, limit: limit + 1 }));
  const complete = found.length <= limit;
  const listed = found.slice(0, limit).map((l) => extensionIds(framework, l));
  if (json) out(`${escapeJsonText(JSON.stringify({ semantics, count: listed.length, complete, extensions: listed }, null, 2))}\n`);
  else {
    out(`${semantics}: ${complete ? "" : "at least "}${countOf(listed.length, "extension")}\n`);
    for (const extension of listed) out(`  [${extension.map(escapeControls).join(", ")}]\n`);
  }
  return 0;
}

/** The note on standard error for strengths that did not converge. */
function notConverged(iterations: number): string {
  return `argmap evaluate: note: the strengths did not converge within ${countOf(iterations, "iteration")}; they are the last iterate, not a fixpoint (try --step 0.5)\n`;
}

function guard<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    // A time limit is reported by the command line with its --timeout.
    if (error instanceof ArgmapError && error.code !== "time-limit") throw new InvalidInputError(file, error.issues);
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
  const lines: string[] = [`${escapeControls(map.title)} — ${evaluation.semantics}`];
  if (evaluation.converged !== undefined) lines.push(`${evaluation.converged ? "converged" : "did not converge"} after ${countOf(evaluation.iterations ?? 0, "iteration")}`);
  lines.push("", "Claims:");
  for (const claim of map.claims()) lines.push(`  ${describe(evaluation, claim.id)}  ${escapeControls(claim.id)}${claim.id === map.thesis ? " (thesis)" : ""}: ${escapeControls(claim.text)}`);
  if (map.relationCount > 0) lines.push("", "Relations:");
  for (const relation of map.relations()) {
    const kind = relation.type === "support" ? "supports" : map.hasRelation(relation.to) ? "undercuts" : "attacks";
    lines.push(`  ${describe(evaluation, relation.id)}  ${escapeControls(relation.id)}: ${relation.from.map(escapeControls).join(" + ")} ${kind} ${escapeControls(relation.to)}`);
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

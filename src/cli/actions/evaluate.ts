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
    const chunks = new ChunkedOutput(out);
    if (json) writeMapJson(map, evaluation, chunks);
    else writeMapText(map, evaluation, chunks);
    chunks.flush();
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
  // Only what was asked for is computed: a list that reaches the limit may
  // go on, unless the semantics has one extension only.
  const found = guard(name, () => extensions(framework, semantics, { ...limits, limit }));
  const complete = found.length < limit || ((semantics === "grounded" || semantics === "ideal") && found.length === 1);
  const listed = found.map((l) => extensionIds(framework, l));
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

/** Collects output into chunks of about 64 KiB: a map of a million claims is printed as it is written, never held as one string. */
class ChunkedOutput {
  #parts: string[] = [];
  #size = 0;
  readonly #out: (text: string) => void;

  constructor(out: (text: string) => void) {
    this.#out = out;
  }

  write(text: string): void {
    this.#parts.push(text);
    this.#size += text.length;
    if (this.#size >= 65536) this.flush();
  }

  flush(): void {
    if (this.#parts.length > 0) this.#out(this.#parts.join(""));
    this.#parts = [];
    this.#size = 0;
  }
}

/**
 * The evaluation's entry for the claim or relation at `position` (claims
 * first, then relations, in map order, as evaluateMap lists them), found by
 * position; by id when the evaluation is ordered otherwise.
 */
function entryAt(evaluation: MapEvaluation, position: number, id: string): string {
  const label = evaluation.labels?.[position];
  if (label !== undefined && label.id === id) return label.label.padEnd(5);
  const strength = evaluation.strengths?.[position];
  if (strength !== undefined && strength.id === id) return strength.strength.toFixed(3).padEnd(5);
  return describe(evaluation, id);
}

function describe(evaluation: MapEvaluation, id: string): string {
  const label = evaluationLabel(evaluation, id);
  if (label !== undefined) return label.padEnd(5);
  const strength = evaluationStrength(evaluation, id);
  return strength === undefined ? "     " : strength.toFixed(3).padEnd(5);
}

function writeMapText(map: ArgumentMap, evaluation: MapEvaluation, output: ChunkedOutput): void {
  output.write(`${escapeControls(map.title)} — ${evaluation.semantics}\n`);
  if (evaluation.converged !== undefined) output.write(`${evaluation.converged ? "converged" : "did not converge"} after ${countOf(evaluation.iterations ?? 0, "iteration")}\n`);
  output.write("\nClaims:\n");
  const claims = map.claims();
  claims.forEach((claim, i) => {
    output.write(`  ${entryAt(evaluation, i, claim.id)}  ${escapeControls(claim.id)}${claim.id === map.thesis ? " (thesis)" : ""}: ${escapeControls(claim.text)}\n`);
  });
  if (map.relationCount > 0) output.write("\nRelations:\n");
  map.relations().forEach((relation, r) => {
    const kind = relation.type === "support" ? "supports" : map.hasRelation(relation.to) ? "undercuts" : "attacks";
    output.write(`  ${entryAt(evaluation, claims.length + r, relation.id)}  ${escapeControls(relation.id)}: ${relation.from.map(escapeControls).join(" + ")} ${kind} ${escapeControls(relation.to)}\n`);
  });
}

/** Writes `{ semantics, complete, …, claims: [{ id, label | strength }], relations: […] }` as JSON.stringify(…, null, 2) would. */
// Ids go through escapeJsonText as the other JSON outputs do; the rest is argmap's own ASCII.
function writeMapJson(map: ArgumentMap, evaluation: MapEvaluation, output: ChunkedOutput): void {
  const head: Record<string, unknown> = {
    semantics: evaluation.semantics,
    complete: evaluation.complete,
    ...(evaluation.converged !== undefined ? { converged: evaluation.converged, iterations: evaluation.iterations } : {}),
  };
  output.write(JSON.stringify(head, null, 2).slice(0, -2));
  let position = 0;
  const list = (key: string, items: readonly { readonly id: string }[]): void => {
    output.write(`,\n  ${JSON.stringify(key)}: [`);
    items.forEach((item, i) => {
      const at = position++;
      const fields = [`"id": ${escapeJsonText(JSON.stringify(item.id))}`];
      const label = evaluation.labels?.[at]?.id === item.id ? evaluation.labels[at]!.label : evaluationLabel(evaluation, item.id);
      if (label !== undefined) fields.push(`"label": ${JSON.stringify(label)}`);
      const strength = evaluation.strengths?.[at]?.id === item.id ? evaluation.strengths[at]!.strength : evaluationStrength(evaluation, item.id);
      if (strength !== undefined) fields.push(`"strength": ${JSON.stringify(strength)}`);
      output.write(`${i === 0 ? "" : ","}\n    {\n      ${fields.join(",\n      ")}\n    }`);
    });
    output.write(items.length === 0 ? "]" : "\n  ]");
  };
  list("claims", map.claims());
  list("relations", map.relations());
  output.write("\n}\n");
}

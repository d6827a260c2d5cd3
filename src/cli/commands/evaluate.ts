import { ArgmapError } from "../../errors.js";
import type { ArgumentMap } from "../../map/argument-map.js";
import type { MapEvaluation } from "../../map/evaluation.js";
import { evaluateMap } from "../../evaluate/evaluate-map.js";
import { extensions } from "../../evaluate/extensions.js";
import type { Framework } from "../../evaluate/framework.js";
import { gradual } from "../../evaluate/gradual.js";
import { extensionIds } from "../../evaluate/labelling.js";
import { ALL_SEMANTICS, isGradualSemantics, type Semantics } from "../../evaluate/semantics.js";
import { InvalidInputError, type Command } from "../command.js";
import { displayName, integerOption, readInput } from "../io.js";
import { escapeControls } from "../safe-text.js";

/** Most extensions listed or combined without --limit: the default of evaluateMap. */
const DEFAULT_LIMIT = 10_000;


/** `argmap evaluate FILE`: which claims stand, or how strong they are. */
export const evaluateCommand: Command = {
  name: "evaluate",
  summary: "evaluate a map or an ICCMA framework under a semantics",
  usage: "evaluate FILE",
  description:
    "Evaluates FILE under an extension semantics (labels in/out/undec) or a gradual one (strengths in [0, 1]).\n" +
    "FILE is a map in any format argmap reads, or an abstract framework in ICCMA 2023 (`p af N`) or ASPARTIX (`.apx`) format.\n" +
    "For a map, several extensions combine sceptically (in when in all of them); for a framework they are listed.",
  options: {
    semantics: { type: "string", short: "s", description: "the semantics (default grounded)", choices: ALL_SEMANTICS, valueName: "NAME" },
    format: { type: "string", short: "f", description: "output format", choices: ["text", "json"], valueName: "FORMAT" },
    limit: { type: "string", description: `most extensions to list or combine, at least 1 (default ${DEFAULT_LIMIT.toLocaleString("en")}, as in evaluateMap)`, valueName: "N" },
    quiet: { type: "boolean", short: "q", description: "do not print the reader's warnings" },
  },
  positionals: { min: 1, max: 1 },
  async run(context) {
    const { args, options, out } = context;
    const file = args[0]!;
    const name = displayName(file);
    const semantics = (typeof options.semantics === "string" ? options.semantics : "grounded") as Semantics;
    const given = integerOption("limit", options.limit, 1);
    const limit = given ?? DEFAULT_LIMIT;
    const json = options.format === "json";
    const input = await readInput(context, file, { from: options.from, frameworks: true });
    if ("map" in input) {
      const { map } = input;
      const evaluation = guard(name, () => evaluateMap(map, semantics, given !== undefined ? { limit: given } : {}));
      out(json ? `${JSON.stringify(mapJson(map, evaluation), null, 2)}\n` : mapText(map, evaluation));
      return 0;
    }
    const { framework } = input;
    if (isGradualSemantics(semantics)) {
      const result = gradual(framework, semantics);
      const rows = Array.from({ length: framework.size }, (_, i) => ({ id: framework.id(i), strength: result.strengths[i]! }));
      if (json) out(`${JSON.stringify({ semantics, converged: result.converged, iterations: result.iterations, arguments: rows }, null, 2)}\n`);
      else {
        out(`${semantics}: ${result.converged ? "converged" : "did not converge"} after ${result.iterations} iterations\n`);
        for (const row of rows) out(`  ${row.strength.toFixed(4)}  ${escapeControls(row.id)}\n`);
      }
      return 0;
    }
    const found = extensions(framework, semantics, { limit: limit + 1 });
    const complete = found.length <= limit;
    const listed = found.slice(0, limit).map((l) => extensionIds(framework, l));
    if (json) out(`${JSON.stringify({ semantics, count: listed.length, complete, extensions: listed }, null, 2)}\n`);
    else {
      out(`${semantics}: ${complete ? "" : "at least "}${listed.length} extension${listed.length === 1 ? "" : "s"}\n`);
      for (const extension of listed) out(`  [${extension.map(escapeControls).join(", ")}]\n`);
    }
    return 0;
  },
};

function guard<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ArgmapError) throw new InvalidInputError(file, error.issues);
    throw error;
  }
}

function describe(evaluation: MapEvaluation, id: string): string {
  const label = evaluation.labels?.get(id);
  if (label !== undefined) return label.padEnd(5);
  const strength = evaluation.strengths?.get(id);
  return strength === undefined ? "     " : strength.toFixed(3).padEnd(5);
}

function mapText(map: ArgumentMap, evaluation: MapEvaluation): string {
  const lines: string[] = [`${escapeControls(map.title)} — ${evaluation.semantics}`];
  if (evaluation.converged !== undefined) lines.push(`${evaluation.converged ? "converged" : "did not converge"} after ${evaluation.iterations ?? 0} iterations`);
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
    const label = evaluation.labels?.get(id);
    if (label !== undefined) entry.label = label;
    const strength = evaluation.strengths?.get(id);
    if (strength !== undefined) entry.strength = strength;
    return entry;
  };
  return {
    semantics: evaluation.semantics,
    ...(evaluation.converged !== undefined ? { converged: evaluation.converged, iterations: evaluation.iterations } : {}),
    claims: map.claims().map((c) => row(c.id)),
    relations: map.relations().map((r) => row(r.id)),
  };
}

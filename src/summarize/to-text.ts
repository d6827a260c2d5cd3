import { assessmentText, CitationNumbers, indentation, lineAssessment, outlineLines, roleName, singleSource } from "./outline.js";
import type { ArgumentSummary, Citation, SummaryClaim, SummaryReference } from "./types.js";
import { displayText, shortForm, shortLabel, withDefaults, wrap } from "./wording.js";

/** Options of {@link toText}. */
export interface TextOptions {
  /**
   * Wrap lines at this many columns; 0 keeps each point on one line.
   *
   * @defaultValue 80
   */
  readonly width?: number | undefined;
  /**
   * Start with the map's title, underlined.
   *
   * @defaultValue true
   */
  readonly title?: boolean | undefined;
}

/** Defaults of {@link TextOptions}. */
export const TEXT_DEFAULTS = Object.freeze({ width: 80, title: true });

/**
 * Renders a summary as an indented plain-text outline, numbered `#1`, `#2`,
 * … in reading order, each point with its role; a claim met again is
 * referred to by its number. Each cited point is followed by its quoted
 * words, and evaluation results by the point they judge. Indentation stops
 * growing after twelve levels.
 *
 * @param summary - A summary from {@link summarize}.
 * @param options - See {@link TextOptions}.
 * @returns Plain text ending in a newline.
 * @example
 * ```ts
 * console.log(toText(summarize(map), { width: 72 }));
 * // #1 Thesis: We should get pizza.
 * //   #2 Reason: Pizza is quick.
 * ```
 */
export function toText(summary: ArgumentSummary, options: TextOptions = {}): string {
  const settings = withDefaults(TEXT_DEFAULTS, options);
  const width = settings.width;
  const single = singleSource(summary);
  const seen = new CitationNumbers();
  const out: string[] = [];
  if (settings.title) {
    const title = wrap(summary.title.trim() === "" ? "(untitled)" : displayText(summary.title), width);
    const longest = Math.max(3, ...title.split("\n").map((line) => line.length));
    out.push(title, "=".repeat(longest));
    const source = summary.sources[0];
    if (single && source !== undefined) out.push(wrap(`Source: ${source.title}${source.url !== undefined ? ` <${source.url}>` : ""}`, width));
    if (summary.evaluation !== undefined) out.push(wrap(`Evaluated with ${summary.evaluation.semantics} semantics.`, width));
    out.push("");
  }
  if (summary.roots.length === 0) out.push("The map has no claims.");
  const block = (indent: string, head: string, body: string, citations: readonly Citation[], status: string | undefined): void => {
    const text = `${head}${body}${status !== undefined ? ` [${status}]` : ""}`;
    out.push(wrap(text, width, indent, `${indent}    `));
    for (const citation of citations) {
      // Quote each passage in full once; later mentions point back to it.
      const before = seen.list.length;
      const n = seen.number(citation);
      const quote = n <= before ? `(quoted above: "${shortForm(citation.quote)}")` : `"${citation.quote}"`;
      out.push(wrap(`${quote}${single ? "" : ` (${citation.title})`}`, width, `${indent}    `, `${indent}     `));
    }
  };
  const body = (premise: SummaryClaim | SummaryReference): string =>
    premise.kind === "claim" ? displayText(premise.text) : `${shortLabel(premise.text)} (see #${premise.number})`;
  for (const line of outlineLines(summary)) {
    const indent = indentation(line.level, "  ");
    switch (line.kind) {
      case "root":
        if (out.length > 0 && out[out.length - 1] !== "") out.push("");
        block(indent, `#${line.claim.number} ${line.thesis ? "Thesis" : "Conclusion"}: `, body(line.claim), line.claim.citations, assessmentText(line.claim.assessment));
        break;
      case "point": {
        const number = line.premise.kind === "claim" ? `#${line.premise.number} ` : "";
        const citations = line.premise.kind === "claim" ? line.premise.citations : [];
        block(indent, `${number}${roleName(line.argument.role)}: `, body(line.premise), citations, assessmentText(lineAssessment(line.argument, line.premise)));
        break;
      }
      case "linked":
        block(indent, `${roleName(line.argument.role)}, linked premises:`, "", [], assessmentText(line.argument.assessment));
        break;
      case "premise": {
        const number = line.premise.kind === "claim" ? `#${line.premise.number} ` : "";
        const citations = line.premise.kind === "claim" ? line.premise.citations : [];
        block(indent, `${number}`, body(line.premise), citations, line.premise.kind === "claim" ? assessmentText(line.premise.assessment) : undefined);
        break;
      }
      case "hidden":
        out.push(`${indent}(${line.count} more not shown)`);
        break;
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}

import { assessmentText, CitationNumbers, indentation, lineAssessment, outlineLines, roleName, singleSource } from "./outline.js";
import type { ArgumentSummary, Citation, SummaryClaim, SummaryReference } from "./types.js";
import { displayText, shortLabel, withDefaults } from "./wording.js";

/** Options of {@link toMarkdown}. */
export interface MarkdownOptions {
  /**
   * Start with the map's title as a level-1 heading (and its description).
   *
   * @defaultValue true
   */
  readonly title?: boolean | undefined;
}

/** Defaults of {@link MarkdownOptions}. */
export const MARKDOWN_DEFAULTS = Object.freeze({ title: true });

/**
 * Renders a summary as a Markdown outline: each root claim as a paragraph,
 * then nested list items for its reasons, objections, rebuttals and
 * undercuts, numbered `#1`, `#2`, … in reading order. A claim met again is
 * referred to by its number. Citations become footnotes with the quoted
 * words; evaluation results are shown after each point. Text from the map
 * is escaped. Lists nest at most twelve levels deep; deeper points stay at
 * the twelfth level.
 *
 * @param summary - A summary from {@link summarize}.
 * @param options - See {@link MarkdownOptions}.
 * @returns Markdown text ending in a newline.
 * @example
 * ```ts
 * console.log(toMarkdown(summarize(map)));
 * // **#1 Thesis.** We should get pizza.
 * //
 * // - **#2 Reason.** Pizza is quick.
 * ```
 */
export function toMarkdown(summary: ArgumentSummary, options: MarkdownOptions = {}): string {
  const settings = withDefaults(MARKDOWN_DEFAULTS, options);
  const notes = new CitationNumbers();
  const out: string[] = [];
  if (settings.title) {
    out.push(`# ${summary.title.trim() === "" ? "(untitled)" : escapeMarkdown(summary.title)}`, "");
    if (summary.description !== undefined) out.push(escapeMarkdown(summary.description), "");
  }
  if (summary.evaluation !== undefined) {
    out.push(`*Evaluated with ${escapeMarkdown(summary.evaluation.semantics)} semantics.*`, "");
  }
  if (summary.roots.length === 0) out.push("*The map has no claims.*", "");
  const footnotes = (citations: readonly Citation[]): string => citations.map((c) => `[^${notes.number(c)}]`).join("");
  const premiseText = (premise: SummaryClaim | SummaryReference): string =>
    premise.kind === "claim" ? `${escapeMarkdown(displayText(premise.text))}${footnotes(premise.citations)}` : `*${escapeMarkdown(shortLabel(premise.text))}* (see #${premise.number})`;
  const status = (text: string | undefined): string => (text === undefined ? "" : ` — *${text}*`);
  let inList = false;
  for (const line of outlineLines(summary)) {
    const indent = indentation(line.level - 1, "  ");
    switch (line.kind) {
      case "root": {
        if (inList) out.push("");
        inList = false;
        const name = line.thesis ? "Thesis" : "Conclusion";
        out.push(`**#${line.claim.number} ${name}.** ${premiseText(line.claim)}${status(assessmentText(line.claim.assessment))}`, "");
        break;
      }
      case "point": {
        inList = true;
        const number = line.premise.kind === "claim" ? `#${line.premise.number} ` : "";
        out.push(`${indent}- **${number}${roleName(line.argument.role)}.** ${premiseText(line.premise)}${status(assessmentText(lineAssessment(line.argument, line.premise)))}`);
        break;
      }
      case "linked": {
        inList = true;
        out.push(`${indent}- **${roleName(line.argument.role)}, linked premises:**${status(assessmentText(line.argument.assessment))}`);
        break;
      }
      case "premise": {
        const number = line.premise.kind === "claim" ? `**#${line.premise.number}** ` : "";
        out.push(`${indent}- ${number}${premiseText(line.premise)}${status(line.premise.kind === "claim" ? assessmentText(line.premise.assessment) : undefined)}`);
        break;
      }
      case "hidden": {
        out.push(`${indent}- *… ${line.count} more not shown*`);
        break;
      }
    }
  }
  if (inList) out.push("");
  if (notes.list.length > 0) {
    const single = singleSource(summary);
    notes.list.forEach((citation, i) => {
      const where = single ? "" : ` — ${citation.url !== undefined ? `[${escapeMarkdown(citation.title)}](${citation.url})` : escapeMarkdown(citation.title)}`;
      out.push(`[^${i + 1}]: “${escapeMarkdown(citation.quote)}”${where}`);
    });
    if (singleSource(summary) && summary.sources[0] !== undefined) {
      const source = summary.sources[0];
      out.push("", `Quotations from ${source.url !== undefined ? `[${escapeMarkdown(source.title)}](${source.url})` : `*${escapeMarkdown(source.title)}*`}.`);
    }
    out.push("");
  }
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}

/** Escapes Markdown syntax in text from the map and folds line breaks into spaces. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replace(/([\\`*_[\]<>|#~])/g, "\\$1");
}

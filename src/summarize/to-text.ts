import { firstWords, oneLine } from "./embed.js";
import { languageFor } from "./languages/index.js";
import { assessmentText, CitationNumbers, indentation, lineAssessment, outlineLines, referenceLabel, roleName, singleSource } from "./outline.js";
import type { ArgumentSummary, Citation, SummaryClaim, SummaryReference } from "./types.js";
import { standaloneSentence } from "./to-key-points.js";
import { verdictText, vocabularyOf } from "./to-prose.js";
import { sentence, withDefaults, wrap } from "./wording.js";

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
  /**
   * Whether to quote the cited words after each point. The same option,
   * with the same meaning, as in {@link summarize}, {@link toMarkdown} and
   * {@link toProse}.
   *
   * @defaultValue true
   */
  readonly citations?: boolean | undefined;
  /**
   * The language of headings and role names (`"en"`, `"de"`).
   *
   * @defaultValue the summary's language
   */
  readonly language?: string | undefined;
}

/**
 * Defaults of {@link TextOptions}.
 *
 * @example
 * ```ts
 * import { TEXT_DEFAULTS } from "argmap";
 *
 * console.log(TEXT_DEFAULTS.width); // 80
 * ```
 */
export const TEXT_DEFAULTS = Object.freeze({ width: 80, title: true, citations: true });

/**
 * Renders a summary as an indented plain-text outline, numbered `#1`, `#2`,
 * … in reading order, each point with its role; a claim met again is
 * referred to by its number. Each cited point is followed by its quoted
 * words, and evaluation results by the point they judge. Claims in no
 * relation are listed under "Other statements". Indentation stops growing
 * after twelve levels.
 *
 * @param summary - A summary from {@link summarize}.
 * @param options - See {@link TextOptions}.
 * @returns Plain text ending in a newline.
 * @throws {@link ArgmapError} `invalid-option` for a language argmap does not write.
 * @example
 * ```ts
 * import { argmap, summarize, toText } from "argmap";
 *
 * const map = argmap("Lunch").thesis("t", "We should get pizza.").claim("q", "Pizza is quick.").support("q", "t").build();
 * console.log(toText(summarize(map), { width: 72, citations: false }));
 * // #1 Thesis: We should get pizza.
 * //   #2 Reason: Pizza is quick.
 * ```
 */
export function toText(summary: ArgumentSummary, options: TextOptions = {}): string {
  const settings = withDefaults(TEXT_DEFAULTS, options);
  const language = options.language !== undefined ? languageFor(options.language, true) : languageFor(summary.language, false);
  const words = language.outline;
  const width = settings.width;
  const single = singleSource(summary);
  const seen = new CitationNumbers();
  const out: string[] = [];
  if (settings.title) {
    const title = wrap(summary.title.trim() === "" ? words.untitled : oneLine(summary.title), width);
    const longest = Math.max(3, ...title.split("\n").map((line) => line.length));
    out.push(title, "=".repeat(longest));
    const source = summary.sources[0];
    if (single && source !== undefined && settings.citations) out.push(wrap(words.source(`${source.title}${source.url !== undefined ? ` <${source.url}>` : ""}`), width));
  }
  if (summary.evaluation !== undefined) {
    const e = language.evaluation;
    out.push(wrap(e.evaluatedWith(e.semantics(summary.evaluation.semantics)), width));
    if (summary.evaluation.converged === false) out.push(wrap(`${e.notConverged}.`, width));
    if (summary.evaluation.complete === false) out.push(wrap(`${e.incomplete}.`, width));
  }
  if (out.length > 0) out.push("");
  if (summary.roots.length === 0 && summary.isolated.length === 0) out.push(words.noClaims);
  const block = (indent: string, head: string, body: string, citations: readonly Citation[], status: string | undefined): void => {
    const text = `${head}${body}${status !== undefined ? ` [${status}]` : ""}`;
    out.push(wrap(text, width, indent, `${indent}    `));
    if (!settings.citations) return;
    for (const citation of citations) {
      // Quote each passage in full once; later mentions point back to it.
      const before = seen.list.length;
      const n = seen.number(citation);
      const quote = n <= before ? `(${words.quotedAbove}: "${firstWords(citation.quote, 14)}")` : `"${oneLine(citation.quote)}"`;
      out.push(wrap(`${quote}${single ? "" : ` (${citation.title})`}`, width, `${indent}    `, `${indent}     `));
    }
  };
  const vocabulary = vocabularyOf(summary);
  const body = (premise: SummaryClaim | SummaryReference): string =>
    premise.kind === "claim" ? standaloneSentence(premise.text, language, vocabulary, words.noText) : `${referenceLabel(premise)} ${words.see(premise.number)}`;
  for (const line of outlineLines(summary)) {
    const indent = indentation(line.level, "  ");
    switch (line.kind) {
      case "root":
        if (out.length > 0 && out[out.length - 1] !== "") out.push("");
        block(indent, `#${line.claim.number} ${line.thesis ? words.thesis : words.conclusion}: `, body(line.claim), line.claim.citations, assessmentText(line.claim.assessment, language));
        break;
      case "point": {
        const number = line.premise.kind === "claim" ? `#${line.premise.number} ` : "";
        const citations = line.premise.kind === "claim" ? line.premise.citations : [];
        block(indent, `${number}${roleName(line.argument.role, language)}: `, body(line.premise), citations, assessmentText(lineAssessment(line.argument, line.premise), language));
        break;
      }
      case "linked":
        block(indent, `${words.linked(roleName(line.argument.role, language))}:`, "", [], assessmentText(line.argument.assessment, language));
        break;
      case "premise": {
        const number = line.premise.kind === "claim" ? `#${line.premise.number} ` : "";
        const citations = line.premise.kind === "claim" ? line.premise.citations : [];
        block(indent, `${number}`, body(line.premise), citations, line.premise.kind === "claim" ? assessmentText(line.premise.assessment, language) : undefined);
        break;
      }
      case "hidden":
        out.push(`${indent}(${words.hidden(line.count)})`);
        break;
    }
  }
  if (summary.isolated.length > 0) {
    if (out.length > 0 && out[out.length - 1] !== "") out.push("");
    out.push(`${words.otherStatements}:`);
    for (const claim of summary.isolated) block("  ", `#${claim.number} `, body(claim), claim.citations, undefined);
  }
  const verdict = verdictText(summary, language, vocabulary);
  if (verdict !== undefined) {
    if (out.length > 0 && out[out.length - 1] !== "") out.push("");
    out.push(wrap(`${words.verdict}: ${sentence(verdict)}`, width));
  }
  return `${out.join("\n").trimEnd()}\n`;
}

import { LINE_BREAK, oneLine } from "./embed.js";
import { languageFor } from "./languages/index.js";
import { assessmentText, CitationNumbers, indentation, lineAssessment, outlineLines, referenceLabel, roleName, singleSource } from "./outline.js";
import type { ArgumentSummary, Citation, SummaryClaim, SummaryReference } from "./types.js";
import { standaloneSentence } from "./to-key-points.js";
import { verdictText, vocabularyOf } from "./to-prose.js";
import { sentence, withDefaults } from "./wording.js";

/** Options of {@link toMarkdown}. */
export interface MarkdownOptions {
  /**
   * Start with the map's title as a level-1 heading (and its description).
   *
   * @defaultValue true
   */
  readonly title?: boolean | undefined;
  /**
   * Whether to show citations as footnotes. The same option, with the same
   * meaning, as in {@link summarize}, {@link toText} and {@link toProse}.
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
 * Defaults of {@link MarkdownOptions}.
 *
 * @example
 * ```ts
 * import { MARKDOWN_DEFAULTS } from "argmap";
 *
 * console.log(MARKDOWN_DEFAULTS.title); // true
 * ```
 */
export const MARKDOWN_DEFAULTS = Object.freeze({ title: true, citations: true });

/**
 * Renders a summary as a Markdown outline: each root claim as a paragraph,
 * then nested list items for its reasons, objections, rebuttals and
 * undercuts, numbered `#1`, `#2`, … in reading order. A claim met again is
 * referred to by its number. Citations become footnotes with the quoted
 * words; evaluation results are shown after each point, and the verdict
 * closes the outline. Each claim is written as a sentence that stands on
 * its own (the source's discourse markers dropped); the footnotes quote the
 * original words. Claims in no
 * relation are listed under "Other statements". Text from the map is
 * escaped, and only http(s) and mailto URLs become links. Lists nest at most
 * twelve levels deep; deeper points stay at the twelfth level.
 *
 * @param summary - A summary from {@link summarize}.
 * @param options - See {@link MarkdownOptions}.
 * @returns Markdown text ending in a newline.
 * @throws {@link ArgmapError} `invalid-option` for a language argmap does not write.
 * @example
 * ```ts
 * import { argmap, summarize, toMarkdown } from "argmap";
 *
 * const map = argmap("Lunch").thesis("t", "We should get pizza.").claim("q", "Pizza is quick.").support("q", "t").build();
 * console.log(toMarkdown(summarize(map)));
 * // **#1 Thesis.** We should get pizza.
 * //
 * // - **#2 Reason.** Pizza is quick.
 * ```
 */
export function toMarkdown(summary: ArgumentSummary, options: MarkdownOptions = {}): string {
  const settings = withDefaults(MARKDOWN_DEFAULTS, options);
  const language = options.language !== undefined ? languageFor(options.language, true) : languageFor(summary.language, false);
  const words = language.outline;
  const notes = new CitationNumbers();
  const out: string[] = [];
  if (settings.title) {
    out.push(`# ${summary.title.trim() === "" ? words.untitled : escapeMarkdown(summary.title)}`, "");
    if (summary.description !== undefined) out.push(escapeMarkdown(summary.description), "");
  }
  if (summary.evaluation !== undefined) {
    out.push(`*${escapeMarkdown(language.evaluation.evaluatedWith(language.evaluation.semantics(summary.evaluation.semantics)))}*`, "");
    if (summary.evaluation.converged === false) out.push(`*${escapeMarkdown(language.evaluation.notConverged)}.*`, "");
    if (summary.evaluation.complete === false) out.push(`*${escapeMarkdown(language.evaluation.incomplete)}.*`, "");
  }
  if (summary.roots.length === 0 && summary.isolated.length === 0) out.push(`*${words.noClaims}*`, "");
  const footnotes = (citations: readonly Citation[]): string => (settings.citations ? citations.map((c) => `[^${notes.number(c)}]`).join("") : "");
  const vocabulary = vocabularyOf(summary);
  const text = (value: string): string => (oneLine(value) === "" ? words.noText : escapeMarkdown(standaloneSentence(value, language, vocabulary, words.noText)));
  const premiseText = (premise: SummaryClaim | SummaryReference): string =>
    premise.kind === "claim" ? `${text(premise.text)}${footnotes(premise.citations)}` : `*${escapeMarkdown(referenceLabel(premise))}* ${words.see(premise.number)}`;
  const status = (value: string | undefined): string => (value === undefined ? "" : ` — *${value}*`);
  let inList = false;
  for (const line of outlineLines(summary)) {
    const indent = indentation(line.level - 1, "  ");
    switch (line.kind) {
      case "root": {
        if (inList) out.push("");
        inList = false;
        const name = line.thesis ? words.thesis : words.conclusion;
        out.push(`**#${line.claim.number} ${name}.** ${premiseText(line.claim)}${status(assessmentText(line.claim.assessment, language))}`, "");
        break;
      }
      case "point": {
        inList = true;
        const number = line.premise.kind === "claim" ? `#${line.premise.number} ` : "";
        out.push(`${indent}- **${number}${roleName(line.argument.role, language)}.** ${premiseText(line.premise)}${status(assessmentText(lineAssessment(line.argument, line.premise), language))}`);
        break;
      }
      case "linked": {
        inList = true;
        out.push(`${indent}- **${words.linked(roleName(line.argument.role, language))}:**${status(assessmentText(line.argument.assessment, language))}`);
        break;
      }
      case "premise": {
        const number = line.premise.kind === "claim" ? `**#${line.premise.number}** ` : "";
        out.push(`${indent}- ${number}${premiseText(line.premise)}${status(line.premise.kind === "claim" ? assessmentText(line.premise.assessment, language) : undefined)}`);
        break;
      }
      case "hidden": {
        out.push(`${indent}- *… ${words.hidden(line.count)}*`);
        break;
      }
    }
  }
  if (inList) out.push("");
  if (summary.isolated.length > 0) {
    out.push(`**${words.otherStatements}:**`, "");
    for (const claim of summary.isolated) out.push(`- **#${claim.number}** ${premiseText(claim)}`);
    out.push("");
  }
  const verdict = verdictText(summary, language, vocabulary);
  if (verdict !== undefined) out.push(`**${words.verdict}.** ${escapeMarkdown(sentence(verdict))}`, "");
  if (notes.list.length > 0) {
    const single = singleSource(summary);
    const [open, close] = language.quotes;
    notes.list.forEach((citation, i) => {
      const where = single ? "" : ` — ${markdownLink(citation.title, citation.url)}`;
      out.push(`[^${i + 1}]: ${open}${escapeMarkdown(citation.quote)}${close}${where}`);
    });
    if (singleSource(summary) && summary.sources[0] !== undefined) {
      const source = summary.sources[0];
      const title = source.url !== undefined && safeUrl(source.url) !== undefined ? markdownLink(source.title, source.url) : markdownLink(`*${escapeMarkdown(source.title)}*`, source.url, false);
      out.push("", `${language.prose.quotations(title, undefined).replace(/:$/, "")}.`);
    }
    out.push("");
  }
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}

/**
 * The URL if it may become a link: http, https or mailto, with the
 * characters that could end or break a Markdown link destination
 * percent-encoded. `undefined` for any other scheme (`javascript:`,
 * `data:`, `vbscript:`, …) or for a URL with control characters.
 */
export function safeUrl(url: string): string | undefined {
  const trimmed = url.trim();
  if (!/^(?:https?:\/\/|mailto:)/i.test(trimmed)) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return undefined;
  return trimmed.replace(/[()<>\s\\`[\]*_]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/**
 * A link to a source: `[title](url)` for a safe URL, else the escaped
 * title followed by the URL as escaped text, never a link.
 */
function markdownLink(title: string, url: string | undefined, escapeTitle = true): string {
  const text = escapeTitle ? escapeMarkdown(title) : title;
  if (url === undefined) return text;
  const safe = safeUrl(url);
  return safe !== undefined ? `[${text}](${safe})` : `${text} (${escapeMarkdown(url)})`;
}

/**
 * Escapes Markdown syntax in text from the map and folds line breaks into
 * spaces. An `&` that would start a character reference (`&lt;`, `&#60;`,
 * `&#x3c;`) is escaped too, so that `&lt;b&gt;` shows as those characters
 * and not as `<b>`; any other `&` ("pros & cons") is left as it is.
 * Control characters other than tab become U+FFFD (CommonMark reads NUL so,
 * and a terminal or editor would act on the others).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(LINE_BREAK, " ").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "\uFFFD").replace(/[\\`*_[\]<>|#~]|&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g, "\\$&");
}

/**
 * Argument summaries: {@link summarize} builds a structured
 * {@link ArgumentSummary}; {@link toMarkdown}, {@link toText} and
 * {@link toProse}, {@link toKeyPoints} and {@link toJson} render it, in
 * English or German.
 * @module
 */
export { summarize, SUMMARIZE_DEFAULTS, SUMMARY_ROLES } from "./summarize.js";
export type { SummarizeIssueCode, SummarizeOptions } from "./summarize.js";
export { toMarkdown, MARKDOWN_DEFAULTS } from "./to-markdown.js";
export type { MarkdownOptions } from "./to-markdown.js";
export { toText, TEXT_DEFAULTS } from "./to-text.js";
export type { TextOptions } from "./to-text.js";
export { composeProse, toProse, PROSE_DEFAULTS } from "./to-prose.js";
export { toKeyPoints, KEY_POINTS_DEFAULTS } from "./to-key-points.js";
export type { KeyPointsOptions } from "./to-key-points.js";
export { toJson } from "./to-json.js";
export type { JsonOptions } from "./to-json.js";
export { SUMMARY_LANGUAGES } from "./languages/index.js";
export type { CitationStyle, ProseOptions, ProseParagraph, ProseSentence } from "./to-prose.js";
export type {
  ArgumentSummary,
  Citation,
  LanguageSource,
  SummaryArgument,
  SummaryAssessment,
  SummaryClaim,
  SummaryEvaluation,
  SummaryReference,
  SummaryRole,
  SummarySource,
  SummaryStance,
  SummaryStats,
  SummaryVerdict,
  VerdictStatus,
} from "./types.js";

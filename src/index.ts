/**
 * argmap: typed argument mapping. Claims, the reasons that support them and
 * the objections that attack them, as a graph you can validate, query,
 * evaluate, summarize and exchange.
 *
 * @module argmap
 */
export {
  AnchorSchema,
  ArgumentMapDocumentSchema,
  ClaimSchema,
  FORMAT_VERSION,
  FormatVersionSchema,
  IdSchema,
  LanguageSchema,
  MetaSchema,
  ParticipantSchema,
  RelationSchema,
  RelationTypeSchema,
  SourceSchema,
} from "./schema/document.js";
export type {
  Anchor,
  ArgumentMapDocument,
  Claim,
  FormatVersion,
  Id,
  JsonValue,
  Meta,
  Participant,
  ParticipantId,
  Relation,
  RelationType,
  Source,
} from "./schema/document.js";

export { ArgmapError, formatPath } from "./errors.js";
export type {
  ArgmapIssue,
  ConsistencyIssueCode,
  IssueCode,
  IssueList,
  OperationIssueCode,
  PathSegment,
  SchemaIssueCode,
  Severity,
  UsageIssueCode,
  WarningIssueCode,
} from "./errors.js";

export { ArgumentMap, isRelation } from "./map/argument-map.js";
export type { ClaimPatch, MapNode, MapStats, ParticipantPatch, RelationPatch, Removed, RemoveOptions, SourcePatch } from "./map/argument-map.js";
export { argmap, MapBuilder } from "./map/builder.js";
export type { BuilderOptions, ClaimOptions, QuoteOptions, RelationOptions } from "./map/builder.js";
export { findAnchor } from "./map/anchor.js";
export type {
  ArgumentEdgeAttributes,
  ArgumentGraph,
  ArgumentGraphAttributes,
  ArgumentNodeAttributes,
  ClaimEdgeAttributes,
  ClaimGraph,
  ClaimNodeAttributes,
  NotCallable,
  ReadonlyGraph,
  RelationNodeAttributes,
} from "./map/graph.js";

export { loadArgumentMap, parseArgumentMap, parseArgumentMapJson } from "./validate/parse.js";
export type { ParseOptions, ParseResult } from "./validate/parse.js";
export { mapWarnings } from "./validate/warnings.js";
export type { AcceptanceLabel, LabelEntry, MapEvaluation, StrengthEntry } from "./map/evaluation.js";

export { diffMaps, extractMap, formatDiff, mergeMaps } from "./ops/index.js";
export type {
  ClaimRename,
  ConflictChoice,
  DiffOptions,
  ExtractOptions,
  FieldChange,
  ItemChange,
  ItemDiff,
  ItemKind,
  MapDiff,
  MatchedClaim,
  MergeConflict,
  MergeConflictKind,
  MergeDrop,
  MergeOptions,
  MergeResult,
} from "./ops/index.js";

export {
  composeProse,
  MARKDOWN_DEFAULTS,
  PROSE_DEFAULTS,
  summarize,
  SUMMARIZE_DEFAULTS,
  SUMMARY_ROLES,
  TEXT_DEFAULTS,
  toMarkdown,
  toProse,
  toText,
  KEY_POINTS_DEFAULTS,
  SUMMARY_LANGUAGES,
  toJson,
  toKeyPoints,
} from "./summarize/index.js";
export type {
  ArgumentSummary,
  Citation,
  CitationStyle,
  LanguageSource,
  MarkdownOptions,
  ProseOptions,
  ProseParagraph,
  ProseSentence,
  SummarizeIssueCode,
  SummarizeOptions,
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
  TextOptions,
  JsonOptions,
  KeyPointsOptions,
} from "./summarize/index.js";

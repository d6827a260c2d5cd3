/**
 * Operations over whole maps: merge, diff and extract. Each returns new
 * data and never changes its inputs.
 *
 * @module
 */
export { diffMaps } from "./diff.js";
export type { ClaimRename, DiffOptions, FieldChange, ItemChange, ItemDiff, MapDiff } from "./diff.js";
export { extractMap } from "./extract.js";
export type { ExtractOptions } from "./extract.js";
export { formatDiff } from "./format-diff.js";
export { mergeMaps } from "./merge.js";
export type { ConflictChoice, ItemKind, MatchedClaim, MergeConflict, MergeConflictKind, MergeDrop, MergeOptions, MergeResult } from "./merge.js";

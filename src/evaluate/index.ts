/**
 * `argmap/evaluate`: which claims stand and how strong they are.
 *
 * Every semantics runs on a compact {@link Framework} (arguments numbered
 * `0..n-1`, relations as CSR typed arrays, base scores in a
 * `Float64Array`), built from an argument map ({@link frameworkFromMap}), an
 * edge list ({@link frameworkFromEdges}) or an ICCMA file ({@link parseIccma},
 * {@link parseApx}, {@link parseTgf}).
 *
 * @module argmap/evaluate
 */
export { MAX_FRAMEWORK_ARGUMENTS } from "./framework.js";
export type { Adjacency, Framework } from "./framework.js";
export { frameworkFromEdges } from "./edge-list.js";
export type { ArgumentRef, EdgeList, EdgeListOptions } from "./edge-list.js";
export { parseIccma, toIccma } from "./iccma.js";
export { parseApx, toApx } from "./apx.js";
export { parseTgf, toTgf } from "./tgf.js";
export { detectFrameworkFormat, parseFramework } from "./framework-text.js";
export type { FrameworkTextFormat } from "./framework-text.js";
export { frameworkFromMap } from "./bipolar.js";
export type { MapFramework, MapFrameworkOptions } from "./bipolar.js";

export { EXTENSION_SEMANTICS, GRADUAL_SEMANTICS, isExtensionSemantics, isGradualSemantics } from "./semantics.js";
export type { ExtensionSemantics, GradualSemantics, Semantics } from "./semantics.js";
export { IN, OUT, UNDEC, extensionIds, labelOf, labelsById } from "./labelling.js";
export type { LabelCode, Labelling } from "./labelling.js";
export { grounded } from "./grounded.js";
export type { GroundedOptions } from "./grounded.js";
export { ideal } from "./ideal.js";
export type { IdealOptions } from "./ideal.js";
export { countExtensions, extensionStream, extensions, someExtension } from "./extensions.js";
export type { ExtensionOptions, SomeExtensionOptions } from "./extensions.js";
export { credulouslyAccepted, scepticallyAccepted } from "./acceptance.js";
export type { AcceptanceOptions } from "./acceptance.js";
export { extensionContaining, extensionWithout } from "./certificates.js";

export { dfquad, euler, gradual, hCategorizer, quadraticEnergy } from "./gradual.js";
export type { GradualOptions, GradualResult, PremiseAggregation } from "./gradual.js";
export { evaluateMap } from "./evaluate-map.js";
export type { EvaluateMapOptions } from "./evaluate-map.js";
export type { EvaluateIssueCode } from "./issues.js";
export { TimeLimitError } from "./budget.js";
export type { TimeLimitFound } from "./budget.js";
export { evaluationLabel, evaluationStrength } from "../map/evaluation.js";
export type { AcceptanceLabel, LabelEntry, MapEvaluation, StrengthEntry } from "../map/evaluation.js";
export { contributions } from "./contributions.js";
export type { ContributionEntry, ContributionOptions, ContributionResult } from "./contributions.js";
export { CONTRIBUTION_METHODS } from "./contribution-methods.js";
export type { ContributionMethod } from "./contribution-methods.js";
export { explain } from "./explain.js";
export type { ExplainOptions, Explanation } from "./explain.js";
export { explainClaim } from "./explain-claim.js";
export type { ClaimContribution, ClaimExplanation, ExplainClaimOptions, ExplainedAttack } from "./explain-claim.js";
export { cruxes } from "./cruxes.js";
export type { Crux, CruxOptions, Cruxes } from "./cruxes.js";
export { explanationText } from "./explanation-text.js";
export type { ExplanationTextOptions } from "./explanation-text.js";

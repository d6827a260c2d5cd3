/**
 * The structured summary of an argument map, as {@link summarize} returns
 * it and the renderers read it. Plain, JSON-serializable data.
 * @module
 */
import type { AcceptanceLabel } from "../map/evaluation.js";
import type { RelationType } from "../schema/document.js";

/**
 * The part an argument plays where it appears in a summary:
 * - `reason`: a support of a claim (or of an inference);
 * - `objection`: an attack on a claim that no attack uses as a premise;
 * - `rebuttal`: an attack on a claim that is the premise of an attack
 *   (it disputes an objection's claim);
 * - `undercut`: an attack on a relation (it denies that the premises
 *   support the conclusion, not the premises themselves).
 */
export type SummaryRole = "reason" | "objection" | "rebuttal" | "undercut";

/**
 * Whether a point speaks for the summary's root claim (`pro`) or against it
 * (`con`): a support keeps the side of what it supports, an attack takes the
 * other side.
 */
export type SummaryStance = "pro" | "con";

/**
 * Where a summary's language came from: the `language` option, the map's
 * own `language` (format 1.1), detection from the claims' text, or the
 * default (English) when none of these says.
 */
export type LanguageSource = "option" | "document" | "detected" | "default";

/** The exact words of a source that a claim or relation comes from. */
export interface Citation {
  /** Id of the source. */
  readonly source: string;
  /** Title of the source. */
  readonly title: string;
  /** The quoted words. */
  readonly quote: string;
  /** Start offset of the quote in the source text (UTF-16). */
  readonly start: number;
  /** End offset of the quote in the source text (UTF-16, exclusive). */
  readonly end: number;
  /** The source's URL, if it has one. */
  readonly url?: string;
}

/** How an evaluation judged a claim or relation. */
export interface SummaryAssessment {
  /** Acceptance label (extension semantics). */
  readonly label?: AcceptanceLabel;
  /** Strength in [0, 1] (gradual semantics). */
  readonly strength?: number;
}

/** A claim written out in the summary, with the arguments that bear on it. */
export interface SummaryClaim {
  /** Tells a written-out claim from a {@link SummaryReference}. */
  readonly kind: "claim";
  /** The claim's id in the map. */
  readonly id: string;
  /** Number of the claim in reading order (1, 2, …), unique in the summary; references point to it. */
  readonly number: number;
  /** The claim's text. */
  readonly text: string;
  /** The claim's short title, if the map gives one (format 1.1); references use it. */
  readonly title?: string;
  /** Names of the participants who assert the claim (format 1.1 `by`), if the map says. */
  readonly by?: readonly string[];
  /**
   * How much the claim weighs: the more stands behind it (and the stronger
   * or more voted for it is), the more; see docs/summaries.md.
   */
  readonly weight: number;
  /** Where the claim comes from (empty when the claim has no anchors or citations are off). */
  readonly citations: readonly Citation[];
  /** Present when the summary was given an evaluation that covers this claim. */
  readonly assessment?: SummaryAssessment;
  /** Reasons, then objections and rebuttals, that end on this claim. */
  readonly arguments: readonly SummaryArgument[];
  /** Arguments on this claim left out by the `depth` or `maxLength` option. */
  readonly hidden: number;
}

/**
 * A claim that appears a second time (shared by two branches, or met again
 * around a cycle): it is written out once, at {@link SummaryClaim.number},
 * and referred to here.
 */
export interface SummaryReference {
  /** Tells a reference from a written-out {@link SummaryClaim}. */
  readonly kind: "reference";
  /** The claim's id in the map. */
  readonly id: string;
  /** Number of the place where the claim is written out. */
  readonly number: number;
  /** The claim's text, for renderers that quote a short form of it. */
  readonly text: string;
  /** The claim's short title, if the map gives one. */
  readonly title?: string;
}

/** A relation in the summary: one reason, objection, rebuttal or undercut. */
export interface SummaryArgument {
  /** The relation's id in the map. */
  readonly id: string;
  /** What the relation does here. */
  readonly role: SummaryRole;
  /** Support or attack. */
  readonly type: RelationType;
  /** For or against the root claim of its tree. */
  readonly stance: SummaryStance;
  /** How much the argument weighs; prose and key points choose points by it (see docs/summaries.md). */
  readonly weight: number;
  /** Names of the participants who put the argument forward (format 1.1 `by` of the relation), if the map says. */
  readonly by?: readonly string[];
  /** The relation's premises: one, or several linked premises that only work together. */
  readonly premises: readonly (SummaryClaim | SummaryReference)[];
  /** The relation's label, if it has one. */
  readonly label?: string;
  /** Where the inference itself is stated (the relation's anchors). */
  readonly citations: readonly Citation[];
  /** Present when the summary was given an evaluation that covers this relation. */
  readonly assessment?: SummaryAssessment;
  /** Arguments on the relation itself: undercuts, and reasons for the inference. */
  readonly arguments: readonly SummaryArgument[];
  /** Arguments on this relation left out by the `depth` or `maxLength` option. */
  readonly hidden: number;
}

/** Whether a summary's main claim holds up: it stands, is contested (undecided), or falls. */
export type VerdictStatus = "stands" | "contested" | "falls";

/**
 * Which side prevails, from the map's evaluation: the grounded labelling of
 * the bipolar view unless the summary was given an evaluation, in which
 * case its semantics. Present when something in the map speaks against the
 * main claim (see docs/summaries.md).
 */
export interface SummaryVerdict {
  /** Id of the claim judged: the thesis, else the first root. */
  readonly claim: string;
  /** Name of the semantics the verdict follows. */
  readonly semantics: string;
  /** Whether the semantics was chosen by the caller (an `evaluation` option), rather than the default grounded one. */
  readonly chosen: boolean;
  /** Whether the claim stands, is contested (undecided) or falls. */
  readonly status: VerdictStatus;
  /** The claim's strength, for gradual semantics. */
  readonly strength?: number;
  /** How many objections the map holds: attacks on the claim or on what supports it (reached through support relations only). */
  readonly objections: number;
  /** Ids of those objections (attack relations) that stand unanswered (accepted by the evaluation), objections to the claim itself first, then the weightiest. */
  readonly unanswered: readonly string[];
}

/** Counts that describe a summary. */
export interface SummaryStats {
  /** Claims written out. */
  readonly claims: number;
  /** Second mentions of a claim, written as references. */
  readonly references: number;
  /** Arguments with the role `reason`. */
  readonly reasons: number;
  /** Arguments with the role `objection`. */
  readonly objections: number;
  /** Arguments with the role `rebuttal`. */
  readonly rebuttals: number;
  /** Arguments with the role `undercut`. */
  readonly undercuts: number;
  /** Distinct citations. */
  readonly citations: number;
  /** Claims below the roots that the `depth`, `roles` or `maxLength` options left out. */
  readonly omitted: number;
}

/** A source the summary cites. */
export interface SummarySource {
  /** The source's id in the map. */
  readonly id: string;
  /** The source's title. */
  readonly title: string;
  /** Where the source can be found, if known. */
  readonly url?: string;
  /** Who wrote it, if known. */
  readonly author?: string;
  /** When it was published, if known. */
  readonly published?: string;
}

/** The evaluation a summary was given, without its per-id data (that is on each point). */
export interface SummaryEvaluation {
  /** Name of the semantics, e.g. `"grounded"` or `"dfquad"`. */
  readonly semantics: string;
  /** Whether an iterative semantics reached its fixpoint. */
  readonly converged?: boolean;
  /** Iterations an iterative semantics took. */
  readonly iterations?: number;
  /** `false` when labels come from a cut-off computation. */
  readonly complete?: boolean;
}

/**
 * A structured summary of an argument map: its root claims (the thesis
 * first), each with its reasons, objections, rebuttals and undercuts, the
 * citations back to the sources, and counts. Deterministic: the same map
 * and options give a deep-equal summary.
 */
export interface ArgumentSummary {
  /** The map's title. */
  readonly title: string;
  /** The map's description, if any. */
  readonly description?: string;
  /** Id of the map's thesis, if it has one. */
  readonly thesis?: string;
  /** The claims the summary starts from: the thesis (or the `root` option) first, then the map's other roots. */
  readonly roots: readonly SummaryClaim[];
  /** Claims that take part in no relation (other than the thesis): listed by outlines, counted by prose. */
  readonly isolated: readonly SummaryClaim[];
  /** The language the renderers write in (`"en"`, `"de"`). */
  readonly language: string;
  /** Where {@link ArgumentSummary.language} came from. */
  readonly languageSource: LanguageSource;
  /**
   * Words of the text that the map's sources hold, when any holds text:
   * prose is sized to it (at most 0.8 times as long, at least 45 words).
   */
  readonly sourceWords?: number;
  /** The word budget the summary was chosen for, if one was given. */
  readonly budget?: { readonly words: number };
  /** Sources cited anywhere in the summary, in map order. */
  readonly sources: readonly SummarySource[];
  /** The evaluation the points were judged by, if one was given. */
  readonly evaluation?: SummaryEvaluation;
  /** Which side prevails, when something in the map speaks against the main claim. */
  readonly verdict?: SummaryVerdict;
  /** Counts that describe the summary. */
  readonly stats: SummaryStats;
}

/**
 * @internal The shape of a summary language table: every word a summary
 * writes in one language, and the rules for embedding claim text in it.
 * A new language is one new file that exports a {@link SummaryLanguage}.
 * @module
 */
import type { ExplanationWording } from "./explanation-types.js";

/** Rules for preparing a claim's words before a template embeds them. */
export interface EmbeddingRules {
  /**
   * Leading discourse markers dropped before a template adds its own
   * connective, lower case. A marker ending in `","` is dropped only when the
   * claim has the comma after it ("yes," drops "Yes, it is" but not "Yes
   * votes"). Longer markers are tried first.
   */
  readonly markers: readonly string[];
  /**
   * Subordinating markers ("since", "because") that are dropped only when
   * the rest of the claim has no comma: "since there is a chance" loses
   * "since", while "Since 2010, prices rose" keeps it (it has a main clause).
   */
  readonly subordinators: readonly string[];
  /**
   * Markers that take the first position of a verb-second clause (German
   * "Außerdem ist das teuer"): dropping them would leave the verb first, so
   * they are dropped only before a comma or a capitalized word.
   */
  readonly verbSecond: readonly string[];
  /**
   * Words that may be lower-cased when they start an embedded claim:
   * articles, pronouns, number words, conjunctions, common adverbs.
   */
  readonly functionWords: ReadonlySet<string>;
  /**
   * Whether any other capitalized first word may be lower-cased when the
   * map's own text uses it in lower case and never capitalizes it
   * mid-sentence (English: yes; German: no, since nouns are capitalized).
   */
  readonly learnCommonWords: boolean;
  /**
   * Endings of capitalized first words that mark common nouns rather than
   * names ("Walking", "Fairness", "Taxes", "Schools"), lower-cased where
   * `learnCommonWords` is on; `undefined` for none.
   */
  readonly commonEndings: RegExp | undefined;
  /** Names that such endings would wrongly take for common nouns ("Wales", "Beijing"). */
  readonly names: ReadonlySet<string>;
  /**
   * Whether templates continue a sentence into the claim ("argues that the
   * …"), so that its first word may be lower-cased. German templates embed a
   * claim after a colon instead, where it keeps its capital, and lower-case
   * only after a conjunction ("denn").
   */
  readonly continueSentence: boolean;
}

/** The words of prose summaries. Every function returns a sentence without its final mark unless it says otherwise. */
export interface ProseWords {
  readonly defaultSubject: string;
  /** Opening of the first root: "The author argues that {claim}". */
  opening(subject: string, claim: string, question: boolean): string;
  /** Opening of a further root, variant `n` (0, 1, 2, …). */
  furtherOpening(subject: string, claim: string, question: boolean, n: number): string;
  /** The line before several reasons, variant `n`: "The author gives three reasons for this". */
  reasonsIntro(subject: string, count: number, n: number): string;
  /** A single reason, variant `n`: "The author gives one reason for this: {point}". */
  singleReason(subject: string, point: string, n: number): string;
  /** One of several reasons, `index` from 0: "First, {point}". */
  reason(point: string, index: number, count: number): string;
  /** A reason's own backing, appended to the point: ", because {backing}". */
  backing(points: readonly string[]): string;
  /** An objection, variant `n`; `target` is the short form of what it attacks, `undefined` for the root itself. */
  objection(point: string, target: string | undefined, n: number): string;
  /** A reply, variant `n`; `count` replies answer the same objection, this is number `index`. */
  reply(point: string, index: number, count: number, n: number): string;
  /** An objection put forward by a named participant, variant `n`. */
  objectionBy(name: string, point: string, target: string | undefined, n: number): string;
  /** A reply by a named participant, variant `n`. */
  replyBy(name: string, point: string, n: number): string;
  /** An objection to a reply, variant `n`. */
  counterReply(point: string, n: number): string;
  /** Linked premises joined: "a, b and c". */
  linked(points: readonly string[]): string;
  /** A reference back to a claim already written, by its short form. */
  reference(short: string): string;
  /** Closing line: "…and 37 further points". */
  furtherPoints(count: number): string;
  /** Closing line about isolated statements. */
  isolated(count: number): string;
  /** "The map has no claims". */
  empty: string;
  /** Heading of the quotation list; with one source its title and URL. */
  quotations(title: string | undefined, url: string | undefined): string;
}

/** The words of outlines (Markdown, plain text) and key points. */
export interface OutlineWords {
  readonly thesis: string;
  readonly conclusion: string;
  readonly reason: string;
  readonly objection: string;
  readonly rebuttal: string;
  readonly undercut: string;
  /** "Reason, linked premises". */
  linked(role: string): string;
  /** "(see #2)". */
  see(number: number): string;
  /** "… 3 more not shown". */
  hidden(count: number): string;
  /** Heading of isolated claims: "Other statements". */
  readonly otherStatements: string;
  readonly untitled: string;
  readonly noText: string;
  readonly noClaims: string;
  /** "Source: {title}". */
  source(title: string): string;
  /** "quoted above". */
  readonly quotedAbove: string;
  /** Key points: headings for the strongest points on each side. */
  readonly keyFor: string;
  readonly keyAgainst: string;
  readonly keyNone: string;
}

/** The words for evaluations. */
export interface EvaluationWords {
  /** The semantics' name as the language writes it. */
  semantics(name: string): string;
  /** "Evaluated with grounded semantics." (a full sentence with its mark) */
  evaluatedWith(semantics: string): string;
  readonly stands: string;
  readonly defeated: string;
  readonly undecided: string;
  /** "strength 0.62". */
  strength(value: string): string;
  /** "Under grounded semantics, the thesis stands (strength 0.62)". */
  verdict(semantics: string, first: boolean, thesis: boolean, status: "in" | "out" | "undec" | undefined, strength: string | undefined, reference: string): string;
  /** "Of its reasons, four of six stand; of the objections, none stands". */
  tally(reasons: readonly [number, number] | undefined, objections: readonly [number, number] | undefined): string;
  /** Said when gradual strengths did not converge. */
  readonly notConverged: string;
  /** Said when labels come from a cut-off computation. */
  readonly incomplete: string;
}

/** Everything a summary writes in one language. */
export interface SummaryLanguage {
  /** BCP 47 primary language subtag, e.g. `"en"`. */
  readonly code: string;
  /** Locale for `Intl.ListFormat`. */
  readonly locale: string;
  /** Opening and closing quotation marks for references to claims. */
  readonly quotes: readonly [string, string];
  readonly embedding: EmbeddingRules;
  /** Number words for small counts: index 0 to 12. */
  readonly numbers: readonly string[];
  readonly prose: ProseWords;
  readonly outline: OutlineWords;
  readonly evaluation: EvaluationWords;
  /** Explanations: why a claim stands or falls (`explainClaim`, `argmap explain`). */
  readonly explanation: ExplanationWording;
}

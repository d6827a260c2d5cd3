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
   * Relative openers of a fragment that continues the sentence before it
   * (German "weshalb es mehr Unfälle gibt", English "which is why …"):
   * such a clause cannot be made a main clause without changing what it
   * says, so it is quoted.
   */
  readonly relativeOpeners?: readonly string[];
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
   * A plural-looking ending (`plural`) and the verbs that only a singular
   * subject takes (`verb`, "is", "has", "argues"): a capitalized first word
   * that ends like a plural but comes right before such a verb is a name
   * ("Socrates is mortal", "Texas has"), and keeps its capital. `undefined`
   * where the language needs no such check.
   */
  readonly singularSubject: { readonly plural: RegExp; readonly verb: RegExp } | undefined;
  /**
   * Whether templates continue a sentence into the claim ("argues that the
   * …"), so that its first word may be lower-cased. German templates embed a
   * claim after a colon instead, where it keeps its capital, and lower-case
   * only after a conjunction ("denn").
   */
  readonly continueSentence: boolean;
  /**
   * Leading markers that grant a point rather than argue for it
   * ("admittedly", "of course", "although"; German "zwar", "obwohl"): a
   * claim that opens with one of them is a concession (docs/summaries.md).
   */
  readonly concessive: readonly string[];
  /**
   * A leading sentence adverb dropped like a marker ("Curiously,",
   * "Unfortunately,"), or `undefined` for none.
   */
  readonly sentenceAdverb: RegExp | undefined;
  /**
   * Discourse markers inside a clause that are dropped ("Others, however,
   * regard it …" → "Others regard it …"; German "Die Beiträge müssten
   * jedoch steigen"). Global; each match is replaced by one space.
   */
  readonly innerMarkers: RegExp | undefined;
  /**
   * Conjunctions that are dropped only before a subject ("for they are
   * there" → "they are there", but "for many people, …" stays): the
   * conjunction and the words that may follow it.
   */
  readonly beforeSubject: { readonly conjunctions: readonly string[]; readonly subjects: ReadonlySet<string> } | undefined;
  /**
   * Words that, after a comma, continue the clause before it rather than
   * start a main clause: a claim "since X, which Y" is one subordinate
   * clause, "since X, we Y" has a main clause.
   */
  readonly continuations: ReadonlySet<string>;
  /**
   * Subordinators whose clause keeps its verb last (German "weil", "da",
   * "obwohl", "dass"): a fragment that opens with one is embedded after
   * "dass" rather than after a colon. Empty for English.
   */
  readonly verbFinal: readonly string[];
  /**
   * For languages with verb-second order: the words that can stand alone
   * as a subject (pronouns) and those that open a noun phrase
   * (determiners), so that "Außerdem ist ein X gesünder" can become "Ein X
   * ist gesünder". `undefined` where no reordering is needed.
   */
  readonly reorder: { readonly pronouns: ReadonlySet<string>; readonly determiners: ReadonlySet<string> } | undefined;
  /** A claim whose subject is a demonstrative ("That's costly", "Das ist teuer"): it needs what it points to. */
  readonly deictic: RegExp;
  /** A premise that states an inference rule: a conditional or universal ("If …, then …", "Whatever …", "Wenn …"). */
  readonly conditional: RegExp;
  /** Auxiliaries and modals: a statement that opens with one in lower case has lost its subject ("can still be let in"). */
  readonly auxiliaries: ReadonlySet<string>;
  /** Abbreviations that end in a full stop without ending a sentence ("e.g.", "z.B."), lower case. */
  readonly abbreviations: ReadonlySet<string>;
}

/**
 * Who a prose summary says argues: `author` for the text of one author
 * (the map's sources hold it, or the caller names a subject), `debate` for
 * a map of many voices (a Kialo discussion, an Argdown reconstruction of
 * a debate), `dialogue` when the claims name two or more speakers.
 */
export type Voice = "author" | "debate" | "dialogue";

/**
 * A claim ready for a frame: its words, and whether they are a German
 * verb-final clause (to follow "dass") or a question (to follow a colon,
 * keeping its "?").
 */
export interface Clause {
  readonly text: string;
  readonly verbFinal: boolean;
  readonly question: boolean;
}

/** The words of prose summaries. Every function returns a sentence without its final mark unless it says otherwise. */
export interface ProseWords {
  /** The author, as the subject of a sentence: "The author", "Der Text". */
  readonly defaultSubject: string;
  /** Whether the opening calls any main claim a thesis ("Der Text vertritt die These: …"), so that the verdict calls it so too. */
  readonly opensWithThesis: boolean;
  /** Opening of the first root: "The author argues that {claim}", "At issue is the claim that {claim}". */
  opening(voice: Voice, subject: string, claim: Clause): string;
  /** Opening of a further root, variant `n` (0, 1, 2, …). */
  furtherOpening(voice: Voice, subject: string, claim: Clause, n: number): string;
  /** The opening with its short reasons in one sentence: "The author argues that {claim}, because {a} and {b}". */
  openingWithReasons(voice: Voice, subject: string, claim: Clause, reasons: readonly Clause[]): string;
  /** Short parallel reasons grouped in one sentence, after the opening: "Two reasons are given: {a}, and {b}". */
  groupedReasons(voice: Voice, subject: string, reasons: readonly Clause[]): string;
  /** The line before several reasons, variant `n`: "The author gives three reasons for this". */
  reasonsIntro(voice: Voice, subject: string, count: number, n: number): string;
  /** A single reason, variant `n`: "The reason given is that {point}". */
  singleReason(voice: Voice, subject: string, point: Clause, n: number): string;
  /** One of several reasons, `index` from 0: "First, {point}". */
  reason(point: Clause, index: number, count: number): string;
  /** A reason put forward by a named speaker other than the root's: "First, Ben argues that {point}". */
  reasonBy(name: string, point: Clause, index: number, count: number): string;
  /** A reason's own backing, appended to the point: ", because {backing}". */
  backing(points: readonly Clause[]): string;
  /** A reason's backing as its own sentence, when the point is long: "This rests on the point that {backing}". */
  backingSentence(points: readonly Clause[]): string;
  /** A claim whose subject points back ("that's costly") after what it points to: "{backing}, and {claim}". */
  afterBacking(backing: Clause, claim: Clause): string;
  /** One more linked premise of a long linked argument, as its own sentence, variant `n`: "This goes together with the point that {point}". */
  together(point: Clause, n: number): string;
  /** A question put as a point: "{subject} asks: {question}?" (no final mark: the question keeps its own). */
  asks(voice: Voice, subject: string, point: Clause): string;
  /** How a target is named: the reason at `index` of `count`, or a short restatement of a claim. */
  targetReason(index: number, count: number): string;
  targetPoint(short: Clause): string;
  /** An objection by others, variant `n`; `target` is the named target, `undefined` for the root itself. */
  objection(voice: Voice, point: Clause, target: string | undefined, n: number): string;
  /** An objection the author grants (a concession): "The author grants that {point}". */
  concession(voice: Voice, subject: string, point: Clause, target: string | undefined, n: number): string;
  /** An objection the author raises in order to answer it: "The author anticipates the objection that {point}". */
  anticipated(subject: string, point: Clause, target: string | undefined, n: number): string;
  /** An objection whose own words name who raises it ("some will object that …", "die Makler wenden ein, dass …"). */
  readonly reportedObjection: RegExp;
  /** Such an objection, without a second frame around it: "{subject} anticipates that some will object that …"; `answered` when the text answers it. */
  reported(voice: Voice, subject: string, point: Clause, answered: boolean): string;
  /** What an undercut says, as a clause: "{target} does not bear on the claim, since {point}" (the frame of an objection then carries it). */
  undercut(point: Clause, target: string | undefined): string;
  /** A reply, variant `n`; `count` replies answer the same objection, this is number `index`. */
  reply(voice: Voice, subject: string, point: Clause, index: number, count: number, n: number): string;
  /** An objection sentence and its one reply in one sentence: "{objection}, and replies that {reply}" ("but holds that" after a concession). */
  andReplies(objection: string, reply: Clause, undercut: boolean, granted: boolean): string;
  /** A reply that undercuts the objection: it grants the objection's claim and denies that it counts. */
  undercutReply(voice: Voice, subject: string, point: Clause, n: number): string;
  /** An objection put forward by a named participant, variant `n`. */
  objectionBy(name: string, point: Clause, target: string | undefined, n: number): string;
  /** A reply by a named participant, variant `n`. */
  replyBy(name: string, point: Clause, n: number): string;
  /** An objection to a reply, variant `n`. */
  counterReply(point: Clause, n: number): string;
  /** Linked premises joined: "a, b and c". */
  linked(points: readonly string[]): string;
  /** Linked premises that have commas of their own, joined so that the last one is not read as part of the one before: "{a}, and {b}". */
  linkedLong(points: readonly string[]): string;
  /** A claim already stated, restated: "{claim} (as stated above)". */
  restated(claim: string): string;
  /** Closing line: "37 further points are not covered in this summary". */
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
  /** Heading of the verdict: "Verdict". */
  readonly verdict: string;
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
  /** A question that is answered yes or no ("Should cities …?", "Sollte die Stadt …?"), not "Why …?". */
  readonly polarQuestion: RegExp;
  /**
   * The verdict on the main claim: "On balance, the thesis does not stand:
   * the objection that {x} goes unanswered". `semantics` is named only when
   * the caller chose it; `unanswered` are short restatements (empty when
   * there are none, or too long to restate; `count` says how many).
   * `above` says that the unanswered objections were stated earlier in the
   * same text, so that the verdict refers back to them rather than restate
   * them: "all" when they are all the objections it stated ("the objection
   * stated above goes unanswered"), "last" when the one unanswered objection
   * is the last it stated ("the last objection goes unanswered").
   * `question` when the judged claim is a question: it is answered yes or
   * no on balance ("On balance, the answer is no, because …").
   */
  verdict(semantics: string | undefined, thesis: boolean, status: "stands" | "contested" | "falls", strength: string | undefined, unanswered: readonly Clause[], count: number, objections: number, above?: "all" | "last", question?: boolean): string;
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

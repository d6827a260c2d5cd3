import { ArgmapError, issue } from "../errors.js";
import { embed, oneLine, Vocabulary, type Embedded } from "./embed.js";
import { languageFor, type SummaryLanguage } from "./languages/index.js";
import type { Clause, Voice } from "./languages/types.js";
import { CitationNumbers } from "./outline.js";
import { keepShapesOnFirstCall } from "./shapes.js";
import { MaxHeap, wordCount } from "./rank.js";
import type { ArgumentSummary, Citation, SummaryArgument, SummaryClaim, SummaryReference } from "./types.js";
import { sentence, withDefaults, wrap } from "./wording.js";

/** One sentence of a prose summary, with the citations that back it. */
export interface ProseSentence {
  /** The sentence, with its end mark. */
  readonly text: string;
  /** The quoted words behind the sentence (empty when it has none or citations are off). */
  readonly citations: readonly Citation[];
}

/** A paragraph of a prose summary. */
export interface ProseParagraph {
  /** The paragraph's sentences in order. */
  readonly sentences: readonly ProseSentence[];
}

/** Where {@link toProse} puts citations: numbered notes after the text, or quotations after each sentence. */
export type CitationStyle = "notes" | "inline";

/** Options of {@link composeProse} and {@link toProse}. */
export interface ProseOptions {
  /**
   * Who argues, as the subject of the opening sentence: `"The article"`,
   * `"Smith"`, `"The committee"`. Ignored for points whose claims name
   * their speakers.
   *
   * @defaultValue the language's word for the author: `"The author"`, `"Der Text"`
   */
  readonly subject?: string | undefined;
  /**
   * Whether to show citations (the quoted words of the sources). The same
   * option, with the same meaning, as in {@link summarize}, {@link toText}
   * and {@link toMarkdown}.
   *
   * @defaultValue true
   */
  readonly citations?: boolean | undefined;
  /**
   * `"notes"` numbers each sentence's citations (`[1]`) and lists the quoted
   * words after the text; `"inline"` quotes them after the sentence.
   *
   * @defaultValue "notes"
   */
  readonly citationStyle?: CitationStyle | undefined;
  /**
   * Wrap lines at this many columns; 0 keeps each paragraph on one line.
   *
   * @defaultValue 80
   */
  readonly width?: number | undefined;
  /**
   * Most words of the prose body (the quotation list and note numbers not
   * counted). Points are chosen by weight; the last sentence says how many
   * were left out.
   *
   * @defaultValue the summary's own budget, else 250 words
   */
  readonly budget?: { readonly words: number } | undefined;
  /**
   * The language to write in (`"en"`, `"de"`).
   *
   * @defaultValue the summary's language
   */
  readonly language?: string | undefined;
}

/**
 * Defaults of {@link ProseOptions}; `words` is the budget used when neither
 * the summary nor the options give one.
 *
 * @example
 * ```ts
 * import { PROSE_DEFAULTS } from "argmap";
 *
 * console.log(PROSE_DEFAULTS.words); // 250
 * ```
 */
export const PROSE_DEFAULTS = Object.freeze({ citations: true, citationStyle: "notes" as CitationStyle, width: 80, words: 250 });

type Premise = SummaryClaim | SummaryReference;
type Kind = "reason" | "objection" | "reply" | "counter" | "backing";

/** A point prose may state: one argument, what it answers, and where it sits. */
interface Point {
  readonly argument: SummaryArgument;
  readonly kind: Kind;
  /** The point it answers or backs; `undefined` for points on a root. */
  readonly parent: Point | undefined;
  readonly root: number;
  /** The claim or argument it bears on, when that is not the root or its parent point's own claim. */
  readonly depth: number;
  readonly children: Point[];
  order: number;
  /** Taken only together with its parent (the answer shown with an objection, and what defeats that answer), and dropped with it. */
  readonly bound?: boolean;
}

/** How deep below a root prose follows an exchange; deeper points count as left out. */
const MAX_DEPTH = 6;

/**
 * Writes a summary as short prose, sentence by sentence, within a word
 * budget: what is argued, the weightiest reasons, the weightiest objections
 * with the replies to them, and, when the summary carries an evaluation,
 * which points stand. Each sentence keeps its citations so callers can
 * place them as they like; {@link toProse} joins them into text.
 *
 * @param summary - A summary from {@link summarize}.
 * @param options - See {@link ProseOptions}; `width` and `citationStyle` do not matter here.
 * @returns Paragraphs of sentences.
 * @throws {@link ArgmapError} `invalid-option` for a language argmap does not write or a bad budget.
 * @example
 * ```ts
 * import { composeProse, summarize } from "argmap";
 * import { ukraineJapan } from "argmap/datasets";
 *
 * const paragraphs = composeProse(summarize(ukraineJapan()), { budget: { words: 80 } });
 * for (const sentence of paragraphs[0]?.sentences ?? []) console.log(sentence.text, sentence.citations.length);
 * ```
 */
export function composeProse(summary: ArgumentSummary, options: ProseOptions = {}): ProseParagraph[] {
  const language = options.language !== undefined ? languageFor(options.language, true) : languageFor(summary.language, false);
  const words = options.budget?.words ?? summary.budget?.words ?? defaultWords(summary);
  if (typeof words !== "number" || Number.isNaN(words) || words < 1) {
    throw invalidBudget(words);
  }
  const named = options.subject !== undefined && options.subject.trim() !== "";
  const subject = named ? options.subject!.trim() : language.prose.defaultSubject;
  keepProseShapes();
  return new ProseWriter(summary, language, subject, named, words, options.citations !== false).compose();
}

/** Keeps a writer made from an empty summary, so that its hidden classes outlive every call (see shapes.ts). */
const keepProseShapes = keepShapesOnFirstCall(() => {
  const empty: ArgumentSummary = {
    title: "",
    roots: [],
    isolated: [],
    language: "en",
    languageSource: "default",
    sources: [],
    stats: { claims: 0, references: 0, reasons: 0, objections: 0, rebuttals: 0, undercuts: 0, citations: 0, omitted: 0 },
  };
  return [new ProseWriter(empty, languageFor("en", false), "", false, PROSE_DEFAULTS.words, true)];
});

/**
 * The default length of prose: sized to the source when the map's sources
 * hold its text (0.8 times its words, at least {@link MIN_WORDS} and at most
 * {@link PROSE_DEFAULTS}.words), else {@link PROSE_DEFAULTS}.words.
 */
export function defaultWords(summary: ArgumentSummary): number {
  const source = summary.sourceWords;
  if (source === undefined || source <= 0) return PROSE_DEFAULTS.words;
  return Math.min(PROSE_DEFAULTS.words, Math.max(MIN_WORDS, Math.floor(0.8 * source)));
}

/** The shortest default prose, however short the source. */
export const MIN_WORDS = 45;

/** Sentences longer than this many words are split where the template allows (a backing, linked premises). */
export const SENTENCE_WORDS = 40;

function invalidBudget(words: unknown): ArgmapError<"invalid-option"> {
  return new ArgmapError<"invalid-option">([issue("invalid-option", ["budget", "words"], `budget.words must be a number of words (1 or more), not ${String(words)}`)]);
}

/**
 * Renders a summary as prose within a word budget (250 words unless the
 * summary or `budget` says otherwise): "The author argues that … The author
 * gives three reasons for this. First, … However, … In reply, … …and 12
 * further points." Points are chosen by weight (see docs/summaries.md), and
 * each sentence carries its citations. English or German, from the
 * summary's language or the `language` option. Deterministic: the same
 * summary gives the same text.
 *
 * @param summary - A summary from {@link summarize}.
 * @param options - Subject, citations, width, budget and language; see {@link ProseOptions}.
 * @returns The text, paragraphs separated by blank lines, ending in a newline.
 * @throws {@link ArgmapError} `invalid-option` for a language argmap does not write or a bad budget.
 * @example
 * ```ts
 * import { summarize, toProse } from "argmap";
 * import { ukraineJapan } from "argmap/datasets";
 *
 * console.log(toProse(summarize(ukraineJapan()), { subject: "The article", budget: { words: 120 } }));
 * // The article argues that Japan's recent easing of its arms export rules could
 * // eventually open a path to defense supplies from Tokyo for Ukraine. [1, 2] …
 * ```
 */
export function toProse(summary: ArgumentSummary, options: ProseOptions = {}): string {
  const settings = withDefaults(PROSE_DEFAULTS, options);
  const language = options.language !== undefined ? languageFor(options.language, true) : languageFor(summary.language, false);
  const paragraphs = composeProse(summary, options);
  const notes = new CitationNumbers();
  const single = summary.sources.length <= 1;
  const blocks: string[] = [];
  const [open, close] = language.quotes;
  for (const paragraph of paragraphs) {
    const parts: string[] = [];
    for (const s of paragraph.sentences) {
      if (!settings.citations || s.citations.length === 0) parts.push(s.text);
      else if (settings.citationStyle === "inline") parts.push(`${s.text} (${s.citations.map((c) => `${open}${oneLine(c.quote)}${close}${single ? "" : `, ${c.title}`}`).join("; ")})`);
      else parts.push(`${s.text} [${[...new Set(s.citations.map((c) => notes.number(c)))].join(", ")}]`);
    }
    blocks.push(wrap(parts.join(" "), settings.width));
  }
  if (notes.list.length > 0) {
    const lines = notes.list.map((c, i) => wrap(`[${i + 1}] ${open}${oneLine(c.quote)}${close}${single ? "" : ` (${c.title})`}`, settings.width, "", "    "));
    const source = summary.sources[0];
    blocks.push([language.prose.quotations(single ? source?.title : undefined, single ? source?.url : undefined), ...lines].join("\n"));
  }
  return `${blocks.join("\n\n")}\n`;
}

function unique(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.source}\u0000${c.start}\u0000${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Word costs of a point's template, beyond its claims' words, for choosing points before writing them. */
const TEMPLATE_WORDS: Readonly<Record<Kind, number>> = { reason: 2, objection: 5, reply: 4, counter: 4, backing: 3 };

/** A point's words ready for a frame: the clause, follow-up sentences, and what it cites and mentions. */
interface Statement {
  clause: Clause;
  /** Sentences that follow the one with the clause (a long backing, further linked premises). */
  readonly after: ProseSentence[];
  readonly citations: Citation[];
  /** Whether the clause carries its backing (", because …"): it is then not joined to the opening with another "because". */
  readonly backed?: boolean;
}

class ProseWriter {
  readonly #summary: ArgumentSummary;
  readonly #language: SummaryLanguage;
  readonly #subject: string;
  readonly #budget: number;
  readonly #citations: boolean;
  readonly #vocabulary: Vocabulary;
  readonly #voice: Voice;
  /** Claims the prose has stated, so far and for the count of further points. */
  #mentioned = new Set<string>();
  /** Objections (argument ids) the current pass has written out. */
  #stated = new Set<string>();
  /** Objections the verdict finds standing unanswered, replies or not. */
  readonly #holding: ReadonlySet<string>;
  readonly #embedded = new Map<string, Embedded>();
  #statements = new Map<Point, Statement>();
  /** Variant counters, so that no sentence opening repeats often. */
  #objections = 0;
  #replies = 0;
  #counters = 0;

  constructor(summary: ArgumentSummary, language: SummaryLanguage, subject: string, named: boolean, budget: number, citations: boolean) {
    this.#summary = summary;
    this.#language = language;
    this.#subject = subject;
    this.#budget = budget;
    this.#citations = citations;
    const speakers = new Set<string>();
    this.#vocabulary = vocabularyOf(summary, speakers);
    this.#voice = speakers.size >= 2 ? "dialogue" : named || summary.sourceWords !== undefined ? "author" : "debate";
    this.#holding = new Set(summary.verdict?.unanswered ?? []);
  }

  /** A claim's words prepared once (lead sentence, markers dropped). */
  #prepared(id: string, text: string): Embedded {
    let out = this.#embedded.get(id);
    if (out === undefined) {
      out = embed(text, this.#language, this.#vocabulary, { lowerFirst: this.#language.embedding.continueSentence, lead: true });
      this.#embedded.set(id, out);
    }
    return out;
  }

  /** A claim as a clause for a frame: run-in in English, after a colon in German; a question keeps its capital and its "?". */
  #clause(premise: SummaryClaim | SummaryReference): Clause {
    const e = this.#prepared(premise.id, premise.text);
    let text = e.text;
    if (e.question) text = `${capitalize(text)}?`;
    else if (e.keptMarker) text = `${this.#language.quotes[0]}${capitalize(text)}${this.#language.quotes[1]}`;
    else if (!this.#language.embedding.continueSentence && !e.verbFinal) text = capitalize(text);
    return { text, verbFinal: e.verbFinal, question: e.question };
  }

  /** Who puts a point forward: the relation's participants, else its first premise's, in a dialogue. */
  #speaker(argument: SummaryArgument): string | undefined {
    if (this.#voice !== "dialogue") return undefined;
    const by = argument.by ?? (argument.premises[0]?.kind === "claim" ? argument.premises[0].by : undefined);
    return by === undefined || by.length === 0 ? undefined : this.#language.prose.linked(by);
  }

  /** Who asserts a root claim, in a dialogue; else the subject. */
  #rootSubject(root: SummaryClaim): string {
    if (this.#voice !== "dialogue" || root.by === undefined || root.by.length === 0) return this.#subject;
    return this.#language.prose.linked(root.by);
  }

  compose(): ProseParagraph[] {
    const summary = this.#summary;
    const words = this.#language.prose;
    const roots = summary.roots;
    const tail: ProseSentence[] = [];
    if (summary.isolated.length > 0) tail.push(say(words.isolated(summary.isolated.length), []));
    if (roots.length === 0) {
      return [{ sentences: tail.length > 0 ? tail : [say(words.empty, [])] }];
    }
    const total = summary.stats.claims + summary.stats.omitted;
    // Choose points best first, then write; drop the lightest leaf until the text fits. The verdict is sized for naming every objection; once written, it refers back to objections the text stated.
    const fixed = wordsOf(this.#verdict(wordsOf(tail), NOTHING_STATED)) + wordsOf(tail) + 7;
    const chosen = this.#choose(this.#budget - fixed);
    for (;;) {
      this.#objections = this.#replies = this.#counters = 0;
      this.#mentioned = new Set();
      this.#stated = new Set();
      this.#statements = new Map();
      const paragraphs = this.#write(chosen);
      const verdict = this.#verdict(wordsOf(tail), this.#stated);
      const left = total - this.#mentioned.size;
      const closing = [...(left > 0 ? [say(words.furtherPoints(left), [])] : []), ...tail];
      if (verdict.length > 0) paragraphs.push({ sentences: verdict });
      if (closing.length > 0) paragraphs.push({ sentences: closing });
      const used = paragraphs.reduce((n, p) => n + wordsOf(p.sentences), 0);
      const leaf = lightestLeaf(chosen);
      if (used <= this.#budget) return paragraphs;
      if (leaf === undefined) {
        // Nothing left to drop: the count of further points goes first, then the count of statements outside any argument, then the tallies and notes after the verdict; only then is the opening cut.
        const droppable = [...(left > 0 ? closing.slice(0, 1) : []), ...tail, ...verdict.slice(1)];
        let kept = paragraphs;
        for (const sentence of droppable) {
          kept = kept.map((p) => ({ sentences: p.sentences.filter((x) => x !== sentence) })).filter((p) => p.sentences.length > 0);
          if (kept.reduce((n, p) => n + wordsOf(p.sentences), 0) <= this.#budget) return kept;
        }
        return fitFirst(kept, this.#budget);
      }
      for (const p of subtree(leaf)) chosen.points.splice(chosen.points.indexOf(p), 1);
      if (leaf.parent !== undefined) leaf.parent.children.splice(leaf.parent.children.indexOf(leaf), 1);
      else chosen.rootPoints[leaf.root]!.splice(chosen.rootPoints[leaf.root]!.indexOf(leaf), 1);
    }
  }

  /**
   * Best-first choice of points within `budget` words: the first root
   * always, further roots and points by weight, a point only after the one
   * it bears on. Once an unanswered objection does not fit, no answered
   * objection is taken after it.
   */
  #choose(budget: number): Chosen {
    const roots = this.#summary.roots;
    const rootPoints: Point[][] = roots.map(() => []);
    const rootChosen: boolean[] = roots.map((_, i) => i === 0);
    const points: Point[] = [];
    type Candidate = { readonly root: number } | { readonly point: Point };
    const heap = new MaxHeap<Candidate>();
    let used = this.#openingWords(roots[0]!);
    let order = 0;
    const offer = (holder: SummaryClaim | SummaryArgument, parent: Point | undefined, root: number, depth: number, taken?: SummaryArgument): void => {
      if (depth > MAX_DEPTH) return;
      for (const argument of childArguments(holder)) {
        if (argument === taken) continue;
        const kind = kindOf(argument, parent);
        if (kind === undefined) continue;
        // A point made only of claims stated elsewhere adds nothing to prose.
        if (argument.premises.every((p) => p.kind === "reference")) continue;
        // The reasons of a root come first: a summary names what speaks for the claim before it follows any one exchange.
        heap.push({ point: { argument, kind, parent, root, depth, children: [], order: 0 } }, kind === "reason" && parent === undefined ? argument.weight * 2 : argument.weight);
      }
    };
    offer(roots[0]!, undefined, 0, 1);
    for (let i = 1; i < roots.length; i++) heap.push({ root: i }, roots[i]!.weight);
    let skippedUnanswered = false;
    while (heap.size > 0) {
      // No point is shorter than a few words: once the budget is that close, stop (a large map has thousands of candidates).
      if (budget - used < 4) break;
      const candidate = heap.pop()!;
      if ("root" in candidate) {
        const cost = this.#openingWords(roots[candidate.root]!) + 3;
        if (used + cost > budget) continue;
        used += cost;
        rootChosen[candidate.root] = true;
        offer(roots[candidate.root]!, undefined, candidate.root, 1);
        continue;
      }
      const point = candidate.point;
      const objection = point.kind === "objection";
      // An objection the verdict finds standing counts as unanswered, whatever replies it has.
      const holds = objection && this.#holding.has(point.argument.id);
      const answered = objection && !holds && isAnswered(point.argument);
      if (objection && answered && skippedUnanswered) continue;
      const cost = TEMPLATE_WORDS[point.kind] + this.#premiseWords(point.argument) + (point.kind === "objection" && point.parent !== undefined ? 3 : 0);
      if (used + cost > budget) {
        if (objection && !answered) skippedUnanswered = true;
        continue;
      }
      // An answered objection comes with its weightiest answer, or not at all: an objection the text answers is never shown unanswered.
      // One that stands although it has a reply comes with the reply and what defeats it, or with no reply: a reply is never shown without what defeats it.
      let answer = objection && isAnswered(point.argument) ? heaviestAnswer(point, "reply") : undefined;
      const defeater = holds && answer !== undefined ? heaviestAnswer(answer, "counter") : undefined;
      if (holds && defeater === undefined) answer = undefined;
      const chain = [answer, defeater].filter((p): p is Point => p !== undefined);
      // A further reply to such an objection likewise comes with what defeats it.
      const defeated = point.kind === "reply" && point.parent?.kind === "objection" && this.#holding.has(point.parent.argument.id);
      if (defeated) {
        const counter = heaviestAnswer(point, "counter");
        if (counter === undefined) continue;
        chain.push(counter);
      }
      // A point that points back ("that's costly", "it deters nobody") comes with the backing it points to, when it has one.
      const pointsBack = (point.kind === "reason" || point.kind === "backing") && this.#isDeictic(point.argument);
      const backing = pointsBack ? heaviestBacking(point) : undefined;
      if (backing !== undefined) chain.push(backing);
      const chainCost = chain.reduce((n, p) => n + TEMPLATE_WORDS[p.kind] + this.#premiseWords(p.argument), 0);
      if ((answered || defeated || backing !== undefined) && used + cost + chainCost > budget) continue;
      // An objection that stands is shown even when its exchange does not fit: alone.
      if (holds && used + cost + chainCost > budget) chain.length = 0;
      used += cost + (chain.length > 0 ? chainCost : 0);
      const take = (p: Point): void => {
        p.order = order++;
        points.push(p);
        if (p.parent === undefined) rootPoints[p.root]!.push(p);
        else p.parent.children.push(p);
      };
      take(point);
      for (const p of chain) take(p);
      for (const p of [point, ...chain]) {
        const taken = chain.find((c) => c.parent === p)?.argument;
        offer(p.argument, p, p.root, p.depth + 1, taken);
        // What bears on the premises of the point.
        for (const premise of p.argument.premises) if (premise.kind === "claim") offer(premise, p, p.root, p.depth + 1, taken);
      }
    }
    return { points, rootPoints, rootChosen };
  }

  #openingWords(root: SummaryClaim): number {
    return wordCount(this.#subject) + 3 + wordCount(this.#prepared(root.id, root.text).text);
  }

  #premiseWords(argument: SummaryArgument): number {
    let n = 0;
    for (const premise of this.#kept(argument)) n += premise.kind === "claim" ? wordCount(this.#prepared(premise.id, premise.text).text) : 8;
    return n;
  }

  /**
   * The premises prose states: all of them, except that a premise stating
   * the inference rule ("if …, then …", "whatever …") is left out when
   * other premises remain (it is what makes them a reason, not a reason of
   * its own).
   */
  #kept(argument: SummaryArgument): readonly (SummaryClaim | SummaryReference)[] {
    if (argument.premises.length < 2) return argument.premises;
    const kept = argument.premises.filter((p) => !this.#prepared(p.id, p.text).conditional);
    return kept.length === 0 ? argument.premises : kept;
  }

  /** Writes the chosen points: per root an opening and its reasons, then a paragraph per objection. */
  #write(chosen: Chosen): ProseParagraph[] {
    const words = this.#language.prose;
    const roots = this.#summary.roots;
    const paragraphs: ProseParagraph[] = [];
    let further = 0;
    for (let r = 0; r < roots.length; r++) {
      if (!chosen.rootChosen[r]) continue;
      const root = roots[r]!;
      this.#mentioned.add(root.id);
      const claim = this.#clause(root);
      const subject = this.#rootSubject(root);
      const voice = this.#voice === "dialogue" && subject === this.#subject ? "debate" : this.#voice;
      const points = [...chosen.rootPoints[r]!].sort(byWeight);
      const reasons = points.filter((p) => p.kind === "reason");
      const first: ProseSentence[] = [];
      const opening = (): ProseSentence => say(r === 0 ? words.opening(voice, subject, claim) : words.furtherOpening(voice, subject, claim, further++), root.citations, claim.question);
      const statements = reasons.map((reason) => this.#statement(reason));
      const speakers = reasons.map((reason) => {
        const by = this.#speaker(reason.argument);
        return by !== undefined && by !== subject ? by : undefined;
      });
      const simple = statements.every((st, i) => st.after.length === 0 && !st.clause.question && !st.backed && speakers[i] === undefined) && reasons.length <= 3;
      if (reasons.length === 0) first.push(opening());
      else if (simple && !claim.question && r === 0) {
        // Short parallel reasons: in the opening sentence when it stays short, else in one sentence after it.
        const clauses = statements.map((st) => st.clause);
        const citations = [...root.citations, ...statements.flatMap((st) => st.citations)];
        const joined = words.openingWithReasons(voice, subject, claim, clauses);
        if (wordCount(joined) <= SENTENCE_WORDS) first.push(say(joined, citations));
        else if (wordCount(words.groupedReasons(voice, subject, clauses)) <= SENTENCE_WORDS && reasons.length > 1) {
          first.push(opening(), say(words.groupedReasons(voice, subject, clauses), statements.flatMap((st) => st.citations)));
        } else {
          first.push(opening());
          this.#reasonSentences(first, statements, speakers, voice, subject, r);
        }
      } else {
        first.push(opening());
        this.#reasonSentences(first, statements, speakers, voice, subject, r);
      }
      paragraphs.push({ sentences: first });
      // Objections: to the root, and to the reasons and their backing, heaviest first.
      const objections: Point[] = points.filter((p) => p.kind === "objection");
      for (const reason of reasons) collect(reason, objections);
      objections.sort(byWeight);
      for (const objection of objections) paragraphs.push({ sentences: this.#exchange(objection, reasons, voice, subject) });
    }
    return paragraphs;
  }

  #reasonSentences(into: ProseSentence[], statements: readonly Statement[], speakers: readonly (string | undefined)[], voice: Voice, subject: string, variant: number): void {
    const words = this.#language.prose;
    if (statements.length === 1) {
      const st = statements[0]!;
      const by = speakers[0];
      into.push(say(by !== undefined ? words.reasonBy(by, st.clause, 0, 1) : freshOpening(into, (k) => words.singleReason(voice, subject, st.clause, variant + k)), st.citations, st.clause.question), ...st.after);
      return;
    }
    into.push(say(freshOpening(into, (k) => words.reasonsIntro(voice, subject, statements.length, variant + k)), []));
    statements.forEach((st, k) => {
      const by = speakers[k];
      into.push(say(by !== undefined ? words.reasonBy(by, st.clause, k, statements.length) : words.reason(st.clause, k, statements.length), st.citations, st.clause.question), ...st.after);
    });
  }

  /** An objection and the exchange that follows it, in reading order. */
  #exchange(objection: Point, reasons: readonly Point[], voice: Voice, subject: string): ProseSentence[] {
    const words = this.#language.prose;
    const out: ProseSentence[] = [];
    const stated = this.#statement(objection);
    this.#stated.add(objection.argument.id);
    const by = this.#speaker(objection.argument);
    let target = this.#target(objection, reasons);
    // An undercut grants the premises and denies the inference: its content is "that reason does not bear on the claim, since …".
    const undercut = objection.argument.role === "undercut" && !stated.clause.question;
    const first = undercut ? { ...stated, clause: { text: words.undercut(stated.clause, target), verbFinal: false, question: false } } : stated;
    if (undercut) target = undefined;
    const replies = objection.children.filter((c) => c.kind === "reply" || c.kind === "counter").sort(byWeight);
    const n = this.#objections++;
    const concessive = objection.argument.premises.some((p) => this.#prepared(p.id, p.text).concessive);
    let text: string;
    // An objection that names who raises it ("some will object that …") gets no second frame.
    const reported = !undercut && target === undefined && !first.clause.question && !first.clause.verbFinal && words.reportedObjection.test(first.clause.text);
    if (by !== undefined) text = words.objectionBy(by, first.clause, target, n);
    else if (reported && !concessive) text = words.reported(voice, subject, first.clause, isAnswered(objection.argument));
    else if (concessive) text = words.concession(voice, subject, first.clause, target, n);
    // In one author's text, an objection the text answers is anticipated; one it leaves unanswered is granted.
    else if (voice === "author" && isAnswered(objection.argument)) text = words.anticipated(subject, first.clause, target, n);
    else if (voice === "author") text = words.concession(voice, subject, first.clause, target, n);
    else text = words.objection(voice, first.clause, target, n);
    const lone = replies.length === 1 && replies[0]!.kind === "reply" && replies[0]!.children.length === 0 && by === undefined && voice === "author" && first.after.length === 0 && !first.clause.question;
    if (lone) {
      const reply = this.#statement(replies[0]!);
      const joined = words.andReplies(text, reply.clause, replies[0]!.argument.role === "undercut", concessive || !isAnswered(objection.argument));
      if (!reply.clause.question && reply.after.length === 0 && wordCount(joined) <= SENTENCE_WORDS) {
        out.push(say(joined, [...first.citations, ...reply.citations]));
        return out;
      }
    }
    out.push(say(text, first.citations, first.clause.question), ...first.after);
    const stack: { readonly point: Point; readonly index: number; readonly count: number }[] = [];
    const push = (point: Point, answers: readonly Point[]): void => {
      for (let i = answers.length - 1; i >= 0; i--) stack.push({ point: answers[i]!, index: i, count: answers.length });
    };
    push(objection, replies);
    while (stack.length > 0) {
      const { point, index, count } = stack.pop()!;
      const st = this.#statement(point);
      const speaker = this.#speaker(point.argument);
      let sentence: string;
      if (point.kind === "reply" && speaker !== undefined) sentence = words.replyBy(speaker, st.clause, this.#replies++);
      else if (point.kind === "reply" && point.argument.role === "undercut" && count === 1) sentence = words.undercutReply(voice, subject, st.clause, this.#replies++);
      else if (point.kind === "reply") sentence = words.reply(voice, subject, st.clause, index, count, this.#replies++);
      else sentence = words.counterReply(st.clause, this.#counters++);
      out.push(say(sentence, st.citations, st.clause.question), ...st.after);
      push(point, point.children.filter((c) => c.kind === "reply" || c.kind === "counter").sort(byWeight));
    }
    return out;
  }

  /** How an objection names what it bears on, when that is not the root: "the second reason", "the point that …". */
  #target(point: Point, reasons: readonly Point[]): string | undefined {
    const parent = point.parent;
    if (parent === undefined) return undefined;
    const words = this.#language.prose;
    const index = reasons.indexOf(parent);
    if (index >= 0) return words.targetReason(index, reasons.length);
    const premise = parent.argument.premises[0];
    if (premise === undefined) return undefined;
    const clause = this.#clause(premise);
    if (wordCount(clause.text) <= 12 && !clause.question) return words.targetPoint(clause);
    // The reason whose backing it is.
    for (let up: Point | undefined = parent; up !== undefined; up = up.parent) {
      const k = reasons.indexOf(up);
      if (k >= 0) return words.targetReason(k, reasons.length);
    }
    return undefined;
  }

  /** A point's premises as a clause, with its chosen backing; long parts go to sentences of their own. Once per point and pass. */
  #statement(point: Point): Statement {
    let out = this.#statements.get(point);
    if (out === undefined) this.#statements.set(point, (out = this.#makeStatement(point)));
    return out;
  }

  #makeStatement(point: Point): Statement {
    const words = this.#language.prose;
    const citations: Citation[] = [];
    // Sentences after the point: its own linked premises first, then its backing, then the backing's linked premises.
    const mainAfter: ProseSentence[] = [];
    const main = this.#premises(point.argument, citations, mainAfter);
    const backing = point.children.filter((c) => c.kind === "backing").sort(byWeight);
    if (backing.length === 0) return { clause: main, after: mainAfter, citations };
    const backingCitations: Citation[] = [];
    const backAfter: ProseSentence[] = [];
    const backs = backing.map((b) => this.#premises(b.argument, backingCitations, backAfter));
    const clause = main;
    // When the premises are split into sentences, a backing of a later premise follows that premise's sentence; "because" after the first would misattribute it.
    const first = point.argument.premises[0];
    const ofLater = mainAfter.length > 0 && backing.some((b) => first?.kind !== "claim" || !first.arguments.includes(b.argument));
    if (ofLater) return { clause, after: [...mainAfter, say(words.backingSentence(backs), backingCitations), ...backAfter], citations };
    // "that's costly" after what it points to: "fees prolong studies, and that's costly".
    if (this.#isDeictic(point.argument) && backs.length === 1 && !backs[0]!.question) {
      return { clause: { text: words.afterBacking(backs[0]!, main), verbFinal: false, question: false }, after: [...mainAfter, ...backAfter], citations: [...citations, ...backingCitations] };
    }
    // A backing that opens with its own connective ("as landlords can no longer …, building …") is a sentence of its own.
    const own = backing
      .map((b) => b.argument.premises[0])
      .filter((p) => p !== undefined && /^(?:as|for|since|because|although|so|da|weil|denn|obwohl)\s/iu.test(this.#prepared(p.id, p.text).text));
    if (own.length > 0 && backs.length === 1) {
      return { clause: main, after: [...mainAfter, say(capitalize(this.#prepared(own[0]!.id, own[0]!.text).text), backingCitations), ...backAfter], citations };
    }
    const joined = `${main.text}${words.backing(backs)}`;
    const ownBecause = /\b(?:because|since|denn|weil)\b/iu.test(main.text);
    if (!main.question && !backs.some((b) => b.question) && !ownBecause && wordCount(joined) <= SENTENCE_WORDS - 4) {
      return { clause: { text: joined, verbFinal: main.verbFinal, question: false }, after: [...mainAfter, ...backAfter], citations: [...citations, ...backingCitations], backed: true };
    }
    return { clause, after: [...mainAfter, say(words.backingSentence(backs), backingCitations), ...backAfter], citations };
  }

  #isDeictic(argument: SummaryArgument): boolean {
    const premise = argument.premises[0];
    return argument.premises.length === 1 && premise !== undefined && this.#prepared(premise.id, premise.text).deictic;
  }

  /**
   * The premises of an argument as one clause. Linked premises join in it
   * when they are short and plain, or when the others only restate claims
   * stated above; else the others follow as sentences of their own, each
   * with its own citations.
   */
  #premises(argument: SummaryArgument, citations: Citation[], after: ProseSentence[]): Clause {
    const words = this.#language.prose;
    const kept = this.#kept(argument);
    const parts = kept.map((premise, i) => {
      const cites = this.#citations && premise.kind === "claim" ? premise.citations : [];
      if (this.#mentioned.has(premise.id)) {
        const c = this.#clause(premise);
        return { clause: { ...c, text: words.restated(brief(c.text)) }, restated: true, cites: [] };
      }
      this.#mentioned.add(premise.id);
      if (i > 0 && !this.#language.embedding.continueSentence) {
        // German after "und": only a function word loses its capital.
        const c = this.#clause(premise);
        const e = embed(premise.text, this.#language, this.#vocabulary, { lowerFirst: true, lead: true });
        if (!c.question && !e.keptMarker) return { clause: { ...c, text: e.text }, restated: false, cites };
      }
      return { clause: this.#clause(premise), restated: false, cites };
    });
    const clauses = parts.map((p) => p.clause);
    if (parts.length === 1) {
      citations.push(...parts[0]!.cites);
      return clauses[0]!;
    }
    // With commas of their own, linked premises would run on; only restatements of what was said above may still join.
    const plain = clauses.every((c) => !c.verbFinal && !c.question && !c.text.includes(","));
    const restating = !clauses[0]!.question && parts.slice(1).every((p) => p.restated && !p.clause.question && !p.clause.verbFinal);
    const joined = plain ? words.linked(clauses.map((c) => c.text)) : words.linkedLong(clauses.map((c) => c.text));
    if ((plain || restating) && wordCount(joined) <= SENTENCE_WORDS - 6) {
      for (const p of parts) citations.push(...p.cites);
      return { text: joined, verbFinal: false, question: false };
    }
    citations.push(...parts[0]!.cites);
    parts.slice(1).forEach((p, i) => after.push(say(words.together(p.clause, i), p.cites, p.clause.question)));
    return clauses[0]!;
  }

  /**
   * The verdict on the main claim, tallies when an evaluation was given, and
   * notes on convergence and completeness. `others` is the words of what
   * the summary must say besides (the count of statements outside any
   * argument): the verdict names its objections only when it leaves room
   * for those and the opening.
   */
  #verdict(others: number, stated: ReadonlySet<string>): ProseSentence[] {
    const summary = this.#summary;
    const words = this.#language.evaluation;
    const evaluation = summary.evaluation;
    const root = summary.roots[0];
    let tally = "";
    if (evaluation !== undefined && root !== undefined) {
      const reasons = root.arguments.filter((x) => x.type === "support");
      const objections = root.arguments.filter((x) => x.type === "attack");
      tally = words.tally(standing(reasons), standing(objections));
    }
    const notes = [
      ...(tally !== "" ? [say(tally, [])] : []),
      ...(evaluation?.converged === false ? [say(words.notConverged, [])] : []),
      ...(evaluation?.complete === false ? [say(words.incomplete, [])] : []),
    ];
    // The opening is its claim and a frame, at most OPENING_ROOM words.
    const opening = Math.min(OPENING_ROOM, wordCount(root?.text ?? "") + 4);
    // A language whose opening calls every main claim a thesis ("Der Text vertritt die These") calls it so in the verdict too.
    const text = verdictText(summary, this.#language, this.#vocabulary, { maxWords: this.#budget - opening - others - wordsOf(notes), stated, asThesis: this.#language.prose.opensWithThesis });
    if (text !== undefined) return [say(text, []), ...notes];
    if (evaluation !== undefined && tally === "") return [say(words.evaluatedWith(words.semantics(evaluation.semantics)), []), ...notes];
    return notes;
  }
}

/**
 * @internal The verdict of a summary as one sentence (without its final
 * mark; several when it names many objections), or `undefined` when the
 * summary has none. Every unanswered objection is named: linked premises
 * joined in words, a claim that cannot be run into the sentence quoted, a
 * long one by its lead sentence. Only when an objection would take more
 * than 25 words, there are more than six, or the verdict would take more
 * than `maxWords`, is the verdict a count. `stated` are the objections the
 * text has written out, in order: when the unanswered objections are all of
 * them, or the one unanswered objection is the last of them, the verdict
 * refers back to them instead.
 */
export function verdictText(summary: ArgumentSummary, language: SummaryLanguage, vocabulary: Vocabulary = vocabularyOf(summary), options: VerdictTextOptions = {}): string | undefined {
  const verdict = summary.verdict;
  if (verdict === undefined) return undefined;
  const { maxWords = Number.POSITIVE_INFINITY, stated = NOTHING_STATED } = options;
  const words = language.evaluation;
  const named = verdict.chosen ? words.semantics(verdict.semantics) : undefined;
  const thesis = verdict.claim === summary.thesis || options.asThesis === true;
  const judged = summary.roots.find((r) => r.id === verdict.claim);
  // A yes-or-no question is answered on balance; a "why" question is judged like a claim.
  const question = judged !== undefined && words.polarQuestion.test(oneLine(judged.text));
  // Objections the text has stated are referred back to, not restated, where the reference is unambiguous: all the objections it stated, or the last one.
  const unanswered = verdict.unanswered;
  const last = [...stated].pop();
  const above = unanswered.length > 0 && unanswered.length === stated.size && unanswered.every((id) => stated.has(id)) ? "all" : unanswered.length === 1 && unanswered[0] === last ? "last" : undefined;
  if (above !== undefined) return words.verdict(named, thesis, verdict.status, verdict.strength?.toFixed(2), [], unanswered.length, verdict.objections, above, question);
  const clauses: Clause[] = [];
  if (verdict.unanswered.length > 0 && verdict.unanswered.length <= 6) {
    const byId = argumentsById(summary);
    for (const id of verdict.unanswered) {
      const clause = objectionClause(byId.get(id), language, vocabulary);
      if (clause === undefined) break;
      clauses.push(clause);
    }
    if (clauses.length !== verdict.unanswered.length) clauses.length = 0;
  }
  const told = (restated: readonly Clause[]): string => words.verdict(named, thesis, verdict.status, verdict.strength?.toFixed(2), restated, verdict.unanswered.length, verdict.objections, undefined, question);
  const full = told(clauses);
  return clauses.length > 0 && wordCount(full) > maxWords ? told([]) : full;
}

const NOTHING_STATED: ReadonlySet<string> = new Set();

/** @internal How {@link verdictText} is to be written. */
export interface VerdictTextOptions {
  /** Most words; a verdict that would take more counts its objections instead of naming them. */
  readonly maxWords?: number;
  /** The objections the text has written out, in order. */
  readonly stated?: ReadonlySet<string>;
  /** Call the judged claim the thesis, as the text's opening did. */
  readonly asThesis?: boolean;
}

/** Words of a prose budget kept for the opening when the verdict names its objections. */
const OPENING_ROOM = 20;

/** Most words of one objection named in a verdict. */
const VERDICT_OBJECTION_WORDS = 25;

/** An unanswered objection as a clause of the verdict, or `undefined` when it cannot be named briefly. */
function objectionClause(argument: SummaryArgument | undefined, language: SummaryLanguage, vocabulary: Vocabulary): Clause | undefined {
  if (argument === undefined) return undefined;
  const premises = argument.premises.filter((p) => argument.premises.length === 1 || !embed(p.text, language, vocabulary).conditional);
  if (premises.length === 0) return undefined;
  const parts = premises.map((p, i) => {
    const e = embed(p.text, language, vocabulary, { lowerFirst: i > 0 || language.embedding.continueSentence, lead: true });
    if (e.keptMarker) return { text: `${language.quotes[0]}${capitalize(e.text)}${language.quotes[1]}`, verbFinal: false, question: false, quoted: true };
    return { text: e.question ? `${capitalize(e.text)}?` : i > 0 || language.embedding.continueSentence || e.verbFinal ? e.text : capitalize(e.text), verbFinal: e.verbFinal, question: e.question, quoted: false };
  });
  const first = parts[0]!;
  if (parts.length > 1 && parts.some((p) => p.quoted || p.question || p.verbFinal)) return undefined;
  const text = parts.length === 1 ? first.text : language.prose.linked(parts.map((p) => p.text));
  if (wordCount(text) > VERDICT_OBJECTION_WORDS) return undefined;
  return { text, verbFinal: first.verbFinal, question: first.question };
}

/** The first of a sentence's variants that does not open as the sentence before it does ("The author argues …" / "The author gives …"). */
function freshOpening(before: readonly ProseSentence[], variant: (k: number) => string): string {
  const last = before[before.length - 1];
  const opening = (text: string): string => text.split(/\s+/).slice(0, 2).join(" ").toLowerCase();
  if (last === undefined) return variant(0);
  for (let k = 0; k < 3; k++) {
    const text = variant(k);
    if (opening(text) !== opening(last.text)) return text;
  }
  return variant(0);
}

/** Every argument of a summary by id. */
function argumentsById(summary: ArgumentSummary): Map<string, SummaryArgument> {
  const byId = new Map<string, SummaryArgument>();
  const stack: SummaryArgument[] = [];
  const claims: SummaryClaim[] = [...summary.roots];
  while (claims.length > 0 || stack.length > 0) {
    const claim = claims.pop();
    if (claim !== undefined) {
      stack.push(...claim.arguments);
      continue;
    }
    const argument = stack.pop()!;
    byId.set(argument.id, argument);
    for (const premise of argument.premises) if (premise.kind === "claim") claims.push(premise);
    stack.push(...argument.arguments);
  }
  return byId;
}

/** A claim restated briefly: in full when short, else its main clause before the first comma when that says enough. */
function brief(text: string): string {
  if (wordCount(text) <= 12) return text;
  const comma = text.indexOf(", ");
  if (comma > 0) {
    const head = text.slice(0, comma);
    const n = wordCount(head);
    if (n >= 4 && n <= 12) return head;
  }
  return text;
}

/** The weightiest answer to a point (an attack on it or on its premises from the other side): a reply to an objection, or a counter to a reply, as a bound point under it. */
function heaviestAnswer(point: Point, kind: "reply" | "counter"): Point | undefined {
  let best: SummaryArgument | undefined;
  const consider = (argument: SummaryArgument): void => {
    if (argument.type === "attack" && argument.stance !== point.argument.stance && (best === undefined || argument.weight > best.weight)) best = argument;
  };
  point.argument.arguments.forEach(consider);
  for (const premise of point.argument.premises) if (premise.kind === "claim") premise.arguments.forEach(consider);
  if (best === undefined || point.depth + 1 > MAX_DEPTH) return undefined;
  return { argument: best, kind, parent: point, root: point.root, depth: point.depth + 1, children: [], order: 0, bound: true };
}

/** The weightiest reason for a point's premises, as its bound backing. */
function heaviestBacking(point: Point): Point | undefined {
  if (point.kind === "backing" || point.depth + 1 > MAX_DEPTH) return undefined;
  let best: SummaryArgument | undefined;
  for (const premise of point.argument.premises) {
    if (premise.kind !== "claim") continue;
    for (const argument of premise.arguments) if (argument.type === "support" && (best === undefined || argument.weight > best.weight)) best = argument;
  }
  if (best === undefined) return undefined;
  return { argument: best, kind: "backing", parent: point, root: point.root, depth: point.depth + 1, children: [], order: 0, bound: true };
}

/** Whether an objection is answered: an attack on it, or on one of its premises. */
function isAnswered(argument: SummaryArgument): boolean {
  if (argument.arguments.some((a) => a.type === "attack")) return true;
  return argument.premises.some((p) => p.kind === "claim" && p.arguments.some((a) => a.type === "attack"));
}

/**
 * Prose that cannot be shortened by dropping points (only the first root is
 * left): its opening is cut to fit, at the last clause boundary that does,
 * else after as many words as fit, and marked with "…".
 */
function fitFirst(paragraphs: ProseParagraph[], budget: number): ProseParagraph[] {
  const all = paragraphs.flatMap((p) => p.sentences);
  const first = all[0]!;
  const rest = paragraphs.reduce((n, p) => n + wordsOf(p.sentences), 0) - wordCount(first.text);
  // The "…" that marks the cut is a word of its own.
  const room = Math.max(3, budget - rest) - 1;
  const tokens = first.text.split(/\s+/);
  if (tokens.length <= room + 1) return paragraphs;
  let cut = tokens.slice(0, room).join(" ");
  const boundary = Math.max(cut.lastIndexOf(", "), cut.lastIndexOf("; "), cut.lastIndexOf(": "));
  if (boundary > cut.length / 2) cut = cut.slice(0, boundary);
  const shortened = { text: `${cut.replace(/[\s,;:–—-]+$/u, "")} …${/\?\s*$/.test(first.text) ? "?" : ""}`, citations: first.citations };
  return paragraphs.map((p, i) => (i === 0 ? { sentences: [shortened, ...p.sentences.slice(1)] } : p));
}

interface Chosen {
  readonly points: Point[];
  readonly rootPoints: Point[][];
  readonly rootChosen: boolean[];
}

/** The arguments that bear on a claim or on an argument's inference. */
function childArguments(holder: SummaryClaim | SummaryArgument): readonly SummaryArgument[] {
  return holder.arguments;
}

/** What an argument is, seen from the point it bears on. */
function kindOf(argument: SummaryArgument, parent: Point | undefined): Kind | undefined {
  if (parent === undefined) return argument.type === "support" ? "reason" : "objection";
  if (argument.type === "support") return parent.kind === "backing" ? undefined : "backing";
  if (argument.stance === "con") return parent.kind === "reply" ? "counter" : "objection";
  return "reply";
}

/** Objections to a point and to its backing, gathered for their own paragraphs. */
function collect(point: Point, into: Point[]): void {
  const stack = [point];
  while (stack.length > 0) {
    const p = stack.pop()!;
    for (const child of p.children) {
      if (child.kind === "objection") into.push(child);
      else if (child.kind === "backing") stack.push(child);
    }
  }
}

function byWeight(a: Point, b: Point): number {
  return b.argument.weight - a.argument.weight || a.order - b.order;
}

/**
 * The chosen point with the least weight that no other chosen point hangs
 * on. An answer is never dropped alone: an objection whose only chosen
 * point is its answer counts as a leaf, and goes with it.
 */
function lightestLeaf(chosen: Chosen): Point | undefined {
  let best: Point | undefined;
  for (const point of chosen.points) {
    // A point bound to its parent goes with it; a point goes only when nothing but bound points hangs on it.
    if (point.bound === true || !onlyBound(point)) continue;
    if (best === undefined || point.argument.weight < best.argument.weight || (point.argument.weight === best.argument.weight && point.order > best.order)) best = point;
  }
  return best;
}

/** Whether every point below `point` is bound to its parent. */
function onlyBound(point: Point): boolean {
  for (const child of point.children) if (child.bound !== true || !onlyBound(child)) return false;
  return true;
}

/** A point and every point below it. */
function subtree(point: Point): Point[] {
  const out = [point];
  for (let i = 0; i < out.length; i++) out.push(...out[i]!.children);
  return out;
}

function wordsOf(sentences: readonly ProseSentence[]): number {
  let n = 0;
  for (const s of sentences) n += wordCount(s.text);
  return n;
}

/** [standing, judged] of arguments, or `undefined` when none was judged. */
function standing(items: readonly SummaryArgument[]): [number, number] | undefined {
  let up = 0;
  let judged = 0;
  for (const argument of items) {
    let label = argument.assessment?.label;
    if (label === undefined) {
      const labels = argument.premises.map((p) => (p.kind === "claim" ? p.assessment?.label : undefined));
      if (labels.some((l) => l === undefined)) continue;
      label = labels.every((l) => l === "in") ? "in" : "out";
    }
    judged++;
    if (label === "in") up++;
  }
  return judged === 0 ? undefined : [up, judged];
}

/**
 * @internal Learns names and common words from every claim text and
 * quotation in the summary; with `speakers`, also collects there the
 * participants its claims and arguments name (in the same walk).
 */
export function vocabularyOf(summary: ArgumentSummary, speakers?: Set<string>): Vocabulary {
  const vocabulary = new Vocabulary();
  // Statements outside any argument teach words, but do not speak in the debate.
  const claims: SummaryClaim[] = [...summary.isolated];
  const args: SummaryArgument[] = [];
  const learn = (names: Set<string> | undefined): void => {
    while (claims.length > 0 || args.length > 0) {
      const claim = claims.pop();
      if (claim !== undefined) {
        vocabulary.add(claim.text);
        // A quotation of exactly the claim's words teaches nothing new.
        for (const citation of claim.citations) if (citation.quote !== claim.text) vocabulary.add(citation.quote);
        if (names !== undefined && claim.by !== undefined) for (const name of claim.by) names.add(name);
        args.push(...claim.arguments);
        continue;
      }
      const argument = args.pop()!;
      for (const citation of argument.citations) vocabulary.add(citation.quote);
      if (names !== undefined && argument.by !== undefined) for (const name of argument.by) names.add(name);
      for (const premise of argument.premises) if (premise.kind === "claim") claims.push(premise);
      args.push(...argument.arguments);
    }
  };
  learn(undefined);
  claims.push(...summary.roots);
  learn(speakers);
  return vocabulary;
}

function capitalize(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toUpperCase() + text.slice(head.length);
}

/** A sentence with exactly one end mark: "?" for a question, "." otherwise (none added after "…"). */
function say(text: string, citations: readonly Citation[], question = false): ProseSentence {
  const body = sentence(text.replace(/[\s.。]+$/u, ""));
  const withMark = question && body.endsWith(".") ? `${body.slice(0, -1)}?` : body;
  return { text: withMark, citations: unique(citations) };
}

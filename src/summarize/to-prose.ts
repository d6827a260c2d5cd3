import { ArgmapError, issue } from "../errors.js";
import { embed, oneLine, reference, Vocabulary } from "./embed.js";
import { languageFor, type SummaryLanguage } from "./languages/index.js";
import { CitationNumbers } from "./outline.js";
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
  const words = options.budget?.words ?? summary.budget?.words ?? PROSE_DEFAULTS.words;
  if (typeof words !== "number" || Number.isNaN(words) || words < 1) {
    throw invalidBudget(words);
  }
  const subject = options.subject !== undefined && options.subject.trim() !== "" ? options.subject.trim() : language.prose.defaultSubject;
  return new ProseWriter(summary, language, subject, words, options.citations !== false).compose();
}

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
const TEMPLATE_WORDS: Readonly<Record<Kind, number>> = { reason: 2, objection: 5, reply: 4, counter: 4, backing: 2 };

class ProseWriter {
  readonly #summary: ArgumentSummary;
  readonly #language: SummaryLanguage;
  readonly #subject: string;
  readonly #budget: number;
  readonly #citations: boolean;
  readonly #vocabulary: Vocabulary;
  /** Variant counters, so that no sentence opening repeats often. */
  #objections = 0;
  /** Whether the summary's points come from two or more named participants (a dialogue, a debate). */
  readonly #dialogue: boolean;
  #replies = 0;
  #counters = 0;

  constructor(summary: ArgumentSummary, language: SummaryLanguage, subject: string, budget: number, citations: boolean) {
    this.#summary = summary;
    this.#language = language;
    this.#subject = subject;
    this.#budget = budget;
    this.#citations = citations;
    this.#vocabulary = vocabularyOf(summary);
    this.#dialogue = speakerCount(summary) >= 2;
  }

  /** Who puts a point forward: the relation's participants, else its first premise's, in a dialogue. */
  #speaker(argument: SummaryArgument): string | undefined {
    if (!this.#dialogue) return undefined;
    const by = argument.by ?? (argument.premises[0]?.kind === "claim" ? argument.premises[0].by : undefined);
    return by === undefined || by.length === 0 ? undefined : this.#language.prose.linked(by);
  }

  /** Who asserts a root claim, in a dialogue; else the subject. */
  #rootSubject(root: SummaryClaim): string {
    if (!this.#dialogue || root.by === undefined || root.by.length === 0) return this.#subject;
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
    const verdict = this.#evaluation();
    const total = countArguments(summary);
    // Choose points best first, then write; drop the lightest leaf until the text fits.
    const fixed = wordsOf(verdict) + wordsOf(tail) + 6;
    const chosen = this.#choose(this.#budget - fixed);
    for (;;) {
      const paragraphs = this.#write(chosen, total);
      if (verdict.length > 0) paragraphs.push({ sentences: verdict });
      if (tail.length > 0) paragraphs.push({ sentences: tail });
      const used = paragraphs.reduce((n, p) => n + wordsOf(p.sentences), 0);
      const leaf = lightestLeaf(chosen);
      if (used <= this.#budget || leaf === undefined) return paragraphs;
      chosen.points.splice(chosen.points.indexOf(leaf), 1);
      if (leaf.parent !== undefined) leaf.parent.children.splice(leaf.parent.children.indexOf(leaf), 1);
      else chosen.rootPoints[leaf.root]!.splice(chosen.rootPoints[leaf.root]!.indexOf(leaf), 1);
      this.#objections = this.#replies = this.#counters = 0;
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
    const offer = (holder: SummaryClaim | SummaryArgument, parent: Point | undefined, root: number, depth: number): void => {
      if (depth > MAX_DEPTH) return;
      for (const argument of childArguments(holder)) {
        const kind = kindOf(argument, parent);
        if (kind === undefined) continue;
        heap.push({ point: { argument, kind, parent, root, depth, children: [], order: 0 } }, argument.weight);
      }
    };
    offer(roots[0]!, undefined, 0, 1);
    for (let i = 1; i < roots.length; i++) heap.push({ root: i }, roots[i]!.weight);
    let skippedUnanswered = false;
    while (heap.size > 0) {
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
      const answered = objection && childArguments(point.argument).some((a) => a.stance !== point.argument.stance);
      if (objection && answered && skippedUnanswered) continue;
      const cost = TEMPLATE_WORDS[point.kind] + premiseWords(point.argument) + (point.kind === "objection" && point.parent !== undefined ? 6 : 0);
      if (used + cost > budget) {
        if (objection && !answered) skippedUnanswered = true;
        continue;
      }
      used += cost;
      point.order = order++;
      points.push(point);
      if (point.parent === undefined) rootPoints[point.root]!.push(point);
      else point.parent.children.push(point);
      offer(point.argument, point, point.root, point.depth + 1);
      // What bears on the premises of the point.
      for (const premise of point.argument.premises) if (premise.kind === "claim") offer(premise, point, point.root, point.depth + 1);
    }
    return { points, rootPoints, rootChosen };
  }

  #openingWords(root: SummaryClaim): number {
    return wordCount(this.#subject) + 3 + wordCount(root.text);
  }

  /** Writes the chosen points: per root an opening and its reasons, then a paragraph per objection. */
  #write(chosen: Chosen, total: number): ProseParagraph[] {
    const words = this.#language.prose;
    const roots = this.#summary.roots;
    const paragraphs: ProseParagraph[] = [];
    let further = 0;
    for (let r = 0; r < roots.length; r++) {
      if (!chosen.rootChosen[r]) continue;
      const root = roots[r]!;
      const claim = this.#embed(root.text, false);
      // A question after "asks:" keeps its capital.
      if (claim.question) claim.text = capitalize(claim.text);
      const subject = this.#rootSubject(root);
      const first: ProseSentence[] = [
        say(r === 0 ? words.opening(subject, claim.text, claim.question) : words.furtherOpening(subject, claim.text, claim.question, further++), root.citations, claim.question),
      ];
      const points = [...chosen.rootPoints[r]!].sort(byWeight);
      const reasons = points.filter((p) => p.kind === "reason");
      if (reasons.length === 1) {
        const text = this.#statement(reasons[0]!);
        first.push(say(words.singleReason(subject, text.text, r), text.citations));
      } else if (reasons.length > 1) {
        first.push(say(words.reasonsIntro(subject, reasons.length, r), []));
        reasons.forEach((reason, k) => {
          const text = this.#statement(reason);
          first.push(say(words.reason(text.text, k, reasons.length), text.citations));
        });
      }
      paragraphs.push({ sentences: first });
      // Objections: to the root, and to the reasons and their backing, heaviest first.
      const objections: Point[] = points.filter((p) => p.kind === "objection");
      for (const reason of reasons) collect(reason, objections);
      objections.sort(byWeight);
      for (const objection of objections) paragraphs.push({ sentences: this.#exchange(objection) });
    }
    const left = total - chosen.points.length;
    if (left > 0) {
      const last = paragraphs[paragraphs.length - 1]!;
      paragraphs[paragraphs.length - 1] = { sentences: [...last.sentences, say(words.furtherPoints(left), [])] };
    }
    return paragraphs;
  }

  /** An objection and the exchange that follows it, in reading order. */
  #exchange(objection: Point): ProseSentence[] {
    const words = this.#language.prose;
    const out: ProseSentence[] = [];
    const first = this.#statement(objection);
    const by = this.#speaker(objection.argument);
    const target = this.#target(objection);
    out.push(say(by !== undefined ? words.objectionBy(by, first.text, target, this.#objections++) : words.objection(first.text, target, this.#objections++), first.citations));
    const stack: { readonly point: Point; readonly index: number; readonly count: number }[] = [];
    const push = (point: Point): void => {
      const answers = point.children.filter((c) => c.kind === "reply" || c.kind === "counter").sort(byWeight);
      for (let i = answers.length - 1; i >= 0; i--) stack.push({ point: answers[i]!, index: i, count: answers.length });
    };
    push(objection);
    while (stack.length > 0) {
      const { point, index, count } = stack.pop()!;
      const text = this.#statement(point);
      const speaker = this.#speaker(point.argument);
      if (point.kind === "reply" && speaker !== undefined) out.push(say(words.replyBy(speaker, text.text, this.#replies++), text.citations));
      else if (point.kind === "reply") out.push(say(words.reply(text.text, index, count, this.#replies++), text.citations));
      else out.push(say(words.counterReply(text.text, this.#counters++), text.citations));
      push(point);
    }
    return out;
  }

  /** Short form of what an objection bears on, when that is not the root. */
  #target(point: Point): string | undefined {
    const parent = point.parent;
    if (parent === undefined) return undefined;
    const premise = parent.argument.premises[0];
    return premise === undefined ? undefined : reference(premise.text, premise.title, this.#language);
  }

  /** A point's premises as a clause, with its chosen backing after "because". */
  #statement(point: Point): { text: string; citations: Citation[] } {
    const citations: Citation[] = [];
    let text = this.#premises(point.argument, citations, false);
    const backing = point.children.filter((c) => c.kind === "backing").sort(byWeight);
    if (backing.length > 0) text += this.#language.prose.backing(backing.map((b) => this.#premises(b.argument, citations, true)));
    return { text, citations };
  }

  #premises(argument: SummaryArgument, citations: Citation[], conjunction: boolean): string {
    const clauses = argument.premises.map((premise, i) => {
      if (premise.kind === "reference") return this.#language.prose.reference(reference(premise.text, premise.title, this.#language));
      if (this.#citations) citations.push(...premise.citations);
      const embedded = this.#embed(premise.text, conjunction || i > 0);
      if (!embedded.keptMarker) return embedded.text;
      // "Zweitens: Außerdem ist …" would run two connectives together: quote the claim instead.
      const [open, close] = this.#language.quotes;
      return `${open}${embedded.text}${close}`;
    });
    return clauses.length === 1 ? clauses[0]! : this.#language.prose.linked(clauses);
  }

  /** A claim's words for a template; `inside` when a conjunction or list, not a colon, comes before them. */
  #embed(text: string, inside: boolean): { text: string; readonly question: boolean; readonly keptMarker: boolean } {
    const lower = this.#language.embedding.continueSentence || inside;
    const out = embed(text, this.#language, this.#vocabulary, lower);
    return lower ? { ...out } : { ...out, text: capitalize(out.text) };
  }

  /** Verdicts on the roots, tallies and notes on convergence and completeness. */
  #evaluation(): ProseSentence[] {
    const evaluation = this.#summary.evaluation;
    if (evaluation === undefined) return [];
    const words = this.#language.evaluation;
    const semantics = words.semantics(evaluation.semantics);
    const out: ProseSentence[] = [];
    this.#summary.roots.slice(0, 3).forEach((root, i) => {
      const a = root.assessment;
      if (a === undefined) return;
      out.push(say(words.verdict(semantics, i === 0, root.id === this.#summary.thesis, a.label, a.strength?.toFixed(2), reference(root.text, root.title, this.#language)), []));
      if (i > 0) return;
      const reasons = root.arguments.filter((x) => x.type === "support");
      const objections = root.arguments.filter((x) => x.type === "attack");
      const tally = words.tally(standing(reasons), standing(objections));
      if (tally !== "") out.push(say(tally, []));
    });
    if (out.length === 0) out.push(say(words.evaluatedWith(semantics), []));
    if (evaluation.converged === false) out.push(say(words.notConverged, []));
    if (evaluation.complete === false) out.push(say(words.incomplete, []));
    return out;
  }
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

/** The chosen point with the least weight that no other chosen point hangs on. */
function lightestLeaf(chosen: Chosen): Point | undefined {
  let best: Point | undefined;
  for (const point of chosen.points) {
    if (point.children.length > 0) continue;
    if (best === undefined || point.argument.weight < best.argument.weight || (point.argument.weight === best.argument.weight && point.order > best.order)) best = point;
  }
  return best;
}

function premiseWords(argument: SummaryArgument): number {
  let n = 0;
  for (const premise of argument.premises) n += premise.kind === "claim" ? wordCount(premise.text) : 6;
  return n;
}

function wordsOf(sentences: readonly ProseSentence[]): number {
  let n = 0;
  for (const s of sentences) n += wordCount(s.text);
  return n;
}

/** Every argument in the summary, and those left out below it (`hidden`). */
function countArguments(summary: ArgumentSummary): number {
  let n = 0;
  const claims: SummaryClaim[] = [...summary.roots];
  const args: SummaryArgument[] = [];
  while (claims.length > 0 || args.length > 0) {
    const claim = claims.pop();
    if (claim !== undefined) {
      n += claim.hidden;
      args.push(...claim.arguments);
      continue;
    }
    const argument = args.pop()!;
    n += 1 + argument.hidden;
    for (const premise of argument.premises) if (premise.kind === "claim") claims.push(premise);
    args.push(...argument.arguments);
  }
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

/** How many different participants the summary's claims and arguments name. */
function speakerCount(summary: ArgumentSummary): number {
  const names = new Set<string>();
  const claims: SummaryClaim[] = [...summary.roots];
  const args: SummaryArgument[] = [];
  while ((claims.length > 0 || args.length > 0) && names.size < 2) {
    const claim = claims.pop();
    if (claim !== undefined) {
      for (const name of claim.by ?? []) names.add(name);
      args.push(...claim.arguments);
      continue;
    }
    const argument = args.pop()!;
    for (const name of argument.by ?? []) names.add(name);
    for (const premise of argument.premises) if (premise.kind === "claim") claims.push(premise);
    args.push(...argument.arguments);
  }
  return names.size;
}

/** Learns names and common words from every claim text and quotation in the summary. */
function vocabularyOf(summary: ArgumentSummary): Vocabulary {
  const vocabulary = new Vocabulary();
  const claims: SummaryClaim[] = [...summary.roots, ...summary.isolated];
  const args: SummaryArgument[] = [];
  while (claims.length > 0 || args.length > 0) {
    const claim = claims.pop();
    if (claim !== undefined) {
      vocabulary.add(claim.text);
      for (const citation of claim.citations) vocabulary.add(citation.quote);
      args.push(...claim.arguments);
      continue;
    }
    const argument = args.pop()!;
    for (const citation of argument.citations) vocabulary.add(citation.quote);
    for (const premise of argument.premises) if (premise.kind === "claim") claims.push(premise);
    args.push(...argument.arguments);
  }
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

import { CitationNumbers } from "./outline.js";
import type { ArgumentSummary, Citation, SummaryArgument, SummaryAssessment, SummaryClaim, SummaryReference } from "./types.js";
import { clause as plainClause, numberWord, ordinal, sentence, shortForm as plainShortForm, Vocabulary, withDefaults, wrap } from "./wording.js";

/** One sentence of a prose summary, with the citations that back it. */
export interface ProseSentence {
  readonly text: string;
  /** The quoted words behind the sentence (empty when it has none or citations are off). */
  readonly citations: readonly Citation[];
}

/** A paragraph of a prose summary. */
export interface ProseParagraph {
  readonly sentences: readonly ProseSentence[];
}

/** How {@link toProse} shows citations. */
export type CitationStyle = "notes" | "inline" | "none";

/** Options of {@link composeProse} and {@link toProse}. */
export interface ProseOptions {
  /**
   * Who argues, as the subject of the opening sentence: `"The article"`,
   * `"Smith"`, `"The committee"`.
   *
   * @defaultValue "The author"
   */
  readonly subject?: string | undefined;
  /**
   * `"notes"` numbers each sentence's citations (`[1]`) and lists the quoted
   * words after the text; `"inline"` quotes them after the sentence;
   * `"none"` leaves them out.
   *
   * @defaultValue "notes"
   */
  readonly citations?: CitationStyle | undefined;
  /**
   * Wrap lines at this many columns; 0 keeps each paragraph on one line.
   *
   * @defaultValue 80
   */
  readonly width?: number | undefined;
}

/** Defaults of {@link ProseOptions}. */
export const PROSE_DEFAULTS = Object.freeze({ subject: "The author", citations: "notes" as CitationStyle, width: 80 });

type Premise = SummaryClaim | SummaryReference;

/** A point met while walking one side of the argument, and what it answers. */
interface Opposing {
  readonly argument: SummaryArgument;
  /** The claim or relation it attacks or (for an inference) supports; `undefined` for the root. */
  readonly holder: SummaryClaim | SummaryArgument | undefined;
  /** Whether the holder is the point being discussed itself (no need to say what is answered). */
  readonly direct: boolean;
}

const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/**
 * Writes a summary as short prose, sentence by sentence: what is argued,
 * the reasons given, each counter-consideration with the replies to it,
 * and, when the summary carries an evaluation, which points stand. Each
 * sentence keeps its citations so callers can place them as they like;
 * {@link toProse} joins them into text.
 *
 * @param summary - A summary from {@link summarize}.
 * @param options - See {@link ProseOptions}; only `subject` matters here.
 * @returns Paragraphs of sentences.
 */
export function composeProse(summary: ArgumentSummary, options: ProseOptions = {}): ProseParagraph[] {
  const { subject } = withDefaults(PROSE_DEFAULTS, options);
  const writer = new ProseWriter(subject, summary);
  return writer.compose();
}

/**
 * Renders a summary as prose in natural English: "The author argues that
 * … The author gives three reasons for this. First, … However, … One reply
 * is that …". Every sentence carries its citation when the points it states
 * are anchored in a source. Deterministic: the same summary gives the same
 * text.
 *
 * @param summary - A summary from {@link summarize}.
 * @param options - Subject, citation style and line width; see {@link ProseOptions}.
 * @returns The text, paragraphs separated by blank lines, ending in a newline.
 * @example
 * ```ts
 * import { summarize, toProse } from "argmap";
 * import { ukraineJapan } from "argmap/datasets";
 *
 * console.log(toProse(summarize(ukraineJapan()), { subject: "The article" }));
 * // The article argues that Japan's recent easing of its arms export rules could
 * // eventually open a path to defense supplies from Tokyo for Ukraine. [1, 2] …
 * ```
 */
export function toProse(summary: ArgumentSummary, options: ProseOptions = {}): string {
  const settings = withDefaults(PROSE_DEFAULTS, options);
  const paragraphs = composeProse(summary, settings);
  const notes = new CitationNumbers();
  const single = summary.sources.length <= 1;
  const blocks: string[] = [];
  for (const paragraph of paragraphs) {
    const parts: string[] = [];
    for (const s of paragraph.sentences) {
      if (settings.citations === "none" || s.citations.length === 0) parts.push(s.text);
      else if (settings.citations === "inline") parts.push(`${s.text} (${unique(s.citations).map((c) => `“${c.quote}”${single ? "" : `, ${c.title}`}`).join("; ")})`);
      else parts.push(`${s.text} [${[...new Set(s.citations.map((c) => notes.number(c)))].join(", ")}]`);
    }
    blocks.push(wrap(parts.join(" "), settings.width));
  }
  if (notes.list.length > 0) {
    const lines = notes.list.map((c, i) => wrap(`[${i + 1}] “${c.quote}”${single ? "" : ` (${c.title})`}`, settings.width, "", "    "));
    const source = summary.sources[0];
    blocks.push([single && source !== undefined ? `Quotations from ${source.title}${source.url !== undefined ? ` <${source.url}>` : ""}:` : "Quotations:", ...lines].join("\n"));
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

class ProseWriter {
  readonly #subject: string;
  readonly #summary: ArgumentSummary;
  readonly #vocabulary: Vocabulary;

  constructor(subject: string, summary: ArgumentSummary) {
    this.#subject = subject.trim() === "" ? PROSE_DEFAULTS.subject : subject.trim();
    this.#summary = summary;
    this.#vocabulary = vocabularyOf(summary);
  }

  compose(): ProseParagraph[] {
    const roots = this.#summary.roots;
    if (roots.length === 0) return [{ sentences: [{ text: "The map has no claims.", citations: [] }] }];
    const paragraphs: ProseParagraph[] = [];
    paragraphs.push({
      sentences: roots.map((root, i) => say(`${this.#subject} ${i === 0 ? "argues" : "also argues"} that ${plainClause(root.text, this.#vocabulary)}`, root.citations)),
    });
    roots.forEach((root, i) => {
      const reasons = this.#reasons(root, i);
      // With one root, its reasons continue the opening paragraph.
      if (roots.length === 1) paragraphs[0] = { sentences: [...paragraphs[0]!.sentences, ...reasons] };
      else if (reasons.length > 0) paragraphs.push({ sentences: reasons });
      this.#opposing(root).forEach((counter, j) => paragraphs.push({ sentences: this.#debate(counter, j) }));
    });
    const verdict = this.#evaluation();
    if (verdict.length > 0) paragraphs.push({ sentences: verdict });
    return paragraphs;
  }

  /** "The author gives three reasons for this. First, … Second, … Finally, …" */
  #reasons(root: SummaryClaim, index: number): ProseSentence[] {
    const reasons = root.arguments.filter((a) => a.type === "support");
    if (reasons.length === 0) return [];
    const target = index === 0 ? "for this" : index < ORDINAL_WORDS.length ? `for its ${ORDINAL_WORDS[index]!} claim` : `for the claim that ${plainShortForm(root.text, this.#vocabulary)}`;
    const out: ProseSentence[] = [];
    if (reasons.length === 1) {
      const point = this.#point(reasons[0]!, "free");
      out.push(say(`${this.#subject} gives one reason ${target}: ${point.text}`, point.citations), ...point.more);
      return out;
    }
    out.push(say(`${this.#subject} gives ${numberWord(reasons.length)} reasons ${target}`, []));
    reasons.forEach((reason, k) => {
      const point = this.#point(reason, "free");
      out.push(say(`${ordinal(k, reasons.length)}, ${point.text}`, point.citations), ...point.more);
    });
    return out;
  }

  /**
   * A counter-consideration and the exchange that follows it: replies,
   * objections to the replies, and so on, as one paragraph.
   */
  #debate(counter: Opposing, position: number): ProseSentence[] {
    const out: ProseSentence[] = [];
    const point = this.#point(counter.argument, position === 0 ? "free" : "that");
    const context = counter.direct ? "" : `against the point that ${this.#holderText(counter.holder)}`;
    const lead = position === 0 ? (context === "" ? "however, " : `however, ${context}, `) : `a further counter-consideration${context === "" ? "" : `, ${context},`} is that `;
    out.push(say(`${lead}${point.text}`, point.citations), ...point.more);
    // Replies, and replies to replies, in reading order with an explicit stack.
    const pending: { readonly item: Opposing; readonly index: number; readonly count: number; readonly depth: number }[] = [];
    const expand = (items: readonly Opposing[], depth: number): void => {
      for (let i = items.length - 1; i >= 0; i--) pending.push({ item: items[i]!, index: i, count: items.length, depth });
    };
    expand(this.#opposingOf(counter.argument), 1);
    while (pending.length > 0) {
      const { item, index, count, depth } = pending.pop()!;
      const that = this.#point(item.argument, "that");
      const free = this.#point(item.argument, "free");
      const holder = this.#holderText(item.holder);
      const to = item.direct ? "" : ` to the point that ${holder}`;
      let text: string;
      let used = that;
      if (depth % 2 === 1) {
        if (count === 1) {
          text = `in reply${to}, ${free.text}`;
          used = free;
        } else if (index === 0) text = `one reply${to} is that ${that.text}`;
        else if (index === 1) text = item.direct ? `another is that ${that.text}` : `another reply${to} is that ${that.text}`;
        else text = `a ${ORDINAL_WORDS[index] ?? "further"} reply${to} is that ${that.text}`;
      } else if (index === 0) {
        text = item.direct ? `against this, ${free.text}` : `against the point that ${holder}, ${free.text}`;
        used = free;
      } else {
        text = `it is further objected${to} that ${that.text}`;
      }
      out.push(say(text, used.citations), ...used.more);
      expand(this.#opposingOf(item.argument), depth + 1);
    }
    return out;
  }

  /**
   * How to state an argument: its premises as a clause (linked premises
   * joined by "and"), the reasons for a single premise after "because",
   * and further sentences for deeper reasons.
   */
  #point(argument: SummaryArgument, mode: "free" | "that"): { text: string; citations: Citation[]; more: ProseSentence[] } {
    const citations: Citation[] = [];
    const clauses = argument.premises.map((premise) => {
      if (premise.kind === "claim") citations.push(...premise.citations);
      return premiseClause(premise, this.#vocabulary);
    });
    let text = mode === "that" ? joinThat(clauses) : joinAnd(clauses);
    const more: ProseSentence[] = [];
    // Reasons below the premises, breadth first; the first level of a single
    // premise goes inline after "because", the rest into sentences of their own.
    const queue: { readonly support: SummaryArgument; readonly lead: string }[] = [];
    const enqueueBelow = (node: SummaryArgument, viaPremises: boolean): void => {
      if (viaPremises) {
        for (const premise of node.premises) {
          if (premise.kind !== "claim") continue;
          const lead = node === argument && node.premises.length > 1 ? `the point that ${plainShortForm(premise.text, this.#vocabulary)} rests on the point that` : "this in turn rests on the point that";
          for (const support of premise.arguments) if (support.type === "support") queue.push({ support, lead });
        }
      }
      for (const support of node.arguments) {
        if (support.type === "support") queue.push({ support, lead: "the step from this to its conclusion is supported by the point that" });
      }
    };
    const single = argument.premises.length === 1 ? argument.premises[0]! : undefined;
    if (single?.kind === "claim") {
      const supports = single.arguments.filter((a) => a.type === "support");
      if (supports.length > 0) {
        const because = supports.map((support) => {
          for (const p of support.premises) if (p.kind === "claim") citations.push(...p.citations);
          enqueueBelow(support, true);
          return joinAnd(support.premises.map((p) => premiseClause(p, this.#vocabulary)));
        });
        text += `, because ${because.join(", and because ")}`;
      }
      enqueueBelow(argument, false);
    } else {
      enqueueBelow(argument, true);
    }
    for (let head = 0; head < queue.length; head++) {
      const { support, lead } = queue[head]!;
      const cites = support.premises.flatMap((p) => (p.kind === "claim" ? p.citations : []));
      more.push(say(`${lead} ${joinThat(support.premises.map((p) => premiseClause(p, this.#vocabulary)))}`, cites));
      enqueueBelow(support, true);
    }
    return { text, citations, more };
  }

  /**
   * The counter-considerations of a root claim: attacks on it, on its
   * reasons, on their premises and on the reasons for those.
   */
  #opposing(root: SummaryClaim): Opposing[] {
    return collectOpposing(root, "pro");
  }

  /** The replies to an argument: attacks on it, on its premises and on the reasons for those. */
  #opposingOf(argument: SummaryArgument): Opposing[] {
    return collectOpposing(argument, argument.stance);
  }

  #holderText(holder: SummaryClaim | SummaryArgument | undefined): string {
    if (holder === undefined) return "";
    if ("kind" in holder) return plainShortForm(holder.text, this.#vocabulary);
    const first = holder.premises[0];
    return first === undefined ? "" : plainShortForm(first.text, this.#vocabulary);
  }

  /**
   * "Under grounded semantics, the thesis stands. Of the reasons for it, all
   * six stand; of the counter-considerations, neither stands. The strongest
   * reason is that … (0.81)."
   */
  #evaluation(): ProseSentence[] {
    const evaluation = this.#summary.evaluation;
    if (evaluation === undefined) return [];
    const out: ProseSentence[] = [];
    this.#summary.roots.forEach((root, i) => {
      const name = root.id === this.#summary.thesis ? "the thesis" : i === 0 ? "the main claim" : `its ${ORDINAL_WORDS[i] ?? "next"} claim`;
      const intro = i === 0 ? `under ${evaluation.semantics} semantics, ` : "";
      const status = verdict(root.assessment);
      if (status !== undefined) out.push(say(`${intro}${name} ${status}`, []));
      else if (i === 0) out.push(say(`the summary was evaluated with ${evaluation.semantics} semantics`, []));
      const reasons = root.arguments.filter((a) => a.type === "support");
      const counters = this.#opposing(root).map((c) => c.argument);
      const parts = [tally(reasons, `the reasons for ${name}`), tally(counters, "the counter-considerations")].filter((p): p is string => p !== undefined);
      if (parts.length > 0) out.push(say(parts.join("; "), []));
      const strongest = [strongestOf(reasons, "reason", this.#vocabulary), strongestOf(counters, "counter-consideration", this.#vocabulary)].filter((p): p is string => p !== undefined);
      if (strongest.length > 0) out.push(say(strongest.join("; "), []));
    });
    return out;
  }
}

/** "of the reasons for the thesis, all six stand", or `undefined` when none was judged. */
function tally(items: readonly SummaryArgument[], what: string): string | undefined {
  const judged = items.map(standing).filter((s): s is boolean => s !== undefined);
  const total = judged.length;
  if (total === 0) return undefined;
  const up = judged.filter((s) => s).length;
  let quantity: string;
  if (total === 1) quantity = up === 1 ? "the one given stands" : "the one given does not stand";
  else if (up === total) quantity = total === 2 ? "both stand" : `all ${numberWord(total)} stand`;
  else if (up === 0) quantity = total === 2 ? "neither stands" : `none of the ${numberWord(total)} stands`;
  else quantity = `${numberWord(up)} of the ${numberWord(total)} ${up === 1 ? "stands" : "stand"}`;
  return `of ${what}, ${quantity}`;
}

/**
 * "the strongest reason is that … (0.81)", from the arguments' (or their
 * premises') strengths; "three reasons share the greatest strength (0.50)"
 * on a tie.
 */
function strongestOf(items: readonly SummaryArgument[], noun: string, vocabulary: Vocabulary): string | undefined {
  let best: SummaryArgument | undefined;
  let bestStrength = Number.NEGATIVE_INFINITY;
  let ties = 0;
  for (const argument of items) {
    const strength = argument.assessment?.strength ?? premiseStrength(argument);
    if (strength === undefined) continue;
    if (strength > bestStrength) {
      best = argument;
      bestStrength = strength;
      ties = 1;
    } else if (strength === bestStrength) ties++;
  }
  if (best === undefined || items.length < 2) return undefined;
  const value = bestStrength.toFixed(2);
  if (ties > 1) return `${numberWord(ties)} ${noun}s share the greatest strength (${value})`;
  const first = best.premises[0];
  return first === undefined ? undefined : `the strongest ${noun} is that ${plainShortForm(first.text, vocabulary)} (${value})`;
}

function premiseStrength(argument: SummaryArgument): number | undefined {
  let min: number | undefined;
  for (const premise of argument.premises) {
    if (premise.kind !== "claim" || premise.assessment?.strength === undefined) return undefined;
    min = min === undefined ? premise.assessment.strength : Math.min(min, premise.assessment.strength);
  }
  return min;
}

/**
 * Walks one side of the argument from `start` (claims, the arguments for
 * them, their premises) and returns the arguments of the other side met on
 * the way, in reading order. `direct` marks those that answer `start`
 * itself: for a root claim, attacks on it and undercuts of its reasons; for
 * an argument, attacks on it and on its premises.
 */
function collectOpposing(start: SummaryClaim | SummaryArgument, stance: "pro" | "con"): Opposing[] {
  type Step = { readonly node: SummaryClaim | SummaryArgument; readonly direct: boolean } | { readonly found: Opposing };
  const out: Opposing[] = [];
  const stack: Step[] = [{ node: start, direct: true }];
  const seen = new Set<SummaryClaim | SummaryArgument>();
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ("found" in step) {
      out.push(step.found);
      continue;
    }
    const { node, direct } = step;
    if (seen.has(node)) continue;
    seen.add(node);
    const later: Step[] = [];
    if ("kind" in node) {
      for (const argument of node.arguments) {
        if (argument.stance === stance) later.push({ node: argument, direct: direct && node === start });
        else later.push({ found: { argument, holder: node === start ? undefined : node, direct } });
      }
    } else {
      for (const premise of node.premises) if (premise.kind === "claim") later.push({ node: premise, direct: direct && node === start });
      for (const argument of node.arguments) {
        if (argument.stance === stance) later.push({ node: argument, direct: false });
        else later.push({ found: { argument, holder: node, direct } });
      }
    }
    for (let i = later.length - 1; i >= 0; i--) stack.push(later[i]!);
  }
  return out;
}

/** Learns names and common words from every claim text and quotation in the summary. */
function vocabularyOf(summary: ArgumentSummary): Vocabulary {
  const vocabulary = new Vocabulary();
  const claims: SummaryClaim[] = [...summary.roots];
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

/** A premise as a clause; a claim met before is referred back to. */
function premiseClause(premise: Premise, vocabulary: Vocabulary): string {
  return premise.kind === "claim" ? plainClause(premise.text, vocabulary) : `${NOTED}${plainShortForm(premise.text, vocabulary)}`;
}

/** "a, that b, and that c": premises after "argues that" or "is that". */
function joinThat(clauses: readonly string[]): string {
  return joinWith(clauses, "that ");
}

/** "a, b, and c": linked premises in a free-standing sentence. */
function joinAnd(clauses: readonly string[]): string {
  return joinWith(clauses, "");
}

function joinWith(clauses: readonly string[], that: string): string {
  let out = clauses[0] ?? "";
  for (let i = 1; i < clauses.length; i++) {
    const next = clauses[i]!;
    const aside = next.startsWith(NOTED) ? "," : "";
    out += `, ${i === clauses.length - 1 ? `and${aside} ` : ""}${that}${next}`;
  }
  return out;
}

const NOTED = "as noted above, ";

function say(text: string, citations: readonly Citation[]): ProseSentence {
  return { text: sentence(text), citations: unique(citations) };
}

/** Whether an argument stands: its own label, else its premises' (all must stand). */
function standing(argument: SummaryArgument): boolean | undefined {
  const own = argument.assessment?.label;
  if (own !== undefined) return own === "in";
  const labels = argument.premises.map((p) => (p.kind === "claim" ? p.assessment?.label : undefined));
  if (labels.some((l) => l === undefined)) return undefined;
  return labels.every((l) => l === "in");
}

function verdict(assessment: SummaryAssessment | undefined): string | undefined {
  if (assessment === undefined) return undefined;
  const strength = assessment.strength !== undefined ? `strength ${assessment.strength.toFixed(2)}` : undefined;
  if (assessment.label === undefined) return strength === undefined ? undefined : `has ${strength}`;
  const word = assessment.label === "in" ? "stands" : assessment.label === "out" ? "does not stand" : "is undecided";
  return strength === undefined ? word : `${word} (${strength})`;
}

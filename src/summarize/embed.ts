/**
 * @internal Prepares a claim's words before a prose template embeds them:
 * drops leading discourse markers (the template brings its own connective),
 * trims trailing commas and semicolons, removes the final mark (the template
 * ends the sentence with exactly one), lower-cases the first word only when
 * it is a function word or, in languages that allow it, a word the map's own
 * text writes in lower case, and keeps quotation marks balanced. Outlines
 * and citations do not use this: they keep the claim's original words.
 *
 * The rules per language live in the language tables
 * (`languages/en.ts`, `languages/de.ts`).
 * @module
 */
import type { EmbeddingRules, SummaryLanguage } from "./languages/types.js";
import { keepShape } from "./shapes.js";
import { isSpace } from "./wording.js";

/** A claim's words ready for a template: a proposition that stands on its own. */
export interface Embedded {
  /** The clause: no leading marker, no final mark, first letter as the template needs it. */
  readonly text: string;
  /** Whether the claim is a question (it ended in "?"). */
  readonly question: boolean;
  /**
   * Whether the claim cannot be run into a template's connective and is to
   * be quoted instead: a verb-second adverb whose subject could not be
   * found (German "Außerdem ist heute …"), or a conditional fragment ("if
   * they can afford it") that is not a statement on its own.
   */
  readonly keptMarker: boolean;
  /** Whether the claim grants a point: it opened with a concessive marker ("admittedly", "although", "zwar"). */
  readonly concessive: boolean;
  /** Whether its subject is a demonstrative ("that's costly"): it needs what it points to right before it. */
  readonly deictic: boolean;
  /** Whether it states an inference rule ("if …, then …", "whatever …"): prose may leave it out of linked premises. */
  readonly conditional: boolean;
  /** German: whether the clause keeps its verb last (it was a "weil"/"da"/"obwohl" fragment): embed it after "dass", not after a colon. */
  readonly verbFinal: boolean;
  /** Whether only the claim's first sentence was kept (see {@link EmbedOptions.lead}). */
  readonly shortened: boolean;
}

/** Options of {@link embed}. */
export interface EmbedOptions {
  /**
   * Whether the template continues a sentence (the first word may then be
   * lower-cased); `false` after a colon in German.
   */
  readonly lowerFirst?: boolean;
  /**
   * Keep only the claim's first sentence (its lead): prose states the gist
   * of a claim several sentences long, and the citation carries the rest.
   */
  readonly lead?: boolean;
}

/**
 * Which capitalized words of a map are names: a word capitalized in the
 * middle of a sentence anywhere in the map's text is taken as a name; a word
 * seen in lower case and never capitalized mid-sentence is a common word.
 */
export class Vocabulary {
  readonly #lower = new Set<string>();
  readonly #names = new Set<string>();
  /** Texts not yet read word by word: a prose summary asks about a few dozen words, so it looks them up in the texts instead. */
  readonly #pending: string[] = [];
  #joined: string | undefined;
  /** Where each pending text starts in the joined text. */
  readonly #starts: number[] = [];
  #lookups = 0;
  readonly #found = new Map<string, boolean>();

  /** Learns from a text. */
  add(text: string): this {
    this.#pending.push(text);
    this.#joined = undefined;
    if (this.#found.size > 0) this.#found.clear();
    return this;
  }

  /** Whether the word was seen capitalized in the middle of a sentence. */
  isName(word: string): boolean {
    if (this.#eager()) return this.#names.has(word);
    if (word === word.toLowerCase()) return this.#names.has(word);
    return this.#names.has(word) || this.#occurs(word, true);
  }

  /**
   * Whether the word was seen in lower case, as it is or in its other number
   * ("Human" when the map writes "humans", "Cars" when it writes "car").
   */
  seenLower(word: string): boolean {
    const lower = word.toLowerCase();
    const forms = [lower, `${lower}s`, `${lower}es`];
    if (lower.endsWith("s")) forms.push(lower.slice(0, -1));
    if (lower.endsWith("es")) forms.push(lower.slice(0, -2));
    const eager = this.#eager();
    return forms.some((form) => this.#lower.has(form) || (!eager && this.#occurs(form, false)));
  }

  /** After many look-ups (an outline prepares every claim), reads every pending text word by word once. */
  #eager(): boolean {
    if (this.#pending.length === 0) return true;
    if (++this.#lookups <= EAGER_AFTER) return false;
    for (const text of this.#pending.splice(0)) this.#learn(text);
    this.#joined = undefined;
    this.#found.clear();
    return true;
  }

  #learn(text: string): void {
    const words = /[\p{L}][\p{L}\p{M}'’-]*/gu;
    for (let match = words.exec(text); match !== null; match = words.exec(text)) {
      const word = match[0];
      if (word === word.toLowerCase()) {
        this.#lower.add(word);
        continue;
      }
      if (!startsSentence(text, match.index)) this.#names.add(word);
    }
  }

  /** The pending text that holds offset `at` of the joined text. */
  #textAt(at: number): number {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Whether `word` is a whole word of the pending texts (as {@link add}'s
   * tokens are), and with `midSentence` one that does not start a sentence.
   */
  #occurs(word: string, midSentence: boolean): boolean {
    const key = `${midSentence ? "n" : "l"}${word}`;
    const known = this.#found.get(key);
    if (known !== undefined) return known;
    // Texts joined by a line break, so that no word runs across two; where a text starts is kept to read its sentences alone.
    if (this.#joined === undefined) {
      this.#starts.length = 0;
      let offset = 0;
      for (const t of this.#pending) {
        this.#starts.push(offset);
        offset += t.length + 1;
      }
      this.#joined = this.#pending.join("\n");
    }
    const text = this.#joined;
    let found = false;
    for (let at = text.indexOf(word); at >= 0 && !found; at = text.indexOf(word, at + 1)) {
      if (!tokenStartsAt(text, at) || isWordChar(text, at + word.length)) continue;
      if (!midSentence) found = true;
      else {
        const k = this.#textAt(at);
        found = !startsSentence(this.#pending[k]!, at - this.#starts[k]!);
      }
    }
    this.#found.set(key, found);
    return found;
  }
}

keepShape(new Vocabulary());

/** Look-ups of a vocabulary answered from its texts before it reads them word by word. */
const EAGER_AFTER = 200;
const WORD_CHAR = /^[\p{L}\p{M}'’-]$/u;
const LETTER = /^\p{L}$/u;

/** Whether a word (a letter, then letters, marks, apostrophes and hyphens) starts at `at`, not inside an earlier one. */
function tokenStartsAt(text: string, at: number): boolean {
  for (let end = at; end > 0; ) {
    // The character before `end`, a surrogate pair read whole.
    const low = text.charCodeAt(end - 1);
    if (low < 128) {
      // ASCII: a letter, or an apostrophe or hyphen inside a word, or neither.
      if (isAsciiLetter(low)) return false;
      if (low !== APOSTROPHE && low !== HYPHEN) return true;
      end--;
      continue;
    }
    const start = low >= 0xdc00 && low <= 0xdfff && end >= 2 && text.charCodeAt(end - 2) >= 0xd800 && text.charCodeAt(end - 2) <= 0xdbff ? end - 2 : end - 1;
    const char = text.slice(start, end);
    if (!WORD_CHAR.test(char)) return true;
    if (LETTER.test(char)) return false;
    end = start;
  }
  return true;
}

/** Whether the character at `at` is one a word is made of (letters, marks, apostrophes and hyphens); `false` past the end. */
function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiLetter(code) || code === APOSTROPHE || code === HYPHEN;
  return WORD_CHAR.test(charAt(text, at));
}

const APOSTROPHE = 39;
const HYPHEN = 45;

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 97 && lower <= 122;
}

/**
 * Whether the UTF-16 unit at `at` is in a class of characters: `ascii`
 * answers for ASCII, the class's pattern for the rest. Reading a text word
 * by word asks this for every character, so ASCII is not run through a
 * regular expression.
 */
function unitIs(text: string, at: number, ascii: (code: number) => boolean, pattern: RegExp): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? ascii(code) : pattern.test(text[at]!);
}

/** White space and opening marks before a sentence's first word: /[\s("“„'‘«]/. */
const OPENING = { ascii: (code: number): boolean => isSpace(code) || code === 40 || code === 34 || code === 39, pattern: /[\s("“„'‘«]/ };
/** Closing marks after a sentence's end mark: /["”“'’»)]/. */
const CLOSING = { ascii: (code: number): boolean => code === 34 || code === 39 || code === 41, pattern: /["”“'’»)]/ };
/** Marks that end a sentence (or a clause that a sentence may follow): /[.!?:;。…]/. */
const ENDING = { ascii: (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 58 || code === 59, pattern: /[.!?:;。…]/ };

/** The character at `at`, a surrogate pair read whole. */
function charAt(text: string, at: number): string {
  const code = text.codePointAt(at);
  return code === undefined ? "" : String.fromCodePoint(code);
}

/** Words that open a sentence before its first real word: "However, Shops …", "But Shops …" do not make "Shops" a name. */
const OPENERS = /^(?:\p{L}+,|and|but|or|so|yet|also|then|und|aber|oder|denn|doch|also|dann)$/iu;

/** Whether the word at `index` starts a sentence, or follows only an opening word such as "However,". */
function startsSentence(text: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && unitIs(text, at, OPENING.ascii, OPENING.pattern)) at--;
  while (at >= 0 && unitIs(text, at, CLOSING.ascii, CLOSING.pattern)) at--;
  if (at < 0 || unitIs(text, at, ENDING.ascii, ENDING.pattern)) return true;
  // One word before it, itself at a sentence start.
  let begin = at;
  while (begin > 0 && !isSpace(text.charCodeAt(begin - 1))) begin--;
  const opener = text.slice(begin, at + 1);
  if (!OPENERS.test(opener)) return false;
  let before = begin - 1;
  while (before >= 0 && unitIs(text, before, OPENING.ascii, OPENING.pattern)) before--;
  return before < 0 || unitIs(text, before, ENDING.ascii, ENDING.pattern);
}

const END_MARKS = /[\s.!?。．！？,;:，；、]+$/u;
const CLOSING_QUOTES = "\"”’»」』'";
/** Pairs counted one for one; “ ” and „ “ share a mark and are counted together, ‘ ’ doubles as an apostrophe and is left alone. */
const PAIRS: readonly (readonly [string, string])[] = [["«", "»"], ["「", "」"], ["『", "』"]];

/** A line break of any kind with the white space around it: summaries show it as one space. */
export const LINE_BREAK = /\s*[\n\r\u2028\u2029]\s*/g;

/** What to show for a claim's text: the text on one line. */
export function oneLine(text: string): string {
  // Most texts are one line already: the replacement's pattern, which tries every run of spaces, only runs on those that are not.
  return HAS_LINE_BREAK.test(text) ? text.replace(LINE_BREAK, " ").trim() : text.trim();
}

const HAS_LINE_BREAK = /[\n\r\u2028\u2029]/;

/** Markdown emphasis (`*…*`, `**…**`, `_…_`, `__…__`) that opens after a space or the start and closes before a space, punctuation or the end. */
const MARKDOWN_EMPHASIS = /(^|[\s(“"‘'„«])(\*{1,2}|_{1,2})(?=[^\s*_])([^*_\n]*?[^\s*_])\2(?=$|[\s.,;:!?)”"’'»“])/gu;

/**
 * A claim's words as a clause for a template that brings its own
 * connective and end mark: a proposition that stands on its own. Drops the
 * discourse markers that belong to the source's position (leading ones,
 * sentence adverbs, and parentheticals like ", however,"), makes a
 * subordinate fragment a main clause ("because fees are high" → "fees are
 * high"; German "Außerdem ist X teurer" → "X ist teurer", "weil X teuer ist"
 * → a verb-final clause for "dass"), turns Markdown links and emphasis into their text,
 * trims the final mark, and lower-cases the first word only where that is
 * safe. Content words are never changed: every word of the result is a word
 * of the claim, in the claim's order except for a German verb moved behind
 * its subject (tests/summarize/embed.test.ts holds this over arbitrary
 * texts). Citations keep pointing at the claim's own words.
 *
 * @param text - The claim's text.
 * @param language - The table of the summary's language.
 * @param vocabulary - Names and common words learnt from the map.
 * @param options - Whether the first word may be lower-cased, and whether to keep the first sentence only.
 */
export function embed(text: string, language: SummaryLanguage, vocabulary: Vocabulary, options: EmbedOptions | boolean = {}): Embedded {
  const { lowerFirst = true, lead = false } = typeof options === "boolean" ? { lowerFirst: options } : options;
  const rules = language.embedding;
  let out = oneLine(text);
  // Markdown links, and emphasis around words ("*where it is needed*", "__never__"), not an asterisk or underscore inside a word or between numbers.
  if (out.includes("](")) out = out.replace(/\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))+\)/g, "$1");
  if (out.includes("*") || out.includes("_")) out = out.replace(MARKDOWN_EMPHASIS, "$1$3");
  let shortened = false;
  if (lead) {
    const first = leadSentence(out, rules);
    shortened = first !== out;
    out = first;
  }
  const state = { concessive: false, verbFinal: false, keptMarker: false };
  // "weshalb es danach mehr Unfälle gibt": a relative fragment is quoted as it stands.
  const opening = out.toLowerCase();
  if (rules.relativeOpeners?.some((w) => opening.startsWith(`${w} `)) === true) state.keptMarker = true;
  for (let round = 0; round < 4 && !state.keptMarker; round++) {
    const stripped = stripMarker(out, rules, vocabulary, state);
    if (stripped === out) break;
    out = stripped;
  }
  if (rules.innerMarkers !== undefined) {
    const inner = out.replace(rules.innerMarkers, (marker) => {
      if (/\b(?:zwar|admittedly)\b/iu.test(marker)) state.concessive = true;
      return "";
    });
    // "zwar …, aber …" grants and asserts at once: not a concession.
    if (state.concessive && /,\s+(?:aber|doch|jedoch|but)\s/iu.test(out)) state.concessive = false;
    out = inner.replace(/\s{2,}/g, " ");
  }
  // Trailing punctuation, also inside a closing quotation mark: ‘"We must act."’ → ‘"We must act"’.
  const question = /\?["”’»」』')]*\s*$/.test(out) || /？\s*$/.test(out);
  let tailQuotes = "";
  for (;;) {
    const stripped = out.replace(END_MARKS, "");
    const last = stripped[stripped.length - 1];
    if (last !== undefined && CLOSING_QUOTES.includes(last)) {
      tailQuotes = last + tailQuotes;
      out = stripped.slice(0, -1);
      continue;
    }
    out = stripped;
    break;
  }
  out = out.replace(/^\.\.\.$|^…$/, "");
  out = balanceQuotes(out + tailQuotes);
  // A clause that lost its subject to segmentation ("can still be let in", "regard it as …"; German "trifft sie …"):
  // German gets its verb behind the subject; otherwise it is quoted as a fragment.
  // Only a text that itself opens in lower case is such a fragment: after a dropped "aber" or "ja," the order is already subject first ("ältere Kundschaft will …").
  if (/^\p{Ll}/u.test(out) && !question && !state.verbFinal && !state.keptMarker) {
    const first = firstWordOf(out);
    const fragment = /^\p{Ll}/u.test(oneLine(text)) && !startsWithMarker(text, rules);
    if (rules.reorder !== undefined && !rules.functionWords.has(first)) {
      const reordered = fragment ? verbBehindSubject(out, rules) : undefined;
      if (reordered !== undefined) out = reordered;
    } else if (rules.reorder === undefined && (rules.auxiliaries.has(first) || (fragment && !rules.functionWords.has(first) && !vocabulary.seenLower(first)))) {
      state.keptMarker = true;
    }
  }
  const deictic = rules.deictic.test(out);
  const conditional = rules.conditional.test(out);
  if (lowerFirst || state.verbFinal) out = lowerFirstWord(out, rules, vocabulary);
  else out = capitalize(out);
  const lowered = out.toLowerCase();
  const keptMarker = state.keptMarker || rules.verbSecond.some((marker) => lowered.startsWith(`${marker} `));
  return { text: out === "" ? "…" : out, question, keptMarker, concessive: state.concessive, deictic, conditional, verbFinal: state.verbFinal, shortened };
}

/**
 * The first sentence of a text (its lead), or the whole text when it is one
 * sentence. A first sentence of one or two words ("Yes.") is passed over
 * for the next one; a first sentence of more than 30 words is cut at a colon after
 * its third word ("Soft drugs are harmful: …" → "Soft drugs are harmful").
 */
export function leadSentence(text: string, rules: EmbeddingRules): string {
  const boundary = /([.!?…]["”’»)]*)\s+(?=["“„(«]?\p{Lu})/gu;
  let end = text.length;
  let from = 0;
  let start = 0;
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    const before = text.slice(from, match.index + match[1]!.length);
    const lastWord = /(\S+)$/u.exec(before)?.[1]?.toLowerCase() ?? "";
    // "e.g.", "z.B.", "Dr.", a single capital ("J.") or a number ("3.") does not end a sentence.
    if (rules.abbreviations.has(lastWord) || /^\p{Lu}\.$/u.test(lastWord) || /^\p{L}\.\p{L}\.$/u.test(lastWord) || /^\d+\.$/.test(lastWord)) continue;
    const candidate = text.slice(start, match.index + match[1]!.length);
    from = match.index + match[0].length;
    // "Yes." or "Not at all." before the real sentence: start after it.
    if (candidate.split(/\s+/).length <= 2 && start === 0) {
      start = from;
      continue;
    }
    end = match.index + match[1]!.length;
    break;
  }
  let first = text.slice(start, end).trim();
  if (first.split(/\s+/).length > 30) {
    const colon = /^(\S+(?:\s+\S+){2,}?):\s/u.exec(first);
    if (colon !== null && colon[1]!.split(/\s+/).length <= 20) first = colon[1]!;
  }
  return first;
}

interface StripState {
  concessive: boolean;
  verbFinal: boolean;
  keptMarker: boolean;
}

/** The first words of every marker the rules may drop, lower case: a text whose first word is none of them keeps its start. */
const markerStarts = new WeakMap<EmbeddingRules, ReadonlySet<string>>();

/** The first word of a text or marker, up to a space or the punctuation a marker may be followed by. */
const FIRST_TOKEN = /^[^\s,:–—]+/u;

function startsOfMarkers(rules: EmbeddingRules): ReadonlySet<string> {
  let starts = markerStarts.get(rules);
  if (starts === undefined) {
    const all = [...rules.markers, ...rules.subordinators, ...rules.verbSecond, ...(rules.beforeSubject?.conjunctions ?? [])];
    starts = new Set(all.map((marker) => FIRST_TOKEN.exec(marker.toLowerCase())?.[0] ?? ""));
    markerStarts.set(rules, starts);
  }
  return starts;
}

/** Drops one leading discourse marker, if the rules allow it here; notes what it was. */
function stripMarker(text: string, rules: EmbeddingRules, vocabulary: Vocabulary, state: StripState): string {
  // Most claims open with no marker: only the sentence adverb ("Curiously,") is left to look for.
  const head = FIRST_TOKEN.exec(text)?.[0];
  if (head === undefined || !startsOfMarkers(rules).has(head.toLowerCase())) {
    if (rules.sentenceAdverb === undefined) return text;
    const m = rules.sentenceAdverb.exec(text);
    return m !== null && !vocabulary.isName(m[0].replace(/[,\s]+$/u, "")) ? text.slice(m[0].length) : text;
  }
  const lower = text.toLowerCase();
  const concessive = (marker: string): void => {
    if (rules.concessive.includes(marker)) state.concessive = true;
  };
  const tryMarker = (marker: string, rest: (after: string) => boolean): string | undefined => {
    const needsComma = marker.endsWith(",");
    const word = needsComma ? marker.slice(0, -1) : marker;
    if (!lower.startsWith(word)) return undefined;
    const after = text.slice(word.length);
    const m = needsComma ? /^\s*,\s*/.exec(after) : /^(?:\s*[,–—:]\s*|\s+)/.exec(after);
    if (m === null) return undefined;
    const remainder = after.slice(m[0].length);
    if (remainder === "" || !rest(remainder)) return undefined;
    return remainder;
  };
  for (const marker of longestFirst(rules.markers)) {
    if (!lower.startsWith(marker.endsWith(",") ? marker.slice(0, -1) : marker)) continue;
    // "so many people agree", "then there is …": "so" and "then" without a comma only before a clause with its own subject.
    const bare = !marker.endsWith(",") && /^(?:so|then|also|and so|admittedly|even so)$/.test(marker);
    const out = tryMarker(marker, (rest) => !bare || /^\s*,/u.test(lower.slice(marker.length)) || beginsWithSubject(rest, rules));
    if (out !== undefined) {
      concessive(marker);
      return out;
    }
  }
  if (rules.sentenceAdverb !== undefined) {
    const m = rules.sentenceAdverb.exec(text);
    if (m !== null && !vocabulary.isName(m[0].replace(/[,\s]+$/u, ""))) return text.slice(m[0].length);
  }
  if (rules.beforeSubject !== undefined) {
    for (const conjunction of rules.beforeSubject.conjunctions) {
      const out = tryMarker(conjunction, (rest) => rules.beforeSubject!.subjects.has(firstWordOf(rest)));
      if (out !== undefined) return out;
    }
  }
  for (const marker of longestFirst(rules.subordinators)) {
    // "Because as landlords …": the first of two subordinators goes whatever follows.
    const doubled = tryMarker(marker, (rest) => rules.subordinators.some((other) => rest.toLowerCase().startsWith(`${other} `)));
    if (doubled !== undefined) return doubled;
  }
  for (const marker of longestFirst(rules.subordinators)) {
    // "since there is a chance": yes. "Since 2010, prices rose": no (a main clause follows the comma).
    const out = tryMarker(marker, (rest) => !/^\d/.test(rest) && !mainClauseFollows(rest, rules));
    if (out !== undefined) {
      concessive(marker);
      if (rules.verbFinal.includes(marker)) state.verbFinal = true;
      return out;
    }
  }
  for (const marker of longestFirst(rules.verbSecond)) {
    // German "Außerdem, die Kosten…" or "Außerdem: Kosten…": drop it. "Außerdem ist das teuer": move the verb behind its subject.
    const punctuated = lower.startsWith(`${marker},`) || lower.startsWith(`${marker}:`);
    const out = tryMarker(marker, (rest) => !punctuated || /^\p{Lu}/u.test(rest));
    if (out === undefined) continue;
    if (punctuated) {
      concessive(marker);
      return out;
    }
    const reordered = verbBehindSubject(out, rules);
    if (reordered === undefined) {
      state.keptMarker = true;
      return text;
    }
    concessive(marker);
    return reordered;
  }
  return text;
}

/** Whether a text opens with one of the language's markers or subordinators (then a lower-case start is the marker's, not a lost subject's). */
function startsWithMarker(text: string, rules: EmbeddingRules): boolean {
  const lower = oneLine(text).toLowerCase();
  return [...rules.markers, ...rules.subordinators, ...(rules.beforeSubject?.conjunctions ?? [])].some((m) => lower.startsWith(m.replace(/,$/, "")));
}

/** The first word of a text, lower case, without punctuation. */
function firstWordOf(text: string): string {
  return (/^[\p{L}'’]+/u.exec(text)?.[0] ?? "").toLowerCase();
}

/** Whether a text opens with a word that can start a clause's subject ("the", "we", "there", a capitalized name). */
function beginsWithSubject(text: string, rules: EmbeddingRules): boolean {
  const word = firstWordOf(text);
  return rules.beforeSubject?.subjects.has(word) === true || rules.reorder?.pronouns.has(word) === true || rules.reorder?.determiners.has(word) === true || /^\p{Lu}/u.test(text);
}

/**
 * Whether a main clause follows a subordinate clause after a comma: the
 * word after some comma is not one that continues the subordinate clause
 * (a relative pronoun, a conjunction, a preposition, "zu").
 */
function mainClauseFollows(text: string, rules: EmbeddingRules): boolean {
  const commas = /,\s+(\S+)/gu;
  for (let m = commas.exec(text); m !== null; m = commas.exec(text)) {
    const word = m[1]!.replace(/[^\p{L}.]/gu, "").toLowerCase();
    if (word === "" || !rules.continuations.has(word)) return true;
  }
  return false;
}

/**
 * German verb-second order after a dropped adverb: "ist ein fleischarmer
 * Speiseplan gesünder" → "ein fleischarmer Speiseplan ist gesünder". The
 * subject is a pronoun, a name, or a determiner with adjectives and a noun;
 * `undefined` when none is found (the claim is then quoted).
 */
function verbBehindSubject(text: string, rules: EmbeddingRules): string | undefined {
  const reorder = rules.reorder;
  if (reorder === undefined) return undefined;
  const words = text.split(" ");
  const verb = words[0];
  if (verb === undefined || !/^\p{Ll}+$/u.test(verb) || words.length < 3) return undefined;
  const first = words[1]!;
  const bare = first.toLowerCase();
  let end: number | undefined;
  if (reorder.pronouns.has(bare) && words[2] !== undefined && reorder.determiners.has(words[2].toLowerCase())) end = 1;
  else if (reorder.determiners.has(bare)) {
    // Determiner, lower-case adjectives, a capitalized noun.
    for (let i = 2; i < words.length && i < 7; i++) {
      const word = words[i]!;
      if (/^\p{Lu}/u.test(word)) {
        end = i;
        break;
      }
      if (!/^\p{Ll}+$/u.test(word)) break;
    }
    if (end === undefined && reorder.pronouns.has(bare)) end = 1;
  } else if (reorder.pronouns.has(bare)) end = 1;
  else if (/^\p{Lu}[\p{L}-]*$/u.test(first)) end = 1;
  if (end === undefined || end + 1 >= words.length) return undefined;
  const subject = words.slice(1, end + 1).join(" ");
  if (/[,;:]$/.test(subject)) return undefined;
  return capitalize(`${subject} ${verb} ${words.slice(end + 1).join(" ")}`);
}

function capitalize(text: string): string {
  const lead = /^["“„‘'«]*/u.exec(text)![0];
  const rest = text.slice(lead.length);
  const first = rest.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return lead + head.toUpperCase() + rest.slice(head.length);
}

const sorted = new WeakMap<readonly string[], readonly string[]>();
function longestFirst(list: readonly string[]): readonly string[] {
  let out = sorted.get(list);
  if (out === undefined) {
    out = [...list].sort((a, b) => b.length - a.length);
    sorted.set(list, out);
  }
  return out;
}

/** Adds the missing closing (or opening) marks of quotation pairs, and of straight double quotes. */
export function balanceQuotes(text: string): string {
  let out = text;
  for (const [open, close] of PAIRS) {
    const opens = countOf(out, open);
    const closes = countOf(out, close);
    if (opens > closes) out += close.repeat(opens - closes);
    else if (closes > opens) out = open.repeat(closes - opens) + out;
  }
  // German „…“ closes with the mark that opens English “…”: each „ claims one “.
  const low = countOf(out, "„");
  const high = countOf(out, "“");
  if (low > high) out += "“".repeat(low - high);
  const english = Math.max(0, high - low);
  const right = countOf(out, "”");
  if (english > right) out += "”".repeat(english - right);
  else if (right > english) out = "“".repeat(right - english) + out;
  const straight = countOf(out, '"');
  if (straight % 2 === 1) out = out.startsWith('"') ? `${out}"` : out.endsWith('"') ? `"${out}` : `${out}"`;
  return out;
}

function countOf(text: string, mark: string): number {
  let n = 0;
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + mark.length)) n++;
  return n;
}

/**
 * Lower-cases the first word when it is a function word of the language (or,
 * where the language allows it, a word the map writes in lower case and
 * never capitalizes mid-sentence). Never: "I", words in capitals ("EU",
 * "NATO"), words with a capital inside ("iPhone", "McDonald"), and names.
 */
function lowerFirstWord(text: string, rules: EmbeddingRules, vocabulary: Vocabulary): string {
  const lead = /^["“„‘'«]*/u.exec(text)![0];
  const rest = lowerFirstWordAfter(text.slice(lead.length), rules, vocabulary);
  return lead + rest;
}

function lowerFirstWordAfter(text: string, rules: EmbeddingRules, vocabulary: Vocabulary): string {
  const match = /^(\p{Lu}[\p{Ll}\p{M}]*)(?:(['’][\p{Ll}]+))?(?=[^\p{L}\p{M}]|$)/u.exec(text);
  if (match === null) return text;
  const word = match[1]!;
  const whole = match[0];
  if (word === "I" || word.length === 0) return text;
  const lower = whole.toLowerCase();
  const known = rules.functionWords.has(lower) || rules.functionWords.has(word.toLowerCase());
  const learnt =
    rules.learnCommonWords &&
    word.length > 1 &&
    !vocabulary.isName(word) &&
    !rules.names.has(word) &&
    (vocabulary.seenLower(word) || (rules.commonEndings?.test(word) === true && !singularName(word, text.slice(whole.length), rules)));
  if (!known && !learnt) return text;
  if (vocabulary.isName(word) && !known) return text;
  return lower + text.slice(whole.length);
}

/** Whether a word that ends like a plural is a name by the verb after it ("Socrates is"; see `singularSubject`). */
function singularName(word: string, after: string, rules: EmbeddingRules): boolean {
  const check = rules.singularSubject;
  return check !== undefined && check.plural.test(word) && check.verb.test(after);
}

/**
 * A short form of a claim for referring back to it: its title when it has
 * one, else its first words (at most eight, cut at a clause boundary when
 * one comes early), in the language's quotation marks.
 *
 * @param text - The claim's text.
 * @param title - The claim's title, if any.
 * @param language - The summary's language.
 */
export function reference(text: string, title: string | undefined, language: SummaryLanguage): string {
  const [open, close] = language.quotes;
  if (title !== undefined && title.trim() !== "") return `${open}${oneLine(title)}${close}`;
  return `${open}${firstWords(text)}${close}`;
}

/** The first words of a text: up to the first clause boundary after three words, at most eight words, "…" when cut. */
export function firstWords(text: string, most = 8): string {
  let out = oneLine(text).replace(END_MARKS, "").replace(/["“”„«»「」]/g, "");
  const words = out.split(/\s+/);
  let cut = false;
  if (words.length > most) {
    out = words.slice(0, most).join(" ");
    cut = true;
  }
  const boundary = /[,;:]\s/.exec(out);
  if (boundary !== null && out.slice(0, boundary.index).split(/\s+/).length >= 3) {
    out = out.slice(0, boundary.index);
    cut = true;
  }
  out = out.replace(/[\s,;:–—-]+$/u, "");
  return cut ? `${out}…` : out;
}

/** Normalized text for telling restatements apart: lower case, letters and digits only. */
export function normalizedText(text: string): string {
  return text.toLowerCase().normalize("NFKC").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Whether two texts are the same once normalized ({@link normalizedText})
 * and say something (have a letter or digit): `normalized` gives a text's
 * normalized form. Texts in ASCII, where lower case, NFKC and the letters and
 * digits are plain, are compared in place without building either form.
 */
export function sameNormalizedText(a: string, b: string, normalized: (text: string) => string): boolean {
  if (!ASCII.test(a) || !ASCII.test(b)) {
    const target = normalized(b);
    return target !== "" && normalized(a) === target;
  }
  let i = 0;
  let j = 0;
  let words = 0;
  for (;;) {
    while (i < a.length && !isAsciiAlphanumeric(a.charCodeAt(i))) i++;
    while (j < b.length && !isAsciiAlphanumeric(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length && words > 0;
    // One run of letters and digits in each, compared without case.
    for (;;) {
      const x = i < a.length ? a.charCodeAt(i) : 0;
      const y = j < b.length ? b.charCodeAt(j) : 0;
      const inX = isAsciiAlphanumeric(x);
      if (inX !== isAsciiAlphanumeric(y)) return false;
      if (!inX) break;
      if ((x | 0x20) !== (y | 0x20)) return false;
      i++;
      j++;
    }
    words++;
  }
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
}

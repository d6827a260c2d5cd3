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

/** A claim's words ready for a template. */
export interface Embedded {
  /** The clause: no leading marker, no final mark, first letter as the template needs it. */
  readonly text: string;
  /** Whether the claim is a question (it ended in "?"). */
  readonly question: boolean;
  /**
   * Whether the claim still opens with a discourse marker that could not be
   * dropped without breaking its word order (German "Außerdem ist …"):
   * templates then quote the claim rather than run their connective into it.
   */
  readonly keptMarker: boolean;
}

/**
 * Which capitalized words of a map are names: a word capitalized in the
 * middle of a sentence anywhere in the map's text is taken as a name; a word
 * seen in lower case and never capitalized mid-sentence is a common word.
 */
export class Vocabulary {
  readonly #lower = new Set<string>();
  readonly #names = new Set<string>();

  /** Learns from a text. */
  add(text: string): this {
    const words = /[\p{L}][\p{L}\p{M}'’-]*/gu;
    for (let match = words.exec(text); match !== null; match = words.exec(text)) {
      const word = match[0];
      if (word === word.toLowerCase()) {
        this.#lower.add(word);
        continue;
      }
      let at = match.index - 1;
      while (at >= 0 && /[\s("“„'‘«]/.test(text[at]!)) at--;
      while (at >= 0 && /["”“'’»)]/.test(text[at]!)) at--;
      const startsSentence = at < 0 || /[.!?:;。…]/.test(text[at]!);
      if (!startsSentence) this.#names.add(word);
    }
    return this;
  }

  /** Whether the word was seen capitalized in the middle of a sentence. */
  isName(word: string): boolean {
    return this.#names.has(word);
  }

  /**
   * Whether the word was seen in lower case, as it is or in its other number
   * ("Human" when the map writes "humans", "Cars" when it writes "car").
   */
  seenLower(word: string): boolean {
    const lower = word.toLowerCase();
    if (this.#lower.has(lower) || this.#lower.has(`${lower}s`) || this.#lower.has(`${lower}es`)) return true;
    return lower.endsWith("s") && (this.#lower.has(lower.slice(0, -1)) || (lower.endsWith("es") && this.#lower.has(lower.slice(0, -2))));
  }
}

const END_MARKS = /[\s.!?。．！？,;:，；、]+$/u;
const CLOSING_QUOTES = "\"”’»」』'";
/** Pairs counted one for one; “ ” and „ “ share a mark and are counted together, ‘ ’ doubles as an apostrophe and is left alone. */
const PAIRS: readonly (readonly [string, string])[] = [["«", "»"], ["「", "」"], ["『", "』"]];

/** What to show for a claim's text: the text on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

/**
 * A claim's words as a clause for a template that brings its own
 * connective and end mark.
 *
 * @param text - The claim's text.
 * @param language - The table of the summary's language.
 * @param vocabulary - Names and common words learnt from the map.
 * @param lowerFirst - Whether the template continues a sentence (the first
 *   word may then be lower-cased); `false` after a colon in German.
 */
export function embed(text: string, language: SummaryLanguage, vocabulary: Vocabulary, lowerFirst = true): Embedded {
  let out = oneLine(text);
  const rules = language.embedding;
  for (let round = 0; round < 3; round++) {
    const stripped = stripMarker(out, rules);
    if (stripped === out) break;
    out = stripped;
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
  if (lowerFirst) out = lowerFirstWord(out, rules, vocabulary);
  const lowered = out.toLowerCase();
  const keptMarker = rules.verbSecond.some((marker) => lowered.startsWith(`${marker} `));
  return { text: out === "" ? "…" : out, question, keptMarker };
}

/** Drops one leading discourse marker, if the rules allow it here. */
function stripMarker(text: string, rules: EmbeddingRules): string {
  const lower = text.toLowerCase();
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
    const out = tryMarker(marker, () => true);
    if (out !== undefined) return out;
  }
  for (const marker of longestFirst(rules.subordinators)) {
    // "since there is a chance": yes. "Since 2010, prices rose": no (a main clause follows the comma).
    const out = tryMarker(marker, (rest) => !rest.includes(",") && !/^\d/.test(rest));
    if (out !== undefined) return out;
  }
  for (const marker of longestFirst(rules.verbSecond)) {
    // German "Außerdem, die Kosten…" or "Außerdem: Kosten…": yes; "Außerdem ist das teuer": no (the verb would come first).
    const needsComma = !lower.startsWith(`${marker},`) && !lower.startsWith(`${marker}:`);
    const out = tryMarker(marker, (rest) => !needsComma || /^\p{Lu}/u.test(rest));
    if (out !== undefined) return out;
  }
  return text;
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
    rules.learnCommonWords && word.length > 1 && !vocabulary.isName(word) && !rules.names.has(word) && (vocabulary.seenLower(word) || rules.commonEndings?.test(word) === true);
  if (!known && !learnt) return text;
  if (vocabulary.isName(word) && !known) return text;
  return lower + text.slice(whole.length);
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

/**
 * @internal Small helpers that turn claim texts into clauses and sentences
 * for the renderers. Not part of the public API.
 * @module
 */

/** Words that start a sentence without being names, so they can be lower-cased inside one. */
const COMMON_STARTS = new Set(
  (
    "a an the some any every each even for if in on at to by with without within this that these those it its they their there " +
    "other others another many most much more less no not all both either neither one we our you your he she his her as when " +
    "while because since although though however but and or so yet then after before during from of over under such what which " +
    "who whom whose whether why how where only also just few several here now once unless until given despite against between " +
    "among through per instead rather further furthermore moreover meanwhile still already often sometimes"
  ).split(" "),
);

/** What to show for a claim's text: the text on one line, or `(no text)` when it is empty. */
export function displayText(text: string): string {
  const out = text.replace(/\s*\n\s*/g, " ").trim();
  return out === "" ? "(no text)" : out;
}

/**
 * The text without a final full stop, lower-cased at the start when its
 * first word is not a name: a common sentence opener ("The", "Even",
 * "For"), or a word the `vocabulary` has seen in lower case and never
 * capitalized inside a sentence.
 */
export function clause(text: string, vocabulary?: Vocabulary): string {
  let out = displayText(text);
  while (out.endsWith(".") && !out.endsWith("...")) out = out.slice(0, -1).trimEnd();
  const match = /^([A-Z][a-z]*)(?=[\s,;:'’]|$)/.exec(out);
  if (match !== null) {
    const word = match[1]!;
    const lower = word.toLowerCase();
    if (COMMON_STARTS.has(lower) || vocabulary?.isCommon(word) === true) out = lower + out.slice(word.length);
  }
  return out;
}

/**
 * Which capitalized words are names, learnt from texts: a word seen in
 * lower case and never capitalized inside a sentence is a common word.
 */
export class Vocabulary {
  readonly #lower = new Set<string>();
  readonly #names = new Set<string>();

  /** Learns from a text. */
  add(text: string): this {
    const words = /[\p{L}][\p{L}\p{M}-]*/gu;
    for (let match = words.exec(text); match !== null; match = words.exec(text)) {
      const word = match[0];
      if (word === word.toLowerCase()) {
        this.#lower.add(word);
        continue;
      }
      // Capitalized: a name unless it starts a sentence. Look back past
      // spaces and opening quotes for the end of the previous sentence.
      let at = match.index - 1;
      while (at >= 0 && /[\s("“'‘]/.test(text[at]!)) at--;
      while (at >= 0 && /["”'’)]/.test(text[at]!)) at--;
      const startsSentence = at < 0 || /[.!?:]/.test(text[at]!);
      if (!startsSentence && /[\s("“'‘]/.test(text[match.index - 1] ?? " ")) this.#names.add(word);
    }
    return this;
  }

  /** Whether a capitalized word at the start of a sentence is a common word rather than a name. */
  isCommon(word: string): boolean {
    if (this.#names.has(word)) return false;
    // Nouns made from verbs and adjectives ("Walking", "Fairness") are rarely names.
    return this.#lower.has(word.toLowerCase()) || (word.length > 5 && /(?:ing|ness|tion|ment)$/.test(word));
  }
}

/** A sentence: first letter upper-cased, ending in a full stop unless it already ends in one, `?` or `!`. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return trimmed;
  const first = trimmed.codePointAt(0)!;
  const head = String.fromCodePoint(first);
  const body = head.toUpperCase() + trimmed.slice(head.length);
  return /[.!?…]["'”’)]*$/.test(body) ? body : `${body}.`;
}

/**
 * A short form of a claim for referring back to it: its first clause (up to
 * a comma, colon or semicolon) when that has at least four words, at most
 * fourteen words.
 */
export function shortForm(text: string, vocabulary?: Vocabulary): string {
  let out = clause(text, vocabulary);
  const cut = /[,;:](\s)/.exec(out);
  if (cut !== null) {
    const head = out.slice(0, cut.index);
    if (head.split(/\s+/).length >= 4) out = head;
  }
  const words = out.split(/\s+/);
  if (words.length > 14) out = `${words.slice(0, 14).join(" ")}…`;
  return out;
}

/** The short form for outlines: capitalized, with "…" when words were left out. */
export function shortLabel(text: string): string {
  const short = shortForm(text);
  const full = clause(text);
  const head = short.length > 0 ? short[0]!.toUpperCase() + short.slice(1) : short;
  return short === full || short.endsWith("…") ? head : `${head}…`;
}

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** `"two"` for 2; digits above twelve. */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

const ORDINALS = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"];

/** `"First"`, `"Second"`, …, `"Finally"` for the last of three or more, `"Next"` past the tenth. */
export function ordinal(index: number, count: number): string {
  if (count >= 3 && index === count - 1) return "Finally";
  return ORDINALS[index] ?? "Next";
}

/** `"a, b and c"`. */
export function list(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]!}`;
}

/**
 * Wraps text to `width` columns; the first line starts with `first`, the
 * others with `rest`. Words longer than a line stay whole. A width of 0
 * or less leaves the text on one line.
 */
export function wrap(text: string, width: number, first = "", rest = first): string {
  if (width <= 0) return first + text;
  // Lines are slices of the text between word boundaries; runs of other
  // whitespace than one space are folded only where they occur.
  const lines: string[] = [];
  const words = /\S+/g;
  let prefix = first;
  let start = -1;
  let end = -1;
  let length = 0;
  let plain = true;
  const flush = (): void => {
    const line = text.slice(start, end);
    lines.push(prefix + (plain ? line : line.replace(/\s+/g, " ")));
  };
  for (let match = words.exec(text); match !== null; match = words.exec(text)) {
    const size = match[0].length;
    if (start >= 0 && length + 1 + size <= width) {
      if (match.index !== end + 1 || text.charCodeAt(end) !== 32) plain = false;
      end = match.index + size;
      length += 1 + size;
      continue;
    }
    if (start >= 0) {
      flush();
      prefix = rest;
    }
    start = match.index;
    end = start + size;
    length = prefix.length + size;
    plain = true;
  }
  if (start < 0) return first;
  flush();
  return lines.join("\n");
}

/** The defaults with every option that is not `undefined` laid over them; a new object. */
export function withDefaults<D extends object, O extends object>(defaults: D, options: O): D & { [K in keyof O]-?: Exclude<O[K], undefined> } {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(options)) if (value !== undefined) out[key] = value;
  return out as D & { [K in keyof O]-?: Exclude<O[K], undefined> };
}

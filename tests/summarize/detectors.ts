/**
 * Detectors of defects that readers found in summaries, one per defect
 * class, shared by the corpus test, the reference-summary test and the
 * unit tests of the renderers. Each detector looks for the whole class, not
 * one sentence: it returns the offending excerpt, or `undefined`.
 *
 * `proseDefects` runs every prose detector over a prose summary,
 * `outlineDefects` every outline detector over a Markdown, text or
 * key-points summary; both return the defects found (empty when none).
 */
import type { ArgumentSummary, SummaryArgument } from "../../src/index.js";

/** A defect found in a summary: which detector fired, and on what. */
export interface Defect {
  readonly detector: string;
  readonly excerpt: string;
}

export type DetectorLanguage = "en" | "de";

// ------------------------------------------------------------------ helpers

/** The prose body: before the quotation list, without note numbers, on one line. */
export function proseBody(prose: string): string {
  return prose
    .split(/\n\n(?:Quotations|Zitate)(?: from| aus|:)/)[0]!
    .replace(/ \[\d+(?:, \d+)*\]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Words as budgets count them: runs of non-space characters. */
export function wordsIn(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Sentences of a prose body (split after an end mark followed by a capital or an opening mark). */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+(?=[\p{Lu}“„"«…])/u).filter(Boolean);
}

/**
 * Everything an outline says beyond the claims' own words: outline modes
 * repeat claim text verbatim, so only their own words are checked.
 */
export function ownWords(output: string, summary: ArgumentSummary): string {
  let out = output;
  const texts: string[] = [];
  const claims = [...summary.roots, ...summary.isolated];
  const args: SummaryArgument[] = [];
  while (claims.length > 0 || args.length > 0) {
    const claim = claims.pop();
    if (claim !== undefined) {
      texts.push(claim.text.replace(/\s+/g, " ").trim(), ...claim.citations.map((c) => c.quote));
      args.push(...claim.arguments);
      continue;
    }
    const argument = args.pop()!;
    for (const premise of argument.premises) if (premise.kind === "claim") claims.push(premise);
    args.push(...argument.arguments);
  }
  for (const text of texts.sort((a, b) => b.length - a.length)) if (text !== "") out = out.split(text).join(" ");
  return out.split(summary.title).join(" ");
}

// ------------------------------------------------------------------ prose detectors

/** A template's connective followed by a discourse marker of the claim: "because since", "However, Yes, …". */
export const CONNECTIVE_COLLISION =
  /(?:\b(?:because|that|however,|reply,|first,|second,|third,|finally,|this:|denn|und|eingewandt:|erwidert:|These:|Erstens:|Zweitens:|Drittens:|Schließlich:|lautet:|entgegnet:|Grund:))\s+(?:(?:yes|no|well|ok|so|ja|nein|nun|also),|but\b|and\b|since\b|because\b|however\b|therefore\b|besides\b|moreover\b|furthermore\b|clearly\b|obviously\b|aber\b|denn\b|und\b|doch\b|jedoch\b|außerdem\b|zudem\b|deshalb\b|daher\b|trotzdem\b|allerdings\b|ferner\b)/iu;

/** Punctuation that collides: ",.", ",,", ";.", "。.", "?.", "..", " ,". */
export const PUNCTUATION_COLLISION = /[,;:]\s*[.!?。]|[.!?。]\s*[,;]|,,|;;|(?<!\.)\.\.(?!\.)|。\.|[?!]\.| [,.;:](?!\d)/u;

/** A capitalized function word in the middle of a sentence ("because Three …", "However, The …"), per language: German nouns are capitalized, German articles are not. */
export const MID_SENTENCE_CAPITAL: Readonly<Record<DetectorLanguage, RegExp>> = {
  en: /(?:[\p{Ll}\d][,;]?|,)\s(?:The|A|An|This|That|These|Those|It|Its|They|We|Our|There|Three|Two|Four|Five|Yes|No|However|But|And|Since|Because|Therefore|Besides)\b(?![”“"]|\s*[—–])/u,
  de: /(?:[\p{Ll}\d][,;]?|,)\s(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Es|Sie|Wir|Und|Aber|Denn|Doch|Ja)\b(?![”“"]|\s*[—–])/u,
};

/** The same run of six words twice in one sentence: a claim restated, "X rests on X". */
export function selfRestatement(sentence: string): string | undefined {
  const tokens = sentence
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  const seen = new Set<string>();
  for (let i = 0; i + 6 <= tokens.length; i++) {
    const key = tokens.slice(i, i + 6).join(" ");
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return undefined;
}

/** The first two words of sentences that open more than three sentences. */
export function repeatedOpenings(all: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const s of all) {
    const key = s.split(/\s+/).slice(0, 2).join(" ").toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > 3).map(([k]) => k);
}

/** English words that a German summary must not contain (template words, not claim words). */
export const ENGLISH =
  /\b(?:the|and|that|because|however|reply|replies|objection|objections|reason|reasons|argues|author|further|points?|which|this|these|with|from|thesis|stands|statements?|holds|gives|first|second|finally|against|quoted|above|evaluated|semantics|strength|linked|premises|conclusion|undercut|rebuttal|other|strongest|none|more|not|shown|see|source|quotations)\b/;

/** A template's connective followed by the claim's own subordinator: "because because", "because for", "denn weil", "is that although". */
export const DOUBLED_CONNECTIVE =
  /\b(?:because|since|that|denn|dass|lautet:|eingewandt:)\s+(?:because|since|as|for|although|though|so|denn|weil|da|obwohl|weshalb|zwar)\s/iu;

/** A back-reference that is a cut-off quotation or a bare title: "“A softer export framework…” (as noted above)", "„Team“ (wie oben)". */
export const TRUNCATED_REFERENCE = /[“„][^”“„]{0,60}(?:…|[^.!?])[”“]\s\((?:as noted above|as stated above|wie oben)\)/u;

/** A placeholder shown as a speaker ("Unknown Buchan", "wendet  ein"). */
export const PLACEHOLDER_SPEAKER = /\bUnknown\b|\bUnbekannt\b|[^\s] {2,}[^\s]/u;

/** A question asked without its question mark: "asks: Who would want …." */
export const LOST_QUESTION = /\b(?:asks|fragt|gefragt):\s[^.?!]*\.(?=\s|$)/u;

/** Most words a sentence may have: "no sentence runs past about 40 words". */
export const SENTENCE_WORDS = 45;

/** Every prose detector over a prose summary (the quotation list is not checked). */
export function proseDefects(prose: string, language: DetectorLanguage): Defect[] {
  const text = proseBody(prose);
  const all = sentencesOf(text);
  const out: Defect[] = [];
  const check = (detector: string, excerpt: string | undefined): void => {
    if (excerpt !== undefined) out.push({ detector, excerpt });
  };
  check("connective collision", CONNECTIVE_COLLISION.exec(text)?.[0]);
  check("punctuation collision", PUNCTUATION_COLLISION.exec(text)?.[0]);
  check("mid-sentence capital", MID_SENTENCE_CAPITAL[language].exec(text)?.[0]);
  for (const s of all) check("self-restatement", selfRestatement(s));
  for (const opening of repeatedOpenings(all)) check("repeated opening", opening);
  check("position reference", /its (?:second|third|fourth) claim/.exec(text)?.[0]);
  check("doubled connective", DOUBLED_CONNECTIVE.exec(text)?.[0]);
  check("truncated reference", TRUNCATED_REFERENCE.exec(text)?.[0]);
  check("placeholder speaker", PLACEHOLDER_SPEAKER.exec(text)?.[0]);
  check("question without its mark", LOST_QUESTION.exec(text)?.[0]);
  for (const s of all) if (wordsIn(s) > SENTENCE_WORDS) check("long sentence", s.slice(0, 80));
  if (language === "de") check("English in German", ENGLISH.exec(text)?.[0]);
  return out;
}

/** Every outline detector over a Markdown, text or key-points summary. */
export function outlineDefects(output: string, summary: ArgumentSummary, language: DetectorLanguage): Defect[] {
  const own = ownWords(output, summary);
  const out: Defect[] = [];
  const punctuation = /,,|;;|。\.|[,;]\./.exec(own)?.[0];
  if (punctuation !== undefined) out.push({ detector: "punctuation collision", excerpt: punctuation });
  if (language === "de") {
    const english = ENGLISH.exec(own)?.[0];
    if (english !== undefined) out.push({ detector: "English in German", excerpt: english });
  }
  return out;
}

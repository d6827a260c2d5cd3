/**
 * @internal English: every word of English summaries and the rules for
 * embedding English claim text.
 * @module
 */
import { explanationEn } from "./explanation-en.js";
import type { SummaryLanguage } from "./types.js";

const NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const ORDINALS = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"];
const count = (n: number): string => NUMBERS[n] ?? String(n);
const list = new Intl.ListFormat("en", { style: "long", type: "conjunction" });

const FUNCTION_WORDS =
  "a an the some any every each even for if in on at to by with without within this that these those it its they their there them " +
  "other others another many most much more less no not all both either neither one two three four five six seven eight nine ten " +
  "we our us you your he she his her him as when while because since although though however but and or nor so yet then after before " +
  "during from of over under such what which who whom whose whether why how where only also just few several here now once unless " +
  "until given despite against between among through per instead rather further furthermore moreover meanwhile still already often " +
  "sometimes never always almost nearly perhaps maybe surely certainly probably indeed yes well there's it's that's they're we're " +
  "you're let's what's nobody nothing everyone everybody everything someone somebody something anyone anything none do does did " +
  "doing is are was were be been being can could should would will shall may might must having has have had " +
  // Comparatives and nouns that often open a claim and are never names.
  "better worse more less older younger higher lower larger smaller bigger greater fewer newer earlier later longer shorter faster " +
  "slower cheaper new old people children parents students teachers citizens users companies cities schools workers families shops " +
  "governments countries studies experts critics men women employees customers voters taxpayers patients doctors most some";

const SEMANTICS: ReadonlyMap<string, string> = new Map([["dfquad", "DF-QuAD"], ["h-categorizer", "h-categorizer"], ["qe", "quadratic energy"]]);

/** The English table. */
export const en: SummaryLanguage = {
  code: "en",
  locale: "en",
  quotes: ["“", "”"],
  embedding: {
    markers: [
      "yes,", "no,", "well,", "ok,", "okay,", "so,", "now,", "also,", "still,", "then,", "again,", "first,", "second,", "third,",
      "but", "but still", "but then", "and", "and also", "and yet", "or", "yet", "plus,", "plus",
      "besides", "besides that,", "furthermore", "moreover", "in addition", "additionally", "what is more,", "what's more,",
      "therefore", "thus", "hence", "consequently", "as a result,", "accordingly",
      "clearly", "obviously", "of course", "indeed", "in fact", "actually,", "after all", "surely,", "certainly,",
      "however", "nevertheless", "nonetheless", "even so,", "on the other hand", "on the contrary", "that said,", "then again,",
      "anyway", "finally", "lastly", "firstly", "secondly", "thirdly", "first of all", "to begin with", "for one thing,",
      "in reply,", "in response,", "against this,", "admittedly,", "granted,", "true,",
    ],
    subordinators: ["since", "because", "as", "given that", "seeing that"],
    verbSecond: [],
    functionWords: new Set(FUNCTION_WORDS.split(" ")),
    learnCommonWords: true,
    // -ing, -ness, -tion, -ment, … and plurals in -s (not -ss, -us, -is, -as, and not pinyin -jing, -qing, -ping, -ming).
    commonEndings: /^\p{Lu}\p{Ll}{2,}(?:(?<![jqpm])ing|ness|tion|sion|ment|ity|ism|ance|ence|ship|hood|ists?|ers|ies|ical|ous|ive|able|ible|ful|(?<![sui])s)$/u,
    names: new Set(
      "Wales Athens Brussels Netherlands Philippines Flanders Maldives Bahamas Seychelles Andes Alps Americas Olympics Reading Hastings Jennings Wilkins Adams Williams Roberts Evans Jones Edwards Harris Davies Andrews Matthews Peters Hughes Simmons Collins Phillips Rogers Richards Marks Sanders Douglas Charles James Mercedes Hermes Ramses".split(" "),
    ),
    continueSentence: true,
  },
  numbers: NUMBERS,
  prose: {
    defaultSubject: "The author",
    opening: (s, c, q) => (q ? `${s} asks: ${c}` : `${s} argues that ${c}`),
    furtherOpening: (s, c, q, n) => {
      if (q) return [`${s} also asks: ${c}`, `A further question is this: ${c}`, `Another question raised: ${c}`][n % 3]!;
      return [`${s} also argues that ${c}`, `A further claim is that ${c}`, `Separately, ${lower(s)} holds that ${c}`, `Another position taken is that ${c}`][n % 4]!;
    },
    reasonsIntro: (s, n, v) => [`${s} gives ${count(n)} reasons for this`, `${count(n)} reasons are given for this`, `this rests on ${count(n)} reasons`][v % 3]!,
    singleReason: (s, p, v) => [`${s} gives one reason for this: ${p}`, `the reason given is that ${p}`, `this rests on one reason: ${p}`][v % 3]!,
    reason: (p, i, n) => `${n >= 3 && i === n - 1 ? "Finally" : (ORDINALS[i] ?? "Next")}, ${p}`,
    backing: (ps) => `, because ${ps.join(", and because ")}`,
    objection: (p, target, n) => {
      if (target !== undefined) return [`against ${target}, it is objected that ${p}`, `as for ${target}, critics say that ${p}`, `${target} is disputed: ${p}`][n % 3]!;
      return [`however, ${p}`, `a further objection is that ${p}`, `it is also objected that ${p}`, `critics add that ${p}`, `another objection holds that ${p}`, `some object that ${p}`][n % 6]!;
    },
    reply: (p, i, n, v) => {
      if (n > 1) return i === 0 ? `one reply is that ${p}` : i === 1 ? `another is that ${p}` : `a ${(ORDINALS[i] ?? "further").toLowerCase()} reply is that ${p}`;
      return [`in reply, ${p}`, `the answer given is that ${p}`, `to this it is replied that ${p}`, `defenders respond that ${p}`, `this is answered by the point that ${p}`][v % 5]!;
    },
    objectionBy: (name, p, target, n) => {
      const mid = lower(name);
      if (target !== undefined) return [`against ${target}, ${mid} objects that ${p}`, `${name} disputes ${target}: ${p}`, `as for ${target}, ${mid} says that ${p}`][n % 3]!;
      return [`${name} objects that ${p}`, `however, ${mid} says that ${p}`, `in turn, ${mid} objects that ${p}`, `a further objection, from ${mid}, is that ${p}`][n % 4]!;
    },
    replyBy: (name, p, n) => [`${name} replies that ${p}`, `in reply, ${lower(name)} says that ${p}`, `to this, ${lower(name)} answers that ${p}`, `answering this, ${lower(name)} holds that ${p}`][n % 4]!,
    counterReply: (p, n) => [`against this, ${p}`, `this reply is contested: ${p}`, `the reply is met with the point that ${p}`][n % 3]!,
    linked: (ps) => list.format(ps),
    reference: (short) => `${short} (as noted above)`,
    furtherPoints: (n) => `…and ${count(n)} further ${n === 1 ? "point" : "points"}`,
    isolated: (n) => (n === 1 ? "The map also holds one statement that is not part of any argument" : `The map also holds ${count(n)} statements that are not part of any argument`),
    empty: "The map has no claims",
    quotations: (title, url) => (title === undefined ? "Quotations:" : `Quotations from ${title}${url !== undefined ? ` <${url}>` : ""}:`),
  },
  outline: {
    thesis: "Thesis",
    conclusion: "Conclusion",
    reason: "Reason",
    objection: "Objection",
    rebuttal: "Rebuttal",
    undercut: "Undercut",
    linked: (role) => `${role}, linked premises`,
    see: (n) => `(see #${n})`,
    hidden: (n) => `${n} more not shown`,
    otherStatements: "Other statements",
    untitled: "(untitled)",
    noText: "(no text)",
    noClaims: "The map has no claims.",
    source: (title) => `Source: ${title}`,
    quotedAbove: "quoted above",
    keyFor: "Strongest points for",
    keyAgainst: "Strongest points against",
    keyNone: "(none)",
  },
  evaluation: {
    semantics: (name) => SEMANTICS.get(name) ?? name,
    evaluatedWith: (s) => `Evaluated with ${s} semantics.`,
    stands: "stands",
    defeated: "defeated",
    undecided: "undecided",
    strength: (v) => `strength ${v}`,
    verdict: (s, first, thesis, status, strength, reference) => {
      const name = thesis ? "the thesis" : first ? "the main claim" : reference;
      const word = status === "in" ? "stands" : status === "out" ? "does not stand" : status === "undec" ? "is undecided" : undefined;
      const body = word === undefined ? `${name} has strength ${strength ?? "?"}` : `${name} ${word}${strength !== undefined ? ` (strength ${strength})` : ""}`;
      return first ? `under ${s} semantics, ${body}` : body;
    },
    tally: (reasons, objections) => {
      const part = (what: string, t: readonly [number, number] | undefined): string | undefined => {
        if (t === undefined) return undefined;
        const [up, total] = t;
        let q: string;
        if (total === 1) q = up === 1 ? "the one given stands" : "the one given does not stand";
        else if (up === total) q = total === 2 ? "both stand" : `all ${count(total)} stand`;
        else if (up === 0) q = total === 2 ? "neither stands" : `none of the ${count(total)} stands`;
        else q = `${count(up)} of the ${count(total)} ${up === 1 ? "stands" : "stand"}`;
        return `of ${what}, ${q}`;
      };
      return [part("the reasons", reasons), part("the objections", objections)].filter((p) => p !== undefined).join("; ");
    },
    notConverged: "These strengths did not converge, so they are approximate",
    incomplete: "The evaluation is incomplete (it was cut off), so some labels may be wrong",
  },
  explanation: explanationEn,
};

function lower(subject: string): string {
  return /^(The|A|An)\s/.test(subject) ? subject[0]!.toLowerCase() + subject.slice(1) : subject;
}

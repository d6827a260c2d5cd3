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
  "governments countries studies experts critics men women employees customers voters taxpayers patients doctors most some " +
  // Nouns and adjectives that often open a claim and are not names.
  "noise air water food meat money time work life health safety traffic school shop shops staff trade paint sleep demand prices rents " +
  "fees taxes cars buses trains streets roads energy power waste plastic rent cash cards data public private primary secondary " +
  "nuclear human social national local global economic political young elderly poor rich small large big high low long short many " +
  // Numbers and ordinals past ten, which open many claims ("Forty parking spaces …", "Second-hand shops …").
  "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety " +
  "hundred hundreds thousand thousands million millions billion billions half dozens first second third fourth fifth last next";

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
      "in reply,", "in response,", "against this,", "admittedly", "granted,", "true,", "it is true that", "of course,", "certainly,", "sure,",
      "no doubt,", "that's why", "that is why", "this is why", "which is why", "for this reason,", "for that reason,", "also", "as well,",
      "in any case,", "anyhow,", "all in all,", "in short,", "in conclusion,", "to sum up,", "for example,", "for instance,", "sadly,",
      "frankly,", "luckily,", "happily,", "last but not least,", "on top of that,", "not only that,", "even so", "so", "and so", "then",
    ],
    subordinators: ["since", "because", "as", "given that", "seeing that", "although", "though", "even though", "even if", "while"],
    relativeOpeners: ["which is why", "which means", "whereby", "whereupon"],
    verbSecond: [],
    functionWords: new Set(FUNCTION_WORDS.split(" ")),
    learnCommonWords: true,
    // -ing, -ness, -tion, -ment, … and plurals in -s (not -ss, -us, -is, -as, and not pinyin -jing, -qing, -ping, -ming).
    commonEndings: /^\p{Lu}\p{Ll}{2,}(?:(?<![jqpm])ing|ness|tion|sion|ment|ity|ism|ance|ence|ship|hood|ists?|ers|ies|ical|ous|ive|able|ible|ful|ated|ized|ised|(?<![sui])s)$/u,
    names: new Set(
      "Wales Athens Brussels Netherlands Philippines Flanders Maldives Bahamas Seychelles Andes Alps Americas Olympics Reading Hastings Jennings Wilkins Adams Williams Roberts Evans Jones Edwards Harris Davies Andrews Matthews Peters Hughes Simmons Collins Phillips Rogers Richards Marks Sanders Douglas Charles James Mercedes Hermes Ramses Socrates Descartes Diogenes Texas Thomas Nicholas Lucas".split(" "),
    ),
    // A plural in -s (not -ss, -us, -is, nor -ics, "Politics is", nor "News"), then a verb of a singular subject: "Socrates is", "Pythagoras argues".
    singularSubject: {
      plural: /(?<![sui]|ic|^New)s$/u,
      verb: /^\s+(?:is|was|has|does|says|argues|claims|thinks|believes|holds|seems|remains|becomes|wants|knows)(?:n['’]t)?(?![\p{L}\p{M}'’])/u,
    },
    continueSentence: true,
    concessive: ["admittedly", "granted,", "true,", "it is true that", "of course,", "certainly,", "sure,", "no doubt,", "although", "though", "even though", "even if", "while"],
    // "Curiously," "Unfortunately," "Interestingly," (eight letters or more, so that "Italy," is never taken for one).
    sentenceAdverb: /^\p{Lu}\p{Ll}{5,}ly,\s+/u,
    innerMarkers: /,\s(?:however|therefore|though|of course|after all|in fact|indeed|moreover|furthermore|nevertheless|nonetheless|too|then|thus|hence|admittedly)(?:,(?=\s)|(?=\s*$))/giu,
    beforeSubject: { conjunctions: ["for", "also"], subjects: new Set("i we you they he she it there this that these those people the a an".split(" ")) },
    continuations: new Set(
      "which who whom whose where when while not but and or nor so as including especially such like even because since although though if unless until than that for from with without in on at by to of e.g. i.e. too".split(" "),
    ),
    verbFinal: [],
    reorder: undefined,
    // "that's costly", "this helps no one", and "it deters nobody" (but not the "it" of "it is unfair to …").
    deictic: /^(?:(?:that|this)(?:['’]s|\s+(?:is|was|would|will|could|can|does|did|means|makes|shows|has|had|leads|costs|helps|requires|proves|explains|matters|seems|sounds|needs|takes)\b)|it\s+(?!(?:is|was|has|does|seems|means|takes|makes|remains|appears|happens|goes|follows|says|depends|matters)\b)\p{Ll}+[^s\s]s\b)/iu,
    conditional: /^(?:if|whatever|whoever|whenever|anything that|everything that|all|every|any)\b/iu,
    auxiliaries: new Set("can could should would will shall may might must is are was were do does did has have had".split(" ")),
    abbreviations: new Set("e.g. i.e. etc. vs. cf. mr. mrs. ms. dr. prof. st. no. approx. ca. u.s. u.k. jr. sr. inc. ltd. co.".split(" ")),
  },
  numbers: NUMBERS,
  prose: {
    defaultSubject: "The author",
    opensWithThesis: false,
    opening: (v, s, c) => {
      if (c.question) return v === "debate" ? `The debate asks: ${c.text}` : `${s} asks: ${c.text}`;
      return v === "debate" ? `At issue is the claim that ${c.text}` : `${s} argues that ${c.text}`;
    },
    furtherOpening: (v, s, c, n) => {
      if (c.question) return [`A further question is this: ${c.text}`, `Another question raised: ${c.text}`, `It is also asked: ${c.text}`][n % 3]!;
      if (v === "debate") return [`A further claim is that ${c.text}`, `Another position taken is that ${c.text}`, `It is also held that ${c.text}`][n % 3]!;
      return [`${s} also argues that ${c.text}`, `A further claim is that ${c.text}`, `Separately, ${lower(s)} holds that ${c.text}`, `Another position taken is that ${c.text}`][n % 4]!;
    },
    openingWithReasons: (v, s, c, rs) => {
      const head = v === "debate" ? `At issue is the claim that ${c.text}` : `${s} argues that ${c.text}`;
      return rs.length === 1 ? `${head}, because ${rs[0]!.text}` : `${head}, for ${count(rs.length)} reasons: ${clauses(rs)}`;
    },
    groupedReasons: (v, s, rs) => (v === "debate" ? `${cap(count(rs.length))} reasons are given for it: ${clauses(rs)}` : `${s} gives ${count(rs.length)} reasons: ${clauses(rs)}`),
    reasonsIntro: (v, s, n, k) => (v === "debate" ? [`${cap(count(n))} reasons are given for it`, `It rests on ${count(n)} reasons`][k % 2]! : [`${cap(count(n))} reasons are given for this`, `${s} gives ${count(n)} reasons for this`, `This rests on ${count(n)} reasons`][k % 3]!),
    singleReason: (v, s, p, k) => {
      if (p.question) return `${v === "debate" ? "In its favour, it is asked" : `In support, ${lower(s)} asks`}: ${p.text}`;
      return v === "debate" ? [`The reason given is that ${p.text}`, `It rests on one reason: ${p.text}`][k % 2]! : [`The reason given is that ${p.text}`, `This rests on one reason: ${p.text}`, `${s} gives one reason for this: ${p.text}`][k % 3]!;
    },
    reason: (p, i, n) => `${n >= 3 && i === n - 1 ? "Finally" : (ORDINALS[i] ?? "Next")}, ${p.question ? `it is asked: ${p.text}` : p.text}`,
    reasonBy: (name, p, i, n) => `${n === 1 ? "In support" : n >= 3 && i === n - 1 ? "Finally" : (ORDINALS[i] ?? "Next")}, ${name} ${p.question ? `asks: ${p.text}` : `argues that ${p.text}`}`,
    backing: (ps) => `, because ${ps.map((p) => p.text).join(", and because ")}`,
    backingSentence: (ps) => `This rests on the point that ${ps.map((p) => p.text).join(", and that ")}`,
    afterBacking: (b, c) => `${b.text}, and ${c.text}`,
    together: (p, n) => (p.question ? `Together with this, it is asked: ${p.text}` : [`This goes together with the point that ${p.text}`, `Added to this is the point that ${p.text}`][n % 2]!),
    asks: (v, s, p) => `${v === "debate" ? "It is asked" : `${s} asks`}: ${p.text}`,
    targetReason: (i, n) => (n === 1 ? "the reason" : `the ${(ORDINALS[i] ?? "next").toLowerCase()} reason`),
    targetPoint: (c) => `the point that ${c.text}`,
    objection: (v, p, target, n) => {
      if (p.question) return target !== undefined ? `Against ${target}, critics ask: ${p.text}` : `Critics ask: ${p.text}`;
      if (target !== undefined) return [`against ${target}, critics object that ${p.text}`, `as for ${target}, critics say that ${p.text}`, `${target} is disputed: ${p.text}`][n % 3]!;
      return [`critics object that ${p.text}`, `a further objection is that ${p.text}`, `it is also objected that ${p.text}`, `critics add that ${p.text}`, `another objection holds that ${p.text}`, `some object that ${p.text}`][n % 6]!;
    },
    concession: (v, s, p, target, n) => {
      const who = v === "debate" ? "it is granted" : [`${s} grants`, `it is conceded`, `${s} concedes`][n % 3]!;
      return `${who}${target !== undefined ? `, as to ${target},` : ""} that ${p.text}`;
    },
    anticipated: (s, p, target, n) =>
      p.question
        ? `${s} anticipates the question: ${p.text}`
        : [`${s} anticipates the objection that ${p.text}`, `one objection ${lower(s)} expects is that ${p.text}`, `${s} also considers the objection that ${p.text}`][n % 3]! + (target !== undefined ? ` (against ${target})` : ""),
    reportedObjection: /^(?:[\p{L}'’-]+\s){1,4}(?:will |would |might |may |could |also |often )?(?:object|objects|say|says|argue|argues|claim|claims|complain|complains|point out|points out|insist|insists|warn|warns|fear|fears)\s+that\s/iu,
    reported: (v, s, p, answered) => (v === "author" ? `${s} ${answered ? "anticipates" : "notes"} that ${p.text}` : cap(p.text)),
    undercut: (p, target) => `${target ?? "this"} does not bear on the claim, since ${p.text}`,
    reply: (v, s, p, i, n, k) => {
      if (p.question) return `${v === "author" ? `${s} replies with a question` : "In reply, it is asked"}: ${p.text}`;
      if (n > 1) return i === 0 ? `one reply is that ${p.text}` : i === 1 ? `another is that ${p.text}` : `a ${(ORDINALS[i] ?? "further").toLowerCase()} reply is that ${p.text}`;
      if (v === "author") return [`in reply, ${lower(s)} holds that ${p.text}`, `${s} replies that ${p.text}`, `to this, ${lower(s)} answers that ${p.text}`][k % 3]!;
      return [`in reply, ${p.text}`, `the answer given is that ${p.text}`, `to this it is replied that ${p.text}`, `defenders respond that ${p.text}`, `this is answered by the point that ${p.text}`][k % 5]!;
    },
    andReplies: (o, p, undercut, granted) => (undercut ? `${o}; the reply is that this does not count against it, since ${p.text}` : granted ? `${o}, yet ${p.text}` : `${o}; the reply is that ${p.text}`),
    undercutReply: (v, s, p, k) =>
      v === "author" ? [`in reply, ${lower(s)} holds that the objection misses the point, since ${p.text}`, `${s} answers that this does not count against it, since ${p.text}`][k % 2]! : `in reply, the objection is said to miss the point, since ${p.text}`,
    objectionBy: (name, p, target, n) => {
      const mid = lower(name);
      if (p.question) return `${target !== undefined ? `As for ${target}, ` : ""}${mid} asks: ${p.text}`;
      if (target !== undefined) return [`against ${target}, ${mid} objects that ${p.text}`, `${name} disputes ${target}: ${p.text}`, `as for ${target}, ${mid} says that ${p.text}`][n % 3]!;
      return [`${name} objects that ${p.text}`, `however, ${mid} says that ${p.text}`, `in turn, ${mid} objects that ${p.text}`, `a further objection, from ${mid}, is that ${p.text}`][n % 4]!;
    },
    replyBy: (name, p, n) =>
      p.question ? `${name} replies with a question: ${p.text}` : [`${name} replies that ${p.text}`, `in reply, ${lower(name)} says that ${p.text}`, `to this, ${lower(name)} answers that ${p.text}`, `answering this, ${lower(name)} holds that ${p.text}`][n % 4]!,
    counterReply: (p, n) => (p.question ? `This reply is met with a question: ${p.text}` : [`against this, ${p.text}`, `this reply is contested: ${p.text}`, `the reply is met with the point that ${p.text}`][n % 3]!),
    linked: (ps) => list.format(ps),
    linkedLong: (ps) => (ps.length < 2 ? list.format(ps) : `${ps.slice(0, -1).join(", ")}, and ${ps[ps.length - 1]!}`),
    restated: (c) => `${c} (as stated above)`,
    furtherPoints: (n) => (n === 1 ? "One further point is not covered in this summary" : `${cap(count(n))} further points are not covered in this summary`),
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
    verdict: "Verdict",
    keyNone: "(none)",
  },
  evaluation: {
    semantics: (name) => SEMANTICS.get(name) ?? name,
    evaluatedWith: (s) => `Evaluated with ${s} semantics.`,
    stands: "stands",
    defeated: "defeated",
    undecided: "undecided",
    strength: (v) => `strength ${v}`,
    polarQuestion: /^["“‘']?(?:is|are|was|were|should|shall|can|could|would|will|do|does|did|has|have|had|must|may|might|isn['’]t|aren['’]t|shouldn['’]t|can['’]t|won['’]t|doesn['’]t|don['’]t)\b[^?？]*[?？]["”’»)]*\s*$/iu,
    verdict: (semantics, thesis, status, strength, unanswered, n, total, above, question = false) => {
      const name = question ? "the answer" : thesis ? "the thesis" : "the main claim";
      const under = semantics !== undefined ? `Under ${semantics} semantics${strength !== undefined ? ` (strength ${strength})` : ""}, ` : "";
      // A question is answered yes or no on balance; a claim stands or falls.
      const lead = semantics !== undefined ? `${under}${name}` : question ? "On balance, the answer" : cap(name);
      const [up, down] = question ? ["is yes", "is no"] : ["stands", "does not stand"];
      const open = question ? `${under === "" ? "The question" : `${under}the question`} remains open` : `${lead} remains contested`;
      // The verb first, then what stands unanswered: "…, because one objection goes unanswered: {x}".
      const objections = above === "last" ? "the last objection" : above === "all" ? (n === 1 ? "the objection stated above" : `the ${count(n)} objections stated above`) : n === 1 ? "one objection" : `${count(n)} objections`;
      const which = `${objections} ${n === 1 ? "goes" : "go"} unanswered`;
      const items = unanswered.length === n ? unanswered.map((c) => (c.question ? `“${cap(c.text)}”` : c.text)) : [];
      const tail = (head: string): string => {
        if (items.length === 0) return head;
        const one = `${head}: ${items.length === 1 ? items[0]! : `${items.slice(0, -1).join("; ")}; and ${items[items.length - 1]!}`}`;
        if (words(one) <= VERDICT_WORDS) return one;
        // Too long for one sentence: one sentence per objection.
        return [head, ...items.map((x, i) => `${ORDINAL_ONE[Math.min(i, ORDINAL_ONE.length - 1)]!}${x.startsWith("“") ? " " : " that "}${x}`)].join(". ");
      };
      if (status === "stands" && n > 0) return tail(`${lead} ${up}, although ${which}`);
      if (status === "stands") return `${lead} ${up}: ${total === 1 ? "the objection is answered" : total === 2 ? "both objections are answered" : `all ${count(total)} objections are answered`}`;
      if (status === "contested") return n > 0 ? tail(`${open}, and ${which}`) : `${open}: the exchange of objections and replies is not settled`;
      if (n === 0) return `${lead} ${down}`;
      return tail(`${lead} ${down}, because ${which}`);
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

/** Clauses as one list: with commas, or with semicolons when a clause has a comma of its own. */
function clauses(rs: readonly { readonly text: string }[]): string {
  const texts = rs.map((r) => r.text);
  if (!texts.some((t) => t.includes(","))) return list.format(texts);
  return texts.length === 2 ? `${texts[0]}; and ${texts[1]}` : `${texts.slice(0, -1).join("; ")}; and ${texts[texts.length - 1]}`;
}

/** Most words of a verdict told in one sentence. */
const VERDICT_WORDS = 40;
/** How each objection of a long verdict opens its own sentence. */
const ORDINAL_ONE = ["One is", "Another is", "A third is", "A fourth is", "A fifth is", "A further one is"];

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w !== "").length;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lower(subject: string): string {
  return /^(The|A|An)\s/.test(subject) ? subject[0]!.toLowerCase() + subject.slice(1) : subject;
}

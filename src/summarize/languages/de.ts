/**
 * @internal German: every word of German summaries and the rules for
 * embedding German claim text. German templates embed a claim after a colon
 * or after "denn", both of which keep the claim's own word order; only
 * articles, pronouns and other function words are ever lower-cased, never
 * nouns.
 * @module
 */
import { explanationDe } from "./explanation-de.js";
import type { Clause, SummaryLanguage } from "./types.js";

const NUMBERS = ["kein", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"];
const ORDINALS = ["Erstens", "Zweitens", "Drittens", "Viertens", "Fünftens", "Sechstens", "Siebtens", "Achtens", "Neuntens", "Zehntens"];
const count = (n: number): string => NUMBERS[n] ?? String(n);
const list = new Intl.ListFormat("de", { style: "long", type: "conjunction" });

const FUNCTION_WORDS =
  // Prepositions and adverbs too: after "denn" or "dass" only these are lower-cased, never nouns.
  "für mit von zu zum zur bei beim nach aus auf aufs über übers unter durch durchs gegen ohne um ums im ins vom am an ans in vor vorm hinter neben zwischen seit trotz während wegen statt " +
  "bis ab außer gegenüber laut je pro sowie sonst gar kaum vielleicht wohl eher zumindest mindestens höchstens etwa fast bereits erst " +
  "der die das den dem des ein eine einer eines einem einen es er sie wir ihr ich du man dies diese dieser dieses diesem diesen " +
  "jene jener jenes alle allen aller viele vielen manche mancher kein keine keiner keinen nicht auch nur noch schon sehr so wenn weil " +
  "dass ob wer was wie wo wann warum jeder jede jedes jeden jedem unser unsere euer eure sein seine ihre ihren ihrem mein meine " +
  "dein deine zwei drei vier fünf sechs sieben acht neun zehn hier dort da dann heute immer oft nie mehr weniger gerade " +
  // Numbers past ten, which open many claims ("Vierzig Parkplätze …").
  "elf zwölf zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig hundert tausend";

const SEMANTICS: ReadonlyMap<string, string> = new Map([
  ["grounded", "fundierten"],
  ["preferred", "präferierten"],
  ["stable", "stabilen"],
  ["complete", "vollständigen"],
  ["semi-stable", "semistabilen"],
  ["semistable", "semistabilen"],
  ["ideal", "idealen"],
  ["dfquad", "DF-QuAD-"],
  ["h-categorizer", "h-Kategorisierer-"],
  ["qe", "Quadratische-Energie-"],
  ["euler", "Euler-"],
]);

function semantics(name: string): string {
  const known = SEMANTICS.get(name);
  return known === undefined ? `„${name}“-Semantik` : known.endsWith("-") ? `${known}Semantik` : `${known} Semantik`;
}

/** The German table. */
export const de: SummaryLanguage = {
  code: "de",
  locale: "de",
  quotes: ["„", "“"],
  embedding: {
    markers: [
      "ja,", "nein,", "nun,", "also,", "gut,", "klar,", "naja,", "tja,", "erstens,", "zweitens,",
      "aber", "aber dennoch", "aber trotzdem", "doch", "denn", "und", "und auch", "oder", "sondern", "jedoch,", "allerdings,", "trotzdem,",
      "dennoch,", "außerdem,", "zudem,", "übrigens,", "natürlich,", "schließlich,", "kurz,", "kurzum,", "im gegenteil,", "zugegeben,",
      "sicher,", "sicherlich,", "gewiss,", "freilich,", "zum beispiel,", "beispielsweise,",
    ],
    subordinators: ["weil", "da", "obwohl", "obgleich", "wenngleich", "auch wenn", "selbst wenn", "zumal", "dass"],
    relativeOpeners: ["weshalb", "weswegen", "wodurch", "womit", "wobei", "woraufhin", "was"],
    verbSecond: [
      "außerdem", "zudem", "ferner", "darüber hinaus", "deshalb", "daher", "deswegen", "darum", "somit", "folglich", "trotzdem", "dennoch",
      "jedoch", "allerdings", "schließlich", "natürlich", "offensichtlich", "erstens", "zweitens", "drittens", "letztlich", "zuletzt",
      "übrigens", "immerhin", "tatsächlich", "gleichwohl", "zugegebenermaßen", "sicherlich", "gewiss", "freilich", "zwar", "ebenso",
      "ebenfalls", "beispielsweise", "insofern", "jedenfalls", "vielmehr",
    ],
    functionWords: new Set(FUNCTION_WORDS.split(" ")),
    learnCommonWords: false,
    commonEndings: undefined,
    names: new Set<string>(),
    singularSubject: undefined,
    continueSentence: false,
    concessive: ["zwar", "obwohl", "obgleich", "wenngleich", "auch wenn", "selbst wenn", "zugegeben,", "zugegebenermaßen", "natürlich,", "sicher,", "sicherlich,", "gewiss,", "freilich,"],
    sentenceAdverb: undefined,
    // Connectives in the middle field, after the finite verb: "Die Beiträge müssten jedoch steigen."
    innerMarkers: /(?<=\p{L})\s(?:jedoch|allerdings|trotzdem|dennoch|zudem|außerdem|ferner|deshalb|deswegen|daher|nämlich|übrigens|zwar)(?=\s\p{L})/gu,
    beforeSubject: undefined,
    continuations: new Set(
      (
        "der die das den dem des dessen deren welcher welche welches welchem welchen dass ob wie wo wohin woher was wer wenn weil da als um ohne statt " +
        "anstatt und oder aber sondern denn zu zum zur nicht auch so für mit von bei nach aus auf über unter durch gegen im ins vom am an in vor seit trotz " +
        "während wegen etwa z.B. insbesondere vor allem ein eine einer einem einen kein keine sowie bzw. also"
      ).split(" "),
    ),
    verbFinal: ["weil", "da", "obwohl", "obgleich", "wenngleich", "auch wenn", "selbst wenn", "zumal", "dass"],
    reorder: {
      pronouns: new Set("es er sie wir ihr ich du man das dies dieses jeder jede niemand jemand alle viele einige manche beide keiner".split(" ")),
      determiners: new Set(
        (
          "der die das den dem des ein eine einer eines einem einen kein keine keiner keinen keinem dieser diese dieses diesem diesen jeder jede jedes " +
          "jedem jeden mein meine unser unsere sein seine ihr ihre viele vielen einige manche alle beide solche"
        ).split(" "),
      ),
    },
    deictic: /^(?:das|dies)\s+(?:ist|war|wäre|würde|wird|kann|könnte|muss|müsste|bedeutet|zeigt|führt|kostet|hilft|heißt|gilt|macht|braucht)\b/iu,
    conditional: /^(?:wenn|falls|sofern|alle[ns]?|jede[rsmn]?|was auch immer|wer auch immer)\b/iu,
    auxiliaries: new Set<string>(),
    abbreviations: new Set("z.b. d.h. u.a. bzw. ca. usw. etc. vgl. dr. prof. nr. s. sog. ggf. evtl. inkl. bspw. z.t.".split(" ")),
  },
  numbers: NUMBERS,
  prose: {
    defaultSubject: "Der Text",
    opensWithThesis: true,
    opening: (v, s, c) => {
      if (c.question) return v === "debate" ? `Zur Debatte steht die Frage: ${c.text}` : `${s} fragt: ${c.text}`;
      return v === "debate" ? `Zur Debatte steht die These${colon(c)}` : `${s} vertritt die These${colon(c)}`;
    },
    furtherOpening: (v, s, c, n) => {
      if (c.question) return [`Eine weitere Frage lautet: ${c.text}`, `Gefragt wird auch: ${c.text}`, `Offen bleibt außerdem: ${c.text}`][n % 3]!;
      return [`Eine weitere These lautet${colon(c)}`, `Daneben steht die These${colon(c)}`, `Ferner wird vertreten${colon(c)}`][n % 3]!;
    },
    openingWithReasons: (v, s, c, rs) => {
      const head = v === "debate" ? "Zur Debatte steht die These" : `${s} vertritt die These`;
      if (c.verbFinal) return `${head}, dass ${c.text}, ${rs.length === 1 ? "denn" : `und nennt ${count(rs.length)} Gründe:`} ${rs.map(main).join(rs.length === 1 ? "" : "; ")}`;
      return `${head}: ${c.text}, ${rs.length === 1 ? because(rs[0]!) : `aus ${count(rs.length)} Gründen: ${series(rs)}`}`;
    },
    groupedReasons: (v, s, rs) => `${v === "debate" ? "Dafür werden" : `${s} nennt dafür`} ${count(rs.length)} Gründe${v === "debate" ? " genannt" : ""}: ${series(rs)}`,
    reasonsIntro: (v, s, n, k) => (v === "debate" ? [`Dafür werden ${count(n)} Gründe genannt`, `Dafür sprechen ${count(n)} Gründe`][k % 2]! : [`Dafür werden ${count(n)} Gründe genannt`, `${s} nennt dafür ${count(n)} Gründe`, `Dafür sprechen ${count(n)} Gründe`][k % 3]!),
    singleReason: (v, s, p, k) => {
      if (p.question) return `Dafür wird gefragt: ${p.text}`;
      return v === "debate" ? [`Der genannte Grund lautet${colon(p)}`, `Dafür spricht ein Grund${colon(p)}`][k % 2]! : [`Der genannte Grund lautet${colon(p)}`, `Als Grund nennt ${lowerArticle(s)}${colon(p)}`, `Dafür spricht ein Grund${colon(p)}`][k % 3]!;
    },
    reason: (p, i, n) => {
      const ordinal = n >= 3 && i === n - 1 ? "Schließlich" : (ORDINALS[i] ?? "Weiter");
      if (p.question) return `${ordinal} wird gefragt: ${p.text}`;
      return p.verbFinal ? `${ordinal} wird angeführt, dass ${p.text}` : `${ordinal}: ${p.text}`;
    },
    reasonBy: (name, p, i, n) => `${n === 1 ? "Dafür" : n >= 3 && i === n - 1 ? "Schließlich" : (ORDINALS[i] ?? "Weiter")} ${p.question ? `fragt ${name}: ${p.text}` : `führt ${name} an${colon(p)}`}`,
    backing: (ps) => `, ${ps.map(because).join(", und ")}`,
    backingSentence: (ps) => `Das wird so begründet${ps.length === 1 ? colon(ps[0]!) : `: ${ps.map(mainCapital).join("; ")}`}`,
    afterBacking: (b, c) => `${main(b)}, und ${inner(c)}`,
    together: (p, n) => `${["Hinzu kommt", "Dazu kommt", "Außerdem gilt"][n % 3]!}${colon(p)}`,
    asks: (v, s, p) => `${v === "debate" ? "Gefragt wird" : `${s} fragt`}: ${p.text}`,
    targetReason: (i, n) => (n === 1 ? "den Grund" : `den ${(ORDINALS_ACCUSATIVE[i] ?? "nächsten")} Grund`),
    targetPoint: (c) => (c.verbFinal ? `den Punkt, dass ${c.text}` : `den Punkt „${c.text}“`),
    objection: (v, p, target, n) => {
      if (p.question) return target !== undefined ? `Gegen ${target} wird gefragt: ${p.text}` : `Kritisch wird gefragt: ${p.text}`;
      if (target !== undefined) return [`gegen ${target} wird eingewandt${colon(p)}`, `gegen ${target} heißt es kritisch${colon(p)}`][n % 2]!;
      return [`dagegen wird eingewandt${colon(p)}`, `ein weiterer Einwand lautet${colon(p)}`, `kritisch angemerkt wird auch${colon(p)}`, `manche halten entgegen${colon(p)}`, `eingewandt wird zudem${colon(p)}`, `ein anderer Einwand lautet${colon(p)}`][n % 6]!;
    },
    concession: (v, s, p, target, n) => {
      const who = v === "debate" ? "Zugestanden wird" : [`${s} räumt ein`, "Zugestanden wird", `${s} gesteht zu`][n % 3]!;
      return `${who}${target !== undefined ? ` (zu ${target})` : ""}${colon(p)}`;
    },
    anticipated: (s, p, target, n) => (p.question ? `${s} nimmt eine Frage vorweg: ${p.text}` : `${[`${s} nimmt einen Einwand vorweg`, `einen weiteren Einwand nimmt ${lowerArticle(s)} vorweg`, `${s} rechnet auch mit dem Einwand`][n % 3]!}${target !== undefined ? ` gegen ${target}` : ""}${colon(p)}`),
    reportedObjection: /^(?:\S+\s){1,4}(?:(?:wird|werden|würde|würden|könnte|könnten)\s+(?:\S+\s+)?(?:einwenden|sagen|behaupten|kritisieren)|(?:wendet|wenden)\s+(?:\S+\s+)?ein|sagt|sagen|behauptet|behaupten|kritisiert|kritisieren|warnt|warnen)\b/iu,
    reported: (v, s, p, answered) => (v === "author" ? `${s} ${answered ? "nimmt vorweg" : "hält fest"}: ${mainCapital(p)}` : mainCapital(p)),
    undercut: (p, target) => `${target === undefined ? "Das" : target.replace(/^den /, "der ")} spricht nicht für die These, ${because(p)}`,
    reply: (v, s, p, i, n, k) => {
      if (p.question) return `Darauf wird mit einer Frage geantwortet: ${p.text}`;
      if (n > 1) return i === 0 ? `eine Erwiderung lautet${colon(p)}` : i === 1 ? `eine andere${colon(p)}` : `eine ${i + 1}. Erwiderung${colon(p)}`;
      if (v === "author") return [`darauf antwortet ${lowerArticle(s)}${colon(p)}`, `${s} erwidert${colon(p)}`, `${s} hält dagegen${colon(p)}`][k % 3]!;
      return [`darauf wird erwidert${colon(p)}`, `die Antwort darauf lautet${colon(p)}`, `dem wird entgegnet${colon(p)}`, `verteidigt wird das so${colon(p)}`][k % 4]!;
    },
    andReplies: (o, p, undercut, granted) => `${o}; ${granted ? "doch es gilt" : "die Erwiderung lautet"}${undercut ? `, dass der Einwand nicht trifft, ${because(p)}` : colon(p)}`,
    undercutReply: (v, s, p) => `${v === "author" ? `${s} erwidert` : "Darauf wird erwidert"}, dass der Einwand nicht trifft, ${because(p)}`,
    objectionBy: (name, p, target, n) => {
      const mid = lowerArticle(name);
      if (p.question) return `${name} fragt${target !== undefined ? ` zu ${target}` : ""}: ${p.text}`;
      if (target !== undefined) return [`gegen ${target} wendet ${mid} ein${colon(p)}`, `${name} bestreitet ${target}${colon(p)}`][n % 2]!;
      return [`${name} wendet ein${colon(p)}`, `dagegen wendet ${mid} ein${colon(p)}`, `einen Einwand erhebt ${mid}${colon(p)}`, `kritisch äußert sich ${mid}${colon(p)}`][n % 4]!;
    },
    replyBy: (name, p, n) => (p.question ? `${name} antwortet mit einer Frage: ${p.text}` : [`${name} erwidert${colon(p)}`, `darauf antwortet ${lowerArticle(name)}${colon(p)}`, `dem hält ${lowerArticle(name)} entgegen${colon(p)}`, `${name} entgegnet${colon(p)}`][n % 4]!),
    counterReply: (p, n) => (p.question ? `Dagegen wird gefragt: ${p.text}` : [`dagegen steht${colon(p)}`, `auch das wird bestritten${colon(p)}`, `die Erwiderung trifft auf den Einwand${colon(p)}`][n % 3]!),
    linked: (ps) => list.format(ps),
    linkedLong: (ps) => (ps.length < 2 ? list.format(ps) : `${ps.slice(0, -1).join(", ")}, und ${ps[ps.length - 1]!}`),
    restated: (c) => `${c} (wie oben)`,
    furtherPoints: (n) => (n === 1 ? "Ein weiterer Punkt wird in dieser Zusammenfassung nicht behandelt" : `${count(n).charAt(0).toUpperCase()}${count(n).slice(1)} weitere Punkte werden in dieser Zusammenfassung nicht behandelt`),
    isolated: (n) => (n === 1 ? "Die Karte enthält außerdem eine Aussage, die zu keinem Argument gehört" : `Die Karte enthält außerdem ${count(n)} Aussagen, die zu keinem Argument gehören`),
    empty: "Die Karte enthält keine Aussagen",
    quotations: (title, url) => (title === undefined ? "Zitate:" : `Zitate aus ${title}${url !== undefined ? ` <${url}>` : ""}:`),
  },
  outline: {
    thesis: "These",
    conclusion: "Schluss",
    reason: "Grund",
    objection: "Einwand",
    rebuttal: "Erwiderung",
    undercut: "Unterminierung",
    linked: (role) => `${role}, verknüpfte Prämissen`,
    see: (n) => `(siehe #${n})`,
    hidden: (n) => `${n} weitere nicht gezeigt`,
    otherStatements: "Weitere Aussagen",
    untitled: "(ohne Titel)",
    noText: "(kein Text)",
    noClaims: "Die Karte enthält keine Aussagen.",
    source: (title) => `Quelle: ${title}`,
    quotedAbove: "oben zitiert",
    keyFor: "Stärkste Punkte dafür",
    keyAgainst: "Stärkste Punkte dagegen",
    verdict: "Ergebnis",
    keyNone: "(keine)",
  },
  evaluation: {
    semantics,
    evaluatedWith: (s) => `Bewertet nach der ${s}.`,
    stands: "hält",
    defeated: "widerlegt",
    undecided: "unentschieden",
    strength: (v) => `Stärke ${v}`,
    // A yes-or-no question opens with its verb, not with a question word.
    polarQuestion: /^[„"»‚']?(?!(?:warum|wieso|weshalb|weswegen|wozu|wie|was|wer|wen|wem|wessen|wo|woher|wohin|womit|wofür|wann|welche[rsmn]?|inwiefern|inwieweit)\b)[^?？]*[?？]["“”’«)]*\s*$/iu,
    verdict: (semantics, thesis, status, strength, unanswered, n, total, above, question = false) => {
      const name = thesis ? "die These" : "die Hauptaussage";
      const Name = thesis ? "Die These" : "Die Hauptaussage";
      const under = semantics !== undefined ? `Nach der ${semantics}${strength !== undefined ? ` (Stärke ${strength})` : ""}` : undefined;
      // A question is answered yes or no on balance; a thesis stands or falls.
      const lead = under !== undefined ? `${under} hat ${name}` : `${Name} hat`;
      const answer = (yes: boolean): string => `${under !== undefined ? `${under} lautet die Antwort` : "Die Antwort lautet"} eher ${yes ? "Ja" : "Nein"}`;
      // Objections stated earlier in the text are referred back to, not restated.
      const objections = above === "last" ? "der zuletzt genannte Einwand" : above === "all" ? (n === 1 ? "der oben genannte Einwand" : `die ${count(n)} oben genannten Einwände`) : n === 1 ? "ein Einwand" : `${count(n)} Einwände`;
      const which = `${objections} ${n === 1 ? "bleibt" : "bleiben"} unbeantwortet`;
      const tail = (head: string): string => {
        if (unanswered.length !== n || n === 0) return head;
        const one = `${head}: ${series(unanswered)}`;
        if (words(one) <= VERDICT_WORDS) return one;
        return [head, ...unanswered.map((c, i) => `${ORDINAL_ONE[Math.min(i, ORDINAL_ONE.length - 1)]!}: ${mainCapital(c)}`)].join(". ");
      };
      const up = question ? answer(true) : `${lead} Bestand`;
      const down = question ? answer(false) : `${lead} keinen Bestand`;
      if (status === "stands" && n > 0) return tail(`${up}, obwohl ${objections} unbeantwortet ${n === 1 ? "bleibt" : "bleiben"}`);
      if (status === "stands") return `${up}: ${total === 1 ? "Der Einwand wird beantwortet" : total === 2 ? "Beide Einwände werden beantwortet" : `Alle ${count(total)} Einwände werden beantwortet`}`;
      if (status === "contested") {
        const what = question ? "die Frage" : name;
        const head = `${under !== undefined ? `${under} bleibt ${what}` : `${what.charAt(0).toUpperCase()}${what.slice(1)} bleibt`} ${question ? "offen" : "umstritten"}`;
        return n > 0 ? tail(`${head}, und ${which}`) : `${head}: Der Streit um Einwände und Erwiderungen ist nicht entschieden`;
      }
      if (n === 0) return down;
      return tail(`${down}, denn ${which}`);
    },
    tally: (reasons, objections) => {
      const part = (what: string, t: readonly [number, number] | undefined): string | undefined => {
        if (t === undefined) return undefined;
        const [up, total] = t;
        let q: string;
        if (total === 1) q = up === 1 ? "der eine genannte hält" : "der eine genannte hält nicht";
        else if (up === total) q = total === 2 ? "beide halten" : `alle ${count(total)} halten`;
        else if (up === 0) q = total === 2 ? "keiner der beiden hält" : `keiner der ${count(total)} hält`;
        else q = `${up === 1 ? "einer" : count(up)} von ${count(total)} ${up === 1 ? "hält" : "halten"}`;
        return `von ${what} ${q}`;
      };
      return [part("den Gründen", reasons), part("den Einwänden", objections)].filter((p) => p !== undefined).join("; ");
    },
    notConverged: "Diese Stärken sind nicht konvergiert und daher nur Näherungswerte",
    incomplete: "Die Bewertung ist unvollständig (sie wurde abgebrochen), manche Einstufungen können falsch sein",
  },
  explanation: explanationDe,
};

const ORDINALS_ACCUSATIVE = ["ersten", "zweiten", "dritten", "vierten", "fünften", "sechsten", "siebten", "achten", "neunten", "zehnten"];

/** A clause after a frame's verb: ": {main clause}" or ", dass {verb-final clause}". */
function colon(c: Clause): string {
  return c.verbFinal ? `, dass ${c.text}` : `: ${c.text}`;
}

/** A clause as a main clause where one must stand: a verb-final one behind "es gilt, dass". */
function main(c: Clause): string {
  return c.verbFinal ? `es gilt, dass ${c.text}` : c.text;
}

const LOWER = new Set(FUNCTION_WORDS.split(" "));

/** A main clause after a conjunction ("denn", "und"): its first word lower-cased when it is a function word, never a noun. */
function inner(c: Clause): string {
  if (c.verbFinal) return c.text;
  const first = /^\p{Lu}\p{Ll}*/u.exec(c.text)?.[0];
  return first !== undefined && LOWER.has(first.toLowerCase()) ? first.toLowerCase() + c.text.slice(first.length) : c.text;
}

/** Most words of a verdict told in one sentence. */
const VERDICT_WORDS = 40;
/** How each objection of a long verdict opens its own sentence. */
const ORDINAL_ONE = ["Der erste lautet", "Der zweite", "Der dritte", "Der vierte", "Der fünfte", "Ein weiterer"];

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w !== "").length;
}

function mainCapital(c: Clause): string {
  const text = main(c);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Main clauses in a series after a colon: the first keeps its capital, the others follow a semicolon. */
function series(rs: readonly Clause[]): string {
  return rs.map((r, i) => (i === 0 ? mainCapital(r) : r.verbFinal ? main(r) : inner(r))).join("; ");
}

/** A reason joined to what it supports: "denn {main clause}" or "weil {verb-final clause}". */
function because(c: Clause): string {
  return c.verbFinal ? `weil ${c.text}` : `denn ${inner(c)}`;
}

/** "Der Text" → "der Text" after a verb; names stay as they are. */
function lowerArticle(subject: string): string {
  return /^(Der|Die|Das|Ein|Eine)\s/.test(subject) ? subject[0]!.toLowerCase() + subject.slice(1) : subject;
}

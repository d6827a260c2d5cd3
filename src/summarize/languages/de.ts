/**
 * @internal German: every word of German summaries and the rules for
 * embedding German claim text. German templates embed a claim after a colon
 * or after "denn", both of which keep the claim's own word order; only
 * articles, pronouns and other function words are ever lower-cased, never
 * nouns.
 * @module
 */
import { explanationDe } from "./explanation-de.js";
import type { SummaryLanguage } from "./types.js";

const NUMBERS = ["kein", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"];
const ORDINALS = ["Erstens", "Zweitens", "Drittens", "Viertens", "Fünftens", "Sechstens", "Siebtens", "Achtens", "Neuntens", "Zehntens"];
const count = (n: number): string => NUMBERS[n] ?? String(n);
const list = new Intl.ListFormat("de", { style: "long", type: "conjunction" });

const FUNCTION_WORDS =
  "der die das den dem des ein eine einer eines einem einen es er sie wir ihr ich du man dies diese dieser dieses diesem diesen " +
  "jene jener jenes alle allen aller viele vielen manche mancher kein keine keiner keinen nicht auch nur noch schon sehr so wenn weil " +
  "dass ob wer was wie wo wann warum jeder jede jedes jeden jedem unser unsere euer eure sein seine ihre ihren ihrem mein meine " +
  "dein deine zwei drei vier fünf sechs sieben acht neun zehn hier dort da dann heute immer oft nie mehr weniger gerade";

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
      "dennoch,", "außerdem,", "zudem,", "übrigens,", "natürlich,", "schließlich,", "kurz,", "kurzum,", "im gegenteil,",
    ],
    subordinators: ["weil", "da"],
    verbSecond: [
      "außerdem", "zudem", "ferner", "darüber hinaus", "deshalb", "daher", "deswegen", "darum", "somit", "folglich", "trotzdem", "dennoch",
      "jedoch", "allerdings", "schließlich", "natürlich", "offensichtlich", "erstens", "zweitens", "drittens", "letztlich", "zuletzt",
      "übrigens", "immerhin", "tatsächlich", "gleichwohl",
    ],
    functionWords: new Set(FUNCTION_WORDS.split(" ")),
    learnCommonWords: false,
    commonEndings: undefined,
    names: new Set<string>(),
    continueSentence: false,
  },
  numbers: NUMBERS,
  prose: {
    defaultSubject: "Der Text",
    opening: (s, c, q) => (q ? `${s} fragt: ${c}` : `${s} vertritt die These: ${c}`),
    furtherOpening: (s, c, q, n) => {
      if (q) return [`Eine weitere Frage lautet: ${c}`, `Gefragt wird auch: ${c}`, `Offen bleibt außerdem: ${c}`][n % 3]!;
      return [`Eine weitere These lautet: ${c}`, `Daneben steht die These: ${c}`, `Ferner heißt es: ${c}`, `Zusätzlich wird vertreten: ${c}`][n % 4]!;
    },
    reasonsIntro: (s, n, v) => [`${s} nennt dafür ${count(n)} Gründe`, `dafür werden ${count(n)} Gründe genannt`, `dafür sprechen ${count(n)} Gründe`][v % 3]!,
    singleReason: (s, p, v) => [`als Grund nennt ${lowerArticle(s)}: ${p}`, `der genannte Grund lautet: ${p}`, `dafür spricht ein Grund: ${p}`][v % 3]!,
    reason: (p, i, n) => `${n >= 3 && i === n - 1 ? "Schließlich" : (ORDINALS[i] ?? "Weiter")}: ${p}`,
    backing: (ps) => `, denn ${ps.join(", und ")}`,
    objection: (p, target, n) => {
      if (target !== undefined) return [`gegen ${target} wird eingewandt: ${p}`, `zu ${target} heißt es kritisch: ${p}`, `bestritten wird ${target}: ${p}`][n % 3]!;
      return [`dagegen wird eingewandt: ${p}`, `ein weiterer Einwand lautet: ${p}`, `kritisch angemerkt wird auch: ${p}`, `manche halten entgegen: ${p}`, `eingewandt wird zudem: ${p}`, `ein anderer Einwand: ${p}`][n % 6]!;
    },
    reply: (p, i, n, v) => {
      if (n > 1) return i === 0 ? `eine Erwiderung lautet: ${p}` : i === 1 ? `eine andere: ${p}` : `eine ${i + 1}. Erwiderung: ${p}`;
      return [`darauf wird erwidert: ${p}`, `die Antwort darauf: ${p}`, `dem wird entgegnet: ${p}`, `verteidigt wird das so: ${p}`, `darauf heißt es: ${p}`][v % 5]!;
    },
    objectionBy: (name, p, target, n) => {
      const mid = lowerArticle(name);
      if (target !== undefined) return [`gegen ${target} wendet ${mid} ein: ${p}`, `${name} bestreitet ${target}: ${p}`, `zu ${target} sagt ${mid} kritisch: ${p}`][n % 3]!;
      return [`${name} wendet ein: ${p}`, `dagegen wendet ${mid} ein: ${p}`, `einen Einwand erhebt ${mid}: ${p}`, `kritisch äußert sich ${mid}: ${p}`][n % 4]!;
    },
    replyBy: (name, p, n) => [`${name} erwidert: ${p}`, `darauf antwortet ${lowerArticle(name)}: ${p}`, `dem hält ${lowerArticle(name)} entgegen: ${p}`, `${name} entgegnet: ${p}`][n % 4]!,
    counterReply: (p, n) => [`dagegen steht: ${p}`, `auch das wird bestritten: ${p}`, `die Erwiderung trifft auf den Einwand: ${p}`][n % 3]!,
    linked: (ps) => list.format(ps),
    reference: (short) => `${short} (wie oben)`,
    furtherPoints: (n) => `…und ${n === 1 ? "ein weiterer Punkt" : `${count(n)} weitere Punkte`}`,
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
    keyNone: "(keine)",
  },
  evaluation: {
    semantics,
    evaluatedWith: (s) => `Bewertet nach der ${s}.`,
    stands: "hält",
    defeated: "widerlegt",
    undecided: "unentschieden",
    strength: (v) => `Stärke ${v}`,
    verdict: (s, first, thesis, status, strength, reference) => {
      const name = thesis ? "die These" : first ? "die Hauptaussage" : reference;
      const word = status === "in" ? "hält" : status === "out" ? "hält nicht" : status === "undec" ? "bleibt unentschieden" : undefined;
      const tail = word === undefined ? `hat ${name} die Stärke ${strength ?? "?"}` : `${word} ${name}${strength !== undefined ? ` (Stärke ${strength})` : ""}`;
      return first ? `nach der ${s} ${tail}` : `${name[0]!.toUpperCase()}${name.slice(1)} ${word ?? `hat die Stärke ${strength ?? "?"}`}${word !== undefined && strength !== undefined ? ` (Stärke ${strength})` : ""}`;
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

/** "Der Text" → "der Text" after a verb; names stay as they are. */
function lowerArticle(subject: string): string {
  return /^(Der|Die|Das|Ein|Eine)\s/.test(subject) ? subject[0]!.toLowerCase() + subject.slice(1) : subject;
}

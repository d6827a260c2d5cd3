/**
 * Every summary mode over the corpus of real-style maps in
 * tests/fixtures/summarize/corpus (see its README for sources and
 * licences), with one automatic detector per defect class that readers
 * noticed on 0.1.0. Goldens for a handful are in corpus-golden/; regenerate
 * with `ARGMAP_UPDATE_GOLDEN=1 npx vitest run tests/summarize/corpus.test.ts`
 * and read the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { loadArgumentMap, summarize, toKeyPoints, toMarkdown, toProse, toText, type ArgumentMap, type ArgumentSummary, type SummaryArgument } from "../../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = join(here, "..", "fixtures", "summarize", "corpus");
const goldenDir = join(here, "..", "fixtures", "summarize", "corpus-golden");
const update = process.env.ARGMAP_UPDATE_GOLDEN === "1";

const files = readdirSync(corpusDir).filter((f) => f.endsWith(".argmap.json")).sort();
const load = (file: string): ArgumentMap => loadArgumentMap(JSON.parse(readFileSync(join(corpusDir, file), "utf8")));
const german = (map: ArgumentMap): boolean => map.language?.startsWith("de") === true;

/** The prose body: before the quotation list, without note numbers. */
function body(prose: string): string {
  return prose.split(/\n\n(?:Quotations|Zitate)(?: from| aus|:)/)[0]!.replace(/ \[\d+(?:, \d+)*\]/g, "").replace(/\s+/g, " ").trim();
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Sentences of a prose body (split after an end mark followed by a capital or an opening mark). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+(?=[\p{Lu}“„"«…])/u).filter(Boolean);
}

// ------------------------------------------------------------------ detectors

/** A template's connective followed by a discourse marker of the claim: "because since", "However, Yes, …". */
const CONNECTIVE_COLLISION =
  /(?:\b(?:because|that|however,|reply,|first,|second,|third,|finally,|this:|denn|und|eingewandt:|erwidert:|These:|Erstens:|Zweitens:|Drittens:|Schließlich:|lautet:|entgegnet:|Grund:))\s+(?:(?:yes|no|well|ok|so|ja|nein|nun|also),|but\b|and\b|since\b|because\b|however\b|therefore\b|besides\b|moreover\b|furthermore\b|clearly\b|obviously\b|aber\b|denn\b|und\b|doch\b|jedoch\b|außerdem\b|zudem\b|deshalb\b|daher\b|trotzdem\b|allerdings\b|ferner\b)/iu;

/** Punctuation that collides: ",.", ",,", ";.", "。.", "?.", "..", " ,". */
const PUNCTUATION_COLLISION = /[,;:]\s*[.!?。]|[.!?。]\s*[,;]|,,|;;|(?<!\.)\.\.(?!\.)|。\.|[?!]\.| [,.;:](?!\d)/u;

/** A capitalized function word in the middle of a sentence ("because Three …", "However, The …"), per language: German nouns are capitalized, German articles are not. */
const MID_SENTENCE_CAPITAL = {
  en: /(?:[\p{Ll}\d][,;]?|,)\s(?:The|A|An|This|That|These|Those|It|Its|They|We|Our|There|Three|Two|Four|Five|Yes|No|However|But|And|Since|Because|Therefore|Besides)\b(?![”“"]|\s*[—–])/u,
  de: /(?:[\p{Ll}\d][,;]?|,)\s(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Es|Sie|Wir|Und|Aber|Denn|Doch|Ja)\b(?![”“"]|\s*[—–])/u,
};

/** The same run of six words twice in one sentence: a claim restated, "X rests on X". */
function selfRestatement(sentence: string): string | undefined {
  const tokens = sentence.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ").split(/\s+/).filter(Boolean);
  const seen = new Set<string>();
  for (let i = 0; i + 6 <= tokens.length; i++) {
    const key = tokens.slice(i, i + 6).join(" ");
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return undefined;
}

/** The first two words of sentences that open more than three sentences. */
function repeatedOpenings(all: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const s of all) {
    const key = s.split(/\s+/).slice(0, 2).join(" ").toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > 3).map(([k]) => k);
}

/** English words that a German summary must not contain (template words, not claim words). */
const ENGLISH = /\b(?:the|and|that|because|however|reply|replies|objection|objections|reason|reasons|argues|author|further|points?|which|this|these|with|from|thesis|stands|statements?|holds|gives|first|second|finally|against|quoted|above|evaluated|semantics|strength|linked|premises|conclusion|undercut|rebuttal|other|strongest|none|more|not|shown|see|source|quotations)\b/;

interface Mode {
  readonly name: string;
  readonly prose: boolean;
  readonly budget?: number;
  render(map: ArgumentMap, language: string | undefined): string;
}

const MODES: readonly Mode[] = [
  { name: "prose", prose: true, budget: 250, render: (map, language) => toProse(summarize(map, { language }), { width: 0 }) },
  { name: "prose --words 120", prose: true, budget: 120, render: (map, language) => toProse(summarize(map, { language, budget: { words: 120 } }), { width: 0 }) },
  { name: "prose --words 60", prose: true, budget: 60, render: (map, language) => toProse(summarize(map, { language }), { width: 0, budget: { words: 60 } }) },
  { name: "key-points", prose: false, render: (map, language) => toKeyPoints(summarize(map, { language }), { width: 0 }) },
  { name: "markdown", prose: false, render: (map, language) => toMarkdown(summarize(map, { language })) },
  { name: "text", prose: false, render: (map, language) => toText(summarize(map, { language }), { width: 0 }) },
];

/** Everything a summary says beyond the claims' own words: the outline modes repeat claim text, so only their own words are checked. */
function ownWords(output: string, summary: ArgumentSummary): string {
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

describe("the corpus", () => {
  test("has at least 30 maps, in English and German, each documented in the README", () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    const readme = readFileSync(join(corpusDir, "README.md"), "utf8");
    for (const file of files) expect(readme, file).toContain(file);
    const languages = files.map((f) => (german(load(f)) ? "de" : "en"));
    expect(languages.filter((l) => l === "de").length).toBeGreaterThanOrEqual(10);
    expect(languages.filter((l) => l === "en").length).toBeGreaterThanOrEqual(10);
  });
});

describe.each(files)("%s", (file) => {
  const map = load(file);
  const de = german(map);
  for (const mode of MODES) {
    test(mode.name, () => {
      const output = mode.render(map, undefined);
      const summary = summarize(map);
      expect(output.length).toBeGreaterThan(0);
      if (mode.prose) {
        const text = body(output);
        const all = sentences(text);
        expect(words(text), "over budget").toBeLessThanOrEqual(mode.budget!);
        expect(text.match(CONNECTIVE_COLLISION)?.[0], "connective collision").toBeUndefined();
        expect(text.match(PUNCTUATION_COLLISION)?.[0], "punctuation collision").toBeUndefined();
        expect(text.match(MID_SENTENCE_CAPITAL[de ? "de" : "en"])?.[0], "mid-sentence capital on a function word").toBeUndefined();
        for (const s of all) expect(selfRestatement(s), `self-restatement in: ${s}`).toBeUndefined();
        expect(repeatedOpenings(all), "sentence opening repeated more than three times").toEqual([]);
        expect(text, "prose never refers to a claim by its position").not.toMatch(/its (?:second|third|fourth) claim/);
      } else {
        const own = ownWords(output, summary);
        expect(own.match(/,,|;;|。\.|[,;]\./)?.[0], "punctuation collision").toBeUndefined();
      }
      if (de) {
        const own = mode.prose ? body(output) : ownWords(output, summary);
        expect(own.match(ENGLISH)?.[0], "English word in German output").toBeUndefined();
      }
    });
  }
});

// ------------------------------------------------------------------ goldens

const GOLDEN: readonly (readonly [string, string, (map: ArgumentMap) => string])[] = [
  ["en-micro-waste.argmap.json", "en-micro-waste.prose.txt", (map) => toProse(summarize(map))],
  ["en-kialo-cars.argmap.json", "en-kialo-cars.words-120.prose.txt", (map) => toProse(summarize(map, { budget: { words: 120 } }))],
  ["en-kialo-cars.argmap.json", "en-kialo-cars.key-points.txt", (map) => toKeyPoints(summarize(map))],
  ["en-dialogue-aid.argmap.json", "en-dialogue-aid.prose.txt", (map) => toProse(summarize(map))],
  ["en-argdown-paragraphs.argmap.json", "en-argdown-paragraphs.md", (map) => toMarkdown(summarize(map))],
  ["en-restatement.argmap.json", "en-restatement.prose.txt", (map) => toProse(summarize(map))],
  ["de-micro-fleisch.argmap.json", "de-micro-fleisch.prose.txt", (map) => toProse(summarize(map))],
  ["de-dialog-stadtrat.argmap.json", "de-dialog-stadtrat.prose.txt", (map) => toProse(summarize(map))],
  ["de-kialo-grundeinkommen.argmap.json", "de-kialo-grundeinkommen.words-120.prose.txt", (map) => toProse(summarize(map, { budget: { words: 120 } }))],
];

describe("corpus goldens", () => {
  test.each(GOLDEN)("%s → %s", (file, golden, render) => {
    const actual = render(load(file));
    const path = join(goldenDir, golden);
    if (update) writeFileSync(path, actual);
    expect(existsSync(path), `${golden} is missing; run with ARGMAP_UPDATE_GOLDEN=1`).toBe(true);
    expect(actual).toBe(readFileSync(path, "utf8"));
  });
});

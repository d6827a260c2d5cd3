/**
 * Every summary mode over the corpus of real-style maps in
 * tests/fixtures/summarize/corpus (see its README for sources and
 * licences), with the detectors of tests/summarize/detectors.ts (one per
 * defect class that readers noticed). Goldens for a handful are in
 * corpus-golden/; regenerate with `ARGMAP_UPDATE_GOLDEN=1 npx vitest run
 * tests/summarize/corpus.test.ts` and read the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { loadArgumentMap, summarize, toKeyPoints, toMarkdown, toProse, toText, type ArgumentMap } from "../../src/index.js";
import { outlineDefects, proseBody, proseDefects, wordsIn } from "./detectors.js";

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = join(here, "..", "fixtures", "summarize", "corpus");
const goldenDir = join(here, "..", "fixtures", "summarize", "corpus-golden");
const update = process.env.ARGMAP_UPDATE_GOLDEN === "1";

const files = readdirSync(corpusDir).filter((f) => f.endsWith(".argmap.json")).sort();
const load = (file: string): ArgumentMap => loadArgumentMap(JSON.parse(readFileSync(join(corpusDir, file), "utf8")));
const german = (map: ArgumentMap): boolean => map.language?.startsWith("de") === true;

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
      // The language the summary chose (the map's, or detected from its text), so that German maps without a language field get German checks.
      const language = summary.language === "de" ? "de" : "en";
      expect(language, "the map's language is found").toBe(de ? "de" : language);
      if (mode.prose) {
        expect(wordsIn(proseBody(output)), "over budget").toBeLessThanOrEqual(mode.budget!);
        expect(proseDefects(output, language)).toEqual([]);
      } else {
        expect(outlineDefects(output, summary, language)).toEqual([]);
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

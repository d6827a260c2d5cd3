/**
 * Every map of the summary corpus (tests/fixtures/summarize/corpus) against
 * its reference summary (tests/fixtures/summarize/corpus-reference), written
 * by hand by someone who read the source. For every map:
 *
 * - the reference itself follows argmap's evaluation rule (grounded on the
 *   bipolar view), is shorter than the length limit, opens with the thesis
 *   and trips no detector, so that a reference cannot drift from the map;
 * - the generated summary opens with the thesis (or, for a map without
 *   one, with a claim the reference allows), is written in the map's
 *   language, states the verdict the reference expects, holds the length
 *   limit, and no detector of tests/summarize/detectors.ts fires.
 *
 * Length limit of the default prose: when a source holds the text,
 * min(250, max(45, 0.8 × the source's words)); otherwise 250 words.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { evaluateMap, evaluationLabel } from "../../src/evaluate/index.js";
import { loadArgumentMap, summarize, toKeyPoints, toMarkdown, toProse, type ArgumentMap, type ArgumentSummary } from "../../src/index.js";
import { outlineDefects, proseBody, proseDefects, sentencesOf, wordsIn, type DetectorLanguage } from "./detectors.js";

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = join(here, "..", "fixtures", "summarize", "corpus");
const referenceDir = join(here, "..", "fixtures", "summarize", "corpus-reference");

type Status = "stands" | "contested" | "falls";

/** A claim's expected verdict: its status and the claims of the attacks against it that stand. */
interface ExpectedVerdict {
  readonly status: Status;
  readonly unanswered: readonly string[];
}

/** One reference file. */
interface Reference {
  readonly map: string;
  readonly language: DetectorLanguage;
  /** The claims a summary may open with: the thesis when the map has one. */
  readonly opening: readonly string[];
  /** Expected verdicts by claim id: the thesis, or the map's main claims. */
  readonly verdict: Readonly<Record<string, ExpectedVerdict>>;
  /** The hand-written summary. */
  readonly summary: string;
}

const maps = readdirSync(corpusDir).filter((f) => f.endsWith(".argmap.json")).sort();
const load = (file: string): ArgumentMap => loadArgumentMap(JSON.parse(readFileSync(join(corpusDir, file), "utf8")));
const referenceFile = (file: string): string => join(referenceDir, file.replace(/\.argmap\.json$/, ".json"));
const reference = (file: string): Reference => JSON.parse(readFileSync(referenceFile(file), "utf8")) as Reference;

// ------------------------------------------------------------------ length

/** Words of the text that the map's sources hold (0 when none holds text). */
function sourceWords(map: ArgumentMap): number {
  let n = 0;
  for (const source of map.sources()) if (source.text !== undefined) n += wordsIn(source.text);
  return n;
}

/** The longest default prose the map may get. */
function lengthLimit(map: ArgumentMap): number {
  const words = sourceWords(map);
  return words === 0 ? 250 : Math.min(250, Math.max(45, Math.floor(0.8 * words)));
}

// ------------------------------------------------------------------ thesis first

const MARKERS = new Set(
  (
    "that that's this these those there however because since although though also actually admittedly moreover besides therefore still even well yet some will what more from into with would could should have been than they their them your only many most much every " +
    "dass weil denn zwar aber jedoch doch auch zudem außerdem deshalb daher trotzdem allerdings natürlich schon noch dann dort wird werden wurde sollte sollten kann können muss müssen eine einen einer eines sich nicht oder und über"
  ).split(" "),
);

/** The content words of a claim: words of four letters or more that are not discourse markers or function words. */
function contentWords(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [])].filter((w) => [...w].length >= 4 && !MARKERS.has(w));
}

/** The share of a claim's content words that a sentence holds. */
function coverage(sentence: string, claim: string): number {
  const words = contentWords(claim);
  if (words.length === 0) return 1;
  const have = new Set(sentence.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []);
  return words.filter((w) => have.has(w)).length / words.length;
}

/** The first sentence of a prose text (the title line, if any, is not a sentence of the summary). */
function firstSentence(prose: string): string {
  return sentencesOf(proseBody(prose))[0] ?? "";
}

// ------------------------------------------------------------------ verdicts

/**
 * The verdict argmap's evaluation gives a claim: grounded labels on the
 * bipolar view (in → stands, out → falls, undec → contested), and the
 * objections that stand unanswered: the premises of the attacks labelled
 * `in` on the claim or on anything that supports it (reached through
 * support relations only, inferences included, so an undercut of a reason
 * counts). An attack behind another attack (a counter-rebuttal) is not
 * listed itself: when it wins, the objection it restores is `in` and
 * listed.
 */
function computedVerdict(map: ArgumentMap, claim: string): ExpectedVerdict {
  const evaluation = evaluateMap(map, "grounded");
  const label = evaluationLabel(evaluation, claim);
  const status: Status = label === "in" ? "stands" : label === "out" ? "falls" : "contested";
  const relations = map.relations();
  const seen = new Set<string>([claim]);
  const queue = [claim];
  const unanswered = new Set<string>();
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const relation of relations) {
      if (relation.to !== node) continue;
      if (relation.type === "attack") {
        if (evaluationLabel(evaluation, relation.id) === "in") for (const p of relation.from) unanswered.add(p);
        continue;
      }
      for (const next of [relation.id, ...relation.from]) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return { status, unanswered: [...unanswered].sort() };
}

/** A verdict as the summary reports it. */
interface ReportedVerdict {
  readonly claim: string;
  readonly status: string;
  readonly unanswered: readonly string[];
}

/** The verdicts a summary carries (`summary.verdict`: one, or a list). */
function reportedVerdicts(summary: ArgumentSummary): ReportedVerdict[] {
  const raw = (summary as { readonly verdict?: ReportedVerdict | readonly ReportedVerdict[] }).verdict;
  if (raw === undefined) return [];
  return Array.isArray(raw) ? [...(raw as readonly ReportedVerdict[])] : [raw as ReportedVerdict];
}

/** Ids of attacks (relation ids) or of claims, as the premises' claim ids. */
function asPremises(map: ArgumentMap, ids: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of ids) {
    const relation = map.relations().find((r) => r.id === id);
    if (relation === undefined) out.add(id);
    else for (const p of relation.from) out.add(p);
  }
  return [...out].sort();
}

/** Whether the map has any attack (then a summary owes a verdict). */
function hasAttacks(map: ArgumentMap): boolean {
  return map.relations().some((r) => r.type === "attack");
}

// ------------------------------------------------------------------ the corpus

describe("the reference corpus", () => {
  test("has at least 60 maps, in English and German, each with a reference and a README row", () => {
    expect(maps.length).toBeGreaterThanOrEqual(60);
    const readme = readFileSync(join(corpusDir, "README.md"), "utf8");
    const references = readdirSync(referenceDir).filter((f) => f.endsWith(".json"));
    for (const file of maps) {
      expect(readme, `${file} has no README row`).toMatch(new RegExp(`\\| \`${file.replace(/\./g, "\\.")}\` \\|`));
      expect(references, `${file} has no reference`).toContain(file.replace(/\.argmap\.json$/, ".json"));
    }
    for (const file of references) expect(maps, `${file} has no map`).toContain(file.replace(/\.json$/, ".argmap.json"));
    const languages = maps.map((f) => reference(f).language);
    expect(languages.filter((l) => l === "de").length).toBeGreaterThanOrEqual(20);
    expect(languages.filter((l) => l === "en").length).toBeGreaterThanOrEqual(20);
  });

  test("holds the kinds of maps that real summaries meet", () => {
    const loaded = maps.map((f) => [f, load(f)] as const);
    const count = (p: (map: ArgumentMap, file: string) => boolean): number => loaded.filter(([f, m]) => p(m, f)).length;
    // German maps that do not say their language (for detection).
    expect(count((m, f) => m.language === undefined && reference(f).language === "de")).toBeGreaterThanOrEqual(5);
    // Several roots and no thesis.
    expect(count((m) => m.thesis === undefined && m.roots().filter((c) => m.relations().some((r) => r.to === c.id)).length > 1)).toBeGreaterThanOrEqual(3);
    // Questions as theses.
    expect(count((m) => m.thesis !== undefined && /\?\s*$/.test(m.claim(m.thesis)?.text ?? ""))).toBeGreaterThanOrEqual(4);
    // Dialogues and debates with speakers, placeholders among them, and claims without one.
    const speakers = loaded.filter(([, m]) => m.participants.length > 0);
    expect(speakers.length).toBeGreaterThanOrEqual(8);
    expect(speakers.some(([, m]) => m.participants.some((p) => p.name === ""))).toBe(true);
    expect(speakers.some(([, m]) => m.participants.some((p) => /^unknown\b/i.test(p.name)))).toBe(true);
    expect(speakers.some(([, m]) => m.claims().some((c) => c.by === undefined))).toBe(true);
    // Undercuts, linked premises, several authors.
    expect(count((m) => m.relations().some((r) => m.relations().some((t) => t.id === r.to)))).toBeGreaterThanOrEqual(10);
    expect(count((m) => m.relations().some((r) => r.from.length > 1))).toBeGreaterThanOrEqual(10);
    expect(count((m) => m.participants.length >= 5)).toBeGreaterThanOrEqual(2);
    // Source texts with anchors, for the length limit and citations.
    expect(count((m) => sourceWords(m) > 0 && m.claims().some((c) => (c.anchors ?? []).length > 0))).toBeGreaterThanOrEqual(45);
  });
});

describe.each(maps)("%s", (file) => {
  const map = load(file);
  const limit = lengthLimit(map);
  // Read and summarized in the tests, so that a missing reference or a
  // summarizer that throws fails those tests, not the whole file.
  const ref = (): Reference => reference(file);
  let generated: { readonly summary: ArgumentSummary; readonly prose: string } | undefined;
  const summaryOf = (): { readonly summary: ArgumentSummary; readonly prose: string } => {
    if (generated === undefined) {
      const summary = summarize(map);
      generated = { summary, prose: toProse(summary, { width: 0 }) };
    }
    return generated;
  };

  describe("the reference", () => {
    test("names real claims, opens with the thesis and is in the map's language", () => {
      const r = ref();
      expect(r.map).toBe(file);
      for (const id of [...r.opening, ...Object.keys(r.verdict)]) expect(map.claim(id), `unknown claim ${id}`).toBeDefined();
      if (map.thesis !== undefined) expect(r.opening).toEqual([map.thesis]);
      expect(r.opening.length).toBeGreaterThan(0);
      if (map.language !== undefined) expect(r.language).toBe(map.language.slice(0, 2));
      const first = firstSentence(r.summary);
      const best = Math.max(...r.opening.map((id) => coverage(first, map.claim(id)!.text)));
      expect(best, `the first sentence does not state the opening claim: ${first}`).toBeGreaterThanOrEqual(0.6);
    });

    test("follows argmap's evaluation (grounded, bipolar view)", () => {
      const r = ref();
      expect(Object.keys(r.verdict).length).toBeGreaterThan(0);
      for (const [claim, expected] of Object.entries(r.verdict)) {
        expect(computedVerdict(map, claim), claim).toEqual({ status: expected.status, unanswered: [...expected.unanswered].sort() });
      }
    });

    test("is shorter than the limit, in sentences of at most 40 words, and trips no detector", () => {
      const r = ref();
      expect(wordsIn(r.summary)).toBeLessThanOrEqual(limit);
      for (const sentence of sentencesOf(r.summary)) expect(wordsIn(sentence), sentence).toBeLessThanOrEqual(40);
      expect(proseDefects(r.summary, r.language)).toEqual([]);
    });
  });

  describe("the generated summary", () => {
    test("opens with the thesis", () => {
      const { summary, prose } = summaryOf();
      const first = summary.roots[0];
      expect(first, "the summary has no root").toBeDefined();
      expect(ref().opening, `opens with ${first!.id}`).toContain(first!.id);
      const sentence = firstSentence(prose);
      expect(coverage(sentence, first!.text), `first sentence: ${sentence}`).toBeGreaterThanOrEqual(0.6);
    });

    test("is written in the map's language", () => {
      expect(summaryOf().summary.language).toBe(ref().language);
    });

    test("states the expected verdict", () => {
      const { summary } = summaryOf();
      const r = ref();
      const reported = reportedVerdicts(summary);
      if (hasAttacks(map)) expect(reported.length, "no verdict").toBeGreaterThan(0);
      for (const verdict of reported) {
        const expected = r.verdict[verdict.claim];
        expect(expected, `a verdict on ${verdict.claim}, which the reference does not judge`).toBeDefined();
        expect({ claim: verdict.claim, status: verdict.status, unanswered: asPremises(map, verdict.unanswered) }).toEqual({
          claim: verdict.claim,
          status: expected!.status,
          unanswered: [...expected!.unanswered].sort(),
        });
      }
      if (reported.length > 0) expect(reported.map((v) => v.claim)).toContain(summary.roots[0]!.id);
    });

    test("holds the length limit", () => {
      expect(wordsIn(proseBody(summaryOf().prose)), `limit ${limit}`).toBeLessThanOrEqual(limit);
    });

    test("trips no detector", () => {
      const { summary, prose } = summaryOf();
      const language = ref().language;
      expect(proseDefects(prose, language), "prose").toEqual([]);
      expect(outlineDefects(toKeyPoints(summary, { width: 0 }), summary, language), "key points").toEqual([]);
      expect(outlineDefects(toMarkdown(summary), summary, language), "Markdown").toEqual([]);
    });
  });
});

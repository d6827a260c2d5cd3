import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { argmap, loadArgumentMap, summarize } from "../../../src/index.js";
import { detectLanguage, languageVotes } from "../../../src/summarize/languages/detect.js";

const corpus = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "fixtures", "summarize", "corpus");

describe("detectLanguage", () => {
  test("tells English from German by a vote of stop words", () => {
    expect(detectLanguage(["The canteen should serve meat only twice a week.", "Many employees want to decide what they eat."])).toBe("en");
    expect(detectLanguage(["Die Kantine sollte nur noch zweimal pro Woche Fleisch anbieten.", "Viele Beschäftigte wollen selbst entscheiden, was sie essen."])).toBe("de");
  });

  test("words both languages share do not vote", () => {
    const votes = languageVotes(["in was also an so"]);
    expect([...votes.values()]).toEqual([0, 0]);
  });

  test("gives no answer on too few words or a close vote", () => {
    expect(detectLanguage([])).toBeUndefined();
    expect(detectLanguage(["Tempolimit!"])).toBeUndefined();
    expect(detectLanguage(["The tax and the cost.", "Die Steuer und die Kosten."])).toBeUndefined();
  });

  test("recognizes every map of the summary corpus without its language field (English by fallback when too short)", () => {
    const files = readdirSync(corpus).filter((f) => f.endsWith(".argmap.json"));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const document = JSON.parse(readFileSync(join(corpus, file), "utf8")) as { language?: string; claims: { text: string }[] };
      const expected = file.startsWith("de-") ? "de" : "en";
      // A map too short to vote falls back to English, which is right for the English ones.
      expect(detectLanguage(document.claims.map((c) => c.text)) ?? "en", file).toBe(expected);
    }
  });
});

describe("the summary's language", () => {
  const german = () => argmap("Notizen").thesis("t", "Die Steuern sollten sinken, weil das Wachstum schwach ist.").claim("r", "Die Firmen investieren nicht mehr.").support("r", "t").build();

  test("comes from the option first, then the document, then detection, then English", () => {
    expect(summarize(german(), { language: "en" })).toMatchObject({ language: "en", languageSource: "option" });
    expect(summarize(german())).toMatchObject({ language: "de", languageSource: "detected" });
    const tagged = loadArgumentMap({ ...german().toJSON(), version: "1.1", language: "en" });
    expect(summarize(tagged)).toMatchObject({ language: "en", languageSource: "document" });
    expect(summarize(argmap("x").thesis("t", "Tempolimit!").build())).toMatchObject({ language: "en", languageSource: "default" });
  });

  test("a document language argmap does not write falls back to detection", () => {
    const french = loadArgumentMap({ ...german().toJSON(), version: "1.1", language: "fr" });
    expect(summarize(french)).toMatchObject({ language: "de", languageSource: "detected" });
  });
});

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fromKialo, toKialo } from "../../src/formats/index.js";
import { ArgumentMap, argmap } from "../../src/index.js";
import { validDocument } from "../arbitraries.js";
import { documentOf, lineText, shape, structure } from "./helpers.js";
import { errorOf } from "../thrown.js";

const fixture = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "formats", "kialo", "city-cars.txt"), "utf8");

describe("fromKialo", () => {
  const { value: map, warnings } = fromKialo(fixture);

  test("reads the title, the thesis and one claim per numbered line", () => {
    expect(warnings).toEqual([]);
    expect(map.title).toBe("Should cities ban private cars from their centres?");
    expect(map.thesis).toBe("1");
    expect(map.claimCount).toBe(11);
    expect(map.claim("1.1.1.1")?.text).toBe("Brakes and tyres of electric cars still release fine particles (PM2.5).");
  });

  test("Pro lines support and Con lines attack their parent", () => {
    expect(map.relation("r1.1")).toMatchObject({ type: "support", from: ["1.1"], to: "1" });
    expect(map.relation("r1.3.1")).toMatchObject({ type: "attack", from: ["1.3.1"], to: "1.3" });
  });

  test("continuation lines join the claim above; Markdown escapes are removed", () => {
    expect(map.claim("1.1.2")?.text).toBe(
      "In Madrid, NO₂ levels fell by a fifth after the central low-emission zone opened.\nSee the city council's report: [Madrid Central](https://example.org/madrid-central).",
    );
    expect(map.claim("1.4.1")?.text).toMatch(/open \*where it is needed\*\.$/);
  });

  test("-> See links become relations from the linked claim", () => {
    expect(map.hasClaim("1.5")).toBe(false);
    expect(map.relation("r1.5")).toMatchObject({ type: "support", from: ["1.1.1.1"], to: "1" });
    expect(map.relation("r1.3.2.1")).toMatchObject({ type: "attack", from: ["1.4.1"], to: "1.3.2" });
  });

  test("several theses, links forward, and links under links", () => {
    const text = "Discussion Title: Two\n\n1. First\n1.1. Pro: -> See 2.1.\n1.1.1. Con: Against the linked claim\n2. Second\n2.1. Con: Shared\n";
    const { value } = fromKialo(text);
    expect(value.thesis).toBe("1");
    expect(value.roots().map((c) => c.id)).toEqual(["1", "2"]);
    expect(value.relations().map((r) => [r.type, r.from, r.to])).toEqual([
      ["support", ["2.1"], "1"],
      ["attack", ["1.1.1"], "2.1"],
      ["attack", ["2.1"], "2"],
    ]);
  });

  test("a title without claims is an empty map", () => {
    const { value } = fromKialo("Discussion Title: Nothing yet\n");
    expect(value.title).toBe("Nothing yet");
    expect(value.claimCount).toBe(0);
    expect(value.thesis).toBeUndefined();
  });

  test("accepts CRLF line ends and a byte-order mark", () => {
    const { value } = fromKialo("\uFEFFDiscussion Title: T\r\n\r\n1. A\r\n1.1. Pro: B\r\n");
    expect(value.claims().map((c) => c.text)).toEqual(["A", "B"]);
  });

  describe("bad input gives line and column", () => {
    test.each([
      ["text before the first claim", "Discussion Title: T\n\nhello\n1. A\n", "kialo-syntax", 3, 1],
      ["no title and no number", "hello\n", "kialo-syntax", 1, 1],
      ["empty text", "", "kialo-syntax", 1, 1],
      ["child without Pro or Con", "Discussion Title: T\n\n1. A\n1.1. B\n", "kialo-syntax", 4, 6],
      ["child before its parent", "Discussion Title: T\n\n1. A\n1.2.1. Pro: B\n", "kialo-numbering", 4, 1],
      ["number used twice", "Discussion Title: T\n\n1. A\n1.1. Pro: B\n1.1. Con: C\n", "kialo-numbering", 5, 1],
      ["link to a missing number", "Discussion Title: T\n\n1. A\n1.1. Pro: -> See 1.7.\n", "kialo-dangling-link", 4, 11],
      ["link to its own parent", "Discussion Title: T\n\n1. A\n1.1. Pro: -> See 1.\n", "inconsistent-structure", 4, 11],
      ["circle of links", "Discussion Title: T\n\n1. A\n1.1. Pro: -> See 1.2.\n1.2. Pro: -> See 1.1.\n", "kialo-dangling-link", 4, 11],
    ])("%s", (_name, text, code, line, column) => {
      const error = errorOf(() => fromKialo(text));
      expect(error.code).toBe(code);
      expect(error.issues[0]).toMatchObject({ line, column });
    });
  });
});

describe("toKialo", () => {
  test("writes the thesis first, pros and cons below, repeated claims as links", () => {
    const map = argmap("Lunch (today)")
      .claim("other", "An unrelated root.")
      .thesis("t", "We should get *pizza*.")
      .claim("a", "It is quick.")
      .claim("b", "Sam cannot eat cheese.")
      .support("a", "t")
      .attack("b", "t")
      .attack("b", "a")
      .build();
    const { value, warnings } = toKialo(map);
    expect(value).toBe(
      [
        "Discussion Title: Lunch \\(today\\)",
        "",
        "1. We should get *pizza*.",
        "1.1. Pro: It is quick.",
        "1.1.1. Con: Sam cannot eat cheese.",
        "1.2. Con: -> See 1.1.1.",
        "2. An unrelated root.",
        "",
      ].join("\n"),
    );
    expect(warnings.map((w) => w.code)).toEqual(["lost-id", "kialo-several-roots"]);
    expect(warnings[1]!.message).toMatch(/2 roots/);
  });

  test("reports linked premises, undercuts and supports of relations, and writes them as plain pros and cons", () => {
    const map = argmap("T").thesis("t", "T").claim("a", "A").claim("b", "B").claim("u", "U").claim("w", "W")
      .support(["a", "b"], "t", { id: "r1" }).attack("u", "r1").support("w", "r1").build();
    const { value, warnings } = toKialo(map);
    const kinds = warnings.filter((w) => w.code !== "lost-id");
    expect(kinds.map((w) => w.code)).toEqual(["lost-linked-premises", "lost-undercut", "lost-relation-support"]);
    expect(kinds[1]).toMatchObject({ path: ["relations", 1], severity: "warning" });
    expect(value).toContain("1.1.1. Con: U");
    expect(value).toContain("1.1.2. Pro: W");
    expect(value).toContain("1.2. Pro: B");
  });

  test("claims only on a cycle become further theses, with a warning", () => {
    const map = argmap("T").claim("a", "A").claim("b", "B").support("a", "b").support("b", "a").build();
    const { value, warnings } = toKialo(map);
    expect(warnings.map((w) => w.code).filter((c) => c !== "lost-id")).toEqual(["lost-cycle"]);
    expect(structure(fromKialo(value).value).relations).toEqual(structure(map).relations);
  });

  test("reports fields Kialo cannot hold", () => {
    const map = ArgumentMap.fromJSON({
      format: "argmap", version: 1, title: "T", description: "d", thesis: "a", sources: [],
      claims: [{ id: "a", text: "A", tags: ["x"], base: 0.2 }, { id: "b", text: "B\r\nC   ", note: "n" }],
      relations: [{ id: "r", type: "attack", from: ["b"], to: "a", weight: 0.4, scheme: "s", label: "l" }],
    });
    const codes = toKialo(map).warnings.map((w) => w.code).sort();
    expect(codes).toEqual(["lost-base", "lost-description", "lost-id", "lost-label", "lost-note", "lost-scheme", "lost-tags", "lost-weight", "text-changed"]);
  });

  test("property: maps of single-premise relations between claims survive Kialo → map", () => {
    const text = fc.array(fc.oneof(lineText(), fc.constant("")), { minLength: 1, maxLength: 3 }).map((lines) => lines.join("\n"));
    fc.assert(
      fc.property(shape({ linked: false, onRelations: false }), fc.array(text, { minLength: 8, maxLength: 8 }), lineText(), (s, texts, title) => {
        const doc = documentOf(title, s, (i) => `${texts[i]!.replace(/^\s+/, "")}\n~${i}`.replace(/^\n/, ""));
        const map = ArgumentMap.fromJSON(doc);
        const { value, warnings } = toKialo(map);
        expect(warnings.filter((w) => w.code !== "lost-cycle" && w.code !== "lost-id" && w.code !== "kialo-several-roots")).toEqual([]);
        const back = fromKialo(value).value;
        expect(structure(back)).toEqual(structure(map));
      }),
      { numRuns: 200 },
    );
  });

  test("property: any valid map is written as an export that reads back with every claim", () => {
    // What the export changes, each reported as text-changed: CR line ends,
    // white-space-only lines, trailing blank lines, a thesis's leading white space.
    const normal = (text: string): string => {
      const lines = text.replace(/\r\n?/g, "\n").split("\n").map((line, i) => (i > 0 && /^[ \t]*$/.test(line) ? "" : line));
      while (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
      return lines.join("\n").replace(/^[ \t]+/, "");
    };
    fc.assert(
      fc.property(validDocument({ maxSources: 0 }), (doc) => {
        const map = ArgumentMap.fromJSON(doc);
        const back = fromKialo(toKialo(map).value).value;
        expect(back.claimCount).toBe(map.claimCount);
        const texts = (m: ArgumentMap): string[] => m.claims().map((c) => normal(c.text)).sort();
        expect(texts(back)).toEqual(texts(map));
        expect(back.title).toBe(map.title.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, " ").replace(/^[ \t]+|[ \t]+$/g, ""));
      }),
      { numRuns: 200 },
    );
  });
});

describe("Kialo details", () => {
  test.each(["1.-1. Pro: x", "1..2. Con: y", "1.1.Pro: z"])("a broken number line %s is an error, not a continuation", (line) => {
    let code: string | undefined;
    try {
      fromKialo(`Discussion Title: T\n\n1. Thesis\n${line}\n`);
    } catch (error) {
      code = (error as { code?: string }).code;
    }
    expect(code).toBe("kialo-syntax");
  });

  test("a text line that starts with a decimal number is still a continuation", () => {
    const { value: map } = fromKialo("Discussion Title: T\n\n1. Thesis\n1.5 million people agree.\n");
    expect(map.claim("1")!.text).toBe("Thesis\n1.5 million people agree.");
  });

  test("a map whose ids are Kialo numbers keeps them and reports no lost ids", () => {
    const { value: map } = fromKialo("Discussion Title: T\n\n1. Thesis\n1.1. Pro: Reason\n");
    expect(toKialo(map).warnings).toEqual([]);
  });
});

describe("escaping as in Kialo's own exports", () => {
  // Shaped like Kialo's text export (CRLF, literal brackets and parentheses
  // escaped, links and emphasis written as they are); the strings are our own.
  const exported = [
    "Discussion Title: Should parks \\(in summer\\) close at night?",
    "",
    "1. Parks should close at midnight.",
    "1.1. Pro: Noise complaints rose by a third \\(see the [city report](https://example.org/noise-report)\\).",
    "1.1.1. Con: The report counts calls, not people: a few neighbours call 1\\) often and 2\\) at night.",
    "1.2. Con: People have a _right_ to use public space; closing it \\[at night\\] helps no one.",
    "1.2.1. Pro: Shift workers* use parks after work. \\[...\\] [Survey \\(2024\\)](https://example.org/survey#{\"page\":\\[3\\]})",
    "1.3. Pro: -> See 1.1.1.",
    "",
  ].join("\r\n");

  test("reading removes the escapes and keeps links and emphasis as they are", () => {
    const { value: map, warnings } = fromKialo(exported);
    expect(warnings).toEqual([]);
    expect(map.title).toBe("Should parks (in summer) close at night?");
    expect(map.claim("1.1")?.text).toBe("Noise complaints rose by a third (see the [city report](https://example.org/noise-report)).");
    expect(map.claim("1.1.1")?.text).toBe("The report counts calls, not people: a few neighbours call 1) often and 2) at night.");
    expect(map.claim("1.2")?.text).toBe("People have a _right_ to use public space; closing it [at night] helps no one.");
    expect(map.claim("1.2.1")?.text).toBe('Shift workers* use parks after work. [...] [Survey (2024)](https://example.org/survey#{"page":[3]})');
  });

  test("writing gives the export back line for line", () => {
    expect(toKialo(fromKialo(exported).value).value).toBe(exported.replace(/\r\n/g, "\n"));
  });

  test("a backslash is doubled, and a line that would read as a claim, a link or markup is escaped", () => {
    const texts = ["A path C:\\temp\\(old) and a literal \\*.", "Two steps:\n1. plan\n2. act\n1.2. Pro: not a claim\n-> See 1.\n# not a heading\n> not a quote", "[not a link] (x)"];
    const map = argmap("T").thesis("t", "Thesis").claim("a", texts[0]!).claim("b", texts[1]!).claim("c", texts[2]!).support("a", "t").attack("b", "t").support("c", "t").build();
    const { value } = toKialo(map);
    expect(value).toContain("1.1. Pro: A path C:\\\\temp\\\\\\(old\\) and a literal \\\\*.");
    expect(value).toContain("\n1\\. plan\n2\\. act\n1\\.2. Pro: not a claim\n\\-> See 1.\n\\# not a heading\n\\> not a quote\n");
    expect(value).toContain("1.3. Pro: \\[not a link\\] \\(x\\)");
    const back = fromKialo(value).value;
    expect(back.claims().map((c) => c.text)).toEqual(["Thesis", ...texts]);
  });
});

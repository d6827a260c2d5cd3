/**
 * Argdown read as Argdown means it (issue 22 items 1–3 and 5): an argument
 * listed under its own conclusion, the version the reader writes, the thesis
 * an Argdown user would see, recovery from parser errors, deep and odd
 * documents, and tabs after escaped characters.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { argdownApplication, argdownDocument } from "../../src/formats/argdown/from-argdown.js";
import { fromArgdown, toArgdown } from "../../src/formats/argdown/index.js";
import { ArgumentMap, parseArgumentMap } from "../../src/index.js";
import { asyncErrorOf as errorOf } from "../thrown.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "formats");
const read = (path: string): string => readFileSync(join(fixtures, path), "utf8");
const codes = (warnings: readonly { code: string }[]): string[] => warnings.map((w) => w.code);

describe("an argument listed under its own conclusion", () => {
  const DOOM = "[Doom]: Society is doomed.\n  + <Immigration>\n  + <Islam>\n\n<Immigration>\n\n(1) Immigration threatens society.\n(2) A threatened society is doomed.\n----\n(3) [Doom]\n\n<Islam>\n\n(1) Islam threatens society.\n----\n(2) Society is doomed.\n";

  test("the relation runs from the argument's premises to the statement, never from the statement to itself", async () => {
    const { value: map, warnings } = await fromArgdown(DOOM);
    expect(map.relations().map((r) => [r.id, r.type, [...r.from], r.to])).toEqual([
      ["Immigration", "support", ["Untitled 1", "Untitled 2"], "Doom"],
      ["Islam", "support", ["Untitled 3"], "Doom"],
    ]);
    // The untitled conclusion of <Islam> has [Doom]'s text: it is [Doom].
    expect(codes(warnings)).toEqual(["argdown-joined-statement"]);
    expect(map.thesis).toBe("Doom");
  });

  test("the Argdown project's Populism example reads, without a self-relation, as a valid format 1.1 map", async () => {
    const { value: map, warnings } = await fromArgdown(read("real/populism-core-argument.argdown"));
    for (const relation of map.relations()) expect(relation.from).not.toContain(relation.to);
    expect(codes(warnings)).not.toContain("argdown-self-relation");
    // The nine arguments listed under [Nemesis] are nine supports of it, from their premises.
    expect(map.relationsTo("Nemesis").filter((r) => r.type === "support").map((r) => r.id).sort()).toEqual(
      ["Crime", "Culture", "Demography", "Globalization", "Healthcare System", "Immigration", "Injustice", "Innovation", "Islam"].sort(),
    );
    expect(map.formatVersion).toBe("1.1");
    expect(parseArgumentMap(JSON.parse(JSON.stringify(map.toJSON()))).ok).toBe(true);
  });

  test("an attack of an argument on its own conclusion is left out: silently by @argdown/core, with a warning by argmap", async () => {
    // @argdown/core itself drops the relation when the conclusion is [C] …
    const titled = await fromArgdown("[C]: c\n  - <A>\n\n<A>\n\n(1) p\n----\n(2) [C]\n");
    expect(titled.value.relations().map((r) => [r.type, [...r.from], r.to])).toEqual([["support", ["Untitled 1"], "C"]]);
    // … and keeps it when the conclusion is an untitled statement with [C]'s text, which argmap joins to [C].
    const { value: map, warnings } = await fromArgdown("[C]: c\n  - <A>\n\n<A>\n\n(1) p\n----\n(2) c\n");
    expect(map.relations().map((r) => [r.type, [...r.from], r.to])).toEqual([["support", ["Untitled 1"], "C"]]);
    expect(codes(warnings)).toEqual(["argdown-joined-statement", "argdown-self-relation"]);
  });
});

describe("what a statement holds besides its text", () => {
  test("links keep their targets and YAML data is kept, in meta.argdown", async () => {
    const source = "[A]: see [here](https://x.org/a) {sources: [a, b], date: 2018-10-19}\n\n<B>: desc [l](u) {k: 1}\n\n(1) p\n--\nrule {uses: [1], logic: [x]}\n--\n(2) c\n";
    const { value: map, warnings } = await fromArgdown(source);
    expect(map.claim("A")).toMatchObject({ text: "see here", meta: { argdown: { links: [{ text: "here", url: "https://x.org/a" }], data: { sources: ["a", "b"], date: "2018-10-19T00:00:00.000Z" } } } });
    expect(map.relation("B")!.meta).toEqual({ argdown: { links: [{ text: "l", url: "u" }], data: { k: 1 }, inference: { uses: [1], logic: ["x"] } } });
    expect(codes(warnings)).toEqual(["argdown-data-changed"]);
    expect(parseArgumentMap(JSON.parse(JSON.stringify(map.toJSON()))).ok).toBe(true);
  });

  test("the Populism example's link keeps its address", async () => {
    const { value: map } = await fromArgdown(read("real/populism-core-argument.argdown"));
    const intro = map.claims().find((c) => c.text.startsWith("This is a recontruction"))!;
    expect(intro.meta?.argdown).toMatchObject({ links: [{ text: "here", url: "https://forum-streitkultur.de/wie-argumentieren-rechtspopulisten/" }] });
  });

  test("data JSON cannot hold is changed, with a warning, and stays valid meta", async () => {
    const { value: map, warnings } = await fromArgdown("[A]: a {inf: .inf, loop: &x [1, *x]}\n");
    expect(map.claim("A")!.meta).toEqual({ argdown: { data: { inf: "Infinity", loop: [1, null] } } });
    expect(codes(warnings)).toEqual(["argdown-data-changed"]);
  });
});

describe("the format version the reader writes", () => {
  async function documentOf(source: string): Promise<ReturnType<typeof argdownDocument>["document"]> {
    const app = await argdownApplication();
    return argdownDocument(app.run({ input: source, process: ["parse-input", "build-model"], logLevel: "none" })).document;
  }

  test("1.1 when claims have titles, and the document validates as written", async () => {
    const document = await documentOf("[A]: a\n  + [B]: b\n");
    expect(document.version).toBe("1.1");
    expect(parseArgumentMap(document).ok).toBe(true);
  });

  test("1 when nothing needs 1.1", async () => {
    const document = await documentOf("a\n  + b\n");
    expect(document.version).toBe(1);
    expect(parseArgumentMap(document).ok).toBe(true);
  });

  test("1.1 with the front matter's language", async () => {
    const { value: map, warnings } = await fromArgdown("===\nlanguage: de\n===\n\nDer Himmel ist blau.\n");
    expect(map.language).toBe("de");
    expect(map.formatVersion).toBe("1.1");
    expect(warnings).toEqual([]);
  });

  test("a language that is no BCP 47 tag is left out, with a warning", async () => {
    const { value: map, warnings } = await fromArgdown("===\nlang: not a language\n===\n\nText.\n");
    expect(map.language).toBeUndefined();
    expect(codes(warnings)).toEqual(["lost-language"]);
  });
});

describe("the title", () => {
  test("the front matter's title, else the one top-level heading before every statement", async () => {
    expect((await fromArgdown("===\ntitle: T\n===\n\n# Heading\n\n[A]: a\n")).value.title).toBe("T");
    expect((await fromArgdown("# Welcome #intro\n\n[A]: a\n")).value.title).toBe("Welcome");
    expect((await fromArgdown("[A]: a\n\n# Later\n\n[B]: b\n")).value.title).toBe("");
    expect((await fromArgdown("# One\n\n[A]: a\n\n# Two\n\n[B]: b\n")).value.title).toBe("");
    expect((await fromArgdown(read("real/argdown-primer.argdown"))).value.title).toBe("❤ Welcome to Argdown! ❤");
  });

  test("an untitled map written by toArgdown comes back untitled", async () => {
    const map = ArgumentMap.fromJSON({ format: "argmap", version: 1, title: "", sources: [], claims: [], relations: [] });
    expect((await fromArgdown(toArgdown(map).value)).value.title).toBe("");
  });
});

describe("which statement is the thesis", () => {
  test("semmelweis_betz (strict mode, three rival hypotheses): no thesis, several roots, no observation promoted", async () => {
    for (const file of ["real/semmelweis-betz.argdown", "argdown/core-tests/semmelweis_betz.argdown"]) {
      const { value: map } = await fromArgdown(read(file));
      expect(map.thesis).toBeUndefined();
      expect(map.roots().length).toBeGreaterThan(1);
      // Contrariness between the rivals: attacks both ways.
      const attacks = (a: string, b: string): boolean => map.relations().some((r) => r.type === "attack" && r.from.length === 1 && r.from[0] === a && r.to === b);
      const rivals = ["Epidemic Influence Hypothesis", "Rough Examination Hypothesis", "Cadavric Substance Hypothesis"];
      for (const a of rivals) for (const b of rivals) if (a !== b) expect(attacks(a, b), `${a} -> ${b}`).toBe(true);
    }
  });

  test("the front matter decides, and `thesis: null` says there is none", async () => {
    const source = "[A]: a\n  + [B]: b\n";
    expect((await fromArgdown(source)).value.thesis).toBe("A");
    expect((await fromArgdown(`===\nthesis: B\n===\n\n${source}`)).value.thesis).toBe("B");
    expect((await fromArgdown(`===\nthesis: null\n===\n\n${source}`)).value.thesis).toBeUndefined();
  });

  test("a statement tagged or titled as the main thesis wins over the conclusion most arguments lead to", async () => {
    const body = "[Big]: big\n  + [P1]: p1\n  + [P2]: p2\n  + [P3]: p3\n\n";
    expect((await fromArgdown(`${body}[Small]: small #(main thesis)\n  + [Q]: q\n`)).value.thesis).toBe("Small");
    expect((await fromArgdown(`${body}[Thesis]: small\n  + [Q]: q\n`)).value.thesis).toBe("Thesis");
    // Two statements marked as the thesis: unclear, no thesis.
    expect((await fromArgdown(`${body}[S1]: one #thesis\n\n[S2]: two #thesis\n`)).value.thesis).toBeUndefined();
  });

  test("else the conclusion most arguments lead to (through the whole tree), or none when two tie", async () => {
    expect((await fromArgdown("[T]: t\n  + [A]: a\n    + [A1]: a1\n    - [A2]: a2\n\n[U]: u\n  + [B]: b\n  + [C]: c\n")).value.thesis).toBe("T");
    expect((await fromArgdown("[T]: t\n  + [A]: a\n\n[U]: u\n  + [B]: b\n")).value.thesis).toBeUndefined();
    // A statement nothing leads to is no thesis.
    expect((await fromArgdown("[T]: t\n\n[U]: u\n")).value.thesis).toBeUndefined();
  });

  test("an observation is never promoted: by tag, title or heading, or when rival premises both conclude it", async () => {
    expect((await fromArgdown("[E]: seen #evidence\n  + [P1]: p1\n  + [P2]: p2\n")).value.thesis).toBeUndefined();
    expect((await fromArgdown("# Observations\n\n[E]: seen\n  + [P1]: p1\n  + [P2]: p2\n")).value.thesis).toBeUndefined();
    const rivals = "===\nmodel:\n  mode: strict\n===\n\n[H1]: one\n  - [H2]: two\n\n<X1>\n\n(1) [H1]\n----\n(2) [E]: seen\n\n<X2>\n\n(1) [H2]\n----\n(2) [E]\n";
    const { value: map } = await fromArgdown(rivals);
    expect(map.thesis).toBeUndefined();
    expect(map.relationsTo("E")).toHaveLength(2);
  });

  test("maps written by toArgdown keep having no thesis", async () => {
    const map = ArgumentMap.fromJSON({ format: "argmap", version: 1, title: "", sources: [], claims: [{ id: "a", text: "A" }, { id: "b", text: "B" }], relations: [{ id: "r", type: "support", from: ["b"], to: "a" }] });
    expect((await fromArgdown(toArgdown(map).value)).value.thesis).toBeUndefined();
  });
});

describe("recovering as @argdown/core recovers", () => {
  test("content right after the front matter: read, with one warning at the line and column of the parser error", async () => {
    const { value: map, warnings } = await fromArgdown(read("argdown/syntax/01.argdown"));
    expect(map.claims().map((c) => c.text)).toContain("This is a statement.");
    expect(map.claims()).toHaveLength(8);
    expect(warnings).toEqual([expect.objectContaining({ code: "argdown-syntax", severity: "warning", line: 7, column: 1 })]);
  });

  test("every statement text @argdown/core holds is in the map, across the syntax examples that have parser errors", async () => {
    const app = await argdownApplication();
    let recovered = 0;
    for (let i = 1; i <= 63; i++) {
      const source = read(`argdown/syntax/${String(i).padStart(2, "0")}.argdown`);
      const model = app.run({ input: source, process: ["parse-input", "build-model"], logLevel: "none" }) as { parserErrors?: unknown[]; statements: Record<string, { members: { text?: string; isReference?: boolean }[] }> };
      if ((model.parserErrors ?? []).length === 0) continue;
      recovered++;
      const { value: map, warnings } = await fromArgdown(source);
      expect(warnings.filter((w) => w.code === "argdown-syntax")).toHaveLength(model.parserErrors!.length);
      const texts = new Set(map.claims().flatMap((c) => [c.text, ...(((c.meta?.argdown as { wordings?: string[] } | undefined)?.wordings) ?? [])]).map((t) => t.replace(/\s+/g, " ")));
      for (const statement of Object.values(model.statements)) {
        for (const member of statement.members) {
          if (member.isReference === true || !member.text?.trim()) continue;
          const text = member.text.replace(/#\([^)]*\)|#[\p{L}\p{N}_-]+/gu, " ").replace(/\s+/g, " ").trim();
          expect([...texts].some((t) => t.trim() === text), `${i}: ${text}`).toBe(true);
        }
      }
    }
    expect(recovered).toBe(43);
  });

  test("more than 200 parser errors: the first 200 are listed, one more warning counts the rest", async () => {
    let source = "";
    for (let i = 0; i < 250; i++) source += `[A${i}]: x\n  <B${i}>: y\n\n`;
    const { value: map, warnings } = await fromArgdown(source);
    expect(map.claims()).toHaveLength(250);
    expect(warnings).toHaveLength(201);
    expect(warnings[200]!.message).toMatch(/^50 more syntax errors/);
  });

  test("a document @argdown/core cannot model is refused with its parser errors", async () => {
    const error = await errorOf(() => fromArgdown("a\n\n    + b"));
    expect(error.issues).toEqual([expect.objectContaining({ code: "argdown-syntax", severity: "error", line: 3, column: 1 })]);
  });

  test.each([
    ["the front matter", "===\ntitle: [unclosed\n===\n\n[A]: a\n", 3, 1],
    ["an inline data element", "[A]: a\n\n[B]: b {x: [1, 2}\n\n[C]: c\n", 3, 17],
    ["a block data element", "[A]: a\n\n[B] {\nx: [1, 2\ny: 3\n}\n", 5, 1],
  ])("invalid YAML in %s (which @argdown/core drops silently, with its model) is one located error", async (_, source, line, column) => {
    const error = await errorOf(() => fromArgdown(source));
    expect(error.issues).toEqual([expect.objectContaining({ code: "argdown-syntax", line, column })]);
    expect(error.message).toMatch(/not valid YAML/);
  });
});

describe("deep documents", () => {
  // Two spaces a level up to 300; a tab a level beyond (10,000 levels are still 50 MB of indentation).
  const indent = (depth: number, level: number): string => (depth > 300 ? "\t" : "  ").repeat(level);
  const relations = (depth: number): string => ["[A]: root", ...Array.from({ length: depth }, (_, i) => `${indent(depth, i + 1)}+ [S${i + 1}]: s${i + 1}`)].join("\n");
  const list = (depth: number): string => Array.from({ length: depth }, (_, i) => `${indent(depth, i)}* item ${i}`).join("\n");

  test("relations nested 200 levels deep (the documented bound) are read", async () => {
    const { value: map } = await fromArgdown(relations(200));
    expect(map.claims()).toHaveLength(201);
    expect(map.relations()).toHaveLength(200);
  });

  test.each([
    ["relations nested 201 levels", relations(201), 201, 202],
    ["relations nested 300 levels", relations(300), 300, 301],
    ["relations nested 10,000 levels", relations(10_000), 10_000, 10_001],
    ["a list nested 300 levels", list(300), 300, 300],
    ["a list nested 10,000 levels", list(10_000), 10_000, 10_000],
  ])("%s: one argdown-syntax error naming the depth and its line", async (_, source, depth, line) => {
    const error = await errorOf(() => fromArgdown(source));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ code: "argdown-syntax", line });
    expect(error.message).toContain(`${depth} levels deep`);
    expect(error.message).toContain("up to 200 levels");
  });
});

describe("tabs after escaped characters (issue 22 item 5)", () => {
  test.each(["a{\tb", "a*\tb", "a(\tb", "a%\tb", "a{\t\tb", "a\\\tb", "a{ \t b"])("%j round-trips", async (text) => {
    const map = ArgumentMap.fromJSON({ format: "argmap", version: 1, title: "", sources: [], claims: [{ id: "a", text }, { id: "b", text: `b${text}` }], relations: [{ id: "r", type: "support", from: ["b"], to: "a", label: text, scheme: text }] });
    const { value, warnings } = toArgdown(map);
    expect(codes(warnings)).not.toContain("text-changed");
    const back = (await fromArgdown(value)).value;
    expect(back.claim("a")!.text).toBe(text);
    expect(back.claim("b")!.text).toBe(`b${text}`);
    expect(back.relation("r")).toMatchObject({ label: text, scheme: text });
  });

  test("property: texts of punctuation, tabs and spaces come back exactly, or a text-changed warning says they did not", async () => {
    const piece = fc.oneof(fc.constantFrom("{", "*", "(", "%", "\\", "#", "[", "]", "<", ">", "_", ":", ".", "-", "/", "@", "a", "é", "論"), fc.constantFrom("\t", " ", "\t\t", " \t", "\t "));
    const text = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => `x${parts.join("")}y`);
    await fc.assert(
      fc.asyncProperty(text, text, async (a, label) => {
        const map = ArgumentMap.fromJSON({ format: "argmap", version: 1, title: "", sources: [], claims: [{ id: "a", text: a }, { id: "b", text: "B" }], relations: [{ id: "r", type: "support", from: ["b"], to: "a", label, scheme: label }] });
        const { value, warnings } = toArgdown(map);
        const back = (await fromArgdown(value)).value;
        const same = back.claim("a")!.text === a && back.relation("r")!.label === label && back.relation("r")!.scheme === label;
        expect(same || codes(warnings).includes("text-changed")).toBe(true);
        expect(same).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

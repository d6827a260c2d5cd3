/** Argdown without silent loss (issue 12 item 1) and its junk and hostile titles (issue 13). */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fromArgdown, fromArgdownResponse } from "../../src/formats/argdown/index.js";
import { argdownApplication } from "../../src/formats/argdown/from-argdown.js";
import { asyncErrorOf as errorOf } from "../thrown.js";

const codes = (warnings: readonly { code: string }[]): string[] => warnings.map((w) => w.code);

describe("tags leave the words around them as they were", () => {
  test.each([
    ["[A]: a normal statement with bold and italic text, a #tag and a link", "a normal statement with bold and italic text, a and a link", ["tag"]],
    ["[B]: getötet werden #(test test) -- nicht nur", "getötet werden -- nicht nur", ["test test"]],
    ["[C]: Cars pollute #env.", "Cars pollute.", ["env"]],
    ["[D]: #first Cars pollute", "Cars pollute", ["first"]],
    ["[E]: Cars #a #b pollute", "Cars pollute", ["a", "b"]],
    ["[F]: Cars pollute #last", "Cars pollute", ["last"]],
  ])("%s", async (source, text, tags) => {
    const { value: map } = await fromArgdown(`${source}\n`);
    const claim = map.claims()[0]!;
    expect(claim.text).toBe(text);
    expect(claim.tags).toEqual(tags);
  });
});

describe("every wording is kept", () => {
  test("a statement defined twice: canonical text, the other wording in meta, a warning", async () => {
    const { value: map, warnings } = await fromArgdown("[C]: first wording\n\n[C]: second wording\n");
    const claim = map.claim("C")!;
    expect(claim.text).toBe("second wording");
    expect(claim.meta).toEqual({ argdown: { wordings: ["first wording"] } });
    expect(codes(warnings)).toEqual(["argdown-wordings"]);
    expect(warnings[0]!.path).toEqual(["claims", 0]);
  });

  test("the same wording twice is no second wording", async () => {
    const { value: map, warnings } = await fromArgdown("[C]: same\n\n[C]: same\n");
    expect(map.claim("C")!.meta).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  test("an argument described twice keeps both descriptions", async () => {
    const source = "<A>: first description\n\n<A>: second description\n\n(1) p\n----\n(2) c\n";
    const { value: map, warnings } = await fromArgdown(source);
    const relation = map.relation("A")!;
    expect(relation.label).toBe("second description");
    expect(relation.meta).toEqual({ argdown: { wordings: ["first description"] } });
    expect(codes(warnings)).toContain("argdown-wordings");
  });
});

describe("untitled conclusions join the titled statement with their text", () => {
  test("the conclusion becomes the titled claim, with a warning", async () => {
    const { value: map, warnings } = await fromArgdown("[T]: Thesis.\n\n<A1>\n\n(1) p\n----\n(2) Thesis.\n");
    expect(map.claims().map((c) => c.text)).toEqual(["Thesis.", "p"]);
    expect(map.relation("A1")!.to).toBe("T");
    expect(codes(warnings)).toEqual(["argdown-joined-statement"]);
  });

  test("a different text stays its own claim", async () => {
    const { value: map, warnings } = await fromArgdown("[T]: Thesis.\n\n<A1>\n\n(1) p\n----\n(2) Another.\n");
    expect(map.claims()).toHaveLength(3);
    expect(warnings).toEqual([]);
  });
});

describe("sections go into meta.argdown.section", () => {
  test("the headings from the outermost down", async () => {
    const { value: map, warnings } = await fromArgdown("# Section one\n\n[D]: in section\n\n## Sub\n\n[E]: e text\n\n# Two\n\n<Arg>: an argument\n");
    expect(map.claim("D")!.meta).toEqual({ argdown: { section: ["Section one"] } });
    expect(map.claim("E")!.meta).toEqual({ argdown: { section: ["Section one", "Sub"] } });
    expect(map.claim("Arg")!.meta).toEqual({ argdown: { argument: "Arg", section: ["Two"] } });
    expect(warnings).toEqual([]);
  });

  test("a statement outside any heading has no section", async () => {
    const { value: map } = await fromArgdown("[D]: no heading\n");
    expect(map.claim("D")!.meta).toBeUndefined();
  });
});

describe("an undercut aimed at a statement", () => {
  test("becomes an attack, with a warning", async () => {
    const { value: map, warnings } = await fromArgdown("[S]: stmt\n  _> [C]: other\n");
    expect(map.relations().map((r) => [r.type, r.from, r.to])).toEqual([["attack", ["S"], "C"]]);
    expect(codes(warnings)).toEqual(["argdown-undercut-statement"]);
  });
});

describe("titles named like Object.prototype members (issue 13 item 8)", () => {
  test("__proto__, constructor, toString and hasOwnProperty survive with their relations", async () => {
    const source = "[__proto__]: Proto.\n  + [constructor]: Cons.\n  - [toString]: Ts.\n\n[hasOwnProperty]: H.\n  + [__proto__]\n\n<valueOf>\n\n(1) [toString]\n----\n(2) [hasOwnProperty]\n\n===\n";
    const { value: map } = await fromArgdown(source.replace("\n\n===\n", "\n"));
    expect(map.claims().map((c) => [c.id, c.text])).toEqual([
      ["__proto__", "Proto."],
      ["constructor", "Cons."],
      ["toString", "Ts."],
      ["hasOwnProperty", "H."],
    ]);
    expect(map.relations().map((r) => [r.type, [...r.from], r.to]).sort()).toEqual(
      [
        ["support", ["toString"], "hasOwnProperty"],
        ["support", ["constructor"], "__proto__"],
        ["attack", ["toString"], "__proto__"],
        ["support", ["__proto__"], "hasOwnProperty"],
      ].sort(),
    );
    expect(map.relation("valueOf")).toBeDefined();
  });

  test("the front matter thesis may be such a title", async () => {
    const { value: map } = await fromArgdown('===\nthesis: "constructor"\n===\n\n[constructor]: C.\n  + [toString]: T.\n');
    expect(map.thesis).toBe("constructor");
  });
});

describe("junk gives one clear error", () => {
  test.each([
    ["an empty file", "", 1],
    ["only white space", "  \n\t\n", 1],
    ["binary bytes", "PK\u0003\u0004\u0000\u0000", 1],
    ["a lone surrogate", "[A]: caf\uD800\n", 1],
    ["JSON in no known format", '{"hello": "world"}', 1],
  ])("%s", async (_, source, line) => {
    const error = await errorOf(() => fromArgdown(source));
    expect(error.issues).toHaveLength(1);
    expect(error.code).toBe("argdown-syntax");
    expect(error.issues[0]!.line).toBe(line);
  });

  test("parser messages are cut to their first line", async () => {
    const { warnings } = await fromArgdown("[A]: x\n  <B>: y\n");
    expect(warnings).toEqual([expect.objectContaining({ code: "argdown-syntax", line: 2, column: 3 })]);
    for (const found of warnings) expect(found.message).not.toContain("\n");
  });

  test.each([
    ["an unclosed statement title", "[A]: fine\n\n[B: never closed\n", "[B: never closed", 3, 1],
    ["an unclosed argument title", "<A never closed\n", "<A never closed", 1, 1],
    ["an unclosed title after a relation", "[A]: fine\n  + [B never closed\n", "[B never closed", 2, 5],
  ])("%s is read as @argdown/core reads it (as text), with a warning at its line", async (_, source, text, line, column) => {
    const { value: map, warnings } = await fromArgdown(source);
    expect(map.claims().map((c) => c.text)).toContain(text);
    expect(warnings).toEqual([expect.objectContaining({ code: "argdown-syntax", severity: "warning", line, column })]);
  });

  test("a BOM is not junk", async () => {
    const { value: map } = await fromArgdown("\uFEFF[A]: text\n");
    expect(map.claim("A")!.text).toBe("text");
  });
});

describe("an argdown json export", () => {
  const SOURCE = "===\ntitle: Cars\nthesis: T\n===\n\n# Main\n\n[T]: Ban cars. #policy\n  + [P]: Air gets cleaner.\n  - <Shops>: Shops lose customers.\n\n<Health>\n\n(1) [P]\n(2) Clean air is healthy.\n----\n(3) [T]\n  <_ [Exempt]: Exemptions.\n\n[P]\n  >< [Q]: Air is clean already.\n";

  async function exported(): Promise<string> {
    const core = await import("@argdown/core");
    const app = new core.ArgdownApplication();
    app.addPlugin(new core.ParserPlugin(), "parse-input");
    app.addPlugin(new core.DataPlugin(), "build-model");
    app.addPlugin(new core.ModelPlugin(), "build-model");
    app.addPlugin(new core.JSONExportPlugin(), "export-json");
    const response = app.run({ input: SOURCE, process: ["parse-input", "build-model", "export-json"], logLevel: "none" }) as { json?: string };
    return response.json!;
  }

  test("reads as the same claims and relations as the source, through fromArgdown and fromArgdownResponse", async () => {
    const json = await exported();
    const direct = await fromArgdown(SOURCE);
    const viaText = await fromArgdown(json);
    const viaValue = fromArgdownResponse(JSON.parse(json));
    // The export has no front matter (title, thesis): everything else is the same.
    for (const other of [viaText, viaValue]) {
      expect(other.value.toJSON().claims).toEqual(direct.value.toJSON().claims);
      expect(other.value.toJSON().relations).toEqual(direct.value.toJSON().relations);
      expect(codes(other.warnings)).toEqual(codes(direct.warnings));
    }
    expect(direct.value.relations()).toHaveLength(6);
    expect(direct.value.claim("T")!.meta).toEqual({ argdown: { section: ["Main"] } });
  });

  test("the model response still reads", async () => {
    const app = await argdownApplication();
    const response = app.run({ input: SOURCE, process: ["parse-input", "build-model"], logLevel: "none" });
    expect(fromArgdownResponse(response).value.relations()).toHaveLength(6);
  });

  test("invalid JSON that looks like an export is one clear error", async () => {
    const error = await errorOf(() => fromArgdown('{"statements": {}, "arguments": {}, '));
    expect(error.code).toBe("argdown-syntax");
  });
});

describe("Argdown round trips over arbitrary strings (issue 13 item 9)", () => {
  const oneLine = (text: string): string =>
    text
      .replace(/\s*(?:\r\n|\r|\n)\s*/g, " ")
      .trim()
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
  const text = fc.string({ unit: "binary", maxLength: 40 });
  const nonEmpty = text.filter((t) => oneLine(t) !== "");
  const id = fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 });

  test("property: texts, labels, schemes, tags and ids come back (texts made one line)", async () => {
    const { toArgdown } = await import("../../src/formats/argdown/index.js");
    const { ArgumentMap } = await import("../../src/index.js");
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(id, { minLength: 3, maxLength: 3 }), nonEmpty, nonEmpty, text, text, fc.constantFrom("support", "attack"), async ([a, b, r], ta, tb, label, scheme, type) => {
        const map = ArgumentMap.fromJSON({
          format: "argmap",
          version: 1,
          title: "T",
          sources: [],
          claims: [
            { id: a!, text: ta },
            { id: b!, text: tb },
          ],
          relations: [{ id: r!, type, from: [b!], to: a!, label, scheme }],
        });
        const back = (await fromArgdown(toArgdown(map).value)).value;
        expect(back.claims().map((c) => [c.id, c.text])).toEqual([
          [a, oneLine(ta)],
          [b, oneLine(tb)],
        ]);
        const relation = back.relations()[0]!;
        expect(relation.id).toBe(r);
        expect(relation.type).toBe(type);
        expect(relation.label).toBe(oneLine(label) === "" ? undefined : oneLine(label));
        expect(relation.scheme).toBe(oneLine(scheme) === "" ? undefined : oneLine(scheme));
      }),
      { numRuns: 150 },
    );
  });

  test("ids and titles holding line or paragraph separators (U+2028, U+2029, NEL) come back", async () => {
    const { toArgdown } = await import("../../src/formats/argdown/index.js");
    const { ArgumentMap } = await import("../../src/index.js");
    const ids = ["a\u2028b", "c\u2029d", "e\u0085f"];
    const map = ArgumentMap.fromJSON({
      format: "argmap",
      version: 1,
      title: "Title\u2028with a separator",
      sources: [],
      claims: [
        { id: ids[0]!, text: "First claim." },
        { id: ids[1]!, text: "Second claim." },
      ],
      relations: [{ id: ids[2]!, type: "support", from: [ids[1]!], to: ids[0]!, label: "because" }],
    });
    const text = toArgdown(map).value;
    expect(text).not.toMatch(/[\u0085\u2028\u2029]/);
    const back = (await fromArgdown(text)).value;
    expect(back.claims().map((c) => [c.id, c.text])).toEqual([
      [ids[0], "First claim."],
      [ids[1], "Second claim."],
    ]);
    expect(back.relations().map((r) => r.id)).toEqual([ids[2]]);
    expect(back.title).toBe("Title\u2028with a separator");
  });

  test("a scheme with a URL and escaped dashes survives", async () => {
    const { toArgdown } = await import("../../src/formats/argdown/index.js");
    const { argmap } = await import("../../src/index.js");
    const map = argmap("T").thesis("t", "A").claim("p", "B").support(["p"], "t", { id: "r", scheme: "see https://example.org/x \\- y -- z" }).build();
    const back = (await fromArgdown(toArgdown(map).value)).value;
    expect(back.relation("r")!.scheme).toBe("see https://example.org/x \\- y -- z");
  });
});

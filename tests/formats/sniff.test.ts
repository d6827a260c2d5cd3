import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { sniffFormat } from "../../src/formats/sniff.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "formats");
const fixture = (path: string): string => readFileSync(join(fixtures, path), "utf8");

const SADFACE = `{
  "edges": [{ "id": "e1", "source_id": "a", "target_id": "s" }],
  "metadata": { "core": { "analyst_name": "A User", "version": "0.2" } },
  "nodes": [{ "id": "a", "type": "atom", "text": "It rains.", "sources": [], "metadata": {} }],
  "resources": []
}`;
const SADFACE_OLD = `{"analyst_name": "A", "created": "2017-07-11T16:32:36", "edges": [{"id": "e", "source_id": "a", "target_id": "b"}], "nodes": []}`;
const OVA = `{"nodes": [{"id": 1, "x": 0, "y": 0, "text": "It rains.", "type": "I"}], "edges": [{"from": {"id": 1}, "to": {"id": 2}, "visible": true}], "participants": [], "analysis": {"txt": ""}}`;
const OVA_NO_ANALYSIS = `{"nodes": [], "edges": [{"from": {"id": 1, "text": "a"}, "to": {"id": 2}}]}`;
const ARGGRAPH = `<?xml version='1.0' encoding='UTF-8'?>\n<!-- a comment -->\n<arggraph id="t1" topic_id="cars" stance="pro">\n  <edu id="e1"><![CDATA[Cars pollute.]]></edu>\n</arggraph>\n`;

describe("sniffFormat", () => {
  describe("by file name", () => {
    test.each([
      ["debate.argdown", "argdown"],
      ["debate.AD", "argdown"],
      ["map.argmap.json", "argmap"],
      ["x.aif.json", "aif"],
      ["x.xaif.json", "aif"],
      ["x.sadface.json", "sadface"],
      ["dir/x.ova.json", "ova"],
      ["af.i23", "iccma"],
      ["af.af", "iccma"],
      ["af.apx", "apx"],
    ] as const)("%s is %s whatever its content", (fileName, format) => {
      expect(sniffFormat("garbage", { fileName })).toBe(format);
    });

    test("a generic ending leaves it to the content", () => {
      expect(sniffFormat(SADFACE, { fileName: "debate.json" })).toBe("sadface");
      expect(sniffFormat(ARGGRAPH, { fileName: "micro.xml" })).toBe("arggraph");
      expect(sniffFormat(fixture("kialo/city-cars.txt"), { fileName: "city-cars.txt" })).toBe("kialo");
      expect(sniffFormat("hello", { fileName: "notes.txt" })).toBeUndefined();
    });

    test("no name, null options or an empty name use the content", () => {
      expect(sniffFormat(SADFACE, null)).toBe("sadface");
      expect(sniffFormat(SADFACE, { fileName: "" })).toBe("sadface");
      expect(sniffFormat(SADFACE, { fileName: null })).toBe("sadface");
    });
  });

  describe("by content", () => {
    test("argmap JSON by its claims key, wherever it comes", () => {
      expect(sniffFormat('{"version": 1, "title": "t", "claims": [], "relations": []}')).toBe("argmap");
      expect(sniffFormat('\uFEFF  {"title": "t", "description": "{\\"nodes\\": 1}", "claims": []}')).toBe("argmap");
      expect(sniffFormat(readFileSync(join(fixtures, "..", "..", "..", "examples", "ukraine-japan", "ukraine-japan.argmap.json"), "utf8"))).toBe("argmap");
    });

    test("argmap JSON keys nested in text do not count", () => {
      expect(sniffFormat('{"title": "\\"claims\\": [] and \\"AIF\\"", "nodes": 3}')).toBeUndefined();
      expect(sniffFormat('{"meta": {"claims": []}}')).toBeUndefined();
    });

    test("AIFdb and xAIF", () => {
      expect(sniffFormat(fixture("aif/minimum-wage.json"))).toBe("aif");
      expect(sniffFormat(fixture("aif/school-uniforms.xaif.json"))).toBe("aif");
      expect(sniffFormat('{"nodes": [], "edges": [], "locutions": []}')).toBe("aif");
    });

    test("SADFace, current and 2017 shapes", () => {
      expect(sniffFormat(SADFACE)).toBe("sadface");
      expect(sniffFormat(SADFACE_OLD)).toBe("sadface");
      expect(sniffFormat('{"edges": [], "metadata": {"core": {}}, "nodes": [], "resources": []}')).toBe("sadface");
    });

    test("OVA by its analysis key or node-object edges", () => {
      expect(sniffFormat(OVA)).toBe("ova");
      expect(sniffFormat(OVA_NO_ANALYSIS)).toBe("ova");
    });

    test("an argdown json export", () => {
      expect(sniffFormat('{"arguments": {}, "statements": {}, "relations": []}')).toBe("argdown");
    });

    test("arggraph XML by its root element", () => {
      expect(sniffFormat(ARGGRAPH)).toBe("arggraph");
      expect(sniffFormat("<arggraph/>")).toBe("arggraph");
      expect(sniffFormat('<?xml version="1.0"?><graphml xmlns="x"></graphml>')).toBeUndefined();
    });

    test("ICCMA after comments, and ASPARTIX facts", () => {
      expect(sniffFormat("p af 3\n1 2\n")).toBe("iccma");
      expect(sniffFormat("# a chain\n\n# more\np af 3\n1 2\n")).toBe("iccma");
      expect(sniffFormat("arg(a).\narg(b).\natt(a,b).\n")).toBe("apx");
      expect(sniffFormat("% comment\narg(a).\n")).toBe("apx");
    });

    test("Kialo with and without its title line", () => {
      expect(sniffFormat(fixture("kialo/city-cars.txt"))).toBe("kialo");
      expect(sniffFormat("1. Cars should go.\n1.1. Pro: Air.\n1.2. Con: Shops.\n")).toBe("kialo");
    });

    test.each(["inference-rules", "pcs", "relations", "tags", "undercut"])("Argdown fixture %s", (name) => {
      expect(sniffFormat(fixture(`argdown/${name}.argdown`))).toBe("argdown");
    });

    test("a statement title of digits is Argdown, not JSON", () => {
      expect(sniffFormat("[101]: We should raise the minimum wage.\n")).toBe("argdown");
    });

    test("Argdown by its syntax", () => {
      expect(sniffFormat("[Thesis]: Cars should go.\n  + Air would be cleaner.\n")).toBe("argdown");
      expect(sniffFormat("<Argument>\n\n(1) A\n(2) B\n----\n(3) C\n")).toBe("argdown");
      expect(sniffFormat("# Section\n\n[T]: text\n")).toBe("argdown");
      expect(sniffFormat("===\ntitle: x\n===\n\nA statement.\n  +> <Arg>\n")).toBe("argdown");
    });
  });

  describe("garbage and ambiguous input", () => {
    test.each([
      ["empty", ""],
      ["blank", " \n\t\r\n"],
      ["a BOM only", "\uFEFF"],
      ["plain prose", "It is raining today. Tomorrow it will not."],
      ["a JSON array", '[{"a": 1}, [2]]'],
      ["an empty JSON array", "[]"],
      ["a JSON array of numbers", "[1, 2]"],
      ["a JSON array of strings", '["a", "b"]'],
      ["JSON with unknown keys", '{"a": 1, "b": {"c": [1, {"d": 2}]}}'],
      ["truncated JSON", '{"nod'],
      ["binary bytes", "\u0000\u0001\u0002\uFFFD\u0007PK\u0003\u0004"],
      ["unknown XML", "<html><body>hi</body></html>"],
      ["a lone angle bracket", "<"],
      ["numbers", "1 2\n2 3\n"],
    ])("%s gives undefined", (_, text) => {
      expect(sniffFormat(text)).toBeUndefined();
    });

    test("a statement whose title looks like a JSON array is still Argdown", () => {
      expect(sniffFormat("[1, 2]: Two numbers.\n  + [3]: A reason.\n")).toBe("argdown");
      expect(sniffFormat("[1]\n  + <A>: because.\n")).toBe("argdown");
    });

    test("a non-string input gives undefined, not a TypeError", () => {
      expect(sniffFormat(42 as unknown as string)).toBeUndefined();
    });

    test("keys only after the 64 KiB prefix are not looked for", () => {
      const padded = `{"title": "${"x".repeat(70_000)}", "claims": []}`;
      expect(sniffFormat(padded)).toBeUndefined();
      expect(sniffFormat(padded, { fileName: "big.argmap.json" })).toBe("argmap");
    });

    test("a large argmap document is decided from its first keys", () => {
      const claims = Array.from({ length: 100_000 }, (_, i) => ({ id: `c${i}`, text: `Claim ${i}` }));
      const text = JSON.stringify({ version: 1, title: "big", claims, relations: [] });
      expect(sniffFormat(text)).toBe("argmap");
    });

    test("deep nesting does not overflow", () => {
      expect(sniffFormat(`{"a": ${"[".repeat(60_000)}`)).toBeUndefined();
    });
  });
});

/**
 * arggraph XML read as XML reads: character references decoded, forbidden
 * characters refused, markup inside an EDU kept as text, nesting bounded,
 * reserved names, several roots, declarations alone, DOCTYPEs and CDATA.
 * Each case here was found by a red team on the fast-xml-parser reader.
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { fromArggraph, MAX_ARGGRAPH_DEPTH } from "../../src/formats/arggraph.js";
import { sniffFormat } from "../../src/formats/sniff.js";
import { parseArgumentMap } from "../../src/index.js";
import { asyncErrorOf } from "../thrown.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** A one-claim document whose only EDU holds `edu` (raw XML). */
const withEdu = (edu: string, prolog = ""): string =>
  `${prolog}<arggraph id="t"><edu id="e1">${edu}</edu><adu id="a1" type="pro"/><edge id="c1" src="e1" trg="a1" type="seg"/></arggraph>`;

/** The text of the one claim that `xml` gives. */
async function claimText(xml: string): Promise<string> {
  const { value: map } = await fromArggraph(xml);
  expect(parseArgumentMap(map.toJSON()).ok).toBe(true);
  return map.claim("a1")!.text;
}

describe("character references", () => {
  test.each([
    ["decimal", "A&#233;Z", "AéZ"],
    ["hexadecimal", "A&#xE9;Z", "AéZ"],
    ["astral", "A&#x1F986;Z", "A🦆Z"],
    ["predefined entities", "&lt;b&gt; &amp; &quot;q&quot; &apos;", `<b> & "q" '`],
    ["a reference to a tab keeps it (and it is white space)", "A&#9;Z", "A Z"],
    ["a no-break space is text, not white space", "A\u00a0\u00a0Z", "A\u00a0\u00a0Z"],
  ])("%s are decoded as XML decodes them", async (_, edu, text) => {
    expect(await claimText(withEdu(edu))).toBe(text);
  });

  test.each([
    ["NUL", "A&#0;Z"],
    ["a high surrogate", "A&#xD800;Z"],
    ["a low surrogate", "A&#xDC00;Z"],
    ["ESC", "A&#27;Z"],
    ["U+FFFE", "A&#xFFFE;Z"],
    ["beyond Unicode", "A&#x110000;Z"],
    ["ESC even in an XML 1.1 document", "A&#27;Z", '<?xml version="1.1"?>'],
  ])("a reference to %s is refused with its position", async (_, edu, prolog = "") => {
    const error = await asyncErrorOf(() => fromArggraph(withEdu(edu, prolog)));
    expect(error.code).toBe("arggraph-invalid-xml");
    expect(error.issues[0]!.line).toBe(1);
    expect(error.issues[0]!.column).toBeGreaterThan(prolog.length + 23);
  });

  test.each([
    ["NUL", "A\u0000Z"],
    ["ESC", "A\u001bZ"],
    ["a lone surrogate", "A\ud800Z"],
    ["U+FFFF", "A\uffffZ"],
  ])("a raw %s is refused", async (_, edu) => {
    expect((await asyncErrorOf(() => fromArggraph(withEdu(edu)))).code).toBe("arggraph-invalid-xml");
  });

  test("an undeclared entity is refused", async () => {
    expect((await asyncErrorOf(() => fromArggraph(withEdu("A&eacute;Z")))).code).toBe("arggraph-invalid-xml");
  });
});

describe("markup inside an EDU", () => {
  test("keeps its text, drops its tags, and warns", async () => {
    const { value: map, warnings } = await fromArggraph(withEdu("A<b>bold</b> tail <i>and <u>deep</u></i>Z"));
    expect(map.claim("a1")!.text).toBe("Abold tail and deepZ");
    expect(map.sources()[0]!.text).toBe("Abold tail and deepZ");
    expect(warnings.map((w) => [w.code, w.path])).toEqual([["arggraph-edu-markup", ["arggraph", "edu", 0]]]);
  });

  test("CDATA and text mix in document order", async () => {
    expect(await claimText(withEdu("one <![CDATA[<two> & three]]> four"))).toBe("one <two> & three four");
  });

  test("<!ENTITY inside CDATA is text, also after a DOCTYPE", async () => {
    expect(await claimText(withEdu("<![CDATA[A <!ENTITY x 'y'> Z]]>"))).toBe("A <!ENTITY x 'y'> Z");
    expect(await claimText(withEdu("<![CDATA[A <!ENTITY x 'y'> Z]]>", '<?xml version="1.0"?>\n<!DOCTYPE arggraph SYSTEM "arggraph.dtd">\n'))).toBe("A <!ENTITY x 'y'> Z");
  });

  test("an element or text inside an ADU or an edge is refused, not dropped", async () => {
    const inAdu = '<arggraph><edu id="e1">A</edu><adu id="a1" type="pro">lost?</adu><edge id="c1" src="e1" trg="a1" type="seg"/></arggraph>';
    const inEdge = '<arggraph><edu id="e1">A</edu><adu id="a1" type="pro"/><edge id="c1" src="e1" trg="a1" type="seg"><b/></edge></arggraph>';
    const inRoot = '<arggraph>stray<edu id="e1">A</edu><adu id="a1" type="pro"/><edge id="c1" src="e1" trg="a1" type="seg"/></arggraph>';
    for (const xml of [inAdu, inEdge, inRoot]) {
      const error = await asyncErrorOf(() => fromArggraph(xml));
      expect(error.code, xml).toBe("arggraph-invalid-shape");
      expect(error.issues[0]!.line, xml).toBe(1);
    }
  });
});

describe("nesting", () => {
  test(`${MAX_ARGGRAPH_DEPTH} levels are read; one more is arggraph-invalid-xml with the position of the element`, async () => {
    const nested = (levels: number): string => withEdu(`${"<i>".repeat(levels)}deep${"</i>".repeat(levels)}`);
    // arggraph and edu are two levels.
    expect(await claimText(nested(MAX_ARGGRAPH_DEPTH - 2))).toBe("deep");
    const error = await asyncErrorOf(() => fromArggraph(nested(MAX_ARGGRAPH_DEPTH - 1)));
    expect(error.code).toBe("arggraph-invalid-xml");
    const column = '<arggraph id="t"><edu id="e1">'.length + 3 * (MAX_ARGGRAPH_DEPTH - 2) + 1;
    expect([error.issues[0]!.line, error.issues[0]!.column]).toEqual([1, column]);
  });

  test("100,000 levels are refused at once, without a stack overflow", async () => {
    const xml = `<arggraph>${"<x>".repeat(100_000)}${"</x>".repeat(100_000)}</arggraph>`;
    expect((await asyncErrorOf(() => fromArggraph(xml))).code).toBe("arggraph-invalid-xml");
  });
});

describe("reserved names", () => {
  test.each([
    ["__proto__ as an element", "<arggraph><__proto__/></arggraph>"],
    ["constructor as an element", "<arggraph><constructor/></arggraph>"],
    ["prototype as an element inside an EDU", withEdu("A<prototype/>")],
    ["__proto__ as an attribute", '<arggraph><adu __proto__="x" id="a1" type="pro"/></arggraph>'],
    ["constructor as an attribute of the root", '<arggraph constructor="x"><adu id="a1" type="pro"/></arggraph>'],
    ["__proto__ as the root", '<?xml version="1.0"?><__proto__/>'],
  ])("%s is arggraph-invalid-shape with a position", async (_, xml) => {
    const error = await asyncErrorOf(() => fromArggraph(xml));
    expect(error.code).toBe("arggraph-invalid-shape");
    expect(error.issues[0]!.line).toBe(1);
  });
});

describe("one root, and a root at all", () => {
  test.each([
    ["two roots", `${withEdu("A")}<arggraph/>`],
    ["two roots, the second not arggraph", `${withEdu("A")}<other/>`],
    ["text after the root", `${withEdu("A")}tail`],
    ["a declaration only", '<?xml version="1.0"?>'],
    ["a declaration and a comment", '<?xml version="1.0"?>\n<!-- nothing -->\n'],
    ["a DOCTYPE only", "<!DOCTYPE arggraph>"],
  ])("%s is refused", async (_, xml) => {
    const error = await asyncErrorOf(() => fromArggraph(xml));
    expect(error.code).toBe("arggraph-invalid-xml");
    expect(error.issues[0]!.line).toBeGreaterThan(0);
  });

  test("a declaration alone is XML, not an Argdown claim", () => {
    expect(sniffFormat('<?xml version="1.0"?>')).toBeUndefined();
    expect(sniffFormat('<?xml version="1.0"?>\n')).toBeUndefined();
    expect(sniffFormat('<?xml version="1.0"?>\n<notes>[A]: b</notes>')).toBeUndefined();
  });
});

describe("DOCTYPE", () => {
  const subset = '<!DOCTYPE arggraph [\n  <!ELEMENT arggraph (edu|adu|edge)*>\n  <!ATTLIST edge type (seg|sup) "sup">\n  <!ATTLIST adu note CDATA "a quoted ] and >">\n  <!-- a comment with ] and > -->\n]>\n';

  test("an internal subset is skipped, by the sniffer and by the reader", async () => {
    const xml = withEdu("A", `<?xml version="1.0"?>\n${subset}`);
    expect(sniffFormat(xml)).toBe("arggraph");
    expect(await claimText(xml)).toBe("A");
    expect(sniffFormat(withEdu("A", '<!DOCTYPE arggraph SYSTEM "arggraph.dtd">'))).toBe("arggraph");
  });

  test("a DOCTYPE naming arggraph decides even when its subset runs past what the sniffer reads", () => {
    expect(sniffFormat(`<!DOCTYPE arggraph [${"<!-- padding -->".repeat(10_000)}]>${withEdu("A")}`)).toBe("arggraph");
  });

  test("an entity declaration is refused at its position", async () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE arggraph [\n<!ENTITY a "aaaa">\n]>\n${withEdu("&a;")}`;
    const error = await asyncErrorOf(() => fromArggraph(xml));
    expect(error.code).toBe("arggraph-invalid-xml");
    expect([error.issues[0]!.line, error.issues[0]!.column]).toEqual([3, 1]);
  });
});

describe("memory", () => {
  test("a 50 MB attribute is read within a heap of 4x its size (the fast-xml-parser reader took 1.8 GB)", () => {
    const size = 50_000_000;
    const script = [
      `import { fromArggraph } from ${JSON.stringify(pathToFileURL(join(ROOT, "src", "formats", "arggraph.ts")).href)};`,
      `const xml = '<arggraph topic_id="' + "x".repeat(${size}) + '"><edu id="e1">A</edu><adu id="a1" type="pro"/><edge id="c1" src="e1" trg="a1" type="seg"/></arggraph>';`,
      "const { value } = await fromArggraph(xml);",
      "process.stdout.write(String(value.title.length));",
    ].join("\n");
    // The heap holds the 50 MB input as well: the reader gets the rest of 4x.
    const child = spawnSync(process.execPath, [`--max-old-space-size=${(4 * size) / 1e6}`, "--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(child.stderr.slice(0, 400)).toBe("");
    expect([child.status, child.stdout]).toEqual([0, String(size)]);
  });
});

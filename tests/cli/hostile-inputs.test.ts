/**
 * No reader ever exits 70: `argmap convert` and `argmap validate` on every
 * hostile file the red team wrote for the XML and JSON readers (and a few
 * per format besides) end in 0 or 1, with a coded message and never an
 * internal error, and what convert writes, validate accepts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { argmapCli } from "./spawn.js";
import { tempFiles } from "./temp-files.js";

const { dir } = tempFiles("argmap-cli-hostile-");

/** A JSON object nested `levels` deep, as text. */
const nested = (levels: number): string => `${'{"k":'.repeat(levels)}1${"}".repeat(levels)}`;

/** A one-claim arggraph document whose EDU holds `edu`. */
const arggraph = (edu: string, prolog = ""): string => `${prolog}<arggraph id="t"><edu id="e1">${edu}</edu><adu id="a1" type="pro"/><edge id="c1" src="e1" trg="a1" type="seg"/></arggraph>`;

const ova = (extra: string): string =>
  `{"nodes":[{"id":1,"type":"I","text":"A","extra":${extra}},{"id":2,"type":"I","text":"B"},{"id":3,"type":"RA","text":"Default Inference"}],"edges":[{"from":{"id":2},"to":{"id":3}},{"from":{"id":3},"to":{"id":1}}],"participants":[],"analysis":{"txt":""}}`;
const sadface = (extra: string): string =>
  `{"metadata":{"core":{"id":"m","title":"t"}},"resources":[],"nodes":[{"id":"a","type":"atom","text":"A","metadata":${extra}},{"id":"b","type":"atom","text":"B"},{"id":"r","type":"scheme","name":"support"}],"edges":[{"id":"1","source_id":"b","target_id":"r"},{"id":"2","source_id":"r","target_id":"a"}]}`;
const aif = (extra: string, edges = '{"edgeID":"1","fromID":"b","toID":"r"},{"edgeID":"2","fromID":"r","toID":"a"}'): string =>
  `{"nodes":[{"nodeID":"a","type":"I","text":"A","extra":${extra}},{"nodeID":"b","type":"I","text":"B"},{"nodeID":"r","type":"RA","text":"Default Inference"}],"edges":[${edges}],"locutions":[]}`;

/** Hostile files: name, content, and the exit code convert must give (0: read, 1: refused, "0 or 1": either, as the format's reader decides). */
const FILES: readonly (readonly [name: string, content: string, exit: 0 | 1 | "0 or 1", code?: string])[] = [
  ["deep.xml", `<arggraph>${"<x>".repeat(150)}${"</x>".repeat(150)}</arggraph>`, 1, "arggraph-invalid-xml"],
  ["very-deep.xml", `<arggraph>${"<x>".repeat(100_000)}${"</x>".repeat(100_000)}</arggraph>`, 1, "arggraph-invalid-xml"],
  ["proto-element.xml", "<arggraph><__proto__/></arggraph>", 1, "arggraph-invalid-shape"],
  ["constructor-element.xml", "<arggraph><constructor/></arggraph>", 1, "arggraph-invalid-shape"],
  ["proto-attribute.xml", '<arggraph><adu __proto__="x" id="a1" type="pro"/></arggraph>', 1, "arggraph-invalid-shape"],
  ["constructor-attribute.xml", '<arggraph constructor="x"><adu id="a1" type="pro"/></arggraph>', 1, "arggraph-invalid-shape"],
  ["reference.xml", arggraph("A&#233;Z"), 0],
  ["nul-reference.xml", arggraph("A&#0;Z"), 1, "arggraph-invalid-xml"],
  ["surrogate-reference.xml", arggraph("A&#xD800;Z"), 1, "arggraph-invalid-xml"],
  ["escape-reference.xml", arggraph("A&#27;Z"), 1, "arggraph-invalid-xml"],
  ["markup.xml", arggraph("A<b>bold</b> tail Z"), 0],
  ["cdata-entity.xml", arggraph("<![CDATA[A <!ENTITY x 'y'> Z]]>"), 0],
  ["entity.xml", arggraph("&a;", '<?xml version="1.0"?><!DOCTYPE arggraph [<!ENTITY a "aaaa">]>'), 1, "arggraph-invalid-xml"],
  ["doctype-subset.xml", arggraph("A", '<?xml version="1.0"?>\n<!DOCTYPE arggraph [\n<!ELEMENT arggraph ANY>\n]>\n'), 0],
  ["two-roots.xml", `${arggraph("A")}<arggraph/>`, 1, "arggraph-invalid-xml"],
  ["declaration.xml", '<?xml version="1.0"?>', 1],
  ["ova-300.ova.json", ova(nested(300)), 1, "ova-invalid-shape"],
  ["ova-10000.ova.json", ova(nested(10_000)), 1, "ova-invalid-shape"],
  ["sadface-300.sadface.json", sadface(nested(300)), 1, "sadface-invalid-shape"],
  ["sadface-10000.sadface.json", sadface(nested(10_000)), 1, "sadface-invalid-shape"],
  ["aif-300.aif.json", aif(nested(300)), 1, "aif-invalid-shape"],
  ["aif-10000.aif.json", aif(nested(10_000)), 1, "aif-invalid-shape"],
  ["aif-repeated-edge.aif.json", aif("1", '{"edgeID":"1","fromID":"b","toID":"r"},{"edgeID":"1b","fromID":"b","toID":"r"},{"edgeID":"2","fromID":"r","toID":"a"}'), 0],
  ["xaif-10000.json", `{"AIF":${aif(nested(10_000))},"text":""}`, 1, "aif-invalid-shape"],
  ["argmap-10000.json", `{"format":"argmap","version":1,"title":"","sources":[],"claims":[{"id":"a","text":"A","meta":${nested(10_000)}}],"relations":[]}`, 1, "too-deep"],
  ["array-10000.json", `${"[".repeat(10_000)}${"]".repeat(10_000)}`, 1],
  ["kialo-deep.kialo", `Discussion Title: Deep\n\n1. Root\n${Array.from({ length: 2000 }, (_, i) => `${"1.".repeat(i + 2)} Pro: level ${i + 2}`).join("\n")}\n`, 0],
  // Read, or refused with argdown-syntax naming the depth (issue 22 item 5, the Argdown reader's own bound).
  ["argdown-deep.argdown", `[A]: top\n${Array.from({ length: 300 }, (_, i) => `${"  ".repeat(i + 1)}+ [S${i}]: level ${i}`).join("\n")}\n`, "0 or 1"],
  ["binary.argdown", "\u0000\u0001\u0002garbage", 1],
  ["empty.xml", "", 1],
];

describe.each(FILES.map(([name, content, exit, code]) => ({ name, content, exit, code })))("$name", ({ name, content, exit, code }) => {
  const file = join(dir, name);
  writeFileSync(file, content);

  const expected = exit === "0 or 1" ? [0, 1] : [exit];

  test(`convert exits ${exit}${code === undefined ? "" : ` with ${code}`}, never 70; what it writes, validate accepts`, () => {
    const out = join(dir, `${name}.out.json`);
    const converted = argmapCli(["convert", file, out, "--to", "json"]);
    expect(converted.stderr).not.toMatch(/internal error|RangeError|TypeError|Maximum/);
    expect(expected, converted.stderr).toContain(converted.code);
    if (code !== undefined) expect(converted.stderr).toContain(`: ${code} `);
    if (converted.code === 0) {
      const validated = argmapCli(["validate", out]);
      expect(validated.code, validated.stderr).toBe(0);
      expect(JSON.parse(readFileSync(out, "utf8"))).toHaveProperty("claims");
    }
  });

  test("validate exits 0 or 1, never 70", () => {
    const validated = argmapCli(["validate", file]);
    expect(validated.stderr).not.toMatch(/internal error|RangeError|TypeError|Maximum/);
    expect(expected, validated.stderr).toContain(validated.code);
  });
});

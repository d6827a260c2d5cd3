/**
 * Text from a map never reaches the terminal raw: ESC (colours, clearing),
 * OSC (OSC 52 writes the clipboard), BEL, NUL, carriage returns, C1
 * controls such as CSI, line separators and bidi overrides (U+202E) are
 * escaped in everything the text commands print, on standard output, on
 * standard error and in `-o` files alike; JSON keeps the same data.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Parser as CommonMark } from "commonmark";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { escapeJsonText, escapeText } from "../../src/cli/safe-text.js";
import { argmapCli, UKRAINE_JSON } from "./spawn.js";
import { tempFiles } from "./temp-files.js";

const { dir, save } = tempFiles("argmap-cli-terminal-");

/** Every character a terminal acts on, or that reorders text, and that a map's text may hold. */
const NASTY = "A\u001b[31mred\u001b]52;c;cGF5bG9hZA==\u0007\u0000bell\u202eevil\u2066iso\u2069\u200f\u009b2J\r\u2028end\u007f";
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const quote = `Source ${NASTY}`;
const hostile = save("hostile.json", {
  format: "argmap",
  version: 1,
  title: `T${NASTY}`,
  thesis: "t",
  sources: [{ id: "s", title: `S${NASTY}`, text: `${quote} text.` }],
  claims: [
    { id: "t", text: `Thesis ${NASTY}`, anchors: [{ source: "s", start: 0, end: quote.length, quote }] },
    { id: "r", text: `Reason ${NASTY}` },
    { id: "o", text: `Objection ${NASTY}` },
  ],
  relations: [
    { id: "x", type: "support", from: ["r"], to: "t" },
    { id: "y", type: "attack", from: ["o"], to: "t" },
  ],
});

/** The commands that print text for reading, or JSON, from a map's text. */
const RUNS: readonly (readonly string[])[] = [
  ["summarize", hostile],
  ["summarize", hostile, "-f", "text"],
  ["summarize", hostile, "-f", "prose"],
  ["summarize", hostile, "-f", "key-points"],
  ["summarize", hostile, "-f", "json"],
  ["summarize", hostile, "-s", "grounded"],
  ["explain", hostile],
  ["explain", hostile, "-f", "markdown"],
  ["explain", hostile, "-f", "json"],
  ["stats", hostile],
  ["stats", hostile, "-f", "json"],
  ["evaluate", hostile],
  ["evaluate", hostile, "-f", "json"],
  ["diff", hostile, UKRAINE_JSON],
  ["diff", hostile, UKRAINE_JSON, "-f", "json"],
  ["validate", hostile, "-f", "json"],
  ["validate", hostile, "-o", "-"],
  ["extract", hostile, "-r", "t"],
  ["merge", hostile, hostile],
  ["convert", hostile, "-", "--to", "json"],
  ["convert", hostile, "-", "--to", "aif"],
];

describe("no control or bidi character from the map reaches the terminal", () => {
  test.each(RUNS.map((args) => [args.join(" ").replace(dir, "…"), args] as const))("%s", (_, args) => {
    const { code, stdout, stderr } = argmapCli(args);
    expect(code === 0 || (args[0] === "diff" && code === 1), stderr).toBe(true);
    expect(stdout.length).toBeGreaterThan(0);
    expect(stdout).not.toMatch(UNSAFE);
    expect(stderr).not.toMatch(UNSAFE);
  });

  test("summaries keep the text, with the characters written as escapes", () => {
    const { stdout } = argmapCli(["summarize", hostile, "-f", "text"]);
    expect(stdout).toContain("Thesis A\\u001b[31mred\\u001b]52;c;cGF5bG9hZA==\\u0007\\u0000bell\\u202eevil");
  });

  test("JSON keeps the same data: the escapes are JSON's own", () => {
    const summary = JSON.parse(argmapCli(["summarize", hostile, "-f", "json"]).stdout) as { roots: { text: string }[] };
    expect(summary.roots[0]!.text).toBe(`Thesis ${NASTY}`);
    const map = JSON.parse(argmapCli(["convert", hostile, "-", "--to", "json"]).stdout) as { title: string };
    expect(map.title).toBe(`T${NASTY}`);
  });

  test("an -o file gets what standard output gets", () => {
    for (const format of ["markdown", "prose", "json"]) {
      const target = join(dir, `summary-${format}.txt`);
      expect(argmapCli(["summarize", hostile, "-f", format, "-o", target, "-q"]).code).toBe(0);
      expect(readFileSync(target, "utf8")).toBe(argmapCli(["summarize", hostile, "-f", format]).stdout);
    }
  });
});

/** Claim texts that hold what reads as a character reference in Markdown, beside a plain & and terminal controls. */
const entities = save("entities.json", {
  format: "argmap",
  version: 1,
  title: "Tags &lt;b&gt; in the title",
  thesis: "t",
  sources: [],
  claims: [
    { id: "t", text: "The tag &lt;script&gt; stays text, as do &#27;[31m, &#x202E; and &amp;lt; in the thesis" },
    { id: "r", text: "Pros & cons are weighed; &copy; is written out in this reason" },
    { id: "o", text: `An objection with &#0; and ${NASTY} in it` },
  ],
  relations: [
    { id: "x", type: "support", from: ["r"], to: "t" },
    { id: "y", type: "attack", from: ["o"], to: "t" },
  ],
});

/** What a CommonMark reader shows of a Markdown document: its text, code and any raw HTML it would pass through. */
function shown(markdown: string): { text: string; html: string[] } {
  const walker = new CommonMark().parse(markdown).walker();
  let text = "";
  const html: string[] = [];
  for (let step = walker.next(); step !== null; step = walker.next()) {
    const { node } = step;
    if (!step.entering) continue;
    if (node.type === "text" || node.type === "code") text += node.literal ?? "";
    else if (node.type === "softbreak" || node.type === "linebreak" || node.type === "paragraph" || node.type === "heading" || node.type === "item") text += "\n";
    else if (node.type === "html_inline" || node.type === "html_block") html.push(node.literal ?? "");
  }
  return { text, html };
}

describe("Markdown from the command line shows entity-like text as it is written", () => {
  test.each([
    ["summarize", ["summarize", entities]],
    ["summarize -s grounded", ["summarize", entities, "-s", "grounded"]],
    ["explain -f markdown", ["explain", entities, "-f", "markdown"]],
  ])("%s", (_, args) => {
    const { code, stdout, stderr } = argmapCli(args);
    expect(code, stderr).toBe(0);
    expect(stdout).not.toMatch(UNSAFE);
    const { text, html } = shown(stdout);
    expect(html).toEqual([]);
    // A reader sees the references as written, never the characters they name.
    for (const written of ["&lt;script&gt;", "&#27;[31m", "&#x202E;", "&amp;lt;", "Pros & cons", "&copy;", "&#0;"]) expect(text).toContain(written);
    // (The raw control characters in the objection are shown as U+FFFD; `&#0;` stays as written.)
    expect(text).not.toMatch(/<script>|\u00a9|\ufffd and/);
    expect(text).toContain("&#0; and");
    expect(text).not.toMatch(UNSAFE);
  });
});

describe("escapeText and escapeJsonText", () => {
  test("escapeText keeps line feeds and tabs and escapes every other unsafe character", () => {
    expect(escapeText("a\tb\nc\r\u001b[0m\u202e")).toBe("a\tb\nc\\r\\u001b[0m\\u202e");
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => !UNSAFE.test(escapeText(text))));
  });

  test("escapeJsonText gives the same JSON value, with nothing unsafe left", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: "binary" }), (value, text) => {
        for (const json of [JSON.stringify(value, null, 2), JSON.stringify({ text })]) {
          const escaped = escapeJsonText(json);
          expect(UNSAFE.test(escaped)).toBe(false);
          expect(JSON.parse(escaped)).toEqual(JSON.parse(json));
        }
      }),
    );
  });
});

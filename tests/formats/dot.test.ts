import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { toDot } from "../../src/formats/index.js";
import { ArgumentMap, argmap } from "../../src/index.js";
import { documentOf, lineText, shape } from "./helpers.js";

/** Runs Graphviz and returns its output; throws if it exits with an error or warns. */
function graphviz(source: string, format: "svg" | "json0"): string {
  return execFileSync("dot", [`-T${format}`], { input: source, encoding: "utf8", stdio: ["pipe", "pipe", "pipe"] });
}

/** A DOT label as Graphviz shows it: `&amp;` an ampersand (entities first), then `\n` a line break, `\\` a backslash, `\"` a quote. */
function decodeLabel(label: string): string {
  return label.replace(/&amp;/g, "&").replace(/\\(.)/g, (_m, ch: string) => (ch === "n" ? "\n" : ch));
}

describe("toDot", () => {
  test("Graphviz renders the map: claims, junctions for linked premises and undercuts, coloured edges", () => {
    const map = argmap('Lunch "today"').thesis("t", "Pizza\\Pasta").claim("a", "Quick").claim("b", "Cheap").claim("u", "Closed")
      .support(["a", "b"], "t", { id: "r1", label: "both" }).attack("u", "r1", { note: "shut on Mondays" }).build();
    const { value, warnings } = toDot(map);
    expect(warnings).toEqual([]);
    const svg = graphviz(value, "svg");
    expect(svg).toContain("<svg");
    expect(svg).toContain("Lunch &quot;today&quot;");
    expect(svg).toContain("Pizza\\Pasta");
    expect(svg).toContain("shut on Mondays");
    const json = JSON.parse(graphviz(value, "json0")) as { objects: { name: string; label?: string; shape?: string }[]; edges: unknown[] };
    expect(json.objects.map((o) => o.name)).toEqual(["c1", "c2", "c3", "c4", "r1"]);
    expect(json.objects.find((o) => o.name === "r1")?.shape).toBe("point");
    expect(json.edges).toHaveLength(4);
  });

  test("wraps long text and reports what DOT cannot hold", () => {
    const map = ArgumentMap.fromJSON({
      format: "argmap", version: 1, title: "", sources: [], claims: [{ id: "a", text: "one two three four five six seven eight nine ten", base: 0.4 }],
      relations: [],
    });
    const { value, warnings } = toDot(map, { wrap: 10, rankdir: "LR" });
    expect(value).toContain('label="one two\\nthree four\\nfive six\\nseven\\neight nine\\nten"');
    expect(value).toContain("rankdir=LR");
    expect(warnings.map((w) => w.code)).toEqual(["lost-base"]);
  });

  test("property: Graphviz accepts every generated map and shows every label exactly", () => {
    // A claim's text holds a non-space character (empty-text).
    const text = fc.array(lineText(), { minLength: 1, maxLength: 2 }).map((lines) => (/\S/.test(lines.join("")) ? lines.join("\n") : [...lines, "x"].join("\n")));
    fc.assert(
      fc.property(shape(), fc.array(text, { minLength: 8, maxLength: 8 }), lineText(), (s, texts, title) => {
        const map = ArgumentMap.fromJSON(documentOf(title, s, (i) => texts[i]!));
        const { value } = toDot(map, { wrap: 0 });
        const json = JSON.parse(graphviz(value, "json0")) as { objects: { name: string; label?: string }[]; edges?: unknown[] };
        const claims = json.objects.filter((o) => o.name.startsWith("c"));
        expect(claims.map((o) => decodeLabel(o.label ?? ""))).toEqual(map.claims().map((c) => c.text));
        const expected = map.relations().reduce((n, r) => n + (r.from.length > 1 || map.relationsTo(r.id).length > 0 ? r.from.length + 1 : 1), 0);
        expect(json.edges?.length ?? 0).toBe(expected);
      }),
      { numRuns: 40 },
    );
  });

  /** The text Graphviz draws for each node and the tooltip of each, from its SVG. */
  function drawn(source: string): { labels: string[]; tooltips: string[] } {
    const svg = graphviz(source, "svg");
    const unescape = (text: string): string => text.replace(/&#(\d+);|&(amp|lt|gt|quot|apos);/g, (_m, code: string | undefined, name: string | undefined) => (code !== undefined ? String.fromCodePoint(Number(code)) : ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[name!]!));
    const nodes = [...svg.matchAll(/<g id="node\d+" class="node">([\s\S]*?)<\/g>\n<\/g>|<g id="node\d+" class="node">([\s\S]*?)<\/g>/g)].map((m) => m[1] ?? m[2] ?? "");
    return {
      labels: nodes.map((node) => [...node.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => unescape(t[1]!)).join("\n")),
      tooltips: nodes.map((node) => unescape(/xlink:title="([^"]*)"/.exec(node)?.[1] ?? "")),
    };
  }

  test("entities, backslash escapes and Graphviz's \\N, \\G, \\E, \\L in labels and tooltips are shown as written", () => {
    const texts = ["&amp; &lt;b&gt; &#65; &", "\\N \\G \\E \\T \\H \\L \\l \\n \\\\ end\\", 'quote " and \\"'];
    const map = ArgumentMap.fromJSON({ format: "argmap", version: 1, title: "", sources: [], claims: texts.map((text, i) => ({ id: `c${i}`, text, note: text })), relations: [] });
    const { value, warnings } = toDot(map, { wrap: 0 });
    expect(warnings).toEqual([]);
    const { labels, tooltips } = drawn(value);
    expect(labels).toEqual(texts);
    expect(tooltips).toEqual(texts);
  });

  test("wrapping breaks lines at single spaces only: spaces at the ends and runs of spaces stay", () => {
    const text = "  two leading spaces, a run   of three, and words enough to wrap twice  ";
    const map = ArgumentMap.fromJSON({ format: "argmap", version: 1, title: "", sources: [], claims: [{ id: "a", text }], relations: [] });
    const label = /label="([^"]*)"/.exec(toDot(map, { wrap: 20 }).value.split("\n").find((line) => line.startsWith("  c1"))!)![1]!;
    expect(label).toContain("\\n");
    expect(label.replaceAll("\\n", " ")).toBe(text);
  });

  test("carriage returns become line breaks and tabs in tooltips spaces, with a warning", () => {
    const map = ArgumentMap.fromJSON({ format: "argmap", version: 1, title: "", sources: [], claims: [{ id: "a", text: "one\r\ntwo\rthree", note: "tab\there" }], relations: [] });
    const { value, warnings } = toDot(map, { wrap: 0 });
    expect(warnings.map((w) => [w.code, w.path])).toEqual([["text-changed", ["claims", 0, "text"]]]);
    expect(warnings[0]!.message).toMatch(/2 texts in all/);
    expect(drawn(value)).toEqual({ labels: ["one\ntwo\nthree"], tooltips: ["tab here"] });
  });
});

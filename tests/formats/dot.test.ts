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

/** A DOT label as Graphviz shows it: `\n` a line break, `\\` a backslash, `\"` a quote. */
function decodeLabel(label: string): string {
  return label.replace(/\\(.)/g, (_m, ch: string) => (ch === "n" ? "\n" : ch));
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
});

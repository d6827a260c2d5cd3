import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { toMermaid } from "../../src/formats/index.js";
import { ArgumentMap, argmap } from "../../src/index.js";
import { documentOf, lineText, shape } from "./helpers.js";

/** Decodes Mermaid entity codes and `<br>`; `" "` is how an empty label is written. */
function decode(label: string): string {
  if (label === " ") return "";
  return label.replace(/<br>/g, "\n").replace(/#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)));
}

describe("toMermaid", () => {
  test("draws claims as boxes, supports and attacks as coloured arrows, linked premises and undercuts through a junction", () => {
    const map = argmap("Lunch").thesis("t", "Pizza").claim("a", "Quick").claim("b", "Cheap").claim("u", "Closed").claim("c", "Cheese")
      .support(["a", "b"], "t", { id: "r1" }).attack("u", "r1").attack("c", "t", { label: "but" }).build();
    const { value, warnings } = toMermaid(map);
    expect(warnings).toEqual([]);
    expect(value).toBe(
      [
        "---",
        'title: "Lunch"',
        "---",
        "flowchart BT",
        '  c1["Pizza"]',
        '  c2["Quick"]',
        '  c3["Cheap"]',
        '  c4["Closed"]',
        '  c5["Cheese"]',
        '  r1(("+"))',
        "  c2 --- r1",
        "  c3 --- r1",
        "  r1 --> c1",
        "  c4 --x r1",
        '  c5 --x|"but"| c1',
        "  linkStyle 0,1,2 stroke:#2e7d32,stroke-width:2px",
        "  linkStyle 3,4 stroke:#c62828,stroke-width:2px",
        "  classDef thesis stroke-width:3px,font-weight:bold",
        "  class c1 thesis",
        "",
      ].join("\n"),
    );
  });

  test("reports what a diagram cannot hold", () => {
    const map = ArgumentMap.fromJSON({
      format: "argmap", version: 1, title: "T", sources: [], claims: [{ id: "a", text: "A", tags: ["x"], note: "n" }, { id: "b", text: "B" }],
      relations: [{ id: "r", type: "support", from: ["a"], to: "b", weight: 0.2, scheme: "s" }],
    });
    expect(toMermaid(map).warnings.map((w) => w.code)).toEqual(["lost-tags", "lost-note", "lost-weight", "lost-scheme"]);
  });

  test("property: every label is one quoted string with no markup left, and decodes to the text", () => {
    // A claim's text holds a non-space character (empty-text).
    const text = fc.array(lineText(), { minLength: 1, maxLength: 2 }).map((lines) => (/\S/.test(lines.join("")) ? lines.join("\n") : [...lines, "x"].join("\n")));
    fc.assert(
      fc.property(shape(), fc.array(text, { minLength: 8, maxLength: 8 }), (s, texts) => {
        const map = ArgumentMap.fromJSON(documentOf("T", s, (i) => texts[i]!));
        const lines = toMermaid(map, { direction: "LR" }).value.split("\n");
        expect(lines).toContain("flowchart LR");
        const boxes = lines.filter((line) => /^ {2}c\d+\[/.test(line));
        expect(boxes).toHaveLength(map.claimCount);
        boxes.forEach((line, i) => {
          const match = /^ {2}c\d+\["([^"<>`#&]*(?:(?:<br>|#\d+;)[^"<>`#&]*)*)"\]$/.exec(line);
          expect(match).not.toBeNull();
          expect(decode(match![1]!)).toBe(map.claims()[i]!.text);
        });
        const links = lines.filter((line) => /^ {2}\w+ (-->|--x|---)/.test(line)).length;
        const expected = map.relations().reduce((n, r) => n + (r.from.length > 1 || map.relationsTo(r.id).length > 0 ? r.from.length + 1 : 1), 0);
        expect(links).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });
});

import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { summarize, toText } from "../../src/index.js";
import { lunch } from "./fixtures.js";

describe("toText", () => {
  test("renders an indented outline with quotations", () => {
    expect(toText(summarize(lunch()))).toBe(
      [
        "Lunch",
        "=====",
        "Source: Team chat",
        "",
        "#1 Thesis: We should get pizza.",
        '    "We should get pizza"',
        "  #2 Reason: Pizza is quick.",
        '      "pizza is quick"',
        "  #3 Objection: Sam cannot eat cheese.",
        '      "Sam cannot eat cheese"',
        "    #4 Undercut: There is vegan pizza.",
        '        "there is vegan pizza"',
        "",
        "Verdict: The thesis stands: the objection is answered.",
        "",
      ].join("\n"),
    );
  });

  test("wraps within the width", () => {
    for (const width of [40, 60, 80]) {
      for (const line of toText(summarize(ukraineJapan()), { width }).split("\n")) {
        // Only a single word longer than the line may overflow.
        if (line.length > width) expect(line.trim().includes(" ")).toBe(false);
      }
    }
    const flat = toText(summarize(ukraineJapan(), { citations: false }), { width: 0, title: false });
    expect(flat.split("\n")[0]).toBe("#1 Thesis: Japan's recent easing of its arms export rules could eventually open a path to defense supplies from Tokyo for Ukraine.");
  });

  test("refers back to shared claims and shows evaluation results", () => {
    const out = toText(summarize(ukraineJapan(), { citations: false, evaluation: { semantics: "grounded", complete: true, labels: [{ id: "framing", label: "undec" }] } }), { width: 0 });
    expect(out).toContain("Evaluated with grounded semantics.");
    expect(out).toContain("#15 Conclusion: The discussion matters less as an immediate procurement breakthrough than as a sign that one of the world's most cautious security actors is slowly rethinking how it supports partners under pressure. [undecided]");
    expect(out).toContain("    Japan's export framework has become more flexible… (see #2)");
    expect(out).toContain("  Reason: A softer export framework does not automatically mean… (see #3)");
  });

  test("shows the hidden points and omits the title when asked", () => {
    const out = toText(summarize(lunch(), { depth: 1, citations: false }), { title: false });
    expect(out).toBe("#1 Thesis: We should get pizza.\n  #2 Reason: Pizza is quick.\n  #3 Objection: Sam cannot eat cheese.\n    (1 more not shown)\n\nVerdict: The thesis stands: the objection is answered.\n");
  });
});

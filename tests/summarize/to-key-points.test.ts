import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { ArgmapError, argmap, summarize, toKeyPoints } from "../../src/index.js";

describe("toKeyPoints", () => {
  test("lists the heaviest points for and against as sentences (ties in reading order), and ends on the verdict", () => {
    const map = argmap("Cars")
      .thesis("t", "Cities should ban cars.")
      .claim("air", "Air would be cleaner.")
      .claim("pm", "Brakes still release particles.")
      .claim("safe", "Streets would be safer.")
      .claim("shops", "Shops would lose customers.")
      .claim("foot", "Footfall went up in car-free streets.")
      .claim("study", "A study of ten cities found this.")
      .support("air", "t")
      .attack("pm", "air")
      .support("safe", "t")
      .attack("shops", "t")
      .attack("foot", "shops")
      .support("study", "foot")
      .build();
    expect(toKeyPoints(summarize(map), { count: 2 })).toBe(
      [
        "Cars",
        "====",
        "",
        "Thesis: Cities should ban cars.",
        "Strongest points for:",
        "- Air would be cleaner.",
        "- Footfall went up in car-free streets.",
        "Strongest points against:",
        "- Shops would lose customers.",
        "- Brakes still release particles.",
        "",
        "Verdict: The thesis stands, although the objection that brakes still release",
        "  particles goes unanswered.",
        "",
      ].join("\n"),
    );
  });

  test("writes German headings and says when a side has no points", () => {
    const map = argmap("Fleisch").thesis("t", "Wir sollten weniger Fleisch essen.").claim("a", "Das schont das Klima.").support("a", "t").build();
    const out = toKeyPoints(summarize(map, { language: "de" }), { title: false });
    expect(out).toBe("These: Wir sollten weniger Fleisch essen.\nStärkste Punkte dafür:\n- Das schont das Klima.\nStärkste Punkte dagegen:\n- (keine)\n");
  });

  test("keeps to the count on a real map and rejects a bad count", () => {
    const out = toKeyPoints(summarize(ukraineJapan()), { width: 0 });
    const items = out.split("\n").filter((line) => line.startsWith("- "));
    expect(items.length).toBeLessThanOrEqual(3 * 2 * 2);
    expect(() => toKeyPoints(summarize(ukraineJapan()), { count: 0 })).toThrow(ArgmapError);
  });
});

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { measureLines, textWidth, wrapText } from "../../src/render/text-metrics.js";

describe("textWidth", () => {
  test("sums DejaVu Sans advance widths, scaled by the font size", () => {
    // "Japan": J 295 + a 613 + p 635 + a 613 + n 634 = 2790 units.
    expect(textWidth("Japan", { fontSize: 10 })).toBeCloseTo(27.9, 5);
    expect(textWidth("Japan", { fontSize: 20 })).toBeCloseTo(55.8, 5);
    expect(textWidth("")).toBe(0);
  });

  test("bold text is wider than regular text", () => {
    expect(textWidth("Ukraine", { bold: true })).toBeGreaterThan(textWidth("Ukraine"));
  });

  test("wide characters count a full em, astral ones once", () => {
    expect(textWidth("日本", { fontSize: 10 })).toBe(20);
    expect(textWidth("😀", { fontSize: 10 })).toBe(10);
  });
});

describe("wrapText", () => {
  test("keeps every line within the width and every word in order", () => {
    const text = "Japan could become another potential source of advanced defense equipment and industrial know how.";
    for (const width of [120, 220, 400]) {
      const lines = wrapText(text, width);
      for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
      expect(lines.join(" ")).toBe(text);
    }
    for (const line of wrapText(text, 60)) expect(textWidth(line)).toBeLessThanOrEqual(60 + 1e-9);
  });

  test("fills lines greedily", () => {
    expect(wrapText("a b c", 1000)).toEqual(["a b c"]);
    const lines = wrapText("one two three four five six", textWidth("one two three"));
    expect(lines[0]).toBe("one two three");
  });

  test("cuts a word that is wider than a line", () => {
    const lines = wrapText("Supercalifragilisticexpialidocious", 50);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe("Supercalifragilisticexpialidocious");
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(50 + 1e-9);
  });

  test("keeps line breaks and collapses runs of spaces", () => {
    expect(wrapText("first   line\nsecond", 1000)).toEqual(["first line", "second"]);
    expect(wrapText("", 100)).toEqual([""]);
  });
});

describe("measureLines", () => {
  test("gives wrapText's lines and exactly the width textWidth gives the widest of them", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "W", "i", "ä", "—", "“", "日", "😀", "\u0301", "Ω"), minLength: 1, maxLength: 14 });
    const text = fc.array(fc.oneof(word, fc.constantFrom(" ", "  ", "\n", "\t")), { maxLength: 30 }).map((parts) => parts.join(" "));
    fc.assert(
      fc.property(text, fc.double({ min: 5, max: 400, noNaN: true }), fc.constantFrom(9, 11.05, 13, 17), fc.boolean(), (t, width, fontSize, bold) => {
        const style = { fontSize, bold };
        const { lines, widest } = measureLines(t, width, style);
        expect(lines).toEqual(wrapText(t, width, style));
        expect(widest).toBe(Math.max(0, ...lines.map((line) => textWidth(line, style))));
      }),
      { numRuns: 500 },
    );
  });
});

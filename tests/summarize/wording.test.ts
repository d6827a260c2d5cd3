import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { sentence, withDefaults, wrap } from "../../src/summarize/wording.js";

describe("sentence", () => {
  test("capitalizes and ends with a full stop once", () => {
    expect(sentence("however, it rains")).toBe("However, it rains.");
    expect(sentence("is it?")).toBe("Is it?");
    expect(sentence("done.")).toBe("Done.");
    expect(sentence("“quoted.”")).toBe("“quoted.”");
  });
});

describe("wrap", () => {
  test("breaks between words within the width, with hanging indents", () => {
    const out = wrap("aaa bbb ccc ddd eee", 9, "> ", "  ");
    expect(out).toBe("> aaa bbb\n  ccc ddd\n  eee");
    for (const line of out.split("\n")) expect(line.length).toBeLessThanOrEqual(9);
  });

  test("keeps long words whole and does nothing at width 0", () => {
    expect(wrap("a verylongword b", 5)).toBe("a\nverylongword\nb");
    expect(wrap("a b c", 0, "- ")).toBe("- a b c");
  });

  test("splits words at every whitespace a regular expression's \\s knows, and nowhere else", () => {
    // Words as `\S+` finds them: the line breaks of wrap are the ones this reference makes.
    const reference = (text: string, width: number, first: string, rest: string): string => {
      const lines: string[] = [];
      let line: string[] = [];
      let length = first.length;
      for (const word of text.match(/\S+/g) ?? []) {
        if (line.length > 0 && length + 1 + word.length <= width) {
          line.push(word);
          length += 1 + word.length;
          continue;
        }
        if (line.length > 0) lines.push(line.join(" "));
        line = [word];
        length = (lines.length === 0 ? first : rest).length + word.length;
      }
      if (line.length > 0) lines.push(line.join(" "));
      return lines.length === 0 ? first : lines.map((l, i) => (i === 0 ? first : rest) + l).join("\n");
    };
    const spaces = [" ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u1680", "\u2000", "\u2005", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"];
    // Characters next to whitespace that are not whitespace: a zero-width space, a zero-width joiner, a surrogate pair.
    const others = ["a", "bb", "Wort", "\u200b", "\u200d", "😀", "x\u0085y", "-"];
    const text = fc.array(fc.oneof(fc.constantFrom(...spaces), fc.constantFrom(...others)), { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 20 }), (t, width) => {
        expect(wrap(t, width, "> ", "  ")).toBe(reference(t, width, "> ", "  "));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });
});

describe("withDefaults", () => {
  test("ignores undefined and returns a new object", () => {
    const defaults = Object.freeze({ width: 80, title: true });
    const out = withDefaults(defaults, { width: undefined, title: false });
    expect(out).toEqual({ width: 80, title: false });
    expect(out).not.toBe(defaults);
  });
});

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
});

describe("withDefaults", () => {
  test("ignores undefined and returns a new object", () => {
    const defaults = Object.freeze({ width: 80, title: true });
    const out = withDefaults(defaults, { width: undefined, title: false });
    expect(out).toEqual({ width: 80, title: false });
    expect(out).not.toBe(defaults);
  });
});

import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { findAnchor } from "../../src/index.js";
import { expectThrowsIssue } from "../fixtures/core/helpers.js";

describe("findAnchor", () => {
  const source = { id: "s", title: "T", text: "Cats purr. Dogs bark." };

  test("finds a quote that occurs once", () => {
    expect(findAnchor(source, "Dogs bark")).toEqual({ source: "s", start: 11, end: 20, quote: "Dogs bark" });
    expect(findAnchor(source, source.text)).toEqual({ source: "s", start: 0, end: source.text.length, quote: source.text });
  });

  test("uses UTF-16 offsets (JS string indices)", () => {
    const text = "🦆 says: quack. 論点 ok";
    const anchor = findAnchor({ id: "u", title: "U", text }, "論点");
    expect(anchor).toEqual({ source: "u", start: 16, end: 18, quote: "論点" });
    expect(text.slice(anchor.start, anchor.end)).toBe("論点");
  });

  test("fails with anchor-mismatch or anchor-ambiguous", () => {
    expectThrowsIssue(() => findAnchor(source, "Birds"), "anchor-mismatch", ["quote"]);
    expectThrowsIssue(() => findAnchor(source, ""), "anchor-mismatch", ["quote"]);
    expectThrowsIssue(() => findAnchor({ id: "x", title: "no text" }, "Cats"), "anchor-mismatch", ["quote"]);
    expectThrowsIssue(() => findAnchor(source, "r"), "anchor-ambiguous", ["quote"]);
    expectThrowsIssue(() => findAnchor({ id: "x", title: "T", text: "aaa" }, "aa"), "anchor-ambiguous", ["quote"]);
  });

  test("any anchor it returns matches the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        const quote = text.slice(start, end);
        let anchor;
        try {
          anchor = findAnchor({ id: "s", title: "T", text }, quote);
        } catch {
          return; // empty, or occurs more than once
        }
        expect(text.slice(anchor.start, anchor.end)).toBe(quote);
        expect(text.indexOf(quote, anchor.start + 1)).toBe(-1);
      }),
    );
  });
});

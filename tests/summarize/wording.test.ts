import { describe, expect, test } from "vitest";
import { clause, displayText, list, numberWord, ordinal, sentence, shortForm, shortLabel, Vocabulary, withDefaults, wrap } from "../../src/summarize/wording.js";

describe("clause", () => {
  test.each([
    ["The shift signals readiness.", "the shift signals readiness"],
    ["Even limited cooperation helps.", "even limited cooperation helps"],
    ["For Ukraine, the value lies here.", "for Ukraine, the value lies here"],
    ["Japan could become a source.", "Japan could become a source"],
    ["Japanese authorities must weigh it.", "Japanese authorities must weigh it"],
    ["NATO agrees.", "NATO agrees"],
    ["It's late.", "it's late"],
    ["Wait...", "Wait..."],
    ["Who knows?", "who knows?"],
    ["", "(no text)"],
  ])("%j becomes %j", (input, expected) => {
    expect(clause(input)).toBe(expected);
  });
});

describe("sentence", () => {
  test("capitalizes and ends with a full stop once", () => {
    expect(sentence("however, it rains")).toBe("However, it rains.");
    expect(sentence("is it?")).toBe("Is it?");
    expect(sentence("done.")).toBe("Done.");
    expect(sentence("“quoted.”")).toBe("“quoted.”");
  });
});

describe("shortForm and shortLabel", () => {
  test("cut at the first clause of four words or more", () => {
    const text = "Japan's export framework has become more flexible, allowing Tokyo to consider broader forms.";
    expect(shortForm(text)).toBe("Japan's export framework has become more flexible");
    expect(shortLabel(text)).toBe("Japan's export framework has become more flexible…");
  });

  test("keep a short first clause with what follows", () => {
    expect(shortForm("For Ukraine, the value lies in keeping the option alive.")).toBe("for Ukraine, the value lies in keeping the option alive");
    expect(shortLabel("For Ukraine, the value lies in keeping the option alive.")).toBe("For Ukraine, the value lies in keeping the option alive");
  });

  test("stop after fourteen words", () => {
    const long = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen";
    expect(shortForm(long)).toBe("one two three four five six seven eight nine ten eleven twelve thirteen fourteen…");
  });
});

describe("counting words", () => {
  test("numberWord and ordinal", () => {
    expect([0, 1, 2, 12, 13].map(numberWord)).toEqual(["no", "one", "two", "twelve", "13"]);
    expect([0, 1].map((i) => ordinal(i, 2))).toEqual(["First", "Second"]);
    expect([0, 1, 2].map((i) => ordinal(i, 3))).toEqual(["First", "Second", "Finally"]);
    expect(ordinal(10, 12)).toBe("Next");
  });

  test("list", () => {
    expect(list([])).toBe("");
    expect(list(["a"])).toBe("a");
    expect(list(["a", "b", "c"], "or")).toBe("a, b or c");
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

describe("helpers", () => {
  test("displayText folds lines and names empty text", () => {
    expect(displayText(" a\n  b ")).toBe("a b");
    expect(displayText(" ")).toBe("(no text)");
  });

  test("withDefaults ignores undefined and returns a new object", () => {
    const defaults = Object.freeze({ width: 80, title: true });
    const out = withDefaults(defaults, { width: undefined, title: false });
    expect(out).toEqual({ width: 80, title: false });
    expect(out).not.toBe(defaults);
  });
});

describe("Vocabulary", () => {
  test("learns names from capitals inside sentences and common words from lower case", () => {
    const vocabulary = new Vocabulary().add("Ask Sam about pizza. Pizza is quick, said Sam.").add("Walking helps.");
    expect(vocabulary.isCommon("Pizza")).toBe(true);
    expect(vocabulary.isCommon("Sam")).toBe(false);
    expect(vocabulary.isCommon("Ask")).toBe(false);
    expect(vocabulary.isCommon("Walking")).toBe(true);
    expect(clause("Pizza is quick.", vocabulary)).toBe("pizza is quick");
    expect(clause("Sam cannot eat cheese.", vocabulary)).toBe("Sam cannot eat cheese");
  });
});

import { describe, expect, test } from "vitest";
import { parseArgumentMap } from "../../src/index.js";
import { quoteId, quoteIds } from "../../src/internal/quote-ids.js";

describe("quoteId", () => {
  test("quotes JSON-style: control characters, ANSI escapes, lone surrogates and bidi controls are escaped", () => {
    expect(quoteId("a")).toBe('"a"');
    expect(quoteId('say "hi"\n')).toBe('"say \\"hi\\"\\n"');
    expect(quoteId("\u001b[31mred")).toBe('"\\u001b[31mred"');
    expect(quoteId("\uD800x")).toBe('"\\ud800x"');
    expect(quoteId("\u202Egnp.exe")).toBe('"\\u202egnp.exe"');
    expect(quoteId("a\u2028b")).toBe('"a\\u2028b"');
  });

  test("cuts long ids at about 80 characters, never inside a surrogate pair", () => {
    const long = "x".repeat(100_000);
    expect(quoteId(long)).toBe(`"${"x".repeat(79)}…"`);
    const ducks = "🦆".repeat(60);
    const shown = JSON.parse(quoteId(ducks)) as string;
    expect(shown.endsWith("…")).toBe(true);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(shown)).toBe(false);
    expect(shown.length).toBeLessThanOrEqual(81);
  });

  test("quoteIds names at most ten", () => {
    expect(quoteIds(["a", "b"])).toBe('"a", "b"');
    expect(quoteIds(Array.from({ length: 12 }, (_, i) => `id${i}`))).toMatch(/"id9" and 2 more$/);
  });
});

describe("ids in issue messages", () => {
  test("a newline or a 100,000-character id cannot forge lines or flood a message", () => {
    const forged = "x\nmap.json:1: error forged";
    const long = "y".repeat(100_000);
    const result = parseArgumentMap({
      format: "argmap",
      version: 1,
      title: "T",
      sources: [],
      claims: [{ id: "a", text: "A" }],
      relations: [
        { id: "r1", type: "support", from: [forged], to: "a" },
        { id: "r2", type: "support", from: ["a"], to: long },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const issue of result.issues) {
      expect(issue.message).not.toContain("\n");
      expect(issue.message.length).toBeLessThan(300);
    }
  });
});

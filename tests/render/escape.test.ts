import { describe, expect, test } from "vitest";
import { escapeXml, isSafeUrl, jsonForScript, showBidiControls } from "../../src/render/escape.js";

describe("escapeXml", () => {
  test("turns markup characters into entities", () => {
    expect(escapeXml(`<script>"a" & 'b' ]]>`)).toBe("&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39; ]]&gt;");
  });

  test("replaces characters XML forbids and lone surrogates", () => {
    expect(escapeXml("a\u0000b\u0008c\ud800d\udc00")).toBe("a\ufffdb\ufffdc\ufffdd\ufffd");
    expect(escapeXml("tab\there\nnew 😀")).toBe("tab\there\nnew 😀");
  });

  test("changes exactly the characters it must, alone or among others, for every UTF-16 code unit", () => {
    const changed: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      const alone = escapeXml(char);
      // The same character after plain text must come out the same way (no fast path may skip it).
      expect(escapeXml(`plain ${char}`)).toBe(`plain ${alone}`);
      if (alone !== char) changed.push(unit.toString(16));
    }
    const expected = [
      ...["&", "<", ">", '"', "'"].map((c) => c.charCodeAt(0).toString(16)),
      ...range(0x0, 0x8), "b", "c", ...range(0xe, 0x1f), ...range(0xd800, 0xdfff), "fffe", "ffff",
      ...range(0x202a, 0x202e), ...range(0x2066, 0x2069),
    ];
    expect(changed.sort()).toEqual(expected.sort());
  });
});

/** The hexadecimal code units from `from` to `to`, inclusive. */
function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => (from + i).toString(16));
}

describe("jsonForScript", () => {
  test("writes no character that could end a script element", () => {
    const value = { text: "</script><!-- & \u2028" };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("isSafeUrl", () => {
  test("accepts web and mail links only", () => {
    expect(isSafeUrl("https://example.org/a?b=c")).toBe(true);
    expect(isSafeUrl("mailto:editor@example.org")).toBe(true);
    expect(isSafeUrl("javascript:alert(1)")).toBe(false);
    expect(isSafeUrl(" JaVaScRiPt:alert(1)")).toBe(false);
    expect(isSafeUrl("data:text/html,<script>")).toBe(false);
    expect(isSafeUrl("/relative")).toBe(false);
  });
});

describe("showBidiControls", () => {
  test("writes out every embedding, override and isolate control, and leaves other text alone", () => {
    const controls = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"];
    for (const char of controls) expect(showBidiControls(`a${char}b`)).toBe(`a⟨U+${char.charCodeAt(0).toString(16).toUpperCase()}⟩b`);
    expect(showBidiControls("\u202egnp.exe")).toBe("⟨U+202E⟩gnp.exe");
    expect(showBidiControls("שלום \u200f marks stay")).toBe("שלום \u200f marks stay");
    expect(escapeXml("\u202e<b>")).toBe("⟨U+202E⟩&lt;b&gt;");
  });
});

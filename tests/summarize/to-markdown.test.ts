import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { ArgumentMap, argmap, summarize, toMarkdown } from "../../src/index.js";
import { lunch } from "./fixtures.js";

describe("toMarkdown", () => {
  test("renders an outline with roles, numbers and footnotes", () => {
    expect(toMarkdown(summarize(lunch()))).toBe(
      [
        "# Lunch",
        "",
        "**#1 Thesis.** We should get pizza.[^1]",
        "",
        "- **#2 Reason.** Pizza is quick.[^2]",
        "- **#3 Objection.** Sam cannot eat cheese.[^3]",
        "  - **#4 Undercut.** There is vegan pizza.[^4]",
        "",
        "**Verdict.** The thesis stands: the objection is answered.",
        "",
        "[^1]: “We should get pizza”",
        "[^2]: “pizza is quick”",
        "[^3]: “Sam cannot eat cheese”",
        "[^4]: “there is vegan pizza”",
        "",
        "Quotations from *Team chat*.",
        "",
      ].join("\n"),
    );
  });

  test("leaves out the title and the footnotes when asked", () => {
    const out = toMarkdown(summarize(lunch(), { citations: false }), { title: false });
    expect(out.startsWith("**#1 Thesis.**")).toBe(true);
    expect(out).not.toContain("[^");
  });

  test("refers to a shared claim by its number and shows linked premises", () => {
    const out = toMarkdown(summarize(ukraineJapan()));
    expect(out).toContain("- **#2 Reason.** Japan's export framework has become more flexible");
    expect(out).toContain("- **Reason, linked premises:**\n  - **#16** For years Japan kept tight limits");
    expect(out).toContain("  - *Japan's export framework has become more flexible…* (see #2)");
    expect(out).toContain("- **Reason.** *A softer export framework does not automatically mean…* (see #3)");
    // Every written claim is numbered once.
    for (let n = 1; n <= 16; n++) expect(out.match(new RegExp(`\\*\\*#${n}[ *]`, "g"))).toHaveLength(1);
  });

  test("escapes Markdown in text from the map", () => {
    const map = argmap("*Bold* [link](x)").thesis("t", "Use `code` <b>here</b> | now_ok #1").build();
    const out = toMarkdown(summarize(map));
    expect(out).toContain("# \\*Bold\\* \\[link\\](x)");
    expect(out).toContain("Use \\`code\\` \\<b\\>here\\</b\\> \\| now\\_ok \\#1");
  });

  test("escapes an & that would start a character reference, in every place text from the map goes", () => {
    const text = "&lt;b&gt; and &#60;i&#x3e; stay text; pros & cons and AT&T stay as they are";
    const map = argmap(`Title &amp; more`, { description: "A &quot;map&quot;" })
      .source({ id: "s", title: "Source &copy;", text })
      .thesis("t", text, { quote: "&lt;b&gt;" })
      .build();
    const out = toMarkdown(summarize(map));
    expect(out).toContain("# Title \\&amp; more");
    expect(out).toContain("A \\&quot;map\\&quot;");
    expect(out).toContain("\\&lt;b\\&gt; and \\&\\#60;i\\&\\#x3e; stay text; pros & cons and AT&T stay as they are");
    expect(out).toContain("“\\&lt;b\\&gt;”");
    expect(out).toContain("*Source \\&copy;*");
    // No character reference is left unescaped anywhere.
    expect(out).not.toMatch(/(?<!\\)&(?:\\?#[0-9]+|\\?#x[0-9a-f]+|[a-z][a-z0-9]*);/i);
  });

  test("shows evaluation results and hidden points", () => {
    const map = lunch();
    const out = toMarkdown(
      summarize(map, { depth: 1, evaluation: { semantics: "grounded", complete: true, labels: [{ id: "t", label: "in" }, { id: "a1", label: "out" }], strengths: [{ id: "quick", strength: 0.8 }] } }),
    );
    expect(out).toContain("*Evaluated with grounded semantics.*");
    expect(out).toContain("**#1 Thesis.** We should get pizza.[^1] — *stands*");
    expect(out).toContain("- **#2 Reason.** Pizza is quick.[^2] — *strength 0.80*");
    expect(out).toContain("- **#3 Objection.** Sam cannot eat cheese.[^3] — *defeated*");
    expect(out).toContain("  - *… 1 more not shown*");
  });

  test("names each source in footnotes when there are several", () => {
    const map = argmap("two sources")
      .source({ id: "a", title: "First", text: "Alpha." })
      .source({ id: "b", title: "Second", url: "https://example.org/b", text: "Beta." })
      .thesis("t", "Alpha.", { quote: "Alpha", source: "a" })
      .claim("r", "Beta.", { quote: "Beta", source: "b" })
      .support("r", "t")
      .build();
    const out = toMarkdown(summarize(map));
    expect(out).toContain("[^1]: “Alpha” — First");
    expect(out).toContain("[^2]: “Beta” — [Second](https://example.org/b)");
  });

  test("links only http(s) and mailto URLs, and a ) cannot inject a link", () => {
    const withUrl = (url: string): string => {
      const map = argmap("links")
        .source({ id: "a", title: "First", url, text: "Alpha." })
        .source({ id: "b", title: "Second", text: "Beta." })
        .thesis("t", "Alpha.", { quote: "Alpha", source: "a" })
        .claim("r", "Beta.", { quote: "Beta", source: "b" })
        .support("r", "t")
        .build();
      return toMarkdown(summarize(map));
    };
    for (const bad of ["javascript:alert(1)", "JavaScript:alert(1)", " data:text/html,<b>x</b>", "vbscript:msgbox", "file:///etc/passwd"]) {
      const out = withUrl(bad);
      expect(out).not.toMatch(/\]\((?!https?:|mailto:)/i);
      expect(out).toContain("First (");
    }
    const injected = withUrl("https://example.org/a) [click](javascript:alert(1)");
    expect(injected).toContain("[First](https://example.org/a%29%20%5Bclick%5D%28javascript:alert%281%29)");
    expect(injected.match(/\]\(/g)).toHaveLength(1);
    expect(withUrl("mailto:ann@example.org")).toContain("[First](mailto:ann@example.org)");
  });

  test("lists isolated statements under Other statements, in German too", () => {
    const map = new ArgumentMap({ title: "Notizen" });
    map.addClaim({ id: "a", text: "Steuern sollten sinken." });
    map.addClaim({ id: "b", text: "Das Wachstum ist schwach." });
    map.addClaim({ id: "n", text: "Eine Anmerkung." });
    map.addRelation({ id: "r", type: "support", from: ["b"], to: "a" });
    const out = toMarkdown(summarize(map, { language: "de" }));
    expect(out).toContain("**#1 Schluss.** Steuern sollten sinken.");
    expect(out).toContain("- **#2 Grund.** Das Wachstum ist schwach.");
    expect(out).toContain("**Weitere Aussagen:**\n\n- **#3** Eine Anmerkung.");
    expect(toMarkdown(summarize(map, { language: "en" }))).toContain("**Other statements:**");
    // Without a language, the German text chooses German.
    expect(toMarkdown(summarize(map))).toContain("**Weitere Aussagen:**");
  });

  test("says so when the map is empty", () => {
    expect(toMarkdown(summarize(new ArgumentMap({ title: "Empty" })))).toBe("# Empty\n\n*The map has no claims.*\n");
  });
});

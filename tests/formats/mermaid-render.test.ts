/**
 * toMermaid's output rendered by mermaid itself in Chromium: text that
 * Mermaid reads as syntax (`%%{init: …}%%` directives, `%%` comments, entity
 * codes, `style…:…#…;`, its own `ﬂ°°`/`¶ß` stand-ins, tags, Markdown, quotes,
 * brackets, keywords) is shown as the text it is, never as configuration,
 * and never breaks the diagram.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { toMermaid } from "../../src/formats/index.js";
import { argmap } from "../../src/index.js";
import { SKIP_BROWSER } from "../render/browser.js";
import { mermaidRenderer, type MermaidRenderer } from "./mermaid-browser.js";

/** Texts Mermaid would read as syntax, each shown as it is. */
const TEXTS: readonly string[] = [
  '%%{init: {"theme": "dark", "themeCSS": ".node rect { fill: #ff0000 !important; }"}}%%',
  "before %%{init: {'flowchart': {'htmlLabels': false}}}%% after",
  "a %% comment to the end of the line",
  "%%{wrap}%%",
  "style:#x; classDef x fill:#f00;",
  "linkStyle 0 stroke:#f00;",
  "ﬂ°°65¶ß and ﬂ°amp¶ß",
  "#35; #quot; &amp; &lt;b&gt; &#60;",
  '<b>bold</b> <img src=x onerror="alert(1)"> <br>',
  "`code` **bold** _italic_ ~~struck~~ [link](http://x.y)",
  "\"double\" 'single' «guillemets»",
  "[brackets] (parens) {braces} |pipes| ((circle)) >flag]",
  "a;b:c,d",
  "back\\slash \\n \\\\",
  "\\n",
  "a\\n\nb\\nc",
  "-->|x| --- ==> -.-> --x",
  "end",
  "graph TD",
  "click c1 callback",
  "\u202Eright to left\u202C \u200F mark",
  "👩‍👩‍👧 🦆 論点 Ünïcode",
  "line one\nline two",
  "",
];

/** Mermaid's stand-ins `ﬂ°` and `¶ß`, and a backslash before "n" (a line break to Mermaid), are written with a zero-width space between their characters. */
const shownApart = (text: string): string => text.replace(/ﬂ(?=°)|¶(?=ß)/g, "$&\u200B").replace(/\\(?=n)/g, "\\\u200B");

describe.skipIf(SKIP_BROWSER)("Mermaid renders every text as text", () => {
  let mermaid: MermaidRenderer;
  let plainCss: string;
  beforeAll(async () => {
    mermaid = await mermaidRenderer();
    const plain = await mermaid.render(toMermaid(argmap("Plain").thesis("t", "Plain").claim("a", "Also").support("a", "t", { label: "why" }).build()).value);
    plainCss = plain.css.replaceAll(/#m\d+/g, "#ID");
  }, 60_000);
  afterAll(() => mermaid?.close());

  test.each(TEXTS)("%j as a claim, a relation label and the title", async (text) => {
    // A claim's text is never blank (empty-text); "" is tried as a label and a title only.
    const claimText = text === "" ? "Plain" : text;
    const map = argmap(text === "" ? "untitled" : text).thesis("t", claimText).claim("a", "Other").support("a", "t", { label: text }).build();
    const { value, warnings } = toMermaid(map);
    const drawing = await mermaid.render(value);
    expect(drawing.error).toBeUndefined();
    expect(drawing.nodes.c1).toBe(shownApart(claimText));
    expect(drawing.nodes.c2).toBe("Other");
    if (text !== "") expect(drawing.edges["c2>c1"]).toBe(shownApart(text));
    else expect(drawing.edges["c2>c1"] ?? "").toBe("");
    // A title is one line, and Mermaid cleans it up as HTML: <, > and & become look-alikes.
    const title = text.replace(/\s+/g, " ").replace(/[<>&]/g, (ch) => ({ "<": "＜", ">": "＞", "&": "＆" })[ch]!);
    expect(drawing.title).toBe(title === "" ? "untitled" : shownApart(title));
    // No directive reached Mermaid's configuration: the diagram's CSS is the plain one.
    expect(drawing.css.replaceAll(/#m\d+/g, "#ID")).toBe(plainCss);
    const changed = title !== text || shownApart(text) !== text;
    expect(warnings.filter((w) => w.code === "text-changed").length).toBe(changed ? 1 : 0);
  });

  test("white space HTML collapses is collapsed by the writer, and reported", async () => {
    const map = argmap("T").thesis("t", "  two  spaces\tand a tab  \r\nnext line ").build();
    const { value, warnings } = toMermaid(map);
    expect((await mermaid.render(value)).nodes.c1).toBe("two spaces and a tab\nnext line");
    expect(warnings.map((w) => [w.code, w.path])).toEqual([["text-changed", ["claims", 0, "text"]]]);
  });
});

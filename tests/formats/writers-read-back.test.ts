/**
 * Every writer's text, read back by a parser of its target: Mermaid (mermaid
 * itself, in Chromium), DOT (Graphviz's `dot`, its SVG), GraphML
 * (@xmldom/xmldom), Markdown summaries (the CommonMark reference parser) and
 * Argdown (@argdown/core, through fromArgdown). Over arbitrary strings in
 * every text field (markup, `%`, `;`, quotes, backslashes, control and bidi
 * characters, lone surrogates, white space of every kind), the text read
 * back equals the text written, or the writer's `text-changed` warning says
 * what changed, and what is read back is exactly that change.
 */
import { execFileSync } from "node:child_process";
import { DOMParser } from "@xmldom/xmldom";
import { Parser as CommonMark, type Node as MarkdownNode } from "commonmark";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fromArgdown, toArgdown } from "../../src/formats/argdown/index.js";
import { toDot, toGraphml, toMermaid } from "../../src/formats/index.js";
import { ArgumentMap, type ArgmapIssue, type Claim } from "../../src/index.js";
import { summarize, toMarkdown } from "../../src/summarize/index.js";
import { oneLine } from "../../src/summarize/embed.js";
import { languageFor } from "../../src/summarize/languages/index.js";
import { standaloneSentence } from "../../src/summarize/to-key-points.js";
import { vocabularyOf } from "../../src/summarize/to-prose.js";
import { SKIP_BROWSER } from "../render/browser.js";
import { documentOf, shape } from "./helpers.js";
import { mermaidRenderer, type MermaidRenderer } from "./mermaid-browser.js";

/** Pieces that mean something to some target, or to a terminal. */
const FRAGMENTS = [
  "%%{init: {}}%%", "%%", "%", ";", ":", '"', "'", "\\", "\\n", "\\N", "\\l", "<b>", "</b>", "<br>", "&amp;", "&lt;", "&", "#35;", "#",
  "`", "*", "_", "~", "[", "]", "(", ")", "{", "}", "|", "-->", "\n", "\r\n", "\r", "\t", "  ", " ", "\u0000", "\u001b[31m", "\u0007",
  "\u007f", "\u202e", "\u200f", "\u2028", "\u00a0", "\ud800", "\udc00", "ﬂ°°", "¶ß", "🦆", "é", "論点", "&#0;", "]]>", "<!--", "---",
  "===", "[^1]", "1. ", "- ", "> ", "# ", "+ ", "<A>:", "[T]:", "word", "Cities should ban cars.",
];

/** Arbitrary strings: any code points, graphemes, or runs of the fragments above. */
const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 3 })), { maxLength: 6 }).map((parts) => parts.join("")),
);

/** A claim's text must say something (a blank one is `empty-text`): a blank string gets a word after it. */
const claimText = (text: string): string => (/\S/.test(text) ? text : `${text}word`);

/** Maps whose claim texts (never blank), relation labels and notes and title are arbitrary strings. */
const hostileMap = (options: { readonly claims?: number; readonly notes?: boolean } = {}): fc.Arbitrary<ArgumentMap> =>
  fc
    .tuple(shape({ maxClaims: options.claims ?? 5, maxRelations: 4 }), fc.array(anyText, { minLength: 12, maxLength: 12 }), anyText)
    .map(([s, texts, title]) => {
      const doc = documentOf(title, s, (i) => claimText(texts[i]!), (i): Partial<Claim> => (options.notes === true && i % 2 === 0 ? { note: texts[(i + 7) % 12]! } : {}));
      doc.relations = doc.relations.map((relation, k) => ({ ...relation, label: texts[(k + 5) % 12]!, ...(options.notes === true ? { note: texts[(k + 9) % 12]! } : {}) }));
      return ArgumentMap.fromJSON(doc);
    });

/** C0 controls but tab, line feed and carriage return, DEL, lone surrogates, U+FFFE/U+FFFF: what the diagram writers replace with U+FFFD. */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const replaced = (text: string): string => text.replace(UNSAFE, "\uFFFD");

/**
 * The check of every target: what is read back is the text, or a
 * `text-changed` warning was given and what is read back is the documented
 * change of the text.
 */
function expectReadBack(read: string | undefined, written: string, changed: string, warnings: readonly ArgmapIssue<string>[], where: string): void {
  if (read === written) return;
  expect(read, `${where}: ${JSON.stringify(written)}`).toBe(changed);
  expect(warnings.map((w) => w.code), `${where}: ${JSON.stringify(written)} read back as ${JSON.stringify(read)} without a warning`).toContain("text-changed");
}

describe("GraphML, read back with @xmldom/xmldom", () => {
  test("every text field", () => {
    fc.assert(
      fc.property(hostileMap({ notes: true }), (map) => {
        const { value, warnings } = toGraphml(map);
        const errors: string[] = [];
        const document = new DOMParser({ errorHandler: { warning: () => undefined, error: (message: string) => void errors.push(message), fatalError: (message: string) => void errors.push(message) } }).parseFromString(value, "text/xml");
        expect(errors).toEqual([]);
        const data = (element: Element, key: string): string | undefined => {
          for (const child of Array.from(element.getElementsByTagName("data"))) if (child.getAttribute("key") === key && child.parentNode === element) return child.textContent ?? "";
          return undefined;
        };
        const graph = document.getElementsByTagName("graph")[0]!;
        expectReadBack(data(graph, "title"), map.title, replaced(map.title), warnings, "title");
        const nodes = Array.from(document.getElementsByTagName("node"));
        map.claims().forEach((claim, i) => {
          expectReadBack(data(nodes[i]!, "text"), claim.text, replaced(claim.text), warnings, `claim ${i}`);
          if (claim.note !== undefined) expectReadBack(data(nodes[i]!, "note"), claim.note, replaced(claim.note), warnings, `note ${i}`);
        });
        map.relations().forEach((relation, k) => {
          const node = nodes[map.claimCount + k]!;
          expectReadBack(data(node, "label"), relation.label!, replaced(relation.label!), warnings, `label ${k}`);
          expectReadBack(data(node, "note"), relation.note!, replaced(relation.note!), warnings, `relation note ${k}`);
        });
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * @xmldom/xmldom's parser with XML 1.0's line ends: by default it also
 * turns U+0085 and U+2028 into line feeds, as XML 1.1 does.
 */
const xml10Parser = (): DOMParser => new DOMParser({ normalizeLineEndings: (text: string) => text.replace(/\r\n?/g, "\n") } as ConstructorParameters<typeof DOMParser>[0]);

/** The lines Graphviz draws for a text: line breaks split it, empty lines leave a gap but no text, and a no-break space stands for a space in a run of spaces. */
const dotLines = (text: string): string => text.split("\n").filter((line) => line !== "").join("\n").replaceAll("\u00a0", " ");

describe("DOT, read back from the SVG that Graphviz's dot draws", () => {
  test("every text field", () => {
    fc.assert(
      fc.property(hostileMap({ notes: true }), (map) => {
        const { value, warnings } = toDot(map, { wrap: 0 });
        const svg = execFileSync("dot", ["-Tsvg"], { input: value, encoding: "utf8", stdio: ["pipe", "pipe", "pipe"] });
        const document = xml10Parser().parseFromString(svg, "image/svg+xml");
        const groups = new Map<string, Element>();
        for (const g of Array.from(document.getElementsByTagName("g"))) {
          const title = Array.from(g.childNodes).find((n): n is Element => n.nodeName === "title");
          if (title !== undefined) groups.set(title.textContent ?? "", g);
        }
        const lines = (g: Element | undefined): string => Array.from(g?.getElementsByTagName("text") ?? [], (t) => t.textContent ?? "").join("\n");
        // An empty tooltip is none; Graphviz writes a space of a run of spaces as a no-break space.
        const tooltip = (g: Element | undefined): string => (g?.getElementsByTagName("a")[0]?.getAttribute("xlink:title") ?? "").replaceAll("\u00a0", " ");
        const shown = (text: string): string => replaced(text).replace(/\r\n?/g, "\n");
        const note = (text: string): string => shown(text).replaceAll("\t", " ");
        const graphLabel = Array.from(document.getElementsByTagName("g")).find((g) => g.getAttribute("class") === "graph");
        if (map.title !== "") {
          const texts = Array.from(graphLabel!.childNodes).filter((n): n is Element => n.nodeName === "text").map((t) => t.textContent ?? "").join("\n");
          expectReadBack(dotLines(texts), dotLines(map.title), dotLines(shown(map.title)), warnings, "title");
        }
        map.claims().forEach((claim, i) => {
          const g = groups.get(`c${i + 1}`);
          expectReadBack(dotLines(lines(g)), dotLines(claim.text), dotLines(shown(claim.text)), warnings, `claim ${i}`);
          if (claim.note !== undefined) expectReadBack(tooltip(g), claim.note.replaceAll("\u00a0", " "), note(claim.note).replaceAll("\u00a0", " "), warnings, `note ${i}`);
        });
        const names = new Map(map.claims().map((c, i) => [c.id, `c${i + 1}`]));
        map.relations().forEach((relation, k) => {
          if (relation.from.length > 1 || map.relationsTo(relation.id).length > 0) names.set(relation.id, `r${k + 1}`);
        });
        map.relations().forEach((relation, k) => {
          const from = names.get(relation.id) ?? names.get(relation.from[0]!)!;
          const g = groups.get(`${from}->${names.get(relation.to)!}`);
          expectReadBack(dotLines(lines(g)), dotLines(relation.label!), dotLines(shown(relation.label!)), warnings, `label ${k}`);
          expectReadBack(tooltip(g), relation.note!.replaceAll("\u00a0", " "), note(relation.note!).replaceAll("\u00a0", " "), warnings, `relation note ${k}`);
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe.skipIf(SKIP_BROWSER)("Mermaid, rendered by mermaid in Chromium", () => {
  let mermaid: MermaidRenderer;
  beforeAll(async () => {
    mermaid = await mermaidRenderer();
  }, 60_000);
  afterAll(() => mermaid?.close());

  /** What Mermaid shows of a label: controls replaced, its stand-ins kept apart, white space collapsed per line. */
  const label = (text: string): string =>
    replaced(text)
      .replace(/\uFB02(?=\u00B0)|\u00B6(?=\u00DF)/g, "$&\u200B")
      .replace(/\\(?=n)/g, "\\\u200B")
      .split(/\r\n|\r|\n/)
      .map((line) => line.replace(/[ \t]+/g, " ").replace(/^ | $/g, ""))
      .join("\n");
  const title = (text: string): string => label(text).replace(/\n/g, " ").replace(/ +/g, " ").replace(/^ | $/g, "").replace(/[<>&\u00a0]/g, (ch) => ({ "<": "＜", ">": "＞", "&": "＆", "\u00a0": " " })[ch]!);

  test("claims, relation labels and the title", async () => {
    await fc.assert(
      fc.asyncProperty(hostileMap({ claims: 4 }), async (map) => {
        const { value, warnings } = toMermaid(map);
        const drawing = await mermaid.render(value);
        expect(drawing.error, value).toBeUndefined();
        if (map.title !== "") expectReadBack(drawing.title ?? "", map.title, title(map.title), warnings, "title");
        map.claims().forEach((claim, i) => expectReadBack(drawing.nodes[`c${i + 1}`], claim.text, label(claim.text), warnings, `claim ${i}`));
        const names = new Map(map.claims().map((c, i) => [c.id, `c${i + 1}`]));
        map.relations().forEach((relation, k) => {
          if (relation.from.length > 1 || map.relationsTo(relation.id).length > 0) names.set(relation.id, `r${k + 1}`);
        });
        map.relations().forEach((relation, k) => {
          if (label(relation.label!) === "") return;
          const from = names.get(relation.id) ?? names.get(relation.from[0]!)!;
          expectReadBack(drawing.edges[`${from}>${names.get(relation.to)!}`], relation.label!, label(relation.label!), warnings, `label ${k}`);
        });
      }),
      { numRuns: 25 },
    );
  });
});

/** The literal text of a CommonMark block, inline markup taken away (soft and hard breaks as spaces). */
function blockText(node: MarkdownNode): string {
  let out = "";
  const walker = node.walker();
  for (let event = walker.next(); event !== null; event = walker.next()) {
    if (!event.entering) continue;
    const n = event.node;
    if (n.type === "text" || n.type === "code") out += n.literal ?? "";
    else if (n.type === "softbreak" || n.type === "linebreak") out += " ";
    else if (n.type === "html_inline") out += n.literal ?? "";
  }
  return out;
}

/** Every claim text a summary holds (claims wherever they are in its tree). */
function summaryTexts(summary: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [summary];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== "object" || seen.has(value)) continue;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (record.kind === "claim" && typeof record.text === "string") out.push(record.text);
    for (const key of Object.keys(record)) stack.push(record[key]);
  }
  return out;
}

/** Control characters but tab and line breaks: Markdown shows each as U+FFFD. */
const CONTROLS_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;


describe("Markdown summaries, read back with the CommonMark reference parser", () => {
  /** Each claim text of the summary is in the document's text, as one line. */
  const check = (map: ArgumentMap): void => {
    const summary = summarize(map);
    const markdown = toMarkdown(summary);
    const document = new CommonMark().parse(markdown);
    const blocks: string[] = [];
    const walker = document.walker();
    for (let event = walker.next(); event !== null; event = walker.next()) {
      if (event.entering && (event.node.type === "paragraph" || event.node.type === "heading")) blocks.push(blockText(event.node));
    }
    // A summary shows a claim as a standalone sentence (a capital, a final
    // mark, the source's discourse markers dropped): that is what must be read back.
    const language = languageFor(summary.language, false);
    const vocabulary = vocabularyOf(summary);
    for (const text of summaryTexts(summary)) {
      if (oneLine(text) === "") continue;
      const line = oneLine(standaloneSentence(text, language, vocabulary, language.outline.noText)).replace(CONTROLS_ALL, "\uFFFD");
      expect(blocks.some((block) => block.includes(line)), `${JSON.stringify(line)} is not in ${JSON.stringify(blocks)}\n${markdown}`).toBe(true);
    }
  };

  test("claim texts", () => {
    fc.assert(
      fc.property(hostileMap(), (map) => check(map)),
      { numRuns: 150 },
    );
  });

  const pair = (text: string): ArgumentMap => ArgumentMap.fromJSON(documentOf("T", { claims: 2, relations: [{ type: "support", from: [1], to: 0 }] }, (i) => (i === 0 ? text : "Because it is so.")));

  test("`&` entities in a claim are shown as written, not as what they encode", () => {
    check(pair("Tags like &lt;b&gt; are &amp; stay text"));
  });

  test("a NUL or another control character in a claim is shown as U+FFFD", () => {
    check(pair("Nul \u0000 here, escape \u001b[31m and bell \u0007"));
  });

  test("a carriage return in a claim is a line break, folded like the others", () => {
    check(pair("Cities ban cars.\r- and this does not become a list item"));
    check(pair("a\r\rb"));
  });
});

describe("Argdown, read back with @argdown/core (fromArgdown)", () => {
  // toArgdown escapes ASCII punctuation with a backslash, and @argdown/core
  // drops a tab right after such an escape; the writer keeps the tab.
  test("a tab after punctuation round-trips or is warned", async () => {
    const map = ArgumentMap.fromJSON(documentOf("T", { claims: 1, relations: [] }, () => "a%\tb"));
    const { value, warnings } = toArgdown(map);
    expectReadBack((await fromArgdown(value)).value.claim("c0")?.text, "a%\tb", "a%\tb", warnings, "claim");
  });

  test("claim texts and relation labels", async () => {
    await fc.assert(
      fc.asyncProperty(hostileMap(), async (map) => {
        const { value, warnings } = toArgdown(map);
        let read: ArgumentMap;
        try {
          read = (await fromArgdown(value)).value;
        } catch (error) {
          throw new Error(`@argdown/core could not read what toArgdown wrote:\n${value}\n${String(error)}`);
        }
        // toArgdown documents its changes: a statement is one line (a line break and the white space around it one space) without outer white space, without controls or lone surrogates.
        const statement = (text: string): string =>
          text
            .replace(/\s*(?:\r\n|\r|\n)\s*/g, " ")
            .trim()
            .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
        map.claims().forEach((claim, i) => expectReadBack(read.claim(claim.id)?.text, claim.text, statement(claim.text), warnings, `claim ${i}`));
        // A relation with a label is an argument, the label its description, under the relation's id.
        map.relations().forEach((relation, k) => expectReadBack(read.relation(relation.id)?.label ?? "", relation.label!, statement(relation.label!), warnings, `label ${k}`));
      }),
      { numRuns: 60 },
    );
  });
});

import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { renderHtml } from "../../src/render/html.js";
import { renderSvg } from "../../src/render/svg.js";
import { layout } from "../../src/render/layout.js";
import { escapeXml } from "../../src/render/escape.js";
import { mapPart } from "../../src/render/part.js";
import { VIEWER_SCRIPT, VIEWER_SCRIPT_SHA256 } from "../../src/render/viewer-script.js";
import { awkwardIdMap, featureMap, hostileMap, treeMap } from "./fixtures.js";

function dataOf(html: string): { semantics: string | null; items: { kind: string; id: string; text: string; strength?: number; quotes: { quote: string; source: string; url?: string }[] }[] } {
  const match = /<script type="application\/json" id="argmap-data">([^<]*)<\/script>/.exec(html);
  if (match === null) throw new Error("no data element");
  return JSON.parse(match[1]!);
}

describe("renderHtml", () => {
  test("writes one standalone page: inline CSS, script and SVG, nothing from the network", async () => {
    const html = await renderHtml(featureMap());
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("<style>");
    expect(html).toMatch(/<svg [^>]*preserveAspectRatio="xMidYMid meet"/);
    expect(html).not.toMatch(/<(?:link|img|iframe|object|embed)\b/);
    expect(html).not.toMatch(/\ssrc=/);
    expect(html).not.toMatch(/@import|url\((?!#argmap-)/);
    expect(html).toContain("<title>Japan&#39;s arms export shift and Ukraine</title>");
    // The policy forbids every fetch and allows only argmap's own script.
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'sha256-${VIEWER_SCRIPT_SHA256}'`);
    expect(html).toContain(`<script>${VIEWER_SCRIPT}</script>`);
  });

  test("the script hash in the policy is the hash of the script, which cannot end its own element", () => {
    expect(createHash("sha256").update(VIEWER_SCRIPT, "utf8").digest("base64")).toBe(VIEWER_SCRIPT_SHA256);
    expect(VIEWER_SCRIPT).not.toMatch(/<\/script|<!--/i);
    expect(VIEWER_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
  });

  test("holds the drawing of renderSvg without its heading (the panel names the map), and is the same for the same input", async () => {
    const map = featureMap();
    const html = await renderHtml(map);
    expect(await renderHtml(map)).toBe(html);
    const svg = (await renderSvg(map, { title: false })).replace(/^<svg /, '<svg preserveAspectRatio="xMidYMid meet" ');
    // The drawing keeps the map's title as its accessible name.
    expect(html).toContain(svg.replace(/<title id="argmap-title">[^<]*<\/title>/, `<title id="argmap-title">${escapeXml(map.title)}</title>`));
    expect(html).not.toContain('class="argmap-heading"');
    expect(html).toContain(`<h1>${escapeXml(map.title)}</h1>`);
  });

  test("gives the panel each claim's and relation's text, quotes with links, and strength", async () => {
    const map = featureMap();
    const html = await renderHtml(map, { evaluation: { semantics: "dfquad", complete: true, strengths: [{ id: "source", strength: 0.8 }] } });
    const data = dataOf(html);
    expect(data.semantics).toBe("dfquad");
    expect(data.items.map((i) => `${i.kind}:${i.id}`)).toEqual([...map.claims().map((c) => `claim:${c.id}`), ...map.relations().map((r) => `relation:${r.id}`)]);
    const source = data.items.find((i) => i.id === "source")!;
    expect(source.strength).toBe(0.8);
    expect(source.quotes).toEqual([
      {
        quote: "Japan could become another potential source of advanced defense equipment and industrial know how.",
        source: "Ukraine weighs Japan's easing of arms export rules",
        url: "https://example.org/ukraine-japan",
      },
    ]);
    expect(data.items.find((i) => i.id === "diversify")!.quotes).toEqual([]);
  });

  test("keeps hostile text inside its JSON and drops unsafe links", async () => {
    const map = hostileMap();
    const html = await renderHtml(map);
    expect(html.match(/<script\b/g)?.length).toBe(2);
    expect(html.match(/<\/script>/g)?.length).toBe(2);
    expect(html).not.toMatch(/<img\b/);
    const data = dataOf(html);
    const thesis = data.items.find((i) => i.id === "t")!;
    expect(thesis.text).toBe(map.claim("t")!.text);
    expect(thesis.quotes[0]!.url).toBeUndefined();
    expect(data.items.some((i) => i.id === "__proto__")).toBe(true);
    expect(data.items.some((i) => i.id === "constructor")).toBe(true);
  });
});

describe("renderHtml: folding and the first view", () => {
  interface ViewData {
    fold: string[] | null;
    levels: string[][];
    view: { text: number; maxText: number; fontSize: number };
    start: string | null;
    small: boolean;
    compact: { depth: number; width: number; height: number; at: Record<string, [number, number]>; paths: Record<string, string[]> }[];
  }
  const viewOf = (html: string): ViewData => JSON.parse(/id="argmap-data">([^<]*)<\/script>/.exec(html)![1]!) as ViewData;

  test("openDepth folds the claims at that level that have reasons or objections", async () => {
    const tree = treeMap(200);
    // Claims on level 3 are c13 … c39; those with reasons of their own (c13 … c66 exist below 200) start folded.
    expect(viewOf(await renderHtml(tree, { openDepth: 3 })).fold).toEqual(Array.from({ length: 27 }, (_, i) => `c${13 + i}`).filter((key) => Number(key.slice(1)) * 3 + 1 < 200));
    expect(viewOf(await renderHtml(tree, { openDepth: 1 })).fold).toEqual(["c1", "c2", "c3"]);
    expect(viewOf(await renderHtml(featureMap(), { openDepth: 0 })).fold).toEqual(["c0"]);
    expect(viewOf(await renderHtml(tree, { openDepth: 9 })).fold).toEqual([]);
  });

  test("without openDepth, the page chooses: it gets the claims to fold at each level, the text sizes and the start claim", async () => {
    const tree = treeMap(200);
    const data = viewOf(await renderHtml(tree));
    expect(data.fold).toBeNull();
    // Level d lists the claims of that level with reasons or objections: c1 … c3, c4 … c12, …
    expect(data.levels.slice(0, 3)).toEqual([["c0"], ["c1", "c2", "c3"], Array.from({ length: 9 }, (_, i) => `c${4 + i}`)]);
    expect(data.levels.flat().length).toBe(new Set(data.levels.flat()).size);
    expect(data.view).toEqual({ text: 12, maxText: 20, fontSize: 13 });
    expect(data.start).toBe("c0");
    expect(data.small).toBe(false);
    expect(viewOf(await renderHtml(featureMap())).small).toBe(true);
  });

  test("lays out the top levels of a larger map on their own, for a first view that opens folded", async () => {
    const tree = treeMap(200);
    const data = viewOf(await renderHtml(tree));
    // 1 + 3 + 9 + 27 claims on levels 0 to 3; 40 ≤ 60, the next level has 121.
    expect(data.compact.map((c) => c.depth)).toEqual([1, 2, 3]);
    const three = data.compact[2]!;
    const part = await layout(mapPart(tree, { depth: 3 }), { direction: (await layout(tree)).direction });
    expect([three.width, three.height]).toEqual([part.width, part.height].map((v) => Math.round(v * 100) / 100));
    expect(Object.keys(three.at).filter((key) => key.startsWith("c")).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `c${i}`).sort());
    // Every relation of the part has its edges, premise edges first, as the drawing lists them.
    expect(Object.keys(three.paths).length).toBe(39);
    for (const paths of Object.values(three.paths)) expect(paths).toHaveLength(2);
    // Compact layouts are smaller than the whole drawing, which takes room for the folded levels.
    const whole = await layout(tree);
    expect(three.height * three.width).toBeLessThan(whole.height * whole.width);
    expect(viewOf(await renderHtml(tree, { openDepth: 2 })).compact).toEqual([]);
    expect(viewOf(await renderHtml(featureMap())).compact.every((c) => Object.keys(c.at).length > 0)).toBe(true);
  });

  test("rejects a bad openDepth", async () => {
    await expect(renderHtml(featureMap(), { openDepth: -1 })).rejects.toMatchObject({ issues: [{ code: "invalid-option", path: ["options", "openDepth"] }] });
  });

  test("keys panel items by their place in the drawing and writes bidi controls out", async () => {
    const html = await renderHtml(awkwardIdMap());
    const data = JSON.parse(/id="argmap-data">([^<]*)<\/script>/.exec(html)![1]!) as { items: { key: string; text: string; into: string[] }[] };
    expect(data.items.map((i) => i.key)).toEqual(["c0", "c1", "c2", "c3", "r0", "r1", "r2"]);
    expect(data.items[0]!.into).toEqual(["r0", "r1", "r2"]);
    expect(data.items[3]!.text).toBe("Open ⟨U+202E⟩gnp.exe and ⟨U+2066⟩isolated⟨U+2069⟩ text.");
    for (const key of ["c0", "c1", "c2", "c3", "r0", "r1", "r2"]) expect(html).toContain(`data-key="${key}"`);
  });
});

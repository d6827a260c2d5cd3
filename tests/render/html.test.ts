import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { renderHtml } from "../../src/render/html.js";
import { renderSvg } from "../../src/render/svg.js";
import { VIEWER_SCRIPT, VIEWER_SCRIPT_SHA256 } from "../../src/render/viewer-script.js";
import { featureMap, hostileMap } from "./fixtures.js";

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

  test("holds the drawing of renderSvg, and is the same for the same input", async () => {
    const map = featureMap();
    const html = await renderHtml(map);
    expect(await renderHtml(map)).toBe(html);
    const svg = (await renderSvg(map)).replace(/^<svg /, '<svg preserveAspectRatio="xMidYMid meet" ');
    expect(html).toContain(svg);
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

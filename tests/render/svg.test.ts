import { describe, expect, test } from "vitest";
import { ArgmapError } from "../../src/errors.js";
import { argmap } from "../../src/map/builder.js";
import { layout } from "../../src/render/layout.js";
import { COLORS, renderSvg } from "../../src/render/svg.js";
import { featureMap, HOSTILE, hostileMap } from "./fixtures.js";

function count(text: string, pattern: RegExp): number {
  return text.match(new RegExp(pattern.source, "g"))?.length ?? 0;
}

/** The markup of the group drawn for a claim or relation. */
function group(svg: string, kind: "claim" | "relation", id: string): string {
  const start = svg.indexOf(`data-id="${id}"`, svg.indexOf(`class="argmap-${kind}`));
  const open = svg.lastIndexOf("<g ", start);
  const close = svg.indexOf("</g>", start);
  if (start < 0 || open < 0 || close < 0) throw new Error(`no ${kind} ${id}`);
  return svg.slice(open, close);
}

describe("renderSvg", () => {
  test("draws a standalone, accessible SVG document", async () => {
    const map = featureMap();
    const svg = await renderSvg(map);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    expect(svg).toMatch(/<title id="argmap-title">Japan&#39;s arms export shift and Ukraine<\/title>/);
    expect(svg).toMatch(/<desc id="argmap-desc">Argument map with 10 claims and 8 relations: 5 supports, 2 attacks, 1 undercut\. Thesis: /);
    expect(svg).toContain('aria-labelledby="argmap-title"');
    expect(count(svg, /class="argmap-claim[ "]/)).toBe(10);
    expect(count(svg, /class="argmap-relation /)).toBe(8);
    // Each claim and relation is named by its <title> (no aria-label repeating it: the drawing stays small).
    expect(group(svg, "claim", "t")).toContain("<title>Thesis: Japan&#39;s easing");
    expect(group(svg, "relation", "s-linked")).toMatch(/<title>Support: “Keeping the option alive[^<]*together with “In wartime/);
    expect(svg).not.toMatch(/<g class="argmap-(claim|relation)[^>]*aria-label=/);
    // No external references: only fragment links to its own markers.
    expect(svg).not.toMatch(/(?:href|src)=/);
    for (const url of svg.match(/url\([^)]*\)/g) ?? []) expect(url).toMatch(/^url\(#argmap-/);
  });

  test("draws supports green with arrows, attacks red with a flat head, undercuts dashed", async () => {
    const svg = await renderSvg(featureMap());
    const edges = svg.match(/<path class="argmap-edge[^>]*>/g) ?? [];
    expect(edges.length).toBe(8 + 9); // one conclusion edge per relation, one edge per premise
    for (const edge of edges) {
      const support = edge.includes("argmap-support");
      expect(edge).toContain(`stroke="${support ? COLORS.support : COLORS.attack}"`);
      if (edge.includes("argmap-conclusion")) expect(edge).toContain(`marker-end="url(#argmap-${support ? "arrow" : "bar"})"`);
      else expect(edge).not.toContain("marker-end");
      expect(edge.includes("stroke-dasharray")).toBe(edge.includes('data-relation="u-cautious"'));
    }
    expect(svg).toMatch(/<marker id="argmap-arrow"[^>]*><path d="M0 0L10 5L0 10z"/);
    expect(svg).toMatch(/<marker id="argmap-bar"[^>]*><rect /);
  });

  test("wraps claim text into lines and writes relation labels and schemes", async () => {
    const svg = await renderSvg(featureMap(), { maxTextWidth: 150 });
    const weigh = group(svg, "claim", "weigh");
    expect(count(weigh, /<tspan /)).toBeGreaterThan(2);
    const words = [...weigh.matchAll(/<tspan [^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(" ");
    expect(words).toBe("Japanese authorities must still weigh legal interpretations, domestic politics and alliance considerations.");
    const labelled = group(svg, "relation", "s-source");
    expect(labelled).toContain(">new supplier</tspan>");
    expect(labelled).toMatch(/font-style="italic"[^>]*>practical reasoning<\/tspan>/);
    expect(group(svg, "claim", "t")).toContain('font-weight="bold"');
  });

  test("colours tags and lists them in the legend", async () => {
    const svg = await renderSvg(featureMap(), { tagColors: new Map([["caution", "#123456"]]) });
    expect(group(svg, "claim", "slow")).toContain('class="argmap-tag" x="3" y="4" width="4"');
    expect(group(svg, "claim", "slow")).toContain('fill="#123456"');
    expect(group(svg, "claim", "source")).toContain(`fill="${COLORS.tags[1]}"`); // "benefit" is the second tag met
    const legend = svg.slice(svg.indexOf('class="argmap-legend"'));
    for (const text of ["supports", "attacks", "undercuts (attacks an inference)", "assessment", "benefit", "caution"]) expect(legend).toContain(`>${text}</text>`);
    expect(legend).toContain('fill="#123456"');
    const bare = await renderSvg(featureMap(), { legend: false, title: false });
    expect(bare).not.toContain("argmap-legend");
    expect(bare).not.toContain("argmap-heading");
  });

  test("shades claims by strength and marks labels when given an evaluation", async () => {
    const map = featureMap();
    const evaluation = {
      semantics: "dfquad",
      complete: true,
      strengths: [
        { id: "t", strength: 1 },
        { id: "slow", strength: 0 },
        { id: "s-signal", strength: 0.5 },
      ],
      labels: [
        { id: "source", label: "out" },
        { id: "weigh", label: "undec" },
      ],
    } as const;
    const svg = await renderSvg(map, { evaluation });
    expect(group(svg, "claim", "t")).toContain(`fill="${COLORS.strongFill}"`);
    expect(group(svg, "claim", "t")).toContain(">strength 1.00</tspan>");
    expect(group(svg, "claim", "slow")).toContain(`fill="${COLORS.fill}"`);
    expect(group(svg, "claim", "source")).toContain('stroke-dasharray="7 4"');
    expect(group(svg, "claim", "source")).toContain(">out</tspan>");
    expect(group(svg, "claim", "weigh")).toContain('stroke-dasharray="2 3"');
    expect(group(svg, "claim", "diversify")).not.toContain("argmap-footer");
    expect(svg).toMatch(/data-relation="s-signal"[^>]*stroke-opacity="0.65"/);
    expect(svg).toContain(">strength 0 → 1 (dfquad)</text>");
    expect(svg).toContain(">out (rejected)</text>");
    const plain = await renderSvg(map);
    expect(plain).not.toContain("strength");
  });

  test("escapes every text so that it stays text", async () => {
    const svg = await renderSvg(hostileMap());
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("<img");
    expect(svg).not.toContain("]]>");
    expect(count(svg, /<\/svg>/)).toBe(1);
    expect(svg).toContain("&lt;script&gt;window.__argmapPwned = 1&lt;/script&gt;");
    expect(svg).toContain('data-id="&lt;/script&gt;"');
    expect(svg).toContain('data-relation="r]]&gt;"');
    expect(HOSTILE).toContain("]]>");
  });

  test("is deterministic, draws a given layout, and leaves the map unchanged", async () => {
    const map = featureMap();
    const before = JSON.stringify(map.toJSON());
    const a = await renderSvg(map);
    const b = await renderSvg(map);
    expect(b).toBe(a);
    const placed = await layout(map, { direction: "right" });
    expect(await renderSvg(map, { layout: placed })).toBe(await renderSvg(map, { direction: "right" }));
    expect(JSON.stringify(map.toJSON())).toBe(before);
    const other = await layout(argmap("other").claim("x", "X").build());
    const error = await renderSvg(map, { layout: other }).catch((e: unknown) => e);
    expect((error as ArgmapError<string>).code).toBe("invalid-option");
    expect((error as ArgmapError<string>).issues[0].path).toEqual(["options", "layout"]);
  });

  test("uses the id prefix for every id and reference", async () => {
    const svg = await renderSvg(featureMap(), { idPrefix: "uj" });
    for (const [, id] of svg.matchAll(/ id="([^"]*)"/g)) expect(id).toMatch(/^uj-/);
    for (const url of svg.match(/url\([^)]*\)/g) ?? []) expect(url).toMatch(/^url\(#uj-/);
  });

  test("draws an empty map", async () => {
    const svg = await renderSvg(argmap("Nothing yet").build());
    expect(svg).toContain(">Nothing yet</tspan>");
    expect(svg).not.toMatch(/class="argmap-claim[ "]/);
  });

  test("rejects bad options with invalid-option", async () => {
    const map = featureMap();
    for (const options of [{ idPrefix: "1bad" }, { idPrefix: 'a"b' }, { tagColors: new Map([["caution", "red;}</style>"]]) }, { margin: -2 }]) {
      const error = await renderSvg(map, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ArgmapError);
      expect((error as ArgmapError<string>).code).toBe("invalid-option");
    }
  });
});

describe("renderSvg: what a drawing says about itself", () => {
  const map = featureMap();
  const strengths = map.claims().map((c) => ({ id: c.id, strength: 0.5 }));

  test("notes a partial evaluation and strengths that did not converge, under the legend and in the description", async () => {
    const partial = { semantics: "preferred", labels: [{ id: "t", label: "in" }], complete: false } as const;
    const svg = await renderSvg(map, { evaluation: partial });
    expect(svg).toContain('class="argmap-notes"');
    expect(svg).toContain("The preferred evaluation is partial");
    expect(svg).toMatch(/<desc [^>]*>[^<]*The preferred evaluation is partial/);
    const unconverged = await renderSvg(map, { evaluation: { semantics: "dfquad", complete: false, strengths, converged: false, iterations: 100 } });
    expect(unconverged).toContain("The dfquad strengths did not converge after 100 iterations");
    expect(unconverged).not.toContain("evaluation is partial");
    const fine = await renderSvg(map, { evaluation: { semantics: "dfquad", complete: true, strengths, converged: true } });
    expect(fine).not.toContain("argmap-notes");
    expect(await renderSvg(map)).not.toContain("argmap-notes");
  });

  test("the notes fit in the drawing", async () => {
    const svg = await renderSvg(map, { evaluation: { semantics: "dfquad", complete: false, strengths, converged: false }, legend: false });
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    const ys = [...svg.matchAll(/<tspan x="[\d.]+" y="([\d.]+)">The dfquad/g)].map((m) => Number(m[1]));
    expect(ys.length).toBe(1);
    expect(ys[0]!).toBeLessThan(height);
  });

  test("writes bidi controls out in claims, labels and the title, and sizes boxes for what is shown", async () => {
    const bidi = argmap("Title \u202e reversed")
      .thesis("t", "Open \u202egnp.exe now.")
      .claim("a", "A reason.")
      .support("a", "t", { id: "r", label: "label \u2067x\u2069" })
      .build();
    const svg = await renderSvg(bidi);
    expect(/[\u202a-\u202e\u2066-\u2069]/.test(svg)).toBe(false);
    expect(svg).toContain("⟨U+202E⟩gnp.exe");
    expect(svg).toContain("label ⟨U+2067⟩x⟨U+2069⟩");
    const placed = await layout(bidi);
    expect(placed.claims.find((c) => c.id === "t")!.lines.join(" ")).toBe("Open ⟨U+202E⟩gnp.exe now.");
  });
});

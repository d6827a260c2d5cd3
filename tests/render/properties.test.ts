/**
 * Properties of layouts and drawings of arbitrary valid maps: ids of any
 * kind, linked premises, undercuts (of undercuts), support cycles, hostile text.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ArgumentMap } from "../../src/map/argument-map.js";
import { layout } from "../../src/render/layout.js";
import { renderSvg } from "../../src/render/svg.js";
import { validDocument } from "../arbitraries.js";
import { overlap, type Box } from "./boxes.js";


/** Checks that markup nests properly and that text and attributes hold no raw `<` or stray `&`. */
function wellFormed(xml: string): string | undefined {
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  const entity = /&(?:amp|lt|gt|quot|#39);/y;
  let i = 0;
  while (i < xml.length) {
    const char = xml[i]!;
    if (char === "<") {
      tag.lastIndex = i;
      const m = tag.exec(xml);
      if (m === null) return `bad markup at ${i}: ${xml.slice(i, i + 40)}`;
      const [, close, name, attributes, selfClosing] = m;
      for (const [, value] of attributes!.matchAll(/="([^"]*)"/g)) {
        if (/&(?!(?:amp|lt|gt|quot|#39);)/.test(value!) || value!.includes(">")) return `bad attribute ${value}`;
      }
      if (close === "/") {
        if (stack.pop() !== name) return `unbalanced </${name}>`;
      } else if (selfClosing !== "/") stack.push(name!);
      i = tag.lastIndex;
    } else if (char === "&") {
      entity.lastIndex = i;
      if (entity.exec(xml) === null) return `stray & at ${i}`;
      i = entity.lastIndex;
    } else if (char === ">") {
      return `raw > at ${i}`;
    } else i++;
  }
  return stack.length === 0 ? undefined : `unclosed ${stack.join(", ")}`;
}

describe("layout and renderSvg of arbitrary maps", () => {
  test("place every claim and relation once, without overlaps, with routed edges", async () => {
    await fc.assert(
      fc.asyncProperty(validDocument({ maxClaims: 10, maxRelations: 10 }), async (doc) => {
        const map = ArgumentMap.fromJSON(doc);
        const placed = await layout(map);
        expect(placed.claims.map((c) => c.id)).toEqual(doc.claims.map((c) => c.id));
        expect(placed.relations.map((r) => r.id)).toEqual(doc.relations.map((r) => r.id));
        const boxes: Box[] = [...placed.claims, ...placed.relations];
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
        const premiseEdges = doc.relations.reduce((sum, r) => sum + r.from.length, 0);
        expect(placed.edges).toHaveLength(premiseEdges + doc.relations.length);
        for (const edge of placed.edges) {
          expect(edge.points.length).toBeGreaterThanOrEqual(2);
          for (const p of edge.points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });

  test("draw well-formed SVG with one group per claim and relation", async () => {
    await fc.assert(
      fc.asyncProperty(validDocument({ maxClaims: 8, maxRelations: 8 }), async (doc) => {
        const map = ArgumentMap.fromJSON(doc);
        const svg = await renderSvg(map);
        expect(wellFormed(svg)).toBeUndefined();
        expect(svg.match(/<g class="argmap-claim[ "]/g)?.length ?? 0).toBe(doc.claims.length);
        expect(svg.match(/<g class="argmap-relation /g)?.length ?? 0).toBe(doc.relations.length);
      }),
      { numRuns: 25 },
    );
  });

  test("the well-formedness check rejects broken markup", () => {
    expect(wellFormed("<svg><g></g></svg>")).toBeUndefined();
    expect(wellFormed('<svg><text x="1">a &amp; b</text></svg>')).toBeUndefined();
    expect(wellFormed("<svg><g></svg>")).toBeDefined();
    expect(wellFormed("<svg>a & b</svg>")).toBeDefined();
    expect(wellFormed("<svg>a < b</svg>")).toBeDefined();
    expect(wellFormed('<svg><g x="a<b"></g></svg>')).toBeDefined();
  });
});

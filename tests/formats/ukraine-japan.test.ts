import { execFileSync } from "node:child_process";
import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, test } from "vitest";
import { fromArgdown } from "../../src/formats/argdown/index.js";
import { fromAif, fromKialo, toAif, toArgdown, toDot, toGraphml, toKialo, toMermaid, toXaif } from "../../src/formats/index.js";
import { ukraineJapan } from "../../src/datasets/index.js";
import { structure } from "./helpers.js";

const map = ukraineJapan();
const byIdAndText = (c: { id: string; text: string }): string => JSON.stringify([c.id, c.text]);
const codes = (warnings: readonly { code: string }[]): string[] => warnings.map((w) => w.code).sort();

describe("the Ukraine–Japan map through every format", () => {
  test("AIF and back keeps claims, ids, relation types, linked premises and undercuts", () => {
    const { value, warnings } = toAif(map);
    expect(codes(warnings)).toEqual(["lost-anchors", "lost-description", "lost-sources", "lost-thesis", "lost-title"]);
    const back = fromAif(JSON.parse(JSON.stringify(value)), { title: map.title }).value;
    expect({ ...structure(back, byIdAndText), thesis: undefined }).toEqual({ ...structure(map, byIdAndText), thesis: undefined });
  });

  test("xAIF and back also keeps the article text", () => {
    const { value } = toXaif(map);
    const back = fromAif(value).value;
    expect(back.sources()[0]?.text).toBe(map.sources()[0]?.text);
    expect(structure(back, byIdAndText).relations).toEqual(structure(map, byIdAndText).relations);
  });

  test("Argdown and back keeps title, thesis, claims, relation types, linked premises and undercuts", async () => {
    const { value, warnings } = toArgdown(map);
    expect(codes(warnings)).toEqual(["lost-anchors", "lost-id", "lost-sources"]);
    const back = (await fromArgdown(value)).value;
    expect(structure(back, byIdAndText)).toEqual(structure(map, byIdAndText));
    expect(back.description).toBe(map.description);
  });

  test("Kialo and back keeps every claim and every single-premise relation between claims, and reports the rest", () => {
    const { value, warnings } = toKialo(map);
    expect(codes(warnings)).toEqual(expect.arrayContaining(["lost-anchors", "lost-description", "lost-linked-premises", "lost-sources", "lost-undercut"]));
    const back = fromKialo(value).value;
    expect(back.title).toBe(map.title);
    expect(back.claim(back.thesis!)?.text).toBe(map.claim(map.thesis!)?.text);
    expect(back.claims().map((c) => c.text).sort()).toEqual(map.claims().map((c) => c.text).sort());
    const plain = structure(map).relations.filter((r) => !r.includes('"r:') && JSON.parse(r.slice(2))[1].length === 1);
    expect(structure(back).relations).toEqual(expect.arrayContaining(plain));
  });

  test("Mermaid, DOT and GraphML", () => {
    const mermaid = toMermaid(map).value;
    expect(mermaid.split("\n").filter((l) => /^ {2}c\d+\[/.test(l))).toHaveLength(map.claimCount);
    const svg = execFileSync("dot", ["-Tsvg"], { input: toDot(map).value, encoding: "utf8" });
    expect(svg).toContain("<svg");
    const graph = parse(MultiDirectedGraph, toGraphml(map).value) as MultiDirectedGraph;
    expect(graph.order).toBe(map.claimCount + map.relationCount);
    expect(JSON.parse(graph.getAttribute("sources") as string)).toEqual(map.sources());
  });
});

/** SADFace, OVA and arggraph: reading, writing, round trips and their errors. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { loadXmlParser } from "../../src/formats/arggraph.js";
import { fromArggraph, fromOva, fromSadface, toOva, toSadface } from "../../src/formats/index.js";
import { ArgumentMap, argmap } from "../../src/index.js";
import { validDocument } from "../arbitraries.js";
import { structure } from "./helpers.js";
import { asyncErrorOf, errorOf } from "../thrown.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "formats");
const read = (path: string): string => readFileSync(join(fixtures, path), "utf8");

const edges = (map: ArgumentMap): [string, string, string[], string, string | undefined][] => map.relations().map((r) => [r.id, r.type, [...r.from].sort(), r.to, r.scheme]);

describe("fromSadface", () => {
  test("atoms, schemes, linked premises, undercuts, named schemes, title and description", () => {
    const { value: map, warnings } = fromSadface(read("sadface/car-ban.sadface.json"));
    expect(warnings).toEqual([]);
    expect(map.title).toBe("Car-free city centres");
    expect(map.description).toBe("A short debate about banning private cars.");
    expect(map.claims().map((c) => c.id)).toEqual(["t", "p1", "p2", "o1", "u1"]);
    expect(edges(map)).toEqual([
      ["s1", "support", ["p1", "p2"], "t", undefined],
      ["s2", "attack", ["o1"], "t", undefined],
      ["s3", "support", ["p2"], "p1", "Argument from Consequences"],
      ["s4", "attack", ["u1"], "s2", undefined],
    ]);
    expect(map.claim("p1")!.meta).toEqual({ sadface: { metadata: { core: { confidence: 0.8 } } } });
  });

  test("the 2017 shape with top-level core fields", () => {
    const doc = { analyst_name: "A", created: "2017-07-11T16:32:36", id: "x", metadata: {}, resources: [], nodes: [{ id: "a", type: "atom", text: "A.", sources: [], metadata: {} }, { id: "b", type: "atom", text: "B.", sources: [], metadata: {} }, { id: "s", type: "scheme", name: "support" }], edges: [{ id: "1", source_id: "b", target_id: "s" }, { id: "2", source_id: "s", target_id: "a" }] };
    expect(edges(fromSadface(doc).value)).toEqual([["s", "support", ["b"], "a", undefined]]);
  });

  test.each([
    ["not JSON", "{", "sadface-invalid-json"],
    ["no nodes", '{"edges": [], "resources": []}', "sadface-invalid-shape"],
    ["a node of another type", '{"nodes": [{"id": "a", "type": "claim"}], "edges": [], "resources": []}', "sadface-invalid-shape"],
    ["a duplicate id", '{"nodes": [{"id": "a", "type": "atom", "text": "x"}, {"id": "a", "type": "atom", "text": "y"}], "edges": [], "resources": []}', "sadface-invalid-shape"],
    ["a dangling edge", '{"nodes": [], "edges": [{"id": "e", "source_id": "a", "target_id": "b"}], "resources": []}', "sadface-invalid-shape"],
    ["AIF", read("aif/minimum-wage.json"), "format-mismatch"],
    ["OVA", read("ova/car-ban.ova.json"), "format-mismatch"],
  ])("%s is an error", (_, text, code) => {
    expect(errorOf(() => fromSadface(text)).code).toBe(code);
  });

  test("toSadface and back keeps ids, texts, structure, schemes, title, speakers, tags and meta", () => {
    const map = argmap("Cars")
      .participant("ann", "Ann Lee", "proponent")
      .thesis("t", "Ban cars.", { by: ["ann"], tags: ["policy"] })
      .claim("p", "Cleaner air.", { meta: { x: 1 } })
      .claim("q", "Less noise.")
      .support(["p", "q"], "t", { id: "r", scheme: "Consequences" })
      .claim("o", "Shops suffer.")
      .attack(["o"], "t", { id: "a" })
      .claim("u", "Footfall rose.")
      .attack(["u"], "a", { id: "x" })
      .build();
    const { value, warnings } = toSadface(map);
    expect(warnings.map((w) => w.code)).toEqual(["lost-thesis"]);
    const back = fromSadface(JSON.parse(JSON.stringify(value))).value;
    expect(edges(back)).toEqual(edges(map));
    expect(back.claims().map((c) => [c.id, c.text, c.by, c.tags, c.meta])).toEqual(map.claims().map((c) => [c.id, c.text, c.by, c.tags, c.meta]));
    expect(back.title).toBe("Cars");
    expect(back.participants.map((p) => [p.id, p.name])).toEqual([["ann", "Ann Lee"]]);
  });

  test("property: any valid map keeps its structure through SADFace", () => {
    fc.assert(
      fc.property(validDocument(), (doc) => {
        const map = ArgumentMap.fromJSON(doc);
        const back = fromSadface(JSON.parse(JSON.stringify(toSadface(map).value))).value;
        expect(structure(back)).toEqual({ ...structure(map), thesis: undefined });
        expect(back.claims().map((c) => c.id)).toEqual(map.claims().map((c) => c.id));
      }),
      { numRuns: 60 },
    );
  });
});

describe("fromOva", () => {
  test("claims, relations, speakers, layout and the analysed text", () => {
    const { value: map } = fromOva(read("ova/car-ban.ova.json"));
    expect(map.claims().map((c) => [c.id, c.by])).toEqual([
      ["1", ["1"]],
      ["2", undefined],
      ["4", ["2"]],
    ]);
    expect(map.participants).toEqual([
      { id: "1", name: "Maria Lopez" },
      { id: "2", name: "Tom Berg" },
    ]);
    expect(edges(map)).toEqual([
      ["3", "support", ["2"], "1", undefined],
      ["5", "attack", ["4"], "1", undefined],
    ]);
    expect(map.sources()[0]!.text).toMatch(/^Maria Lopez:/);
    expect((map.claim("2")!.meta!.aif as { node: { x: number } }).node.x).toBe(400);
  });

  test("toOva and back keeps everything OVA read, layout and speakers included", () => {
    const first = fromOva(read("ova/car-ban.ova.json")).value;
    const { value } = toOva(first);
    const back = fromOva(JSON.parse(JSON.stringify(value))).value;
    expect(back.toJSON()).toEqual(first.toJSON());
    expect(value.nodes.filter((n) => n.type === "L")).toHaveLength(2);
  });

  test("a map made elsewhere gets numeric ids, argmapId and a grid layout", () => {
    const map = argmap("Cars").participant("p1", "Paul Dean").thesis("t", "Ban cars.", { by: ["p1"] }).claim("p", "Cleaner air.").support(["p"], "t", { id: "r" }).build();
    const { value } = toOva(map);
    expect(value.nodes.map((n) => [n.id, n.argmapId, n.type])).toEqual([
      [1, "t", "I"],
      [2, "t L p1", "L"],
      [3, "t YA p1", "YA"],
      [4, "p", "I"],
      [5, "r", "RA"],
    ]);
    expect(value.nodes.every((n) => typeof n.x === "number" && typeof n.y === "number")).toBe(true);
    expect(value.participants).toEqual([{ id: "p1", firstname: "Paul", surname: "Dean" }]);
    const back = fromOva(value).value;
    expect(back.claim("t")!.by).toEqual(["p1"]);
    expect(edges(back)).toEqual(edges(map));
  });

  test.each([
    ["not JSON", "[", "ova-invalid-json"],
    ["a node without id", '{"nodes": [{"type": "I", "text": "x"}], "edges": [], "analysis": {}}', "ova-invalid-shape"],
    ["a dangling edge", '{"nodes": [], "edges": [{"from": {"id": 1}, "to": {"id": 2}}], "analysis": {}}', "ova-invalid-shape"],
    ["SADFace", read("sadface/car-ban.sadface.json"), "format-mismatch"],
  ])("%s is an error", (_, text, code) => {
    expect(errorOf(() => fromOva(text)).code).toBe(code);
  });

  test("property: any valid map keeps its structure and ids through OVA", () => {
    fc.assert(
      fc.property(validDocument(), (doc) => {
        const map = ArgumentMap.fromJSON(doc);
        const back = fromOva(JSON.parse(JSON.stringify(toOva(map).value))).value;
        expect(structure(back)).toEqual({ ...structure(map), thesis: undefined });
        expect(back.claims().map((c) => c.id)).toEqual(map.claims().map((c) => c.id));
      }),
      { numRuns: 60 },
    );
  });
});

describe("fromArggraph", () => {
  test("ADUs, EDU text, anchors, sup/exa/reb/und/add and the thesis", async () => {
    const { value: map, warnings } = await fromArggraph(read("arggraph/car-ban.xml"));
    expect(warnings).toEqual([]);
    expect(map.title).toBe("ban_private_cars_from_city_centres");
    expect(map.thesis).toBe("a1");
    const text = map.sources()[0]!.text!;
    expect(text.startsWith("Cities should ban private cars from their centres, because the air")).toBe(true);
    expect(map.claim("a6")!.text).toBe("And delivery vans can still be let in before ten in the morning.");
    for (const claim of map.claims()) {
      expect(claim.anchors!.length).toBeGreaterThan(0);
      for (const anchor of claim.anchors!) expect(text.slice(anchor.start, anchor.end)).toBe(anchor.quote);
      expect(claim.anchors!.map((a) => a.quote).join(" ")).toBe(claim.text);
    }
    expect(edges(map)).toEqual([
      ["c8", "support", ["a2"], "a1", undefined],
      ["c9", "attack", ["a3"], "a1", undefined],
      ["c10", "attack", ["a4", "a6"], "c9", undefined],
      ["c11", "support", ["a5"], "a2", "example"],
    ]);
    expect(map.claim("a1")!.meta).toEqual({ arggraph: { type: "pro", stance: "pro" } });
    expect(map.claim("a3")!.meta).toEqual({ arggraph: { type: "opp" } });
  });

  test.each([
    ["not well-formed", "<arggraph><edu id='e1'></arggraph>", "arggraph-invalid-xml"],
    ["an entity declaration", '<?xml version="1.0"?><!DOCTYPE arggraph [<!ENTITY a "aaaa">]><arggraph/>', "arggraph-invalid-xml"],
    ["no ADU", '<arggraph id="x"><edu id="e1">x</edu></arggraph>', "arggraph-invalid-shape"],
    ["an unknown edge type", '<arggraph><edu id="e1">x</edu><adu id="a1" type="pro"/><edge id="c1" src="e1" trg="a1" type="zzz"/></arggraph>', "arggraph-invalid-shape"],
    ["an edge to nothing", '<arggraph><adu id="a1" type="pro"/><edge id="c1" src="a1" trg="a9" type="sup"/></arggraph>', "arggraph-invalid-shape"],
    ["an und edge to an ADU", '<arggraph><adu id="a1" type="pro"/><adu id="a2" type="opp"/><edge id="c1" src="a2" trg="a1" type="und"/></arggraph>', "arggraph-invalid-shape"],
    ["a duplicate id", '<arggraph><adu id="a1" type="pro"/><adu id="a1" type="opp"/></arggraph>', "arggraph-invalid-shape"],
    ["SADFace", read("sadface/car-ban.sadface.json"), "format-mismatch"],
  ])("%s is an error", async (_, text, code) => {
    expect((await asyncErrorOf(() => fromArggraph(text))).code).toBe(code);
  });

  test("ids such as __proto__ and constructor are kept", async () => {
    const xml = '<arggraph><edu id="toString">A.</edu><edu id="hasOwnProperty">B.</edu><adu id="__proto__" type="pro"/><adu id="constructor" type="pro"/><edge id="c1" src="toString" trg="__proto__" type="seg"/><edge id="c2" src="hasOwnProperty" trg="constructor" type="seg"/><edge id="valueOf" src="constructor" trg="__proto__" type="sup"/></arggraph>';
    const { value: map } = await fromArggraph(xml);
    expect(map.claims().map((c) => [c.id, c.text])).toEqual([
      ["__proto__", "A."],
      ["constructor", "B."],
    ]);
    expect(map.relation("valueOf")!.to).toBe("__proto__");
  });

  test("a missing saxes is missing-peer naming the package", async () => {
    const error = await asyncErrorOf(() => loadXmlParser(() => Promise.reject(Object.assign(new Error("Cannot find package 'saxes'"), { code: "ERR_MODULE_NOT_FOUND" }))));
    expect(error.code).toBe("missing-peer");
    expect(error.issues[0]!.message).toContain("npm install saxes");
  });
});

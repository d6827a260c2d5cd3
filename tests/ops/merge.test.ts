import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { argmap, ArgmapError, ArgumentMap, extractMap, loadArgumentMap, mergeMaps, parseArgumentMap, type ArgumentMapDocument } from "../../src/index.js";
import { validDocument } from "../arbitraries.js";
import { sorted, split, validDocument11 } from "./helpers.js";
import { errorOf as thrown } from "../thrown.js";

const anyDocument = () => fc.oneof(validDocument(), validDocument11());
const doc = (claims: ArgumentMapDocument["claims"], relations: ArgumentMapDocument["relations"] = [], extra: Partial<ArgumentMapDocument> = {}): ArgumentMap =>
  loadArgumentMap({ format: "argmap", version: 1, title: "T", sources: [], claims, relations, ...extra });

describe("mergeMaps", () => {
  test("joins maps by id: shared items once, the rest added", () => {
    const a = doc([{ id: "t", text: "T" }, { id: "r", text: "R" }], [{ id: "s", type: "support", from: ["r"], to: "t" }], { thesis: "t" });
    const b = doc([{ id: "t", text: "T" }, { id: "o", text: "O" }], [{ id: "x", type: "attack", from: ["o"], to: "t" }]);
    const { map, conflicts, matched, dropped } = mergeMaps(a, b);
    expect({ conflicts, matched, dropped }).toEqual({ conflicts: [], matched: [], dropped: [] });
    expect(map.claims().map((c) => c.id)).toEqual(["t", "r", "o"]);
    expect(map.relations().map((r) => r.id)).toEqual(["s", "x"]);
    expect(map.thesis).toBe("t");
    expect(map.reasonsFor("t").map((r) => r.id)).toEqual(["s"]);
    expect(map.objectionsTo("t").map((r) => r.id)).toEqual(["x"]);
  });

  test("takes the maps one by one, as a list, with or without options", () => {
    const a = doc([{ id: "a", text: "A" }]);
    const b = doc([{ id: "b", text: "B" }]);
    const c = doc([{ id: "c", text: "C" }]);
    const ids = (m: ArgumentMap) => m.claims().map((x) => x.id);
    expect(ids(mergeMaps(a, b, c).map)).toEqual(["a", "b", "c"]);
    expect(ids(mergeMaps([a, b, c]).map)).toEqual(["a", "b", "c"]);
    expect(ids(mergeMaps([c, a], { onConflict: "left" }).map)).toEqual(["c", "a"]);
    expect(ids(mergeMaps(a, b, { matchText: true }).map)).toEqual(["a", "b"]);
    expect(ids(mergeMaps([a]).map)).toEqual(["a"]);
    expect(mergeMaps([a]).map).not.toBe(a);
  });

  test("a claim with the same id and other content is a conflict that lists its fields", () => {
    const a = doc([{ id: "t", text: "T", tags: ["x"] }, { id: "k", text: "K" }]);
    const b = doc([{ id: "k", text: "K" }, { id: "t", text: "T2", note: "n" }]);
    const error = thrown(() => mergeMaps(a, b));
    expect(error.code).toBe("merge-conflict");
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([["merge-conflict", [1, "claims", 1]]]);
    expect(error.issues[0]!.message).toContain("text, tags, note");

    const left = mergeMaps(a, b, { onConflict: "left" });
    expect(left.conflicts).toEqual([{ kind: "claim", id: "t", fields: ["text", "tags", "note"], maps: [0, 1], path: [1, "claims", 1] }]);
    expect(left.map.claim("t")).toEqual({ id: "t", text: "T", tags: ["x"] });
    const right = mergeMaps(a, b, { onConflict: "right" });
    expect(right.conflicts).toEqual(left.conflicts);
    expect(right.map.claim("t")).toEqual({ id: "t", text: "T2", note: "n" });
    // The kept claim keeps its place.
    expect(right.map.claims().map((c) => c.id)).toEqual(["t", "k"]);
  });

  test("every conflict is reported, relations and sources too, with paths into the later map", () => {
    const a = loadArgumentMap({
      format: "argmap", version: 1, title: "A", sources: [{ id: "s", title: "S" }],
      claims: [{ id: "p", text: "P" }, { id: "q", text: "Q" }], relations: [{ id: "r", type: "support", from: ["p"], to: "q" }],
    });
    const b = loadArgumentMap({
      format: "argmap", version: 1, title: "B", description: "d", sources: [{ id: "s", title: "S", url: "https://example.org" }],
      claims: [{ id: "p", text: "P" }, { id: "q", text: "Q" }], relations: [{ id: "r", type: "attack", from: ["p"], to: "q", weight: 0.5 }],
    });
    const error = thrown(() => mergeMaps(a, b));
    expect(error.issues.map((i) => i.path)).toEqual([[1, "sources", 0], [1, "relations", 0], [1, "title"]]);
    const { conflicts, map } = mergeMaps(a, b, { onConflict: "right" });
    expect(conflicts.map((c) => [c.kind, c.id, c.fields])).toEqual([
      ["source", "s", ["url"]],
      ["relation", "r", ["type", "weight"]],
      ["map", undefined, ["title"]],
    ]);
    expect(map.title).toBe("B");
    expect(map.description).toBe("d");
    expect(map.relation("r")?.type).toBe("attack");
    expect(mergeMaps(a, b, { onConflict: "left", title: "Both" }).map.title).toBe("Both");
    expect(mergeMaps(a, b, { onConflict: "left", title: "Both" }).conflicts.map((c) => c.kind)).not.toContain("map");
  });

  test("different theses are a conflict; a thesis on one side only is kept", () => {
    const a = doc([{ id: "x", text: "X" }, { id: "y", text: "Y" }], [], { thesis: "x" });
    const b = doc([{ id: "x", text: "X" }, { id: "y", text: "Y" }], [], { thesis: "y" });
    const none = doc([{ id: "x", text: "X" }]);
    expect(thrown(() => mergeMaps(a, b)).issues.map((i) => i.path)).toEqual([[1, "thesis"]]);
    expect(mergeMaps(a, b, { onConflict: "right" }).map.thesis).toBe("y");
    expect(mergeMaps(a, b, { onConflict: "left" }).map.thesis).toBe("x");
    expect(mergeMaps(none, b).map.thesis).toBe("y");
    expect(mergeMaps(a, none).map.thesis).toBe("x");
  });

  test("with three maps, left keeps the earliest version and right the latest", () => {
    const v = (text: string) => doc([{ id: "c", text }]);
    const result = mergeMaps([v("1"), v("2"), v("3")], { onConflict: "left" });
    expect(result.map.claim("c")?.text).toBe("1");
    expect(result.conflicts.map((c) => c.maps)).toEqual([[0, 1], [0, 2]]);
    const right = mergeMaps([v("1"), v("2"), v("3")], { onConflict: "right" });
    expect(right.map.claim("c")?.text).toBe("3");
    expect(right.conflicts.map((c) => c.maps)).toEqual([[0, 1], [1, 2]]);
  });

  test("anchors into the same source stay valid", () => {
    const map = ukraineJapan();
    const roots = map.claims().map((c) => c.id);
    const parts = [extractMap(map, roots.slice(0, 6)), extractMap(map, roots.slice(4))];
    const { map: merged, conflicts } = mergeMaps(parts);
    expect(conflicts).toEqual([]);
    expect(parseArgumentMap(merged.toJSON()).ok).toBe(true);
    expect(merged.stats().anchors).toBe(map.stats().anchors);
  });

  test("a source with the same id and other text is a conflict; anchors against the other text move or are dropped", () => {
    const source = (text: string) => ({ id: "s", title: "S", text });
    const a = loadArgumentMap({
      format: "argmap", version: 1, title: "T", sources: [source("Cats purr. Dogs bark.")],
      claims: [
        { id: "c", text: "Cats purr", anchors: [{ source: "s", start: 0, end: 9, quote: "Cats purr" }] },
        { id: "d", text: "Dogs bark", anchors: [{ source: "s", start: 11, end: 20, quote: "Dogs bark" }] },
      ],
      relations: [],
    });
    const b = loadArgumentMap({
      format: "argmap", version: 1, title: "T", sources: [source("Dogs bark loudly.")],
      claims: [{ id: "e", text: "Dogs bark", anchors: [{ source: "s", start: 0, end: 9, quote: "Dogs bark" }] }],
      relations: [],
    });
    expect(thrown(() => mergeMaps(a, b)).issues.map((i) => [i.code, i.path])).toEqual([["merge-conflict", [1, "sources", 0]]]);
    const right = mergeMaps(a, b, { onConflict: "right" });
    expect(right.conflicts).toEqual([{ kind: "source", id: "s", fields: ["text"], maps: [0, 1], path: [1, "sources", 0] }]);
    expect(right.map.claim("d")?.anchors).toEqual([{ source: "s", start: 0, end: 9, quote: "Dogs bark" }]);
    expect(right.map.claim("c")?.anchors).toBeUndefined();
    expect(right.dropped).toEqual([{ kind: "anchor", id: "c", map: 0, message: expect.any(String) as string }]);
    expect(parseArgumentMap(right.map.toJSON()).ok).toBe(true);
    const left = mergeMaps(a, b, { onConflict: "left" });
    expect(left.map.claim("e")?.anchors).toEqual([{ source: "s", start: 11, end: 20, quote: "Dogs bark" }]);
    expect(left.dropped).toEqual([]);
  });

  test("one id for a claim in one map and a relation in the other is a conflict, never an invalid map", () => {
    // In a, "x" is a claim; in b, "x" is a relation that an undercut attacks.
    const a = doc([{ id: "x", text: "X" }, { id: "p", text: "P" }], [{ id: "r", type: "support", from: ["x"], to: "p" }], { thesis: "x" });
    const b = doc(
      [{ id: "m", text: "M" }, { id: "n", text: "N" }, { id: "u", text: "U" }],
      [{ id: "x", type: "support", from: ["m"], to: "n" }, { id: "cut", type: "attack", from: ["u"], to: "x" }],
    );
    const error = thrown(() => mergeMaps(a, b));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([["merge-conflict", [1, "relations", 0]]]);
    const left = mergeMaps(a, b, { onConflict: "left" });
    expect(left.conflicts).toEqual([{ kind: "id", id: "x", fields: ["kind"], maps: [0, 1], kinds: ["claim", "relation"], path: [1, "relations", 0] }]);
    // b's undercut of relation "x" must not become an objection to claim "x".
    expect(left.map.has("cut")).toBe(false);
    expect(left.dropped.map((d) => [d.kind, d.id, d.map])).toEqual([["relation", "cut", 1]]);
    expect(parseArgumentMap(left.map.toJSON()).ok).toBe(true);
    const right = mergeMaps(a, b, { onConflict: "right" });
    expect(right.map.kindOf("x")).toBe("relation");
    expect(right.map.has("r")).toBe(false);
    expect(right.map.thesis).toBeUndefined();
    expect(right.dropped.map((d) => [d.kind, d.id, d.map])).toEqual([["relation", "r", 0], ["thesis", "x", 0]]);
    expect(right.map.undercutsOf("x").map((r) => r.id)).toEqual(["cut"]);
    expect(parseArgumentMap(right.map.toJSON()).ok).toBe(true);
  });

  test("matchText joins claims with the same normalized text and records the new ids", () => {
    const a = doc([{ id: "t", text: "Japan should  help." }, { id: "r", text: "It is safe." }], [{ id: "s", type: "support", from: ["r"], to: "t" }]);
    const b = doc([{ id: "thesis", text: "Japan should help." }, { id: "o", text: "It is costly." }], [{ id: "x", type: "attack", from: ["o"], to: "thesis" }]);
    const { map, matched, conflicts } = mergeMaps(a, b, { matchText: true, onConflict: "left" });
    expect(matched).toEqual([{ map: 1, id: "thesis", as: "t" }]);
    expect(map.claims().map((c) => c.id)).toEqual(["t", "r", "o"]);
    expect(map.relation("x")).toEqual({ id: "x", type: "attack", from: ["o"], to: "t" });
    // Same normalized text, different spelling: joined, and the text is a conflict.
    expect(conflicts).toEqual([{ kind: "claim", id: "t", fields: ["text"], maps: [0, 1], path: [1, "claims", 0] }]);
    expect(mergeMaps(a, b).map.claimCount).toBe(4);
  });

  test("matchText leaves texts that are not unique, and ids the incoming map uses, alone", () => {
    const a = doc([{ id: "a1", text: "Same" }, { id: "a2", text: "Once" }]);
    const b = doc([{ id: "b1", text: "Same" }, { id: "b2", text: "same" }, { id: "b3", text: "Once" }], [{ id: "r", type: "support", from: ["b1"], to: "b2" }]);
    const { map, matched } = mergeMaps(a, b, { matchText: true });
    expect(matched).toEqual([{ map: 1, id: "b3", as: "a2" }]);
    expect(map.relation("r")).toEqual({ id: "r", type: "support", from: ["b1"], to: "b2" });
    const c = doc([{ id: "x", text: "Once" }, { id: "a2", text: "Other" }]);
    const joined = mergeMaps(a, c, { matchText: true, onConflict: "left" });
    expect(joined.matched).toEqual([]);
  });

  test("participants merge by id, in their own namespace; languages like descriptions", () => {
    const v11 = (participants: ArgumentMapDocument["participants"], claims: ArgumentMapDocument["claims"], language?: string): ArgumentMap =>
      loadArgumentMap({ format: "argmap", version: "1.1", title: "T", ...(language ? { language } : {}), participants, sources: [], claims, relations: [] });
    const a = v11([{ id: "ann", name: "Ann" }, { id: "x", name: "X" }], [{ id: "x", text: "X", by: ["ann"] }], "en");
    const b = v11([{ id: "ann", name: "Ann" }, { id: "bo", name: "Bo" }], [{ id: "y", text: "Y", by: ["bo", "ann"] }]);
    const { map, conflicts } = mergeMaps(a, b);
    expect(conflicts).toEqual([]);
    expect(map.participants.map((p) => p.id)).toEqual(["ann", "x", "bo"]);
    expect(map.language).toBe("en");
    expect(map.claim("y")?.by).toEqual(["bo", "ann"]);
    expect(map.formatVersion).toBe("1.1");
    const c = v11([{ id: "ann", name: "Anne", role: "host" }], [{ id: "x", text: "X", by: ["ann"], title: "Ex" }], "de");
    const error = thrown(() => mergeMaps(a, c));
    expect(error.issues.map((i) => i.path)).toEqual([[1, "participants", 0], [1, "claims", 0], [1, "language"]]);
    const right = mergeMaps(a, c, { onConflict: "right" });
    expect(right.conflicts.map((x) => [x.kind, x.id, x.fields])).toEqual([
      ["participant", "ann", ["name", "role"]],
      ["claim", "x", ["title"]],
      ["map", undefined, ["language"]],
    ]);
    expect(right.map.participant("ann")).toEqual({ id: "ann", name: "Anne", role: "host" });
    expect(right.map.language).toBe("de");
    expect(parseArgumentMap(right.map.toJSON()).ok).toBe(true);
  });

  test("bad arguments are ArgmapErrors with paths", () => {
    const a = doc([{ id: "a", text: "A" }]);
    expect(thrown(() => mergeMaps([])).code).toBe("invalid-value");
    expect(thrown(() => mergeMaps([a, {} as ArgumentMap])).issues.map((i) => [i.code, i.path])).toEqual([["invalid-type", [1]]]);
    expect(thrown(() => mergeMaps([a, a], { onConflict: "middle" as "left" })).issues.map((i) => [i.code, i.path])).toEqual([["invalid-value", ["options", "onConflict"]]]);
    expect(thrown(() => mergeMaps([a, a], { match: true } as object)).issues.map((i) => [i.code, i.path])).toEqual([["unknown-key", ["options", "match"]]]);
  });

  test("the builder's maps merge as the example shows", () => {
    const alice = argmap("Lunch").claim("t", "We should get pizza.").claim("r", "Pizza is quick.").support("r", "t", { id: "quick" }).build();
    const bob = argmap("Lunch").claim("t", "We should get pizza.").claim("o", "Pizza is greasy.").attack("o", "t", { id: "greasy" }).build();
    const { map, conflicts } = mergeMaps(alice, bob);
    expect([map.claimCount, conflicts.length]).toEqual([3, 0]);
  });
});

describe("mergeMaps properties", () => {
  test("splitting any map into overlapping parts and merging them gives back the map", () => {
    fc.assert(
      fc.property(anyDocument(), fc.integer({ min: 1, max: 3 }), fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), (document, parts, masks) => {
        const original = loadArgumentMap(document);
        const pieces = split(original.toJSON(), parts, masks).map((part) => loadArgumentMap(part));
        const before = pieces.map((piece) => JSON.stringify(piece.toJSON()));
        const { map, conflicts, dropped } = mergeMaps(pieces);
        expect(conflicts).toEqual([]);
        expect(dropped).toEqual([]);
        expect(sorted(map.toJSON())).toEqual(sorted(original.toJSON()));
        // The inputs are unchanged.
        expect(pieces.map((piece) => JSON.stringify(piece.toJSON()))).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  test("merging any maps with left or right gives a valid map and never changes the inputs", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(validDocument({ maxClaims: 5, maxRelations: 5 }), validDocument11()), { minLength: 2, maxLength: 3 }), fc.constantFrom("left" as const, "right" as const), fc.boolean(), (documents, side, matchText) => {
        const maps = documents.map((d) => loadArgumentMap(d));
        const before = maps.map((m) => JSON.stringify(m.toJSON()));
        const { map } = mergeMaps(maps, { onConflict: side, matchText });
        const again = parseArgumentMap(map.toJSON());
        expect(again.ok ? [] : again.issues).toEqual([]);
        expect(maps.map((m) => JSON.stringify(m.toJSON()))).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});

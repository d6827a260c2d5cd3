import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { ArgmapError, ArgumentMap, extractMap, loadArgumentMap, parseArgumentMap, type ArgumentMapDocument } from "../../src/index.js";
import { validDocument } from "../arbitraries.js";
import { sorted, validDocument11 } from "./helpers.js";

const anyDocument = () => fc.oneof(validDocument(), validDocument11());
const load = (claims: ArgumentMapDocument["claims"], relations: ArgumentMapDocument["relations"] = [], extra: Partial<ArgumentMapDocument> = {}): ArgumentMap =>
  loadArgumentMap({ format: "argmap", version: 1, title: "T", sources: [], claims, relations, ...extra });

function codes(run: () => unknown): unknown[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ArgmapError) return error.issues.map((i) => [i.code, i.path]);
    throw error;
  }
  return [];
}

// t ← a (support s1), a ← b (support s2), b ← c (support s3); u undercuts s1; v supports u's premise.
const chain = () =>
  load(
    [{ id: "t", text: "T" }, { id: "a", text: "A" }, { id: "b", text: "B" }, { id: "c", text: "C" }, { id: "u", text: "U" }, { id: "v", text: "V" }, { id: "w", text: "W" }],
    [
      { id: "s1", type: "support", from: ["a"], to: "t" },
      { id: "s2", type: "support", from: ["b", "w"], to: "a" },
      { id: "s3", type: "support", from: ["c"], to: "b" },
      { id: "cut", type: "attack", from: ["u"], to: "s1" },
      { id: "s4", type: "support", from: ["v"], to: "u" },
    ],
    { thesis: "t" },
  );

describe("extractMap", () => {
  test("follows relations down to the depth, with undercuts and all premises", () => {
    const map = chain();
    const ids = (m: ArgumentMap) => [m.claims().map((c) => c.id).sort(), m.relations().map((r) => r.id).sort()];
    expect(ids(extractMap(map, "t", { depth: 0 }))).toEqual([["t"], []]);
    expect(ids(extractMap(map, "t", { depth: 1 }))).toEqual([["a", "t", "u"], ["cut", "s1"]]);
    expect(ids(extractMap(map, "t", { depth: 2 }))).toEqual([["a", "b", "t", "u", "v", "w"], ["cut", "s1", "s2", "s4"]]);
    expect(ids(extractMap(map, "t"))).toEqual(ids(map).map((list) => [...list].sort()));
    expect(ids(extractMap(map, ["b", "u"], { depth: 1 }))).toEqual([["b", "c", "u", "v"], ["s3", "s4"]]);
  });

  test("keeps the thesis mark only when the thesis is kept, and the map's title", () => {
    const map = chain();
    expect(extractMap(map, "t").thesis).toBe("t");
    expect(extractMap(map, "a").thesis).toBeUndefined();
    expect(extractMap(map, "a").title).toBe("T");
  });

  test("takes the sources its anchors quote, and no others", () => {
    const map = ukraineJapan();
    const part = extractMap(map, map.thesis!, { depth: 1 });
    expect(part.sources().map((s) => s.id)).toEqual(map.sources().map((s) => s.id));
    const plain = loadArgumentMap({ ...map.toJSON(), sources: [...map.toJSON().sources, { id: "unused", title: "U" }] });
    expect(extractMap(plain, plain.thesis!).hasSource("unused")).toBe(false);
    const result = parseArgumentMap(part.toJSON());
    expect(result.ok).toBe(true);
  });

  test("takes the participants the kept items name, and the map's language", () => {
    const map = loadArgumentMap({
      format: "argmap", version: "1.1", title: "T", language: "de", sources: [],
      participants: [{ id: "ann", name: "Ann" }, { id: "bo", name: "Bo" }, { id: "cy", name: "Cy" }],
      claims: [{ id: "t", text: "T", by: ["ann"] }, { id: "p", text: "P" }, { id: "q", text: "Q", by: ["cy"] }],
      relations: [{ id: "r", type: "support", from: ["p"], to: "t", by: ["bo"] }, { id: "s", type: "attack", from: ["q"], to: "p" }],
    });
    const part = extractMap(map, "t", { depth: 1 });
    expect(part.participants.map((p) => p.id)).toEqual(["ann", "bo"]);
    expect(part.language).toBe("de");
    expect(part.toJSON().version).toBe("1.1");
    expect(parseArgumentMap(part.toJSON()).ok).toBe(true);
  });

  test("unknown roots, roots that are not claims, and bad depths are ArgmapErrors", () => {
    const map = chain();
    expect(codes(() => extractMap(map, "nope"))).toEqual([["not-found", ["roots"]]]);
    expect(codes(() => extractMap(map, ["t", "s1", "x"]))).toEqual([["invalid-value", ["roots", 1]], ["not-found", ["roots", 2]]]);
    expect(codes(() => extractMap(map, []))).toEqual([["invalid-value", ["roots"]]]);
    expect(codes(() => extractMap(map, "t", { depth: -1 }))).toEqual([["invalid-value", ["options", "depth"]]]);
    expect(codes(() => extractMap(map, "t", { depth: 1.5 }))).toEqual([["invalid-value", ["options", "depth"]]]);
    expect(codes(() => extractMap({} as ArgumentMap, "t"))).toEqual([["invalid-type", [0]]]);
    expect(codes(() => extractMap(map, "__proto__"))).toEqual([["not-found", ["roots"]]]);
  });

  test("the result is a new map: changing it leaves the input alone", () => {
    const map = chain();
    const before = JSON.stringify(map.toJSON());
    const part = extractMap(map, "a");
    part.updateClaim("a", { text: "changed" });
    part.removeClaim("b", { cascade: true });
    expect(JSON.stringify(map.toJSON())).toBe(before);
  });
});

describe("extractMap properties", () => {
  test("always gives a valid map, with every relation into a kept relation, and all of it at full depth", () => {
    fc.assert(
      fc.property(
        validDocument(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(Infinity)),
        (doc, picks, depth) => {
          const map = loadArgumentMap(doc);
          if (map.claimCount === 0) return;
          const claims = map.claims();
          const roots = picks.map((p) => claims[p % claims.length]!.id);
          const before = JSON.stringify(map.toJSON());
          const part = extractMap(map, roots, { depth });
          const result = parseArgumentMap(part.toJSON());
          expect(result.ok ? [] : result.issues).toEqual([]);
          expect(JSON.stringify(map.toJSON())).toBe(before);
          for (const root of roots) expect(part.hasClaim(root)).toBe(true);
          // Every kept item is the map's own, unchanged.
          for (const claim of part.claims()) expect(claim).toEqual(map.claim(claim.id));
          for (const relation of part.relations()) {
            expect(relation).toEqual(map.relation(relation.id));
            for (const undercut of map.relationsTo(relation.id)) expect(part.hasRelation(undercut.id)).toBe(true);
          }
          // Only the sources that anchors use.
          const used = new Set([...part.claims(), ...part.relations()].flatMap((item) => (item.anchors ?? []).map((a) => a.source)));
          expect(part.sources().map((s) => s.id).sort()).toEqual([...used].sort());
          if (depth === Infinity) {
            for (const claim of part.claims()) for (const r of map.relationsTo(claim.id)) expect(part.hasRelation(r.id)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test("extracting from every root at full depth gives back the map without its unused sources", () => {
    fc.assert(
      fc.property(anyDocument(), (doc) => {
        const map = loadArgumentMap(doc);
        if (map.claimCount === 0) return;
        // Claims on support cycles may have no root above them: take every claim.
        const whole = extractMap(map, map.claims().map((c) => c.id));
        const json = map.toJSON();
        const used = new Set([...json.claims, ...json.relations].flatMap((item) => (item.anchors ?? []).map((a) => a.source)));
        const named = new Set([...json.claims, ...json.relations].flatMap((item) => item.by ?? []));
        const participants = json.participants?.filter((p) => named.has(p.id));
        expect(sorted(whole.toJSON())).toEqual(sorted({ ...json, sources: json.sources.filter((s) => used.has(s.id)), ...(participants ? { participants } : {}) }));
      }),
      { numRuns: 200 },
    );
  });
});

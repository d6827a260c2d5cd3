import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { argmap, ArgmapError, ArgumentMap, diffMaps, extractMap, formatDiff, loadArgumentMap, type ArgumentMapDocument } from "../../src/index.js";
import { validDocument } from "../arbitraries.js";
import { applyDiff, sorted, validDocument11 } from "./helpers.js";

const anyDocument = () => fc.oneof(validDocument(), validDocument11());
const load = (claims: ArgumentMapDocument["claims"], relations: ArgumentMapDocument["relations"] = [], extra: Partial<ArgumentMapDocument> = {}): ArgumentMap =>
  loadArgumentMap({ format: "argmap", version: 1, title: "T", sources: [], claims, relations, ...extra });

describe("diffMaps", () => {
  test("equal maps give an empty diff and no text", () => {
    const map = ukraineJapan();
    const diff = diffMaps(map, ArgumentMap.fromJSON(map.toJSON()));
    expect(diff).toEqual({
      equal: true,
      fields: [],
      claims: { added: [], removed: [], changed: [], renamed: [] },
      relations: { added: [], removed: [], changed: [] },
      sources: { added: [], removed: [], changed: [] },
      participants: { added: [], removed: [], changed: [] },
    });
    expect(formatDiff(diff)).toBe("");
  });

  test("lists added, removed and changed items with the old and new values of each field", () => {
    const a = load([{ id: "t", text: "T", note: "n" }, { id: "p", text: "P" }], [{ id: "r", type: "support", from: ["p"], to: "t" }], { thesis: "t" });
    const b = load([{ id: "t", text: "T2", tags: ["x"] }, { id: "q", text: "Q" }], [{ id: "r2", type: "attack", from: ["q"], to: "t" }], { title: "New", description: "D" });
    const diff = diffMaps(a, b);
    expect(diff.equal).toBe(false);
    expect(diff.fields).toEqual([
      { field: "title", before: "T", after: "New" },
      { field: "description", after: "D" },
      { field: "thesis", before: "t" },
    ]);
    expect(diff.claims.changed).toEqual([
      { id: "t", changes: [{ field: "text", before: "T", after: "T2" }, { field: "note", before: "n" }, { field: "tags", after: ["x"] }] },
    ]);
    expect(diff.claims.added.map((c) => c.id)).toEqual(["q"]);
    expect(diff.claims.removed.map((c) => c.id)).toEqual(["p"]);
    expect(diff.relations.added.map((r) => r.id)).toEqual(["r2"]);
    expect(diff.relations.removed.map((r) => r.id)).toEqual(["r"]);
    // Plain data: a JSON round trip changes nothing.
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
    expect(formatDiff(diff)).toBe(
      [
        '~ map title: "T" → "New"',
        '~ map description: (none) → "D"',
        '~ map thesis: "t" → (none)',
        "claims: 1 added, 1 removed, 1 changed",
        "relations: 1 added, 1 removed, 0 changed",
        '+ claim "q": "Q"',
        '- claim "p": "P"',
        '~ claim "t"',
        '    text: "T" → "T2"',
        '    note: "n" → (none)',
        '    tags: (none) → ["x"]',
        '+ relation "r2": attack "q" → "t"',
        '- relation "r": support "p" → "t"',
        "",
      ].join("\n"),
    );
  });

  test("a renamed claim is a removal and an addition, unless matchText pairs it", () => {
    const a = load([{ id: "t", text: "Japan should help." }, { id: "p", text: "P" }], [{ id: "r", type: "support", from: ["p"], to: "t" }]);
    const b = load([{ id: "thesis", text: "japan  should help." }, { id: "p", text: "P" }], [{ id: "r", type: "support", from: ["p"], to: "thesis" }]);
    const plain = diffMaps(a, b);
    expect([plain.claims.added.length, plain.claims.removed.length, plain.claims.renamed]).toEqual([1, 1, []]);
    const paired = diffMaps(a, b, { matchText: true });
    expect(paired.claims).toEqual({
      added: [],
      removed: [],
      changed: [],
      renamed: [{ before: "t", after: "thesis", changes: [{ field: "text", before: "Japan should help.", after: "japan  should help." }] }],
    });
    expect(paired.relations.changed).toEqual([{ id: "r", changes: [{ field: "to", before: "t", after: "thesis" }] }]);
    expect(formatDiff(paired)).toContain('= claim "t" is now "thesis"\n    text: "Japan should help." → "japan  should help."\n');
  });

  test("ids and texts in the text form are quoted and cut, so they cannot forge lines", () => {
    const a = load([{ id: "x\n+ claim \"fake\"", text: "line\nbreak \u001b[31m red" + "long ".repeat(40) }]);
    const text = formatDiff(diffMaps(load([]), a));
    expect(text.split("\n")).toHaveLength(3);
    expect(text).not.toContain("\u001b");
    expect(text.split("\n")[1]!.length).toBeLessThan(200);
  });

  test("shows the Ukraine–Japan map against a part of it", () => {
    const map = ukraineJapan();
    const part = extractMap(map, map.thesis!, { depth: 1 });
    const diff = diffMaps(part, map);
    expect(diff.claims.added.length).toBe(map.claimCount - part.claimCount);
    expect(diff.claims.removed).toEqual([]);
    expect(diff.relations.added.length).toBe(map.relationCount - part.relationCount);
  });

  test("covers format 1.1: participants, language, claim titles and by", () => {
    const a = load([{ id: "c", text: "C" }]);
    const b = loadArgumentMap({
      format: "argmap", version: "1.1", title: "T", language: "en", participants: [{ id: "ann", name: "Ann" }], sources: [],
      claims: [{ id: "c", title: "Cee", text: "C", by: ["ann"] }], relations: [],
    });
    const diff = diffMaps(a, b);
    expect(diff.fields).toEqual([{ field: "version", before: 1, after: "1.1" }, { field: "language", after: "en" }]);
    expect(diff.participants.added).toEqual([{ id: "ann", name: "Ann" }]);
    expect(diff.claims.changed).toEqual([{ id: "c", changes: [{ field: "title", after: "Cee" }, { field: "by", after: ["ann"] }] }]);
    expect(formatDiff(diff)).toContain('+ participant "ann": "Ann"\n');
  });

  test("bad arguments are ArgmapErrors", () => {
    const map = argmap("T").build();
    expect(() => diffMaps(map, {} as ArgumentMap)).toThrow(ArgmapError);
    expect(() => diffMaps(map, map, { matchText: "yes" as unknown as boolean })).toThrow(ArgmapError);
  });
});

describe("diffMaps properties", () => {
  test("a map against itself is empty", () => {
    fc.assert(
      fc.property(anyDocument(), (doc) => {
        const map = loadArgumentMap(doc);
        const diff = diffMaps(map, map);
        expect(diff.equal).toBe(true);
        expect(diffMaps(map, loadArgumentMap(map.toJSON())).equal).toBe(true);
        expect(formatDiff(diff)).toBe("");
      }),
      { numRuns: 200 },
    );
  });

  test("applying a diff's additions, removals and changes to a gives b, and neither changes", () => {
    fc.assert(
      fc.property(anyDocument(), anyDocument(), fc.boolean(), (docA, docB, matchText) => {
        const a = loadArgumentMap(docA);
        const b = loadArgumentMap(docB);
        const before = [JSON.stringify(a.toJSON()), JSON.stringify(b.toJSON())];
        const diff = diffMaps(a, b, { matchText });
        expect(sorted(applyDiff(a.toJSON(), diff))).toEqual(sorted(b.toJSON()));
        // Plain data (JSON writes -0 as 0, so compare the text).
        expect(JSON.stringify(JSON.parse(JSON.stringify(diff)))).toBe(JSON.stringify(diff));
        expect(diff.equal).toBe(JSON.stringify(sorted(a.toJSON())) === JSON.stringify(sorted(b.toJSON())));
        expect(typeof formatDiff(diff)).toBe("string");
        expect([JSON.stringify(a.toJSON()), JSON.stringify(b.toJSON())]).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  test("applying the diff of a map and an edited copy gives the copy", () => {
    fc.assert(
      fc.property(anyDocument(), fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 5 }).map((t) => (/\S/.test(t) ? t : `${t}.`))), { maxLength: 4 }), (doc, edits) => {
        const a = loadArgumentMap(doc);
        const b = loadArgumentMap(a.toJSON());
        const claims = b.claims();
        for (const [at, text] of edits) if (claims.length > 0) b.updateClaim(claims[at % claims.length]!.id, { text, note: undefined });
        const diff = diffMaps(a, b);
        expect(sorted(applyDiff(a.toJSON(), diff))).toEqual(sorted(b.toJSON()));
        expect(diff.claims.added).toEqual([]);
        expect(diff.claims.removed).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

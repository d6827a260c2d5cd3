import { describe, expect, test } from "vitest";
import { ArgmapError, ArgumentMap, isRelation, type Claim, type Relation } from "../../src/index.js";
import { MAX_META_DEPTH } from "../../src/internal/json.js";
import { catchArgmapError, expectThrowsIssue, lunchDocument, lunchMap } from "../fixtures/core/helpers.js";

const TEXT = "Cats purr. Dogs bark.";

/** A small map: claims a, b, c, d; s1: a supports c; u1: b undercuts s1. */
function small(): ArgumentMap {
  const map = new ArgumentMap({ title: "Small" });
  map.addSource({ id: "src", title: "Pets", text: TEXT });
  map.addClaim({ id: "a", text: "A" });
  map.addClaim({ id: "b", text: "B" });
  map.addClaim({ id: "c", text: "C" });
  map.addClaim({ id: "d", text: "D" });
  map.addRelation({ id: "s1", type: "support", from: ["a"], to: "c" });
  map.addRelation({ id: "u1", type: "attack", from: ["b"], to: "s1" });
  return map;
}

/** Runs `fn`, expects it to throw `code`, and checks that the map did not change. */
function expectAtomicFailure(map: ArgumentMap, fn: () => unknown, code: string, path?: readonly (string | number)[]): ArgmapError {
  const before = map.toJSON();
  const graphBefore = map.graph.export();
  const error = expectThrowsIssue(fn, code, path);
  expect(map.toJSON()).toEqual(before);
  expect(map.graph.export()).toEqual(graphBefore);
  return error;
}

describe("ArgumentMap", () => {
  describe("construction and info", () => {
    test("starts empty with a title and optional description", () => {
      const map = new ArgumentMap({ title: "T", description: "D" });
      expect(map.title).toBe("T");
      expect(map.description).toBe("D");
      expect(map.thesis).toBeUndefined();
      expect(map.toJSON()).toEqual({ format: "argmap", version: 1, title: "T", description: "D", sources: [], claims: [], relations: [] });
      expect(new ArgumentMap().title).toBe("");
    });

    test("rejects a title that is not a string", () => {
      expectThrowsIssue(() => new ArgumentMap({ title: 3 as unknown as string }), "invalid-type", ["title"]);
      expectThrowsIssue(() => new ArgumentMap({ title: "", description: 3 as unknown as string }), "invalid-type", ["description"]);
    });

    test("setTitle, setDescription and setThesis change the document", () => {
      const map = small();
      map.setTitle("New").setDescription("About pets").setThesis("c");
      expect(map.toJSON()).toMatchObject({ title: "New", description: "About pets", thesis: "c" });
      map.setDescription(undefined).setThesis(undefined);
      expect("description" in map.toJSON()).toBe(false);
      expect("thesis" in map.toJSON()).toBe(false);
      expectThrowsIssue(() => map.setTitle(null as unknown as string), "invalid-type", ["title"]);
      expectThrowsIssue(() => map.setDescription(1 as unknown as string), "invalid-type", ["description"]);
    });

    test("setThesis needs an existing claim", () => {
      const map = small();
      expectAtomicFailure(map, () => map.setThesis("nope"), "not-found", ["thesis"]);
      expectAtomicFailure(map, () => map.setThesis("s1"), "not-found", ["thesis"]);
    });
  });

  describe("lookups", () => {
    test("find claims, relations and sources by id", () => {
      const map = small();
      expect(map.claim("a")).toEqual({ id: "a", text: "A" });
      expect(map.relation("s1")).toEqual({ id: "s1", type: "support", from: ["a"], to: "c" });
      expect(map.source("src")).toEqual({ id: "src", title: "Pets", text: TEXT });
      expect(map.claim("s1")).toBeUndefined();
      expect(map.relation("a")).toBeUndefined();
      expect(map.source("a")).toBeUndefined();
      expect([map.hasClaim("a"), map.hasRelation("s1"), map.hasSource("src"), map.has("u1"), map.has("zzz")]).toEqual([true, true, true, true, false]);
      expect([map.kindOf("a"), map.kindOf("s1"), map.kindOf("src"), map.kindOf("x")]).toEqual(["claim", "relation", "source", undefined]);
    });

    test("list everything in insertion order", () => {
      const map = small();
      expect(map.claims().map((c) => c.id)).toEqual(["a", "b", "c", "d"]);
      expect(map.relations().map((r) => r.id)).toEqual(["s1", "u1"]);
      expect(map.sources().map((s) => s.id)).toEqual(["src"]);
      expect([map.claimCount, map.relationCount]).toEqual([4, 2]);
    });
  });

  describe("addSource", () => {
    test("stores a copy", () => {
      const map = new ArgumentMap();
      const input = { id: "s", title: "T", url: "https://example.org", author: "A", published: "2024", text: "x" };
      const stored = map.addSource(input);
      input.title = "changed";
      expect(stored).toEqual({ ...input, title: "T" });
      expect(map.source("s")!.title).toBe("T");
    });

    test("fails on duplicate ids and schema errors without changing anything", () => {
      const map = small();
      expectAtomicFailure(map, () => map.addSource({ id: "a", title: "x" }), "duplicate-id", ["source", "id"]);
      expectAtomicFailure(map, () => map.addSource({ id: "src", title: "x" }), "duplicate-id", ["source", "id"]);
      expectAtomicFailure(map, () => map.addSource({ id: "", title: "x" }), "too-small", ["source", "id"]);
      expectAtomicFailure(map, () => map.addSource({ id: "n" } as never), "invalid-type", ["source", "title"]);
      expectAtomicFailure(map, () => map.addSource({ id: "n", title: "x", extra: 1 } as never), "unknown-key", ["source", "extra"]);
      expectAtomicFailure(map, () => map.addSource(null as never), "invalid-type", ["source"]);
    });
  });

  describe("addClaim", () => {
    test("stores a canonical copy that shares nothing with the input", () => {
      const map = new ArgumentMap();
      map.addSource({ id: "src", title: "Pets", text: TEXT });
      const input: Claim = {
        meta: { deep: { list: [1, { x: null }] } },
        note: "n",
        base: 0.25,
        anchors: [{ source: "src", start: 11, end: 20, quote: "Dogs bark" }],
        tags: ["t"],
        text: "Dogs bark.",
        id: "dogs",
      };
      const stored = map.addClaim(input);
      expect(Object.keys(stored)).toEqual(["id", "text", "tags", "anchors", "base", "note", "meta"]);
      input.tags!.push("later");
      input.anchors![0]!.quote = "changed";
      (input.meta!["deep"] as { list: unknown[] }).list.push(2);
      expect(map.claim("dogs")).toEqual({
        id: "dogs",
        text: "Dogs bark.",
        tags: ["t"],
        anchors: [{ source: "src", start: 11, end: 20, quote: "Dogs bark" }],
        base: 0.25,
        note: "n",
        meta: { deep: { list: [1, { x: null }] } },
      });
    });

    test("keeps a __proto__ key in meta as data", () => {
      const map = new ArgumentMap();
      const meta = JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}') as Claim["meta"];
      map.addClaim({ id: "a", text: "A", meta });
      const out = map.toJSON().claims[0]!.meta!;
      expect(Object.keys(out)).toEqual(["__proto__", "ok"]);
      expect(Object.getOwnPropertyDescriptor(out, "__proto__")!.value).toEqual({ polluted: true });
      expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    });

    test("rejects a __proto__ key smuggled into a patch or an entity", () => {
      const map = lunchMap();
      expectThrowsIssue(() => map.updateClaim("pizza", JSON.parse('{"__proto__": {"note": "sneaky"}}') as never), "unknown-key", ["claim", "__proto__"]);
      expectThrowsIssue(() => map.addClaim(JSON.parse('{"id": "x", "text": "X", "__proto__": {"note": "sneaky"}}') as never), "unknown-key", ["claim", "__proto__"]);
      expect(map.claim("pizza")!.note).toBeUndefined();
    });

    test("rejects duplicate and empty ids", () => {
      const map = small();
      expectAtomicFailure(map, () => map.addClaim({ id: "a", text: "again" }), "duplicate-id", ["claim", "id"]);
      expectAtomicFailure(map, () => map.addClaim({ id: "s1", text: "clashes with a relation" }), "duplicate-id", ["claim", "id"]);
      expectAtomicFailure(map, () => map.addClaim({ id: "src", text: "clashes with a source" }), "duplicate-id", ["claim", "id"]);
      expectAtomicFailure(map, () => map.addClaim({ id: "", text: "x" }), "too-small", ["claim", "id"]);
    });

    test("rejects schema violations with paths under claim", () => {
      const map = small();
      expectAtomicFailure(map, () => map.addClaim({ id: "n", text: 1 } as never), "invalid-type", ["claim", "text"]);
      expectAtomicFailure(map, () => map.addClaim({ id: "n", text: "x", base: 2 }), "too-big", ["claim", "base"]);
      expectAtomicFailure(map, () => map.addClaim({ id: "n", text: "x", base: -0.1 }), "too-small", ["claim", "base"]);
      expectAtomicFailure(map, () => map.addClaim({ id: "n", text: "x", tags: [1] } as never), "invalid-type", ["claim", "tags", 0]);
      expectAtomicFailure(map, () => map.addClaim({ id: "n", text: "x", colour: "red" } as never), "unknown-key", ["claim", "colour"]);
    });

    test("checks anchors against their source", () => {
      const map = small();
      const add = (anchor: object) => () => map.addClaim({ id: "n", text: "x", anchors: [anchor as never] });
      expectAtomicFailure(map, add({ source: "nope", start: 0, end: 4, quote: "Cats" }), "anchor-unknown-source", ["claim", "anchors", 0, "source"]);
      expectAtomicFailure(map, add({ source: "a", start: 0, end: 4, quote: "Cats" }), "anchor-unknown-source", ["claim", "anchors", 0, "source"]);
      expectAtomicFailure(map, add({ source: "src", start: 0, end: 99, quote: "Cats" }), "anchor-out-of-range", ["claim", "anchors", 0, "end"]);
      expectAtomicFailure(map, add({ source: "src", start: 4, end: 0, quote: "" }), "anchor-out-of-range", ["claim", "anchors", 0]);
      expectAtomicFailure(map, add({ source: "src", start: 0, end: 4, quote: "Dogs" }), "anchor-mismatch", ["claim", "anchors", 0, "quote"]);
      expectAtomicFailure(map, add({ source: "src", start: -1, end: 4, quote: "Cats" }), "too-small", ["claim", "anchors", 0, "start"]);
      expectAtomicFailure(map, add({ source: "src", start: 0.5, end: 4, quote: "Cats" }), "invalid-type", ["claim", "anchors", 0, "start"]);
      expect(map.addClaim({ id: "n", text: "x", anchors: [{ source: "src", start: 0, end: 4, quote: "Cats" }] }).anchors).toHaveLength(1);
    });

    test("does not check ranges into a source without text", () => {
      const map = new ArgumentMap();
      map.addSource({ id: "book", title: "A book we do not have" });
      map.addClaim({ id: "a", text: "A", anchors: [{ source: "book", start: 100, end: 120, quote: "anything" }] });
      expect(map.claim("a")!.anchors).toHaveLength(1);
      expectThrowsIssue(() => map.addClaim({ id: "b", text: "B", anchors: [{ source: "book", start: 5, end: 2, quote: "" }] }), "anchor-out-of-range");
    });

    test("reports every anchor problem at once", () => {
      const map = small();
      const error = catchArgmapError(() =>
        map.addClaim({
          id: "n",
          text: "x",
          anchors: [
            { source: "nope", start: 0, end: 1, quote: "C" },
            { source: "src", start: 0, end: 4, quote: "Cats" },
            { source: "src", start: 0, end: 4, quote: "Dogs" },
          ],
        }),
      );
      expect(error.issues.map((i) => [i.code, i.path])).toEqual([
        ["anchor-unknown-source", ["claim", "anchors", 0, "source"]],
        ["anchor-mismatch", ["claim", "anchors", 2, "quote"]],
      ]);
    });
  });

  describe("meta that is not plain JSON", () => {
    const bad: Array<[string, () => unknown, string]> = [
      ["a cycle", () => {
        const cycle: Record<string, unknown> = { a: 1 };
        cycle["self"] = cycle;
        return cycle;
      }, "invalid-value"],
      ["too deep", () => {
        let deep: unknown = 1;
        for (let i = 0; i <= MAX_META_DEPTH + 1; i++) deep = { d: deep };
        return deep;
      }, "too-deep"],
      ["100,000 levels deep", () => {
        let deep: unknown = [];
        for (let i = 0; i < 100_000; i++) deep = [deep];
        return { d: deep };
      }, "too-deep"],
      ["a function", () => ({ f: () => 1 }), "invalid-type"],
      ["undefined in an array", () => ({ list: [1, undefined] }), "invalid-type"],
      ["NaN", () => ({ n: Number.NaN }), "invalid-type"],
      ["Infinity", () => ({ n: Number.POSITIVE_INFINITY }), "invalid-type"],
      ["a Date", () => ({ when: new Date(0) }), "invalid-type"],
      ["a Map", () => ({ m: new Map() }), "invalid-type"],
      ["a bigint", () => ({ n: 1n }), "invalid-type"],
      ["a symbol", () => ({ s: Symbol("s") }), "invalid-type"],
      ["an array", () => [1, 2], "invalid-type"],
      ["a string", () => "meta", "invalid-type"],
    ];
    for (const [name, make, code] of bad) {
      test(`rejects ${name} without a crash`, () => {
        const map = small();
        const error = expectAtomicFailure(map, () => map.addClaim({ id: "n", text: "x", meta: make() as never }), code);
        expect(error.issues[0].path.slice(0, 2)).toEqual(["claim", "meta"]);
        expectAtomicFailure(map, () => map.addRelation({ id: "n", type: "support", from: ["b"], to: "c", meta: make() as never }), code);
        expectAtomicFailure(map, () => map.updateClaim("a", { meta: make() as never }), code);
      });
    }

    test("points at the offending value", () => {
      const map = small();
      expectThrowsIssue(() => map.addClaim({ id: "n", text: "x", meta: { ok: [1, 2, { bad: Number.NaN }] } }), "invalid-type", ["claim", "meta", "ok", 2, "bad"]);
    });

    test("accepts shared (non-cyclic) references and copies them apart", () => {
      const map = small();
      const shared = { v: 1 };
      map.addClaim({ id: "n", text: "x", meta: { one: shared, two: shared } });
      const meta = map.toJSON().claims.at(-1)!.meta as { one: { v: number }; two: { v: number } };
      expect(meta).toEqual({ one: { v: 1 }, two: { v: 1 } });
      expect(meta.one).not.toBe(meta.two);
    });
  });

  describe("addRelation", () => {
    test("adds supports, attacks, linked premises and undercuts", () => {
      const map = small();
      map.addRelation({ id: "l1", type: "support", from: ["a", "b"], to: "d", weight: 0.5, label: "together", scheme: "analogy", note: "n" });
      map.addRelation({ id: "x1", type: "attack", from: ["d"], to: "u1" });
      expect(map.relation("l1")).toEqual({ id: "l1", type: "support", from: ["a", "b"], to: "d", weight: 0.5, label: "together", scheme: "analogy", note: "n" });
      expect(map.undercutsOf("u1").map((r) => r.id)).toEqual(["x1"]);
    });

    test("rejects bad endpoints with their paths", () => {
      const map = small();
      const rel = (r: Partial<Relation>) => () => map.addRelation({ id: "n", type: "support", from: ["a"], to: "d", ...r });
      expectAtomicFailure(map, rel({ id: "a" }), "duplicate-id", ["relation", "id"]);
      expectAtomicFailure(map, rel({ from: ["a", "ghost"] }), "dangling-premise", ["relation", "from", 1]);
      expectAtomicFailure(map, rel({ from: ["s1"] }), "dangling-premise", ["relation", "from", 0]);
      expectAtomicFailure(map, rel({ from: ["src"] }), "dangling-premise", ["relation", "from", 0]);
      expectAtomicFailure(map, rel({ to: "ghost" }), "dangling-target", ["relation", "to"]);
      expectAtomicFailure(map, rel({ to: "src" }), "dangling-target", ["relation", "to"]);
      expectAtomicFailure(map, rel({ from: ["a", "b", "a"] }), "duplicate-premise", ["relation", "from", 2]);
      expectAtomicFailure(map, rel({ from: ["a"], to: "a" }), "self-support", ["relation", "to"]);
      expectAtomicFailure(map, rel({ type: "attack", from: ["b", "d"], to: "d" }), "self-support", ["relation", "to"]);
      expectAtomicFailure(map, rel({ to: "n" }), "self-support", ["relation", "to"]);
    });

    test("rejects schema violations with their paths", () => {
      const map = small();
      const rel = (r: object) => () => map.addRelation({ id: "n", type: "support", from: ["a"], to: "d", ...r } as Relation);
      expectAtomicFailure(map, rel({ from: [] }), "too-small", ["relation", "from"]);
      expectAtomicFailure(map, rel({ from: "a" }), "invalid-type", ["relation", "from"]);
      expectAtomicFailure(map, rel({ from: [""] }), "too-small", ["relation", "from", 0]);
      expectAtomicFailure(map, rel({ to: "" }), "too-small", ["relation", "to"]);
      expectAtomicFailure(map, rel({ type: "rebut" }), "invalid-value", ["relation", "type"]);
      expectAtomicFailure(map, rel({ weight: 1.5 }), "too-big", ["relation", "weight"]);
      expectAtomicFailure(map, rel({ weight: "1" }), "invalid-type", ["relation", "weight"]);
      expectAtomicFailure(map, rel({ strength: 1 }), "unknown-key", ["relation", "strength"]);
    });

    test("reports every endpoint problem of one call", () => {
      const map = small();
      const error = catchArgmapError(() => map.addRelation({ id: "n", type: "support", from: ["ghost", "a", "a"], to: "nowhere" }));
      expect(error.issues.map((i) => [i.code, i.path])).toEqual([
        ["dangling-premise", ["relation", "from", 0]],
        ["duplicate-premise", ["relation", "from", 2]],
        ["dangling-target", ["relation", "to"]],
      ]);
    });
  });

  describe("updateClaim", () => {
    test("changes fields, and undefined removes a field", () => {
      const map = small();
      map.updateClaim("a", { text: "A2", tags: ["x"], note: "n", base: 0.9 });
      expect(map.claim("a")).toEqual({ id: "a", text: "A2", tags: ["x"], base: 0.9, note: "n" });
      const updated = map.updateClaim("a", { tags: undefined, note: undefined });
      expect(updated).toEqual({ id: "a", text: "A2", base: 0.9 });
      expect(Object.keys(map.toJSON().claims[0]!)).toEqual(["id", "text", "base"]);
    });

    test("accepts an unchanged id in the patch but refuses to change ids", () => {
      const map = small();
      map.updateClaim("a", { id: "a", text: "same id" } as never);
      expect(map.claim("a")!.text).toBe("same id");
      expectAtomicFailure(map, () => map.updateClaim("a", { id: "z" } as never), "invalid-value", ["patch", "id"]);
    });

    test("fails atomically", () => {
      const map = small();
      expectAtomicFailure(map, () => map.updateClaim("ghost", { text: "x" }), "not-found", ["id"]);
      expectAtomicFailure(map, () => map.updateClaim("s1", { text: "x" }), "not-found", ["id"]);
      expectAtomicFailure(map, () => map.updateClaim("a", { text: undefined }), "invalid-type", ["claim", "text"]);
      expectAtomicFailure(map, () => map.updateClaim("a", { base: 3 }), "too-big", ["claim", "base"]);
      expectAtomicFailure(map, () => map.updateClaim("a", { anchors: [{ source: "src", start: 0, end: 4, quote: "Dogs" }] }), "anchor-mismatch");
      expectAtomicFailure(map, () => map.updateClaim("a", null as never), "invalid-type", ["patch"]);
      expectAtomicFailure(map, () => map.updateClaim("a", { nope: 1 } as never), "unknown-key", ["claim", "nope"]);
    });
  });

  describe("updateRelation", () => {
    test("changes type, premises, target and optional fields", () => {
      const map = small();
      map.updateRelation("s1", { type: "attack", from: ["a", "d"], weight: 0.3, label: "L" });
      expect(map.relation("s1")).toEqual({ id: "s1", type: "attack", from: ["a", "d"], to: "c", weight: 0.3, label: "L" });
      map.updateRelation("s1", { weight: undefined, label: undefined, to: "b", from: ["a"] });
      expect(map.relation("s1")).toEqual({ id: "s1", type: "attack", from: ["a"], to: "b" });
      expect(map.relationsFrom("d")).toEqual([]);
      expect(map.relationsTo("c")).toEqual([]);
      expect(map.relationsTo("b").map((r) => r.id)).toEqual(["s1"]);
      expect(map.undercutsOf("s1").map((r) => r.id)).toEqual(["u1"]);
    });

    test("fails atomically on bad endpoints", () => {
      const map = small();
      expectAtomicFailure(map, () => map.updateRelation("ghost", {}), "not-found", ["id"]);
      expectAtomicFailure(map, () => map.updateRelation("a", {}), "not-found", ["id"]);
      expectAtomicFailure(map, () => map.updateRelation("s1", { to: "ghost" }), "dangling-target", ["relation", "to"]);
      expectAtomicFailure(map, () => map.updateRelation("s1", { from: ["ghost"] }), "dangling-premise", ["relation", "from", 0]);
      expectAtomicFailure(map, () => map.updateRelation("s1", { from: ["c"] }), "self-support", ["relation", "to"]);
      expectAtomicFailure(map, () => map.updateRelation("s1", { to: "s1" }), "self-support", ["relation", "to"]);
      expectAtomicFailure(map, () => map.updateRelation("s1", { from: [] }), "too-small", ["relation", "from"]);
      expectAtomicFailure(map, () => map.updateRelation("s1", { from: undefined }), "invalid-type", ["relation", "from"]);
    });

    test("refuses a target that would make relations depend on themselves", () => {
      const map = small();
      // u1 undercuts s1; s1 may not target u1 (s1 → u1 → s1).
      expectAtomicFailure(map, () => map.updateRelation("s1", { to: "u1" }), "self-support", ["relation", "to"]);
      map.addRelation({ id: "u2", type: "attack", from: ["d"], to: "u1" });
      expectAtomicFailure(map, () => map.updateRelation("s1", { to: "u2" }), "self-support", ["relation", "to"]);
      // Retargeting an undercut to another relation that does not lead back is fine.
      map.addRelation({ id: "s2", type: "support", from: ["d"], to: "c" });
      map.updateRelation("u1", { to: "s2" });
      expect(map.undercutsOf("s2").map((r) => r.id)).toEqual(["u1"]);
      expect(map.undercutsOf("s1")).toEqual([]);
    });
  });

  describe("updateSource", () => {
    test("changes fields and removes fields set to undefined", () => {
      const map = small();
      map.updateSource("src", { author: "Ann", url: "https://example.org" });
      expect(map.source("src")).toEqual({ id: "src", title: "Pets", url: "https://example.org", author: "Ann", text: TEXT });
      map.updateSource("src", { url: undefined });
      expect(map.source("src")).toEqual({ id: "src", title: "Pets", author: "Ann", text: TEXT });
    });

    test("refuses a text that breaks anchors into it, pointing at each anchor", () => {
      const map = small();
      map.addClaim({ id: "n", text: "x", anchors: [{ source: "src", start: 11, end: 20, quote: "Dogs bark" }] });
      map.addRelation({ id: "r", type: "support", from: ["n"], to: "d", anchors: [{ source: "src", start: 0, end: 4, quote: "Cats" }] });
      const error = expectAtomicFailure(map, () => map.updateSource("src", { text: "Dogs bark. Cats purr." }), "anchor-mismatch");
      expect(error.issues.map((i) => [i.code, i.path])).toEqual([
        ["anchor-mismatch", ["claims", 4, "anchors", 0, "quote"]],
        ["anchor-mismatch", ["relations", 2, "anchors", 0, "quote"]],
      ]);
      expectAtomicFailure(map, () => map.updateSource("src", { text: "Cats" }), "anchor-out-of-range", ["claims", 4, "anchors", 0, "end"]);
      // A text that keeps the quoted words in place is fine; so is dropping the text.
      map.updateSource("src", { text: `${TEXT} Birds sing.` });
      map.updateSource("src", { text: undefined });
      expect(map.source("src")!.text).toBeUndefined();
    });

    test("fails on unknown ids and schema errors", () => {
      const map = small();
      expectAtomicFailure(map, () => map.updateSource("a", { title: "x" }), "not-found", ["id"]);
      expectAtomicFailure(map, () => map.updateSource("src", { title: undefined }), "invalid-type", ["source", "title"]);
      expectAtomicFailure(map, () => map.updateSource("src", { id: "other" } as never), "invalid-value", ["patch", "id"]);
    });
  });

  describe("removeClaim", () => {
    test("removes a claim that nothing uses", () => {
      const map = small();
      expect(map.removeClaim("d")).toEqual({ claims: [{ id: "d", text: "D" }], relations: [], sources: [] });
      expect(map.hasClaim("d")).toBe(false);
      expect(map.has("d")).toBe(false);
      // The id is free again.
      map.addRelation({ id: "d", type: "support", from: ["b"], to: "c" });
      expect(map.kindOf("d")).toBe("relation");
    });

    test("reports dependents without cascade", () => {
      const map = small();
      expectAtomicFailure(map, () => map.removeClaim("a"), "has-dependents", ["id"]);
      expectAtomicFailure(map, () => map.removeClaim("c"), "has-dependents", ["id"]);
      expectAtomicFailure(map, () => map.removeClaim("b"), "has-dependents", ["id"]);
      map.setThesis("d");
      expectAtomicFailure(map, () => map.removeClaim("d"), "has-dependents", ["id"]);
      expectAtomicFailure(map, () => map.removeClaim("ghost"), "not-found", ["id"]);
      expectAtomicFailure(map, () => map.removeClaim("s1", { cascade: true }), "not-found", ["id"]);
    });

    test("with cascade removes the relations that use it and, transitively, their undercuts", () => {
      const map = small();
      map.addRelation({ id: "u2", type: "attack", from: ["d"], to: "u1" });
      map.addRelation({ id: "s2", type: "support", from: ["d"], to: "u2" });
      map.addRelation({ id: "keep", type: "support", from: ["b"], to: "d" });
      const removed = map.removeClaim("c", { cascade: true });
      expect(removed.claims.map((c) => c.id)).toEqual(["c"]);
      expect(removed.relations.map((r) => r.id).sort()).toEqual(["s1", "s2", "u1", "u2"]);
      expect(map.relations().map((r) => r.id)).toEqual(["keep"]);
      expect(map.claims().map((c) => c.id)).toEqual(["a", "b", "d"]);
      expect(map.relationsFrom("b").map((r) => r.id)).toEqual(["keep"]);
      expect(map.relationsFrom("a")).toEqual([]);
      expect(map.relationsTo("d").map((r) => r.id)).toEqual(["keep"]);
    });

    test("removing a linked premise removes the whole relation", () => {
      const map = small();
      map.addRelation({ id: "l", type: "support", from: ["a", "b"], to: "d" });
      map.removeClaim("b", { cascade: true });
      expect(map.hasRelation("l")).toBe(false);
      expect(map.hasRelation("u1")).toBe(false);
      expect(map.relationsFrom("a").map((r) => r.id)).toEqual(["s1"]);
    });

    test("with cascade clears the thesis mark", () => {
      const map = small();
      map.setThesis("c");
      map.removeClaim("c", { cascade: true });
      expect(map.thesis).toBeUndefined();
      expect("thesis" in map.toJSON()).toBe(false);
    });
  });

  describe("removeRelation", () => {
    test("reports undercuts without cascade, removes the chain with it", () => {
      const map = small();
      map.addRelation({ id: "u2", type: "attack", from: ["d"], to: "u1" });
      expectAtomicFailure(map, () => map.removeRelation("s1"), "has-dependents", ["id"]);
      expectAtomicFailure(map, () => map.removeRelation("u1"), "has-dependents", ["id"]);
      expectAtomicFailure(map, () => map.removeRelation("a"), "not-found", ["id"]);
      const removed = map.removeRelation("s1", { cascade: true });
      expect(removed.claims).toEqual([]);
      expect(removed.relations.map((r) => r.id)).toEqual(["s1", "u1", "u2"]);
      expect(map.relationCount).toBe(0);
      expect(map.claimCount).toBe(4);
    });

    test("removes a relation without dependents", () => {
      const map = small();
      expect(map.removeRelation("u1").relations).toEqual([{ id: "u1", type: "attack", from: ["b"], to: "s1" }]);
      expect(map.undercutsOf("s1")).toEqual([]);
      expect(map.relationsFrom("b")).toEqual([]);
      map.removeRelation("s1");
      expect(map.relationsTo("c")).toEqual([]);
    });
  });

  describe("removeSource", () => {
    test("reports anchors into it without cascade", () => {
      const map = small();
      map.addSource({ id: "free", title: "unused" });
      expect(map.removeSource("free").sources).toEqual([{ id: "free", title: "unused" }]);
      map.updateClaim("a", { anchors: [{ source: "src", start: 0, end: 4, quote: "Cats" }] });
      expectAtomicFailure(map, () => map.removeSource("src"), "has-dependents", ["id"]);
      expectAtomicFailure(map, () => map.removeSource("a"), "not-found", ["id"]);
    });

    test("with cascade drops the anchors, and an emptied list altogether", () => {
      const map = small();
      map.addSource({ id: "other", title: "O", text: "Owls hoot." });
      map.updateClaim("a", { anchors: [{ source: "src", start: 0, end: 4, quote: "Cats" }, { source: "other", start: 0, end: 4, quote: "Owls" }] });
      map.updateClaim("b", { anchors: [{ source: "src", start: 11, end: 15, quote: "Dogs" }] });
      map.updateRelation("s1", { anchors: [{ source: "src", start: 5, end: 9, quote: "purr" }] });
      const removed = map.removeSource("src", { cascade: true });
      expect(removed.sources.map((s) => s.id)).toEqual(["src"]);
      expect(map.claim("a")!.anchors).toEqual([{ source: "other", start: 0, end: 4, quote: "Owls" }]);
      expect("anchors" in map.claim("b")!).toBe(false);
      expect("anchors" in map.relation("s1")!).toBe(false);
      expect(map.graph.getNodeAttribute("s1", "anchors")).toBeUndefined();
    });
  });

  describe("queries on the lunch map", () => {
    const map = lunchMap();
    const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

    test("reasonsFor, objectionsTo, rebuttalsOf, undercutsOf", () => {
      expect(ids(map.reasonsFor("pizza"))).toEqual(["fast-and-shared"]);
      expect(ids(map.objectionsTo("pizza"))).toEqual(["diet"]);
      expect(ids(map.objectionsTo("quick"))).toEqual(["slow-shop"]);
      expect(ids(map.objectionsTo("slow-shop"))).toEqual(["busy-friday"]);
      expect(ids(map.reasonsFor("slow-shop"))).toEqual([]);
      expect(ids(map.rebuttalsOf("diet"))).toEqual(["vegan-option"]);
      expect(ids(map.rebuttalsOf("cheese"))).toEqual(["vegan-option"]);
      expect(ids(map.rebuttalsOf("vegan-option"))).toEqual([]);
      expect(ids(map.undercutsOf("slow-shop"))).toEqual(["busy-friday"]);
      expect(ids(map.undercutsOf("diet"))).toEqual([]);
    });

    test("return whole relations, not ids", () => {
      expect(map.reasonsFor("pizza")).toEqual([{ id: "fast-and-shared", type: "support", from: ["quick", "share"], to: "pizza", label: "convenient" }]);
      expect(map.premisesOf("fast-and-shared")[0]).toEqual(map.claim("quick"));
    });

    test("premisesOf, conclusionOf, relationsTo, relationsFrom", () => {
      expect(map.premisesOf("fast-and-shared")).toEqual([map.claim("quick"), map.claim("share")]);
      expect(map.conclusionOf("diet")).toEqual(map.claim("pizza"));
      const undercut = map.conclusionOf("busy-friday");
      expect(isRelation(undercut)).toBe(true);
      expect(undercut.id).toBe("slow-shop");
      expect(isRelation(map.conclusionOf("diet"))).toBe(false);
      expect(ids(map.relationsTo("pizza"))).toEqual(["fast-and-shared", "diet"]);
      expect(ids(map.relationsTo("slow-shop"))).toEqual(["busy-friday"]);
      expect(ids(map.relationsTo("share"))).toEqual([]);
      expect(ids(map.relationsFrom("quick"))).toEqual(["fast-and-shared"]);
      expect(ids(map.relationsFrom("pizza"))).toEqual([]);
    });

    test("roots and leaves", () => {
      expect(ids(map.roots())).toEqual(["pizza"]);
      expect(ids(map.leaves())).toEqual(["share", "vegan", "slow", "busy"]);
    });

    test("depth counts relations up to the nearest root", () => {
      expect(map.depth("pizza")).toBe(0);
      expect(map.depth("quick")).toBe(1);
      expect(map.depth("fast-and-shared")).toBe(1);
      expect(map.depth("diet")).toBe(1);
      expect(map.depth("cheese")).toBe(1);
      expect(map.depth("vegan")).toBe(2);
      expect(map.depth("slow")).toBe(2);
      expect(map.depth("slow-shop")).toBe(2);
      // An undercut is one deeper than the relation it attacks.
      expect(map.depth("busy-friday")).toBe(3);
      expect(map.depth("busy")).toBe(3);
    });

    test("path follows premise → relation → target", () => {
      expect(ids(map.path("busy", "pizza")!)).toEqual(["busy", "busy-friday", "slow-shop", "quick", "fast-and-shared", "pizza"]);
      expect(ids(map.path("vegan", "cheese")!)).toEqual(["vegan", "vegan-option", "cheese"]);
      expect(ids(map.path("pizza", "pizza")!)).toEqual(["pizza"]);
      expect(map.path("pizza", "quick")).toBeUndefined();
      expect(map.path("share", "slow")).toBeUndefined();
    });

    test("unanchored lists claims and relations without anchors", () => {
      const result = map.unanchored();
      expect(result.claims).toEqual([]);
      expect(ids(result.relations)).toEqual(["fast-and-shared", "diet", "vegan-option", "slow-shop", "busy-friday"]);
    });

    test("stats", () => {
      expect(map.stats()).toEqual({
        claims: 7,
        relations: 5,
        sources: 1,
        supports: 1,
        attacks: 3,
        undercuts: 1,
        linked: 1,
        anchors: 7,
        roots: 1,
        leaves: 4,
        isolated: 0,
        depth: 3,
      });
    });

    test("unknown ids are not-found, never a TypeError", () => {
      const calls: Array<[() => unknown, readonly (string | number)[]]> = [
        [() => map.reasonsFor("ghost"), ["id"]],
        [() => map.objectionsTo("ghost"), ["id"]],
        [() => map.rebuttalsOf("ghost"), ["id"]],
        [() => map.undercutsOf("pizza"), ["relationId"]],
        [() => map.premisesOf("pizza"), ["relationId"]],
        [() => map.conclusionOf("ghost"), ["relationId"]],
        [() => map.relationsTo("chat"), ["id"]],
        [() => map.relationsFrom("diet"), ["claimId"]],
        [() => map.depth("ghost"), ["id"]],
        [() => map.path("ghost", "pizza"), ["id"]],
        [() => map.path("pizza", "ghost"), ["id"]],
      ];
      for (const [call, path] of calls) expectThrowsIssue(call, "not-found", path);
    });
  });

  describe("relation indexes, built on first use", () => {
    const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
    /** What the indexes answer: relations into every claim and relation, relations from every claim. */
    const answers = (map: ArgumentMap): unknown => [
      map.claims().map((c) => [c.id, ids(map.relationsTo(c.id)), ids(map.relationsFrom(c.id))]),
      map.relations().map((r) => [r.id, ids(map.relationsTo(r.id))]),
    ];
    const changes: Array<[string, (map: ArgumentMap) => unknown]> = [
      ["an attack on a claim", (map) => map.addRelation({ id: "late", type: "attack", from: ["busy"], to: "pizza" })],
      ["a second reason for a claim", (map) => map.addRelation({ id: "also", type: "support", from: ["vegan", "quick"], to: "pizza" })],
      ["an undercut", (map) => map.addRelation({ id: "under", type: "attack", from: ["busy"], to: "diet" })],
      ["an update that moves a relation to the end of its target's list", (map) => map.updateRelation("fast-and-shared", { label: "handy" })],
      ["an update of premises and target", (map) => map.updateRelation("slow-shop", { from: ["busy", "slow"], to: "share" })],
      ["a removed relation with its undercut", (map) => map.removeRelation("slow-shop", { cascade: true })],
      ["a removed claim with its relations", (map) => map.removeClaim("cheese", { cascade: true })],
    ];
    test.each(changes)("after %s, a map loaded just before answers as one whose indexes were built at load", (_, change) => {
      const kept = lunchMap();
      void kept.roots(); // builds the indexes; the change then updates them
      const lazy = lunchMap();
      change(kept);
      change(lazy);
      expect(answers(lazy)).toEqual(answers(kept));
      // And both hold each relation once.
      for (const claim of lazy.claims()) expect(new Set(ids(lazy.relationsTo(claim.id))).size).toBe(lazy.relationsTo(claim.id).length);
    });
  });

  describe("queries on unusual shapes", () => {
    test("depth is undefined for a node that only leads into a cycle", () => {
      const map = new ArgumentMap();
      for (const id of ["a", "b", "c"]) map.addClaim({ id, text: id });
      map.addRelation({ id: "ab", type: "support", from: ["a"], to: "b" });
      map.addRelation({ id: "ba", type: "support", from: ["b"], to: "a" });
      map.addRelation({ id: "ca", type: "support", from: ["c"], to: "a" });
      expect(map.depth("a")).toBeUndefined();
      expect(map.depth("c")).toBeUndefined();
      expect(map.roots().map((c) => c.id)).toEqual([]);
      expect(map.stats()).toMatchObject({ roots: 0, leaves: 1, depth: 1 });
      expect(map.path("c", "b")!.map((n) => n.id)).toEqual(["c", "ca", "a", "ab", "b"]);
    });

    test("depth takes the nearest root", () => {
      const map = new ArgumentMap();
      for (const id of ["top", "mid", "low", "other"]) map.addClaim({ id, text: id });
      map.addRelation({ id: "r1", type: "support", from: ["mid"], to: "top" });
      map.addRelation({ id: "r2", type: "support", from: ["low"], to: "mid" });
      map.addRelation({ id: "r3", type: "attack", from: ["low"], to: "other" });
      expect(map.depth("low")).toBe(1);
      expect(map.depth("r2")).toBe(2);
      expect(map.stats().depth).toBe(2);
    });

    test("stats counts isolated claims, linked relations and anchors on relations", () => {
      const map = small();
      map.addRelation({ id: "l", type: "attack", from: ["a", "b"], to: "c", anchors: [{ source: "src", start: 0, end: 4, quote: "Cats" }] });
      expect(map.stats()).toEqual({
        claims: 4,
        relations: 3,
        sources: 1,
        supports: 1,
        attacks: 1,
        undercuts: 1,
        linked: 1,
        anchors: 1,
        roots: 2,
        leaves: 3,
        isolated: 1,
        depth: 2,
      });
      expect(new ArgumentMap().stats()).toMatchObject({ claims: 0, roots: 0, leaves: 0, depth: 0 });
    });
  });

  describe("hostile ids", () => {
    const HOSTILE = ["__proto__", "constructor", "toString", "hasOwnProperty"] as const;

    test("work as ordinary ids for sources, claims and relations", () => {
      for (const [i, id] of HOSTILE.entries()) {
        const map = new ArgumentMap();
        map.addSource({ id: `${id}-src`, title: "S", text: "Cats purr." });
        map.addClaim({ id, text: "hostile", anchors: [{ source: `${id}-src`, start: 0, end: 4, quote: "Cats" }] });
        map.addClaim({ id: "other", text: "O" });
        const rid = HOSTILE[(i + 1) % HOSTILE.length]!;
        map.addRelation({ id: rid, type: "support", from: [id], to: "other" });
        map.addClaim({ id: "cut", text: "C" });
        map.addRelation({ id: "u", type: "attack", from: ["cut"], to: rid });
        expect(map.kindOf(id)).toBe("claim");
        expect(map.kindOf(rid)).toBe("relation");
        expect(map.kindOf("valueOf")).toBeUndefined();
        expect(map.has("valueOf")).toBe(false);
        expect(map.claim(id)!.text).toBe("hostile");
        expect(map.relationsFrom(id).map((r) => r.id)).toEqual([rid]);
        expect(map.undercutsOf(rid).map((r) => r.id)).toEqual(["u"]);
        expect(map.depth(id)).toBe(1);
        expect(map.path("cut", "other")!.map((n) => n.id)).toEqual(["cut", "u", rid, "other"]);
        expectAtomicFailure(map, () => map.addClaim({ id, text: "again" }), "duplicate-id", ["claim", "id"]);
        expectAtomicFailure(map, () => map.removeClaim(id), "has-dependents", ["id"]);
        const json = map.toJSON();
        expect(ArgumentMap.fromJSON(json).toJSON()).toEqual(json);
        expect(JSON.parse(JSON.stringify(json)).claims[0].id).toBe(id);
        map.removeClaim(id, { cascade: true });
        expect(map.has(id)).toBe(false);
        expect(map.has(rid)).toBe(false);
        expect(map.claimCount).toBe(2);
      }
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      expect(({} as Record<string, unknown>)["text"]).toBeUndefined();
    });

    test("unknown hostile ids are not-found, not inherited members", () => {
      const map = small();
      for (const id of HOSTILE) {
        expect(map.claim(id)).toBeUndefined();
        expect(map.kindOf(id)).toBeUndefined();
        expectThrowsIssue(() => map.reasonsFor(id), "not-found");
        expectThrowsIssue(() => map.removeClaim(id), "not-found");
        expectThrowsIssue(() => map.addRelation({ id: "n", type: "support", from: [id], to: "c" }), "dangling-premise", ["relation", "from", 0]);
        expectThrowsIssue(() => map.addRelation({ id: "n", type: "support", from: ["a"], to: id }), "dangling-target", ["relation", "to"]);
      }
    });
  });

  describe("toJSON and fromJSON", () => {
    test("round-trip the lunch map deep-equal, in canonical key order", () => {
      const doc = lunchDocument();
      const out = ArgumentMap.fromJSON(doc).toJSON();
      expect(out).toEqual(doc);
      expect(JSON.stringify(out)).toBe(JSON.stringify(doc));
    });

    test("write keys in canonical order whatever the input order", () => {
      const doc = {
        relations: [{ to: "b", from: ["a"], type: "support", id: "r", note: "n", weight: 1 }],
        claims: [
          { text: "B", id: "b" },
          { meta: { z: 1, a: 2 }, base: 0.5, text: "A", id: "a" },
        ],
        sources: [{ text: "t", title: "S", id: "s" }],
        thesis: "b",
        title: "T",
        version: 1,
        format: "argmap",
      };
      const out = ArgumentMap.fromJSON(doc).toJSON();
      expect(Object.keys(out)).toEqual(["format", "version", "title", "thesis", "sources", "claims", "relations"]);
      expect(Object.keys(out.sources[0]!)).toEqual(["id", "title", "text"]);
      expect(Object.keys(out.claims[1]!)).toEqual(["id", "text", "base", "meta"]);
      expect(Object.keys(out.claims[1]!.meta!)).toEqual(["z", "a"]);
      expect(Object.keys(out.relations[0]!)).toEqual(["id", "type", "from", "to", "weight", "note"]);
    });

    test("return a new object every call", () => {
      const map = lunchMap();
      const one = map.toJSON();
      one.claims[0]!.text = "changed";
      one.claims.pop();
      one.relations[0]!.from.push("x");
      expect(map.toJSON()).toEqual(lunchDocument());
    });

    test("fromJSON does not keep references into its input", () => {
      const doc = lunchDocument();
      const map = ArgumentMap.fromJSON(doc);
      doc.claims[0]!.text = "changed";
      doc.claims[0]!.anchors![0]!.quote = "changed";
      doc.relations[0]!.from.push("pizza");
      expect(map.toJSON()).toEqual(lunchDocument());
    });

    test("fromJSON throws ArgmapError with every error", () => {
      const doc = lunchDocument();
      doc.relations[0]!.to = "ghost";
      doc.claims[1]!.id = "pizza";
      const error = catchArgmapError(() => ArgumentMap.fromJSON(doc));
      expect(error.issues.map((i) => i.code).sort()).toEqual(["dangling-premise", "dangling-target", "dangling-target", "duplicate-id"]);
    });
  });
});

import { describe, expect, test } from "vitest";
import { copyAnchor, copyClaim, copyMeta, copyRelation, copySource } from "../../src/map/canonical.js";
import type { Claim, Relation, Source } from "../../src/index.js";

describe("canonical copies", () => {
  test("claims: schema key order, no undefined fields, nothing shared", () => {
    const claim = { meta: { b: [1] }, note: undefined, base: 0, tags: ["t"], anchors: [{ quote: "q", end: 1, start: 0, source: "s" }], text: "T", id: "c" } as unknown as Claim;
    const copy = copyClaim(claim);
    expect(Object.keys(copy)).toEqual(["id", "text", "tags", "anchors", "base", "meta"]);
    expect(Object.keys(copy.anchors![0]!)).toEqual(["source", "start", "end", "quote"]);
    expect(copy).toEqual({ id: "c", text: "T", tags: ["t"], anchors: [{ source: "s", start: 0, end: 1, quote: "q" }], base: 0, meta: { b: [1] } });
    expect(copy.tags).not.toBe(claim.tags);
    expect(copy.anchors![0]).not.toBe(claim.anchors![0]);
    expect(copy.meta!["b"]).not.toBe(claim.meta!["b"]);
  });

  test("relations and sources: schema key order", () => {
    const relation = { meta: {}, note: "n", anchors: [], scheme: "s", label: "l", weight: 0, to: "t", from: ["a"], type: "attack", id: "r" } as Relation;
    expect(Object.keys(copyRelation(relation))).toEqual(["id", "type", "from", "to", "weight", "label", "scheme", "anchors", "note", "meta"]);
    expect(copyRelation(relation).from).not.toBe(relation.from);
    const source = { text: "x", published: "p", author: "a", url: "u", title: "t", id: "s" } as Source;
    expect(Object.keys(copySource(source))).toEqual(["id", "title", "url", "author", "published", "text"]);
    expect(Object.keys(copySource({ id: "s", title: "t" }))).toEqual(["id", "title"]);
  });

  test("anchors and meta", () => {
    expect(copyAnchor({ source: "s", start: 1, end: 2, quote: "x" })).toEqual({ source: "s", start: 1, end: 2, quote: "x" });
    const meta = JSON.parse('{"__proto__": {"a": [1, {"__proto__": 2}]}}') as Record<string, unknown>;
    const copy = copyMeta(meta as never);
    expect(Object.keys(copy)).toEqual(["__proto__"]);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(meta));
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  });
});

import { describe, expect, test } from "vitest";
import type { ArgmapIssue, Relation, Source } from "../../src/index.js";
import { checkAnchors, checkEndpoints, checkTargetCycles, type EndpointLookup } from "../../src/validate/consistency.js";
import { codesAndPaths } from "../fixtures/core/helpers.js";

const lookup: EndpointLookup = { isClaim: (id) => ["a", "b", "__proto__", "constructor"].includes(id), isRelation: (id) => ["r", "toString"].includes(id) };

function endpoints(relation: Relation): { ok: boolean; issues: ArgmapIssue[] } {
  const issues: ArgmapIssue[] = [];
  return { ok: checkEndpoints(relation, ["at"], lookup, issues), issues };
}

describe("checkEndpoints", () => {
  test("passes good relations, including hostile ids", () => {
    expect(endpoints({ id: "x", type: "support", from: ["a", "b"], to: "r" })).toEqual({ ok: true, issues: [] });
    expect(endpoints({ id: "x", type: "attack", from: ["__proto__"], to: "constructor" })).toEqual({ ok: true, issues: [] });
    expect(endpoints({ id: "x", type: "attack", from: ["constructor"], to: "toString" })).toEqual({ ok: true, issues: [] });
  });

  test("reports each problem with its path", () => {
    const result = endpoints({ id: "x", type: "support", from: ["a", "ghost", "a", "r", "hasOwnProperty"], to: "valueOf" });
    expect(result.ok).toBe(false);
    expect(codesAndPaths(result.issues)).toEqual([
      ["dangling-premise", ["at", "from", 1]],
      ["duplicate-premise", ["at", "from", 2]],
      ["dangling-premise", ["at", "from", 3]],
      ["dangling-premise", ["at", "from", 4]],
      ["dangling-target", ["at", "to"]],
    ]);
    expect(codesAndPaths(endpoints({ id: "x", type: "attack", from: ["a"], to: "a" }).issues)).toEqual([["self-support", ["at", "to"]]]);
    expect(codesAndPaths(endpoints({ id: "x", type: "attack", from: ["a"], to: "x" }).issues)).toEqual([["self-support", ["at", "to"]]]);
  });
});

describe("checkAnchors", () => {
  const sources = new Map<string, Source>([
    ["s", { id: "s", title: "S", text: "Cats purr." }],
    ["bare", { id: "bare", title: "B" }],
  ]);
  const check = (anchors: Parameters<typeof checkAnchors>[0]) => {
    const issues: ArgmapIssue[] = [];
    return { ok: checkAnchors(anchors, ["c"], (id) => sources.get(id), issues), issues };
  };

  test("passes matching anchors and no anchors", () => {
    expect(check(undefined)).toEqual({ ok: true, issues: [] });
    expect(check([])).toEqual({ ok: true, issues: [] });
    expect(check([{ source: "s", start: 0, end: 10, quote: "Cats purr." }, { source: "s", start: 4, end: 4, quote: "" }])).toEqual({ ok: true, issues: [] });
    expect(check([{ source: "bare", start: 3, end: 99, quote: "anything" }])).toEqual({ ok: true, issues: [] });
  });

  test("reports unknown sources, bad ranges and mismatches", () => {
    const result = check([
      { source: "nope", start: 0, end: 1, quote: "C" },
      { source: "s", start: 2, end: 1, quote: "" },
      { source: "s", start: 0, end: 11, quote: "Cats purr.!" },
      { source: "s", start: 5, end: 9, quote: "Cats" },
      { source: "constructor", start: 0, end: 0, quote: "" },
    ]);
    expect(result.ok).toBe(false);
    expect(codesAndPaths(result.issues)).toEqual([
      ["anchor-unknown-source", ["c", "anchors", 0, "source"]],
      ["anchor-out-of-range", ["c", "anchors", 1]],
      ["anchor-out-of-range", ["c", "anchors", 2, "end"]],
      ["anchor-mismatch", ["c", "anchors", 3, "quote"]],
      ["anchor-unknown-source", ["c", "anchors", 4, "source"]],
    ]);
  });
});

describe("checkTargetCycles", () => {
  const rel = (id: string, to: string): Relation => ({ id, type: "attack", from: ["a"], to });
  /** As parse does: the id index keeps the first relation with each id. */
  const check = (relations: readonly Relation[], issues: ArgmapIssue[]): boolean => {
    const byId = new Map<string, Relation>();
    for (const relation of relations) if (!byId.has(relation.id)) byId.set(relation.id, relation);
    return checkTargetCycles(byId, relations, issues);
  };

  test("passes chains that end on a claim", () => {
    const issues: ArgmapIssue[] = [];
    expect(check([rel("r1", "a"), rel("r2", "r1"), rel("r3", "r2"), rel("r4", "r2")], issues)).toBe(true);
    expect(issues).toEqual([]);
  });

  test("reports each cycle once, at its first relation in document order", () => {
    const issues: ArgmapIssue[] = [];
    const relations = [rel("r0", "b"), rel("r1", "r3"), rel("r2", "r1"), rel("r3", "r2"), rel("tail", "r2"), rel("p", "q"), rel("q", "p"), rel("self", "self")];
    expect(check(relations, issues)).toBe(false);
    // A relation targeting itself is checkEndpoints' business.
    expect(codesAndPaths(issues)).toEqual([
      ["self-support", ["relations", 1, "to"]],
      ["self-support", ["relations", 5, "to"]],
    ]);
  });

  test("handles a 100,000-long chain", () => {
    const relations: Relation[] = [rel("r0", "a")];
    for (let i = 1; i < 100_000; i++) relations.push(rel(`r${i}`, `r${i - 1}`));
    const issues: ArgmapIssue[] = [];
    expect(check(relations, issues)).toBe(true);
    relations[0] = rel("r0", "r99999");
    expect(check(relations, issues)).toBe(false);
    expect(codesAndPaths(issues)).toEqual([["self-support", ["relations", 0, "to"]]]);
  });
});

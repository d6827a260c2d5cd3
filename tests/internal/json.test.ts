import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { ArgmapIssue, JsonValue } from "../../src/index.js";
import { MAX_META_DEPTH, MAX_META_VALUES, checkJsonValue, cloneJson, defineData, jsonErrorOffset } from "../../src/internal/json.js";
import { codesAndPaths } from "../fixtures/core/helpers.js";

function check(value: unknown): { ok: boolean; issues: ArgmapIssue[] } {
  const issues: ArgmapIssue[] = [];
  return { ok: checkJsonValue(value, ["meta"], issues), issues };
}

function nested(depth: number, leaf: unknown = 0): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { k: value };
  return value;
}

describe("checkJsonValue", () => {
  test("accepts JSON, including prototype-free objects and hostile keys", () => {
    for (const value of [null, 0, -0, 1.5, "", "x", true, [], {}, { a: [1, { b: null }] }, JSON.parse('{"__proto__": {"constructor": 1}}'), Object.create(null)]) {
      expect(check(value)).toEqual({ ok: true, issues: [] });
    }
  });

  test("accepts shared references that are not cycles", () => {
    const shared = [1];
    expect(check({ a: shared, b: [shared, shared] }).ok).toBe(true);
  });

  test("stops at the first problem with its path", () => {
    const cycle: unknown[] = [];
    cycle.push({ inner: cycle });
    const cases: Array<[unknown, string, Array<string | number>]> = [
      [{ a: [1, undefined] }, "invalid-type", ["meta", "a", 1]],
      [{ f: Math.max }, "invalid-type", ["meta", "f"]],
      [{ n: Number.NEGATIVE_INFINITY }, "invalid-type", ["meta", "n"]],
      [{ b: 10n }, "invalid-type", ["meta", "b"]],
      [{ d: new Date(0) }, "invalid-type", ["meta", "d"]],
      [{ r: /x/ }, "invalid-type", ["meta", "r"]],
      [{ s: new Set([1]) }, "invalid-type", ["meta", "s"]],
      [{ t: new Uint8Array(2) }, "invalid-type", ["meta", "t"]],
      [{ c: cycle }, "invalid-value", ["meta", "c", 0, "inner"]],
      [{ x: 1, y: Number.NaN, z: Number.NaN }, "invalid-type", ["meta", "y"]],
      [{ list: [1, 2, , 4] }, "invalid-type", ["meta", "list", 2]],
      [{ ok: 1, get g() { throw new Error("boom"); } }, "invalid-type", ["meta", "g"]],
      [{ arr: Object.defineProperty([1], 0, { get: () => 1, enumerable: true }) }, "invalid-type", ["meta", "arr", 0]],
      [{ huge: new Array(2 ** 31) }, "too-big", ["meta"]],
    ];
    for (const [value, code, path] of cases) {
      const result = check(value);
      expect(result.ok).toBe(false);
      expect(codesAndPaths(result.issues)).toEqual([[code, path]]);
    }
  });

  test(`accepts ${MAX_META_DEPTH} levels and rejects one more`, () => {
    expect(check(nested(MAX_META_DEPTH)).ok).toBe(true);
    const result = check(nested(MAX_META_DEPTH + 1));
    expect(result.ok).toBe(false);
    expect(result.issues[0]!.code).toBe("too-deep");
    expect(result.issues[0]!.path).toHaveLength(1 + MAX_META_DEPTH);
  });

  test("bounds shared references that would expand exponentially", () => {
    let dag: unknown = 0;
    for (let i = 0; i < 64; i++) dag = [dag, dag]; // 2^64 leaves as a JSON tree
    const result = check({ dag });
    expect(codesAndPaths(result.issues)).toEqual([["too-big", ["meta"]]]);
    expect(check({ many: new Array(100_000).fill(0) }).ok).toBe(true);
    expect(MAX_META_VALUES).toBeGreaterThan(100_000);
  });

  test("rejects a million levels without a stack overflow", () => {
    const result = check(nested(1_000_000));
    expect(codesAndPaths(result.issues).map(([code]) => code)).toEqual(["too-deep"]);
  });
});

describe("cloneJson", () => {
  test("copies deeply and shares nothing", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copy = cloneJson(value as JsonValue);
        expect(copy).toEqual(value);
        expect(JSON.stringify(copy)).toBe(JSON.stringify(value));
        if (value !== null && typeof value === "object") expect(copy).not.toBe(value);
      }),
    );
  });

  test("keeps __proto__ as an own key and never changes a prototype", () => {
    const value = JSON.parse('{"__proto__": {"isAdmin": true}, "list": [{"__proto__": [1]}]}') as JsonValue;
    const copy = cloneJson(value) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(["__proto__", "list"]);
    expect(copy["isAdmin"]).toBeUndefined();
    expect(JSON.stringify(copy)).toBe('{"__proto__":{"isAdmin":true},"list":[{"__proto__":[1]}]}');
  });

  test("copies 100,000 levels without a stack overflow", () => {
    const copy = cloneJson(nested(100_000) as JsonValue);
    let depth = 0;
    let at: unknown = copy;
    while (at !== null && typeof at === "object") {
      at = Array.isArray(at) ? at[0] : (at as { k: unknown }).k;
      depth++;
    }
    expect(depth).toBe(100_000);
  });
});

describe("defineData", () => {
  test("sets __proto__ as data, other keys as usual", () => {
    const object: Record<string, unknown> = {};
    defineData(object, "__proto__", { polluted: true });
    defineData(object, "constructor", 1);
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(Object.keys(object)).toEqual(["__proto__", "constructor"]);
    expect(object["polluted"]).toBeUndefined();
  });
});

describe("jsonErrorOffset", () => {
  test("is -1 for valid JSON", () => {
    fc.assert(
      fc.property(fc.json(), fc.constantFrom("", " ", "\n\t\r "), (text, space) => {
        expect(jsonErrorOffset(space + text + space)).toBe(-1);
      }),
    );
  });

  test("finds errors where JSON.parse does", () => {
    const texts = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(..."{}[],:\"\\ 0123456789.eE+-tfnrulasx\n\t\u0001") }),
      fc.json().chain((text) => fc.tuple(fc.constant(text), fc.nat(text.length), fc.string({ maxLength: 2 })).map(([t, at, insert]) => t.slice(0, at) + insert + t.slice(at + 1))),
    );
    fc.assert(
      fc.property(texts, (text) => {
        let valid = true;
        let position: number | undefined;
        try {
          JSON.parse(text);
        } catch (error) {
          valid = false;
          const at = /position (\d+)/.exec((error as Error).message);
          if (at !== null) position = Number(at[1]);
        }
        const offset = jsonErrorOffset(text);
        if (valid) expect(offset).toBe(-1);
        else {
          expect(offset).toBeGreaterThanOrEqual(0);
          expect(offset).toBeLessThanOrEqual(text.length);
          if (position !== undefined) expect(offset).toBe(position);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test("handles deep nesting without recursion", () => {
    expect(jsonErrorOffset("[".repeat(200_000) + "]".repeat(200_000))).toBe(-1);
    expect(jsonErrorOffset("[".repeat(200_000))).toBe(200_000);
  });
});

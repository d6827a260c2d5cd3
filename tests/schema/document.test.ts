import fc from "fast-check";
import { describe, expect, expectTypeOf, test } from "vitest";
import {
  AnchorSchema,
  ArgumentMapDocumentSchema,
  ClaimSchema,
  FORMAT_VERSION,
  IdSchema,
  MetaSchema,
  RelationSchema,
  RelationTypeSchema,
  SourceSchema,
  type Anchor,
  type ArgumentMapDocument,
  type Claim,
  type Id,
  type JsonValue,
  type Relation,
  type RelationType,
  type Source,
} from "../../src/index.js";
import { HOSTILE_IDS, validDocument } from "../arbitraries.js";
import { lunchDocument } from "../fixtures/core/helpers.js";

const codes = (schema: { safeParse(v: unknown): { success: boolean; error?: { issues: Array<{ code: string; path: PropertyKey[] }> } } }, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error!.issues.map((i) => [i.code, i.path]);
};

describe("format v1 schemas", () => {
  test('FORMAT_VERSION is "1.1"', () => {
    expect(FORMAT_VERSION).toBe("1.1");
  });

  test("ids: any non-empty string, hostile names included", () => {
    for (const id of [...HOSTILE_IDS, "a", " ", "論点", "🦆", "a.b[0]"]) expect(IdSchema.safeParse(id).success).toBe(true);
    expect(codes(IdSchema, "")).toEqual([["too_small", []]]);
    expect(IdSchema.safeParse(1).success).toBe(false);
    expect(IdSchema.safeParse(null).success).toBe(false);
  });

  test("anchors: non-negative integer offsets, closed object", () => {
    expect(AnchorSchema.safeParse({ source: "s", start: 0, end: 0, quote: "" }).success).toBe(true);
    expect(codes(AnchorSchema, { source: "s", start: -1, end: 1.5, quote: "q" })).toEqual([
      ["too_small", ["start"]],
      ["invalid_type", ["end"]],
    ]);
    expect(codes(AnchorSchema, { source: "s", start: 0, end: 1, quote: "q", note: "n" })).toEqual([["unrecognized_keys", []]]);
  });

  test("claims: required id and text; optional fields checked", () => {
    // A text holds a non-space character; zod reports the pattern, argmap calls it empty-text.
    expect(codes(ClaimSchema, { id: "a", text: "" })).toEqual([["invalid_format", ["text"]]]);
    expect(codes(ClaimSchema, { id: "a", text: " \n\t\u3000" })).toEqual([["invalid_format", ["text"]]]);
    expect(ClaimSchema.safeParse({ id: "a", text: " . " }).success).toBe(true);
    expect(ClaimSchema.safeParse({ id: "a", text: "t", tags: [], anchors: [], base: 0, note: "", meta: {} }).success).toBe(true);
    expect(codes(ClaimSchema, { id: "a" })).toEqual([["invalid_type", ["text"]]]);
    expect(codes(ClaimSchema, { id: "a", text: "t", base: 1.5 })).toEqual([["too_big", ["base"]]]);
    expect(codes(ClaimSchema, { id: "a", text: "t", meta: [] })).toEqual([["invalid_type", ["meta"]]]);
  });

  test("relations: support or attack, at least one premise", () => {
    expect(RelationTypeSchema.options).toEqual(["support", "attack"]);
    expect(RelationSchema.safeParse({ id: "r", type: "attack", from: ["a", "b"], to: "r2", weight: 0 }).success).toBe(true);
    expect(codes(RelationSchema, { id: "r", type: "support", from: [], to: "c" })).toEqual([["too_small", ["from"]]]);
    expect(codes(RelationSchema, { id: "r", type: "undercut", from: ["a"], to: "c" })).toEqual([["invalid_value", ["type"]]]);
    expect(codes(RelationSchema, { id: "r", type: "support", from: ["a"], to: "c", weight: 2 })).toEqual([["too_big", ["weight"]]]);
  });

  test("sources: id and title required", () => {
    expect(SourceSchema.safeParse({ id: "s", title: "" }).success).toBe(true);
    expect(codes(SourceSchema, { id: "s", title: "t", language: "en" })).toEqual([["unrecognized_keys", []]]);
  });

  test("meta: a record of JSON values", () => {
    expect(MetaSchema.safeParse({ a: [1, "x", null, true, { b: {} }] }).success).toBe(true);
    expect(MetaSchema.safeParse({ a: undefined }).success).toBe(false);
    expect(MetaSchema.safeParse("x").success).toBe(false);
  });

  test("the document schema accepts the fixture and every generated valid document", () => {
    expect(ArgumentMapDocumentSchema.safeParse(lunchDocument()).success).toBe(true);
    fc.assert(
      fc.property(validDocument(), (doc) => {
        expect(ArgumentMapDocumentSchema.safeParse(doc).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  test("the document schema is closed and versioned", () => {
    const doc = { format: "argmap", version: 1, title: "T", sources: [], claims: [], relations: [] };
    expect(ArgumentMapDocumentSchema.safeParse(doc).success).toBe(true);
    expect(codes(ArgumentMapDocumentSchema, { ...doc, version: 2 })).toEqual([["invalid_union", ["version"]]]);
    expect(ArgumentMapDocumentSchema.safeParse({ ...doc, version: "1.1" }).success).toBe(true);
    expect(codes(ArgumentMapDocumentSchema, { ...doc, format: "Argmap" })).toEqual([["invalid_value", ["format"]]]);
    expect(codes(ArgumentMapDocumentSchema, { ...doc, roles: {} })).toEqual([["unrecognized_keys", []]]);
  });

  test("types are inferred from the schemas", () => {
    expectTypeOf<Id>().toEqualTypeOf<string>();
    expectTypeOf<RelationType>().toEqualTypeOf<"support" | "attack">();
    expectTypeOf<ArgumentMapDocument["format"]>().toEqualTypeOf<"argmap">();
    expectTypeOf<ArgumentMapDocument["version"]>().toEqualTypeOf<1 | "1.1">();
    expectTypeOf<Claim>().toHaveProperty("base");
    expectTypeOf<Claim["anchors"]>().toEqualTypeOf<Anchor[] | undefined>();
    expectTypeOf<Relation["from"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Source["text"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<{ a: [1, { b: null }] }>().toExtend<Record<string, JsonValue>>();
  });
});

import { z } from "zod/v4";
import { describe, expect, test } from "vitest";
import { ArgumentMapDocumentSchema, ClaimSchema } from "../../src/index.js";
import { fromZodIssues } from "../../src/validate/schema-issues.js";
import { codesAndPaths } from "../fixtures/core/helpers.js";

function issuesFor(schema: z.ZodType, value: unknown, prefix?: readonly (string | number)[]) {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return result.success ? [] : fromZodIssues(result.error, prefix);
}

describe("fromZodIssues", () => {
  test("maps zod codes to kebab-case argmap codes", () => {
    expect(codesAndPaths(issuesFor(z.object({ a: z.string() }), { a: 1 }))).toEqual([["invalid-type", ["a"]]]);
    expect(codesAndPaths(issuesFor(z.string().min(2), "x"))).toEqual([["too-small", []]]);
    expect(codesAndPaths(issuesFor(z.number().max(1), 2))).toEqual([["too-big", []]]);
    expect(codesAndPaths(issuesFor(z.string().regex(/^a/), "b"))).toEqual([["invalid-format", []]]);
    expect(codesAndPaths(issuesFor(z.literal("argmap"), "x"))).toEqual([["invalid-value", []]]);
    expect(codesAndPaths(issuesFor(z.enum(["support", "attack"]), "x"))).toEqual([["invalid-value", []]]);
    expect(codesAndPaths(issuesFor(z.union([z.string(), z.number()]), null))).toEqual([["invalid-value", []]]);
  });

  test("a claim's blank text is empty-text; another pattern stays invalid-format", () => {
    expect(codesAndPaths(issuesFor(ClaimSchema, { id: "a", text: "  " }, ["claims", 2]))).toEqual([["empty-text", ["claims", 2, "text"]]]);
    expect(codesAndPaths(issuesFor(z.object({ text: z.string().regex(/\s/) }), { text: "x" }))).toEqual([["invalid-format", ["text"]]]);
  });

  test("splits unknown keys into one issue per key, at the key", () => {
    const issues = issuesFor(ClaimSchema, { id: "a", text: "t", colour: 1, size: 2 }, ["claims", 4]);
    expect(codesAndPaths(issues)).toEqual([
      ["unknown-key", ["claims", 4, "colour"]],
      ["unknown-key", ["claims", 4, "size"]],
    ]);
  });

  test("gives every issue a severity, a path and a message", () => {
    const issues = issuesFor(ArgumentMapDocumentSchema, { format: "argmap", version: 1, title: 1, sources: [{}], claims: [{ id: "" }], relations: null });
    expect(issues.length).toBeGreaterThan(3);
    for (const issue of issues) {
      expect(issue.severity).toBe("error");
      expect(issue.message.length).toBeGreaterThan(0);
      for (const segment of issue.path) expect(["string", "number"]).toContain(typeof segment);
    }
    expect(codesAndPaths(issues)).toContainEqual(["too-small", ["claims", 0, "id"]]);
    expect(codesAndPaths(issues)).toContainEqual(["invalid-type", ["relations"]]);
  });
});

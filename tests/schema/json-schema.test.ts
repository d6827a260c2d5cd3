import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { argmapJsonSchemaText } from "../../src/schema/json-schema.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

describe("schema/argmap.schema.json", () => {
  it("is up to date with the zod schemas (run `npm run schema` if this fails)", () => {
    const committed = readFileSync(join(root, "schema", "argmap.schema.json"), "utf8");
    expect(committed).toBe(argmapJsonSchemaText());
  });

  it("describes format v1 with closed objects", () => {
    const schema = JSON.parse(argmapJsonSchemaText()) as {
      properties: Record<string, { const?: unknown; anyOf?: { const?: unknown }[]; items?: { additionalProperties?: boolean; required?: string[] } }>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(schema.properties.format?.const).toBe("argmap");
    expect(schema.properties.version?.anyOf?.map((v) => v.const)).toEqual([1, "1.1"]);
    expect(schema.required).toEqual(expect.arrayContaining(["format", "version", "title", "sources", "claims", "relations"]));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.relations?.items?.required).toEqual(["id", "type", "from", "to"]);
    expect(schema.properties.claims?.items?.additionalProperties).toBe(false);
  });

  it("is exported as argmap/schema.json", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { exports: Record<string, unknown>; files: string[] };
    expect(pkg.exports["./schema.json"]).toBe("./schema/argmap.schema.json");
    expect(pkg.files).toContain("schema");
  });
});

import * as z from "zod/v4";
import { ArgumentMapDocumentSchema } from "./document.js";

/** Public address of the published schema (the `$id` of the JSON Schema). */
export const SCHEMA_ID = "https://unpkg.com/argmap/schema/argmap.schema.json";

/**
 * The JSON Schema (draft 2020-12) of the argmap format, generated from the
 * zod schemas. Shipped as `argmap/schema.json`.
 *
 * @internal Used by `npm run schema` and its staleness test.
 */
export function argmapJsonSchemaText(): string {
  const schema = z.toJSONSchema(ArgumentMapDocumentSchema, { target: "draft-2020-12", io: "input" });
  const out = {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: "argmap document",
    description:
      'An argument map: claims, the support and attack relations between them (a relation with several premises links them; a relation whose target is another relation is an undercut), and the sources their anchors quote. Format version 1 or "1.1"; a version-1 document may not use the fields format 1.1 added.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema")),
    // Format 1.0 documents may not use the fields 1.1 added.
    if: { properties: { version: { const: 1 } }, required: ["version"] },
    then: {
      properties: {
        $schema: false,
        language: false,
        participants: false,
        claims: { items: { properties: { title: false, language: false, by: false } } },
        relations: { items: { properties: { by: false } } },
      },
    },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

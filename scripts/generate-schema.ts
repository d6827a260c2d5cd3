/**
 * Writes schema/argmap.schema.json from the zod schemas in src/schema, the
 * single source of truth. `npm run schema` runs it; a test fails when the
 * committed file is stale.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { argmapJsonSchemaText } from "../src/schema/json-schema.js";

const target = join(dirname(fileURLToPath(import.meta.url)), "..", "schema", "argmap.schema.json");
writeFileSync(target, argmapJsonSchemaText());
console.log(`wrote ${target}`);

/**
 * Writes docs/cli.md, the command line reference, from every registered
 * command's `--help` (src/cli/help.ts). Run it after changing a command:
 * `npx tsx scripts/cli-reference.ts`. tests/cli/reference.test.ts fails
 * while the page is out of date.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cliReference } from "../src/cli/help.js";

const file = join(dirname(fileURLToPath(import.meta.url)), "..", "docs", "cli.md");
writeFileSync(file, cliReference());
console.log(`wrote ${file}`);

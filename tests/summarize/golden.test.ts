/**
 * Golden files: the Ukraine–Japan summaries as a reader sees them. After a
 * deliberate change, regenerate with `ARGMAP_UPDATE_GOLDEN=1 npx vitest run
 * tests/summarize/golden.test.ts` and read the diff.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { summarize, toMarkdown, toProse, toText } from "../../src/index.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "summarize");
const update = process.env.ARGMAP_UPDATE_GOLDEN === "1";

function golden(name: string, actual: string): void {
  const file = join(fixtures, name);
  if (update) writeFileSync(file, actual);
  expect(existsSync(file), `${name} is missing; run with ARGMAP_UPDATE_GOLDEN=1 to create it`).toBe(true);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

describe("Ukraine–Japan golden summaries", () => {
  test("Markdown outline", () => {
    golden("ukraine-japan.md", toMarkdown(summarize(ukraineJapan())));
  });

  test("plain-text outline", () => {
    golden("ukraine-japan.txt", toText(summarize(ukraineJapan())));
  });

  test("prose with numbered quotations", () => {
    golden("ukraine-japan.prose.txt", toProse(summarize(ukraineJapan()), { subject: "The article" }));
  });

  test("prose of the first level only, without citations", () => {
    golden("ukraine-japan.depth-1.prose.txt", toProse(summarize(ukraineJapan(), { depth: 1, citations: false }), { subject: "The article" }));
  });

  test("the summary data", () => {
    golden("ukraine-japan.summary.json", `${JSON.stringify(summarize(ukraineJapan()), null, 2)}\n`);
  });
});

/**
 * docs/examples/ukraine-japan.md shows generated output; this keeps it in
 * step with what argmap writes today.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { UKRAINE_JAPAN_ARTICLE, ukraineJapan } from "../../src/datasets/index.js";
import { summarize, toProse, toText } from "../../src/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const walkthrough = readFileSync(join(root, "docs", "examples", "ukraine-japan.md"), "utf8");

/** The contents of every ```text block. */
const blocks = [...walkthrough.matchAll(/```text\n([\s\S]*?)\n```/g)].map((m) => m[1]!);

describe("docs/examples/ukraine-japan.md", () => {
  test("quotes the whole article", () => {
    expect(blocks).toContain(UKRAINE_JAPAN_ARTICLE.trimEnd());
  });

  test("shows the prose and the outline argmap writes", () => {
    const map = ukraineJapan();
    expect(blocks).toContain(toProse(summarize(map), { subject: "The article" }).trimEnd());
    expect(blocks).toContain(toText(summarize(map, { citations: false }), { title: false }).trimEnd());
  });

  test("shows what query.ts prints", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", join(root, "examples", "ukraine-japan", "query.ts")], { cwd: root, encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(blocks).toContain(result.stdout.trimEnd());
  });

  test("names every claim of the map", () => {
    for (const claim of ukraineJapan().claims()) expect(walkthrough).toContain(`\`${claim.id}\``);
  });
});

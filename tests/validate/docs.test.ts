/**
 * The core guides stay true: every issue code is documented, and the
 * examples in the guides are valid maps.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseArgumentMap, type IssueCode } from "../../src/index.js";
import { codesAndPaths } from "../fixtures/core/helpers.js";

const docs = (name: string) => readFileSync(new URL(`../../docs/${name}`, import.meta.url), "utf8");

// A Record over the union: the compiler insists on every code.
const CODES: Record<IssueCode, true> = {
  "invalid-json": true,
  "invalid-type": true,
  "invalid-value": true,
  "invalid-format": true,
  "too-small": true,
  "too-big": true,
  "unknown-key": true,
  "too-deep": true,
  "unsupported-version": true,
  "invalid-language": true,
  "empty-text": true,
  "unreadable-input": true,
  "anchor-splits-character": true,
  "thesis-already-set": true,
  "unknown-participant": true,
  "duplicate-id": true,
  "duplicate-premise": true,
  "dangling-premise": true,
  "dangling-target": true,
  "dangling-thesis": true,
  "self-support": true,
  "anchor-unknown-source": true,
  "anchor-out-of-range": true,
  "anchor-mismatch": true,
  "isolated-claim": true,
  "support-cycle": true,
  "unanchored-claim": true,
  "thesis-is-premise": true,
  "not-found": true,
  "has-dependents": true,
  "read-only-graph": true,
  "anchor-ambiguous": true,
  "merge-conflict": true,
};

function jsonBlocks(markdown: string): unknown[] {
  return [...markdown.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as unknown);
}

describe("docs/validation.md", () => {
  const text = docs("validation.md");

  test("documents every issue code with a section and a table row", () => {
    for (const code of Object.keys(CODES)) {
      expect(text).toContain(`\n### ${code}\n`);
      expect(text).toContain(`[\`${code}\`](#${code})`);
    }
  });

  test("documents no code that does not exist", () => {
    const headings = [...text.matchAll(/\n### ([a-z-]+)\n/g)].map((m) => m[1]!);
    expect(headings.sort()).toEqual(Object.keys(CODES).sort());
  });

  test("a __proto__ key on an item is an unknown-key, as documented", () => {
    const doc = JSON.parse('{"format":"argmap","version":1,"title":"T","sources":[],"claims":[{"id":"a","text":"A","__proto__":{"note":"x"}}],"relations":[]}') as unknown;
    const result = parseArgumentMap(doc);
    expect(result.ok ? [] : codesAndPaths(result.issues)).toEqual([["unknown-key", ["claims", 0, "__proto__"]]]);
  });
});

describe("docs/data-model.md", () => {
  test("its example is a valid map without warnings", () => {
    const blocks = jsonBlocks(docs("data-model.md"));
    expect(blocks).toHaveLength(2);
    const v11 = parseArgumentMap(blocks[1]);
    expect(v11.ok ? v11.warnings : v11.issues).toEqual([]);
    expect(v11.ok && v11.map.formatVersion).toBe("1.1");
    const result = parseArgumentMap(blocks[0]);
    expect(result.ok ? result.warnings : result.issues).toEqual([]);
    if (!result.ok) return;
    const map = result.map;
    expect(map.reasonsFor("pizza").map((r) => r.id)).toEqual(["fast"]);
    expect(map.objectionsTo("pizza").map((r) => r.id)).toEqual(["diet"]);
    expect(map.undercutsOf("diet").map((r) => r.id)).toEqual(["no-problem"]);
  });
});

/**
 * docs/operations.md: every TypeScript example runs as printed, against the
 * source tree, and prints exactly the text block that follows it.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { ROOT as root, runSample } from "../samples.js";

const guide = readFileSync(join(root, "docs", "operations.md"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "argmap-operations-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each ```ts block with the ```text block after "Output:" that follows it. */
const examples = [...guide.matchAll(/```ts\n([\s\S]*?)```\n\nOutput:\n\n```text\n([\s\S]*?)```/g)].map((m) => ({ code: m[1]!, output: m[2]! }));

/** Runs an example against the source tree and returns what it printed. */
function run(code: string, index: number): string {
  return runSample(code, join(dir, `example-${index}.mts`));
}

describe("docs/operations.md", () => {
  test("has an example with its output for each operation", () => {
    expect(examples.length).toBe(7);
    expect([...guide.matchAll(/```ts\n/g)]).toHaveLength(examples.length);
    for (const name of ["extractMap", "diffMaps", "formatDiff", "mergeMaps"]) expect(examples.some((e) => e.code.includes(name))).toBe(true);
  });

  test.each(examples.map((example, i) => [i, example] as const))("example %i prints what the guide shows", (i, example) => {
    expect(run(example.code, i)).toBe(example.output);
  });
});

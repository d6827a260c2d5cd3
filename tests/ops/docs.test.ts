/**
 * docs/operations.md: every TypeScript example runs as printed, against the
 * source tree, and prints exactly the text block that follows it.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, test } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const guide = readFileSync(join(root, "docs", "operations.md"), "utf8");
const SUBPATHS: Record<string, string> = { argmap: "src/index.ts", "argmap/datasets": "src/datasets/index.ts" };
const dir = mkdtempSync(join(tmpdir(), "argmap-operations-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each ```ts block with the ```text block after "Output:" that follows it. */
const examples = [...guide.matchAll(/```ts\n([\s\S]*?)```\n\nOutput:\n\n```text\n([\s\S]*?)```/g)].map((m) => ({ code: m[1]!, output: m[2]! }));

/** Runs an example against the source tree and returns what it printed. */
function run(code: string, index: number): string {
  const source = code.replace(/from "(argmap(?:\/[a-z]+)?)"/g, (whole, name: string) => {
    const target = SUBPATHS[name];
    if (target === undefined) throw new Error(`the guide imports ${name}, which this test does not map`);
    return `from ${JSON.stringify(join(root, target))}`;
  });
  const file = join(dir, `example-${index}.mts`);
  writeFileSync(file, source);
  const tsx = pathToFileURL(createRequire(join(root, "package.json")).resolve("tsx")).href;
  return execFileSync(process.execPath, ["--import", tsx, file], { cwd: dir, encoding: "utf8" });
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

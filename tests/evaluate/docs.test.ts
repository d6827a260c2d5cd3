/**
 * docs/evaluation.md, "Explanations": every TypeScript example that shows
 * its output runs as printed, against the source tree, and prints exactly
 * the text block that follows it.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { ROOT as root, runSample } from "../samples.js";

const guide = readFileSync(join(root, "docs", "evaluation.md"), "utf8");
const section = guide.slice(guide.indexOf("\n## Explanations\n"), guide.indexOf("\n## Performance\n"));
const dir = mkdtempSync(join(tmpdir(), "argmap-evaluation-docs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each ```ts block with the ```text block after "Output:" that follows it (a block never spans another). */
const examples = [...section.matchAll(/```ts\n((?:(?!```)[\s\S])*?)```\n\nOutput:\n\n```text\n((?:(?!```)[\s\S])*?)```/g)].map((m) => ({ code: m[1]!, output: m[2]! }));

describe("docs/evaluation.md: explanations", () => {
  test("has the worked example and the four methods side by side, each with its output", () => {
    expect(examples).toHaveLength(2);
    expect(examples[0]!.code).toContain("explanationText");
    expect(examples[1]!.code).toContain("CONTRIBUTION_METHODS");
    for (const heading of ["### Why an argument stands: `explain`", "### Contributions: how much each argument moves a strength", "**Removal**", "**Restricted removal**", "**Shapley**", "**Gradient**", "### Worked example"]) {
      expect(section).toContain(heading);
    }
  });

  test.each(examples.map((example, i) => [i, example] as const))("example %i prints what the guide shows", (i, example) => {
    expect(runSample(example.code, join(dir, `example-${i}.mts`))).toBe(example.output);
  });
});

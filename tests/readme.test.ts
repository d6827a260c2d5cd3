import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT as root, runSample } from "./samples.js";

const readme = readFileSync(join(root, "README.md"), "utf8");

/** The first fenced block of a language after a heading (searched from `from`). */
function blockAfter(heading: string, lang: string, from = 0): string {
  const start = readme.indexOf(heading, from);
  if (start < 0) throw new Error(`README has no "${heading}"`);
  const fence = readme.indexOf("```" + lang + "\n", start);
  if (fence < 0) throw new Error(`README has no ${lang} block after "${heading}"`);
  const body = fence + lang.length + 4;
  return readme.slice(body, readme.indexOf("```", body));
}

/** Every TypeScript block of the README. */
function tsBlocks(): string[] {
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** Runs a README snippet against the source tree in a scratch folder and returns what it printed. */
function run(code: string): string {
  return runSample(code, join(mkdtempSync(join(tmpdir(), "argmap-readme-")), "example.mts"));
}

describe("README", () => {
  it("runs the first code example and prints the output it shows", () => {
    const section = readme.indexOf("## Use it in code");
    expect(run(blockAfter("## Use it in code", "ts"))).toBe(blockAfter("Output:", "text", section));
  });

  it("has TypeScript examples that all run", () => {
    const blocks = tsBlocks();
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const block of blocks) expect(() => run(block)).not.toThrow();
  });

  it("shows an excerpt of what `npm run demo` really prints", () => {
    const shown = blockAfter("## Quick start", "text").split("\n").filter((line) => line !== "" && line !== "…");
    const printed = execFileSync(process.execPath, ["--import", "tsx", join(root, "scripts", "demo.ts")], { cwd: root, encoding: "utf8" }).split("\n");
    // Every line shown appears in the demo's output, in the same order.
    let at = 0;
    for (const line of shown) {
      const found = printed.indexOf(line, at);
      expect(found, `README demo line not printed (in order): ${line}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
    expect(shown.length).toBeGreaterThan(40);
  });

  it("gives the two commands of the quick start", () => {
    const quick = blockAfter("## Quick start", "sh");
    expect(quick).toContain("npm install && npm run demo");
    expect(quick).toContain("npm install && npm test");
  });
});

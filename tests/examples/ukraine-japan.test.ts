/**
 * Runs every example script and the demo with tsx and checks what they print.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { summarize, toMarkdown, toProse, toText } from "../../src/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const folder = join(root, "examples", "ukraine-japan");

function tsx(script: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], { cwd: root, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("examples/ukraine-japan", () => {
  test("has a test for every script", () => {
    expect(readdirSync(folder).filter((f) => f.endsWith(".ts")).sort()).toEqual(["build.ts", "query.ts", "summarize.ts"]);
  });

  test("build.ts builds, with the builder API, the map shipped as JSON and as ukraineJapan()", () => {
    const { code, stdout, stderr } = tsx(join(folder, "build.ts"));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(join(folder, "ukraine-japan.argmap.json"), "utf8"));
    expect(JSON.parse(stdout)).toEqual(ukraineJapan().toJSON());
  });

  test("summarize.ts prints the prose, the outline and the counts", () => {
    const { code, stdout, stderr } = tsx(join(folder, "summarize.ts"));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const map = ukraineJapan();
    const prose = toProse(summarize(map), { subject: "The article" });
    const outline = toText(summarize(map, { citations: false }), { title: false });
    expect(stdout).toBe(
      `${prose}\nOutline:\n\n${outline}\nClaims written out: 16; referred back to: 2; left out: 0.\nReasons: 9; objections: 1; rebuttals: 0; undercuts: 4.\n`,
    );
  });

  test("summarize.ts --depth 1 stops after the first level", () => {
    const { code, stdout } = tsx(join(folder, "summarize.ts"), "--depth", "1");
    expect(code).toBe(0);
    expect(stdout).toContain("left out: 5.");
    expect(stdout).not.toContain("practical value");
  });

  test("query.ts lists the reasons, the replies, a PageRank ranking and a path", () => {
    const { code, stdout, stderr } = tsx(join(folder, "query.ts"));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("Reasons for the thesis:");
    expect(lines.slice(1, 7).map((l) => l.trim().split(":")[0])).toEqual(["r-enables", "r-new-source", "r-diversify", "r-signal", "r-tech-ties", "r-outlook"]);
    expect(stdout).toContain("  u-not-automatic (A softer export framework does not automatically mean that weapons transfers will begin quickly.) <- u-practical-value, u-broadens\n");
    expect(stdout).toContain("  o-too-sensitive (Some systems may remain too sensitive to export.) <- u-compatible\n");
    expect(stdout).toContain("Objections without a reply: none\n");
    expect(stdout).toContain("Attacks nobody answers (the last word in each exchange): u-practical-value, u-broadens, u-compatible\n");
    const ranked = stdout.split("Most central claims (PageRank on the claim graph):\n")[1]!.split("\n").slice(0, 3);
    expect(ranked.map((l) => l.trim().split(/\s+/)[1])).toEqual(["thesis", "framing", "not-quickly"]);
    expect(stdout).toContain('From "resilience" to the thesis: resilience -> u-broadens -> u-not-automatic -> r-enables -> thesis (depth 3)\n');
  });
});

describe("scripts/demo.ts", () => {
  test("prints the prose summary and the outline and writes them to out/", () => {
    const { code, stdout, stderr } = tsx(join(root, "scripts", "demo.ts"));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const map = ukraineJapan();
    const summary = summarize(map);
    const prose = toProse(summary, { subject: "The article" });
    expect(stdout).toContain(prose);
    expect(stdout).toContain(`Outline:\n\n${toText(summarize(map, { citations: false }), { title: false })}`);
    expect(readFileSync(join(root, "out", "ukraine-japan.summary.txt"), "utf8")).toBe(prose);
    expect(readFileSync(join(root, "out", "ukraine-japan.outline.md"), "utf8")).toBe(toMarkdown(summary));
    expect(readFileSync(join(root, "out", "ukraine-japan.outline.txt"), "utf8")).toBe(toText(summary));
  });
});

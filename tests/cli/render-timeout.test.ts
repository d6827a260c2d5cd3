/**
 * `render --timeout` bounds the whole drawing, not only the evaluation:
 * reading, measuring text and layout stop when the time is up (the drawing
 * runs in a worker, src/cli/bounded-run.ts), nothing is written, and the
 * command neither runs on nor grows to gigabytes.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { CLI, ROOT, runInProcess, UKRAINE_JSON } from "./spawn.js";
import { tempFiles } from "./temp-files.js";

const { dir } = tempFiles("argmap-cli-render-timeout-");

describe("render --timeout", () => {
  test("a 100 MB claim text with --timeout 1 stops, writes nothing, and stays within a 1 GiB heap", () => {
    const huge = join(dir, "huge.json");
    writeFileSync(huge, JSON.stringify({ format: "argmap", version: 1, title: "t", sources: [], claims: [{ id: "a", text: "word ".repeat(20_000_000) }], relations: [] }));
    const target = join(dir, "huge.svg");
    // Before the bound, this drawing ran for tens of seconds and needed about 3 GB (a heap of 1 GiB ran out).
    const result = spawnSync(process.execPath, ["--max-old-space-size=1024", CLI, "render", huge, "--timeout", "1", "-o", target], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`${huge}:$: time-limit stopped by --timeout 1 (seconds) before the drawing was finished\n`);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  test("needs no --semantics, and a generous bound changes nothing: the same drawing, warnings and success line", () => {
    const plain = spawnSync(process.execPath, [CLI, "render", UKRAINE_JSON, "-o", join(dir, "a.svg")], { cwd: ROOT, encoding: "utf8" });
    const bounded = spawnSync(process.execPath, [CLI, "render", UKRAINE_JSON, "--timeout", "60", "-o", join(dir, "b.svg")], { cwd: ROOT, encoding: "utf8" });
    expect(bounded.status, bounded.stderr).toBe(0);
    expect(bounded.stderr.replace("b.svg", "a.svg")).toBe(plain.stderr);
    const again = spawnSync(process.execPath, [CLI, "render", UKRAINE_JSON, "--timeout", "60"], { cwd: ROOT, encoding: "utf8" });
    expect(again.stdout).toBe(spawnSync(process.execPath, [CLI, "render", UKRAINE_JSON], { cwd: ROOT, encoding: "utf8" }).stdout);
  });

  test("a PNG image drawn in the worker is the same image, written as bytes", () => {
    const plain = join(dir, "plain.png");
    const bounded = join(dir, "bounded.png");
    expect(spawnSync(process.execPath, [CLI, "render", UKRAINE_JSON, "-o", plain, "--scale", "1"], { cwd: ROOT }).status).toBe(0);
    const result = spawnSync(process.execPath, [CLI, "render", UKRAINE_JSON, "--timeout", "60", "-o", bounded, "--scale", "1"], { cwd: ROOT, encoding: "utf8" });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe(`${bounded}: png drawing of 16 claims and 14 relations\n`);
    expect(readFileSync(bounded).equals(readFileSync(plain))).toBe(true);
  });

  test("errors found in the worker are the command's own: invalid input exits 1, a bad --root 2", () => {
    const invalid = join(dir, "invalid.json");
    writeFileSync(invalid, JSON.stringify({ format: "argmap", version: 1, title: "t", sources: [], claims: [{ id: "a", text: "A" }], relations: [{ id: "r", type: "support", from: ["a"], to: "zz" }] }));
    const bad = spawnSync(process.execPath, [CLI, "render", invalid, "--timeout", "60"], { cwd: ROOT, encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^\S+:relations\[0\]\.to: dangling-target /);
    const root = spawnSync(process.execPath, [CLI, "render", UKRAINE_JSON, "--timeout", "60", "--root", "nope"], { cwd: ROOT, encoding: "utf8" });
    expect(root.status).toBe(2);
    expect(root.stderr).toBe(`argmap render: --root: ${UKRAINE_JSON} has no claim "nope"\n`);
  });

  test("run in process (no worker to stop), the bound still holds for the evaluation", async () => {
    const { code, out } = await runInProcess(["render", UKRAINE_JSON, "--timeout", "60", "-s", "grounded"]);
    expect(code).toBe(0);
    expect(out.startsWith("<svg ")).toBe(true);
  });
});

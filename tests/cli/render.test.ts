import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { runInProcess } from "./spawn.js";
import { ukraineJapan } from "../../src/datasets/index.js";

const dir = mkdtempSync(join(tmpdir(), "argmap-render-"));
const mapFile = join(dir, "ukraine-japan.json");
writeFileSync(mapFile, JSON.stringify(ukraineJapan().toJSON()));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runInProcess(argv, readFileSync(mapFile, "utf8"));

describe("argmap render", () => {
  test("writes an SVG file, named by --out", async () => {
    const target = join(dir, "map.svg");
    const { code, out, err } = await cli("render", mapFile, "--out", target);
    expect({ code, err }).toEqual({ code: 0, err: "" });
    expect(out).toBe(`${target}: svg drawing of 16 claims and 14 relations\n`);
    const svg = readFileSync(target, "utf8");
    expect(svg.startsWith("<svg ")).toBe(true);
    expect(svg.match(/class="argmap-claim[ "]/g)?.length).toBe(16);
  });

  test("writes a standalone HTML file with strengths for --semantics", async () => {
    const target = join(dir, "map.html");
    const { code, out } = await cli("render", mapFile, "-o", target, "--semantics", "dfquad");
    expect(code).toBe(0);
    expect(out).toContain("(dfquad)");
    const html = readFileSync(target, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("strength 0 → 1 (dfquad)");
    expect(html).toMatch(/"strength":0\.\d+/);
  });

  test("marks labels for an extension semantics", async () => {
    const { code, out } = await cli("render", mapFile, "--semantics", "grounded");
    expect(code).toBe(0);
    expect(out).toContain("in (accepted)");
  });

  test("writes SVG to standard output without --out, HTML with --format html, and reads standard input", async () => {
    const svg = await cli("render", mapFile);
    expect(svg.code).toBe(0);
    expect(svg.out.startsWith("<svg ")).toBe(true);
    const html = await cli("render", "-", "--format", "html", "--direction", "right");
    expect(html.code).toBe(0);
    expect(html.out.startsWith("<!DOCTYPE html>")).toBe(true);
  });

  test("is a usage error (exit 2) for an unknown extension, semantics or direction", async () => {
    const unknown = await cli("render", mapFile, "--out", join(dir, "map.png"));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("map.png");
    expect((await cli("render", mapFile, "--semantics", "coin-flip")).code).toBe(2);
    expect((await cli("render", mapFile, "--direction", "sideways")).code).toBe(2);
    expect((await cli("render", mapFile, "--out", join(dir, "no", "such", "dir", "map.svg"))).code).toBe(2);
  });

  test("exits 1 with the issues for an invalid map", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ format: "argmap", version: 1, title: "x", sources: [], claims: [], relations: [{ id: "r", type: "support", from: ["a"], to: "b" }] }));
    const { code, err } = await cli("render", bad, "--out", join(dir, "bad.svg"));
    expect(code).toBe(1);
    expect(err).toMatch(/dangling-premise/);
  });
});

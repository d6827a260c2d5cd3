import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { runInProcess } from "./spawn.js";
import { ukraineJapan } from "../../src/datasets/index.js";
import { progressPrinter } from "../../src/cli/actions/render.js";
import { mapPart } from "../../src/render/part.js";

const dir = mkdtempSync(join(tmpdir(), "argmap-render-"));
const mapFile = join(dir, "ukraine-japan.json");
writeFileSync(mapFile, JSON.stringify(ukraineJapan().toJSON()));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runInProcess(argv, readFileSync(mapFile, "utf8"));

describe("argmap render", () => {
  test("writes an SVG file, named by --out", async () => {
    const target = join(dir, "map.svg");
    const { code, out, err } = await cli("render", mapFile, "--out", target);
    expect({ code, out }).toEqual({ code: 0, out: "" });
    expect(err).toBe(`${target}: svg drawing of 16 claims and 14 relations\n`);
    const svg = readFileSync(target, "utf8");
    expect(svg.startsWith("<svg ")).toBe(true);
    expect(svg.match(/class="argmap-claim[ "]/g)?.length).toBe(16);
  });

  test("writes a standalone HTML file with strengths for --semantics", async () => {
    const target = join(dir, "map.html");
    const { code, err } = await cli("render", mapFile, "-o", target, "--semantics", "dfquad");
    expect(code).toBe(0);
    expect(err).toContain("(dfquad)");
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
    const unknown = await cli("render", mapFile, "--out", join(dir, "map.gif"));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("map.gif");
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

describe("argmap render: layout options, parts and progress", () => {
  test("passes the engine, the node placement and a part of the map through", async () => {
    for (const engine of ["builtin", "graphviz", "dagre", "elk"]) {
      const { code, out } = await cli("render", mapFile, "--engine", engine);
      expect(code).toBe(0);
      expect(out.match(/class="argmap-claim[ "]/g)?.length).toBe(16);
    }
    const placed = await cli("render", mapFile, "--engine", "elk", "--node-placement", "brandes-koepf");
    expect(placed.code).toBe(0);
    const map = ukraineJapan();
    const part = await cli("render", mapFile, "--depth", "1");
    expect(part.code).toBe(0);
    const drawn = part.out.match(/class="argmap-claim[ "]/g)?.length;
    expect(drawn).toBe(mapPart(map, { depth: 1 }).claimCount);
    expect(drawn).toBeLessThan(16);
    expect(part.out).toContain("Part of the map:");
    const partFile = join(dir, "part.svg");
    const written = await cli("render", mapFile, "--depth", "1", "--out", partFile);
    expect(written.code).toBe(0);
    const partMap = mapPart(map, { depth: 1 });
    expect(written.err).toBe(`${partFile}: svg drawing of ${partMap.claimCount} of 16 claims and ${partMap.relationCount} of 14 relations\n`);
    const root = map.relationsTo(map.thesis!)[0]!.from[0]!;
    const below = await cli("render", mapFile, "--root", root, "--depth", "0");
    expect(below.out.match(/class="argmap-claim[ "]/g)?.length).toBe(1);
  });

  test("is a usage error (exit 2) for a bad engine, depth or root, and for options that do not apply", async () => {
    expect((await cli("render", mapFile, "--engine", "neato")).code).toBe(2);
    expect((await cli("render", mapFile, "--depth", "-1")).code).toBe(2);
    expect((await cli("render", mapFile, "--depth", "two")).code).toBe(2);
    const root = await cli("render", mapFile, "--root", "no\nsuch");
    expect(root.code).toBe(2);
    expect(root.err).toContain('"no\\nsuch"');
    expect((await cli("render", mapFile, "--node-placement", "simple")).code).toBe(2);
    expect((await cli("render", mapFile, "--open-depth", "2")).code).toBe(2);
    expect((await cli("render", mapFile, "--format", "html", "--open-depth", "2")).code).toBe(0);
  });

  test("shows progress on a terminal for large drawings and clears it at the end", () => {
    const written: string[] = [];
    let clock = 0;
    const large = progressPrinter((text) => written.push(text), true, () => clock);
    large.report({ phase: "measure", engine: "graphviz", claims: 2000, relations: 1800 });
    clock = 1500;
    large.report({ phase: "layout", engine: "graphviz", claims: 2000, relations: 1800 });
    large.done();
    expect(written).toEqual([
      "\r\u001b[Kargmap render: measuring text of 2,000 claims and 1,800 relations… (0.0 s)",
      "\r\u001b[Kargmap render: laying out 2,000 claims and 1,800 relations with graphviz… (1.5 s)",
      "\r\u001b[K",
    ]);
    const small: string[] = [];
    clock = 0;
    const quick = progressPrinter((text) => small.push(text), true, () => clock);
    quick.report({ phase: "layout", engine: "dagre", claims: 16, relations: 14 });
    clock = 1200;
    quick.report({ phase: "draw", engine: "dagre", claims: 16, relations: 14 });
    quick.done();
    expect(small).toEqual(["\r\u001b[Kargmap render: drawing 16 claims and 14 relations… (1.2 s)", "\r\u001b[K"]);
    const piped: string[] = [];
    const notTty = progressPrinter((text) => piped.push(text), false);
    notTty.report({ phase: "layout", engine: "graphviz", claims: 2000, relations: 1800 });
    notTty.done();
    expect(piped).toEqual([]);
  });

  test("with the built-in engine, shows progress only for maps that take about a second (10,000 claims), or after a second", () => {
    const written: string[] = [];
    let clock = 0;
    const fast = progressPrinter((text) => written.push(text), true, () => clock);
    fast.report({ phase: "measure", engine: "builtin", claims: 2000, relations: 1800 });
    fast.report({ phase: "layout", engine: "builtin", claims: 2000, relations: 1800 });
    fast.done();
    expect(written).toEqual([]);
    const huge = progressPrinter((text) => written.push(text), true, () => clock);
    huge.report({ phase: "measure", engine: "builtin", claims: 10_000, relations: 9_050 });
    huge.done();
    expect(written).toEqual(["\r\u001b[Kargmap render: measuring text of 10,000 claims and 9,050 relations… (0.0 s)", "\r\u001b[K"]);
    written.length = 0;
    const slow = progressPrinter((text) => written.push(text), true, () => clock);
    slow.report({ phase: "measure", engine: "builtin", claims: 2000, relations: 1800 });
    clock = 1100;
    slow.report({ phase: "draw", engine: "builtin", claims: 2000, relations: 1800 });
    slow.done();
    expect(written).toEqual(["\r\u001b[Kargmap render: drawing 2,000 claims and 1,800 relations… (1.1 s)", "\r\u001b[K"]);
  });
});

describe("argmap render: --step and --timeout", () => {
  test("passes --step to a gradual semantics and stops at --timeout with exit 1", async () => {
    const stepped = await cli("render", mapFile, "--semantics", "dfquad", "--step", "0.5");
    expect(stepped.code).toBe(0);
    expect(stepped.out).toContain("strength 0 → 1 (dfquad)");
    const stopped = await cli("render", mapFile, "--semantics", "preferred", "--timeout", "0.000000001", "--out", join(dir, "stopped.svg"));
    expect(stopped.code).toBe(1);
    expect(stopped.err).toMatch(/: time-limit stopped by --timeout 0\.000000001 \(seconds\)/);
    expect(() => readFileSync(join(dir, "stopped.svg"))).toThrow();
  });

  test("is a usage error (exit 2) for a bad --step or --timeout, or without --semantics", async () => {
    expect((await cli("render", mapFile, "--semantics", "dfquad", "--step", "0")).code).toBe(2);
    expect((await cli("render", mapFile, "--semantics", "dfquad", "--step", "2")).code).toBe(2);
    expect((await cli("render", mapFile, "--semantics", "dfquad", "--timeout", "-1")).code).toBe(2);
    expect((await cli("render", mapFile, "--step", "0.5")).code).toBe(2);
  });
});

describe("argmap render: PNG", () => {
  test("writes a PNG image for --out map.png, at --scale", async () => {
    const target = join(dir, "map.png");
    const { code, out, err } = await cli("render", mapFile, "-o", target, "--scale", "1");
    expect({ code, out }).toEqual({ code: 0, out: "" });
    expect(err).toBe(`${target}: png drawing of 16 claims and 14 relations\n`);
    const png = readFileSync(target);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
    const svg = await cli("render", mapFile);
    const [, width] = /width="(\d+)"/.exec(svg.out)!;
    // IHDR: the width, big-endian, at byte 16.
    expect(png.readUInt32BE(16)).toBe(Number(width));
    const other = join(dir, "map.image");
    expect((await cli("render", mapFile, "-o", other, "-f", "png")).code).toBe(0);
    expect(readFileSync(other).readUInt32BE(16)).toBe(2 * Number(width));
  });

  test("is a usage error (exit 2) for PNG on standard output, or --scale out of range or without PNG", async () => {
    for (const argv of [["-f", "png"], ["-o", join(dir, "x.png"), "--scale", "0"], ["-o", join(dir, "x.png"), "--scale", "big"], ["-o", join(dir, "x.svg"), "--scale", "2"]]) {
      const { code, out } = await cli("render", mapFile, ...argv);
      expect(code).toBe(2);
      expect(out).toBe("");
    }
  });
});

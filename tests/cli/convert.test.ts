import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { runInProcess } from "./spawn.js";
import { ukraineJapan } from "../../src/datasets/index.js";
import { ArgumentMap } from "../../src/index.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "formats");
const dir = mkdtempSync(join(tmpdir(), "argmap-convert-"));
const mapFile = join(dir, "ukraine-japan.json");
writeFileSync(mapFile, JSON.stringify(ukraineJapan().toJSON()));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (stdin: string, ...argv: string[]) => runInProcess(argv, stdin);

describe("argmap convert", () => {
  test("JSON to AIF by file names, with the losses as warnings on stderr, named after the input", async () => {
    const target = join(dir, "map.aif.json");
    const { code, out, err } = await cli("", "convert", mapFile, target);
    expect({ code, out }).toEqual({ code: 0, out: "" });
    const lines = err.trim().split("\n");
    // The warnings, then one success line.
    expect(lines.pop()).toBe(`${target}: AIF JSON of 16 claims and 14 relations`);
    expect(lines.map((line) => line.split(" ")[2]).sort()).toEqual(["lost-anchors", "lost-description", "lost-sources", "lost-thesis", "lost-title"]);
    // One source, counted once.
    expect(lines.find((line) => line.includes("lost-sources"))).toMatch(/ lost-sources AIF JSON cannot hold sources \(xAIF keeps the first source's text\)$/);
    expect(lines[0]).toMatch(new RegExp(`^${mapFile.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:[^:]+: warning lost-`));
    const aif = JSON.parse(readFileSync(target, "utf8")) as { nodes: unknown[] };
    expect(aif.nodes).toHaveLength(30);
  });

  test("AIF back to JSON keeps the structure", async () => {
    const aif = join(dir, "round.aif.json");
    const json = join(dir, "round.json");
    await cli("", "convert", mapFile, aif, "--quiet");
    const { code, err } = await cli("", "convert", aif, json);
    expect({ code, err }).toEqual({ code: 0, err: `${json}: argmap JSON of 16 claims and 14 relations\n` });
    const map = ArgumentMap.fromJSON(JSON.parse(readFileSync(json, "utf8")));
    expect(map.stats()).toMatchObject({ claims: 16, relations: 14, undercuts: 4, linked: 2 });
  });

  test("Argdown in and out, .ad and .argdown", async () => {
    const ad = join(dir, "map.ad");
    expect((await cli("", "convert", mapFile, ad, "-q")).code).toBe(0);
    const { code, out } = await cli("", "convert", ad, "-", "--to", "json");
    expect(code).toBe(0);
    expect(ArgumentMap.fromJSON(JSON.parse(out)).stats()).toMatchObject({ claims: 16, relations: 14, undercuts: 4, linked: 2 });
    const fromFixture = await cli("", "convert", join(fixtures, "argdown", "pcs.argdown"), "-", "--to", "json");
    expect(JSON.parse(fromFixture.out).relations).toHaveLength(2);
  });

  test("Kialo .txt is known by its content; reads standard input with -", async () => {
    const kialo = readFileSync(join(fixtures, "kialo", "city-cars.txt"), "utf8");
    const guessed = await cli("", "convert", join(fixtures, "kialo", "city-cars.txt"), join(dir, "x.json"), "-q");
    expect(guessed).toEqual({ code: 0, out: "", err: "" });
    expect(JSON.parse(readFileSync(join(dir, "x.json"), "utf8")).claims).toHaveLength(11);
    const { code, out } = await cli(kialo, "convert", "-", "-", "--from", "kialo", "--to", "json");
    expect(code).toBe(0);
    expect(JSON.parse(out).claims).toHaveLength(11);
    const back = await cli(out, "convert", "-", "-", "--from", "json", "--to", "kialo");
    expect(back.out.split("\n")[0]).toBe("Discussion Title: Should cities ban private cars from their centres?");
  });

  test("Mermaid, DOT and GraphML out; DOT renders with Graphviz", async () => {
    for (const name of ["map.mmd", "map.dot", "map.gv", "map.graphml"]) {
      const { code } = await cli("", "convert", mapFile, join(dir, name), "-q");
      expect(code).toBe(0);
    }
    expect(readFileSync(join(dir, "map.mmd"), "utf8")).toMatch(/^---\ntitle: /);
    expect(execFileSync("dot", ["-Tsvg", join(dir, "map.dot")], { encoding: "utf8" })).toContain("<svg");
    expect(readFileSync(join(dir, "map.graphml"), "utf8")).toContain("<graphml");
  });

  test("invalid input exits 1 with line and column", async () => {
    const bad = join(dir, "bad.txt");
    writeFileSync(bad, "Discussion Title: T\n\n1. A\n1.1. B\n");
    const { code, err } = await cli("", "convert", bad, "-", "--from", "kialo", "--to", "json");
    expect(code).toBe(1);
    expect(err).toBe(`${bad}:4:6: kialo-syntax claim 1.1. needs "Pro:" or "Con:" after its number\n`);
    const aif = await cli("{", "convert", "-", "-", "--from", "aif", "--to", "json");
    expect(aif.code).toBe(1);
    expect(aif.err).toMatch(/^<stdin>:1:2: aif-invalid-json /);
  });

  test("takes OUT with -o/--out as well as second, the same file either way", async () => {
    const second = join(dir, "second.argdown");
    const flagged = join(dir, "flagged.argdown");
    expect((await cli("", "convert", mapFile, second, "--quiet")).code).toBe(0);
    expect((await cli("", "convert", mapFile, "-o", flagged, "--quiet")).code).toBe(0);
    expect(readFileSync(flagged, "utf8")).toBe(readFileSync(second, "utf8"));
    const stdout = await cli("", "convert", mapFile, "--out", "-", "--to", "mermaid");
    expect(stdout.code).toBe(0);
    expect(stdout.out).toMatch(/^flowchart /m);
  });

  test("refuses OUT both second and with --out, and no OUT at all", async () => {
    const both = await cli("", "convert", mapFile, join(dir, "a.json"), "-o", join(dir, "b.json"));
    expect(both.code).toBe(2);
    expect(both.err).toContain("not both");
    const none = await cli("", "convert", mapFile);
    expect(none.code).toBe(2);
    expect(none.err).toContain("--out");
  });

  test("usage errors exit 2", async () => {
    expect((await cli("", "convert", mapFile, join(dir, "out.unknown"))).code).toBe(2);
    expect((await cli("", "convert", mapFile, join(dir, "x.mmd"), "--to", "pdf")).code).toBe(2);
    expect((await cli("", "convert", join(dir, "x.mmd"), join(dir, "y.json"))).code).toBe(2);
    expect((await cli("", "convert", join(dir, "missing.json"), join(dir, "y.aif.json"))).code).toBe(2);
  });
});

/**
 * Every command reads every format: by --from, by file name, then by
 * content (standard input too); a file in one format read as another gets one
 * error that names the likely format.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { argmapCli, runInProcess, UKRAINE_JSON } from "./spawn.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");
const INPUTS = [
  ["argmap JSON", UKRAINE_JSON, "json"],
  ["Argdown", join(fixtures, "formats", "argdown", "pcs.argdown"), "argdown"],
  ["AIF", join(fixtures, "formats", "aif", "minimum-wage.json"), "aif"],
  ["xAIF", join(fixtures, "formats", "aif", "school-uniforms.xaif.json"), "aif"],
  ["Kialo", join(fixtures, "formats", "kialo", "city-cars.txt"), "kialo"],
  ["SADFace", join(fixtures, "formats", "sadface", "car-ban.sadface.json"), "sadface"],
  ["OVA", join(fixtures, "formats", "ova", "car-ban.ova.json"), "ova"],
  ["arggraph XML", join(fixtures, "formats", "arggraph", "car-ban.xml"), "arggraph"],
] as const;

const COMMANDS: readonly (readonly [string, (file: string) => string[]])[] = [
  ["validate", (file) => ["validate", "-f", "json", file]],
  ["stats", (file) => ["stats", "-f", "json", file]],
  ["summarize", (file) => ["summarize", file]],
  ["evaluate", (file) => ["evaluate", "-f", "json", file]],
  ["render", (file) => ["render", file]],
  ["convert", (file) => ["convert", file, "-", "--to", "json"]],
];

/** The map that `convert` reads from a file, as argmap JSON. */
async function asJson(file: string): Promise<{ claims: unknown[]; relations: unknown[] }> {
  const { code, out } = await runInProcess(["convert", "-q", file, "-", "--to", "json"]);
  expect(code).toBe(0);
  return JSON.parse(out) as { claims: unknown[]; relations: unknown[] };
}

describe.each(INPUTS)("%s input", (_, file, from) => {
  test.each(COMMANDS)("%s reads it by name or content, from a file and from standard input, and with --from", async (__, args) => {
    const byFile = await runInProcess(args(file));
    expect(byFile.code, byFile.err).toBe(0);
    expect(byFile.out).not.toBe("");
    const text = readFileSync(file, "utf8");
    const byStdin = await runInProcess(args("-"), text);
    expect(byStdin.code, byStdin.err).toBe(0);
    expect(byStdin.out.replaceAll("<stdin>", file)).toBe(byFile.out);
    const forced = await runInProcess([...args(file), "--from", from]);
    expect(forced.out).toBe(byFile.out);
  });

  test("stats count the map that convert reads", async () => {
    const map = await asJson(file);
    const stats = JSON.parse((await runInProcess(["stats", "-f", "json", file])).out) as { claims: number; relations: number };
    expect([stats.claims, stats.relations]).toEqual([map.claims.length, map.relations.length]);
  });
});

describe("the input's own name in its warnings", () => {
  const relations = join(fixtures, "formats", "argdown", "relations.argdown");
  test.each(["stats", "summarize", "evaluate"])("%s prints the reader's warnings under the input file, and -q drops them", async (name) => {
    const { code, err } = await runInProcess([name, relations]);
    expect(code).toBe(0);
    const lines = err.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.startsWith(`${relations}:`)).toBe(true);
    expect(err).toMatch(/: warning argdown-/);
    expect((await runInProcess([name, "-q", relations])).err).toBe("");
  });

  test("convert names the input in the reader's and the writer's warnings", async () => {
    const { code, err } = await runInProcess(["convert", relations, "-", "--to", "kialo"]);
    expect(code).toBe(0);
    for (const line of err.trimEnd().split("\n")) expect(line.startsWith(`${relations}:`)).toBe(true);
  });
});

describe("a file read as another format", () => {
  const aif = join(fixtures, "formats", "aif", "minimum-wage.json");
  const argdown = join(fixtures, "formats", "argdown", "pcs.argdown");
  test.each([
    [["validate", "--from", "json", aif], "AIF JSON", "--from aif"],
    [["stats", "--from", "aif", argdown], "Argdown", "--from argdown"],
    [["summarize", "--from", "kialo", aif], "AIF JSON", "--from aif"],
    [["render", "--from", "argdown", UKRAINE_JSON], "argmap JSON", "--from json"],
    [["evaluate", "--from", "iccma", argdown], "Argdown", "--from argdown"],
    [["convert", "--from", "aif", UKRAINE_JSON, "-", "--to", "json"], "argmap JSON", "--from json"],
  ])("%j names the likely format", async (args, name, hint) => {
    const { code, out, err } = await runInProcess(args);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err.trimEnd().split("\n")).toHaveLength(1);
    expect(err).toMatch(/:\$: format-mismatch expected .*, but it looks like /);
    expect(err).toContain(name);
    expect(err).toContain(hint);
  });

  test("an abstract framework is for evaluate only", async () => {
    const apx = join(fixtures, "evaluate", "nixon.apx");
    for (const name of ["validate", "stats", "summarize", "render"]) {
      const { code, err } = await runInProcess([name, apx]);
      expect(code).toBe(1);
      expect(err).toMatch(/format-mismatch this is an ASPARTIX framework, not an argument map; only argmap evaluate reads frameworks/);
    }
    expect((await runInProcess(["evaluate", apx])).code).toBe(0);
    expect((await runInProcess(["evaluate", "-"], readFileSync(apx, "utf8"))).code).toBe(0);
  });

  test("text in no format is unknown-format, exit 1", async () => {
    const { code, err } = await runInProcess(["stats", "-"], "just some words\n");
    expect(code).toBe(1);
    expect(err).toBe("<stdin>:$: unknown-format cannot tell the format of this input: it is in no format argmap reads; give --from (json, argdown, aif, kialo, sadface, ova, arggraph)\n");
  });

  test("JSON in no known shape is read as argmap JSON, whose errors say where", async () => {
    expect((await runInProcess(["stats", "-"], "{ not json")).err).toMatch(/^<stdin>:1:3: invalid-json /);
    expect((await runInProcess(["stats", "-"], "[1, 2]")).err).toMatch(/^<stdin>:\$: invalid-type /);
  });
});

describe("the issue's examples, spawned", () => {
  const debate = join(fixtures, "formats", "argdown", "relations.argdown");
  test("argmap summarize debate.argdown", () => {
    const { code, stdout } = argmapCli(["summarize", "-q", debate]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# The suit\n/);
  });

  test("argmap render debate.argdown", () => {
    const { code, stdout } = argmapCli(["render", "-q", debate]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<svg /);
  });

  test("argmap evaluate on a Kialo file", () => {
    const { code, stdout } = argmapCli(["evaluate", join(fixtures, "formats", "kialo", "city-cars.txt")]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/— grounded\n/);
  });
});

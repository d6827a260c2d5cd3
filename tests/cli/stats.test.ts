import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { argmapCli, UKRAINE_JSON } from "./spawn.js";

describe("argmap stats", () => {
  test("prints the map's counts as a table", () => {
    const { code, stdout, stderr } = argmapCli(["stats", UKRAINE_JSON]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(ukraineJapan().title);
    const table = Object.fromEntries(lines.slice(1).map((line) => line.trim().split(/\s+/)));
    expect(table).toEqual(Object.fromEntries(Object.entries(ukraineJapan().stats()).map(([k, v]) => [k, String(v)])));
  });

  test("prints JSON with --format json", () => {
    const { code, stdout } = argmapCli(["stats", "--format", "json", UKRAINE_JSON]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(ukraineJapan().stats());
  });
});

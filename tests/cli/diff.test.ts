import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { extractMap } from "../../src/index.js";
import { argmapCli, runInProcess, UKRAINE_JSON } from "./spawn.js";
import { tempFiles } from "./temp-files.js";

const { dir, save } = tempFiles("argmap-diff-");
const map = ukraineJapan();
const part = save("part.json", extractMap(map, map.thesis!, { depth: 1 }).toJSON());
const whole = save("whole.json", map.toJSON());

describe("argmap diff", () => {
  test("exits 0 and prints nothing when the maps are the same", async () => {
    expect(await runInProcess(["diff", whole, UKRAINE_JSON])).toEqual({ code: 0, out: "", err: "" });
  });

  test("exits 1 and lists what changed when they differ", async () => {
    const { code, out, err } = await runInProcess(["diff", part, whole]);
    expect({ code, err }).toEqual({ code: 1, err: "" });
    const lines = out.trimEnd().split("\n");
    expect(lines.slice(0, 2)).toEqual(["claims: 3 added, 0 removed, 0 changed", "relations: 3 added, 0 removed, 0 changed"]);
    expect(lines.filter((line) => line.startsWith("+ claim "))).toHaveLength(3);
  });

  test("--format json prints the diff as data", async () => {
    const { code, out } = await runInProcess(["diff", whole, part, "--format", "json"]);
    expect(code).toBe(1);
    const diff = JSON.parse(out) as { equal: boolean; claims: { removed: unknown[] } };
    expect(diff.equal).toBe(false);
    expect(diff.claims.removed).toHaveLength(3);
  });

  test("--match-text pairs a renamed claim", async () => {
    const doc = map.toJSON();
    const from = doc.claims[2]!.id;
    const renamed = save("renamed.json", {
      ...doc,
      claims: doc.claims.map((c) => (c.id === from ? { ...c, id: "renamed" } : c)),
      relations: doc.relations.map((r) => ({ ...r, from: r.from.map((f) => (f === from ? "renamed" : f)), to: r.to === from ? "renamed" : r.to })),
    });
    const { code, out } = await runInProcess(["diff", whole, renamed, "--match-text"]);
    expect(code).toBe(1);
    expect(out).toContain(`= claim "${from}" is now "renamed"`);
    expect(out).not.toContain("+ claim");
  });

  test("exits 2, not 1, for an invalid or missing input", async () => {
    const bad = save("bad.json", { format: "argmap" });
    const invalid = await runInProcess(["diff", whole, bad]);
    expect(invalid.code).toBe(2);
    expect(invalid.err).toContain(`${bad}:version:`);
    expect((await runInProcess(["diff", whole, join(dir, "missing.json")])).code).toBe(2);
    expect((await runInProcess(["diff", whole])).code).toBe(2);
  });

  test("the built command exits like diff(1)", () => {
    expect(argmapCli(["diff", whole, UKRAINE_JSON]).code).toBe(0);
    expect(argmapCli(["diff", part, whole]).code).toBe(1);
    expect(argmapCli(["diff", part, join(dir, "missing.json")]).code).toBe(2);
    expect(argmapCli(["diff", "--help"]).stdout).toContain("--format FORMAT");
  });
});

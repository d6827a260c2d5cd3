import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { ArgumentMap, extractMap } from "../../src/index.js";
import { argmapCli, runInProcess, UKRAINE_JSON } from "./spawn.js";

const dir = mkdtempSync(join(tmpdir(), "argmap-extract-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const map = ukraineJapan();

describe("argmap extract", () => {
  test("writes the sub-map around --root to --out, down to --depth", async () => {
    const out = join(dir, "part.json");
    const { code, out: stdout, err } = await runInProcess(["extract", UKRAINE_JSON, "--root", "thesis", "--depth", "1", "-o", out]);
    expect({ code, stdout }).toEqual({ code: 0, stdout: "" });
    const part = ArgumentMap.fromJSON(JSON.parse(readFileSync(out, "utf8")));
    expect(part.toJSON()).toEqual(extractMap(map, "thesis", { depth: 1 }).toJSON());
    // The one success line, on standard error.
    expect(err).toBe(`${out}: argmap JSON of ${part.claimCount} of 16 claims and ${part.relationCount} of 14 relations\n`);
  });

  test("takes several roots separated by commas, and writes to standard output", async () => {
    const roots = map.claims().slice(3, 5).map((c) => c.id);
    const { code, out } = await runInProcess(["extract", UKRAINE_JSON, "--root", roots.join(",")]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(extractMap(map, roots).toJSON());
  });

  test("takes an id with a comma as one root when the map has that claim", async () => {
    const file = join(dir, "comma.json");
    writeFileSync(file, JSON.stringify({ format: "argmap", version: 1, title: "T", sources: [], claims: [{ id: "a,b", text: "A" }], relations: [] }));
    const { code, out } = await runInProcess(["extract", file, "--root", "a,b"]);
    expect(code).toBe(0);
    expect(JSON.parse(out).claims).toEqual([{ id: "a,b", text: "A" }]);
  });

  test("an unknown root, a missing --root or a bad --depth is a usage error (exit 2)", async () => {
    const unknown = await runInProcess(["extract", UKRAINE_JSON, "--root", "nope"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('no claim "nope"');
    expect((await runInProcess(["extract", UKRAINE_JSON])).code).toBe(2);
    expect((await runInProcess(["extract", UKRAINE_JSON, "--root", "thesis", "--depth", "-1"])).code).toBe(2);
    const over = await runInProcess(["extract", UKRAINE_JSON, "--root", "thesis", "-o", UKRAINE_JSON]);
    expect(over.code).toBe(2);
  });

  test("the built command answers --help", () => {
    const { code, stdout } = argmapCli(["extract", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("--root ID[,ID…]");
    expect(stdout).toContain("--depth N");
  });
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { runInProcess } from "./spawn.js";
import { ukraineJapan } from "../../src/datasets/index.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "evaluate");
const dir = mkdtempSync(join(tmpdir(), "argmap-evaluate-"));
const mapFile = join(dir, "ukraine-japan.json");
writeFileSync(mapFile, JSON.stringify(ukraineJapan().toJSON()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (stdin: string, ...argv: string[]) => runInProcess(argv, stdin);

describe("argmap evaluate", () => {
  test("a map under grounded (the default), as text", async () => {
    const { code, out } = await cli("", "evaluate", mapFile);
    expect(code).toBe(0);
    expect(out).toContain("— grounded");
    expect(out).toMatch(/in\s+thesis \(thesis\):/);
    expect(out).toMatch(/out\s+o-too-sensitive: too-sensitive attacks thesis/);
    expect(out).toMatch(/out\s+u-not-automatic: not-quickly undercuts r-enables/);
  });

  test("a map under DF-QuAD, as JSON", async () => {
    const { code, out } = await cli("", "evaluate", mapFile, "--semantics", "dfquad", "--format", "json");
    expect(code).toBe(0);
    const result = JSON.parse(out) as { semantics: string; converged: boolean; claims: { id: string; strength: number }[]; relations: { id: string; strength: number }[] };
    expect(result.semantics).toBe("dfquad");
    expect(result.converged).toBe(true);
    expect(result.claims.find((c) => c.id === "thesis")!.strength).toBeGreaterThan(0.5);
    expect(result.relations.find((r) => r.id === "u-not-automatic")!.strength).toBeCloseTo(0.1875, 9);
  });

  test("an .apx file under preferred lists the extensions", async () => {
    const { code, out } = await cli("", "evaluate", join(fixtures, "nixon.apx"), "-s", "preferred");
    expect(code).toBe(0);
    expect(out).toContain("preferred: 2 extensions");
    expect(out).toContain("[a, c]");
    expect(out).toContain("[b]");
  });

  test("an ICCMA file from standard input, stable, as JSON; --limit caps the list", async () => {
    const text = "p af 4\n1 2\n2 3\n3 4\n4 1\n";
    const all = JSON.parse((await cli(text, "evaluate", "-", "-s", "stable", "--format", "json")).out) as { count: number; complete: boolean; extensions: string[][] };
    expect(all.count).toBe(2);
    expect(all.complete).toBe(true);
    expect(all.extensions.map((e) => e.join(" ")).sort()).toEqual(["1 3", "2 4"]);
    const one = JSON.parse((await cli(text, "evaluate", "-", "-s", "stable", "--format", "json", "--limit", "1")).out) as { count: number; complete: boolean };
    expect(one).toMatchObject({ count: 1, complete: false });
  });

  test("gradual semantics on a framework file", async () => {
    const { code, out } = await cli("p af 2\n1 2\n", "evaluate", "-", "-s", "h-categorizer");
    expect(code).toBe(0);
    expect(out).toContain("converged after 1 iterations");
    expect(out).toContain("0.5000  2");
  });

  test("malformed ICCMA input exits 1 with file:line:column", async () => {
    const { code, err } = await cli("", "evaluate", join(fixtures, "broken.i23"));
    expect(code).toBe(1);
    expect(err).toMatch(/broken\.i23:3:3: iccma-syntax /);
  });

  test("invalid map and unknown semantics", async () => {
    expect((await cli('{"format":"argmap"}', "evaluate", "-")).code).toBe(1);
    const bad = await cli("", "evaluate", mapFile, "-s", "nope");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--semantics must be one of");
  });
});

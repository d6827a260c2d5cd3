import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { argmapCli, UKRAINE_JSON } from "./spawn.js";

const dangling = JSON.stringify({
  format: "argmap",
  version: 1,
  title: "t",
  sources: [],
  claims: [
    { id: "a", text: "A" },
    { id: "a", text: "again" },
  ],
  relations: [{ id: "r", type: "support", from: ["a"], to: "zz" }],
});

const withWarnings = JSON.stringify({
  format: "argmap",
  version: 1,
  title: "t",
  thesis: "a",
  sources: [],
  claims: [
    { id: "a", text: "A" },
    { id: "lonely", text: "Nobody uses me." },
  ],
  relations: [],
});

describe("argmap validate", () => {
  test("says a valid map is valid, with its counts, on standard error: one line per file", () => {
    const { code, stdout, stderr } = argmapCli(["validate", UKRAINE_JSON]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toBe(`${UKRAINE_JSON}: valid (16 claims, 14 relations, 0 warnings)\n`);
  });

  test("prints warnings as file:path: warning code message, on standard error", () => {
    const { code, stdout, stderr } = argmapCli(["validate", "-"], withWarnings);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toBe('<stdin>:claims[1]: warning isolated-claim claim "lonely" is in no relation; connect it or remove it\n<stdin>: valid (2 claims, 0 relations, 1 warning)\n');
  });

  test("--strict: the warnings and \"invalid under --strict\" go to standard error too, -q or not", () => {
    for (const quiet of [[], ["-q"]]) {
      const { code, stdout, stderr } = argmapCli(["validate", "--strict", ...quiet, "-"], withWarnings);
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toBe('<stdin>:claims[1]: warning isolated-claim claim "lonely" is in no relation; connect it or remove it\n<stdin>: invalid under --strict (2 claims, 0 relations, 1 warning)\n');
    }
  });

  test("-o writes the report, text or JSON, and says so in one line", () => {
    const dir = mkdtempSync(join(tmpdir(), "argmap-validate-"));
    try {
      const text = argmapCli(["validate", "-", "-o", join(dir, "report.txt")], withWarnings);
      expect(text).toEqual({ code: 0, stdout: "", stderr: `${join(dir, "report.txt")}: text report on 1 file\n` });
      expect(readFileSync(join(dir, "report.txt"), "utf8")).toBe('<stdin>:claims[1]: warning isolated-claim claim "lonely" is in no relation; connect it or remove it\n<stdin>: valid (2 claims, 0 relations, 1 warning)\n');
      const json = argmapCli(["validate", "-f", "json", "-", "-o", join(dir, "report.json")], dangling);
      expect(json).toEqual({ code: 1, stdout: "", stderr: `${join(dir, "report.json")}: JSON report on 1 file\n` });
      expect(JSON.parse(readFileSync(join(dir, "report.json"), "utf8"))).toMatchObject({ ok: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("prints nothing with --quiet", () => {
    expect(argmapCli(["validate", "-q", "-"], withWarnings)).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });

  test("prints every error and exits 1", () => {
    const { code, stdout, stderr } = argmapCli(["validate", "-"], dangling);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const lines = stderr.trimEnd().split("\n");
    expect(lines.map((l) => l.split(" ")[0])).toEqual(expect.arrayContaining(["<stdin>:claims[1].id:", "<stdin>:relations[0].to:"]));
    expect(lines.map((l) => l.split(" ")[1])).toEqual(expect.arrayContaining(["duplicate-id", "dangling-target"]));
  });

  test("reports a wrong format version", () => {
    const { code, stderr } = argmapCli(["validate", "-"], JSON.stringify({ format: "argmap", version: 7, title: "", sources: [], claims: [], relations: [] }));
    expect(code).toBe(1);
    expect(stderr).toMatch(/^<stdin>:version: unsupported-version /);
  });

  test("prints JSON with --format json, for valid and invalid maps", () => {
    const valid = argmapCli(["validate", "--format", "json", "-"], withWarnings);
    expect(valid.code).toBe(0);
    expect(JSON.parse(valid.stdout)).toEqual({ ok: true, issues: [{ code: "isolated-claim", severity: "warning", path: ["claims", 1], message: expect.any(String), file: "<stdin>" }] });
    const invalid = argmapCli(["validate", "--format", "json", "-"], dangling);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toBe("");
    const parsed = JSON.parse(invalid.stdout) as { ok: boolean; issues: { code: string; path: unknown[] }[] };
    expect(parsed.ok).toBe(false);
    expect(parsed.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["duplicate-id", "dangling-target"]));
  });

  test("rejects an unknown --format with exit 2", () => {
    const { code, stderr } = argmapCli(["validate", "--format", "xml", UKRAINE_JSON]);
    expect(code).toBe(2);
    expect(stderr).toBe('argmap validate: --format must be one of text, json, not "xml"\n');
  });
});

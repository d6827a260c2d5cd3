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

  test("--limit N computes N extensions only: at the limit the count is a lower bound, except for a semantics with one extension", async () => {
    // An acyclic framework has exactly one complete extension; with --limit 1 argmap does not look for a second.
    const text = "p af 3\n1 2\n2 3\n";
    expect((await cli(text, "evaluate", "-", "-s", "complete", "--limit", "1")).out).toBe("complete: at least 1 extension\n  [1, 3]\n");
    expect((await cli(text, "evaluate", "-", "-s", "complete", "--limit", "2")).out).toBe("complete: 1 extension\n  [1, 3]\n");
    expect((await cli(text, "evaluate", "-", "-s", "grounded", "--limit", "1")).out).toBe("grounded: 1 extension\n  [1, 3]\n");
    expect(JSON.parse((await cli(text, "evaluate", "-", "-s", "ideal", "--limit", "0", "-f", "json")).out)).toMatchObject({ count: 0, complete: false });
  });

  test("gradual semantics on a framework file", async () => {
    const { code, out } = await cli("p af 2\n1 2\n", "evaluate", "-", "-s", "h-categorizer");
    expect(code).toBe(0);
    expect(out).toContain("converged after 1 iteration\n");
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

  test("empty input is an error, not one empty extension", async () => {
    for (const stdin of ["", "\n", "# nothing\n"]) {
      const { code, out, err } = await cli(stdin, "evaluate", "-");
      expect(code).toBe(1);
      expect(out).toBe("");
      expect(err).toContain("empty-input");
    }
    const named = join(dir, "comments.i23");
    writeFileSync(named, "# nothing\n");
    const { code, err } = await cli("", "evaluate", named);
    expect(code).toBe(1);
    expect(err).toContain("empty-framework");
  });

  test("a huge declared size is refused before allocating", async () => {
    const { code, err } = await cli("p af 2000000000", "evaluate", "-", "-s", "preferred");
    expect(code).toBe(1);
    expect(err).toContain("framework-too-large");
  });

  test("the JSON of a map says whether the result is complete", async () => {
    const result = JSON.parse((await cli("", "evaluate", mapFile, "-s", "preferred", "--format", "json")).out) as { complete: boolean; claims: { id: string; label: string }[] };
    expect(result.complete).toBe(true);
    expect(result.claims.find((c) => c.id === "thesis")!.label).toBe("in");
  });

  test("strengths that did not converge get a note; --step settles them", async () => {
    // DF-QuAD on an even cycle of equal attacks oscillates with step 1.
    const map = {
      format: "argmap",
      version: 1,
      title: "Cycle",
      sources: [],
      claims: [
        { id: "a", text: "A.", base: 1 },
        { id: "b", text: "B.", base: 1 },
      ],
      relations: [
        { id: "ab", type: "attack", from: ["a"], to: "b" },
        { id: "ba", type: "attack", from: ["b"], to: "a" },
      ],
    };
    const file = join(dir, "cycle.json");
    writeFileSync(file, JSON.stringify(map));
    const plain = await cli("", "evaluate", file, "-s", "dfquad");
    expect(plain.code).toBe(0);
    expect(plain.out).toContain("did not converge");
    expect(plain.err).toContain("did not converge");
    const json = JSON.parse((await cli("", "evaluate", file, "-s", "dfquad", "--format", "json")).out) as { converged: boolean; complete: boolean };
    expect(json).toMatchObject({ converged: false, complete: false });
    const settled = await cli("", "evaluate", file, "-s", "dfquad", "--step", "0.5");
    expect(settled.code).toBe(0);
    expect(settled.out).toMatch(/^converged after/m);
    expect(settled.err).toBe("");
    expect((await cli("", "evaluate", file, "-s", "dfquad", "--step", "2")).code).toBe(2);
    expect((await cli("", "evaluate", file, "-s", "dfquad", "--step", "x")).code).toBe(2);
  });

  test("--timeout stops a long enumeration: a note on stderr, exit 1", async () => {
    const lines = ["p af 80"];
    for (let i = 1; i <= 80; i += 2) lines.push(`${i} ${i + 1}`, `${i + 1} ${i}`);
    const { code, out, err } = await cli(`${lines.join("\n")}\n`, "evaluate", "-", "-s", "complete", "--limit", "100000000", "--timeout", "0.05");
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toContain("--timeout");
    expect(err).toContain("time-limit");
    expect((await cli("", "evaluate", mapFile, "--timeout", "-1")).code).toBe(2);
    expect((await cli("", "evaluate", mapFile, "--timeout", "10")).code).toBe(0);
  });
});

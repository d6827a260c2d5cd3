import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { EXPLAIN_METHODS } from "../../src/cli/commands/explain.js";
import { CONTRIBUTION_METHODS, cruxes, explainClaim } from "../../src/evaluate/index.js";
import { argmap } from "../../src/index.js";
import { argmapCli, ROOT, runInProcess, UKRAINE_JSON } from "./spawn.js";
import { tempFiles } from "./temp-files.js";

const golden = (name: string): string => readFileSync(join(ROOT, "tests", "fixtures", "explain", name), "utf8");
const cli = (...argv: string[]) => runInProcess(["explain", ...argv]);
const { dir, save } = tempFiles("argmap-explain-");

describe("argmap explain", () => {
  test("--method offers exactly the contribution methods", () => {
    expect([...EXPLAIN_METHODS]).toEqual([...CONTRIBUTION_METHODS]);
  });

  test("explains the thesis under grounded semantics by default, as the golden text", () => {
    const { code, stdout, stderr } = argmapCli(["explain", UKRAINE_JSON]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe(golden("ukraine-japan.txt"));
    // What the reader needs: the verdict, the objection and its answer, what would change it, the contributions with signs.
    expect(stdout).toContain("It stands under grounded semantics.");
    expect(stdout).toContain("is answered by “Other systems could be");
    expect(stdout).toMatch(/- Without “Other systems could be treated as compatible with the new policy\s+line” \(compatible\) it would not stand\./);
    expect(stdout).toMatch(/^ {2}−0\.125 {2}too-sensitive/m);
    expect(stdout).toMatch(/^ {2}\+0\.125 {2}compatible/m);
    for (const line of stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  test("writes Markdown in German with --language de", async () => {
    const { code, out } = await cli(UKRAINE_JSON, "--language", "de", "-f", "markdown");
    expect(code).toBe(0);
    expect(out).toBe(golden("ukraine-japan.de.md"));
  });

  test("--format json gives the explanation with every contribution and the cruxes", async () => {
    const { code, out } = await cli(UKRAINE_JSON, "-f", "json", "-s", "preferred");
    expect(code).toBe(0);
    const map = ukraineJapan();
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify({ ...explainClaim(map, "thesis", { semantics: "preferred" }), cruxes: cruxes(map, { semantics: "preferred", limit: 5 }).cruxes })));
  });

  test("--claim explains a claim or a relation; --method and --gradual choose the contributions", async () => {
    const relation = await cli(UKRAINE_JSON, "--claim", "o-too-sensitive");
    expect(relation.code).toBe(0);
    expect(relation.out).toContain("Relation o-too-sensitive: “Some systems may remain too sensitive to export”");
    expect(relation.out).toContain("It does not stand under grounded semantics.");
    expect(relation.out).toMatch(/defeats\s+it\s+and\s+stands\./);
    const gradient = await cli(UKRAINE_JSON, "-c", "r-enables", "-m", "gradient", "--gradual", "euler");
    expect(gradient.out).toContain("What moves its Euler-based strength");
    expect(gradient.out).toContain("by gradient:");
    const gradual = await cli(UKRAINE_JSON, "-s", "dfquad", "-m", "shapley");
    expect(gradual.out).toContain("Its strength under DF-QuAD is 0.87 (base score 0.50).");
    expect(gradual.out).toContain("by Shapley value:");
    // The 13 claims behind the thesis are the players: exact, no estimate.
    expect(gradual.out).not.toContain("estimated");
    expect(gradual.out).not.toContain("What would change the verdict");
  });

  test("reads every format: Argdown, and maps without a thesis (with a note naming the claim explained)", async () => {
    const argdown = join(ROOT, "tests", "fixtures", "formats", "real", "state-censorship.argdown");
    // The Argdown reader takes the top statement as the thesis, as Argdown shows it.
    const read = await cli(argdown);
    expect(read.code).toBe(0);
    expect(read.out).toMatch(/^Thesis: “Censorship is not wrong in principle” \(Censorship\)/);
    // The same map without a thesis: the top claim with the most behind it, with a note.
    const unmarked = JSON.parse((await runInProcess(["convert", argdown, "-", "-f", "json", "-q"])).out) as { thesis?: string };
    delete unmarked.thesis;
    const file = save("no-thesis.argmap.json", unmarked);
    const { code, out, err } = await cli(file);
    expect(code).toBe(0);
    expect(err).toMatch(/note: .* has no thesis; explaining "Censorship", the top claim with the most arguments behind it/);
    expect(out).toMatch(/^Claim: “Censorship is not wrong in principle” \(Censorship\)/);
    expect((await cli(file, "-q")).err).toBe("");
    const from = await cli(join(ROOT, "tests", "fixtures", "summarize", "corpus", "en-kialo-ai.argmap.json"), "--from", "json");
    expect(from.code).toBe(0);
    expect(from.out).toMatch(/^Thesis: “AI-generated art should be eligible for art prizes” \(c1\)/);
  });

  test("-o writes the file atomically and refuses the input itself", async () => {
    const target = join(dir, "why.md");
    expect((await cli(UKRAINE_JSON, "-f", "markdown", "-o", target)).code).toBe(0);
    expect(readFileSync(target, "utf8")).toMatch(/^## Thesis: /);
    const input = save("map.json", ukraineJapan().toJSON());
    const same = await cli(input, "-o", input);
    expect(same.code).toBe(2);
    expect(same.err).toContain("refusing to overwrite the input");
  });

  test("refuses unknown claims, languages and a --gradual beside a gradual semantics (exit 2); a stopped computation exits 1", async () => {
    const missing = await cli(UKRAINE_JSON, "--claim", "nope");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--claim: no claim or relation "nope"');
    expect((await cli(UKRAINE_JSON, "--language", "fr")).code).toBe(2);
    expect((await cli(UKRAINE_JSON, "-s", "dfquad", "--gradual", "euler")).code).toBe(2);
    expect((await cli(UKRAINE_JSON, "--method", "banzhaf")).code).toBe(2);
    const json = await cli(UKRAINE_JSON, "--claim", "nope", "-f", "json");
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, issues: [{ code: "invalid-option" }] });
    // A cycle that DF-QuAD cannot settle: refused with not-converged, exit 1.
    const cycle = argmap("Cycle").claim("a", "A.", { base: 1 }).claim("b", "B.", { base: 1 }).attack("a", "b", { id: "x", weight: 1 }).attack("b", "a", { id: "y" }).build();
    const file = save("cycle.json", cycle.toJSON());
    const stuck = await cli(file, "--claim", "a", "-s", "dfquad");
    expect(stuck.code).toBe(1);
    expect(stuck.err).toContain("not-converged");
    expect((await cli(file, "--claim", "a", "-s", "dfquad", "--step", "0.5")).code).toBe(0);
    // Under grounded semantics the verdict does not need the strengths: it is given, and the contributions are left out.
    const grounded = await cli(file, "--claim", "a");
    expect(grounded.code).toBe(0);
    expect(grounded.out).toContain("It is undecided under grounded semantics.");
    expect(grounded.out).toMatch(/Its gradual strength does not settle on the cycles of this map, so no\s+contributions are given/);
  });

  test("escapes control characters and bidi controls from claim text and ids", async () => {
    const hostile = argmap("Hostile")
      .thesis("t\u001b[31m", "Red \u001b[31mtext\nwith a newline and \u202e reversed.")
      .claim("o", "An objection.")
      .attack("o", "t\u001b[31m", { id: "r" })
      .build();
    const file = join(dir, "hostile.json");
    writeFileSync(file, JSON.stringify(hostile.toJSON()));
    const { code, out } = await cli(file);
    expect(code).toBe(0);
    expect(out).not.toContain("\u001b");
    expect(out).not.toContain("\u202e");
    expect(out).toContain("\\u001b[31m");
    expect(out.split("\n")[0]).toMatch(/^Thesis: “Red \\u001b\[31mtext with a newline/);
  });
});

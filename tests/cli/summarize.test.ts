import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { evaluateMap } from "../../src/evaluate/index.js";
import { summarize, toKeyPoints, toMarkdown, toProse, toText } from "../../src/index.js";
import { argmapCli, ROOT, runInProcess, UKRAINE_JSON } from "./spawn.js";

const golden = (name: string): string => readFileSync(join(ROOT, "tests", "fixtures", "summarize", name), "utf8");

describe("argmap summarize", () => {
  test("prints the Markdown outline by default", () => {
    const { code, stdout, stderr } = argmapCli(["summarize", UKRAINE_JSON]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe(golden("ukraine-japan.md"));
  });

  test.each([
    ["markdown", "ukraine-japan.md", []],
    ["text", "ukraine-japan.txt", []],
    ["prose", "ukraine-japan.prose.txt", ["--subject", "The article"]],
    ["json", "ukraine-japan.summary.json", []],
  ] as const)("prints --format %s", (format, file, extra) => {
    const { code, stdout } = argmapCli(["summarize", UKRAINE_JSON, "--format", format, ...extra]);
    expect(code).toBe(0);
    expect(stdout).toBe(golden(file));
  });

  test("passes --root, --depth, --roles, --max-length and --no-citations on", () => {
    const run = (...args: string[]): string => argmapCli(["summarize", UKRAINE_JSON, "-f", "json", ...args]).stdout;
    const map = ukraineJapan();
    expect(JSON.parse(run("--root", "not-quickly"))).toEqual(summarize(map, { root: "not-quickly" }));
    expect(JSON.parse(run("--depth", "1"))).toEqual(summarize(map, { depth: 1 }));
    expect(JSON.parse(run("--roles", "reason,undercut"))).toEqual(summarize(map, { roles: ["reason", "undercut"] }));
    expect(JSON.parse(run("--max-length", "500"))).toEqual(summarize(map, { maxLength: 500 }));
    expect(JSON.parse(run("--no-citations"))).toEqual(summarize(map, { citations: false }));
  });

  test("includes an evaluation with --semantics", () => {
    const map = ukraineJapan();
    const run = (...args: string[]): string => argmapCli(["summarize", UKRAINE_JSON, "-f", "json", ...args]).stdout;
    const grounded = JSON.parse(run("--semantics", "grounded")) as { evaluation?: { semantics: string } };
    expect(grounded.evaluation?.semantics).toBe("grounded");
    expect(JSON.parse(run("-s", "dfquad"))).toEqual(JSON.parse(JSON.stringify(summarize(map, { evaluation: evaluateMap(map, "dfquad") }))));
    const bad = argmapCli(["summarize", UKRAINE_JSON, "--semantics", "best"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });

  test("wraps text and prose at --width", () => {
    const map = ukraineJapan();
    expect(argmapCli(["summarize", UKRAINE_JSON, "-f", "text", "--width", "0"]).stdout).toBe(toText(summarize(map), { width: 0 }));
    expect(argmapCli(["summarize", UKRAINE_JSON, "-f", "prose", "--width", "60"]).stdout).toBe(toProse(summarize(map), { width: 60 }));
  });

  test("writes to --out", () => {
    const out = join(mkdtempSync(join(tmpdir(), "argmap-")), "summary.md");
    const { code, stdout } = argmapCli(["summarize", UKRAINE_JSON, "--out", out]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe(toMarkdown(summarize(ukraineJapan())));
  });

  test("keeps prose within --words, in --language de, and prints key points", () => {
    const map = ukraineJapan();
    const prose = argmapCli(["summarize", UKRAINE_JSON, "--format", "prose", "--words", "120", "--language", "de"]);
    expect(prose.code).toBe(0);
    expect(prose.stdout).toBe(toProse(summarize(map, { budget: { words: 120 }, language: "de" })));
    expect(prose.stdout.startsWith("Der Text vertritt die These: Japan's recent easing")).toBe(true);
    const body = prose.stdout.split("\n\nZitate")[0]!.replace(/ \[\d+(?:, \d+)*\]/g, "");
    expect(body.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(120);
    const keys = argmapCli(["summarize", UKRAINE_JSON, "-f", "key-points"]);
    expect(keys.code).toBe(0);
    expect(keys.stdout).toBe(toKeyPoints(summarize(map)));
    expect(keys.stdout).toContain("Strongest points against:");
  });

  test("passes --step to a gradual evaluation", () => {
    const stepped = argmapCli(["summarize", UKRAINE_JSON, "--semantics", "dfquad", "--step", "0.5", "-f", "json"]);
    expect(stepped.code).toBe(0);
    const expected = summarize(ukraineJapan(), { evaluation: evaluateMap(ukraineJapan(), "dfquad", { step: 0.5 }) });
    expect(JSON.parse(stepped.stdout).evaluation).toEqual(JSON.parse(JSON.stringify(expected.evaluation)));
  });

  test("writes the summary of a 5,000-claim support chain as JSON", async () => {
    const claims = Array.from({ length: 5_000 }, (_, i) => ({ id: `c${i}`, text: `Step ${i} holds.` }));
    const relations = claims.slice(1).map((_, i) => ({ id: `r${i + 1}`, type: "support", from: [`c${i + 1}`], to: `c${i}` }));
    const input = JSON.stringify({ format: "argmap", version: 1, title: "chain", thesis: "c0", sources: [], claims, relations });
    const { code, out, err } = await runInProcess(["summarize", "-", "--format", "json"], input);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out.match(/"kind": "claim"/g)).toHaveLength(5_000);
  });

  test.each([
    [["--root", "nope"], /^argmap summarize: --root: no claim "nope" in /],
    [["--depth", "two"], /^argmap summarize: --depth expects a whole number \(0 or more\), not "two"\n$/],
    [["--depth", "-1"], /^argmap summarize: --depth expects a whole number \(0 or more\), not "-1"\n$/],
    [["--depth=-1"], /^argmap summarize: --depth expects a whole number \(0 or more\), not "-1"\n$/],
    [["--depth"], /^argmap summarize: --depth needs a value \(N\)\n$/],
    [["--roles", ""], /^argmap summarize: --roles needs at least one role/],
    [["--roles", " , "], /^argmap summarize: --roles needs at least one role/],
    [["--no-citations=yes"], /^argmap summarize: --no-citations takes no value/],
    [["--max-length", "1.5"], /^argmap summarize: --max-length expects a whole number/],
    [["--width", "x"], /^argmap summarize: --width expects a whole number/],
    [["--roles", "reason,praise"], /^argmap summarize: --roles: unknown role "praise"/],
    [["--format", "html"], /^argmap summarize: --format must be one of markdown, text, prose, key-points, json, not "html"\n$/],
    [["--words", "0"], /^argmap summarize: --words: expected a whole number of words, 1 or more\n$/],
    [["--language", "fr"], /^argmap summarize: --language: summaries are written in en, de, not "fr"\n$/],
    [["--step", "0.5"], /^argmap summarize: --step and --timeout apply to the evaluation: give --semantics too\n$/],
    [["--semantics", "dfquad", "--step", "2"], /^argmap summarize: --step expects a number in \(0, 1\], not "2"\n$/],
    [["--out", "/no/such/dir/x.md"], /^argmap summarize: cannot write \/no\/such\/dir\/x\.md: no such directory\n$/],
    [["--out", UKRAINE_JSON], /^argmap summarize: .* is the input .*refusing to overwrite/],
  ])("rejects %j with one line and exit 2", (args, message) => {
    const { code, stdout, stderr } = argmapCli(["summarize", UKRAINE_JSON, ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});

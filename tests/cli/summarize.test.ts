import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { evaluateMap } from "../../src/evaluate/index.js";
import { summarize, toMarkdown, toProse, toText } from "../../src/index.js";
import { argmapCli, ROOT, UKRAINE_JSON } from "./spawn.js";

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
    [["--format", "html"], /^argmap summarize: --format must be one of markdown, text, prose, json, not "html"\n$/],
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

/**
 * One convention across commands (the README's "Command line" section):
 * the same options everywhere (-o, -q, -f, --from with only what the command
 * reads, -r and -d where parts apply), data on standard output or in -o,
 * warnings and one success line on standard error, messages in the command
 * line's words, JSON errors, our own option messages, exit codes, validate's
 * several files and --strict, --limit. Every registered command is checked,
 * so commands added later follow the same rules.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { extensions, parseFramework } from "../../src/evaluate/index.js";
import { commands } from "../../src/cli/commands/index.js";
import { MAP_READ_FORMATS, READ_FORMATS } from "../../src/cli/read-formats.js";
import { FRAMEWORK, sampleArgs, WARNING_MAP } from "./command-samples.js";
import { ArgmapError } from "../../src/index.js";
import { argmapCli, ROOT, UKRAINE_JSON } from "./spawn.js";

const dir = mkdtempSync(join(tmpdir(), "argmap-cli-conventions-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const listed = argmapCli(["--help"]).stdout.match(/^ {2}(\S+) {2,}/gm)?.map((line) => line.trim()) ?? [];
const help = new Map(listed.map((name) => [name, argmapCli([name, "--help"]).stdout]));
// `argmap iccma` keeps the ICCMA 2023 solver interface instead (`-p TASK -f FILE -a ARG`, the answer on
// standard output, as competition runners call solvers): -f is its file, and it has no -o, --from or -q.
const conventional = listed.filter((name) => name !== "iccma");
// Commands whose --format json is a report (not a map they write) print their errors as JSON too.
const jsonCommands = commands.filter((c) => c.errorsAsJson !== false && (c.options.format?.choices ?? []).includes("json")).map((c) => c.name);

const invalid = JSON.stringify({ format: "argmap", version: 1, title: "t", sources: [], claims: [{ id: "a", text: "A" }], relations: [{ id: "r", type: "support", from: ["a"], to: "zz" }] });
const warned = JSON.stringify({ format: "argmap", version: 1, title: "t", sources: [], claims: [{ id: "a", text: "A" }, { id: "b", text: "B" }], relations: [] });

describe("the same short flags wherever an option applies", () => {
  test.each([
    ["format", "f"],
    ["out", "o"],
    ["quiet", "q"],
  ])("--%s is -%s on every command that has it", (long, short) => {
    let seen = 0;
    for (const [name, text] of help) {
      if (!new RegExp(`--${long}\\b`).test(text)) continue;
      seen++;
      expect(text, name).toMatch(new RegExp(`^  -${short}, --${long}\\b`, "m"));
    }
    expect(seen).toBeGreaterThan(1);
  });

  test("--help lists every registered command", () => {
    expect([...listed].sort()).toEqual(commands.map((c) => c.name).sort());
  });

  test.each(conventional)("%s has -o/--out, -q/--quiet, -f/--format, --from and --max-input", (name) => {
    const text = help.get(name)!;
    expect(text).toMatch(/^ {2}-o, --out \S+ /m);
    expect(text).toMatch(/^ {2}-q, --quiet /m);
    expect(text).toMatch(/^ {2}-f, --format FORMAT /m);
    expect(text).toMatch(/^ {6}--from FORMAT /m);
    expect(text).toMatch(/^ {6}--max-input MIB /m);
  });

  test.each(conventional)("%s: where parts apply, -r/--root and -d/--depth", (name) => {
    const text = help.get(name)!;
    if (/--root\b/.test(text)) expect(text).toMatch(/^ {2}-r, --root /m);
    if (/--depth\b/.test(text)) expect(text).toMatch(/^ {2}-d, --depth /m);
  });

  test("summarize, render and extract work on parts", () => {
    for (const name of ["summarize", "render", "extract"]) expect(help.get(name), name).toMatch(/^ {2}-r, --root [\s\S]*^ {2}-d, --depth /m);
  });
});

describe("--from lists only the formats a command reads", () => {
  const fromOf = (name: string): string[] => /^ {6}--from FORMAT .*\(([^)]*)\)$/m.exec(help.get(name)!)![1]!.split("|");

  test.each(conventional)("%s", (name) => {
    const formats = fromOf(name);
    const spec = commands.find((c) => c.name === name)!;
    expect(formats).toEqual([...(spec.reads ?? MAP_READ_FORMATS)]);
    for (const from of READ_FORMATS) {
      const run = argmapCli([name, ...sampleArgs(name, FRAMEWORK), "--from", from]);
      if (formats.includes(from)) {
        // Listed: the option is taken, and a framework read as one is not refused as a framework.
        expect(run.stderr, `${name} --from ${from}`).not.toMatch(/must be one of|only argmap evaluate reads frameworks/);
      } else {
        // On standard error, or in the JSON report with --format json.
        expect(run.code, `${name} --from ${from}`).toBe(2);
        expect(run.stderr + run.stdout).toContain(`--from must be one of ${formats.join(", ")}, not `);
      }
    }
  });

  test("the map commands list every map format, and evaluate the frameworks too", () => {
    for (const name of ["validate", "stats", "summarize", "render", "convert", "merge", "diff", "extract"]) expect(fromOf(name), name).toEqual([...MAP_READ_FORMATS]);
    expect(fromOf("evaluate")).toEqual([...READ_FORMATS]);
  });
});

describe("data goes to standard output or -o; warnings and one success line to standard error", () => {
  test.each(conventional)("%s: -o FILE gets exactly what standard output gets, and standard error one more line", (name) => {
    const args = sampleArgs(name);
    const toStdout = argmapCli([name, ...args, ...(name === "convert" ? ["-"] : [])]);
    expect(toStdout.code, toStdout.stderr).toBe(0);
    const target = join(dir, `${name}-out.txt`);
    const toFile = argmapCli([name, ...args, "-o", target]);
    expect(toFile.code, toFile.stderr).toBe(toStdout.code);
    expect(toFile.stdout).toBe("");
    expect(readFileSync(target, "utf8")).toBe(toStdout.stdout);
    const lines = toFile.stderr.trimEnd().split("\n");
    // The reader's warnings, as without -o, then one line saying what was written.
    expect(lines.slice(0, -1).join("\n")).toBe(toStdout.stderr.trimEnd());
    expect(lines.at(-1)).toMatch(new RegExp(`^${target.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: \\S`));
    expect(toStdout.stderr).not.toContain(target);
    // -q keeps only errors: no warnings, no success line.
    const quiet = argmapCli([name, ...args, "-o", target, "-q"]);
    expect({ code: quiet.code, stdout: quiet.stdout, stderr: quiet.stderr }).toEqual({ code: toStdout.code, stdout: "", stderr: "" });
  });

  test("warnings go to standard error in every command that reads maps, never to standard output (but in validate's JSON report)", () => {
    for (const name of conventional) {
      const spec = commands.find((c) => c.name === name)!;
      if (!(spec.reads ?? MAP_READ_FORMATS).includes("argdown")) continue;
      const args = name === "validate" ? [WARNING_MAP] : sampleArgs(name);
      const run = argmapCli([name, ...args, ...(name === "convert" ? ["-"] : [])]);
      expect(run.stdout, name).not.toMatch(/: warning /);
      expect(run.stderr, name).toMatch(/: warning /);
    }
  });
});

describe("messages speak to command line users in command line words", () => {
  const fixtures = join(ROOT, "tests", "fixtures", "formats");
  const library = /\b(?:from|to)(?:Argdown|Aif|Xaif|Kialo|Sadface|Ova|Arggraph)\b|parseFramework|loadArgumentMap|parseArgumentMapJson/;
  test.each([
    ["an OVA file read --from aif", ["stats", join(fixtures, "ova", "car-ban.ova.json"), "--from", "aif"], "--from ova"],
    ["an AIF file read --from sadface", ["stats", join(fixtures, "aif", "minimum-wage.json"), "--from", "sadface"], "--from aif"],
    ["argmap JSON read --from argdown", ["stats", UKRAINE_JSON, "--from", "argdown"], "--from json"],
    ["a Kialo export read --from json", ["validate", join(fixtures, "kialo", "city-cars.txt"), "--from", "json"], "--from kialo"],
    ["a framework given to stats", ["stats", join(ROOT, "tests", "fixtures", "evaluate", "nixon.apx")], "only argmap evaluate"],
  ])("%s", (_, args, hint) => {
    const { code, stderr } = argmapCli(args);
    expect(code).toBe(1);
    expect(stderr).toContain(hint);
    expect(stderr).not.toMatch(library);
  });
});

describe("--format json puts errors on standard output as JSON", () => {
  test("commands with --format json", () => {
    expect(jsonCommands).toEqual(expect.arrayContaining(["validate", "stats", "summarize", "evaluate"]));
  });

  // diff answers like diff(1): 1 means "the maps differ", so invalid input is 2.
  test.each(jsonCommands)("%s: invalid input, exit 1 (diff: 2)", (name) => {
    for (const flags of [["--format", "json"], ["-f", "json"], ["--format=json"], ["-fjson"]]) {
      const { code, stdout, stderr } = argmapCli([name, ...flags, "-", ...(name === "diff" ? [UKRAINE_JSON] : [])], invalid);
      expect(code).toBe(name === "diff" ? 2 : 1);
      expect(stderr).toBe("");
      expect(JSON.parse(stdout)).toEqual({
        ok: false,
        issues: [{ code: "dangling-target", severity: "error", path: ["relations", 0, "to"], message: expect.any(String), file: "<stdin>" }],
      });
    }
  });

  test.each(jsonCommands)("%s: a missing file and a bad option, exit 2", (name) => {
    const missing = argmapCli([name, "-f", "json", "no/such.json", ...(name === "diff" ? [UKRAINE_JSON] : [])]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("");
    expect(JSON.parse(missing.stdout)).toMatchObject({ ok: false, issues: [{ code: "unreadable-input", severity: "error", path: [] }] });
    const option = argmapCli([name, "-f", "json", UKRAINE_JSON, ...(name === "diff" ? [UKRAINE_JSON] : []), "--bogus"]);
    expect(option.code).toBe(2);
    expect(JSON.parse(option.stdout)).toEqual({ ok: false, issues: [{ code: "invalid-option", severity: "error", path: [], message: expect.stringContaining("--bogus") }] });
  });

  test("without --format json, errors stay on standard error", () => {
    const { code, stdout, stderr } = argmapCli(["stats", "-f", "text", "-"], invalid);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^<stdin>:relations\[0\]\.to: dangling-target /);
  });
});

describe("our own messages for bad options", () => {
  test.each([
    [["stats", UKRAINE_JSON, "--nope"], "argmap stats: unknown option --nope; run argmap stats --help for the options\n"],
    [["stats", UKRAINE_JSON, "-x"], "argmap stats: unknown option -x; run argmap stats --help for the options\n"],
    [["stats", UKRAINE_JSON, "--format"], "argmap stats: --format needs a value (FORMAT)\n"],
    [["stats", UKRAINE_JSON, "--quiet=1"], 'argmap stats: --quiet takes no value (got "1")\n'],
    [["evaluate", UKRAINE_JSON, "--limit", "-3"], 'argmap evaluate: --limit expects a whole number (0 or more), not "-3"\n'],
    [["evaluate", UKRAINE_JSON, "--timeout", "0"], 'argmap evaluate: --timeout expects a positive number of seconds (at most 2147483), not "0"\n'],
    [["evaluate", UKRAINE_JSON, "-s", "--limit"], /^argmap evaluate: --semantics must be one of grounded, .*, not "--limit"\n$/],
    [["summarize", UKRAINE_JSON, "--width", "1e3"], 'argmap summarize: --width expects a whole number (0 or more), not "1e3"\n'],
  ] as [string[], string | RegExp][])("%j", (args, message) => {
    const { code, stdout, stderr } = argmapCli(args);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    if (typeof message === "string") expect(stderr).toBe(message);
    else expect(stderr).toMatch(message);
  });

  test("no message of node's own parser leaks out", () => {
    for (const args of [["stats", "--depth", "-1"], ["summarize", UKRAINE_JSON, "--depth", "-1"], ["validate", "--strict=yes", UKRAINE_JSON], ["render", UKRAINE_JSON, "-o"]]) {
      const { stderr } = argmapCli(args);
      expect(stderr).toMatch(/^argmap \w+: /);
      expect(stderr).not.toMatch(/ERR_PARSE_ARGS|ambiguous|To specify|Did you forget/);
    }
  });
});

describe("validate takes several files and --strict", () => {
  const good = join(dir, "good.json");
  const bad = join(dir, "bad.json");
  const warn = join(dir, "warn.json");
  writeFileSync(good, JSON.stringify(ukraineJapan().toJSON()));
  writeFileSync(bad, invalid);
  writeFileSync(warn, warned);

  test("reports each file and exits 1 if any has errors", () => {
    const { code, stdout, stderr } = argmapCli(["validate", good, bad, warn]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(new RegExp(`^${good}: valid \\(16 claims`, "m"));
    expect(stderr).toMatch(new RegExp(`^${warn}:claims\\[0\\]: warning isolated-claim `, "m"));
    expect(stderr).toMatch(new RegExp(`^${warn}: valid \\(2 claims, 0 relations, 2 warnings\\)$`, "m"));
    expect(stderr).toMatch(new RegExp(`^${bad}:relations\\[0\\]\\.to: dangling-target `, "m"));
  });

  test("--strict fails on warnings", () => {
    expect(argmapCli(["validate", good, warn]).code).toBe(0);
    const strict = argmapCli(["validate", "--strict", good, warn]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(`${warn}: invalid under --strict`);
    expect(argmapCli(["validate", "--strict", good]).code).toBe(0);
    const quiet = argmapCli(["validate", "--strict", "-q", good, warn]);
    expect(quiet.code).toBe(1);
    // The two warnings and the verdict of the file that fails; nothing about the valid one.
    expect(quiet.stderr.trimEnd().split("\n")).toHaveLength(3);
  });

  test("--format json lists every file's issues in one document", () => {
    const { code, stdout } = argmapCli(["validate", "-f", "json", good, bad, warn]);
    expect(code).toBe(1);
    const parsed = JSON.parse(stdout) as { ok: boolean; issues: { file: string; code: string; severity: string }[] };
    expect(parsed.ok).toBe(false);
    expect(parsed.issues.map((i) => [i.file, i.code, i.severity])).toEqual([
      [bad, "dangling-target", "error"],
      [warn, "isolated-claim", "warning"],
      [warn, "isolated-claim", "warning"],
    ]);
    expect(JSON.parse(argmapCli(["validate", "-f", "json", "--strict", warn]).stdout)).toMatchObject({ ok: false });
  });

  test("a missing file among several is reported, the others are still checked, and the exit code is 2", () => {
    const { code, stdout, stderr } = argmapCli(["validate", "no/such.json", good]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`argmap validate: cannot read no/such.json: no such file\n${good}: valid (16 claims, 14 relations, 0 warnings)\n`);
  });
});

describe("a missing optional package exits 2 with missing-peer", () => {
  test("render --engine elk without elkjs", () => {
    const { code, stdout, stderr } = argmapCli(["render", UKRAINE_JSON, "--engine", "elk"], undefined, { hide: ["elkjs"] });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/: missing-peer .*npm install elkjs/);
  });

  test("render --engine graphviz without @viz-js/viz", () => {
    const { code, stdout, stderr } = argmapCli(["render", UKRAINE_JSON, "--engine", "graphviz"], undefined, { hide: ["@viz-js/viz"] });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/: missing-peer .*npm install @viz-js\/viz/);
  });

  test("render -o map.png without @resvg/resvg-js", () => {
    const { code, stdout, stderr } = argmapCli(["render", UKRAINE_JSON, "-o", "never-written.png"], undefined, { hide: ["@resvg/resvg-js"] });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/: missing-peer drawing PNG images needs the @resvg\/resvg-js package \(npm install @resvg\/resvg-js\)/);
  });

  test("render needs no optional package with the built-in engine", () => {
    const { code, stdout, stderr } = argmapCli(["render", UKRAINE_JSON], undefined, { hide: ["@dagrejs/dagre", "@viz-js/viz", "elkjs"] });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.match(/class="argmap-claim[ "]/g)).toHaveLength(16);
  });

  test("reading arggraph XML without saxes", () => {
    const xml = join(ROOT, "tests", "fixtures", "formats", "arggraph", "car-ban.xml");
    const { code, stderr } = argmapCli(["stats", xml], undefined, { hide: ["saxes"] });
    expect(code).toBe(2);
    expect(stderr).toMatch(/: missing-peer .*saxes/);
  });

  test("reading Argdown without @argdown/core, also as JSON", () => {
    const argdown = join(ROOT, "tests", "fixtures", "formats", "argdown", "pcs.argdown");
    const { code, stderr } = argmapCli(["summarize", argdown], undefined, { hide: ["@argdown/core"] });
    expect(code).toBe(2);
    expect(stderr).toMatch(/: missing-peer .*npm install @argdown\/core/);
    const json = argmapCli(["stats", "-f", "json", argdown], undefined, { hide: ["@argdown/core"] });
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, issues: [{ code: "missing-peer", file: argdown }] });
  });
});

describe("--limit has one default and one domain in the command line and the library", () => {
  const nixon = join(ROOT, "tests", "fixtures", "evaluate", "nixon.apx");
  const framework = parseFramework(readFileSync(nixon, "utf8"));

  test("without --limit, every extension is listed, as extensions() does", () => {
    const { code, stdout } = argmapCli(["evaluate", "-f", "json", "-s", "preferred", nixon]);
    expect(code).toBe(0);
    const listed = JSON.parse(stdout) as { count: number; complete: boolean };
    expect(listed).toMatchObject({ count: extensions(framework, "preferred").length, complete: true });
    expect(listed.count).toBe(2);
  });

  test("0 is accepted by both, and means list none", () => {
    expect(extensions(framework, "preferred", { limit: 0 })).toEqual([]);
    const { code, stdout } = argmapCli(["evaluate", "-f", "json", "-s", "preferred", "--limit", "0", nixon]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ count: 0, complete: false, extensions: [] });
  });

  test("a negative limit is refused by both", () => {
    expect(() => extensions(framework, "preferred", { limit: -1 })).toThrow(ArgmapError);
    expect(argmapCli(["evaluate", nixon, "--limit=-1"])).toMatchObject({ code: 2, stderr: 'argmap evaluate: --limit expects a whole number (0 or more), not "-1"\n' });
  });
});

describe("render refuses a --format that contradicts --out", () => {
  test.each([
    ["html", "x.svg"],
    ["svg", "x.html"],
  ])("--format %s --out %s", (format, out) => {
    const target = join(dir, out);
    const { code, stderr } = argmapCli(["render", UKRAINE_JSON, "-f", format, "-o", target]);
    expect(code).toBe(2);
    expect(stderr).toBe(`argmap render: --format ${format} does not match ${target}; name the file .${format} or drop --format\n`);
  });
});

describe("--timeout on evaluate, summarize and render", () => {
  // 25,000 independent mutual attacks: more than a millisecond of work for any semantics.
  const n = 50_000;
  const claims = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, text: `Claim ${i}.` }));
  const relations = Array.from({ length: n }, (_, i) => ({ id: `r${i}`, type: "attack", from: [`c${i}`], to: `c${i ^ 1}` }));
  const big = join(dir, "cycles.json");
  writeFileSync(big, JSON.stringify({ format: "argmap", version: 1, title: "cycles", sources: [], claims, relations }));

  test.each([
    ["evaluate", [], "the evaluation finished"],
    ["summarize", ["-f", "text"], "the evaluation finished"],
    // render stops wherever it is: here, most likely, before it has read the map.
    ["render", ["-o", join(dir, "cycles.svg")], "the drawing was finished"],
  ] as [string, string[], string][])("%s says it stopped and exits 1, writing nothing", (name, extra, what) => {
    const { code, stdout, stderr } = argmapCli([name, big, "-s", "preferred", "--timeout", "0.001", ...extra]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(`${big}:$: time-limit stopped by --timeout 0.001 (seconds) before ${what}\n`);
    expect(existsSync(join(dir, "cycles.svg"))).toBe(false);
  });

  test("as JSON with --format json", () => {
    const { code, stdout } = argmapCli(["summarize", big, "-s", "h-categorizer", "--timeout", "0.001", "-f", "json"]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, issues: [{ code: "time-limit", path: [], file: big }] });
  });

  test("a generous timeout changes nothing", () => {
    expect(argmapCli(["summarize", UKRAINE_JSON, "-s", "preferred", "--timeout", "60"]).stdout).toBe(argmapCli(["summarize", UKRAINE_JSON, "-s", "preferred"]).stdout);
  });
});

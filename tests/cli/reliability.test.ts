/**
 * Every command against hostile or careless use: a closed pipe, empty input,
 * invalid UTF-8, a byte order mark, an output path equal to its input, huge
 * input, and ids that try to forge lines or colour the terminal.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { argmapCli, CLI, ROOT, UKRAINE_JSON } from "./spawn.js";

const dir = mkdtempSync(join(tmpdir(), "argmap-cli-reliability-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ukraine = readFileSync(UKRAINE_JSON);

/** Each command with the arguments that make it read `file` and print to standard output. */
const COMMANDS: readonly (readonly [string, (file: string) => string[]])[] = [
  ["validate", (file) => ["validate", "-q", file]],
  ["stats", (file) => ["stats", file]],
  ["summarize", (file) => ["summarize", file]],
  ["evaluate", (file) => ["evaluate", file]],
  ["render", (file) => ["render", file]],
  ["convert", (file) => ["convert", file, "-", "--to", "json"]],
];

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A map of `n` claims in a support chain: big output from every command. */
function chain(n: number): string {
  const claims = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, text: `Claim number ${i}, with a few more words to print.` }));
  const relations = Array.from({ length: n - 1 }, (_, i) => ({ id: `r${i}`, type: "support", from: [`c${i + 1}`], to: `c${i}` }));
  return JSON.stringify({ format: "argmap", version: 1, title: "chain", thesis: "c0", sources: [], claims, relations });
}

/** Runs the built command with its standard output closed at once (`argmap … | true`). */
function withClosedStdout(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => done({ code, stderr }));
  });
}

describe("a closed standard output ends every command quietly", () => {
  const big = file("chain.json", chain(400));
  const framework = file("big.i23", `p af 100000\n${Array.from({ length: 2000 }, (_, i) => `${2 * i + 1} ${2 * i + 2}`).join("\n")}\n`);
  test.each(COMMANDS)("%s", async (_, args) => {
    const { code, stderr } = await withClosedStdout(args(big));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  test("evaluate on a large framework", async () => {
    expect(await withClosedStdout(["evaluate", framework])).toEqual({ code: 0, stderr: "" });
  });
});

describe("empty input is an error in every command", () => {
  const empty = file("empty.json", "");
  const blank = file("blank.json", " \n\t\n");
  test.each(COMMANDS)("%s", (_, args) => {
    for (const input of [empty, blank]) {
      const { code, stdout, stderr } = argmapCli(args(input));
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^\S+:\$: empty-input /);
    }
    const stdin = argmapCli(args("-"), "");
    expect(stdin.code).toBe(1);
    expect(stdin.stderr).toBe("<stdin>:$: empty-input the input is empty\n");
  });

  test("evaluate refuses an empty framework file", () => {
    const { code, stderr } = argmapCli(["evaluate", file("empty.apx", "")]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/empty-input/);
  });
});

describe("invalid UTF-8 is an error with its byte offset", () => {
  // A valid map with one byte 0xff inside the title.
  const text = ukraine.toString("utf8");
  const at = text.indexOf('"title"') + 10;
  const bytes = Buffer.concat([ukraine.subarray(0, at), Buffer.from([0xff]), ukraine.subarray(at)]);
  const bad = file("bad-utf8.json", bytes);
  test.each(COMMANDS)("%s", (_, args) => {
    const { code, stdout, stderr } = argmapCli(args(bad));
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(`${bad}:$: invalid-utf8 the input is not valid UTF-8: 0xff at byte offset ${at}; save it as UTF-8 first\n`);
    expect(argmapCli(args("-"), bytes).stderr).toMatch(new RegExp(`^<stdin>:\\$: invalid-utf8 .* offset ${at};`));
  });

  test.each([
    ["a truncated sequence", [0x41, 0xe2, 0x82], 1],
    ["an overlong encoding", [0x41, 0x42, 0xc0, 0xaf], 2],
    ["an encoded surrogate", [0xed, 0xa0, 0x80], 0],
    ["a lone continuation byte", [0x20, 0x80], 1],
  ])("refuses %s", (_, raw, offset) => {
    const { code, stderr } = argmapCli(["validate", "-"], Uint8Array.from(raw));
    expect(code).toBe(1);
    expect(stderr).toContain(`byte offset ${offset};`);
  });

  test("--format json reports it as data", () => {
    const { code, stdout } = argmapCli(["stats", "-f", "json", bad]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({ ok: false, issues: [{ code: "invalid-utf8", severity: "error", path: [], message: expect.stringContaining(`offset ${at}`), file: bad }] });
  });
});

describe("a UTF-8 byte order mark is accepted", () => {
  const withBom = file("bom.json", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), ukraine]));
  test.each(COMMANDS)("%s", (_, args) => {
    const plain = argmapCli(args(UKRAINE_JSON));
    const bom = argmapCli(args(withBom));
    expect(bom.stderr).toBe("");
    expect(bom.code).toBe(0);
    expect(bom.stdout.replaceAll(withBom, UKRAINE_JSON)).toBe(plain.stdout);
  });

  test("on standard input too", () => {
    expect(argmapCli(["stats", "-"], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), ukraine])).code).toBe(0);
  });
});

describe("an output path equal to the input is refused, and the input is kept", () => {
  const cases: readonly (readonly [string, (input: string, output: string) => string[]])[] = [
    ["convert", (input, output) => ["convert", input, output, "--to", "json"]],
    ["summarize", (input, output) => ["summarize", input, "--out", output]],
    ["render", (input, output) => ["render", input, "--format", "svg", "--out", output]],
  ];
  test.each(cases)("%s: the same path, a symlink, a hard-linked or relative spelling", (_, args) => {
    const input = file(`self-${_}.json`, ukraine);
    const link = join(dir, `link-${_}.json`);
    symlinkSync(input, link);
    for (const output of [input, link, join(dir, ".", `self-${_}.json`)]) {
      const { code, stdout, stderr } = argmapCli(args(input, output));
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/ is the input .*; refusing to overwrite the input/);
    }
    expect(argmapCli(args(link, input)).code).toBe(2);
    expect(readFileSync(input)).toEqual(ukraine);
  });
});

describe("outputs are written atomically", () => {
  test("a failed write leaves no file and prints no warnings (convert to an unwritable path)", () => {
    const { code, stdout, stderr } = argmapCli(["convert", UKRAINE_JSON, join(dir, "no", "such", "dir", "x.aif.json")]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^argmap convert: cannot write .*x\.aif\.json: no such directory\n$/);
  });

  test("a target that cannot be replaced leaves the directory as it was", () => {
    const target = join(dir, "occupied");
    mkdirSync(join(target, "x.json"), { recursive: true });
    const before = readdirSync(target).sort();
    const { code, stderr } = argmapCli(["convert", UKRAINE_JSON, join(target, "x.json")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot write .*x\.json: /);
    expect(readdirSync(target).sort()).toEqual(before);
  });

  test("a written file is complete and no temporary file is left", () => {
    const target = join(dir, "written");
    mkdirSync(target);
    expect(argmapCli(["convert", UKRAINE_JSON, join(target, "map.json")]).code).toBe(0);
    expect(argmapCli(["summarize", UKRAINE_JSON, "-o", join(target, "map.md")]).code).toBe(0);
    expect(readdirSync(target).sort()).toEqual(["map.json", "map.md"]);
    expect(JSON.parse(readFileSync(join(target, "map.json"), "utf8"))).toEqual(JSON.parse(ukraine.toString("utf8")));
  });

  test("writing through a symlink replaces the file it points to, not the link", () => {
    const real = file("real-target.md", "old");
    const link = join(dir, "link-target.md");
    symlinkSync(real, link);
    expect(argmapCli(["summarize", UKRAINE_JSON, "-o", link]).code).toBe(0);
    expect(readFileSync(real, "utf8")).toMatch(/^# /);
    expect(existsSync(link)).toBe(true);
  });
});

describe("input size is bounded", () => {
  test.each(COMMANDS)("%s refuses /dev/zero with input-too-large", (_, args) => {
    const { code, stderr } = argmapCli([...args("/dev/zero"), "--max-input", "1"]);
    expect(code).toBe(1);
    expect(stderr).toBe("/dev/zero:$: input-too-large the input is larger than 1 MiB; raise the bound with --max-input MIB (at most 511)\n");
  });

  test("standard input and regular files too; --max-input raises the bound", () => {
    const big = file("big.json", chain(20_000));
    expect(argmapCli(["stats", big, "--max-input", "1"]).stderr).toMatch(/input-too-large/);
    expect(argmapCli(["stats", "-", "--max-input", "1"], readFileSync(big)).stderr).toMatch(/^<stdin>:\$: input-too-large/);
    expect(argmapCli(["stats", big, "--max-input", "4"]).code).toBe(0);
  });

  test.each(["0", "-1", "512", "x"])("--max-input %s is refused with exit 2", (value) => {
    const { code, stderr } = argmapCli(["stats", UKRAINE_JSON, `--max-input=${value}`]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^argmap stats: --max-input /);
  });
});

describe("ids and text from the input are printed escaped and cut", () => {
  const forged = "zz\nfake.json:1: error forged-line \u001b[31mred\u001b[0m";
  const doc = (target: string) =>
    JSON.stringify({ format: "argmap", version: 1, title: "t", sources: [], claims: [{ id: "a", text: "A" }], relations: [{ id: "r", type: "support", from: ["a"], to: target }] });

  test("a newline or ANSI escape in an id cannot forge a line or colour the terminal", () => {
    const { code, stderr } = argmapCli(["validate", "-"], doc(forged));
    expect(code).toBe(1);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).not.toContain("\u001b");
    expect(stderr).toContain('zz\\nfake.json:1: error forged-line \\u001b[31mred\\u001b[0m');
  });

  test("a very long id is cut", () => {
    const { stderr } = argmapCli(["validate", "-"], doc("x".repeat(100_000)));
    expect(stderr.length).toBeLessThan(400);
    // The message quotes the id already cut (quoteId: 79 characters and "…").
    expect(stderr).toContain(`"${"x".repeat(79)}…"`);
    expect(stderr).not.toContain("x".repeat(81));
  });

  test("a file name with control characters is escaped", () => {
    const { code, stderr } = argmapCli(["stats", "no\nsuch\u001b.json"]);
    expect(code).toBe(2);
    expect(stderr).toBe("argmap stats: cannot read no\\nsuch\\u001b.json: no such file\n");
  });

  test("evaluate and stats escape ids, titles and claim text in their listings", () => {
    const map = JSON.stringify({ format: "argmap", version: 1, title: "T\u001b[2J", sources: [], claims: [{ id: "a\nb", text: "A\u001b]0;x\u0007" }], relations: [] });
    for (const command of ["evaluate", "stats"]) {
      const { code, stdout } = argmapCli([command, "-"], map);
      expect(code).toBe(0);
      expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    }
  });
});

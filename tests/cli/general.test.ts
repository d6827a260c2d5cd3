import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { argmapCli, UKRAINE_JSON } from "./spawn.js";

const COMMANDS = ["validate", "stats", "summarize"];

describe("argmap", () => {
  test("lists its commands with --help and exits 0", () => {
    const { code, stdout, stderr } = argmapCli(["--help"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^Usage: argmap <command> \[options\]/);
    for (const name of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
  });

  test("prints the usage and exits 2 without a command", () => {
    const { code, stdout } = argmapCli([]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^Usage: argmap/);
  });

  test("prints its version", () => {
    const { code, stdout } = argmapCli(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  test("rejects an unknown command with one line and exit 2", () => {
    const { code, stdout, stderr } = argmapCli(["frobnicate"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toContain('unknown command "frobnicate"');
  });

  // Every command, including those other modules add, answers --help.
  const listed = argmapCli(["--help"]).stdout.match(/^ {2}(\S+) {2,}/gm)?.map((line) => line.trim()) ?? [];
  test.each(listed)("%s --help explains the command and exits 0", (name) => {
    const { code, stdout, stderr } = argmapCli([name, "--help"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(new RegExp(`^Usage: argmap ${name}\\b`));
    expect(stdout).toContain("-h, --help");
    expect(argmapCli([name, "-h"]).stdout).toBe(stdout);
  });

  test.each(COMMANDS)("%s rejects an unknown option with one line and exit 2", (name) => {
    const { code, stdout, stderr } = argmapCli([name, UKRAINE_JSON, "--no-such-option"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(new RegExp(`^argmap ${name}: .*--no-such-option`));
  });

  test.each(COMMANDS)("%s reports a missing file with one line and exit 2", (name) => {
    const { code, stdout, stderr } = argmapCli([name, "no/such/file.json"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`argmap ${name}: cannot read no/such/file.json: no such file\n`);
  });

  test.each(COMMANDS)("%s reports a directory with exit 2", (name) => {
    const { code, stderr } = argmapCli([name, "examples"]);
    expect(code).toBe(2);
    expect(stderr).toBe(`argmap ${name}: cannot read examples: is a directory\n`);
  });

  test.each(COMMANDS.filter((name) => name !== "validate"))("%s wants exactly one file", (name) => {
    expect(argmapCli([name]).code).toBe(2);
    const { code, stderr } = argmapCli([name, UKRAINE_JSON, UKRAINE_JSON]);
    expect(code).toBe(2);
    expect(stderr).toBe(`argmap ${name}: usage: argmap ${name} FILE\n`);
  });

  test.each(COMMANDS)("%s prints invalid input as file:path: code message and exits 1", (name) => {
    const doc = { format: "argmap", version: 1, title: "t", sources: [], claims: [{ id: "a", text: "A" }], relations: [{ id: "r", type: "support", from: ["a"], to: "zz" }] };
    const { code, stdout, stderr } = argmapCli([name, "-"], JSON.stringify(doc));
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^<stdin>:relations\[0\]\.to: dangling-target \S/);
    const bad = argmapCli([name, "-"], "{ not json");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^<stdin>:1:3: invalid-json /);
  });

  test.each(COMMANDS)("%s reads standard input for -", (name) => {
    const fromFile = argmapCli([name, UKRAINE_JSON]);
    const fromStdin = argmapCli([name, "-"], readFileSync(UKRAINE_JSON, "utf8"));
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout.replaceAll("<stdin>", UKRAINE_JSON)).toBe(fromFile.stdout);
  });
});

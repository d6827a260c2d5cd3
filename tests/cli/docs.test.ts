/** docs/limits.md stays true: every code the command line reports is documented, with its exit code. */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { CliIssueCode } from "../../src/cli/command.js";
import { argmapCli } from "./spawn.js";

const limits = readFileSync(new URL("../../docs/limits.md", import.meta.url), "utf8");
const validation = readFileSync(new URL("../../docs/validation.md", import.meta.url), "utf8");

// A Record over the union: the compiler insists on every code.
const EXIT: Record<CliIssueCode | "format-mismatch" | "missing-peer", 1 | 2> = {
  "empty-input": 1,
  "invalid-utf8": 1,
  "input-too-large": 1,
  "unknown-format": 1,
  "format-mismatch": 1,
  "invalid-option": 2,
  usage: 2,
  "unreadable-input": 2,
  "unwritable-output": 2,
  "same-file": 2,
  "missing-peer": 2,
};

describe("docs/limits.md", () => {
  test.each(Object.entries(EXIT))("documents %s with exit %i", (code, exit) => {
    expect(limits).toMatch(new RegExp(`^\\| \`${code}\` \\| ${exit} \\| `, "m"));
  });

  test("docs/validation.md points to every command-line code", () => {
    for (const code of Object.keys(EXIT)) expect(validation).toContain(`\`${code}\``);
    expect(validation).toContain("(limits.md)");
  });

  test("its JSON error sample has the shape the command line prints", () => {
    const sample = JSON.parse(/```json\n([\s\S]*?)```/.exec(limits)![1]!) as unknown;
    const doc = { format: "argmap", version: 1, title: "t", sources: [], claims: [{ id: "a", text: "A" }], relations: [{ id: "r", type: "support", from: ["a"], to: "zz" }] };
    const printed = JSON.parse(argmapCli(["validate", "-f", "json", "-"], JSON.stringify(doc)).stdout) as { issues: { file: string }[] };
    expect({ ...printed, issues: printed.issues.map((i) => ({ ...i, file: "map.argmap.json" })) }).toEqual(sample);
  });

  test("the exit code table matches --help", () => {
    const help = argmapCli(["--help"]).stdout;
    expect(help).toContain("Exit codes: 0 success; 1 invalid input");
    expect(limits).toMatch(/^\| 0 \| Success\./m);
  });
});

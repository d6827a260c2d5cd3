/**
 * The command line on every Argdown document of the fixtures (the Argdown
 * project's syntax examples, @argdown/core's test documents, the example
 * debates, argmap's own): `convert`, `validate` and `summarize` exit 0, or 1
 * with a message that names the file and an issue code, and never end in an
 * internal error (exit 70).
 */
import { readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { runInProcess } from "../cli/spawn.js";
import { tempFiles } from "../cli/temp-files.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "formats");
const files = ["argdown", "argdown/syntax", "argdown/core-tests", "real"].flatMap((dir) =>
  readdirSync(join(fixtures, dir))
    .filter((f) => f.endsWith(".argdown"))
    .sort()
    // Relative paths: the command line shortens long names in its messages.
    .map((f) => relative(process.cwd(), join(fixtures, dir, f))),
);
const { dir } = tempFiles("argmap-argdown-cli-");

describe("argmap on every Argdown fixture: exit 0 or 1 with a clear message, never 70", () => {
  test("there are the Argdown fixtures", () => {
    expect(files.length).toBeGreaterThanOrEqual(101);
  });

  for (const file of files) {
    const name = relative(fixtures, file).split("\\").join("/");
    test(name, async () => {
      const out = join(dir, `${name.replace(/[/\\]/g, "_")}.json`);
      const runs = {
        convert: await runInProcess(["convert", file, out]),
        validate: await runInProcess(["validate", file]),
        summarize: await runInProcess(["summarize", file]),
      };
      for (const [command, result] of Object.entries(runs)) {
        expect([0, 1], `${command}: ${result.err}`).toContain(result.code);
        if (result.code === 1) {
          // file:line:column: code message (or file:path: code message)
          expect(result.err, command).toMatch(new RegExp(`${name.split("/").pop()!.replace(/[.]/g, "\\.")}:[^\\n]*: [a-z-]+ \\S`));
          expect(result.err, command).not.toMatch(/internal error|\n\s+at /);
        }
      }
      // The three commands agree on whether the document reads.
      expect(new Set(Object.values(runs).map((r) => r.code)).size, JSON.stringify(Object.fromEntries(Object.entries(runs).map(([k, r]) => [k, r.code])))).toBe(1);
    });
  }
});

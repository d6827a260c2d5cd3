/**
 * docs/cli.md, the command line reference, is made from every registered
 * command's --help (src/cli/help.ts, written by scripts/cli-reference.ts):
 * it must match both the source and what the built command prints.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { commands } from "../../src/cli/commands/index.js";
import { cliReference } from "../../src/cli/help.js";
import { argmapCli, ROOT } from "./spawn.js";

const page = readFileSync(join(ROOT, "docs", "cli.md"), "utf8");

describe("docs/cli.md", () => {
  test("is up to date: run `npx tsx scripts/cli-reference.ts` after changing a command", () => {
    expect(page).toBe(cliReference());
  });

  test("has a section for every registered command, in the order of argmap --help", () => {
    const sections = [...page.matchAll(/^## argmap (\S+)$/gm)].map((m) => m[1]);
    expect(sections).toEqual(commands.map((c) => c.name));
  });

  test.each(["--help", ...commands.map((c) => c.name)])("holds what `argmap %s --help` prints", (name) => {
    const { code, stdout } = argmapCli(name === "--help" ? ["--help"] : [name, "--help"]);
    expect(code).toBe(0);
    expect(page).toContain(`\`\`\`text\n${stdout}\`\`\``);
  });
});

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const readme = readFileSync(join(root, "README.md"), "utf8");

/** The first fenced block of a language after a heading. */
function blockAfter(heading: string, lang: string): string {
  const start = readme.indexOf(heading);
  if (start < 0) throw new Error(`README has no "${heading}"`);
  const fence = readme.indexOf("```" + lang + "\n", start);
  if (fence < 0) throw new Error(`README has no ${lang} block after "${heading}"`);
  const body = fence + lang.length + 4;
  return readme.slice(body, readme.indexOf("```", body));
}

describe("README", () => {
  it("runs the code example and prints the output it shows", () => {
    const code = blockAfter("## Use it in code", "ts").replace(/from "argmap"/g, `from ${JSON.stringify(join(root, "src", "index.ts"))}`);
    const expected = blockAfter("Output:", "text");
    const file = join(mkdtempSync(join(tmpdir(), "argmap-readme-")), "example.ts");
    writeFileSync(file, code);
    const output = execFileSync(process.execPath, ["--import", "tsx", file], { cwd: root, encoding: "utf8" });
    expect(output).toBe(expected);
  });

  it("gives the two commands of the quick start", () => {
    const quick = blockAfter("## Quick start", "sh");
    expect(quick).toContain("npm install && npm run demo");
    expect(quick).toContain("npm install && npm test");
  });
});

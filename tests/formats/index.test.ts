import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const src = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "src");

/** Files reachable from an entry through relative imports. */
function reachable(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    const text = readFileSync(file, "utf8");
    seen.set(file, text);
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/g)) stack.push(join(dirname(file), match[1]!.replace(/\.js$/, ".ts")));
  }
  return seen;
}

describe("argmap/formats and argmap/argdown", () => {
  test("argmap/formats exports exactly these names", async () => {
    expect(Object.keys(await import("../../src/formats/index.js")).sort()).toEqual([
      "fromAif",
      "fromArggraph",
      "fromKialo",
      "fromOva",
      "fromSadface",
      "sniffFormat",
      "toAif",
      "toArgdown",
      "toDot",
      "toGraphml",
      "toKialo",
      "toMermaid",
      "toOva",
      "toSadface",
      "toXaif",
    ]);
  });

  test("argmap/argdown exports exactly these names", async () => {
    expect(Object.keys(await import("../../src/formats/argdown/index.js")).sort()).toEqual(["fromArgdown", "fromArgdownResponse", "toArgdown"]);
  });

  test("argmap/formats never loads @argdown/core; argmap/argdown loads it only on demand", () => {
    const formats = reachable(join(src, "formats", "index.ts"));
    const loads = /(?:\bfrom|\bimport)\s*\(?\s*"@argdown\/core"/;
    for (const [file, text] of formats) expect(loads.test(text), file).toBe(false);
    // saxes, the optional peer of fromArggraph, is only loaded through a dynamic import.
    const staticXml = [...formats.values()].flatMap((text) => [...text.matchAll(/^\s*import\b[^;]*"saxes"/gm)]);
    expect(staticXml).toEqual([]);
    const argdown = reachable(join(src, "formats", "argdown", "index.ts"));
    const uses = [...argdown.values()].flatMap((text) => [...text.matchAll(/^\s*import\b[^;]*"@argdown\/core"/gm)]);
    expect(uses).toEqual([]);
  });
});

/** The helpers of scripts/check-package.ts that turn docs samples into modules. */
import { describe, expect, test } from "vitest";
import ts from "typescript";
import { collectSamples, MAIN, sampleModule } from "../../scripts/check-package.js";

describe("check-package samples", () => {
  test("collects the README and docs blocks that import from argmap", () => {
    const { samples } = collectSamples();
    expect(samples.length).toBeGreaterThan(5);
    for (const sample of samples) expect(sample.code).toMatch(/from\s+["']argmap/);
    expect(samples.some((s) => s.file === "README.md")).toBe(true);
  });

  test("wraps the body in an async function and keeps line numbers", () => {
    const code = 'import { argmap } from "argmap";\n\nconst map = argmap("T").build();\nawait Promise.resolve(map);';
    const out = sampleModule({ file: "docs/x.md", line: 10, code });
    expect(out.split("\n").slice(0, 4)).toEqual([
      'import { argmap } from "argmap"; export async function sample(): Promise<void> {',
      "",
      'const map = argmap("T").build();',
      "await Promise.resolve(map);",
    ]);
    expect(out).toContain("// docs/x.md:10");
  });

  test("the main-API program it compiles in each project is valid TypeScript", () => {
    const { diagnostics } = ts.transpileModule(MAIN, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } });
    expect(diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
    expect(MAIN).toContain('"empty-text"');
  });
});

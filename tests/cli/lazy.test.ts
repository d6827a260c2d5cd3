/**
 * The command line loads only what the invoked command needs: `argmap
 * --version`, `--help` and option parsing reach no command implementation,
 * no reader, no zod and no graphology. Checked on the sources (no build
 * needed) by following every import that is loaded at run time from
 * src/cli/main.ts (`import type` and dynamic `import()` are not followed),
 * and on the built dist/cli.js by recording the modules Node loads.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { commands } from "../../src/cli/commands/index.js";
import { SUMMARY_HELP } from "../../src/cli/commands/summarize.js";
import { SUMMARY_ROLES } from "../../src/summarize/summarize.js";
import { SUMMARY_LANGUAGES } from "../../src/summarize/languages/index.js";
import { CLI, ROOT, UKRAINE_JSON } from "./spawn.js";

/** Modules outside src/cli/ that the command table may load: leaves without imports of their own. */
const SHARED_LEAVES = ["src/errors.ts", "src/evaluate/semantics.ts"];

/** The specifiers a module imports when it is loaded: static imports and re-exports that are not type-only. */
function loadedSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly === true) continue;
      const named = clause?.namedBindings;
      // `import { type A, type B } from` is erased; anything else is loaded.
      const onlyTypes = clause !== undefined && clause.name === undefined && named !== undefined && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier !== undefined && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

/** Every source file and package loaded at run time from `entry`, following static imports only. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of loadedSpecifiers(file)) {
      if (!specifier.startsWith(".")) {
        packages.add(specifier);
        continue;
      }
      const target = resolve(dirname(file), specifier.replace(/\.js$/, ".ts"));
      if (!existsSync(target)) throw new Error(`${relative(ROOT, file)}: cannot resolve ${specifier}`);
      visit(target);
    }
  };
  visit(entry);
  return { files, packages };
}

describe("the command line loads commands lazily", () => {
  const { files, packages } = staticGraph(join(ROOT, "src", "cli", "main.ts"));
  const loaded = [...files].map((file) => relative(ROOT, file).split("\\").join("/")).sort();

  it("starts on the command table alone: no implementation, reader or library module", () => {
    const outside = loaded.filter((file) => !(file.startsWith("src/cli/") && !file.startsWith("src/cli/actions/")) && !SHARED_LEAVES.includes(file));
    expect(outside).toEqual([]);
    for (const command of commands) expect(loaded).toContain(`src/cli/commands/${command.name}.ts`);
    expect(loaded).not.toContain("src/cli/io.ts");
  });

  it("loads no package but Node's own (zod and graphology come with the command that needs them)", () => {
    expect([...packages].filter((name) => !name.startsWith("node:"))).toEqual([]);
  });

  it("the shared leaves import nothing, so that they cannot pull anything in", () => {
    for (const leaf of SHARED_LEAVES) expect(loadedSpecifiers(join(ROOT, leaf))).toEqual([]);
  });

  it("follows the imports it should: a command implementation imported statically would be found", () => {
    const run = staticGraph(join(ROOT, "src", "cli", "actions", "validate.ts"));
    const reached = [...run.files].map((file) => relative(ROOT, file).split("\\").join("/"));
    expect(reached).toContain("src/cli/io.ts");
    expect(reached).toContain("src/validate/parse.ts");
    expect(run.packages).toContain("zod/v4");
  });

  it("each command imports its implementation when it runs", async () => {
    for (const command of commands) {
      const module = await command.load();
      expect(typeof module.run, command.name).toBe("function");
    }
  });

  it("summarize --help lists the roles and languages the summarizer has", () => {
    expect([...SUMMARY_HELP.roles]).toEqual([...SUMMARY_ROLES]);
    expect([...SUMMARY_HELP.languages].sort()).toEqual([...SUMMARY_LANGUAGES].sort());
  });
});

/** The files of dist/ that `node dist/cli.js ...args` loads, by name, with their sizes. */
function builtLoads(args: readonly string[]): Map<string, number> {
  const directory = mkdtempSync(join(tmpdir(), "argmap-loads-"));
  const record = join(directory, "loads.txt");
  try {
    const result = spawnSync(process.execPath, ["--import", join(ROOT, "tests", "cli", "record-loads.mjs"), CLI, ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, ARGMAP_TEST_RECORD: record },
    });
    expect(result.status, result.stderr).toBe(0);
    const loads = new Map<string, number>();
    for (const url of readFileSync(record, "utf8").split("\n")) {
      if (!url.startsWith("file:")) continue;
      const file = fileURLToPath(url);
      if (!file.startsWith(join(ROOT, "dist"))) throw new Error(`the command loaded ${file}, outside dist/`);
      loads.set(relative(join(ROOT, "dist"), file).split("\\").join("/"), statSync(file).size);
    }
    return loads;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Whether a built file holds zod (inlined into the command line's build). */
const holdsZod = (name: string): boolean => readFileSync(join(ROOT, "dist", name), "utf8").includes("__zod_globalConfig");

describe("the built command line loads commands lazily", () => {
  it("--version loads the command table only: a few small files, no zod", () => {
    const loads = builtLoads(["--version"]);
    expect(loads.has("cli.js")).toBe(true);
    expect([...loads.keys()].filter(holdsZod)).toEqual([]);
    const total = [...loads.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(64 * 1024);
  });

  it("validate loads its own implementation and zod, and no other command's", () => {
    const loads = builtLoads(["validate", UKRAINE_JSON]);
    const chunks = [...loads.keys()].map((name) => basename(name).replace(/-[A-Z0-9]+\.js$/, ""));
    expect(chunks).toContain("validate");
    expect([...loads.keys()].some(holdsZod)).toBe(true);
    const others = commands.map((c) => c.name).filter((name) => name !== "validate");
    expect(chunks.filter((chunk) => others.includes(chunk) || ["html", "svg", "evaluate-map", "from-argdown"].includes(chunk))).toEqual([]);
  });
});

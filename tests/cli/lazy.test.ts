/**
 * The command line loads only what the invoked command needs: `argmap
 * --version`, `--help` and option parsing reach no command implementation,
 * no reader, no zod and no graphology. Checked on the sources (no build
 * needed) by following every import that is loaded at run time from
 * src/cli/main.ts (`import type` and dynamic `import()` are not followed),
 * and on the built command line (dist/cli.cjs running the bundle
 * dist/cli/argmap.cjs) by recording what it evaluated.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
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

/** What `node dist/cli.cjs ...args` set up: the files of dist/ it ran as code, with their sizes, and whether zod was evaluated. */
function builtLoads(args: readonly string[]): { files: Map<string, number>; zod: boolean } {
  const directory = mkdtempSync(join(tmpdir(), "argmap-loads-"));
  const record = join(directory, "loads.txt");
  try {
    const result = spawnSync(process.execPath, ["--import", join(ROOT, "tests", "cli", "record-loads.mjs"), CLI, ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, ARGMAP_TEST_RECORD: record },
    });
    expect(result.status, result.stderr).toBe(0);
    const files = new Map<string, number>();
    let zod: boolean | undefined;
    for (const line of readFileSync(record, "utf8").split("\n")) {
      if (line === "") continue;
      const entry = JSON.parse(line) as { module?: string; cjs?: string[]; zod?: boolean };
      const paths = [...(entry.module?.startsWith("file:") === true ? [fileURLToPath(entry.module)] : []), ...(entry.cjs ?? [])];
      for (const file of paths) {
        if (!file.startsWith(join(ROOT, "dist"))) throw new Error(`the command loaded ${file}, outside dist/`);
        files.set(relative(join(ROOT, "dist"), file).split("\\").join("/"), statSync(file).size);
      }
      if (entry.zod !== undefined) zod = entry.zod;
    }
    if (zod === undefined) throw new Error("the exit record is missing");
    return { files, zod };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

describe("the built command line evaluates commands lazily", () => {
  it("is the bin and one bundle, and nothing else from dist/", () => {
    const { files } = builtLoads(["validate", UKRAINE_JSON]);
    expect([...files.keys()].sort()).toEqual(["cli.cjs", "cli/argmap.cjs"]);
    expect(files.get("cli.cjs")).toBeLessThan(16 * 1024);
  });

  it("--version and --help evaluate no command: zod is not set up", () => {
    expect(builtLoads(["--version"]).zod).toBe(false);
    expect(builtLoads(["--help"]).zod).toBe(false);
    expect(builtLoads(["render", "--help"]).zod).toBe(false);
  });

  it("the bundle's only import()s are of the optional peers: everything else is bundled", () => {
    const file = join(ROOT, "dist", "cli", "argmap.cjs");
    const code = readFileSync(file, "utf8");
    const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
    const imports: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const argument = node.arguments[0];
        imports.push(argument !== undefined && ts.isStringLiteral(argument) ? argument.text : "?");
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(imports.sort()).toEqual(["@argdown/core", "@dagrejs/dagre", "@resvg/resvg-js", "@viz-js/viz", "elkjs/lib/elk.bundled.js", "saxes"]);
  });

  it("validate sets up zod when it runs", () => {
    expect(builtLoads(["validate", UKRAINE_JSON]).zod).toBe(true);
  });
});

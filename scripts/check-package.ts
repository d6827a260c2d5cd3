/**
 * Installs the packed tarball the way users meet it and compiles code
 * against it with strict TypeScript.
 *
 * `npm pack` makes the tarball (its `prepack` script builds dist/, so this
 * also checks that a fresh clone packs a complete package: every file the
 * exports map and bin name must be in it); it is installed into two
 * throwaway projects in a temporary directory, one with zod 3.25 (which
 * serves `zod/v4`) and one with zod 4, each with TypeScript, @types/node,
 * tsx, graphology-metrics and the optional peers (one `npm install` per
 * project). In each project:
 *
 * - a file that uses the main API (and composes argmap's zod schemas with the
 *   project's own zod) compiles and runs as node16 ESM (`.mts`) and node16
 *   CommonJS (`.cts`), and compiles with bundler resolution;
 * - the `argmap` command runs (see {@link checkCli});
 * - the shipped examples compile (strict, node16) and run where npm put
 *   them, in node_modules/argmap/examples (see {@link checkExamples});
 * - every ```ts block in README.md and docs/*.md that imports from
 *   "argmap" or "argmap/…" compiles in the same three modes. Its import
 *   declarations stay at the top of the file; the rest of the block goes
 *   into an async function, so that top-level `await` also compiles as
 *   CommonJS. A block that is intentionally partial (it uses names it does
 *   not declare) is skipped when the line before its fence is
 *   `<!-- sample: partial -->`.
 *
 * Usage: `tsx scripts/check-package.ts [--keep]` (`--keep` leaves the
 * temporary directory in place and prints its path). Exits 1 on failure,
 * naming the project, the mode and the file (README.md:LINE for samples).
 */
import { execFileSync, type ExecFileSyncOptions } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const keep = process.argv.includes("--keep");

/** The projects: which zod each installs. */
const PROJECTS = [
  { name: "zod-3.25", zod: "zod@~3.25.76" },
  { name: "zod-4", zod: "zod@^4.0.0" },
] as const;

/** How a file is compiled: its extension, and the compiler options. */
const MODES = {
  esm: { ext: "mts", out: "mjs", options: { module: "node16", moduleResolution: "node16" } },
  cjs: { ext: "cts", out: "cjs", options: { module: "node16", moduleResolution: "node16" } },
  bundler: { ext: "ts", out: "js", options: { module: "esnext", moduleResolution: "bundler" } },
} as const;
type Mode = keyof typeof MODES;

const MARK_PARTIAL = "<!-- sample: partial -->";

/** The main-API program: compiled in every mode, run as ESM and CJS. */
export const MAIN = `import { z } from "zod/v4";
import { argmap, ArgmapError, ArgumentMap, ClaimSchema, FORMAT_VERSION, parseArgumentMap, summarize, toMarkdown, type ArgumentMapDocument, type Claim } from "argmap";
import { evaluateMap } from "argmap/evaluate";
import { toMermaid } from "argmap/formats";
import { ukraineJapan } from "argmap/datasets";

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error("check failed: " + what);
}

const map = argmap("Lunch", { language: "en" })
  .participant("sam", "Sam")
  .thesis("t", "We should get pizza.", { title: "Pizza" })
  .claim("quick", "Pizza is quick.")
  .claim("cheese", "Sam cannot eat cheese.", { by: ["sam"] })
  .support("quick", "t")
  .attack("cheese", "t")
  .build();
const doc: ArgumentMapDocument = map.toJSON();
check(doc.version === FORMAT_VERSION, "a map with 1.1 fields says 1.1");
check(ArgumentMap.fromJSON(JSON.parse(JSON.stringify(doc))).toJSON().claims.length === 3, "round trip");
check(map.reasonsFor("t").length === 1 && map.objectionsTo("t").length === 1, "queries");
check(map.graph.order === 5, "graph");

const bad = parseArgumentMap({ format: "argmap", version: 1, title: "T", sources: [], claims: [{ id: "a", text: "A", stance: 1 }], relations: [] });
check(!bad.ok && bad.issues[0].code === "unknown-key", "issues");
// The blank-text check reads zod's issue for the text's pattern: the same in both zods.
const blank = parseArgumentMap({ format: "argmap", version: 1, title: "T", sources: [], claims: [{ id: "a", text: " \\t " }], relations: [] });
check(!blank.ok && blank.issues[0].code === "empty-text" && blank.issues[0].path.join(".") === "claims.0.text", "empty-text");
try {
  ArgumentMap.fromJSON({});
  check(false, "fromJSON throws");
} catch (error) {
  check(error instanceof ArgmapError, "ArgmapError");
}

// argmap's schemas compose with the project's own zod.
const Wrapped = z.object({ claim: ClaimSchema, score: z.number() });
const parsed = Wrapped.safeParse({ claim: { id: "a", text: "A" }, score: 1 });
check(parsed.success, "composed schema");
const claim: Claim | undefined = parsed.success ? parsed.data.claim : undefined;
check(claim?.id === "a", "inferred type");

const summary = toMarkdown(summarize(ukraineJapan()));
check(summary.length > 100, "summary");
const evaluation = evaluateMap(map, "grounded");
check(evaluation !== undefined, "evaluation");
check(toMermaid(map).value.includes("flowchart"), "mermaid");
console.log("ok");
`;

function run(command: string, args: readonly string[], options: ExecFileSyncOptions = {}): string {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options }) as string;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed in ${String(options.cwd ?? root)}:\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
}

/** A ```ts block that imports from argmap: where it is, and its code. */
interface Sample {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

/** Every ```ts block in README.md and docs/*.md that imports from "argmap…", unless marked partial. */
export function collectSamples(): { samples: Sample[]; partial: Sample[] } {
  const files = ["README.md", ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).sort().map((f) => `docs/${f}`)];
  const samples: Sample[] = [];
  const partial: Sample[] = [];
  for (const file of files) {
    const lines = readFileSync(join(root, file), "utf8").split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]!.trim() !== "```ts") continue;
      const end = lines.findIndex((l, j) => j > i && l.trim() === "```");
      if (end < 0) break;
      const code = lines.slice(i + 1, end).join("\n");
      if (/from\s+["']argmap(\/[\w-]+)?["']/.test(code)) {
        let before = i - 1;
        while (before >= 0 && lines[before]!.trim() === "") before--;
        (before >= 0 && lines[before]!.trim() === MARK_PARTIAL ? partial : samples).push({ file, line: i + 1, code });
      }
      i = end;
    }
  }
  return { samples, partial };
}

/**
 * The sample as a module: its imports, then the rest inside an async
 * function. Lines keep their numbers when the imports come first (the
 * function starts on the line of the last import).
 */
export function sampleModule(sample: Sample): string {
  const source = ts.createSourceFile("sample.ts", sample.code, ts.ScriptTarget.Latest, true);
  const statements = source.statements;
  let split = 0;
  while (split < statements.length && ts.isImportDeclaration(statements[split]!)) split++;
  const open = " export async function sample(): Promise<void> {";
  const close = `\n}\n// ${sample.file}:${sample.line}\n`;
  if (statements.slice(split).some((s) => ts.isImportDeclaration(s))) {
    // Imports further down: hoist them (line numbers shift).
    const imports = statements.filter((s) => ts.isImportDeclaration(s)).map((s) => s.getText(source));
    const rest = statements.filter((s) => !ts.isImportDeclaration(s)).map((s) => s.getFullText(source));
    return `${imports.join("\n")}${open}${rest.join("")}${close}`;
  }
  const cut = split === 0 ? 0 : statements[split - 1]!.getEnd();
  return `${sample.code.slice(0, cut)}${open}${sample.code.slice(cut)}${close}`;
}

function tsconfig(mode: Mode, include: readonly string[], noEmit = false): string {
  return JSON.stringify(
    {
      compilerOptions: {
        target: "es2022",
        ...MODES[mode].options,
        strict: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: false,
        types: ["node"],
        lib: ["es2022"],
        ...(mode === "bundler" || noEmit ? { noEmit: true } : { outDir: `out/${mode}`, rootDir: `src/${mode}` }),
      },
      include,
    },
    null,
    2,
  );
}

/** The package.json fields this script reads. */
interface Manifest {
  readonly version: string;
  readonly devDependencies: Record<string, string>;
  readonly peerDependencies: Record<string, string>;
  readonly exports: Record<string, string | Record<string, Record<string, string>>>;
  readonly bin: Record<string, string>;
}

/** Every file the exports map and bin point at, as paths in the package. */
export function entryFiles(pkg: Pick<Manifest, "exports" | "bin">): string[] {
  const targets: string[] = [...Object.values(pkg.bin)];
  for (const entry of Object.values(pkg.exports)) {
    if (typeof entry === "string") targets.push(entry);
    else for (const condition of Object.values(entry)) targets.push(...Object.values(condition));
  }
  return [...new Set(targets.map((t) => t.replace(/^\.\//, "")))];
}

function main(): void {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Manifest;
  const work = mkdtempSync(join(tmpdir(), "argmap-package-"));
  const failures: string[] = [];
  try {
    // No build first: `prepack` builds, as it does for `npm publish` from a fresh clone.
    const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], { cwd: root })) as Array<{ filename: string; size: number; files: Array<{ path: string }> }>;
    const tarball = join(work, packed[0]!.filename);
    console.log(`packed ${packed[0]!.filename} (${packed[0]!.size} bytes, ${packed[0]!.files.length} files)`);
    const inTarball = new Set(packed[0]!.files.map((f) => f.path));
    const missing = [...entryFiles(pkg), ...EXAMPLES.map((e) => `examples/ukraine-japan/${e}`)].filter((file) => !inTarball.has(file));
    if (missing.length > 0) throw new Error(`the tarball lacks ${missing.join(", ")}: did prepack build dist/?`);
    const { samples, partial } = collectSamples();
    console.log(`${samples.length} docs samples to compile (${partial.length} marked partial)`);
    for (const project of PROJECTS) {
      const dir = join(work, project.name);
      mkdirSync(join(dir, "src"), { recursive: true });
      writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `argmap-check-${project.name}`, private: true, type: "module" }, null, 2));
      const deps = [
        tarball,
        project.zod,
        `typescript@${pkg.devDependencies["typescript"]!}`,
        "@types/node@^20",
        `graphology@${pkg.peerDependencies["graphology"]!}`,
        `elkjs@${pkg.peerDependencies["elkjs"]!}`,
        `@argdown/core@${pkg.devDependencies["@argdown/core"]!}`,
        // What the shipped examples need: tsx runs them, query.ts ranks with graphology-metrics.
        `tsx@${pkg.devDependencies["tsx"]!}`,
        `graphology-metrics@${pkg.devDependencies["graphology-metrics"]!}`,
      ];
      run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", ...deps], { cwd: dir });
      const zodVersion = (JSON.parse(readFileSync(join(dir, "node_modules", "zod", "package.json"), "utf8")) as { version: string }).version;
      console.log(`${project.name}: installed zod ${zodVersion}`);
      try {
        checkCli(dir);
        console.log(`${project.name}: the argmap command runs`);
      } catch (error) {
        failures.push(`${project.name}, argmap command: ${(error as Error).message}`);
      }
      try {
        checkExamples(dir);
        console.log(`${project.name}: the shipped examples compile and run from node_modules/argmap/examples`);
      } catch (error) {
        failures.push(`${project.name}, examples: ${(error as Error).message}`);
      }
      for (const mode of Object.keys(MODES) as Mode[]) {
        const { ext } = MODES[mode];
        mkdirSync(join(dir, "src", mode, "samples"), { recursive: true });
        writeFileSync(join(dir, "src", mode, `main.${ext}`), MAIN);
        samples.forEach((sample, i) => {
          writeFileSync(join(dir, "src", mode, "samples", `sample-${String(i).padStart(2, "0")}.${ext}`), sampleModule(sample));
        });
        // The main program and the samples compile apart, so that a broken
        // sample does not keep the main program from running.
        writeFileSync(join(dir, `tsconfig.${mode}.json`), tsconfig(mode, [`src/${mode}/main.${ext}`]));
        writeFileSync(join(dir, `tsconfig.${mode}-samples.json`), tsconfig(mode, [`src/${mode}/samples/*.${ext}`], true));
        try {
          run(join(dir, "node_modules", ".bin", "tsc"), ["-p", `tsconfig.${mode}.json`], { cwd: dir });
          if (mode !== "bundler") {
            const out = run(process.execPath, [join(dir, "out", mode, `main.${MODES[mode].out}`)], { cwd: dir });
            if (out.trim() !== "ok") throw new Error(out);
          }
          console.log(`${project.name} ${mode}: main program ${mode === "bundler" ? "compiles" : "compiles and runs"}`);
        } catch (error) {
          failures.push(`${project.name} ${mode}, main program: ${(error as Error).message}`);
        }
        try {
          run(join(dir, "node_modules", ".bin", "tsc"), ["-p", `tsconfig.${mode}-samples.json`], { cwd: dir });
          console.log(`${project.name} ${mode}: docs samples compile`);
        } catch (error) {
          failures.push(`${project.name} ${mode}, docs samples: ${explain((error as Error).message, samples)}`);
        }
      }
    }
  } finally {
    if (keep) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    console.error(`\n${failures.length} failure(s):\n\n${failures.join("\n\n")}`);
    process.exit(1);
  }
  console.log("the packed package installs and compiles with zod 3.25 and zod 4");
}

/**
 * Runs the installed `argmap` command (its own zod and graphology are
 * bundled; the project's zod does not matter): `--version`, `validate`,
 * `summarize` and `render` (with elkjs, the layout peer installed here) on
 * the shipped example, and `convert` to Argdown (with @argdown/core).
 */
function checkCli(dir: string): void {
  const bin = join(dir, "node_modules", ".bin", "argmap");
  const example = join(dir, "node_modules", "argmap", "examples", "ukraine-japan", "ukraine-japan.argmap.json");
  const cli = (...args: string[]): string => run(bin, args, { cwd: dir });
  const expect = (what: string, ok: boolean, output: string): void => {
    if (!ok) throw new Error(`${what}: unexpected output:\n${output.slice(0, 500)}`);
  };
  const version = cli("--version");
  expect("argmap --version", version.trim() === (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Manifest).version, version);
  // validate's report is on standard error in text; as JSON it is the command's output.
  const validated = cli("validate", "--format", "json", example);
  expect("argmap validate", (JSON.parse(validated) as { ok?: unknown }).ok === true, validated);
  const summary = cli("summarize", example, "--format", "text");
  expect("argmap summarize", summary.length > 200, summary);
  const svg = cli("render", example, "--engine", "elk");
  expect("argmap render --engine elk", svg.startsWith("<svg") && svg.trimEnd().endsWith("</svg>"), svg);
  const argdown = cli("convert", example, "-", "--to", "argdown");
  expect("argmap convert --to argdown", argdown.includes("["), argdown);
}

/** The example scripts the package ships, in examples/ukraine-japan/. */
const EXAMPLES = ["build.ts", "query.ts", "summarize.ts"] as const;

/**
 * Compiles the shipped examples where npm installed them (strict, node16,
 * as ESM) against the installed argmap, and runs each with tsx: build.ts
 * prints the shipped JSON exactly, summarize.ts and query.ts print what
 * they promise.
 */
function checkExamples(dir: string): void {
  const folder = join(dir, "node_modules", "argmap", "examples", "ukraine-japan");
  const files = EXAMPLES.map((name) => join(folder, name));
  const config = JSON.parse(tsconfig("esm", [], true)) as { compilerOptions: Record<string, unknown> };
  writeFileSync(join(dir, "tsconfig.examples.json"), JSON.stringify({ compilerOptions: config.compilerOptions, files }, null, 2));
  run(join(dir, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.examples.json"], { cwd: dir });
  const script = (name: (typeof EXAMPLES)[number], ...args: string[]): string => run(process.execPath, ["--import", "tsx", join(folder, name), ...args], { cwd: dir });
  const expect = (what: string, ok: boolean, output: string): void => {
    if (!ok) throw new Error(`${what}: unexpected output:\n${output.slice(0, 500)}`);
  };
  const built = script("build.ts");
  expect("build.ts", built === readFileSync(join(folder, "ukraine-japan.argmap.json"), "utf8"), built);
  const summary = script("summarize.ts", "--depth", "1");
  expect("summarize.ts", summary.startsWith("The article argues that") && summary.includes("left out: 5."), summary);
  const query = script("query.ts");
  expect("query.ts", query.startsWith("Reasons for the thesis:") && query.includes("Objections without a reply: none") && query.includes("Most central claims"), query);
}

/** Points compiler errors in sample files at the Markdown line they come from. */
function explain(output: string, samples: readonly Sample[]): string {
  return output.replace(/src\/\w+\/samples\/sample-(\d+)\.[cm]?ts\((\d+),(\d+)\)/g, (_, n: string, line: string) => {
    const sample = samples[Number(n)];
    return sample === undefined ? _ : `${sample.file}:${sample.line + Number(line)}`;
  });
}

if (relative(process.argv[1] ?? "", fileURLToPath(import.meta.url)) === "") main();

/**
 * bench/cli-start: how long the built command line takes as a fresh process,
 * against bare Node (`node -e 0`) spawned the same way in the same run. Runs
 * `argmap --version`, `argmap validate` of the shipped 16-claim example and
 * of a generated 500-claim map (bench/render's `generate(500, 7)`, the map of
 * the render goals), each spawned `ROUNDS` times (default 30) interleaved
 * with the baseline after two warm-up rounds, with the compile cache (Node's
 * own on Node 22.1 and later, filled by the warm-up; none on Node 20) and
 * without it. Prints medians and minimums.
 * Run `npm run build` first: it times dist/cli.cjs. `CLI_BEFORE=path/to/cli.js`
 * also times another build's command line in the same run (for before/after
 * comparisons: a copy of an older dist/ inside the repository, so that it
 * finds node_modules).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { median, report } from "../harness.js";
import { generate } from "../render/generate.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const cli = join(root, "dist", "cli.cjs");
if (!existsSync(cli)) {
  console.log("bench/cli-start skipped: it times dist/cli.cjs; run `npm run build` first");
  process.exit(0);
}
const rounds = Number(process.env.ROUNDS ?? 30);
const warmup = 2;
const example = join(root, "examples", "ukraine-japan", "ukraine-japan.argmap.json");
const directory = mkdtempSync(join(tmpdir(), "argmap-cli-start-"));
const large = join(directory, "m500.argmap.json");
writeFileSync(large, `${JSON.stringify(generate(500, 7).toJSON(), null, 2)}\n`);

// Node's compile cache (Node 22.1 and later; src/cli/compile-cache.ts): in a TMPDIR of this run's, filled by the warm-up
// rounds. A build from before it (CLI_BEFORE) kept its own cache in the same TMPDIR.
mkdirSync(join(directory, "tmp"));
const cached = { TMPDIR: join(directory, "tmp") };
const off = { NODE_DISABLE_COMPILE_CACHE: "1", ARGMAP_NO_COMPILE_CACHE: "1" };
const runs: { readonly name: string; readonly args: readonly string[]; readonly env?: Readonly<Record<string, string>> }[] = [
  { name: "node -e 0", args: ["-e", "0"] },
  { name: "argmap --version", args: [cli, "--version"], env: cached },
  { name: "argmap validate (16 claims)", args: [cli, "validate", example], env: cached },
  { name: "argmap validate (500 claims)", args: [cli, "validate", large], env: cached },
  { name: "compile cache off: argmap --version", args: [cli, "--version"], env: off },
  { name: "compile cache off: argmap validate (500 claims)", args: [cli, "validate", large], env: off },
];
const before = process.env.CLI_BEFORE;
if (before !== undefined && before !== "") {
  runs.push(
    { name: "before: argmap --version", args: [before, "--version"], env: cached },
    { name: "before: argmap validate (16 claims)", args: [before, "validate", example], env: cached },
    { name: "before: argmap validate (500 claims)", args: [before, "validate", large], env: cached },
    { name: "before, compile cache off: argmap validate (500 claims)", args: [before, "validate", large], env: off },
  );
}

const samples = new Map<string, number[]>(runs.map((run) => [run.name, []]));
try {
  for (let round = 0; round < warmup + rounds; round++) {
    for (const run of runs) {
      const start = performance.now();
      const result = spawnSync(process.execPath, run.args, { cwd: root, encoding: "utf8", env: { ...process.env, ...run.env } });
      const elapsed = performance.now() - start;
      if (result.status !== 0) throw new Error(`${run.name} exited ${String(result.status)}: ${result.stderr}`);
      if (round >= warmup) samples.get(run.name)!.push(elapsed);
    }
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}

report(`cli start, fresh processes (median of ${rounds})`, new Map([...samples].map(([name, list]) => [name, median(list)])), "node -e 0");
console.log("\n| task | min ms |\n| --- | ---: |");
for (const [name, list] of samples) console.log(`| ${name} | ${Math.min(...list).toFixed(1)} |`);

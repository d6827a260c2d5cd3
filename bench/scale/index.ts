/**
 * bench/scale (opt-in: `npm run bench -- scale`): a map of 1,000,000 claims
 * and 1,500,000 relations (bench/load's generator, 207 MB of JSON), each
 * measurement in a fresh process of the built package:
 *
 * - reading plus grounded evaluation as a program does it,
 *   `evaluateMap(loadArgumentMap(JSON.parse(readFileSync(file))), "grounded")`:
 *   the process's peak resident memory (goal ≤ 1.5 GiB) and grounded's time
 *   against the load's in the same process (goal ≤ 2x); bare `JSON.parse` of
 *   the file in a process of its own for scale;
 * - the command line: `argmap evaluate FILE` (output to /dev/null) against
 *   `argmap validate FILE` (goal ≤ 1.5x), with their peak memory.
 *
 * Medians of SCALE_ROUNDS (default 3) interleaved rounds. SCALE_CLAIMS and
 * SCALE_RELATIONS change the size.
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { ensureBuilt, ROOT } from "../build.js";
import { median } from "../harness.js";
import { generateDocument } from "../load/generate.js";

const claims = Number(process.env.SCALE_CLAIMS ?? 1_000_000);
const relations = Number(process.env.SCALE_RELATIONS ?? 1_500_000);
const rounds = Number(process.env.SCALE_ROUNDS ?? 3);
const here = dirname(fileURLToPath(import.meta.url));
const cli = join(ROOT, "dist", "cli.cjs");

ensureBuilt();
const directory = mkdtempSync(join(tmpdir(), "argmap-bench-scale-"));
const file = join(directory, "map.argmap.json");
{
  const text = JSON.stringify(generateDocument(claims, relations));
  writeFileSync(file, text);
  console.log(`${claims} claims, ${relations} relations, ${(text.length / 1e6).toFixed(1)} MB of JSON; load average ${loadavg().map((x) => x.toFixed(1)).join(", ")}`);
}

interface ChildResult {
  readonly parse?: number;
  readonly load?: number;
  readonly grounded?: number;
  readonly maxRssMiB: number;
}

function child(mode: "parse" | "grounded"): ChildResult {
  const run = spawnSync(process.execPath, [join(here, "child.mjs"), file, mode, ROOT], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`bench/scale child (${mode}) failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ChildResult;
}

/** A command-line run: wall time, and peak memory from /usr/bin/time. Standard output goes to /dev/null. */
function command(args: readonly string[]): { ms: number; maxRssMiB: number } {
  const sink = openSync("/dev/null", "w");
  try {
    const start = performance.now();
    // The generated map has tens of thousands of isolated claims, so validate
    // writes about 9 MB of warnings to standard error: beyond spawnSync's
    // default 1 MB buffer, which would stop the command.
    const run = spawnSync("/usr/bin/time", ["-f", "@rss %M", process.execPath, cli, ...args], { stdio: ["ignore", sink, "pipe"], encoding: "utf8", maxBuffer: 1 << 28 });
    const ms = performance.now() - start;
    if (run.status !== 0) throw new Error(`argmap ${args.join(" ")} exited ${String(run.status)}: ${run.stderr}`);
    const rss = /@rss (\d+)\s*$/.exec(run.stderr);
    return { ms, maxRssMiB: rss === null ? Number.NaN : Number(rss[1]) / 1024 };
  } finally {
    closeSync(sink);
  }
}

try {
  const parse: ChildResult[] = [];
  const grounded: ChildResult[] = [];
  const validate: { ms: number; maxRssMiB: number }[] = [];
  const evaluate: { ms: number; maxRssMiB: number }[] = [];
  const evaluateJson: { ms: number; maxRssMiB: number }[] = [];
  // The command line keeps its compile cache (Node's own, Node 22 and later) in a directory of this run's.
  process.env.NODE_COMPILE_CACHE = join(directory, "compile-cache");
  command(["--version"]);
  for (let round = 0; round < rounds; round++) {
    parse.push(child("parse"));
    grounded.push(child("grounded"));
    validate.push(command(["validate", file]));
    evaluate.push(command(["evaluate", file]));
    evaluateJson.push(command(["evaluate", file, "--format", "json"]));
  }
  const m = (list: readonly number[]): number => median(list);
  const parseMs = m(parse.map((r) => r.parse!));
  const loadMs = m(grounded.map((r) => r.load!));
  const groundedMs = m(grounded.map((r) => r.grounded!));
  const peak = Math.max(...grounded.map((r) => r.maxRssMiB));
  const validateMs = m(validate.map((r) => r.ms));
  const evaluateMs = m(evaluate.map((r) => r.ms));
  const verdict = (ok: boolean): string => (ok ? "met" : "NOT MET");
  console.log(`\n## A million claims: reading plus grounded evaluation (fresh processes, median of ${rounds})`);
  console.log("| measurement | value | goal |");
  console.log("| --- | ---: | --- |");
  console.log(`| JSON.parse of the file (its own process) | ${parseMs.toFixed(0)} ms |  |`);
  console.log(`| read + JSON.parse + loadArgumentMap | ${loadMs.toFixed(0)} ms (${(loadMs / parseMs).toFixed(2)}x JSON.parse) |  |`);
  console.log(`| evaluateMap(map, "grounded") after that | ${groundedMs.toFixed(0)} ms (${(groundedMs / loadMs).toFixed(2)}x the load) | ≤ 2x ${verdict(groundedMs <= 2 * loadMs)} |`);
  console.log(`| peak resident memory of that process (largest of ${rounds}) | ${peak.toFixed(0)} MiB | ≤ 1536 MiB ${verdict(peak <= 1536)} |`);
  console.log(`| peak resident memory, JSON.parse alone | ${Math.max(...parse.map((r) => r.maxRssMiB)).toFixed(0)} MiB |  |`);
  console.log(`\n## A million claims: the command line (fresh processes, output to /dev/null, median of ${rounds})`);
  console.log("| command | median ms | ratio to validate | peak memory MiB | goal |");
  console.log("| --- | ---: | ---: | ---: | --- |");
  console.log(`| argmap validate FILE | ${validateMs.toFixed(0)} | 1.00 | ${Math.max(...validate.map((r) => r.maxRssMiB)).toFixed(0)} |  |`);
  console.log(`| argmap evaluate FILE | ${evaluateMs.toFixed(0)} | ${(evaluateMs / validateMs).toFixed(2)} | ${Math.max(...evaluate.map((r) => r.maxRssMiB)).toFixed(0)} | ≤ 1.5x ${verdict(evaluateMs <= 1.5 * validateMs)} |`);
  const jsonMs = m(evaluateJson.map((r) => r.ms));
  console.log(`| argmap evaluate FILE --format json | ${jsonMs.toFixed(0)} | ${(jsonMs / validateMs).toFixed(2)} | ${Math.max(...evaluateJson.map((r) => r.maxRssMiB)).toFixed(0)} |  |`);
} finally {
  rmSync(directory, { recursive: true, force: true });
}

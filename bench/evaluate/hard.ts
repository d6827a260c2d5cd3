/**
 * The ICCMA tasks at competition size, argmap's command line against
 * clingo, both as fresh processes: four families (Erdős–Rényi,
 * Barabási–Albert, grids, frameworks rich in even cycles) at 1,000, 3,000
 * and 10,000 arguments. argmap runs `argmap iccma -p TASK -f FILE [-a ARG]`
 * (the built dist/cli.cjs; rebuilt first when src/ is newer); clingo runs
 * argmap's own complete-labelling encoding (bench/evaluate/asp/labelling*.lp)
 * with the domain heuristic for the maximal tasks, cautious reasoning for
 * grounded, and the saturation encoding for DS-PR. Every answer is checked:
 * extensions complete (and maximal, stable, or with a maximal range, as the
 * task asks) on both sides, yes/no answers and counts equal.
 *
 * Times are medians of ARGMAP_BENCH_ROUNDS (default 3) interleaved runs,
 * wall clock and CPU (user + system, from /usr/bin/time) for each side.
 * Both sides start a process per task, and starting Node costs more than
 * starting clingo: the header prints each side's start alone
 * (`argmap iccma --problems`, clingo on an empty program) so that small
 * instances, where the start dominates, can be read. ARGMAP_BENCH_HARD_SIZES
 * ARGMAP_BENCH_HARD_FAMILIES (er, ba, grid, evencyc) and
 * ARGMAP_BENCH_HARD_TASKS (SE-PR, …) narrow the run.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { grounded, parseIccma, type Framework } from "../../src/evaluate/index.js";
import { LabellingSolver } from "../../src/evaluate/encoding.js";
import { ensureBuilt, ROOT } from "../build.js";
import { median, random } from "../harness.js";

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(ROOT, "dist", "cli.cjs");
const asp = (name: string): string => join(here, "asp", name);
const ROUNDS = Number(process.env.ARGMAP_BENCH_ROUNDS ?? 3);
/** Milliseconds after which either side is stopped (CE-ST, DS-PR's saturation encoding). */
const TIMEOUT = Number(process.env.ARGMAP_BENCH_HARD_TIMEOUT ?? 60_000);
const SIZES = (process.env.ARGMAP_BENCH_HARD_SIZES ?? "1000,3000,10000").split(",").map(Number);
/** Families to run (comma-separated names of {@link FAMILIES}); all by default. */
const ONLY = process.env.ARGMAP_BENCH_HARD_FAMILIES?.split(",");
/** Tasks to run (comma-separated, e.g. SE-PR,SE-SST); all by default. */
const ONLY_TASKS = process.env.ARGMAP_BENCH_HARD_TASKS?.split(",");

type Edge = readonly [number, number];

/** Erdős–Rényi: 3n attacks between distinct random pairs (average out-degree 3). */
function erdosRenyi(n: number, rand: () => number): Edge[] {
  const seen = new Set<number>();
  const edges: Edge[] = [];
  while (edges.length < 3 * n) {
    const a = Math.floor(rand() * n);
    const b = Math.floor(rand() * n);
    if (a === b || seen.has(a * n + b)) continue;
    seen.add(a * n + b);
    edges.push([a, b]);
  }
  return edges;
}

/** A link between neighbours: one way (0.45 each) or both ways (0.1). */
function link(edges: Edge[], a: number, b: number, rand: () => number): void {
  const r = rand();
  if (r < 0.45) edges.push([a, b]);
  else if (r < 0.9) edges.push([b, a]);
  else edges.push([a, b], [b, a]);
}

/** Barabási–Albert: each new argument links to two earlier ones chosen in proportion to their degree. */
function barabasiAlbert(n: number, rand: () => number): Edge[] {
  const edges: Edge[] = [];
  link(edges, 1, 0, rand);
  const ends: number[] = [0, 1];
  for (let a = 2; a < n; a++) {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(2, a)) chosen.add(ends[Math.floor(rand() * ends.length)]!);
    for (const b of chosen) {
      link(edges, a, b, rand);
      ends.push(a, b);
    }
  }
  return edges;
}

/** A √n × √n grid, each pair of neighbours linked. */
function grid(n: number, rand: () => number): Edge[] {
  const side = Math.round(Math.sqrt(n));
  const edges: Edge[] = [];
  for (let row = 0; row < side; row++) {
    for (let col = 0; col < side; col++) {
      const a = row * side + col;
      if (col + 1 < side) link(edges, a, a + 1, rand);
      if (row + 1 < side) link(edges, a, a + side, rand);
    }
  }
  return edges;
}

/** The arguments, shuffled, fall into attack cycles of even length 2 to 8; then n/2 random attacks join them. */
function evenCycles(n: number, rand: () => number): Edge[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const edges: Edge[] = [];
  for (let at = 0; at < n; ) {
    const length = Math.min(2 * (1 + Math.floor(rand() * 4)), n - at);
    for (let k = 0; k < length; k++) edges.push([order[at + k]!, order[at + ((k + 1) % length)]!]);
    at += length;
  }
  for (let k = 0; k < n / 2; k++) {
    const a = Math.floor(rand() * n);
    const b = Math.floor(rand() * n);
    if (a !== b) edges.push([a, b]);
  }
  return edges;
}

const FAMILIES = { er: erdosRenyi, ba: barabasiAlbert, grid, evencyc: evenCycles } as const;

interface Instance {
  readonly name: string;
  readonly framework: Framework;
  /** The `p af N` file argmap reads. */
  readonly i23: string;
  /** The same framework as arg/att facts (arguments 1..N) for clingo. */
  readonly facts: string;
  /** The query argument of DC and DS (1-based): a random one the grounded labelling leaves undecided. */
  readonly query: number;
}

function makeInstances(dir: string): Instance[] {
  const out: Instance[] = [];
  for (const [family, make] of Object.entries(FAMILIES)) {
    if (ONLY !== undefined && !ONLY.includes(family)) continue;
    for (const wanted of SIZES) {
      const n = family === "grid" ? Math.round(Math.sqrt(wanted)) ** 2 : wanted;
      const rand = random(wanted * 7 + family.length);
      const edges = make(n, rand);
      const name = `${family}-${wanted}`;
      const text = `p af ${n}\n${edges.map(([a, b]) => `${a + 1} ${b + 1}`).join("\n")}\n`;
      const i23 = join(dir, `${name}.i23`);
      writeFileSync(i23, text);
      const facts = join(dir, `${name}.lp`);
      writeFileSync(facts, `arg(1..${n}).\n${edges.map(([a, b]) => `att(${a + 1},${b + 1}).`).join("\n")}\n`);
      const framework = parseIccma(text);
      const g = grounded(framework).codes;
      const open: number[] = [];
      for (let a = 0; a < n; a++) if (g[a] === 0) open.push(a);
      const query = (open.length > 0 ? open[Math.floor(rand() * open.length)]! : Math.floor(rand() * n)) + 1;
      out.push({ name, framework, i23, facts, query });
    }
  }
  return out;
}

interface Run {
  readonly wall: number;
  readonly cpu: number;
  readonly timedOut: boolean;
  readonly status: number | null;
  readonly stdout: string;
}

/**
 * Runs a command under /usr/bin/time; CPU is user + system time of the
 * process. Stopped at `timeout`, or (argmap) by its own --timeout.
 */
function timed(command: string, args: readonly string[], timeout: number, env: NodeJS.ProcessEnv = process.env): Run {
  const start = performance.now();
  // coreutils' timeout stops the command itself (a signal to /usr/bin/time
  // would leave it running); its exit status is then 124.
  const run = spawnSync("/usr/bin/time", ["-f", "@cpu %U %S", "timeout", "-k", "2", String(timeout / 1000), command, ...args], { encoding: "utf8", maxBuffer: 1 << 28, env });
  const wall = performance.now() - start;
  if (run.status === null || run.status === 124 || run.status === 137) return { wall: timeout, cpu: Number.NaN, timedOut: true, status: null, stdout: "" };
  const times = /@cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr ?? "");
  const cpu = times === null ? Number.NaN : (Number(times[1]) + Number(times[2])) * 1000;
  const stopped = run.status === 1 && /stopped by --timeout/.test(run.stderr ?? "");
  return { wall, cpu, timedOut: stopped, status: run.status, stdout: run.stdout ?? "" };
}

/** Sets of 0-based arguments from `w 1 2 5` (argmap) or clingo's JSON witnesses. */
function argmapSet(line: string | undefined): number[] | undefined {
  if (line === undefined || !line.startsWith("w")) return undefined;
  return line.split(" ").slice(1).map((x) => Number(x) - 1);
}

function clingoModels(run: Run): number[][] {
  const result = JSON.parse(run.stdout) as { Call: { Witnesses?: { Value: string[] }[] }[]; Models: { Number: number } };
  const models: number[][] = [];
  for (const call of result.Call) for (const w of call.Witnesses ?? []) models.push(w.Value.map((atom) => Number(/^in\((\d+)\)$/.exec(atom)![1]) - 1));
  return models;
}

function clingoCount(run: Run): number {
  return (JSON.parse(run.stdout) as { Models: { Number: number } }).Models.Number;
}

/** Checks of a claimed extension, with the library's SAT encoding for the maximality checks. */
class Checker {
  readonly #framework: Framework;
  #solver: LabellingSolver | undefined;

  constructor(framework: Framework) {
    this.#framework = framework;
  }

  /** in/out codes of a set (1 in, 2 out, 0 undec), or undefined when it is not conflict-free. */
  labels(set: readonly number[]): Uint8Array | undefined {
    const f = this.#framework;
    const codes = new Uint8Array(f.size);
    for (const a of set) codes[a] = 1;
    for (const a of set) for (let k = f.attacks.offsets[a]!; k < f.attacks.offsets[a + 1]!; k++) {
      const b = f.attacks.neighbors[k]!;
      if (codes[b] === 1) return undefined;
      codes[b] = 2;
    }
    return codes;
  }

  complete(set: readonly number[]): boolean {
    const codes = this.labels(set);
    if (codes === undefined) return false;
    const f = this.#framework;
    for (let a = 0; a < f.size; a++) {
      let allOut = true;
      for (let k = f.attackers.offsets[a]!; k < f.attackers.offsets[a + 1]! && allOut; k++) allOut = codes[f.attackers.neighbors[k]!] === 2;
      if ((codes[a] === 1) !== allOut) return false;
    }
    return true;
  }

  stable(set: readonly number[]): boolean {
    const codes = this.labels(set);
    return codes !== undefined && this.complete(set) && codes.every((c) => c !== 0);
  }

  #sat(): LabellingSolver {
    this.#solver ??= new LabellingSolver(this.#framework, undefined, false);
    return this.#solver;
  }

  /** Complete, and no complete extension strictly contains it. */
  preferred(set: readonly number[]): boolean {
    if (!this.complete(set)) return false;
    const s = this.#sat();
    const inside = new Uint8Array(this.#framework.size);
    for (const a of set) inside[a] = 1;
    const outside: number[] = [];
    for (let a = 0; a < inside.length; a++) if (inside[a] === 0) outside.push(s.inLit(a));
    if (outside.length === 0) return true;
    const selector = s.guarded(outside);
    const larger = s.solve([selector, ...set.map((a) => s.inLit(a))]);
    s.retire(selector);
    return larger === undefined;
  }

  /** Complete, and no complete extension has a strictly larger range. */
  semiStable(set: readonly number[]): boolean {
    if (!this.complete(set)) return false;
    const codes = this.labels(set)!;
    const s = this.#sat();
    const open: number[] = [];
    const held: number[] = [];
    for (let a = 0; a < codes.length; a++) (codes[a] === 0 ? open : held).push(s.rangeLit(a));
    if (open.length === 0) return true;
    const selector = s.guarded(open);
    const larger = s.solve([selector, ...held]);
    s.retire(selector);
    return larger === undefined;
  }
}

interface Task {
  readonly task: string;
  readonly argmap: readonly string[];
  /** clingo's arguments, or undefined for no peer. */
  readonly clingo?: readonly string[];
  /** Checks both answers; returns the answer to show, or a reason it is wrong. */
  readonly check: (mine: Run, theirs: Run | undefined) => { ok: boolean; shown: string };
}

function tasksOf(instance: Instance, dir: string): Task[] {
  const { framework, i23, facts, query } = instance;
  const check = new Checker(framework);
  const inFile = join(dir, `${instance.name}.in.lp`);
  const outFile = join(dir, `${instance.name}.out.lp`);
  writeFileSync(inFile, `:- not in(${query}).\n`);
  writeFileSync(outFile, `:- in(${query}).\n`);
  const base = ["iccma", "-f", i23];
  const q = ["-a", String(query)];
  const json = ["--outf=2"];
  const lines = (run: Run): string[] => run.stdout.trimEnd().split("\n");
  const size = (set: readonly number[] | undefined): string => (set === undefined ? "?" : `${set.length} args`);
  /** An SE task whose witnesses must pass `valid` on both sides. */
  const extension = (task: string, clingo: readonly string[] | undefined, valid: (set: readonly number[]) => boolean): Task => ({
    task,
    argmap: [...base, "-p", task],
    ...(clingo !== undefined ? { clingo } : {}),
    check: (mine, theirs) => {
      const set = argmapSet(lines(mine)[0]);
      let ok = set !== undefined && valid(set);
      if (theirs !== undefined && !theirs.timedOut) ok &&= clingoModels(theirs).length > 0 && valid(clingoModels(theirs)[0]!);
      return { ok, shown: size(set) };
    },
  });
  /** A yes/no task; `yesMeansSat` when clingo's program is satisfiable exactly when the answer is YES. */
  const decision = (task: string, clingo: readonly string[], yesMeansSat: boolean, valid: (set: readonly number[]) => boolean): Task => ({
    task,
    argmap: [...base, "-p", task, ...q],
    clingo,
    check: (mine, theirs) => {
      const [answer, witness] = lines(mine);
      const yes = answer === "YES";
      // DC: a witness comes with YES; DS: with NO.
      const needsWitness = task.startsWith("DC") ? yes : !yes;
      const set = argmapSet(witness);
      let ok = answer === "YES" || answer === "NO";
      if (needsWitness) ok &&= set !== undefined && valid(set) && set.includes(query - 1) === task.startsWith("DC");
      if (theirs !== undefined && !theirs.timedOut) ok &&= (clingoModels(theirs).length > 0) === (yesMeansSat ? yes : !yes);
      return { ok, shown: answer ?? "?" };
    },
  });
  return [
    extension("SE-PR", [asp("labelling.lp"), asp("labelling-maximal.lp"), facts, "--heuristic=Domain", "-n", "1", ...json], (s) => check.preferred(s)),
    extension("SE-SST", [asp("labelling.lp"), asp("labelling-range-maximal.lp"), facts, "--heuristic=Domain", "-n", "1", ...json], (s) => check.semiStable(s)),
    extension("SE-ID", undefined, (s) => check.complete(s)),
    {
      task: "SE-GR",
      argmap: [...base, "-p", "SE-GR"],
      clingo: [asp("labelling.lp"), facts, "--enum-mode=cautious", "-n", "0", ...json],
      check: (mine, theirs) => {
        const set = argmapSet(lines(mine)[0]);
        const expected = Array.from(grounded(framework).extension);
        let ok = set !== undefined && set.join() === expected.join();
        if (theirs !== undefined && !theirs.timedOut) {
          const models = clingoModels(theirs);
          ok &&= models.length > 0 && [...models.at(-1)!].sort((x, y) => x - y).join() === expected.join();
        }
        return { ok, shown: size(set) };
      },
    },
    extension("SE-CO", [asp("labelling.lp"), facts, "-n", "1", ...json], (s) => check.complete(s)),
    {
      task: "SE-ST",
      argmap: [...base, "-p", "SE-ST"],
      clingo: [asp("labelling.lp"), asp("labelling-stable.lp"), facts, "-n", "1", ...json],
      check: (mine, theirs) => {
        const line = lines(mine)[0];
        const set = argmapSet(line);
        let ok = line === "NO" || (set !== undefined && check.stable(set));
        if (theirs !== undefined && !theirs.timedOut) ok &&= (clingoModels(theirs).length > 0) === (line !== "NO");
        return { ok, shown: line === "NO" ? "NO" : size(set) };
      },
    },
    decision("DC-CO", [asp("labelling.lp"), inFile, facts, "-n", "1", ...json], true, (s) => check.complete(s)),
    decision("DC-PR", [asp("labelling.lp"), asp("labelling-maximal.lp"), inFile, facts, "--heuristic=Domain", "-n", "1", ...json], true, (s) => check.preferred(s)),
    decision("DC-ST", [asp("labelling.lp"), asp("labelling-stable.lp"), inFile, facts, "-n", "1", ...json], true, (s) => check.stable(s)),
    decision("DS-ST", [asp("labelling.lp"), asp("labelling-stable.lp"), outFile, facts, "-n", "1", ...json], false, (s) => check.stable(s)),
    decision("DS-PR", [asp("preferred-saturation.lp"), outFile, facts, "-n", "1", ...json], false, (s) => check.preferred(s)),
    {
      task: "CE-ST",
      argmap: [...base, "-p", "CE-ST", "--timeout", String(TIMEOUT / 1000)],
      clingo: [asp("labelling.lp"), asp("labelling-stable.lp"), facts, "-n", "0", "-q", ...json],
      check: (mine, theirs) => {
        const count = lines(mine)[0];
        let ok = /^\d+$/.test(count ?? "");
        if (theirs !== undefined && !theirs.timedOut) ok &&= String(clingoCount(theirs)) === count;
        return { ok, shown: count ?? "?" };
      },
    },
  ];
}

export function runHard(): void {
  if (spawnSync("clingo", ["--version"]).status !== 0 || !existsSync("/usr/bin/time")) {
    console.log("\n## ICCMA tasks at competition size: skipped (needs clingo, Debian package `gringo`, and /usr/bin/time)");
    return;
  }
  ensureBuilt();
  const dir = join(tmpdir(), "argmap-bench-hard");
  mkdirSync(dir, { recursive: true });
  const instances = makeInstances(dir);
  // Node's own compile cache (Node 22 and later), kept in this run's directory.
  const cache = { ...process.env, NODE_COMPILE_CACHE: join(dir, "compile-cache") };
  const empty = join(dir, "empty.lp");
  writeFileSync(empty, "");
  spawnSync(process.execPath, [cli, "iccma", "--problems"], { env: cache });
  const starts = { argmap: [] as Run[], clingo: [] as Run[] };
  for (let round = 0; round < 5; round++) {
    starts.argmap.push(timed(process.execPath, [cli, "iccma", "--problems"], TIMEOUT, cache));
    starts.clingo.push(timed("clingo", [empty, "-n", "1", "--outf=2"], TIMEOUT));
  }
  const start = (runs: readonly Run[]): string => `${median(runs.map((r) => r.wall)).toFixed(0)} ms (CPU ${median(runs.map((r) => r.cpu)).toFixed(0)} ms)`;
  console.log("\n## ICCMA tasks at competition size: argmap iccma vs clingo, fresh processes");
  console.log(
    `Both sides as fresh processes, interleaved, median of ${ROUNDS} (one run when a side needs over 5 s; stopped after ${TIMEOUT / 1000} s). clingo: bench/evaluate/asp/labelling*.lp; cautious consequences for SE-GR; preferred-saturation.lp for DS-PR. CPU = user + system. Starting alone (median of 5): argmap ${start(starts.argmap)}, clingo ${start(starts.clingo)}. Load average at the start: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(", ")}.`,
  );
  console.log("| instance | args | attacks | task | argmap ms | clingo ms | ratio | argmap CPU ms | clingo CPU ms | CPU ratio | answer |");
  console.log("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
  let worst = 0;
  let met = 0;
  let total = 0;
  let wrong = 0;
  let bothStopped = 0;
  const misses: string[] = [];
  for (const instance of instances) {
    // Warm the compile cache for this size.
    spawnSync(process.execPath, [cli, "iccma", "-p", "SE-GR", "-f", instance.i23], { env: cache });
    for (const task of tasksOf(instance, dir)) {
      if (ONLY_TASKS !== undefined && !ONLY_TASKS.includes(task.task)) continue;
      const mine: Run[] = [];
      const theirs: Run[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        if (mine.length === 0 || mine[0]!.wall < 5000) {
          mine.push(timed(process.execPath, [cli, ...task.argmap], TIMEOUT + 10_000, cache));
        }
        if (task.clingo !== undefined && (theirs.length === 0 || (theirs[0]!.wall < 5000 && !theirs[0]!.timedOut))) theirs.push(timed("clingo", task.clingo, TIMEOUT));
      }
      const m = { wall: median(mine.map((r) => r.wall)), cpu: median(mine.map((r) => r.cpu)) };
      const peer = theirs.length === 0 ? undefined : theirs[0]!.timedOut ? undefined : { wall: median(theirs.map((r) => r.wall)), cpu: median(theirs.map((r) => r.cpu)) };
      const mineTimedOut = mine[0]!.timedOut || mine[0]!.status !== 0;
      const verdict = mineTimedOut ? { ok: false, shown: mine[0]!.timedOut ? `stopped after ${TIMEOUT / 1000} s` : `exit ${String(mine[0]!.status)}` } : task.check(mine[0]!, theirs[0]);
      // Both stopped: no answer to check, and no ratio.
      const stoppedOk = mine[0]!.timedOut && (theirs[0]?.timedOut ?? false);
      // A run stopped by the time limit has no answer to be wrong; any other failure is wrong.
      const failed = !verdict.ok && !mine[0]!.timedOut;
      if (failed) wrong++;
      const shown = `${verdict.shown}${failed ? " WRONG" : ""}`;
      const head = `| ${instance.name} | ${instance.framework.size} | ${instance.framework.attackCount} | ${task.task} |`;
      if (task.clingo === undefined) {
        console.log(`${head} ${m.wall.toFixed(0)} | – | – | ${m.cpu.toFixed(0)} | – | – | ${shown} |`);
        continue;
      }
      if (peer === undefined) {
        const bound = mineTimedOut ? "–" : `< ${(m.wall / TIMEOUT).toFixed(3)}`;
        if (stoppedOk) {
          console.log(`${head} > ${TIMEOUT} (stopped) | > ${TIMEOUT} (stopped) | – | – | – | – | both stopped |`);
          bothStopped++;
          continue;
        }
        console.log(`${head} ${mineTimedOut ? `> ${TIMEOUT}` : m.wall.toFixed(0)} | > ${TIMEOUT} (stopped) | ${bound} | ${m.cpu.toFixed(0)} | – | – | ${shown} |`);
        if (!mineTimedOut) {
          total++;
          met++;
        }
        continue;
      }
      const ratio = mineTimedOut ? Number.POSITIVE_INFINITY : m.wall / peer.wall;
      total++;
      if (ratio <= 2) met++;
      else misses.push(`${instance.name} ${task.task} ${ratio.toFixed(2)}`);
      worst = Math.max(worst, ratio);
      console.log(`${head} ${m.wall.toFixed(0)} | ${peer.wall.toFixed(0)} | ${ratio.toFixed(2)} | ${m.cpu.toFixed(0)} | ${peer.cpu.toFixed(0)} | ${(m.cpu / peer.cpu).toFixed(2)} | ${shown} |`);
    }
  }
  console.log(`\nwithin 2x of clingo (wall clock) on ${met} of ${total} task runs; worst ratio ${worst.toFixed(2)}; ${bothStopped} runs where both sides were stopped; ${wrong} wrong answers (goal ≤ 2x on every instance, none wrong: ${met === total && wrong === 0 ? "met" : "NOT MET"})`);
  if (misses.length > 0) console.log(`over 2x: ${misses.join("; ")}`);
}

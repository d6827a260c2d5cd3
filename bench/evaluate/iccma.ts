/**
 * ICCMA tasks for preferred and stable semantics against clingo with
 * ASPARTIX-style encodings (bench/evaluate/asp/), on generated frameworks of
 * 50 to 500 arguments in three shapes (random, grid, scale-free). Both
 * solvers answer the same questions on the same files in the same run; the
 * answers are compared. clingo is skipped with a message when it is absent.
 *
 * A second table runs sceptical and credulous preferred acceptance (DS-PR,
 * DC-PR) and DS-ST on conflict families where enumerating extensions is
 * hopeless: k independent two-way conflicts each supporting a thesis (the
 * bipolar view of a map, 5k + 1 arguments, 2^k preferred extensions) and an
 * argument defended through k conflicts.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import {
  countExtensions,
  credulouslyAccepted,
  frameworkFromMap,
  grounded,
  parseApx,
  scepticallyAccepted,
  someExtension,
  type Framework,
} from "../../src/evaluate/index.js";
import { LabellingSolver } from "../../src/evaluate/encoding.js";
import { guardedArgument, pairsMap } from "../../tests/evaluate/families.js";
import { median, random } from "../harness.js";

const here = dirname(fileURLToPath(import.meta.url));
const asp = (name: string): string => join(here, "asp", name);
const COUNT_LIMIT = 100_000;
const ROUNDS = Number(process.env.ARGMAP_BENCH_ROUNDS ?? 3);
/** Milliseconds after which a clingo run on the conflict families is stopped. */
const CLINGO_TIMEOUT = Number(process.env.ARGMAP_BENCH_CLINGO_TIMEOUT ?? 60_000);

type Edge = [number, number];

function randomShape(n: number, rand: () => number): Edge[] {
  const p = 4 / n;
  const edges: Edge[] = [];
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (a !== b && rand() < p) edges.push([a, b]);
  return edges;
}

function gridShape(n: number, rand: () => number): Edge[] {
  const side = Math.round(Math.sqrt(n));
  const edges: Edge[] = [];
  const link = (a: number, b: number): void => {
    const r = rand();
    if (r < 0.45) edges.push([a, b]);
    else if (r < 0.9) edges.push([b, a]);
    else edges.push([a, b], [b, a]);
  };
  for (let row = 0; row < side; row++) {
    for (let col = 0; col < side; col++) {
      const a = row * side + col;
      if (col + 1 < side) link(a, a + 1);
      if (row + 1 < side) link(a, a + side);
    }
  }
  return edges;
}

function scaleFreeShape(n: number, rand: () => number): Edge[] {
  // Barabási–Albert: each new argument links to 2 earlier ones chosen in
  // proportion to their degree; each link gets a random direction.
  const edges: Edge[] = [[1, 0]];
  const ends: number[] = [0, 1];
  for (let a = 2; a < n; a++) {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(2, a)) chosen.add(ends[Math.floor(rand() * ends.length)]!);
    for (const b of chosen) {
      edges.push(rand() < 0.5 ? [a, b] : [b, a]);
      ends.push(a, b);
    }
  }
  return edges;
}

interface Instance {
  readonly name: string;
  readonly n: number;
  readonly file: string;
  readonly text: string;
}

function makeInstances(dir: string): Instance[] {
  const shapes = { random: randomShape, grid: gridShape, "scale-free": scaleFreeShape } as const;
  const out: Instance[] = [];
  let seed = 1;
  for (const [shape, make] of Object.entries(shapes)) {
    for (const wanted of [50, 100, 225, 500]) {
      const n = shape === "grid" ? Math.round(Math.sqrt(wanted)) ** 2 : wanted;
      const edges = make(n, random(seed++));
      const lines: string[] = [];
      for (let a = 1; a <= n; a++) lines.push(`arg(${a}).`);
      for (const [a, b] of edges) lines.push(`att(${a + 1},${b + 1}).`);
      const text = `${lines.join("\n")}\n`;
      const name = `${shape}-${n}`;
      const file = join(dir, `${name}.apx`);
      writeFileSync(file, text);
      out.push({ name, n, file, text });
    }
  }
  return out;
}

function haveClingo(): boolean {
  const probe = spawnSync("clingo", ["--version"], { encoding: "utf8" });
  return probe.status === 0;
}

interface ClingoRun {
  readonly ms: number;
  /** Whether clingo was stopped at {@link CLINGO_TIMEOUT} (then `ms` is the timeout and the answer unknown). */
  readonly timedOut?: boolean;
  readonly satisfiable: boolean;
  readonly models: number;
  readonly firstModel: number[];
}

function clingo(files: readonly string[], args: readonly string[], timeout?: number): ClingoRun {
  const start = performance.now();
  const run = spawnSync("clingo", [...files, ...args], { encoding: "utf8", maxBuffer: 1 << 28, ...(timeout !== undefined ? { timeout, killSignal: "SIGKILL" as const } : {}) });
  const ms = performance.now() - start;
  if (timeout !== undefined && run.status === null) return { ms: timeout, timedOut: true, satisfiable: false, models: 0, firstModel: [] };
  const out = run.stdout ?? "";
  if (run.status !== 10 && run.status !== 20 && run.status !== 30) throw new Error(`clingo failed (${String(run.status)}): ${run.stderr}`);
  const models = /Models\s+:\s+(\d+)/.exec(out);
  const answer = /Answer: 1\n([^\n]*)/.exec(out);
  const firstModel = answer === null ? [] : Array.from(answer[1]!.matchAll(/in\((\d+)\)/g), (m) => Number(m[1]) - 1);
  return { ms, satisfiable: run.status !== 20, models: models === null ? 0 : Number(models[1]), firstModel };
}

function timeArgmap<T>(run: () => T): { ms: number; value: T } {
  const samples: number[] = [];
  let value: T | undefined = run(); // one untimed warm-up run for the JIT
  for (let k = 0; k < ROUNDS; k++) {
    globalThis.gc?.();
    const start = performance.now();
    value = run();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), value: value as T };
}

function timeClingo(files: readonly string[], args: readonly string[], timeout?: number): ClingoRun {
  const runs: ClingoRun[] = [];
  for (let k = 0; k < ROUNDS; k++) {
    runs.push(clingo(files, args, timeout));
    if (runs[0]!.ms > 5000 || runs[0]!.timedOut === true) break; // one run is enough when clingo needs seconds
  }
  const ms = median(runs.map((r) => r.ms));
  return { ...runs[0]!, ms };
}

/** Whether `members` is a preferred extension: admissible, and no complete extension strictly contains it. */
function isPreferred(framework: Framework, members: readonly number[]): boolean {
  const inSet = new Uint8Array(framework.size);
  for (const a of members) inSet[a] = 1;
  const attacked = new Uint8Array(framework.size);
  for (const a of members) for (let k = framework.attacks.offsets[a]!; k < framework.attacks.offsets[a + 1]!; k++) attacked[framework.attacks.neighbors[k]!] = 1;
  for (const a of members) {
    if (attacked[a] === 1) return false;
    for (let k = framework.attackers.offsets[a]!; k < framework.attackers.offsets[a + 1]!; k++) if (attacked[framework.attackers.neighbors[k]!] !== 1) return false;
  }
  const solver = new LabellingSolver(framework, undefined, true);
  const outside: number[] = [];
  for (let a = 0; a < framework.size; a++) if (inSet[a] === 0) outside.push(solver.inLit(a));
  if (outside.length === 0) return true;
  const selector = solver.guarded(outside);
  return solver.solve([selector, ...members.map((a) => solver.inLit(a))]) === undefined;
}

export function runIccma(): void {
  const dir = join(tmpdir(), "argmap-bench-iccma");
  mkdirSync(dir, { recursive: true });
  const instances = makeInstances(dir);
  const peer = haveClingo();
  if (!peer) console.log("\nclingo not found: the ICCMA comparison runs argmap alone (install Debian package `gringo` for the peer).");
  console.log("\n## ICCMA tasks: argmap vs clingo (ASPARTIX-style encodings)");
  console.log(`argmap: parse .apx + solve, in process after one warm-up run, median of ${ROUNDS}; clingo 5.4: whole process (parse, ground, solve), median of ${ROUNDS} (one run when it takes over 5 s). CE counts up to ${COUNT_LIMIT}.`);
  console.log("| instance | args | task | argmap ms | clingo ms | ratio | answer |");
  console.log("| --- | ---: | --- | ---: | ---: | ---: | --- |");
  let worst = 0;
  let met = 0;
  let total = 0;
  for (const instance of instances) {
    const framework = parseApx(instance.text);
    // The query argument: one the grounded labelling leaves undecided, if any.
    const g = grounded(framework).codes;
    const undecided: number[] = [];
    for (let a = 0; a < framework.size; a++) if (g[a] === 0) undecided.push(a);
    const rand = random(instance.n);
    const pool = undecided.length > 0 ? undecided : Array.from({ length: framework.size }, (_, i) => i);
    const query = pool[Math.floor(rand() * pool.length)]!;
    const queryFile = join(dir, `${instance.name}.query-in.lp`);
    writeFileSync(queryFile, `:- not in(${query + 1}).\n`);
    const queryOutFile = join(dir, `${instance.name}.query-out.lp`);
    writeFileSync(queryOutFile, `:- in(${query + 1}).\n`);
    const parse = (): Framework => parseApx(instance.text);
    const tasks: { task: string; mine: () => unknown; theirs?: () => ClingoRun; agree: (mine: unknown, theirs: ClingoRun) => boolean }[] = [
      {
        task: "SE-PR",
        mine: () => someExtension(parse(), "preferred")!.extension,
        theirs: () => timeClingo([asp("complete.lp"), asp("preferred-heuristic.lp"), instance.file], ["--heuristic=Domain", "-n", "1"]),
        agree: (mine, theirs) => isPreferred(framework, Array.from(mine as Int32Array)) && isPreferred(framework, theirs.firstModel),
      },
      {
        task: "DC-PR",
        mine: () => credulouslyAccepted(parse(), "preferred", query),
        theirs: () => timeClingo([asp("complete.lp"), queryFile, instance.file], ["-n", "1"]),
        agree: (mine, theirs) => mine === theirs.satisfiable,
      },
      {
        task: "DS-PR",
        mine: () => scepticallyAccepted(parse(), "preferred", query),
        theirs: () => timeClingo([asp("preferred-saturation.lp"), queryOutFile, instance.file], ["-n", "1"]),
        agree: (mine, theirs) => mine === !theirs.satisfiable,
      },
      {
        task: "SE-ST",
        mine: () => someExtension(parse(), "stable") !== undefined,
        theirs: () => timeClingo([asp("stable.lp"), instance.file], ["-n", "1"]),
        agree: (mine, theirs) => mine === theirs.satisfiable,
      },
      {
        task: "DC-ST",
        mine: () => credulouslyAccepted(parse(), "stable", query),
        theirs: () => timeClingo([asp("stable.lp"), queryFile, instance.file], ["-n", "1"]),
        agree: (mine, theirs) => mine === theirs.satisfiable,
      },
      {
        task: "DS-ST",
        mine: () => scepticallyAccepted(parse(), "stable", query),
        theirs: () => timeClingo([asp("stable.lp"), queryOutFile, instance.file], ["-n", "1"]),
        agree: (mine, theirs) => mine === !theirs.satisfiable,
      },
      {
        task: "CE-ST",
        mine: () => countExtensions(parse(), "stable", { limit: COUNT_LIMIT }),
        theirs: () => timeClingo([asp("stable.lp"), instance.file], ["-n", String(COUNT_LIMIT), "-q"]),
        agree: (mine, theirs) => mine === theirs.models,
      },
    ];
    for (const t of tasks) {
      const mine = timeArgmap(t.mine);
      const shown = typeof mine.value === "boolean" ? (mine.value ? "yes" : "no") : typeof mine.value === "number" ? String(mine.value) : `${(mine.value as Int32Array).length} args`;
      if (!peer || t.theirs === undefined) {
        console.log(`| ${instance.name} | ${instance.n} | ${t.task} | ${mine.ms.toFixed(1)} | – | – | ${shown} |`);
        continue;
      }
      const theirs = t.theirs();
      const ratio = mine.ms / theirs.ms;
      worst = Math.max(worst, ratio);
      total++;
      if (ratio <= 2) met++;
      const agree = t.agree(mine.value, theirs);
      console.log(`| ${instance.name} | ${instance.n} | ${t.task} | ${mine.ms.toFixed(1)} | ${theirs.ms.toFixed(1)} | ${ratio.toFixed(2)} | ${shown}${agree ? "" : " DISAGREES WITH CLINGO"} |`);
    }
  }
  if (peer) console.log(`\nwithin 2x of clingo on ${met} of ${total} task runs; worst ratio ${worst.toFixed(2)} (goal ≤ 2x on every instance: ${met === total ? "met" : "NOT MET"})`);
}

/** Numbered .apx text (arguments 1..N, attacks only) of a framework, as the saturation encoding needs. */
function numberedApx(framework: Framework): string {
  const lines: string[] = [];
  for (let a = 1; a <= framework.size; a++) lines.push(`arg(${a}).`);
  for (let a = 0; a < framework.size; a++) {
    for (let k = framework.attacks.offsets[a]!; k < framework.attacks.offsets[a + 1]!; k++) lines.push(`att(${a + 1},${framework.attacks.neighbors[k]! + 1}).`);
  }
  return `${lines.join("\n")}\n`;
}


/** DS-PR, DC-PR and DS-ST on the conflict families, against clingo. */
export function runFamilies(): void {
  const dir = join(tmpdir(), "argmap-bench-iccma");
  mkdirSync(dir, { recursive: true });
  const peer = haveClingo();
  console.log("\n## Sceptical acceptance on conflict families: argmap vs clingo");
  console.log(`k conflicts supporting a thesis (pairs-k: 5k + 1 arguments, 2^k preferred extensions; queries t = yes, x0 and s0 = no) and an argument defended through k conflicts (guarded-k: 3k + 4 arguments, no stable extension; query a). argmap: parse .apx + solve in process, median of ${ROUNDS}; clingo: whole process, saturation encoding for DS-PR, stopped after ${CLINGO_TIMEOUT} ms.`);
  console.log("| instance | args | task | query | argmap ms | clingo ms | ratio | answer |");
  console.log("| --- | ---: | --- | --- | ---: | ---: | ---: | --- |");
  let worst = 0;
  let met = 0;
  let total = 0;
  const families: { name: string; framework: Framework; queries: string[] }[] = [];
  for (const k of [16, 18, 20, 60]) families.push({ name: `pairs-${k}`, framework: frameworkFromMap(pairsMap(k)), queries: ["t", "x0", "s0"] });
  for (const k of [20, 60]) families.push({ name: `guarded-${k}`, framework: guardedArgument(k), queries: ["a"] });
  for (const family of families) {
    const text = numberedApx(family.framework);
    const file = join(dir, `${family.name}.apx`);
    writeFileSync(file, text);
    for (const id of family.queries) {
      const query = family.framework.indexOf(id);
      const inFile = join(dir, `${family.name}.${id}.in.lp`);
      const outFile = join(dir, `${family.name}.${id}.out.lp`);
      writeFileSync(inFile, `:- not in(${query + 1}).\n`);
      writeFileSync(outFile, `:- in(${query + 1}).\n`);
      const parse = (): Framework => parseApx(text);
      const tasks: { task: string; mine: () => boolean; theirs: () => ClingoRun; sceptical: boolean }[] = [
        { task: "DS-PR", mine: () => scepticallyAccepted(parse(), "preferred", query), theirs: () => timeClingo([asp("preferred-saturation.lp"), outFile, file], ["-n", "1"], CLINGO_TIMEOUT), sceptical: true },
        { task: "DC-PR", mine: () => credulouslyAccepted(parse(), "preferred", query), theirs: () => timeClingo([asp("complete.lp"), inFile, file], ["-n", "1"], CLINGO_TIMEOUT), sceptical: false },
        { task: "DS-ST", mine: () => scepticallyAccepted(parse(), "stable", query), theirs: () => timeClingo([asp("stable.lp"), outFile, file], ["-n", "1"], CLINGO_TIMEOUT), sceptical: true },
      ];
      for (const t of tasks) {
        const mine = timeArgmap(t.mine);
        const shown = mine.value ? "yes" : "no";
        if (!peer) {
          console.log(`| ${family.name} | ${family.framework.size} | ${t.task} | ${id} | ${mine.ms.toFixed(1)} | – | – | ${shown} |`);
          continue;
        }
        const theirs = t.theirs();
        const ratio = mine.ms / theirs.ms;
        worst = Math.max(worst, ratio);
        total++;
        if (ratio <= 2) met++;
        if (theirs.timedOut === true) {
          console.log(`| ${family.name} | ${family.framework.size} | ${t.task} | ${id} | ${mine.ms.toFixed(1)} | > ${theirs.ms.toFixed(0)} (stopped) | < ${ratio.toPrecision(2)} | ${shown} |`);
          continue;
        }
        const agree = t.sceptical ? mine.value === !theirs.satisfiable : mine.value === theirs.satisfiable;
        console.log(`| ${family.name} | ${family.framework.size} | ${t.task} | ${id} | ${mine.ms.toFixed(1)} | ${theirs.ms.toFixed(1)} | ${ratio.toFixed(2)} | ${shown}${agree ? "" : " DISAGREES WITH CLINGO"} |`);
      }
    }
  }
  if (peer) console.log(`\nwithin 2x of clingo on ${met} of ${total} task runs; worst ratio ${worst.toFixed(2)} (goal ≤ 2x on every instance: ${met === total ? "met" : "NOT MET"})`);
}

/**
 * `npm run bench -- explain`: contribution functions and explanations.
 *
 * 1. Gradient contributions of every claim to the thesis of a 100,000-claim
 *    acyclic map, against one evaluation of the same map (goal ≤ 3x).
 * 2. Removal contributions of all 2,000 arguments of a tree-shaped DF-QuAD
 *    framework and exact Shapley contributions of 16 arguments, against
 *    QBAF-Py (the reference implementation) on the same frameworks, side by
 *    side in the same run (goal ≤ 0.05x each). QBAF-Py is not part of argmap:
 *    set QBAF_PY to the folder of a built copy (see
 *    scripts/oracle/qbaf-reference.py); without it these ratios are skipped
 *    and the benchmark says so.
 * 3. Sampled Shapley contributions of 1,000 arguments: the time, and whether
 *    every estimate lies within its stated error of the exact value (on a
 *    framework whose exact Shapley values are known in closed form).
 * 4. `explain` on large frameworks: the grounded defence at the end of a
 *    1,000,000-argument attack chain, against grounded itself.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { ArgumentMap } from "../../src/index.js";
import type { ArgumentMapDocument, Claim, Relation } from "../../src/index.js";
import { contributions, evaluateMap, explain, frameworkFromEdges, frameworkFromMap, gradual, grounded, type Framework } from "../../src/evaluate/index.js";
import { measure, median, random, report } from "../harness.js";

const here = dirname(fileURLToPath(import.meta.url));
const ORACLE = join(here, "..", "..", "scripts", "oracle", "qbaf-reference.py");
const CLAIMS = Number(process.env.ARGMAP_BENCH_CLAIMS ?? 100_000);

/**
 * An acyclic map in the shape of real ones: each claim after the first is
 * the premise of a relation to an earlier claim (a fifth attacks), one in
 * ten relations has a second, linked premise, and one in fifty attacks is an
 * undercut of an earlier relation. Claim numbers fall along every path, so
 * there is no cycle.
 */
function acyclicMap(claimCount: number, seed = 1): ArgumentMap {
  const next = random(seed);
  const pick = (n: number): number => Math.floor(next() * n);
  const claims: Claim[] = [];
  for (let i = 0; i < claimCount; i++) claims.push({ id: `c${i}`, text: `Claim ${i}.`, base: 0.2 + 0.6 * next() });
  const relations: Relation[] = [];
  for (let i = 1; i < claimCount; i++) {
    const from = [`c${i}`];
    if (next() < 0.1 && i + 1 < claimCount) from.push(`c${i + 1}`);
    const attack = next() < 0.2;
    const r = relations.length;
    const to = attack && r > 0 && next() < 0.02 ? `r${pick(r)}` : `c${pick(i)}`;
    relations.push({ id: `r${r}`, type: attack ? "attack" : "support", from, to });
  }
  const document: ArgumentMapDocument = { format: "argmap", version: 1, title: "Acyclic map", thesis: "c0", sources: [], claims, relations };
  return ArgumentMap.fromJSON(document);
}

/** A random recursive tree: argument i > 0 attacks (45%) or supports a random earlier argument; argument 0 is the topic. */
function tree(n: number, seed: number): { framework: Framework; attacks: [number, number][]; supports: [number, number][]; base: number[] } {
  const next = random(seed);
  const attacks: [number, number][] = [];
  const supports: [number, number][] = [];
  const base: number[] = [];
  for (let i = 0; i < n; i++) base.push(Math.round((0.05 + 0.9 * next()) * 1e6) / 1e6);
  for (let i = 1; i < n; i++) (next() < 0.45 ? attacks : supports).push([i, Math.floor(next() * i)]);
  const ids = Array.from({ length: n }, (_, i) => `a${i}`);
  const named = (list: [number, number][]) => list.map(([a, b]) => [ids[a]!, ids[b]!] as const);
  return { framework: frameworkFromEdges(ids, named(attacks), { supports: named(supports), base }), attacks, supports, base };
}

function gradientOnMap(): void {
  const map = acyclicMap(CLAIMS);
  const framework = frameworkFromMap(map, { premiseAttacks: false });
  const options = { semantics: "dfquad", method: "gradient" } as const;
  const timings = measure(
    [
      { name: "evaluateMap dfquad (one evaluation)", run: () => evaluateMap(map, "dfquad") },
      { name: "frameworkFromMap + gradient contributions", run: () => contributions(frameworkFromMap(map, { premiseAttacks: false }), "c0", options) },
      { name: "gradual dfquad on the framework", run: () => gradual(framework, "dfquad") },
      { name: "gradient contributions on the framework", run: () => contributions(framework, "c0", options) },
    ],
    { rounds: 7 },
  );
  const ratios = report(`gradient contributions of all ${CLAIMS.toLocaleString("en")} claims to the thesis (acyclic map, ${framework.size.toLocaleString("en")} arguments)`, timings, "evaluateMap dfquad (one evaluation)", {
    "frameworkFromMap + gradient contributions": 3,
  });
  const onFramework = timings.get("gradient contributions on the framework")! / timings.get("gradual dfquad on the framework")!;
  console.log(`\ngradient contributions / gradual on the same framework: ${onFramework.toFixed(2)}x (goal ≤ 3x ${onFramework <= 3 ? "met" : "NOT MET"}); map level ${ratios.get("frameworkFromMap + gradient contributions")!.toFixed(2)}x`);
}

interface PeerRun {
  readonly ms: number;
  readonly values: readonly number[];
}

/** Runs one task in QBAF-Py through the oracle script. */
function qbafPy(task: Record<string, unknown>): PeerRun {
  const result = spawnSync("python3", [ORACLE, "bench"], { input: JSON.stringify(task), encoding: "utf8", env: process.env, maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`QBAF-Py failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as PeerRun;
}

function timeArgmap(run: () => unknown, rounds: number): number {
  const times: number[] = [];
  run();
  for (let r = 0; r < rounds; r++) {
    globalThis.gc?.();
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

function againstQbafPy(): void {
  console.log("\n## contributions / QBAF-Py, side by side (tree-shaped DF-QuAD frameworks)");
  const peer = process.env.QBAF_PY;
  if (peer === undefined || !existsSync(peer)) {
    console.log("\nQBAF-Py is missing: set QBAF_PY to the folder of a built QBAF-Py (github.com/TimKam/Quantitative-Bipolar-Argumentation, built as its README says) to measure these ratios. Skipped.");
    return;
  }
  console.log("| task | argmap ms | QBAF-Py ms | ratio | goal | values agree |");
  console.log("| --- | ---: | ---: | ---: | --- | --- |");
  const row = (name: string, n: number, method: "removal" | "shapley", contributors: number[], rounds: number): void => {
    const t = tree(n, 7 + n);
    const task = { semantics: "dfquad", arguments: Array.from({ length: n }, (_, i) => `a${i}`), base: t.base, attacks: t.attacks, supports: t.supports, topic: 0, method, contributors, rounds: 1 };
    const theirs = qbafPy(task);
    let ours = contributions(t.framework, 0, { semantics: "dfquad", method });
    const ms = timeArgmap(() => (ours = contributions(t.framework, 0, { semantics: "dfquad", method })), rounds);
    const worst = Math.max(...contributors.map((x, k) => Math.abs(ours.contributions[x - 1]!.value - theirs.values[k]!)));
    const ratio = ms / theirs.ms;
    console.log(`| ${name} | ${ms.toFixed(2)} | ${theirs.ms.toFixed(0)} | ${ratio.toFixed(4)} | ≤ 0.05x ${ratio <= 0.05 ? "met" : "NOT MET"} | ${worst <= 1e-9 ? "yes" : "NO"} (largest difference ${worst.toExponential(1)}) |`);
  };
  row("removal contributions of all 2,000 arguments", 2000, "removal", Array.from({ length: 1999 }, (_, i) => i + 1), 9);
  row("exact Shapley contributions of 16 arguments", 17, "shapley", Array.from({ length: 16 }, (_, i) => i + 1), 9);
}

/**
 * Shapley values of a star: a attackers of base `ba` and s supporters of
 * base `bs` on a topic of base `bt` under DF-QuAD. A coalition's worth
 * depends only on how many of each it holds, so each player's value is an
 * exact sum over those counts (hypergeometric weights).
 */
function starShapley(a: number, s: number, ba: number, bs: number, bt: number): { attacker: number; supporter: number } {
  const worth = (i: number, j: number): number => {
    const va = 1 - (1 - ba) ** i;
    const vs = 1 - (1 - bs) ** j;
    return va >= vs ? bt - bt * (va - vs) : bt + (1 - bt) * (vs - va);
  };
  const m = a + s;
  // log of binomial coefficients
  const logFactorial = [0];
  for (let k = 1; k <= m; k++) logFactorial.push(logFactorial[k - 1]! + Math.log(k));
  const logChoose = (n: number, k: number): number => logFactorial[n]! - logFactorial[k]! - logFactorial[n - k]!;
  const value = (ownA: number, ownS: number, gain: (i: number, j: number) => number): number => {
    let total = 0;
    for (let k = 0; k < m; k++) {
      // k others before the player, chosen uniformly from ownA attackers and ownS supporters.
      for (let i = Math.max(0, k - ownS); i <= Math.min(k, ownA); i++) total += Math.exp(logChoose(ownA, i) + logChoose(ownS, k - i) - logChoose(m - 1, k)) * gain(i, k - i);
    }
    return total / m;
  };
  return {
    attacker: value(a - 1, s, (i, j) => worth(i + 1, j) - worth(i, j)),
    supporter: value(a, s - 1, (i, j) => worth(i, j + 1) - worth(i, j)),
  };
}

function sampledShapley(): void {
  console.log("\n## sampled Shapley contributions of 1,000 arguments");
  console.log("| framework | samples | ms | largest error bound | estimates within their bound |");
  console.log("| --- | ---: | ---: | ---: | --- |");
  const a = 600;
  const s = 400;
  const ids = ["t", ...Array.from({ length: a + s }, (_, i) => `p${i}`)];
  const attacks = Array.from({ length: a }, (_, i) => [`p${i}`, "t"] as const);
  const supports = Array.from({ length: s }, (_, i) => [`p${a + i}`, "t"] as const);
  const base = [0.5, ...Array.from({ length: a }, () => 0.004), ...Array.from({ length: s }, () => 0.005)];
  const star = frameworkFromEdges(ids, attacks, { supports, base });
  const exact = starShapley(a, s, 0.004, 0.005, 0.5);
  for (const samples of [1000, 4000]) {
    let result = contributions(star, "t", { semantics: "dfquad", method: "shapley", samples, seed: 1 });
    const ms = timeArgmap(() => (result = contributions(star, "t", { semantics: "dfquad", method: "shapley", samples, seed: 1 })), 1);
    const within = result.contributions.every((c, i) => Math.abs(c.value - (i < a ? exact.attacker : exact.supporter)) <= c.error!);
    const bound = Math.max(...result.contributions.map((c) => c.error!));
    console.log(`| star: 600 attackers, 400 supporters (exact values known) | ${samples} | ${ms.toFixed(0)} | ${bound.toExponential(2)} | ${within ? "yes" : "NO"} |`);
  }
  const t = tree(1001, 3);
  let result = contributions(t.framework, 0, { semantics: "dfquad", method: "shapley", samples: 1000, seed: 1 });
  const ms = timeArgmap(() => (result = contributions(t.framework, 0, { semantics: "dfquad", method: "shapley", samples: 1000, seed: 1 })), 1);
  console.log(`| random tree of 1,001 arguments | 1000 | ${ms.toFixed(0)} | ${Math.max(...result.contributions.map((c) => c.error!)).toExponential(2)} | (exact values unknown) |`);
}

function explainLarge(): void {
  const n = 1_000_000;
  const pairs = new Int32Array(2 * (n - 1));
  for (let i = 1; i < n; i++) {
    pairs[2 * (i - 1)] = i - 1;
    pairs[2 * (i - 1) + 1] = i;
  }
  const chain = frameworkFromEdges(n, pairs);
  const end = n % 2 === 1 ? n - 1 : n - 2; // in the grounded extension
  const timings = measure([
    { name: "grounded (1M-argument attack chain)", run: () => grounded(chain) },
    { name: "explain the chain's last in argument (grounded)", run: () => explain(chain, end, { semantics: "grounded" }) },
    { name: "explain it under preferred", run: () => explain(chain, end, { semantics: "preferred" }) },
  ]);
  report("explain: a defence of 500,000 arguments", timings, "grounded (1M-argument attack chain)");
}

const part = process.env.ARGMAP_BENCH_PART;
if (part === undefined || part === "gradient") gradientOnMap();
if (part === undefined || part === "qbaf") againstQbafPy();
if (part === undefined || part === "sampled") sampledShapley();
if (part === undefined || part === "explain") explainLarge();

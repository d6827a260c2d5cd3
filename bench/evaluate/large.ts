/**
 * Large-framework benchmarks: grounded, one gradual iteration and building
 * from an edge list on a random framework with 1,000,000 arguments and
 * 5,000,000 attacks, each against a hand-written baseline loop measured in
 * the same run.
 */
import { frameworkFromEdges, grounded } from "../../src/evaluate/index.js";
import { gradualStep } from "../../src/evaluate/gradual.js";
import { measure, random, report } from "../harness.js";

const N = Number(process.env.ARGMAP_BENCH_N ?? 1_000_000);
const M = Number(process.env.ARGMAP_BENCH_M ?? 5_000_000);

export function runLarge(): void {
  runShape("random", false);
  runShape("random acyclic (every argument decided by grounded)", true);
}

function runShape(shape: string, acyclic: boolean): void {
  const rand = random(42);
  const pairs = new Int32Array(2 * M);
  for (let k = 0; k < 2 * M; k++) pairs[k] = Math.floor(rand() * N);
  if (acyclic) {
    for (let e = 0; e < M; e++) {
      const a = pairs[2 * e]!;
      const b = pairs[2 * e + 1]!;
      if (a === b) pairs[2 * e + 1] = (b + 1) % N;
      if (pairs[2 * e]! > pairs[2 * e + 1]!) {
        pairs[2 * e] = pairs[2 * e + 1]!;
        pairs[2 * e + 1] = a;
      }
    }
  }
  const framework = frameworkFromEdges(N, pairs);
  const { offsets, neighbors } = framework.attacks;
  const { offsets: inOffsets, neighbors: attackers } = framework.attackers;
  const scratch = new Int32Array(N);
  const current = new Float64Array(N).fill(0.5);
  const next = new Float64Array(N);

  /** Reads every attack once and touches its target: the memory-bound floor of a graph pass. */
  const onePassOverAttacks = (): number => {
    scratch.fill(0);
    for (let a = 0; a < N; a++) {
      const end = offsets[a + 1]!;
      for (let k = offsets[a]!; k < end; k++) scratch[neighbors[k]!]!++;
    }
    return scratch[0]!;
  };
  /** Reads every attacker's strength once per argument and writes one value per argument. */
  const onePassOverArrays = (): number => {
    for (let i = 0; i < N; i++) {
      let sum = 0;
      const end = inOffsets[i + 1]!;
      for (let k = inOffsets[i]!; k < end; k++) sum += current[attackers[k]!]!;
      next[i] = sum;
    }
    return next[0]!;
  };
  /** Fills both CSR directions straight from the pairs, without checks. */
  const fillCsrDirectly = (): number => {
    const outOffsets = new Int32Array(N + 1);
    const inOff = new Int32Array(N + 1);
    for (let e = 0; e < M; e++) {
      outOffsets[pairs[2 * e]! + 1]!++;
      inOff[pairs[2 * e + 1]! + 1]!++;
    }
    for (let i = 0; i < N; i++) {
      outOffsets[i + 1]! += outOffsets[i]!;
      inOff[i + 1]! += inOff[i]!;
    }
    const outN = new Int32Array(M);
    const inN = new Int32Array(M);
    const outFill = outOffsets.slice(0, N);
    const inFill = inOff.slice(0, N);
    for (let e = 0; e < M; e++) {
      const from = pairs[2 * e]!;
      const to = pairs[2 * e + 1]!;
      outN[outFill[from]!++] = to;
      inN[inFill[to]!++] = from;
    }
    return outN[0]! + inN[0]!;
  };

  const before = process.memoryUsage();
  const g = grounded(framework);
  const after = process.memoryUsage();
  let inCount = 0;
  for (let i = 0; i < N; i++) if (g.codes[i] === 1) inCount++;
  console.log(`\n### ${shape} framework: ${N} arguments, ${M} attacks; grounded extension has ${inCount} arguments`);

  const timings = measure(
    [
      { name: "one pass over attacks", run: onePassOverAttacks },
      { name: "grounded", run: () => grounded(framework) },
    ],
    { rounds: 7, warmup: 2 },
  );
  report(`grounded vs one pass over attacks (${shape})`, timings, "one pass over attacks", { grounded: 3 });
  const rss = process.memoryUsage().rss;
  console.log(`memory: rss ${(rss / 2 ** 20).toFixed(0)} MiB in total (pairs, framework and baselines included); grounded allocated ${((after.arrayBuffers - before.arrayBuffers) / 2 ** 20).toFixed(1)} MiB of typed arrays`);

  const gradualTimings = measure(
    [
      { name: "one pass over arrays", run: onePassOverArrays },
      { name: "dfquad iteration", run: () => gradualStep(framework, "dfquad", current, next) },
      { name: "quadratic-energy iteration", run: () => gradualStep(framework, "quadratic-energy", current, next) },
      { name: "h-categorizer iteration", run: () => gradualStep(framework, "h-categorizer", current, next) },
      { name: "euler iteration", run: () => gradualStep(framework, "euler", current, next) },
    ],
    { rounds: 7, warmup: 2 },
  );
  report(`one gradual iteration vs one pass over arrays (${shape})`, gradualTimings, "one pass over arrays", { "dfquad iteration": 3, "quadratic-energy iteration": 3 });

  const buildTimings = measure(
    [
      { name: "fill CSR directly", run: fillCsrDirectly },
      { name: "frameworkFromEdges", run: () => frameworkFromEdges(N, pairs) },
    ],
    { rounds: 5, warmup: 1 },
  );
  report(`building from an edge list vs filling the CSR arrays directly (${shape})`, buildTimings, "fill CSR directly", { frameworkFromEdges: 2 });
}

/**
 * Shared timing helpers for argmap's benchmarks. Machines here are shared
 * and noisy, so every benchmark compares against a baseline measured in the
 * same process, interleaving runs and taking medians.
 */
import { performance } from "node:perf_hooks";

/** One timed task. */
export interface Task {
  readonly name: string;
  /** Work to time; its return value is kept alive so it cannot be optimized away. */
  readonly run: () => unknown;
}

/** Median timings of tasks in milliseconds, by name. */
export type Timings = Map<string, number>;

let sink: unknown;

/**
 * Times tasks interleaved (a, b, c, a, b, c, …) after `warmup` untimed
 * rounds, and returns each task's median over `rounds` rounds.
 */
export function measure(tasks: readonly Task[], options: { readonly rounds?: number; readonly warmup?: number } = {}): Timings {
  const rounds = options.rounds ?? 5;
  const warmup = options.warmup ?? 1;
  const samples = new Map<string, number[]>(tasks.map((t) => [t.name, []]));
  for (let round = 0; round < warmup + rounds; round++) {
    for (const task of tasks) {
      globalThis.gc?.();
      const start = performance.now();
      sink = task.run();
      const elapsed = performance.now() - start;
      if (round >= warmup) samples.get(task.name)!.push(elapsed);
    }
  }
  void sink;
  const out: Timings = new Map();
  for (const [name, list] of samples) out.set(name, median(list));
  return out;
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Prints a table row per task with its time and its ratio to `baseline`, and returns the ratios. */
export function report(title: string, timings: Timings, baseline: string, goals: Readonly<Record<string, number>> = {}): Map<string, number> {
  const base = timings.get(baseline);
  if (base === undefined) throw new Error(`no timing for baseline "${baseline}"`);
  console.log(`\n## ${title}`);
  console.log(`| task | median ms | ratio to ${baseline} | goal |`);
  console.log("| --- | ---: | ---: | --- |");
  const ratios = new Map<string, number>();
  for (const [name, ms] of timings) {
    const ratio = ms / base;
    ratios.set(name, ratio);
    const goal = goals[name];
    const verdict = goal === undefined ? "" : `≤ ${goal}x ${ratio <= goal ? "met" : "NOT MET"}`;
    console.log(`| ${name} | ${ms.toFixed(1)} | ${ratio.toFixed(2)} | ${verdict} |`);
  }
  return ratios;
}

/** A small deterministic pseudo-random generator (mulberry32), for generated inputs. */
export { mulberry32 as random } from "../src/internal/random.js";

/**
 * The goals that start Node: the built CLI (`dist/cli.cjs`, from
 * `npm run build`) against Graphviz's own `dot` and against
 * `argmap validate`, each command in a fresh process, interleaved.
 * On Node 22.1 and later the command line keeps V8's compiled code between
 * runs in Node's compile cache (src/cli/compile-cache.ts); the benchmark
 * gives it a TMPDIR of its own, whose cache the warm-up round fills.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { median } from "../harness.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const CLI = join(ROOT, "dist", "cli.cjs");

/** Wall time of one command, in ms; throws when it fails. `env` is added to this process's environment. */
export function run(command: string, args: readonly string[], env: Readonly<Record<string, string>> = {}): number {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: ["ignore", "ignore", "pipe"], cwd: ROOT, env: { ...process.env, ...env } });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${result.status}: ${result.stderr?.toString().slice(0, 500)}`);
  return ms;
}

/** Medians of commands run interleaved (a, b, a, b, …) after one warm-up round. */
export function interleaved(commands: readonly { readonly name: string; readonly command: string; readonly args: readonly string[]; readonly env?: Readonly<Record<string, string>> }[], rounds: number): Map<string, number> {
  const samples = new Map<string, number[]>(commands.map((c) => [c.name, []]));
  for (let round = 0; round <= rounds; round++) {
    for (const c of commands) {
      const ms = run(c.command, c.args, c.env);
      if (round > 0) samples.get(c.name)!.push(ms);
    }
  }
  return new Map([...samples].map(([name, list]) => [name, median(list)]));
}

/** Whether the built CLI and Graphviz's `dot` are there. */
export function cliReady(): { ok: true } | { ok: false; reason: string } {
  if (!existsSync(CLI)) return { ok: false, reason: "dist/cli.cjs is missing: run `npm run build` first" };
  if (spawnSync("dot", ["-V"]).status !== 0) return { ok: false, reason: "Graphviz `dot` is not installed" };
  return { ok: true };
}

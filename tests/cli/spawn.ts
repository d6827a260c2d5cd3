/** Runs the built `argmap` command (dist/cli.js) for the CLI tests. */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const CLI = join(ROOT, "dist", "cli.js");
export const UKRAINE_JSON = join(ROOT, "examples", "ukraine-japan", "ukraine-japan.argmap.json");

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Spawns `node dist/cli.js ...args`, with `input` on standard input. */
export function argmapCli(args: readonly string[], input?: string): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input: input ?? "", encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

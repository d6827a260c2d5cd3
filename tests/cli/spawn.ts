/** Runs the `argmap` command line for the CLI tests: the built dist/cli.js, or in process. */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/run.js";

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

/** What {@link runInProcess} captured. */
export interface InProcessResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the command line in this process through `runCli`, with `stdin` as standard input. */
export async function runInProcess(argv: readonly string[], stdin = ""): Promise<InProcessResult> {
  let out = "";
  let err = "";
  const code = await runCli(argv, {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    stdin: async () => stdin,
  });
  return { code, out, err };
}

/** Runs the `argmap` command line for the CLI tests: the built dist/cli.cjs, or in process. */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/run.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const CLI = join(ROOT, "dist", "cli.cjs");
export const UKRAINE_JSON = join(ROOT, "examples", "ukraine-japan", "ukraine-japan.argmap.json");

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link argmapCli}. */
export interface SpawnOptions {
  /** Packages that the spawned command cannot find, as if they were not installed. */
  readonly hide?: readonly string[];
}

/** Spawns `node dist/cli.cjs ...args`, with `input` (text or bytes) on standard input. */
export function argmapCli(args: readonly string[], input?: string | Uint8Array, options: SpawnOptions = {}): CliResult {
  const hooks = options.hide !== undefined && options.hide.length > 0 ? ["--import", join(ROOT, "tests", "cli", "hide-packages.mjs")] : [];
  const env = { ...process.env, ARGMAP_TEST_HIDE: (options.hide ?? []).join(",") };
  const result = spawnSync(process.execPath, [...hooks, CLI, ...args], { cwd: ROOT, input: input ?? "", encoding: "utf8", env });
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

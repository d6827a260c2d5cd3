/**
 * The command line's entry: runs `argmap` with the process's arguments and
 * streams. Built into dist/cli/argmap.cjs and loaded by src/cli/bin.ts. In a
 * worker started by src/cli/bounded-run.ts, it runs that worker's job
 * instead.
 * @module
 * @internal
 */
import { BOUNDED_JOB, runBoundedJob, setWorkerEntry, WORKER_ARG, type BoundedJob } from "./bounded-run.js";
import { reasonOf } from "./output.js";
import { runCli } from "./run.js";

/** Reads standard input, stopping once more than `maxBytes` bytes have come (`argmap stats - < /dev/zero`). */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      process.stdin.destroy();
      break;
    }
  }
  return Buffer.concat(chunks);
}

function main(): void {
  // A reader that closed the pipe (`argmap … | head`) ends the command quietly, with exit 0. Any other failure to
  // write (a full disk behind `> file`) is one line and exit 2, as for an output file.
  for (const [stream, name] of [
    [process.stdout, "standard output"],
    [process.stderr, "standard error"],
  ] as const) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      if (stream === process.stdout) process.stderr.write(`argmap: cannot write ${name}: ${reasonOf(error)}\n`);
      process.exit(2);
    });
  }
  // Commands stopped by --timeout run in a worker that loads the command line again through the bin.
  setWorkerEntry(require.main?.filename);
  runCli(process.argv.slice(2), {
    out: (text) => {
      process.stdout.write(text);
    },
    err: (text) => {
      process.stderr.write(text);
    },
    stdin: readStdin,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`argmap: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}

/** The job of a worker started by bounded-run.ts (which marks its argv), loading node:worker_threads only then. */
function workerJob(): { job: BoundedJob; post: (reply: unknown) => void } | undefined {
  if (process.argv[2] !== WORKER_ARG) return undefined;
  const threads = require("node:worker_threads") as typeof import("node:worker_threads");
  const job = threads.isMainThread ? undefined : ((threads.workerData as Record<string, unknown> | null)?.[BOUNDED_JOB] as BoundedJob | undefined);
  return job === undefined ? undefined : { job, post: (reply) => threads.parentPort?.postMessage(reply) };
}

const worker = workerJob();
if (worker === undefined) main();
else void runBoundedJob(worker.job, worker.post);

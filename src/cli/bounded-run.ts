/**
 * Running a command under a hard time limit (`render --timeout`): the
 * command runs in a worker thread, which is stopped when the time is up,
 * wherever it is (reading, evaluating, measuring text, laying out). The
 * main thread reads the inputs, replays what the worker printed, and writes
 * the output, so a stopped run leaves no file behind.
 *
 * The worker loads the command line from the bin (the built dist/cli.cjs),
 * which src/cli/main.ts names with {@link setWorkerEntry}. Without it (the
 * command line run from its sources, as the tests do in process), the
 * command runs in this thread and only the evaluation is bounded.
 * @module
 */
import { ArgmapError, type ArgmapIssue } from "../errors.js";
import { InvalidInputError, UsageError, type CliIssueCode, type CommandContext } from "./command.js";
import { commands } from "./commands/index.js";
import { safeName } from "./safe-text.js";

/** What the worker is asked to run. */
export interface BoundedJob {
  readonly command: string;
  readonly args: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  readonly target: string | undefined;
  /** The inputs' text, read by the main thread, by the name the command reads them with. */
  readonly texts: Readonly<Record<string, string>>;
}

/** One thing the command did, replayed by the main thread in order. */
type Event =
  | { readonly kind: "out"; readonly text: string | Uint8Array }
  | { readonly kind: "err" | "note" | "wrote"; readonly text: string }
  | { readonly kind: "warn" | "warnOnWrite"; readonly file: string; readonly issues: readonly ArgmapIssue<string>[] };

/** What the worker sends back. */
type Reply =
  | { readonly kind: "done"; readonly code: number; readonly events: readonly Event[] }
  | { readonly kind: "failed"; readonly events: readonly Event[]; readonly error: SentError };

/** An error, as plain data that crosses to the main thread. */
type SentError =
  | { readonly type: "usage"; readonly message: string; readonly code: CliIssueCode }
  | { readonly type: "invalid"; readonly file: string; readonly issues: readonly ArgmapIssue<string>[] }
  | { readonly type: "argmap"; readonly issues: readonly ArgmapIssue<string>[] }
  | { readonly type: "other"; readonly message: string };

/** The key of the worker's data that holds a bounded job. */
export const BOUNDED_JOB = "argmapBoundedJob";

/** The argument a bounded job's worker starts with, so that a normal start need not load node:worker_threads. */
export const WORKER_ARG = "--argmap-bounded-job";

let workerEntry: string | undefined;

/** Names the file a worker loads to run a command (the bin); `undefined` runs commands in this thread. */
export function setWorkerEntry(file: string | undefined): void {
  workerEntry = file;
}

/** Whether {@link runBounded} can stop a command wherever it is (it runs in a worker). */
export function canBound(): boolean {
  return workerEntry !== undefined;
}

/**
 * Runs `context`'s command in a worker and stops it after `seconds`: exit 1
 * with `time-limit`, "stopped by --timeout S (seconds) before `what` was
 * finished", nothing written. The inputs are read here first (bounded by
 * `--max-input`); the worker's output, warnings and notes are replayed into
 * `context` when it ends.
 */
export async function runBounded(context: CommandContext, command: string, seconds: number, shown: string, what: string): Promise<number> {
  const started = Date.now();
  const stop = (): ArgmapError<string> =>
    new ArgmapError<string>([{ code: "time-limit", severity: "error", path: [], message: `stopped by --timeout ${safeName(shown)} (seconds) before ${what} was finished` }]);
  const texts: Record<string, string> = {};
  for (const file of context.args) texts[file] = await context.read(file);
  const left = seconds * 1000 - (Date.now() - started);
  if (left <= 0) throw stop();
  const job: BoundedJob = { command, args: context.args, options: context.options, target: context.target, texts };
  const { Worker } = require("node:worker_threads") as typeof import("node:worker_threads");
  const worker = new Worker(workerEntry!, { argv: [WORKER_ARG], workerData: { [BOUNDED_JOB]: job }, stdout: true, stderr: true });
  // A stopped worker may take a moment to end; the command does not wait for it.
  worker.unref();
  const reply = await new Promise<Reply | "timeout">((done, fail) => {
    const timer = setTimeout(() => done("timeout"), left);
    worker.once("message", (message: Reply) => {
      clearTimeout(timer);
      done(message);
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      fail(error);
    });
    worker.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`the worker ended with exit code ${code} before it answered`));
    });
  });
  if (reply === "timeout") {
    void worker.terminate();
    throw stop();
  }
  void worker.terminate();
  replay(context, reply.events);
  if (reply.kind === "done") return reply.code;
  throw revive(reply.error);
}

function replay(context: CommandContext, events: readonly Event[]): void {
  for (const event of events) {
    if ("issues" in event) context[event.kind](event.file, event.issues);
    else if (event.kind === "out") context.out(event.text);
    else context[event.kind](event.text);
  }
}

function revive(error: SentError): Error {
  switch (error.type) {
    case "usage":
      return new UsageError(error.message, error.code);
    case "invalid":
      return new InvalidInputError(error.file, error.issues);
    case "argmap":
      return new ArgmapError<string>(error.issues as readonly [ArgmapIssue<string>, ...ArgmapIssue<string>[]]);
    case "other":
      return new Error(error.message);
  }
}

function send(error: unknown): SentError {
  if (error instanceof UsageError) return { type: "usage", message: error.message, code: error.code };
  if (error instanceof InvalidInputError) return { type: "invalid", file: error.file, issues: error.issues };
  if (error instanceof ArgmapError) return { type: "argmap", issues: (error as ArgmapError<string>).issues };
  return { type: "other", message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

/**
 * Runs a bounded job in this worker: the command, with the inputs the main
 * thread read, everything it prints recorded; then posts the reply.
 */
export async function runBoundedJob(job: BoundedJob, post: (reply: Reply) => void): Promise<void> {
  const events: Event[] = [];
  const quiet = job.options.quiet === true;
  const context: CommandContext = {
    args: job.args,
    options: job.options,
    target: job.target,
    out: (text) => void events.push({ kind: "out", text }),
    err: (text) => void events.push({ kind: "err", text }),
    note: (text) => void (quiet || events.push({ kind: "note", text })),
    wrote: (text) => void events.push({ kind: "wrote", text }),
    warn: (file, issues) => void events.push({ kind: "warn", file, issues }),
    warnOnWrite: (file, issues) => void events.push({ kind: "warnOnWrite", file, issues }),
    read: async (file) => {
      const text = job.texts[file];
      if (text === undefined) throw new UsageError(`cannot read ${safeName(file)}: not read before the run`, "unreadable-input");
      return text;
    },
  };
  try {
    const command = commands.find((c) => c.name === job.command);
    if (command === undefined) throw new Error(`no command ${job.command}`);
    const { run } = await command.load();
    post({ kind: "done", code: await run(context), events });
  } catch (error) {
    post({ kind: "failed", events, error: send(error) });
  }
}

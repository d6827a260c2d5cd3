/**
 * Where a command's output goes, decided before anything is read: standard
 * output, a regular file (new or replaced atomically), or a FIFO, terminal
 * or other character device (written into directly, never replaced).
 *
 * Synchronous file calls: a command does one thing at a time, and they need
 * neither node:fs/promises nor libuv's thread pool, which a short command
 * would pay to start (bench/README.md, "cli: a compile cache and one bundle").
 * @module
 */
import { accessSync, closeSync, constants, fstatSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "./command.js";
import { safeName } from "./safe-text.js";

/** Where a command's output goes. */
export type OutputPlan =
  /** Standard output: `-`, no `--out`, or a path that is this process's standard output (`/dev/stdout`, `/dev/fd/1`). */
  | { readonly kind: "stdout" }
  /** A regular file or a new one, written atomically: a temporary file in `destination`'s directory, renamed over it. */
  | { readonly kind: "file"; readonly target: string; readonly destination: string }
  /** A FIFO, a terminal or another character device (`/dev/null`): opened and written into, never replaced. */
  | { readonly kind: "stream"; readonly target: string }
  /** A descriptor this process was given, named as `/dev/fd/N` (`>(…)`, `3>file`) or `/dev/stderr`: written into as it is. */
  | { readonly kind: "descriptor"; readonly target: string; readonly fd: number };

/** Words for the errno codes an output can fail with. */
const WHY: Readonly<Record<string, string>> = {
  ENOENT: "no such directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory",
  ENOTDIR: "not a directory",
  EROFS: "read-only file system",
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  EFBIG: "file too large",
  ENAMETOOLONG: "name too long",
  ELOOP: "too many symbolic links",
  ENXIO: "no reader on the other end",
  EIO: "input/output error",
  ETXTBSY: "file busy",
  EBADF: "no such open descriptor",
};

/** The descriptor a path names: `/dev/fd/N`, `/proc/self/fd/N`, `/dev/stdout`, `/dev/stderr`. */
function descriptorOf(target: string): number | undefined {
  if (target === "/dev/stdout") return 1;
  if (target === "/dev/stderr") return 2;
  const named = /^\/(?:dev|proc\/self)\/fd\/(\d{1,9})$/.exec(target);
  return named === null ? undefined : Number(named[1]);
}

/** The usage error (exit 2, `unwritable-output`) for `target`, with `why` in words. */
export function unwritable(target: string, why: string): UsageError {
  return new UsageError(`cannot write ${safeName(target)}: ${why}`, "unwritable-output");
}

/** The reason of a failed file call, in words (the errno code when it has none). */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined ? (WHY[code] ?? code) : error instanceof Error ? error.message : String(error);
}

/** Device and inode of standard output, if it is open. */
function stdoutIdentity(fd: number): Stats | undefined {
  try {
    return fstatSync(fd);
  } catch {
    return undefined;
  }
}

/** The first folder above `file` that exists but is not a directory (`map.json` for `map.json/x.svg`). */
function fileInTheWay(file: string): string | undefined {
  for (let folder = dirname(resolve(file)); folder !== dirname(folder); folder = dirname(folder)) {
    try {
      if (!statSync(folder).isDirectory()) return folder;
      return undefined;
    } catch {
      // Not there: look further up.
    }
  }
  return undefined;
}

/** Refuses (unwritable-output) a directory this process cannot create files in. */
function checkDirectory(target: string, directory: string): void {
  let info: Stats;
  try {
    info = statSync(directory);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR") throw unwritable(target, `${safeName(fileInTheWay(directory) ?? directory)} is not a directory`);
    throw unwritable(target, reasonOf(error));
  }
  if (!info.isDirectory()) throw unwritable(target, `${safeName(directory)} is not a directory`);
  try {
    accessSync(directory, constants.W_OK);
  } catch (error) {
    throw unwritable(target, reasonOf(error));
  }
}

/**
 * Refuses (exit 2, `same-file`) an output that is one of the inputs: the same
 * real path after symlinks, or the same file through a hard link.
 */
export function checkNotAnInput(target: string, inputs: readonly string[]): void {
  const out = identity(target);
  for (const input of inputs) {
    if (input === "-") continue;
    const other = identity(input);
    if (other.path === out.path || (out.ino !== undefined && other.ino === out.ino && other.dev === out.dev)) {
      throw new UsageError(`${safeName(target)} is the input ${safeName(input)}; refusing to overwrite the input (write to another file)`, "same-file");
    }
  }
}

function identity(file: string): { path: string; dev?: number; ino?: number } {
  try {
    const info = statSync(file);
    return { path: realpathSync(file), dev: info.dev, ino: info.ino };
  } catch {
    // Not there (yet): its directory's real path and its name.
    try {
      return { path: join(realpathSync(dirname(resolve(file))), basename(file)) };
    } catch {
      return { path: resolve(file) };
    }
  }
}

/**
 * Decides where the output `target` goes, checking everything that can be
 * checked before the command reads its inputs: `-` and this process's own
 * standard output go to standard output; a regular file (or a new one) is
 * written atomically, if it is not one of `inputs` and its directory can be
 * written; a FIFO or character device is written into directly. A directory,
 * a block device, a socket, a path below a file (`map.json/x.svg`), a missing
 * or read-only directory are refused with a usage error (exit 2,
 * `unwritable-output`), an input with `same-file`.
 *
 * @param target - The output path from `--out` (or `convert`'s OUT).
 * @param inputs - The command's input paths (`-` for standard input).
 * @param stdoutFd - The descriptor of standard output (1).
 */
export function planOutput(target: string, inputs: readonly string[], stdoutFd = 1): OutputPlan {
  if (target === "-") return { kind: "stdout" };
  if (target === "") throw new UsageError("the output needs a file name (or - for standard output)", "invalid-option");
  // A descriptor of this process, named by number: whatever it is (a pipe, a socket, a file the shell opened), write into it.
  const fd = descriptorOf(target);
  if (fd !== undefined && process.platform !== "win32") {
    let info: Stats;
    try {
      info = fstatSync(fd);
    } catch (error) {
      throw unwritable(target, reasonOf(error));
    }
    if (info.isDirectory()) throw unwritable(target, "is a directory");
    return fd === stdoutFd ? { kind: "stdout" } : { kind: "descriptor", target, fd };
  }
  let info: Stats;
  try {
    info = statSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR") throw unwritable(target, `${safeName(fileInTheWay(target) ?? dirname(target))} is not a directory`);
    if (code !== "ENOENT") throw unwritable(target, reasonOf(error));
    // A name ending in a slash names a directory, which is not there.
    if (/[\\/]$/.test(target)) throw unwritable(target, "no such directory");
    // Something that is there but leads nowhere is not replaced.
    if (lstatSync(target, { throwIfNoEntry: false })?.isSymbolicLink() === true) throw unwritable(target, "is a symbolic link to a missing file");
    // A new file: its directory must take it.
    checkDirectory(target, dirname(resolve(target)));
    checkNotAnInput(target, inputs);
    return { kind: "file", target, destination: resolve(target) };
  }
  const own = stdoutIdentity(stdoutFd);
  if (own !== undefined && own.dev === info.dev && own.ino === info.ino) return { kind: "stdout" };
  if (info.isDirectory()) throw unwritable(target, "is a directory");
  if (info.isFile()) {
    checkNotAnInput(target, inputs);
    const destination = realpathSync(target);
    checkDirectory(target, dirname(destination));
    try {
      accessSync(destination, constants.W_OK);
    } catch (error) {
      throw unwritable(target, reasonOf(error));
    }
    return { kind: "file", target, destination };
  }
  if (info.isFIFO() || info.isCharacterDevice()) {
    try {
      accessSync(target, constants.W_OK);
    } catch (error) {
      throw unwritable(target, reasonOf(error));
    }
    return { kind: "stream", target };
  }
  throw unwritable(target, info.isBlockDevice() ? "is a block device (argmap writes files, FIFOs and character devices)" : info.isSocket() ? "is a socket" : "is not a file");
}

/** What {@link writePlanned} does besides writing. */
export interface WriteHooks {
  /** Standard output, for the `stdout` plan. */
  readonly out: (data: string | Uint8Array) => void;
  /**
   * Runs once the text is safely written and before it replaces the target
   * (file), or once it is written (FIFO, device), or before it goes to
   * standard output: to print warnings only for an output that exists.
   */
  readonly beforeCommit?: () => void;
}

/**
 * Writes `text` where `plan` says. A regular file is written atomically: into
 * a temporary file in the same directory, flushed, then renamed over the
 * target, so that a failure leaves the old file (or none) and no temporary
 * file; if the target has meanwhile become something other than a regular
 * file, it is left alone. A FIFO or device is opened and written into. Throws
 * a usage error (exit 2, `unwritable-output`) when it cannot write. A reader
 * that closes a FIFO early ends the write quietly, as a closed standard
 * output does.
 */
export function writePlanned(plan: OutputPlan, text: string | Uint8Array, hooks: WriteHooks): void {
  if (plan.kind === "stdout") {
    hooks.beforeCommit?.();
    hooks.out(text);
    return;
  }
  if (plan.kind === "stream") {
    writeStream(plan.target, text);
    hooks.beforeCommit?.();
    return;
  }
  if (plan.kind === "descriptor") {
    writeInto(plan.fd, plan.target, text);
    hooks.beforeCommit?.();
    return;
  }
  const { target, destination } = plan;
  // A name no other writer picks (and "wx" below refuses one that exists): no need for node:crypto, slow to load.
  const suffix = Math.floor(Math.random() * 0x100000000)
    .toString(16)
    .padStart(8, "0");
  const temporary = join(dirname(destination), `.${basename(destination)}.${process.pid}.${suffix}.tmp`);
  try {
    writeWhole(temporary, text);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw unwritable(target, reasonOf(error));
  }
  try {
    // Never rename over anything but a regular file, whatever appeared there since the plan.
    const now = lstatSync(destination, { throwIfNoEntry: false });
    if (now !== undefined && !now.isFile()) throw unwritable(target, now.isDirectory() ? "is a directory" : "is no longer a regular file; left as it is");
    hooks.beforeCommit?.();
    renameSync(temporary, destination);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error instanceof UsageError ? error : unwritable(target, reasonOf(error));
  }
}

/** The bytes of a text (UTF-8) or of bytes. */
function bytesOf(text: string | Uint8Array): Uint8Array {
  return typeof text === "string" ? Buffer.from(text, "utf8") : text;
}

function writeWhole(file: string, text: string | Uint8Array): void {
  const fd = openSync(file, "wx", 0o666);
  try {
    const bytes = bytesOf(text);
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes into a FIFO or device without creating, truncating or replacing it. */
function writeStream(target: string, text: string | Uint8Array): void {
  let fd: number;
  try {
    // O_NOCTTY: a terminal named as output does not become the controlling one.
    fd = openSync(target, constants.O_WRONLY | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    throw unwritable(target, reasonOf(error));
  }
  try {
    writeInto(fd, target, text);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes all of `text` into an open descriptor, waiting when a non-blocking
 * one is full; a reader that closed its end (EPIPE) ends the write quietly.
 */
function writeInto(fd: number, target: string, text: string | Uint8Array): void {
  const bytes = bytesOf(text);
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(fd, bytes, written, bytes.length - written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EPIPE") return;
      if (code !== "EAGAIN") throw unwritable(target, reasonOf(error));
      // Full, and non-blocking: wait a moment for the reader.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

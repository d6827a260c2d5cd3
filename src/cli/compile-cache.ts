/**
 * Runs the command line's bundle with V8's code cache, so that a command
 * started again does not parse and compile the same JavaScript again (15 to
 * 20 ms of each start; bench/README.md, "cli: a compile cache and one
 * bundle").
 *
 * Node 22 has this built in (`module.enableCompileCache()`); Node 20 has
 * only `vm.Script` with `cachedData`, which this uses on every version. The
 * bundle is a CommonJS-style script (dist/cli/argmap.cjs) run in this
 * context; after the first run of a command, the code V8 compiled for it is
 * written to a cache file for that command, and later runs hand it back to
 * V8. V8 checks that the data fits the source, its own version and its flags,
 * and compiles afresh when it does not; the cache's own header also names the
 * bundle's size and modification time and Node's version and architecture.
 *
 * The cache lives in `$TMPDIR/argmap-compile-cache-<uid>` (or
 * `ARGMAP_COMPILE_CACHE_DIR`), a directory only its owner may write; any
 * other directory is not used. `ARGMAP_NO_COMPILE_CACHE=1` (or Node's
 * `NODE_DISABLE_COMPILE_CACHE=1`) turns the cache off. Nothing about the
 * cache is ever an error: a cache that cannot be read, used or written is
 * only not used.
 * @module
 * @internal
 */
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, type Stats } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Script } from "node:vm";

/** What the bundle's wrapper receives: CommonJS's five names, and a dynamic `import()` of this module's loader. */
type BundleFunction = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string, importModule: (specifier: string) => Promise<unknown>) => void;

/** The name the bundle calls instead of `import()`, which a `vm.Script` cannot use on Node 20 (see tsup.config.ts). */
export const IMPORT_NAME = "__argmapImport";

/** How the code cache went for one run. */
export type CacheUse =
  /** V8 took the cached code. */
  | "hit"
  /** There was no cache for this command (or it was for another bundle or Node): one is written at exit. */
  | "miss"
  /** V8 refused the cached code (another V8 version or flags): a new one is written at exit. */
  | "rejected"
  /** The cache is turned off, or its directory is unsafe or cannot be made. */
  | "off";

/** Options of {@link runWithCodeCache}. */
export interface CodeCacheOptions {
  /** The directory for the cache files, or `undefined` for no cache. */
  readonly directory: string | undefined;
  /**
   * Which cache file to use: the command's name (each command compiles
   * different code; a cache V8 takes is kept as it is, so the first run that
   * saves one decides what it holds).
   */
  readonly key: string;
}

/**
 * @internal A cache file's name: the command's name (or "other" for anything
 * unexpected: never a path), and a hash of the bundle's path and Node's
 * options, so that two installations of argmap, or runs with other V8
 * flags, keep caches of their own instead of replacing each other's.
 */
export function cacheFileName(key: string, bundle: string): string {
  let hash = 0x811c9dc5;
  const identity = `${bundle}\0${process.execArgv.join("\0")}`;
  for (let i = 0; i < identity.length; i++) hash = Math.imul(hash ^ identity.charCodeAt(i), 0x01000193);
  return `${/^[a-z][a-z-]{0,31}$/.test(key) ? key : "other"}-${(hash >>> 0).toString(16).padStart(8, "0")}.v8-cache`;
}

/**
 * The cache directory the environment asks for, made if missing: undefined
 * when the cache is turned off or the directory is not safe to use (not a
 * real directory, another user's, or writable by others).
 */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.ARGMAP_NO_COMPILE_CACHE === "1" || env.NODE_DISABLE_COMPILE_CACHE === "1") return undefined;
  const uid = typeof process.getuid === "function" ? process.getuid() : undefined;
  const directory = env.ARGMAP_COMPILE_CACHE_DIR || join(tmpdir(), `argmap-compile-cache${uid !== undefined ? `-${uid}` : ""}`);
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const info = lstatSync(directory);
    if (!info.isDirectory()) return undefined;
    // On POSIX: ours alone. Code from a file someone else can write would run as us.
    if (uid !== undefined && (info.uid !== uid || (info.mode & 0o022) !== 0)) return undefined;
    return directory;
  } catch {
    return undefined;
  }
}

/** @internal The header of a cache file: what the cached code was compiled from (the bundle's `fstat`), and by which Node. */
export function cacheHeader(bundle: Stats): string {
  return JSON.stringify(["argmap-code-cache", 1, bundle.size, bundle.mtimeMs, process.version, process.arch]);
}

/** The bundle's text and its file's status, from one open of the file. */
function readBundle(bundle: string): { source: string; info: Stats } {
  const fd = openSync(bundle, "r");
  try {
    return { info: fstatSync(fd), source: readFileSync(fd, "utf8") };
  } finally {
    closeSync(fd);
  }
}

/** The cached code in `file` if its header is `header`, else undefined. */
function readCache(file: string, header: string): Buffer | undefined {
  try {
    // The directory is ours alone (see cacheDirectory), so what is in it is what we wrote.
    const data = readFileSync(file);
    const end = data.indexOf(10);
    if (end < 0 || data.toString("utf8", 0, end) !== header) return undefined;
    return data.subarray(end + 1);
  } catch {
    return undefined;
  }
}

/** Writes a cache file whole or not at all: to a temporary name, then renamed over the old one. */
function writeCache(file: string, header: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${header}\n`), data]), { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
  }
}

/** What {@link runWithCodeCache} did. */
export interface CodeCacheRun {
  /** How the cache went. */
  readonly use: CacheUse;
  /**
   * Writes the cache for the next run when this one had none or V8 refused
   * it (else does nothing). Call it at exit, so that the cache holds every
   * function the command compiled. Never throws.
   */
  readonly save: () => void;
}

/**
 * Runs the CommonJS-style script `bundle` in this context, with the code
 * cache in `options.directory` when there is one.
 *
 * @param bundle - Absolute path of the script (its text is run inside a CommonJS wrapper that also passes {@link IMPORT_NAME}).
 * @param importModule - Dynamic `import()` for the script's optional packages and Node modules.
 * @example
 * ```ts
 * const { save } = runWithCodeCache("/path/to/dist/cli/argmap.cjs", (s) => import(s), { directory: cacheDirectory(), key: "render" });
 * process.once("exit", save);
 * ```
 */
export function runWithCodeCache(bundle: string, importModule: (specifier: string) => Promise<unknown>, options: CodeCacheOptions): CodeCacheRun {
  const { source, info } = readBundle(bundle);
  const file = options.directory !== undefined ? join(options.directory, cacheFileName(options.key, bundle)) : undefined;
  const header = cacheHeader(info);
  const cached = file !== undefined ? readCache(file, header) : undefined;
  // The wrapper starts on the bundle's first line, as Node's own does, so line numbers in stack traces stay right.
  const script = new Script(`(function (exports, require, module, __filename, __dirname, ${IMPORT_NAME}) {${source}\n})`, {
    filename: bundle,
    ...(cached !== undefined ? { cachedData: cached } : {}),
  });
  const use: CacheUse = file === undefined ? "off" : cached === undefined ? "miss" : script.cachedDataRejected === true ? "rejected" : "hit";
  let saved = false;
  const save = (): void => {
    if (saved || file === undefined || use === "hit") return;
    saved = true;
    try {
      writeCache(file, header, script.createCachedData());
    } catch {
      // A cache that cannot be made is only not made.
    }
  };
  const run = script.runInThisContext() as BundleFunction;
  const module = { exports: {} };
  run(module.exports, createRequire(bundle), module, bundle, dirname(bundle), importModule);
  return { use, save };
}

/**
 * The command line's compile cache: Node's own (`module.enableCompileCache`,
 * Node 22.1 and later), in a directory the command line checks first
 * (src/cli/compile-cache.ts). A damaged or planted cache can only cost time;
 * an odd TMPDIR never hangs a command.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { compileCacheDirectory, enableCompileCache, unsafeAncestry } from "../../src/cli/compile-cache.js";
import { CLI, ROOT, UKRAINE_JSON } from "./spawn.js";

const POSIX = typeof process.getuid === "function";
const UID = POSIX ? process.getuid!() : -1;
const ROOT_USER = UID === 0;
/** Node 22.1 and later have `module.enableCompileCache`. */
const NODE_CACHE = typeof (createRequire(import.meta.url)("node:module") as { enableCompileCache?: unknown }).enableCompileCache === "function";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "argmap-compile-cache-test-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!POSIX)("compileCacheDirectory", () => {
  test("makes <temporary>/node-compile-cache for its owner alone", () => {
    const found = compileCacheDirectory(dir, UID);
    expect(found).toEqual({ directory: join(dir, "node-compile-cache") });
    expect(statSync(join(dir, "node-compile-cache")).mode & 0o777).toBe(0o700);
    // And takes it as it is the next time.
    expect(compileCacheDirectory(dir, UID)).toEqual(found);
  });

  test("refuses a temporary directory that others can write without the sticky bit (they could swap the cache)", () => {
    const open = join(dir, "open");
    mkdirSync(open);
    chmodSync(open, 0o777);
    expect(compileCacheDirectory(open, UID)).toEqual({ reason: `${open} can be written by others` });
    expect(existsSync(join(open, "node-compile-cache"))).toBe(false);
    // With the sticky bit, as /tmp has it, no one can rename what they do not own.
    chmodSync(open, 0o1777);
    expect(compileCacheDirectory(open, UID)).toEqual({ directory: join(open, "node-compile-cache") });
  });

  test("refuses a cache directory others can write, a symbolic link, and a file", () => {
    const open = join(dir, "a");
    mkdirSync(join(open, "node-compile-cache"), { recursive: true });
    chmodSync(join(open, "node-compile-cache"), 0o777);
    expect(compileCacheDirectory(open, UID)).toMatchObject({ reason: expect.stringContaining("can be written by others") });
    const linked = join(dir, "b");
    mkdirSync(linked);
    mkdirSync(join(dir, "elsewhere"), { mode: 0o700 });
    symlinkSync(join(dir, "elsewhere"), join(linked, "node-compile-cache"));
    expect(compileCacheDirectory(linked, UID)).toMatchObject({ reason: expect.stringContaining("is not a directory") });
    const file = join(dir, "c");
    mkdirSync(file);
    writeFileSync(join(file, "node-compile-cache"), "");
    expect(compileCacheDirectory(file, UID)).toMatchObject({ reason: expect.stringContaining("is not a directory") });
  });

  test.skipIf(!ROOT_USER)("refuses folders owned by another user (run as root)", () => {
    const theirs = join(dir, "theirs");
    mkdirSync(join(theirs, "node-compile-cache"), { recursive: true, mode: 0o700 });
    chownSync(join(theirs, "node-compile-cache"), 4242, 4242);
    // Root is checking as user 4243 here: the folder above is root's (trusted), the cache is 4242's.
    expect(compileCacheDirectory(theirs, 4243)).toMatchObject({ reason: expect.stringContaining("belongs to another user") });
    chownSync(theirs, 4242, 4242);
    expect(unsafeAncestry(theirs, 4243)).toBe(`${theirs} belongs to another user`);
  });

  test("an odd temporary directory is refused at once: /proc, a file, a missing one", () => {
    const started = Date.now();
    expect(compileCacheDirectory("/proc", UID)).toHaveProperty("reason");
    expect(compileCacheDirectory("/dev/null", UID)).toHaveProperty("reason");
    expect(compileCacheDirectory(join(dir, "missing"), UID)).toHaveProperty("reason");
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe("enableCompileCache", () => {
  const fakeModule = (calls: (string | undefined)[]) => ({
    enableCompileCache: (directory?: string) => {
      calls.push(directory);
      return { status: 1, directory };
    },
    constants: { compileCacheStatus: { ENABLED: 1, ALREADY_ENABLED: 2 } },
  });

  test("does nothing on a Node without module.enableCompileCache (Node 20)", () => {
    expect(enableCompileCache({}, {}, dir)).toEqual({ status: "unsupported" });
    expect(readdirSync(dir)).toEqual([]);
  });

  test("leaves NODE_COMPILE_CACHE and NODE_DISABLE_COMPILE_CACHE to Node", () => {
    const calls: (string | undefined)[] = [];
    expect(enableCompileCache(fakeModule(calls), { NODE_COMPILE_CACHE: join(dir, "x") }, dir)).toEqual({ status: "left-to-node" });
    expect(enableCompileCache(fakeModule(calls), { NODE_DISABLE_COMPILE_CACHE: "1" }, dir)).toEqual({ status: "left-to-node" });
    expect(calls).toEqual([]);
  });

  test.skipIf(!POSIX)("gives Node the checked directory, or none", () => {
    const calls: (string | undefined)[] = [];
    expect(enableCompileCache(fakeModule(calls), {}, dir)).toEqual({ status: "enabled", directory: join(dir, "node-compile-cache") });
    expect(enableCompileCache(fakeModule(calls), {}, "/proc")).toMatchObject({ status: "off" });
    expect(calls).toEqual([join(dir, "node-compile-cache")]);
  });

  test.skipIf(!POSIX)("a cache Node cannot enable is off, never an error", () => {
    const failing = { enableCompileCache: () => ({ status: 0, message: "Cannot create cache directory" }), constants: { compileCacheStatus: { ENABLED: 1, ALREADY_ENABLED: 2 } } };
    expect(enableCompileCache(failing, {}, dir)).toEqual({ status: "off", reason: "Cannot create cache directory" });
    const throwing = {
      enableCompileCache: () => {
        throw new Error("boom");
      },
    };
    expect(enableCompileCache(throwing, {}, dir)).toMatchObject({ status: "off" });
  });
});

/** Runs the built command with `env` added and NODE_COMPILE_CACHE (set by the test setup) removed, giving up after 30 s. */
function argmap(args: readonly string[], env: Record<string, string>): { code: number | null; stdout: string; stderr: string } {
  const { NODE_COMPILE_CACHE: _, ...rest } = process.env;
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", env: { ...rest, ...env }, timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every cache file Node wrote under `directory`. */
function cacheFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("the built command line", () => {
  test("TMPDIR=/proc hangs nothing: --help, validate and render run as always", () => {
    for (const args of [["--help"], ["validate", UKRAINE_JSON], ["render", UKRAINE_JSON]]) {
      const run = argmap(args, { TMPDIR: "/proc" });
      expect(run.code, `${args.join(" ")}: ${run.stderr}`).toBe(0);
    }
  });

  test.skipIf(!NODE_CACHE)("keeps Node's compile cache in $TMPDIR/node-compile-cache, and gives the same output from it", () => {
    const first = argmap(["stats", UKRAINE_JSON], { TMPDIR: dir });
    expect(first.code, first.stderr).toBe(0);
    const files = cacheFiles(join(dir, "node-compile-cache"));
    expect(files.length).toBeGreaterThan(0);
    expect(argmap(["stats", UKRAINE_JSON], { TMPDIR: dir })).toEqual(first);
  });

  test.skipIf(!NODE_CACHE)("a damaged cache entry costs only time: the command runs the same and the entry is written anew", () => {
    const clean = argmap(["stats", UKRAINE_JSON], { TMPDIR: dir });
    const files = cacheFiles(join(dir, "node-compile-cache"));
    for (const file of files) {
      const data = readFileSync(file);
      // Flip bits all through the entry: the header, Node's checksums and V8's data.
      for (let i = 0; i < data.length; i += 97) data[i]! ^= 0x5a;
      writeFileSync(file, data);
    }
    for (let run = 0; run < 3; run++) expect(argmap(["stats", UKRAINE_JSON], { TMPDIR: dir })).toEqual(clean);
    // And a planted entry that is not Node's at all.
    for (const file of files) writeFileSync(file, Buffer.alloc(4096, 0xcc));
    expect(argmap(["stats", UKRAINE_JSON], { TMPDIR: dir })).toEqual(clean);
  });

  test("a changed bundle of the same size and time runs as changed: the cache is keyed on the content", () => {
    // A copy of the command line whose --version we can edit.
    const copy = join(dir, "copy");
    mkdirSync(join(copy, "cli"), { recursive: true });
    copyFileSync(CLI, join(copy, "cli.cjs"));
    const bundle = join(copy, "cli", "argmap.cjs");
    copyFileSync(join(ROOT, "dist", "cli", "argmap.cjs"), bundle);
    // A time in whole seconds, which every file system keeps exactly.
    utimesSync(bundle, 1_700_000_000, 1_700_000_000);
    const run = (): string => {
      const { NODE_COMPILE_CACHE: _, ...rest } = process.env;
      return spawnSync(process.execPath, [join(copy, "cli.cjs"), "--version"], { encoding: "utf8", env: { ...rest, TMPDIR: dir }, timeout: 30_000 }).stdout;
    };
    const version = run();
    expect(version).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(run()).toBe(version);
    const { size, mtimeMs } = statSync(bundle);
    const other = version.trim().replace(/\d/g, "9");
    writeFileSync(bundle, readFileSync(bundle, "utf8").replaceAll(JSON.stringify(version.trim()), JSON.stringify(other)));
    utimesSync(bundle, 1_700_000_000, 1_700_000_000);
    expect(statSync(bundle)).toMatchObject({ size, mtimeMs });
    expect(run()).toBe(`${other}\n`);
  });

  test.skipIf(!POSIX)("a cache directory others can write is not used", () => {
    mkdirSync(join(dir, "node-compile-cache"));
    chmodSync(join(dir, "node-compile-cache"), 0o777);
    const run = argmap(["validate", UKRAINE_JSON], { TMPDIR: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(cacheFiles(join(dir, "node-compile-cache"))).toEqual([]);
  });

  test("NODE_DISABLE_COMPILE_CACHE=1 writes no cache, and no Node writes one on Node 20", () => {
    expect(argmap(["validate", UKRAINE_JSON], { TMPDIR: dir, NODE_DISABLE_COMPILE_CACHE: "1" }).code).toBe(0);
    expect(existsSync(join(dir, "node-compile-cache"))).toBe(false);
    if (!NODE_CACHE) {
      expect(argmap(["validate", UKRAINE_JSON], { TMPDIR: dir }).code).toBe(0);
      expect(readdirSync(dir)).toEqual([]);
    }
  });
});

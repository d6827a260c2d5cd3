/**
 * The command line's code cache (src/cli/compile-cache.ts): on small scripts
 * in process, and on the built command line.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { cacheDirectory, cacheFileName, cacheHeader, IMPORT_NAME, runWithCodeCache } from "../../src/cli/compile-cache.js";
import { CLI, ROOT, UKRAINE_JSON } from "./spawn.js";

const POSIX = typeof process.getuid === "function";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "argmap-compile-cache-test-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a script that adds its result to `globalThis.argmapCacheTest` (through the wrapper's `module.exports` and dynamic import too). */
function script(name: string, body = "module.exports.value = 6 * 7;"): string {
  const file = join(dir, name);
  writeFileSync(file, `${body}\nglobalThis.argmapCacheTest = { value: module.exports.value, file: __filename, importer: typeof ${IMPORT_NAME} };\n`);
  return file;
}

function result(): { value: unknown; file: string; importer: string } {
  return (globalThis as unknown as { argmapCacheTest: { value: unknown; file: string; importer: string } }).argmapCacheTest;
}

const noImport = (): Promise<unknown> => Promise.reject(new Error("not used"));

describe("runWithCodeCache", () => {
  test("compiles on the first run, writes the cache when saved, and runs from it after", () => {
    const file = script("a.cjs");
    const cache = join(dir, "cache");
    mkdirSync(cache, { mode: 0o700 });
    const first = runWithCodeCache(file, noImport, { directory: cache, key: "render" });
    expect(first.use).toBe("miss");
    expect(result()).toEqual({ value: 42, file, importer: "function" });
    expect(readdirSync(cache)).toEqual([]);
    first.save();
    const [name] = readdirSync(cache);
    expect(name).toMatch(/^render-[0-9a-f]{8}\.v8-cache$/);
    const written = readFileSync(join(cache, name!));
    expect(written.subarray(0, written.indexOf(10)).toString()).toContain(process.version);
    const second = runWithCodeCache(file, noImport, { directory: cache, key: "render" });
    expect(second.use).toBe("hit");
    expect(result().value).toBe(42);
    // A hit writes nothing.
    const before = statSync(join(cache, name!)).mtimeMs;
    second.save();
    expect(statSync(join(cache, name!)).mtimeMs).toBe(before);
  });

  test("keeps one cache per command, and a name that is not a command's is 'other', never a path", () => {
    const file = script("b.cjs");
    for (const key of ["validate", "render", "../../escape", "--version", ""]) runWithCodeCache(file, noImport, { directory: dir, key }).save();
    expect(readdirSync(dir).filter((name) => name.endsWith(".v8-cache")).map((name) => name.replace(/-[0-9a-f]{8}\.v8-cache$/, "")).sort()).toEqual(["other", "render", "validate"]);
  });

  test("two copies of a bundle keep a cache each, so that running both does not replace one's with the other's", () => {
    const a = script("copy-a.cjs");
    const b = script("copy-b.cjs");
    runWithCodeCache(a, noImport, { directory: dir, key: "render" }).save();
    runWithCodeCache(b, noImport, { directory: dir, key: "render" }).save();
    expect(readdirSync(dir).filter((name) => name.startsWith("render-"))).toHaveLength(2);
  });

  test("data V8 refuses is 'rejected', the script still runs, and saving replaces it", () => {
    // A script this process has never compiled (V8 would take it from memory otherwise).
    const file = script("c.cjs", `module.exports.value = 42; // ${Math.random()}`);
    const cacheFile = join(dir, cacheFileName("stats", file));
    writeFileSync(cacheFile, Buffer.concat([Buffer.from(`${cacheHeader(statSync(file))}\n`), Buffer.from("not V8's code cache at all")]));
    const run = runWithCodeCache(file, noImport, { directory: dir, key: "stats" });
    expect(run.use).toBe("rejected");
    expect(result().value).toBe(42);
    run.save();
    expect(readFileSync(cacheFile).toString("latin1")).not.toContain("not V8's code cache");
  });

  test("a cache for another version of the script is not used: a change of size or time is a miss", () => {
    const file = script("d.cjs");
    runWithCodeCache(file, noImport, { directory: dir, key: "diff" }).save();
    // Same length, new text: V8 alone could not tell (it checks the length), the header can.
    writeFileSync(file, readFileSync(file, "utf8").replace("6 * 7", "7 * 6"));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const run = runWithCodeCache(file, noImport, { directory: dir, key: "diff" });
    expect(run.use).toBe("miss");
    expect(result().value).toBe(42);
    writeFileSync(join(dir, cacheFileName("diff", file)), "no header line");
    expect(runWithCodeCache(file, noImport, { directory: dir, key: "diff" }).use).toBe("miss");
  });

  test("without a directory the cache is off and nothing is written", () => {
    const file = script("e.cjs");
    const run = runWithCodeCache(file, noImport, { directory: undefined, key: "render" });
    expect(run.use).toBe("off");
    run.save();
    expect(readdirSync(dir)).toEqual(["e.cjs"]);
  });

  test("a directory that disappeared makes saving do nothing, not fail", () => {
    const file = script("f.cjs");
    const cache = join(dir, "gone");
    mkdirSync(cache);
    const run = runWithCodeCache(file, noImport, { directory: cache, key: "render" });
    rmSync(cache, { recursive: true });
    expect(() => run.save()).not.toThrow();
    expect(existsSync(cache)).toBe(false);
  });

  test("passes the loader's import() to the script", async () => {
    const file = script("g.cjs", `module.exports.value = 1; globalThis.argmapCacheImport = ${IMPORT_NAME}("node:path");`);
    const importModule = (specifier: string): Promise<unknown> => Promise.resolve({ specifier });
    runWithCodeCache(file, importModule, { directory: undefined, key: "x" });
    await expect((globalThis as unknown as { argmapCacheImport: Promise<unknown> }).argmapCacheImport).resolves.toEqual({ specifier: "node:path" });
  });

  test("a script that throws throws from runWithCodeCache, with its file in the stack", () => {
    const file = script("h.cjs", "throw new Error('broken bundle');");
    expect(() => runWithCodeCache(file, noImport, { directory: undefined, key: "x" })).toThrow("broken bundle");
    try {
      runWithCodeCache(file, noImport, { directory: undefined, key: "x" });
    } catch (error) {
      expect(String((error as Error).stack)).toContain(`${file}:1`);
    }
  });
});

describe("cacheDirectory", () => {
  test("is off with ARGMAP_NO_COMPILE_CACHE=1 or Node's NODE_DISABLE_COMPILE_CACHE=1", () => {
    expect(cacheDirectory({ ARGMAP_COMPILE_CACHE_DIR: dir, ARGMAP_NO_COMPILE_CACHE: "1" })).toBeUndefined();
    expect(cacheDirectory({ ARGMAP_COMPILE_CACHE_DIR: dir, NODE_DISABLE_COMPILE_CACHE: "1" })).toBeUndefined();
    expect(cacheDirectory({ ARGMAP_COMPILE_CACHE_DIR: dir })).toBe(dir);
  });

  test("makes a missing directory, for its owner alone", () => {
    const made = join(dir, "new", "cache");
    expect(cacheDirectory({ ARGMAP_COMPILE_CACHE_DIR: made })).toBe(made);
    if (POSIX) expect(statSync(made).mode & 0o777).toBe(0o700);
  });

  test("defaults to a directory of this user's in the temporary directory", () => {
    const found = cacheDirectory({});
    expect(found).toBeDefined();
    expect(found!.startsWith(tmpdir())).toBe(true);
    if (POSIX) expect(found).toContain(`argmap-compile-cache-${process.getuid!()}`);
  });

  test.skipIf(!POSIX)("refuses a directory others may write, a symbolic link and a file", () => {
    const open = join(dir, "open");
    mkdirSync(open);
    chmodSync(open, 0o777);
    expect(cacheDirectory({ ARGMAP_COMPILE_CACHE_DIR: open })).toBeUndefined();
    const real = join(dir, "real");
    mkdirSync(real, { mode: 0o700 });
    symlinkSync(real, join(dir, "link"));
    expect(cacheDirectory({ ARGMAP_COMPILE_CACHE_DIR: join(dir, "link") })).toBeUndefined();
    writeFileSync(join(dir, "file"), "");
    expect(cacheDirectory({ ARGMAP_COMPILE_CACHE_DIR: join(dir, "file") })).toBeUndefined();
  });
});

describe("the built command line's cache", () => {
  const argmap = (args: readonly string[], env: Record<string, string>): { code: number | null; stdout: string; stderr: string } => {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  test("the first run writes the command's cache, later runs use it and give the same output", () => {
    const env = { ARGMAP_COMPILE_CACHE_DIR: join(dir, "cache") };
    const first = argmap(["render", UKRAINE_JSON], env);
    expect(first.code, first.stderr).toBe(0);
    const [name] = readdirSync(join(dir, "cache"));
    const cacheFile = join(dir, "cache", name!);
    const written = statSync(cacheFile).mtimeMs;
    const second = argmap(["render", UKRAINE_JSON], env);
    expect(second).toEqual(first);
    expect(statSync(cacheFile).mtimeMs).toBe(written);
    expect(readdirSync(join(dir, "cache"))).toEqual([name]);
    expect(name).toMatch(/^render-[0-9a-f]{8}\.v8-cache$/);
  });

  test("a damaged cache file changes nothing but the time: the command runs and the file is written anew", () => {
    const env = { ARGMAP_COMPILE_CACHE_DIR: join(dir, "cache") };
    const clean = argmap(["stats", UKRAINE_JSON], env);
    const cacheFile = join(dir, "cache", readdirSync(join(dir, "cache"))[0]!);
    const data = readFileSync(cacheFile);
    const damaged = Buffer.concat([data.subarray(0, data.indexOf(10) + 1), Buffer.alloc(4096, 7)]);
    writeFileSync(cacheFile, damaged);
    expect(argmap(["stats", UKRAINE_JSON], env)).toEqual(clean);
    const rewritten = readFileSync(cacheFile);
    expect(rewritten.equals(damaged)).toBe(false);
    // And the new file is taken: the next run leaves it alone.
    const written = statSync(cacheFile).mtimeMs;
    expect(argmap(["stats", UKRAINE_JSON], env)).toEqual(clean);
    expect(statSync(cacheFile).mtimeMs).toBe(written);
  });

  test("a run that fails writes no cache, and help keeps a cache of its own", () => {
    const env = { ARGMAP_COMPILE_CACHE_DIR: join(dir, "cache") };
    expect(argmap(["validate", join(dir, "missing.json")], env).code).toBe(2);
    expect(argmap(["render", "--help"], env).code).toBe(0);
    expect(argmap(["stats", "-h"], env).code).toBe(0);
    expect(readdirSync(join(dir, "cache")).map((name) => name.replace(/-[0-9a-f]{8}\.v8-cache$/, ""))).toEqual(["help"]);
    expect(argmap(["validate", UKRAINE_JSON], env).code).toBe(0);
    expect(readdirSync(join(dir, "cache")).map((name) => name.replace(/-[0-9a-f]{8}\.v8-cache$/, "")).sort()).toEqual(["help", "validate"]);
  });

  test("ARGMAP_NO_COMPILE_CACHE=1 writes no cache", () => {
    const env = { ARGMAP_COMPILE_CACHE_DIR: join(dir, "cache"), ARGMAP_NO_COMPILE_CACHE: "1" };
    expect(argmap(["validate", UKRAINE_JSON], env).code).toBe(0);
    expect(existsSync(join(dir, "cache"))).toBe(false);
  });
});

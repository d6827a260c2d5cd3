#!/usr/bin/env node
/**
 * The `argmap` command (package.json `bin`): runs the command line's bundle,
 * dist/cli/argmap.cjs (src/cli/main.ts with zod and graphology inlined),
 * with V8's code cache (src/cli/compile-cache.ts). Built as CommonJS
 * (dist/cli.cjs): a CommonJS start does not set up Node's ESM loader, which
 * only optional packages need.
 * @module
 * @internal
 */
import { join } from "node:path";
import { cacheDirectory, runWithCodeCache } from "./compile-cache.js";

/** Node's own modules come through `require`, which is ready; optional packages, which may be ESM only, through `import()`. */
const importModule = (specifier: string): Promise<unknown> => (specifier.startsWith("node:") ? Promise.resolve(require(specifier) as unknown) : import(specifier));

const args = process.argv.slice(2);
// A command's cache holds what its first successful run compiled; help runs compile little, so they keep their own.
const key = args.length === 0 || args.includes("--help") || args.includes("-h") ? "help" : args[0]!;
const { save } = runWithCodeCache(join(__dirname, "cli", "argmap.cjs"), importModule, { directory: cacheDirectory(), key });
// At exit the cache holds every function the command compiled; a run that failed part way is not the one to keep.
process.once("exit", (code) => {
  if (code === 0) save();
});

#!/usr/bin/env node
/**
 * The `argmap` command (package.json `bin`): turns on Node's compile cache
 * where Node has one (src/cli/compile-cache.ts), then loads the command
 * line's bundle, dist/cli/argmap.cjs (src/cli/main.ts with zod and
 * graphology inlined), which Node then compiles from the cache. Built as
 * CommonJS (dist/cli.cjs): a CommonJS start does not set up Node's ESM
 * loader, which only the optional packages need.
 * @module
 * @internal
 */
import { join } from "node:path";
import { enableCompileCache } from "./compile-cache.js";

enableCompileCache(require("node:module") as Parameters<typeof enableCompileCache>[0]);
// A path built at run time: the bundle is not part of this file's build.
require(join(__dirname, "cli", "argmap.cjs"));

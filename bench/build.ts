/**
 * Benchmarks that time the built package (the command line, dist/*.js) build
 * it first when dist/ is missing or older than src/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Runs `npm run build` unless dist/ is newer than every file in src/. */
export function ensureBuilt(): void {
  const newest = (path: string): number => {
    const info = statSync(path);
    if (!info.isDirectory()) return info.mtimeMs;
    return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
  };
  const marker = join(ROOT, "dist", "cli", "argmap.cjs");
  if (existsSync(marker) && existsSync(join(ROOT, "dist", "evaluate.js")) && statSync(marker).mtimeMs >= newest(join(ROOT, "src"))) return;
  console.log("building dist/ (this benchmark times the built package) …");
  const build = spawnSync("npm", ["run", "build"], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build failed: ${build.stderr}`);
}

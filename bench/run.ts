/**
 * Runs argmap's benchmarks: every folder in bench/ with an index.ts, each in
 * its own Node process (fresh heap, exposed gc). Pass names to run only some:
 * `npm run bench -- load evaluate`. The long ones in {@link OPT_IN} run only
 * when named.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const all = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(here, entry.name, "index.ts")))
  .map((entry) => entry.name)
  .sort();
/** Benchmarks that take many minutes: run only by name (`npm run bench -- scale`). */
const OPT_IN: ReadonlySet<string> = new Set(["scale"]);
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !all.includes(name));
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(", ")}; available: ${all.join(", ")}`);
  process.exit(2);
}
let failed = false;
if (wanted.length === 0) console.log(`(not run unless named: ${[...OPT_IN].join(", ")})`);
for (const name of wanted.length > 0 ? wanted : all.filter((name) => !OPT_IN.has(name))) {
  console.log(`\n# bench/${name}`);
  const result = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", "--import", "tsx", join(here, name, "index.ts")], { stdio: "inherit" });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);

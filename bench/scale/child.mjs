// One fresh process of bench/scale: reads the map file with the built
// package, as a user's program would, and reports times (ms) and the
// process's peak resident memory as JSON on standard output.
//   node child.mjs FILE parse      JSON.parse of the file only (the baseline)
//   node child.mjs FILE grounded   load the map, then evaluateMap(map, "grounded")
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [file, mode, root] = process.argv.slice(2);
const { loadArgumentMap } = await import(pathToFileURL(join(root, "dist", "index.js")).href);
const { evaluateMap } = await import(pathToFileURL(join(root, "dist", "evaluate.js")).href);
const result = {};
const start = performance.now();
if (mode === "parse") {
  const value = JSON.parse(readFileSync(file, "utf8"));
  result.parse = performance.now() - start;
  result.claims = value.claims.length;
} else {
  const map = loadArgumentMap(JSON.parse(readFileSync(file, "utf8")));
  const loaded = performance.now();
  result.load = loaded - start;
  const evaluation = evaluateMap(map, "grounded");
  result.grounded = performance.now() - loaded;
  let inCount = 0;
  for (const entry of evaluation.labels) if (entry.label === "in") inCount++;
  result.in = inCount;
  result.labels = evaluation.labels.length;
}
result.maxRssMiB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify(result)}\n`);

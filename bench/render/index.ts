/**
 * bench/render: how fast argmap draws, and how well.
 *
 * 1. Profile: Node start and package loading (fresh processes), argmap's
 *    graph building, the built-in engine's phases, elkjs's layered phases
 *    and options.
 * 2. Engines side by side (built-in, Graphviz, dagre, elkjs with 0.1.0's
 *    settings, elkjs with fast settings) on generated maps of 50, 500 and
 *    2,000 claims and on the Ukraine–Japan example: time, edge crossings,
 *    overlapping boxes, and in Chromium text that leaves its box. elkjs runs
 *    up to 500 claims (`RENDER_ELK_ALL=1` adds 2,000: about 20 minutes).
 * 3. Maps with many cross-links (shared premises, attacks back up the tree)
 *    and the maps of the test corpus (others' maps: Argdown, AIF, Kialo,
 *    microtexts, dialogues): crossings per engine.
 * 4. Goals, as ratios in the same run with the built CLI:
 *    - `argmap render` of the 500-claim map ≤ `dot -Tsvg` on argmap's DOT export of it
 *      (with the command line's compile cache, as after its first run; without it, and the first run, are printed too);
 *    - `argmap render` of the example ≤ 2x `argmap validate` of it;
 *    - `argmap render` of the 2,000-claim map in under a minute;
 *    - edge crossings of the default engine ≤ those of 0.1.0's layout (elkjs) on every bench map and the example.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ukraineJapan } from "../../src/datasets/index.js";
import { toDot } from "../../src/formats/dot.js";
import type { ArgumentMap } from "../../src/map/argument-map.js";
import { CLI, cliReady, interleaved, ROOT, run } from "./cli.js";
import { browserChecks, ENGINES, measureEngine, svgOf, type EngineResult } from "./engines.js";
import { generate } from "./generate.js";
import { builtinPhases, elkOptionProfile, elkPhases, graphBuilding, loadProfile } from "./profile.js";
import { corpusMaps, crossLinkedMaps } from "./others.js";

// RENDER_SIZES=50,500 chooses the generated maps, RENDER_ENGINES=builtin,graphviz the engines (by name prefix),
// RENDER_PROFILE=0 skips the profile, RENDER_OTHERS=0 the cross-linked and corpus maps, RENDER_ELK_ALL=1 runs elkjs on 2,000 claims too.
const sizes = (process.env.RENDER_SIZES ?? "50,500,2000").split(",").map(Number);
const engines = ENGINES.filter((e) => (process.env.RENDER_ENGINES ?? "").split(",").every((name) => name === "") || (process.env.RENDER_ENGINES ?? "").split(",").some((name) => name !== "" && e.name.startsWith(name)));
const withElk = engines.some((e) => e.name.startsWith("elk (0.1.0"));
const maps: { name: string; map: ArgumentMap }[] = [{ name: "example (16 claims)", map: ukraineJapan() }, ...sizes.map((n) => ({ name: `${n} claims`, map: generate(n, 7) }))];
const failures: string[] = [];
/** Interleaved rounds of the goals that start Node (`RENDER_ROUNDS`, default 15): the machine's noise is a few ms a run. */
const ROUNDS = Number(process.env.RENDER_ROUNDS ?? 15);
const fmt = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);

// 1. Profile.
if (process.env.RENDER_PROFILE !== "0") {
console.log("\n## render profile");
console.log("| step | median |\n| --- | ---: |");
for (const row of loadProfile()) console.log(`| ${row.name} | ${fmt(row.ms)} |`);
const profiled = maps.find((m) => m.map.claimCount === 500)?.map ?? maps[maps.length - 1]!.map;
console.log(`| argmap graph building, ${profiled.claimCount} claims (wrap and measure text, edges) | ${graphBuilding(profiled).toFixed(1)} ms |`);
console.log(`\nThe built-in engine's phases on ${profiled.claimCount} claims (medians of 9 runs after a warm-up):`);
console.log("| phase | median |\n| --- | ---: |");
for (const row of builtinPhases(profiled)) console.log(`| ${row.name} | ${row.ms.toFixed(2)} ms |`);
console.log(`\nelkjs layered phases on ${profiled.claimCount} claims (elkjs's own timing, 0.1.0 settings), largest first:`);
console.log("| phase | share of elkjs's layout |\n| --- | ---: |");
for (const phase of (await elkPhases(profiled)).slice(0, 8)) console.log(`| ${phase.name} | ${(phase.share * 100).toFixed(1)} % |`);
console.log(`\nelkjs options, renderSvg of ${profiled.claimCount} claims, one run each:`);
console.log("| elkjs settings | time |\n| --- | ---: |");
for (const row of await elkOptionProfile(profiled)) console.log(`| ${row.name} | ${fmt(row.ms)} |`);
}

// 2. Engines side by side.
const results: EngineResult[] = [];
const svgs: string[] = [];
const elkEverywhere = process.env.RENDER_ELK_ALL === "1";
for (const { name, map } of maps) {
  for (const engine of engines) {
    if (engine.name.startsWith("elk") && map.claimCount > 500 && !elkEverywhere) continue;
    const rounds = map.claimCount > 1000 ? 0 : map.claimCount > 100 ? 2 : 4;
    const { result, placed } = await measureEngine(name, map, engine, rounds);
    results.push(result);
    svgs.push(await svgOf(map, placed));
    console.error(`measured ${engine.name} on ${name}: ${fmt(result.ms)}`);
  }
}
const checks = await browserChecks(svgs);
console.log("\n## render engines side by side (layout time in process, after one warm-up run below 1,000 claims)");
console.log(`| map | engine | layout time | ${withElk ? "ratio to elk (0.1.0) | " : ""}edge crossings | overlapping boxes | text outside its box (Chromium) |`);
console.log(`| --- | --- | ---: | ${withElk ? "---: | " : ""}---: | ---: | ---: |`);
results.forEach((r, i) => {
  const base = results.find((b) => b.map === r.map && b.engine.startsWith("elk (0.1.0"));
  const check = checks?.[i];
  const browser = check === undefined ? "not run" : `${check.misfits}${check.overlaps > 0 ? ` (${check.overlaps} overlaps)` : ""}`;
  console.log(`| ${r.map} | ${r.engine} | ${fmt(r.ms)} | ${base !== undefined ? `${(r.ms / base.ms).toFixed(3)} | ` : ""}${r.crossings} | ${r.overlaps} | ${browser} |`);
  if (r.engine.startsWith("builtin")) {
    // No layout has fewer than 0 crossings, so 0 meets the goal even where elkjs was not run.
    if (r.crossings > 0 && (base === undefined || r.crossings > base.crossings)) failures.push(`${r.map}: ${r.engine} has ${r.crossings} edge crossings, elk (0.1.0) ${base?.crossings ?? "not run"}`);
    if (r.overlaps > 0 || (check !== undefined && (check.misfits > 0 || check.overlaps > 0))) failures.push(`${r.map}: ${r.engine} drawing has overlaps or text outside its box`);
  }
});

// 3. Others' maps and maps with many cross-links.
if (process.env.RENDER_OTHERS !== "0") {
  const compared = engines.filter((e) => !e.name.startsWith("elk fast"));
  console.log("\n## maps with many cross-links (layout time in process, one run)");
  console.log(`| map | ${compared.map((e) => `${e.name}: time, crossings`).join(" | ")} |`);
  console.log(`| --- | ${compared.map(() => "---:").join(" | ")} |`);
  for (const { name, map } of crossLinkedMaps()) {
    const cells: string[] = [];
    for (const engine of compared) {
      if (engine.name.startsWith("elk")) {
        cells.push("not run");
        continue;
      }
      const { result } = await measureEngine(name, map, engine, 0);
      cells.push(`${fmt(result.ms)}, ${result.crossings}`);
      console.error(`measured ${engine.name} on ${name}: ${fmt(result.ms)}`);
    }
    console.log(`| ${name} | ${cells.join(" | ")} |`);
  }
  const corpus = await corpusMaps();
  const totals = compared.map(() => 0);
  const fewest = compared.map(() => 0);
  for (const { map } of corpus) {
    const counts: number[] = [];
    for (const engine of compared) counts.push((await measureEngine("corpus", map, engine, 0)).result.crossings);
    const best = Math.min(...counts);
    counts.forEach((c, i) => {
      totals[i]! += c;
      if (c === best) fewest[i]!++;
    });
  }
  console.log(`\n## the test corpus: ${corpus.length} maps by others (tests/fixtures), ${corpus.reduce((n, m) => n + m.map.claimCount, 0)} claims in all`);
  console.log("| engine | edge crossings, all maps | maps where it has the fewest (ties count) |\n| --- | ---: | ---: |");
  compared.forEach((e, i) => console.log(`| ${e.name} | ${totals[i]} | ${fewest[i]} of ${corpus.length} |`));
}

// 4. Goals that start Node.
const ready = cliReady();
if (!ready.ok) {
  console.log(`\nCLI goals not measured: ${ready.reason}`);
  failures.push(ready.reason);
} else {
  const dir = mkdtempSync(join(tmpdir(), "argmap-bench-render-"));
  try {
    const map500 = generate(500, 7);
    const json500 = join(dir, "map500.json");
    const dot500 = join(dir, "map500.dot");
    writeFileSync(json500, JSON.stringify(map500.toJSON()));
    writeFileSync(dot500, toDot(map500).value);
    const example = join(ROOT, "examples", "ukraine-japan", "ukraine-japan.argmap.json");
    // Node's compile cache (Node 22.1 and later; src/cli/compile-cache.ts): in a TMPDIR of this run's, so the first command below finds it empty.
    mkdirSync(join(dir, "tmp"));
    const cached = { TMPDIR: join(dir, "tmp") };
    const render500Args = [CLI, "render", json500, "-o", join(dir, "argmap500.svg")];
    const before = process.env.CLI_BEFORE !== undefined && process.env.CLI_BEFORE !== "" ? process.env.CLI_BEFORE : undefined;
    const firstRun = run(process.execPath, render500Args, cached);
    const timings = interleaved(
      [
        { name: "dot -Tsvg (500 claims, argmap's DOT export)", command: "dot", args: ["-Tsvg", dot500, "-o", join(dir, "dot500.svg")] },
        { name: "argmap render (500 claims)", command: process.execPath, args: render500Args, env: cached },
        { name: "argmap render (500 claims), compile cache off", command: process.execPath, args: render500Args, env: { NODE_DISABLE_COMPILE_CACHE: "1" } },
        { name: "argmap validate (example)", command: process.execPath, args: [CLI, "validate", example], env: cached },
        { name: "argmap render (example)", command: process.execPath, args: [CLI, "render", example, "-o", join(dir, "example.svg")], env: cached },
        // CLI_BEFORE=path/to/cli.cjs: another build's command line in the same run, for before/after comparisons.
        ...(before !== undefined ? [{ name: "before: argmap render (500 claims)", command: process.execPath, args: [before, "render", json500, "-o", join(dir, "before500.svg")], env: cached }] : []),
      ],
      ROUNDS,
    );
    const json2000 = join(dir, "map2000.json");
    writeFileSync(json2000, JSON.stringify(generate(2000, 7).toJSON()));
    const big = run(process.execPath, [CLI, "render", json2000, "-o", join(dir, "argmap2000.svg")], cached);
    const dotMs = timings.get("dot -Tsvg (500 claims, argmap's DOT export)")!;
    const render500 = timings.get("argmap render (500 claims)")!;
    const validate = timings.get("argmap validate (example)")!;
    const renderExample = timings.get("argmap render (example)")!;
    const uncached = timings.get("argmap render (500 claims), compile cache off")!;
    console.log(`\n## render goals (built CLI, a fresh Node process per command, medians of ${ROUNDS} interleaved runs)`);
    console.log("| task | median | ratio to baseline | goal |\n| --- | ---: | ---: | --- |");
    console.log(`| dot -Tsvg (500 claims, argmap's DOT export) | ${fmt(dotMs)} | 1.00 | baseline |`);
    const r1 = render500 / dotMs;
    console.log(`| argmap render (500 claims) | ${fmt(render500)} | ${r1.toFixed(2)} | ≤ 1x ${r1 <= 1 ? "met" : "NOT MET"} |`);
    console.log(`| argmap render (500 claims), compile cache off | ${fmt(uncached)} | ${(uncached / dotMs).toFixed(2)} | (for comparison) |`);
    console.log(`| argmap render (500 claims), first run: empty cache, written at exit | ${fmt(firstRun)} | ${(firstRun / dotMs).toFixed(2)} | (one run, for comparison) |`);
    const beforeMs = timings.get("before: argmap render (500 claims)");
    if (beforeMs !== undefined) console.log(`| before: argmap render (500 claims) (${before}) | ${fmt(beforeMs)} | ${(beforeMs / dotMs).toFixed(2)} | (for comparison) |`);
    console.log(`| argmap validate (example) | ${fmt(validate)} | 1.00 | baseline |`);
    const r2 = renderExample / validate;
    console.log(`| argmap render (example) | ${fmt(renderExample)} | ${r2.toFixed(2)} | ≤ 2x ${r2 <= 2 ? "met" : "NOT MET"} |`);
    console.log(`| argmap render (2,000 claims), one run | ${fmt(big)} | | < 60 s ${big < 60_000 ? "met" : "NOT MET"} |`);
    if (r1 > 1) failures.push(`render of 500 claims is ${r1.toFixed(2)}x dot -Tsvg`);
    if (r2 > 2) failures.push(`render of the example is ${r2.toFixed(2)}x validate`);
    if (big >= 60_000) failures.push(`render of 2,000 claims took ${fmt(big)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (failures.length > 0) {
  console.log(`\nGoals NOT MET:\n- ${failures.join("\n- ")}`);
  process.exitCode = 1;
} else {
  console.log("\nAll render goals met.");
}

/**
 * Drawing a generated 500-claim map: elkjs's own layout time against
 * argmap's total (text measuring, graph building, layout, SVG writing).
 * Goal: argmap's overhead (total − elkjs) at most 0.5x elkjs's time.
 */
import { performance } from "node:perf_hooks";
import type { ElkNode } from "elkjs/lib/elk-api.js";
import { median, random } from "../harness.js";
import { argmap } from "../../src/map/builder.js";
import type { ArgumentMap } from "../../src/map/argument-map.js";
import { fromElkGraph, layout, loadElk, toElkGraph } from "../../src/render/layout.js";
import { renderSvg, resolveSvgOptions, writeSvg } from "../../src/render/svg.js";

const WORDS = "japan ukraine export rules defense supply policy tokyo kyiv partner security equipment technology alliance domestic politics legal transfer cooperation strategic resilience framework weapons".split(" ");

/** A map of `size` claims: a thesis, reasons and objections in a tree, some linked premises and undercuts. */
function generate(size: number, seed: number): ArgumentMap {
  const next = random(seed);
  const sentence = (): string => {
    const length = 6 + Math.floor(next() * 22);
    const words: string[] = [];
    for (let i = 0; i < length; i++) words.push(WORDS[Math.floor(next() * WORDS.length)]!);
    const text = words.join(" ");
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const builder = argmap(`Generated map of ${size} claims`).thesis("c0", sentence());
  const relations: string[] = [];
  let i = 1;
  while (i < size) {
    const target = `c${Math.floor(next() * i)}`;
    const linked = next() < 0.1 && i + 1 < size;
    builder.claim(`c${i}`, sentence());
    if (linked) builder.claim(`c${i + 1}`, sentence());
    const from = linked ? [`c${i}`, `c${i + 1}`] : [`c${i}`];
    i += from.length;
    const id = `r${relations.length}`;
    const roll = next();
    if (roll < 0.06 && relations.length > 0) {
      builder.attack(from, relations[Math.floor(next() * relations.length)]!, { id });
    } else if (roll < 0.35) {
      builder.attack(from, target, { id, ...(next() < 0.1 ? { label: "counterexample" } : {}) });
    } else {
      builder.support(from, target, { id, ...(next() < 0.1 ? { scheme: "expert opinion" } : {}) });
    }
    relations.push(id);
  }
  return builder.build();
}

const map = generate(500, 7);
const input = toElkGraph(map);
const elk = await loadElk();
const svgOptions = resolveSvgOptions(map, {});

async function time(run: () => Promise<unknown>): Promise<number> {
  globalThis.gc?.();
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const samples = { elk: [] as number[], total: [] as number[], measure: [] as number[], write: [] as number[] };
const rounds = 3;
for (let round = 0; round <= rounds; round++) {
  const graph = structuredClone(input.graph);
  let result: ElkNode | undefined;
  const elkMs = await time(async () => {
    result = await elk.layout(graph);
  });
  const totalMs = await time(() => renderSvg(map));
  const measureMs = await time(async () => toElkGraph(map));
  const writeMs = await time(async () => writeSvg(map, fromElkGraph(input, result!), svgOptions));
  if (round === 0) continue; // warm-up
  samples.elk.push(elkMs);
  samples.total.push(totalMs);
  samples.measure.push(measureMs);
  samples.write.push(writeMs);
}

const stats = map.stats();
const elkMs = median(samples.elk);
const totalMs = median(samples.total);
const measureMs = median(samples.measure);
const writeMs = median(samples.write);
const direct = measureMs + writeMs;
const ratio = direct / elkMs;
const placed = await layout(map);
const svg = await renderSvg(map);
console.log(`\n## render: layout + SVG of a generated map (${stats.claims} claims, ${stats.relations} relations, ${stats.undercuts} undercuts, ${stats.linked} linked)`);
console.log(`drawing ${Math.round(placed.width)} × ${Math.round(placed.height)} px, SVG ${(svg.length / 1024).toFixed(0)} KiB; medians of ${rounds} runs after one warm-up`);
console.log("| task | median ms | ratio to elkjs |");
console.log("| --- | ---: | ---: |");
console.log(`| elkjs layout alone | ${elkMs.toFixed(1)} | 1.00 |`);
console.log(`| renderSvg total (measure + elkjs + SVG) | ${totalMs.toFixed(1)} | ${(totalMs / elkMs).toFixed(2)} |`);
console.log(`| text measuring and graph building | ${measureMs.toFixed(1)} | ${(measureMs / elkMs).toFixed(3)} |`);
console.log(`| reading the layout and writing SVG | ${writeMs.toFixed(1)} | ${(writeMs / elkMs).toFixed(3)} |`);
console.log(`\nargmap overhead (measuring + writing) / elkjs = ${ratio.toFixed(3)} (goal ≤ 0.5: ${ratio <= 0.5 ? "met" : "NOT MET"}); total − elkjs = ${(totalMs - elkMs).toFixed(1)} ms (includes run-to-run noise of elkjs)`);
if (ratio > 0.5) process.exitCode = 1;

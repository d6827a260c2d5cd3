/**
 * Benchmarks of the readers added with SADFace, OVA and arggraph, and of
 * sniffing.
 *
 * - SADFace and OVA import of a 100,000-node document (generated through
 *   `toSadface`/`toOva` from a 100,000-node AIF map): `fromSadface(text)` and
 *   `fromOva(text)` against `JSON.parse` of the same text. Goal: ≤ 4x.
 * - arggraph import of a 100,000-element document (EDUs, ADUs and edges):
 *   `fromArggraph(text)` against a DOM parse of the same text with
 *   `@xmldom/xmldom`. Goal: ≤ 4x.
 * - `sniffFormat` on a large argmap JSON document against `JSON.parse` of it.
 *   Goal: ≤ 0.01x (no measurable share of loading).
 */
import { DOMParser } from "@xmldom/xmldom";
import { fromAif } from "../../src/formats/aif.js";
import { fromArggraph } from "../../src/formats/arggraph.js";
import { fromOva, toOva } from "../../src/formats/ova.js";
import { fromSadface, toSadface } from "../../src/formats/sadface.js";
import { sniffFormat } from "../../src/formats/sniff.js";
import { measure, random, report } from "../harness.js";
import { aifDocument } from "./generate.js";

const map = fromAif(aifDocument(100_000, 11)).value;
const sadface = JSON.stringify(toSadface(map).value);
const ova = JSON.stringify(toOva(map).value);
const sadfaceNodes = (JSON.parse(sadface) as { nodes: unknown[] }).nodes.length;
const ovaNodes = (JSON.parse(ova) as { nodes: unknown[] }).nodes.length;
console.log(`SADFace document: ${(sadface.length / 1e6).toFixed(1)} MB, ${sadfaceNodes} nodes; OVA document: ${(ova.length / 1e6).toFixed(1)} MB, ${ovaNodes} nodes`);
report(
  "SADFace import, 100,000 nodes",
  measure(
    [
      { name: "JSON.parse", run: () => JSON.parse(sadface) as unknown },
      { name: "fromSadface(text)", run: () => fromSadface(sadface) },
    ],
    { rounds: 5, warmup: 1 },
  ),
  "JSON.parse",
  { "fromSadface(text)": 4 },
);
report(
  "OVA import, 100,000 nodes",
  measure(
    [
      { name: "JSON.parse", run: () => JSON.parse(ova) as unknown },
      { name: "fromOva(text)", run: () => fromOva(ova) },
    ],
    { rounds: 5, warmup: 1 },
  ),
  "JSON.parse",
  { "fromOva(text)": 4 },
);

/** An arggraph document with `elements` EDU, ADU and edge elements: chains and trees of sup, exa, reb, und and add. */
function arggraphDocument(elements: number, seed: number): string {
  const next = random(seed);
  const out: string[] = ["<?xml version='1.0' encoding='UTF-8'?>", '<arggraph id="generated" topic_id="generated_topic" stance="pro">'];
  const adus: string[] = [];
  const edgesOut: string[] = [];
  const relationEdges: string[] = [];
  let count = 0;
  let edgeId = 0;
  for (let i = 0; count + 3 <= elements; i++) {
    out.push(`  <edu id="e${i}"><![CDATA[Elementary unit ${i} of the generated text, with some words.]]></edu>`);
    adus.push(`  <adu id="a${i}" type="${next() < 0.7 ? "pro" : "opp"}"/>`);
    edgesOut.push(`  <edge id="c${edgeId++}" src="e${i}" trg="a${i}" type="seg"/>`);
    count += 3;
    if (i === 0) continue;
    const roll = next();
    if (roll < 0.1 && relationEdges.length > 0) {
      const target = relationEdges[Math.floor(next() * relationEdges.length)]!;
      edgesOut.push(`  <edge id="c${edgeId++}" src="a${i}" trg="${target}" type="${roll < 0.05 ? "und" : "add"}"/>`);
    } else {
      const type = roll < 0.6 ? "sup" : roll < 0.7 ? "exa" : "reb";
      const id = `c${edgeId++}`;
      edgesOut.push(`  <edge id="${id}" src="a${i}" trg="a${Math.floor(next() * i)}" type="${type}"/>`);
      relationEdges.push(id);
    }
  }
  return [...out, ...adus, ...edgesOut, "</arggraph>", ""].join("\n");
}

const xml = arggraphDocument(100_000, 5);
const xmlCheck = (await fromArggraph(xml)).value.stats();
console.log(`\narggraph document: ${(xml.length / 1e6).toFixed(1)} MB, ${xmlCheck.claims} claims, ${xmlCheck.relations} relations`);
// fromArggraph is async only for loading its parser once; time its work synchronously through a resolved run.
const arggraphTimes: number[] = [];
const domTimes: number[] = [];
const { performance } = await import("node:perf_hooks");
for (let round = 0; round < 6; round++) {
  globalThis.gc?.();
  let start = performance.now();
  new DOMParser().parseFromString(xml, "text/xml");
  const dom = performance.now() - start;
  globalThis.gc?.();
  start = performance.now();
  await fromArggraph(xml);
  const ours = performance.now() - start;
  if (round > 0) {
    domTimes.push(dom);
    arggraphTimes.push(ours);
  }
}
const { median } = await import("../harness.js");
report("arggraph import, 100,000 elements", new Map([["@xmldom/xmldom DOM parse", median(domTimes)], ["fromArggraph(text)", median(arggraphTimes)]]), "@xmldom/xmldom DOM parse", { "fromArggraph(text)": 4 });

const big = JSON.stringify({ format: "argmap", version: 1, title: "big", sources: [], claims: Array.from({ length: 100_000 }, (_, i) => ({ id: `c${i}`, text: `Claim number ${i} of a large map.` })), relations: [] });
console.log(`\nargmap document: ${(big.length / 1e6).toFixed(1)} MB`);
report(
  "sniffFormat on argmap JSON, 100,000 claims",
  measure(
    [
      { name: "JSON.parse", run: () => JSON.parse(big) as unknown },
      { name: "sniffFormat(text)", run: () => sniffFormat(big) },
    ],
    { rounds: 7, warmup: 2 },
  ),
  "JSON.parse",
  { "sniffFormat(text)": 0.01 },
);

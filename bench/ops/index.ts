/**
 * bench/ops: merging and diffing two maps of 50,000 claims (100,000
 * relations each; the second has 1% of the claims reworded and 5,000 new
 * claims with their relations) against loading both from JSON text in the
 * same run; extracting depth 3 around one claim of a 100,000-claim map
 * (200,000 relations) against loading that map. Goals: merge ≤ 2x, diff
 * ≤ 1x, extract ≤ 0.1x.
 */
import { diffMaps, extractMap, loadArgumentMap, mergeMaps, type ArgumentMapDocument } from "../../src/index.js";
import { measure, report } from "../harness.js";
import { generateDocument } from "../load/generate.js";

const half = Number(process.env.CLAIMS ?? 50_000);

/** The second version of a map: some claims reworded, some claims and relations added. */
function edited(doc: ArgumentMapDocument): ArgumentMapDocument {
  const claims = doc.claims.map((claim, i) => (i % 100 === 7 ? { ...claim, text: `${claim.text} (reworded)` } : claim));
  const relations = [...doc.relations];
  const extra = Math.floor(doc.claims.length / 10);
  for (let i = 0; i < extra; i++) {
    claims.push({ id: `n${i}`, text: `A new claim ${i}, added in the second version of the map.` });
    relations.push({ id: `nr${i}`, type: i % 5 === 0 ? "attack" : "support", from: [`n${i}`], to: `c${(i * 7919) % doc.claims.length}` });
  }
  return { ...doc, claims, relations };
}

const first = generateDocument(half, half * 2, 1);
const textA = JSON.stringify(first);
const textB = JSON.stringify(edited(first));
const a = loadArgumentMap(JSON.parse(textA));
const b = loadArgumentMap(JSON.parse(textB));
console.log(`two maps: ${a.claimCount} and ${b.claimCount} claims, ${a.relationCount} and ${b.relationCount} relations, ${((textA.length + textB.length) / 1e6).toFixed(1)} MB of JSON`);

const pair = measure(
  [
    { name: "load both (JSON.parse + loadArgumentMap)", run: () => [loadArgumentMap(JSON.parse(textA)), loadArgumentMap(JSON.parse(textB))] },
    { name: "mergeMaps(a, b, right)", run: () => mergeMaps(a, b, { onConflict: "right" }) },
    { name: "mergeMaps(a, b, right, matchText)", run: () => mergeMaps(a, b, { onConflict: "right", matchText: true }) },
    { name: "diffMaps(a, b)", run: () => diffMaps(a, b) },
  ],
  { rounds: 5, warmup: 1 },
);
report("merge and diff, two 50,000-claim maps", pair, "load both (JSON.parse + loadArgumentMap)", { "mergeMaps(a, b, right)": 2, "diffMaps(a, b)": 1 });

const merged = mergeMaps(a, b, { onConflict: "right" });
const diff = diffMaps(a, b);
console.log(`merged: ${merged.map.claimCount} claims, ${merged.conflicts.length} conflicts; diff: ${diff.claims.added.length} claims added, ${diff.claims.changed.length} changed`);

const large = JSON.stringify(generateDocument(half * 2, half * 4, 2));
const big = loadArgumentMap(JSON.parse(large));
// A claim in the middle of the map, with relations into it and below it.
const root = `c${Math.floor(big.claimCount / 100)}`;
const part = extractMap(big, root, { depth: 3 });
console.log(`extract around ${root}: ${part.claimCount} claims and ${part.relationCount} relations of ${big.claimCount} and ${big.relationCount}`);
const single = measure(
  [
    { name: "load (JSON.parse + loadArgumentMap)", run: () => loadArgumentMap(JSON.parse(large)) },
    { name: "extractMap(map, root, depth 3)", run: () => extractMap(big, root, { depth: 3 }) },
    { name: "extractMap(map, thesis, depth 3)", run: () => extractMap(big, "c0", { depth: 3 }) },
  ],
  { rounds: 5, warmup: 1 },
);
const ratios = report("extract, one 100,000-claim map", single, "load (JSON.parse + loadArgumentMap)", { "extractMap(map, root, depth 3)": 0.1 });
console.log(`\nextract ratio to load, unrounded: ${ratios.get("extractMap(map, root, depth 3)")!.toPrecision(2)}`);

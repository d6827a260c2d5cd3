/**
 * Analysis code on the Ukraine–Japan map: load the shipped JSON, ask the
 * map what supports the thesis and which attacks go unanswered, and run a
 * graphology metric on it.
 *
 *   npx tsx examples/ukraine-japan/query.ts
 *
 * Besides argmap and its peers (graphology, zod) it needs graphology's
 * metrics: `npm install graphology-metrics`. In a project that installed
 * argmap, the script is in node_modules/argmap/examples/ukraine-japan/.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { pagerank } from "graphology-metrics/centrality/index.js";
import { isRelation, loadArgumentMap, type ArgumentMap } from "argmap";

const here = dirname(fileURLToPath(import.meta.url));
const map = loadArgumentMap(JSON.parse(readFileSync(join(here, "ukraine-japan.argmap.json"), "utf8")));
const thesis = map.thesis!;

const text = (id: string): string => map.claim(id)?.text ?? id;

// 1. The reasons for the thesis: one support relation each, linked premises joined.
console.log("Reasons for the thesis:");
for (const reason of map.reasonsFor(thesis)) {
  console.log(`  ${reason.id}: ${map.premisesOf(reason.id).map((c) => c.text).join(" + ")}`);
}

// 2. Attacks on the thesis's side (objections and undercuts of its reasons),
//    and whether anything answers them: an attack on the attack (an undercut)
//    or on one of its premises (a rebuttal).
function answers(map: ArgumentMap, attackId: string): string[] {
  const attack = map.relation(attackId)!;
  const onPremises = attack.from.flatMap((premise) => map.objectionsTo(premise));
  return [...map.undercutsOf(attackId), ...onPremises].map((r) => r.id);
}
const counters = map.relations().filter((r) => {
  if (r.type !== "attack") return false;
  const target = map.conclusionOf(r.id);
  // Attacks on the thesis, or on a relation that supports the thesis.
  return target.id === thesis || (isRelation(target) && target.type === "support" && target.to === thesis);
});
console.log("\nCounter-considerations and their replies:");
for (const counter of counters) {
  const replies = answers(map, counter.id);
  console.log(`  ${counter.id} (${text(counter.from[0]!)}) <- ${replies.length > 0 ? replies.join(", ") : "no reply"}`);
}
const unanswered = counters.filter((c) => answers(map, c.id).length === 0);
console.log(`Objections without a reply: ${unanswered.length > 0 ? unanswered.map((c) => c.id).join(", ") : "none"}`);
const lastWord = map.relations().filter((r) => r.type === "attack" && answers(map, r.id).length === 0);
console.log(`Attacks nobody answers (the last word in each exchange): ${lastWord.map((r) => r.id).join(", ")}`);

// 3. A graphology metric: PageRank on the claim graph (edges run from premise
//    to conclusion, so rank flows towards the claims most argued about).
const ranks = pagerank(map.claimGraph());
const top = Object.entries(ranks)
  .sort(([, a], [, b]) => b - a)
  .slice(0, 3);
console.log("\nMost central claims (PageRank on the claim graph):");
for (const [id, rank] of top) console.log(`  ${rank.toFixed(3)}  ${id}`);

// 4. How a reply reaches the thesis: the chain of inference, and its depth.
const chain = map.path("resilience", thesis)!.map((node) => node.id);
console.log(`\nFrom "resilience" to the thesis: ${chain.join(" -> ")} (depth ${map.depth("resilience")})`);

/**
 * Summarizes the Ukraine–Japan map: prose with numbered quotations, then the
 * outline of the reasons and counter-considerations down to the replies.
 *
 *   npx tsx examples/ukraine-japan/summarize.ts
 *   npx tsx examples/ukraine-japan/summarize.ts --depth 1   # the first level only
 *
 * In a project that installed argmap, the script is in
 * node_modules/argmap/examples/ukraine-japan/.
 */
import { parseArgs } from "node:util";
import { summarize, toProse, toText } from "argmap";
import { ukraineJapan } from "argmap/datasets";

const { values } = parseArgs({ options: { depth: { type: "string" } } });
const depth = values.depth === undefined ? undefined : Number(values.depth);
if (depth !== undefined && !(Number.isInteger(depth) && depth >= 0)) {
  console.error(`--depth expects a whole number, got ${values.depth}`);
  process.exit(2);
}

const map = ukraineJapan();
const summary = summarize(map, { depth });

// Prose: each sentence carries its citation as a numbered quotation.
console.log(toProse(summary, { subject: "The article" }));

// The outline: the prose above already quotes the article, so leave the quotations out here.
console.log("Outline:\n");
console.log(toText(summarize(map, { depth, citations: false }), { title: false }));

const { stats } = summary;
console.log(`Claims written out: ${stats.claims}; referred back to: ${stats.references}; left out: ${stats.omitted}.`);
console.log(`Reasons: ${stats.reasons}; objections: ${stats.objections}; rebuttals: ${stats.rebuttals}; undercuts: ${stats.undercuts}.`);

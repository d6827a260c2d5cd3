/**
 * bench/summarize: summarizing a generated map of 10,000 claims against
 * loading the same map from its JSON string, in the same run. Goal: the
 * summary costs no more than the load (ratio at most 1). Also shown:
 * rendering the summary as Markdown, plain text and prose.
 */
import { loadArgumentMap, summarize, toMarkdown, toProse, toText } from "../../src/index.js";
import { measure, report } from "../harness.js";
import { generateSummaryDocument } from "./generate.js";

const claims = Number(process.env.CLAIMS ?? 10_000);
const text = JSON.stringify(generateSummaryDocument(claims));
const map = loadArgumentMap(JSON.parse(text));
const summary = summarize(map);
const stats = map.stats();
console.log(
  `${stats.claims} claims, ${stats.relations} relations (${stats.attacks} attacks, ${stats.undercuts} undercuts, ${stats.linked} linked), ` +
    `${(text.length / 1e6).toFixed(1)} MB of JSON; the summary writes ${summary.stats.claims} claims and ${summary.stats.references} references`,
);

const timings = measure(
  [
    { name: "load (JSON.parse + loadArgumentMap)", run: () => loadArgumentMap(JSON.parse(text)) },
    { name: "summarize", run: () => summarize(map) },
    { name: "summarize + toMarkdown", run: () => toMarkdown(summarize(map)) },
    { name: "summarize + toText", run: () => toText(summarize(map)) },
    { name: "summarize + toProse", run: () => toProse(summarize(map)) },
  ],
  { rounds: 7, warmup: 2 },
);
const ratios = report("summarize", timings, "load (JSON.parse + loadArgumentMap)", { summarize: 1 });
if ((ratios.get("summarize") ?? Number.POSITIVE_INFINITY) > 1) process.exitCode = 1;

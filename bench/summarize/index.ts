/**
 * bench/summarize: summarizing generated maps against loading the same map
 * from its JSON string, in the same run.
 *
 * - 10,000 claims: `summarize(map)` (every claim written out, weights
 *   ranked, the verdict from the grounded labelling) and `toProse` of it
 *   (the default budget, sized to the source) each cost no more than the
 *   load (goal: ratio at most 1). The outlines are shown too.
 * - 100,000 claims: `summarize(map, { budget: { words: 250 } })` followed by
 *   `toProse`, as `argmap summarize --format prose --words 250` runs it,
 *   costs no more than the load (goal: ratio at most 1), which ranking can
 *   only meet when it is not quadratic.
 */
import { loadArgumentMap, summarize, toMarkdown, toProse, toText } from "../../src/index.js";
import { measure, report } from "../harness.js";
import { generateSummaryDocument } from "./generate.js";

let failed = false;

{
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
      { name: "summarize + toProse (verdict, sized to the source)", run: () => toProse(summarize(map)) },
    ],
    { rounds: 7, warmup: 2 },
  );
  const goals = { summarize: 1, "summarize + toProse (verdict, sized to the source)": 1 };
  const ratios = report("summarize (10k claims)", timings, "load (JSON.parse + loadArgumentMap)", goals);
  for (const name of Object.keys(goals)) if ((ratios.get(name) ?? Number.POSITIVE_INFINITY) > 1) failed = true;
}

{
  const claims = Number(process.env.LARGE_CLAIMS ?? 100_000);
  const text = JSON.stringify(generateSummaryDocument(claims));
  const map = loadArgumentMap(JSON.parse(text));
  const prose = toProse(summarize(map, { budget: { words: 250 } }));
  console.log(`${claims} claims, ${(text.length / 1e6).toFixed(1)} MB of JSON; --words 250 prose: ${prose.split("\n\nQuotations")[0]!.replace(/ \[\d+(?:, \d+)*\]/g, "").split(/\s+/).filter(Boolean).length} words`);
  const timings = measure(
    [
      { name: "load (JSON.parse + loadArgumentMap)", run: () => loadArgumentMap(JSON.parse(text)) },
      { name: "summarize --words 250 + toProse", run: () => toProse(summarize(map, { budget: { words: 250 } })) },
    ],
    { rounds: 5, warmup: 1 },
  );
  const ratios = report("summarize --words 250 (100k claims)", timings, "load (JSON.parse + loadArgumentMap)", { "summarize --words 250 + toProse": 1 });
  if ((ratios.get("summarize --words 250 + toProse") ?? Number.POSITIVE_INFINITY) > 1) failed = true;
}

if (failed) process.exitCode = 1;

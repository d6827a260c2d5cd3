/**
 * bench/load: loading a map of 100,000 claims and 200,000 relations from a
 * JSON string (JSON.parse + schema and consistency validation + indexes)
 * against bare JSON.parse of the same string. Goal: at most 4x. Also shown:
 * parsing with the warning checks (support cycles etc.), and building the
 * graphology view, which the map does lazily on first use of `map.graph`.
 */
import { loadArgumentMap, parseArgumentMap } from "../../src/index.js";
import { measure, report } from "../harness.js";
import { generateDocument } from "./generate.js";

const claims = Number(process.env.CLAIMS ?? 100_000);
const relations = Number(process.env.RELATIONS ?? 200_000);
const text = JSON.stringify(generateDocument(claims, relations));
console.log(`${claims} claims, ${relations} relations, ${(text.length / 1e6).toFixed(1)} MB of JSON`);

const timings = measure(
  [
    { name: "JSON.parse", run: () => JSON.parse(text) },
    { name: "loadArgumentMap (parse + validate + index)", run: () => loadArgumentMap(JSON.parse(text)) },
    { name: "parseArgumentMap with warnings", run: () => parseArgumentMap(JSON.parse(text)) },
    { name: "load + build map.graph", run: () => loadArgumentMap(JSON.parse(text)).graph.order },
  ],
  { rounds: 5, warmup: 1 },
);
report("load", timings, "JSON.parse", { "loadArgumentMap (parse + validate + index)": 4 });

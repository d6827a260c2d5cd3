/**
 * Maps for judging drawings beyond the generated trees: the maps of the
 * test corpus (written in the shapes of others' Argdown documents, AIFdb and
 * OVA dialogues, Kialo debates, arg-microtexts and SADFace; see the READMEs
 * beside them for sources and licences), and generated maps with many
 * cross-links (premises shared between conclusions, attacks back up the
 * tree), where every layered layout has to cross edges.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fromArgdown } from "../../src/formats/argdown/index.js";
import { fromAif, fromArggraph, fromKialo, fromOva, fromSadface } from "../../src/formats/index.js";
import { loadArgumentMap } from "../../src/validate/parse.js";
import type { ArgumentMap } from "../../src/map/argument-map.js";
import { generateDocument } from "../load/generate.js";
import { generateSummaryDocument } from "../summarize/generate.js";

const FIXTURES = join(import.meta.dirname, "..", "..", "tests", "fixtures");

/** Every map of the test corpus and the format fixtures, read with argmap's own readers. */
export async function corpusMaps(): Promise<{ readonly name: string; readonly map: ArgumentMap }[]> {
  const maps: { name: string; map: ArgumentMap }[] = [];
  const corpus = join(FIXTURES, "summarize", "corpus");
  for (const file of readdirSync(corpus).filter((f) => f.endsWith(".argmap.json")).sort()) {
    maps.push({ name: file, map: loadArgumentMap(JSON.parse(readFileSync(join(corpus, file), "utf8"))) });
  }
  const formats = join(FIXTURES, "formats");
  for (const dir of ["real", "argdown"]) {
    for (const file of readdirSync(join(formats, dir)).filter((f) => f.endsWith(".argdown")).sort()) {
      maps.push({ name: `${dir}/${file}`, map: (await fromArgdown(readFileSync(join(formats, dir, file), "utf8"))).value });
    }
  }
  const text = (path: string): string => readFileSync(join(formats, path), "utf8");
  maps.push({ name: "aif/minimum-wage.json", map: fromAif(text("aif/minimum-wage.json")).value });
  maps.push({ name: "kialo/city-cars.txt", map: fromKialo(text("kialo/city-cars.txt")).value });
  maps.push({ name: "ova/car-ban.ova.json", map: fromOva(text("ova/car-ban.ova.json")).value });
  maps.push({ name: "sadface/car-ban.sadface.json", map: fromSadface(text("sadface/car-ban.sadface.json")).value });
  maps.push({ name: "arggraph/car-ban.xml", map: (await fromArggraph(text("arggraph/car-ban.xml"))).value });
  return maps;
}

/** Generated maps where edges must cross: the summarize benchmark's map (shared premises, cycles) and a random one. */
export function crossLinkedMaps(): { readonly name: string; readonly map: ArgumentMap }[] {
  return [
    { name: "2,000 claims, shared premises and cycles (bench/summarize generator)", map: loadArgumentMap(generateSummaryDocument(2000)) },
    { name: "500 claims, 1,000 random relations (bench/load generator)", map: loadArgumentMap(generateDocument(500, 1000)) },
  ];
}

/**
 * GraphML export.
 * @module
 */
import type { ArgumentMap } from "../map/argument-map.js";
import { Warnings, type ConversionResult } from "./conversion.js";
import { cleanText } from "./diagram.js";

/** A GraphML attribute key: where it applies, its name and its type. */
interface Key {
  readonly id: string;
  readonly for: "graph" | "node" | "edge";
  readonly type: "string" | "double";
}

const KEYS: readonly Key[] = [
  { id: "title", for: "graph", type: "string" },
  { id: "description", for: "graph", type: "string" },
  { id: "thesis", for: "graph", type: "string" },
  { id: "sources", for: "graph", type: "string" },
  { id: "kind", for: "node", type: "string" },
  { id: "text", for: "node", type: "string" },
  { id: "type", for: "node", type: "string" },
  { id: "tags", for: "node", type: "string" },
  { id: "base", for: "node", type: "double" },
  { id: "weight", for: "node", type: "double" },
  { id: "label", for: "node", type: "string" },
  { id: "scheme", for: "node", type: "string" },
  { id: "note", for: "node", type: "string" },
  { id: "anchors", for: "node", type: "string" },
  { id: "meta", for: "node", type: "string" },
  { id: "role", for: "edge", type: "string" },
];

/**
 * Writes a map as GraphML, in the same shape as {@link ArgumentMap.graph}:
 * claims and relations are nodes (`kind`), edges run premise → relation
 * (`role` `premise`) and relation → target (`role` `conclusion`), so
 * undercuts and linked premises are kept. Ids are kept as node ids; tags,
 * anchors, meta and sources are JSON strings; numbers are `double`s.
 * Nothing is lost, except characters XML cannot hold (control characters,
 * lone surrogates), which are replaced and reported.
 *
 * @param map - The map to write.
 * @returns The GraphML text and the warnings.
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { argmap } from "argmap";
 * import { toGraphml } from "argmap/formats";
 *
 * const map = argmap("Lunch").thesis("pizza", "We should get pizza.").claim("quick", "It is quick.").support("quick", "pizza").build();
 * const { value } = toGraphml(map);
 * await writeFile("map.graphml", value); // opens in yEd, Gephi, Cytoscape
 * ```
 */
export function toGraphml(map: ArgumentMap): ConversionResult<string> {
  const warnings = new Warnings();
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">');
  for (const key of KEYS) out.push(`  <key id="${key.id}" for="${key.for}" attr.name="${key.id}" attr.type="${key.type}"/>`);
  out.push('  <graph id="argmap" edgedefault="directed">');
  const data = (indent: string, key: string, value: string | number | undefined, path: readonly (string | number)[]): void => {
    if (value === undefined) return;
    const text = typeof value === "number" ? String(value) : escapeXml(cleanText(value, path, warnings));
    out.push(`${indent}<data key="${key}">${text}</data>`);
  };
  data("    ", "title", map.title, ["title"]);
  data("    ", "description", map.description, ["description"]);
  data("    ", "thesis", map.thesis, ["thesis"]);
  const sources = map.sources();
  if (sources.length > 0) data("    ", "sources", JSON.stringify(sources), ["sources"]);
  map.claims().forEach((claim, i) => {
    out.push(`    <node id="${escapeXml(cleanText(claim.id, ["claims", i, "id"], warnings))}">`);
    data("      ", "kind", "claim", []);
    data("      ", "text", claim.text, ["claims", i, "text"]);
    if (claim.tags !== undefined) data("      ", "tags", JSON.stringify(claim.tags), ["claims", i, "tags"]);
    data("      ", "base", claim.base, []);
    data("      ", "note", claim.note, ["claims", i, "note"]);
    if (claim.anchors !== undefined) data("      ", "anchors", JSON.stringify(claim.anchors), ["claims", i, "anchors"]);
    if (claim.meta !== undefined) data("      ", "meta", JSON.stringify(claim.meta), ["claims", i, "meta"]);
    out.push("    </node>");
  });
  map.relations().forEach((relation, i) => {
    out.push(`    <node id="${escapeXml(cleanText(relation.id, ["relations", i, "id"], warnings))}">`);
    data("      ", "kind", "relation", []);
    data("      ", "type", relation.type, []);
    data("      ", "weight", relation.weight, []);
    data("      ", "label", relation.label, ["relations", i, "label"]);
    data("      ", "scheme", relation.scheme, ["relations", i, "scheme"]);
    data("      ", "note", relation.note, ["relations", i, "note"]);
    if (relation.anchors !== undefined) data("      ", "anchors", JSON.stringify(relation.anchors), ["relations", i, "anchors"]);
    if (relation.meta !== undefined) data("      ", "meta", JSON.stringify(relation.meta), ["relations", i, "meta"]);
    out.push("    </node>");
  });
  map.relations().forEach((relation, i) => {
    const id = escapeXml(cleanText(relation.id, ["relations", i, "id"], warnings));
    for (const premise of relation.from) {
      out.push(`    <edge source="${escapeXml(cleanText(premise, ["relations", i, "from"], warnings))}" target="${id}">`);
      out.push('      <data key="role">premise</data>');
      out.push("    </edge>");
    }
    out.push(`    <edge source="${id}" target="${escapeXml(cleanText(relation.to, ["relations", i, "to"], warnings))}">`);
    out.push('      <data key="role">conclusion</data>');
    out.push("    </edge>");
  });
  out.push("  </graph>", "</graphml>");
  return { value: `${out.join("\n")}\n`, warnings: warnings.list() };
}

/**
 * Escapes text for XML content and double-quoted attributes, keeping white
 * space exact: tabs and line breaks as character references, and U+0085 and
 * U+2028 too, which XML 1.1 parsers (and @xmldom/xmldom, under graphology-graphml) turn into line feeds.
 */
function escapeXml(text: string): string {
  return text.replace(/[&<>"'\t\n\r\u0085\u2028]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

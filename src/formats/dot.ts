/**
 * Graphviz DOT export.
 * @module
 */
import type { PathSegment } from "../errors.js";
import type { ArgumentMap } from "../map/argument-map.js";
import { reportLostFields, Warnings, type ConversionResult, type MapFeature } from "./conversion.js";
import { cleanText, junctionRelations } from "./diagram.js";

/** Options of {@link toDot}. */
export interface DotOptions {
  /**
   * Graphviz `rankdir`: `BT` puts premises below their conclusions.
   *
   * @defaultValue `"BT"`
   */
  readonly rankdir?: "BT" | "TB" | "LR" | "RL";
  /**
   * Wrap claim text at about this many characters per line (0: no wrapping).
   *
   * @defaultValue 40
   */
  readonly wrap?: number;
}

const DOT_DEFAULTS = { rankdir: "BT", wrap: 40 } as const satisfies Required<DotOptions>;

const DOT_HOLDS: ReadonlySet<MapFeature> = new Set<MapFeature>(["title", "thesis", "label", "note"]);

/**
 * Writes a map as a Graphviz DOT digraph. Claims are rounded boxes (the
 * thesis doubly outlined), supports green arrows, attacks red arrows with a
 * bar head. A relation with linked premises, or one that another relation
 * targets, is a small point where its premises meet, so an undercut ends on
 * the relation it attacks. Node names are generated (`c1`, `r1`); every
 * string is quoted and escaped. Notes become tooltips.
 *
 * @param map - The map to draw.
 * @param options - See {@link DotOptions}.
 * @returns The DOT source and the warnings.
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { argmap } from "argmap";
 * import { toDot } from "argmap/formats";
 *
 * const map = argmap("Lunch").thesis("pizza", "We should get pizza.").claim("quick", "It is quick.").support("quick", "pizza").build();
 * const { value } = toDot(map);
 * await writeFile("map.dot", value); // dot -Tsvg map.dot > map.svg
 * ```
 */
export function toDot(map: ArgumentMap, options: DotOptions = {}): ConversionResult<string> {
  const settings = { ...DOT_DEFAULTS, ...options };
  const warnings = new Warnings();
  reportLostFields(map, "DOT", DOT_HOLDS, warnings);
  const names = new Map<string, string>();
  const lines: string[] = [];
  const title = dotText(map.title, ["title"], warnings);
  lines.push(`digraph ${quote(title)} {`);
  lines.push(`  graph [rankdir=${settings.rankdir}${map.title !== "" ? `, label=${quote(title)}, labelloc=t` : ""}];`);
  lines.push('  node [shape=box, style="rounded,filled", fillcolor="#ffffff", fontname="Helvetica"];');
  lines.push('  edge [fontname="Helvetica"];');
  map.claims().forEach((claim, i) => {
    const name = `c${i + 1}`;
    names.set(claim.id, name);
    const attributes = [`label=${quote(wrap(dotText(claim.text, ["claims", i, "text"], warnings), settings.wrap))}`];
    if (claim.note !== undefined) attributes.push(`tooltip=${quoteTooltip(tooltipText(claim.note, ["claims", i, "note"], warnings))}`);
    if (claim.id === map.thesis) attributes.push("peripheries=2", 'fontname="Helvetica-Bold"');
    lines.push(`  ${name} [${attributes.join(", ")}];`);
  });
  const junctions = junctionRelations(map);
  map.relations().forEach((relation, i) => {
    if (!junctions.has(relation.id)) return;
    const name = `r${i + 1}`;
    names.set(relation.id, name);
    lines.push(`  ${name} [shape=point, width=0.12, color=${colour(relation.type)}];`);
  });
  map.relations().forEach((relation, i) => {
    const attributes = [`color=${colour(relation.type)}`, `arrowhead=${relation.type === "support" ? "normal" : "tee"}`];
    if (relation.label !== undefined) attributes.push(`label=${quote(dotText(relation.label, ["relations", i, "label"], warnings))}`);
    if (relation.note !== undefined) attributes.push(`tooltip=${quoteTooltip(tooltipText(relation.note, ["relations", i, "note"], warnings))}`);
    const target = names.get(relation.to)!;
    const junction = names.get(relation.id);
    if (junction === undefined) {
      lines.push(`  ${names.get(relation.from[0]!)!} -> ${target} [${attributes.join(", ")}];`);
      return;
    }
    for (const premise of relation.from) lines.push(`  ${names.get(premise)!} -> ${junction} [color=${colour(relation.type)}, arrowhead=none];`);
    lines.push(`  ${junction} -> ${target} [${attributes.join(", ")}];`);
  });
  lines.push("}");
  return { value: `${lines.join("\n")}\n`, warnings: warnings.list() };
}

function colour(type: "support" | "attack"): string {
  return type === "support" ? '"#2e7d32"' : '"#c62828"';
}

/**
 * Text as Graphviz shows it: control characters replaced, and carriage
 * returns written as line breaks, each with a `text-changed` warning.
 */
function dotText(text: string, path: readonly PathSegment[], warnings: Warnings): string {
  const cleaned = cleanText(text, path, warnings);
  if (!cleaned.includes("\r")) return cleaned;
  warnings.add("text-changed", path, "DOT has one kind of line break: carriage returns became line breaks", "texts");
  return cleaned.replace(/\r\n?/g, "\n");
}

/**
 * A DOT double-quoted string for a label: Graphviz reads `&…;` entities in
 * labels and `\` escapes after them, so `&` is written `&amp;`, `\` is
 * written `\\`, quotes `\"` and line breaks `\n`.
 */
function quote(text: string): string {
  return `"${text.replace(/&/g, "&amp;").replace(/[\\"]/g, "\\$&").replace(/\n/g, "\\n")}"`;
}

/**
 * A note as a tooltip: Graphviz's SVG holds tooltips in attributes, where
 * XML reads a tab as a space, so tabs are written as spaces, with a
 * `text-changed` warning.
 */
function tooltipText(text: string, path: readonly PathSegment[], warnings: Warnings): string {
  const shown = dotText(text, path, warnings);
  if (!shown.includes("\t")) return shown;
  warnings.add("text-changed", path, "Graphviz shows tooltips in SVG attributes, which hold no tabs: tabs in notes became spaces", "texts");
  return shown.replaceAll("\t", " ");
}

/**
 * A DOT double-quoted string for a tooltip: Graphviz reads a tooltip's
 * escapes twice (`\N` is the node's name even after a backslash), so `\`
 * is written `\\\\`; the rest as {@link quote}.
 */
function quoteTooltip(text: string): string {
  return `"${text.replace(/&/g, "&amp;").replace(/\\/g, "\\\\\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}

/**
 * Inserts line breaks at single spaces so that lines stay near `width`
 * characters; every other character (runs of spaces, spaces at the ends)
 * stays where it was, so a line break stands for exactly one space.
 */
function wrap(text: string, width: number): string {
  if (width <= 0) return text;
  return text
    .split("\n")
    .map((paragraph) => {
      // Words at even places, runs of spaces at odd places.
      const pieces = paragraph.split(/( +)/);
      let out = pieces[0]!;
      let length = out.length;
      for (let k = 1; k < pieces.length; k += 2) {
        const space = pieces[k]!;
        const word = pieces[k + 1]!;
        if (space === " " && length > 0 && word !== "" && length + 1 + word.length > width) {
          out += `\n${word}`;
          length = word.length;
        } else {
          out += space + word;
          length += space.length + word.length;
        }
      }
      return out;
    })
    .join("\n");
}

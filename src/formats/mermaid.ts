/**
 * Mermaid flowchart export.
 * @module
 */
import type { ArgumentMap } from "../map/argument-map.js";
import { reportLostFields, Warnings, type ConversionResult, type MapFeature } from "./conversion.js";
import { cleanText, junctionRelations } from "./diagram.js";

/** Options of {@link toMermaid}. */
export interface MermaidOptions {
  /**
   * Flow direction: `BT` puts premises below their conclusions.
   *
   * @defaultValue `"BT"`
   */
  readonly direction?: "BT" | "TB" | "LR" | "RL";
}

const MERMAID_DEFAULTS = { direction: "BT" } as const satisfies Required<MermaidOptions>;

const MERMAID_HOLDS: ReadonlySet<MapFeature> = new Set<MapFeature>(["title", "thesis", "label"]);

const SUPPORT_COLOR = "#2e7d32";
const ATTACK_COLOR = "#c62828";

/**
 * Writes a map as a Mermaid flowchart. Claims are boxes (the thesis has a
 * thick border), supports are green arrows, attacks red arrows ending in a
 * cross. A relation with linked premises, or one that another relation
 * targets, is drawn as a small circle where its premises meet, so undercuts
 * end on the relation they attack. Node names are generated (`c1`, `r1`);
 * all text is written with Mermaid's entity codes, so no text can break the
 * diagram.
 *
 * @param map - The map to draw.
 * @param options - See {@link MermaidOptions}.
 * @returns The flowchart source and the warnings (tags, anchors, scores,
 * notes, sources and meta have no place in the diagram).
 * @example
 * ```ts
 * import { argmap } from "argmap";
 * import { toMermaid } from "argmap/formats";
 *
 * const map = argmap("Lunch").thesis("pizza", "We should get pizza.").claim("quick", "It is quick.").support("quick", "pizza").build();
 * const { value } = toMermaid(map, { direction: "LR" });
 * console.log(value); // paste it into a mermaid code block
 * ```
 */
export function toMermaid(map: ArgumentMap, options: MermaidOptions = {}): ConversionResult<string> {
  const settings = { ...MERMAID_DEFAULTS, ...options };
  const warnings = new Warnings();
  reportLostFields(map, "Mermaid", MERMAID_HOLDS, warnings);
  const names = new Map<string, string>();
  const lines: string[] = [];
  if (map.title !== "") lines.push("---", `title: ${JSON.stringify(cleanText(map.title, ["title"], warnings).replace(/\n/g, " "))}`, "---");
  lines.push(`flowchart ${settings.direction}`);
  map.claims().forEach((claim, i) => {
    const name = `c${i + 1}`;
    names.set(claim.id, name);
    lines.push(`  ${name}["${escapeMermaid(cleanText(claim.text, ["claims", i, "text"], warnings))}"]`);
  });
  const junctions = junctionRelations(map);
  map.relations().forEach((relation, i) => {
    if (!junctions.has(relation.id)) return;
    const name = `r${i + 1}`;
    names.set(relation.id, name);
    lines.push(`  ${name}(("${relation.type === "support" ? "+" : "−"}"))`);
  });
  const support: number[] = [];
  const attack: number[] = [];
  let links = 0;
  map.relations().forEach((relation, i) => {
    const colour = relation.type === "support" ? support : attack;
    const arrow = relation.type === "support" ? "-->" : "--x";
    const label = relation.label === undefined ? "" : `|"${escapeMermaid(cleanText(relation.label, ["relations", i, "label"], warnings))}"|`;
    const target = names.get(relation.to)!;
    const junction = names.get(relation.id);
    if (junction === undefined) {
      lines.push(`  ${names.get(relation.from[0]!)!} ${arrow}${label} ${target}`);
      colour.push(links++);
      return;
    }
    for (const premise of relation.from) {
      lines.push(`  ${names.get(premise)!} --- ${junction}`);
      colour.push(links++);
    }
    lines.push(`  ${junction} ${arrow}${label} ${target}`);
    colour.push(links++);
  });
  if (support.length > 0) lines.push(`  linkStyle ${support.join(",")} stroke:${SUPPORT_COLOR},stroke-width:2px`);
  if (attack.length > 0) lines.push(`  linkStyle ${attack.join(",")} stroke:${ATTACK_COLOR},stroke-width:2px`);
  if (map.thesis !== undefined) {
    lines.push("  classDef thesis stroke-width:3px,font-weight:bold");
    lines.push(`  class ${names.get(map.thesis)!} thesis`);
  }
  return { value: `${lines.join("\n")}\n`, warnings: warnings.list() };
}

/** Escapes text for a quoted Mermaid label: entity codes for markup characters, `<br>` for line breaks. */
function escapeMermaid(text: string): string {
  return text
    .replace(/[#"<>&`]/g, (ch) => `#${ch.charCodeAt(0)};`)
    .replace(/\r\n?|\n/g, "<br>");
}

/**
 * Mermaid flowchart export.
 * @module
 */
import type { PathSegment } from "../errors.js";
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
 * every character of a label that Mermaid could read as syntax (`%`, `#`,
 * quotes, `<`, `:`, `;`, backticks, …) is written as an entity code, so no
 * text can break the diagram or become configuration (`%%{init: …}%%`).
 * Mermaid draws labels as HTML: white space HTML collapses is collapsed, and
 * reported (`text-changed`), as are control characters.
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
  if (map.title !== "") lines.push("---", `title: ${mermaidTitle(map.title, warnings)}`, "---");
  lines.push(`flowchart ${settings.direction}`);
  map.claims().forEach((claim, i) => {
    const name = `c${i + 1}`;
    names.set(claim.id, name);
    lines.push(`  ${name}["${mermaidLabel(claim.text, ["claims", i, "text"], warnings, "labels")}"]`);
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
    // An empty label is no label (Mermaid refuses `|""|`).
    const label = relation.label === undefined || relation.label === "" ? "" : `|"${mermaidLabel(relation.label, ["relations", i, "label"], warnings, "labels")}"|`;
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

/**
 * Characters a Mermaid label holds as they are: letters (but `ﬂ`), digits,
 * combining marks, spaces and `.,!?'-`. Mermaid reads the rest as syntax
 * somewhere, even inside quotes: `%%` starts a comment or a
 * `%%{init: …}%%` directive, `#…;` an entity code, `style…:…#…;` loses its
 * last `;`, `<…>` is rewritten as a tag, a backtick starts Markdown, and
 * `ﬂ°°`, `ﬂ°` and `¶ß` are Mermaid's own stand-ins for `&#`, `&` and `;`.
 */
const MERMAID_PLAIN = /^[\p{L}\p{N}\p{M} .,!?'-]$/u;

/**
 * A label as Mermaid shows it: white space that HTML collapses (runs of
 * spaces and tabs, spaces at the ends of a line, carriage returns) collapsed
 * here, with a `text-changed` warning, so that the diagram shows what the
 * warning says.
 */
function mermaidLines(text: string, path: readonly PathSegment[], warnings: Warnings, what: string): string[] {
  const cleaned = keepStandInsApart(cleanText(text, path, warnings), path, warnings);
  const lines = cleaned.split(/\r\n|\r|\n/).map((line) => line.replace(/[ \t]+/g, " ").replace(/^ | $/g, ""));
  if (lines.join("\n") !== cleaned) warnings.add("text-changed", path, `Mermaid collapses white space in ${what}: tabs, runs of spaces, spaces at the ends of lines and carriage returns were collapsed`, "texts");
  return lines;
}

/**
 * Mermaid turns `ﬂ°°`, `ﬂ°` and `¶ß` in its finished drawing into `&#`, `&`
 * and `;`, and a backslash before `n` into a line break, whatever wrote
 * them: a zero-width space keeps the two characters apart, with a
 * `text-changed` warning.
 */
function keepStandInsApart(text: string, path: readonly PathSegment[], warnings: Warnings): string {
  const apart = text.replace(/\uFB02(?=\u00B0)|\u00B6(?=\u00DF)/g, "$&\u200B");
  if (apart !== text) warnings.add("text-changed", path, "Mermaid reads \"\uFB02\u00B0\" and \"\u00B6\u00DF\" as its own codes for & and ;: a zero-width space was put between the two characters", "texts");
  // Mermaid shows a backslash followed by "n" as a line break, even written as entity codes.
  const unbroken = apart.replace(/\\(?=n)/g, "\\\u200B");
  if (unbroken !== apart) warnings.add("text-changed", path, "Mermaid reads \"\\n\" as a line break: a zero-width space was put between the backslash and the n", "texts");
  return unbroken;
}

/**
 * Escapes text for a quoted Mermaid label: every character but letters,
 * digits, spaces and `.,!?'-` as an entity code (`#37;` for `%`), line
 * breaks as `<br>`. An empty label is one space: Mermaid refuses `""`.
 */
function mermaidLabel(text: string, path: readonly PathSegment[], warnings: Warnings, what: string): string {
  const label = mermaidLines(text, path, warnings, what)
    .map((line) => {
      let out = "";
      for (const ch of line) out += MERMAID_PLAIN.test(ch) && ch !== "\uFB02" ? ch : `#${ch.codePointAt(0)!};`;
      return out;
    })
    .join("<br>");
  return label === "" ? " " : label;
}

/**
 * The title, for the front matter's `title:` (a YAML string in JSON's
 * syntax). Mermaid shows it as SVG text, without entity codes, after
 * cleaning it up as HTML: white space is collapsed to single spaces, and
 * `<`, `>`, `&` and no-break spaces are replaced, each with a warning.
 */
function mermaidTitle(title: string, warnings: Warnings): string {
  const cleaned = keepStandInsApart(cleanText(title, ["title"], warnings), ["title"], warnings);
  const flat = cleaned.replace(/[ \t\r\n]+/g, " ").replace(/^ | $/g, "");
  if (flat !== cleaned) warnings.add("text-changed", ["title"], "a Mermaid title is one line: line breaks, tabs and runs of spaces became single spaces, and spaces at its ends were dropped", "texts");
  const shown = flat.replace(/[<>&\u00A0]/g, (ch) => TITLE_LOOK_ALIKES[ch]!);
  if (shown !== flat) warnings.add("text-changed", ["title"], "Mermaid reads a title as HTML and shows the HTML it cleaned up: <, >, & and no-break spaces were written as ＜, ＞, ＆ and spaces", "texts");
  return JSON.stringify(shown);
}

/**
 * What a title holds instead of the characters Mermaid's HTML clean-up of
 * titles would change (`a<b` would be shown as `a<b></b>`, `&` as `&amp;`).
 */
const TITLE_LOOK_ALIKES: Readonly<Record<string, string>> = { "<": "\uFF1C", ">": "\uFF1E", "&": "\uFF06", "\u00A0": " " };

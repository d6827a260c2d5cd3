import type { Claim, JsonValue, Participant, Relation, Source } from "../schema/document.js";
import { shown } from "./compare.js";
import type { FieldChange, ItemChange, ItemDiff, MapDiff } from "./diff.js";
import { countOf } from "../internal/count-of.js";

/**
 * A readable text form of a {@link MapDiff}, one line per item: `+` added,
 * `-` removed, `~` changed (with one indented line per field, old → new),
 * `=` renamed by `matchText`. Ids and texts are quoted and cut to about 80
 * characters. An empty string when the maps are equal, as diff(1) prints
 * nothing.
 *
 * @param diff - What {@link diffMaps} returned.
 * @returns Lines of text, each ending in a newline.
 * @example
 * ```ts
 * import { argmap, diffMaps, formatDiff } from "argmap";
 *
 * const before = argmap("Lunch").claim("t", "We should get pizza.").build();
 * const after = argmap("Lunch").claim("t", "We should get sushi.").claim("r", "Sushi is light.").support("r", "t").build();
 * console.log(formatDiff(diffMaps(before, after)));
 * ```
 */
export function formatDiff(diff: MapDiff): string {
  if (diff.equal) return "";
  const lines: string[] = [];
  for (const field of diff.fields) lines.push(`~ map ${field.field}: ${value(field.field, field.before)} → ${value(field.field, field.after)}`);
  const counts = (name: string, d: ItemDiff<unknown>, renamed = 0): void => {
    const parts = [`${d.added.length} added`, `${d.removed.length} removed`, `${d.changed.length} changed`];
    if (renamed > 0) parts.push(`${renamed} renamed`);
    if (d.added.length + d.removed.length + d.changed.length + renamed > 0) lines.push(`${name}: ${parts.join(", ")}`);
  };
  counts("claims", diff.claims, diff.claims.renamed.length);
  counts("relations", diff.relations);
  counts("sources", diff.sources);
  counts("participants", diff.participants);
  section(lines, "claim", diff.claims, (c: Claim) => shown(c.text));
  for (const rename of diff.claims.renamed) {
    lines.push(`= claim ${shown(rename.before)} is now ${shown(rename.after)}`);
    fieldLines(lines, rename.changes);
  }
  section(lines, "relation", diff.relations, (r: Relation) => `${r.type} ${r.from.map(shown).join(" + ")} → ${shown(r.to)}`);
  section(lines, "source", diff.sources, (s: Source) => shown(s.title));
  section(lines, "participant", diff.participants, (p: Participant) => shown(p.name));
  return `${lines.join("\n")}\n`;
}

function section<T extends { readonly id: string }>(lines: string[], kind: string, d: ItemDiff<T>, describe: (item: T) => string): void {
  for (const item of d.added) lines.push(`+ ${kind} ${shown(item.id)}: ${describe(item)}`);
  for (const item of d.removed) lines.push(`- ${kind} ${shown(item.id)}: ${describe(item)}`);
  for (const item of d.changed as readonly ItemChange[]) {
    lines.push(`~ ${kind} ${shown(item.id)}`);
    fieldLines(lines, item.changes);
  }
}

function fieldLines(lines: string[], changes: readonly FieldChange[]): void {
  for (const c of changes) lines.push(`    ${c.field}: ${value(c.field, c.before)} → ${value(c.field, c.after)}`);
}

/** A field's value in a line: strings quoted, id lists joined, anchors counted, other JSON cut short. */
function value(field: string, v: JsonValue | undefined): string {
  if (v === undefined) return "(none)";
  if (typeof v === "string") return shown(v);
  if (field === "anchors" && Array.isArray(v)) {
    const quotes = v.map((a) => (a !== null && typeof a === "object" && !Array.isArray(a) && typeof a.quote === "string" ? shown(a.quote) : "?"));
    return `${countOf(v.length, "anchor")} (${quotes.join(", ")})`;
  }
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return `[${(v as string[]).map(shown).join(", ")}]`;
  const json = JSON.stringify(v);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

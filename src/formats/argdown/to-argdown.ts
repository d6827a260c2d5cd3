/**
 * Argdown export, written without `@argdown/core`.
 * @module
 */
import type { PathSegment } from "../../errors.js";
import type { ArgumentMap } from "../../map/argument-map.js";
import type { Relation } from "../../schema/document.js";
import { IdPool, reportLostFields, Warnings, type ConversionResult, type MapFeature } from "../conversion.js";

/** @internal Value of the `argmap` data field that marks a stand-in conclusion (see {@link toArgdown}). */
export const ARGDOWN_STAND_IN = "conclusion";

const ARGDOWN_HOLDS: ReadonlySet<MapFeature> = new Set<MapFeature>(["title", "description", "thesis", "tags", "label", "scheme"]);

/** Titles Argdown keeps as written. */
const SAFE_TITLE = /^[\p{L}\p{N}](?:[\p{L}\p{N}_.,:'’-]| (?! ))*$/u;
const SAFE_TAG = /^[\p{L}\p{N}_-]+$/u;
const SPECIAL_CHAR = /(?:\.[^\s]+?\.)|(?::[^\s]+?:)/;

/**
 * Writes a map as Argdown that `@argdown/core` parses back into an
 * equivalent map (see {@link "argmap/argdown"!fromArgdown}).
 *
 * - The title, description and thesis go into the YAML front matter.
 * - Every claim is a statement `[id]: text #tag`, its id the title when Argdown
 *   can hold it as one (else a new title, reported as `id-renamed`).
 * - A support or attack with one premise is a relation line under its target
 *   (`<+ [premise]`, `<- [premise]`; `<_ [premise]` for an undercut).
 * - A relation with linked premises, a label, a scheme, or one that another
 *   relation targets, is an argument `<id>: label` with a premise–conclusion
 *   structure; its scheme is the inference rule. When such a relation is an
 *   attack or targets a relation, its conclusion is a stand-in statement
 *   (marked with the data `{argmap: conclusion}`) that attacks, undercuts or
 *   supports the target; {@link "argmap/argdown"!fromArgdown} folds it back into one relation.
 *
 * Base scores, weights, anchors, notes, sources and meta are reported as lost.
 *
 * @param map - The map to write.
 * @returns The Argdown text and the warnings.
 * @example
 * ```ts
 * const { value, warnings } = toArgdown(map);
 * await writeFile("map.argdown", value);
 * ```
 */
export function toArgdown(map: ArgumentMap): ConversionResult<string> {
  const warnings = new Warnings();
  reportLostFields(map, "Argdown", ARGDOWN_HOLDS, warnings);
  const claims = map.claims();
  const relations = map.relations();
  const pool = new IdPool();
  // Keep every safe id as its title; rename the others.
  for (const claim of claims) if (isSafeTitle(claim.id)) pool.take(claim.id);
  for (const relation of relations) if (isSafeTitle(relation.id)) pool.take(relation.id);
  const titles = new Map<string, string>();
  const name = (id: string, path: PathSegment[], prefix: string): string => {
    if (isSafeTitle(id)) return id;
    const title = pool.take(`${prefix}${titles.size + 1}`);
    warnings.add("id-renamed", path, `id ${JSON.stringify(id)} cannot be an Argdown title; it was written as "${title}"`, "ids");
    return title;
  };
  claims.forEach((claim, i) => titles.set(claim.id, name(claim.id, ["claims", i, "id"], "s")));
  relations.forEach((relation, i) => titles.set(relation.id, name(relation.id, ["relations", i, "id"], "a")));

  const targeted = new Set<string>();
  for (const relation of relations) if (map.hasRelation(relation.to)) targeted.add(relation.to);
  const isArgument = (relation: Readonly<Relation>): boolean =>
    relation.from.length > 1 || targeted.has(relation.id) || relation.label !== undefined || relation.scheme !== undefined;

  const out: string[] = [];
  const front: string[] = [];
  if (map.title !== "") front.push(`title: ${yamlString(map.title)}`);
  if (map.description !== undefined) front.push(`description: ${yamlString(map.description)}`);
  if (map.thesis !== undefined) front.push(`thesis: ${yamlString(titles.get(map.thesis)!)}`);
  if (front.length > 0) out.push("===", ...front, "===", "");

  // Statements, each defined once.
  claims.forEach((claim, i) => {
    const text = statementText(claim.text, ["claims", i, "text"], warnings);
    const tags = (claim.tags ?? []).flatMap((tag, k) => {
      if (SAFE_TAG.test(tag)) return [`#${tag}`];
      if (/^[^()\n\r]+$/.test(tag) && tag.trim() === tag) return [`#(${tag})`];
      warnings.add("lost-tags", ["claims", i, "tags", k], `tag ${JSON.stringify(tag)} cannot be written in Argdown (it has parentheses, line breaks or outer spaces)`, "tags");
      return [];
    });
    const body = [text, ...tags].filter((part) => part !== "").join(" ");
    out.push(body === "" ? `[${titles.get(claim.id)!}]` : `[${titles.get(claim.id)!}]: ${body}`, "");
  });

  // Relation lines grouped by target.
  const simpleInto = new Map<string, Readonly<Relation>[]>();
  for (const relation of relations) {
    if (isArgument(relation)) continue;
    const list = simpleInto.get(relation.to);
    if (list === undefined) simpleInto.set(relation.to, [relation]);
    else list.push(relation);
  }
  for (const [target, list] of simpleInto) {
    const onRelation = map.hasRelation(target);
    out.push(onRelation ? `<${titles.get(target)!}>` : `[${titles.get(target)!}]`);
    for (const relation of list) {
      const symbol = relation.type === "support" ? "<+" : onRelation ? "<_" : "<-";
      out.push(`  ${symbol} [${titles.get(relation.from[0]!)!}]`);
    }
    out.push("");
  }

  // Arguments with premise–conclusion structures.
  relations.forEach((relation, i) => {
    if (!isArgument(relation)) return;
    const title = titles.get(relation.id)!;
    const label = relation.label === undefined ? "" : statementText(relation.label, ["relations", i, "label"], warnings);
    out.push(label === "" ? `<${title}>` : `<${title}>: ${label}`, "");
    relation.from.forEach((premise, k) => out.push(`(${k + 1}) [${titles.get(premise)!}]`));
    out.push(relation.scheme === undefined ? "----" : `-- ${inferenceRule(relation.scheme, ["relations", i, "scheme"], warnings)} --`);
    const n = relation.from.length + 1;
    const onRelation = map.hasRelation(relation.to);
    if (relation.type === "support" && !onRelation) {
      out.push(`(${n}) [${titles.get(relation.to)!}]`, "");
      return;
    }
    const standIn = pool.take(`${title} conclusion`);
    const target = map.hasRelation(relation.to) ? map.relation(relation.to)! : undefined;
    const text =
      target !== undefined
        ? `The inference ${titles.get(target.id)!} ${relation.type === "support" ? "holds" : "does not hold"}.`
        : `Not: ${map.claim(relation.to)!.text.replace(/\s+/g, " ")}`;
    out.push(`(${n}) [${standIn}]: ${escapeText(text)} {argmap: ${ARGDOWN_STAND_IN}}`);
    if (target !== undefined) out.push(`  ${relation.type === "support" ? "+>" : "_>"} <${titles.get(target.id)!}>`);
    else out.push(`  -> [${titles.get(relation.to)!}]`);
    out.push("");
  });
  // Argdown rejects a document without any element: give an empty map a heading.
  if (claims.length === 0) out.push("# No claims");
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return { value: `${out.join("\n")}\n`, warnings: warnings.list() };
}

function isSafeTitle(id: string): boolean {
  return SAFE_TITLE.test(id) && !(id in Object.prototype) && !/^Untitled \d+$/.test(id);
}

/** A YAML double-quoted string (JSON escapes, which YAML shares), safe inside Argdown front matter. */
function yamlString(text: string): string {
  return JSON.stringify(text).replace(/=/g, "\\u003d");
}

/** Statement text: one line, Argdown's markup characters escaped. */
function statementText(text: string, path: PathSegment[], warnings: Warnings): string {
  const flat = text.replace(/\s*(?:\r\n|\r|\n)\s*/g, " ").trim();
  if (flat !== text) warnings.add("text-changed", path, "Argdown statements are one line without outer white space; line breaks became spaces", "texts");
  return escapeText(flat);
}

/** Escapes Argdown markup: mentions, tags, data, emphasis, links and special-character codes. */
function escapeText(text: string): string {
  let out = "";
  let rest = text;
  // Escape the opening "." or ":" of anything Argdown would read as a special character (":smile:").
  for (let match = SPECIAL_CHAR.exec(rest); match !== null; match = SPECIAL_CHAR.exec(rest)) {
    out += escapeMarkup(rest.slice(0, match.index)) + "\\" + rest[match.index]!;
    rest = rest.slice(match.index + 1);
  }
  return out + escapeMarkup(rest);
}

function escapeMarkup(text: string): string {
  return text.replace(/[\\[\]<>@#{}*_()`/=]/g, "\\$&");
}

/** An inference rule name: no dashes that would end the line, no commas or braces. */
function inferenceRule(scheme: string, path: PathSegment[], warnings: Warnings): string {
  const clean = scheme
    .replace(/[\r\n{}]+/g, " ")
    .replace(/-{2,}/g, "-")
    .replace(/\s+/g, " ")
    .replace(/\s*,\s*/g, ", ")
    .replace(/^[\s,]+|[\s,]+$/g, "");
  if (clean !== scheme) warnings.add("text-changed", path, "the scheme was simplified to fit an Argdown inference rule", "schemes");
  return clean === "" ? "rule" : clean;
}

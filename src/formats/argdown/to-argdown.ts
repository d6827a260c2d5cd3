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

const ARGDOWN_HOLDS: ReadonlySet<MapFeature> = new Set<MapFeature>(["title", "description", "thesis", "tags", "label", "scheme", "claimTitle"]);
/** Characters Argdown cannot hold in a one-line text: C0 controls and lone surrogates. */
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Titles Argdown keeps as written. */
const SAFE_TITLE = /^[\p{L}\p{N}](?:[\p{L}\p{N}_.,:'’-]| (?! ))*$/u;
const SAFE_TAG = /^[\p{L}\p{N}_-]+$/u;

/**
 * Writes a map as Argdown that `@argdown/core` parses back into an
 * equivalent map (see {@link "argmap/argdown"!fromArgdown}).
 *
 * - The title, description and thesis go into the YAML front matter; a map
 *   without a thesis says `thesis: null` (and an empty title `title: ""`), so
 *   that reading it back does not choose one.
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
 * import { writeFile } from "node:fs/promises";
 * import { argmap } from "argmap";
 * import { toArgdown } from "argmap/argdown";
 *
 * const map = argmap("Lunch").thesis("pizza", "We should get pizza.").claim("quick", "It is quick.").support("quick", "pizza").build();
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
  // A claim's Argdown title is its title when it has one, else its id; where
  // that cannot be a title, or is taken, a new title is made and the id is
  // kept in the statement's data ({argmapId: …}), which fromArgdown reads.
  const wanted = (claim: { id: string; title?: string | undefined }): string => (claim.title !== undefined && isSafeTitle(claim.title) ? claim.title : claim.id);
  const taken = new Set<string>();
  for (const claim of claims) {
    const title = wanted(claim);
    if (isSafeTitle(title) && !taken.has(title)) {
      taken.add(title);
      pool.take(title);
    }
  }
  for (const relation of relations) if (isSafeTitle(relation.id) && !taken.has(relation.id)) {
    taken.add(relation.id);
    pool.take(relation.id);
  }
  const titles = new Map<string, string>();
  const keptIds = new Map<string, string>(); // id → data to write, when the title is not the id
  const used = new Set<string>();
  const name = (id: string, want: string, path: PathSegment[], prefix: string): string => {
    const title = isSafeTitle(want) && !used.has(want) ? want : pool.take(`${prefix}${titles.size + 1}`);
    used.add(title);
    if (title !== id) {
      if (canKeepId(id)) keptIds.set(id, `{argmapId: ${dataString(id)}}`);
      else warnings.add("id-renamed", path, `id ${JSON.stringify(id)} cannot be an Argdown title or kept in its data; it was written as "${title}"`, "ids");
    }
    return title;
  };
  claims.forEach((claim, i) => titles.set(claim.id, name(claim.id, wanted(claim), ["claims", i, "id"], "s")));
  relations.forEach((relation, i) => titles.set(relation.id, name(relation.id, relation.id, ["relations", i, "id"], "a")));

  const targeted = new Set<string>();
  for (const relation of relations) if (map.hasRelation(relation.to)) targeted.add(relation.to);
  const isArgument = (relation: Readonly<Relation>): boolean =>
    relation.from.length > 1 || targeted.has(relation.id) || relation.label !== undefined || relation.scheme !== undefined;

  const out: string[] = [];
  const front: string[] = [];
  // An empty title is written too: without one, fromArgdown takes the document's heading.
  front.push(`title: ${yamlString(map.title)}`);
  if (map.description !== undefined) front.push(`description: ${yamlString(map.description)}`);
  // No thesis is written as `thesis: null`: without the key, fromArgdown would choose one.
  front.push(`thesis: ${map.thesis === undefined ? "null" : yamlString(titles.get(map.thesis)!)}`);
  out.push("===", ...front, "===", "");

  // Statements, each defined once.
  claims.forEach((claim, i) => {
    const text = statementText(claim.text, ["claims", i, "text"], warnings);
    const tags = (claim.tags ?? []).flatMap((tag, k) => {
      if (SAFE_TAG.test(tag)) return [`#${tag}`];
      if (/^[^()\n\r]+$/.test(tag) && tag.trim() === tag) return [`#(${tag})`];
      warnings.add("lost-tags", ["claims", i, "tags", k], `tag ${JSON.stringify(tag)} cannot be written in Argdown (it has parentheses, line breaks or outer spaces)`, "tags");
      return [];
    });
    // Data needs text before it: a claim without text cannot keep its id.
    if (text === "" && keptIds.has(claim.id)) {
      keptIds.delete(claim.id);
      warnings.add("id-renamed", ["claims", i, "id"], `id ${JSON.stringify(claim.id)} cannot be an Argdown title, and a statement without text cannot keep it in its data; it was written as "${titles.get(claim.id)!}"`, "ids");
    }
    const body = [text, ...tags, keptIds.get(claim.id) ?? ""].filter((part) => part !== "").join(" ");
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
      warnings.add("lost-id", ["relations", relations.indexOf(relation), "id"], `relation ${JSON.stringify(relation.id)} was written as a relation line, which has no name in Argdown; reading it back gives it a new id`, "relations");
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
    const rule = relation.scheme === undefined ? "" : inferenceRule(relation.scheme, ["relations", i, "scheme"], warnings);
    if (relation.scheme !== undefined && rule === "") warnings.add("lost-scheme", ["relations", i, "scheme"], "a scheme of only white space cannot be an Argdown inference rule", "relations with a scheme");
    // The relation's id, when the title is not the id, goes into the inference's data.
    const data = keptIds.get(relation.id);
    const inference = [rule, data ?? ""].filter((part) => part !== "").join(" ");
    out.push(inference === "" ? "----" : `-- ${inference} --`);
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
    out.push(`(${n}) [${standIn}]: ${escapeText(text.replace(UNWRITABLE, "\uFFFD"))} {argmap: ${ARGDOWN_STAND_IN}}`);
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

/**
 * Characters that end a line for Argdown's patterns or for YAML 1.1 but that
 * JSON leaves as they are: NEL, the line separator and the paragraph
 * separator. Argdown's `{…}` data pattern is built on `.`, which stops at
 * U+2028 and U+2029, so a data string holding one would not be read as data.
 */
const LINE_ENDS_JSON_KEEPS = /[\u0085\u2028\u2029]/g;

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** A YAML double-quoted string (JSON escapes, which YAML shares), safe inside Argdown front matter: `=` and {@link LINE_ENDS_JSON_KEEPS} are escaped too. */
function yamlString(text: string): string {
  return JSON.stringify(text).replace(/=/g, "\\u003d").replace(LINE_ENDS_JSON_KEEPS, unicodeEscape);
}

/** Statement text: one line, what Argdown cannot hold replaced, every ASCII punctuation character escaped. */
function statementText(text: string, path: PathSegment[], warnings: Warnings): string {
  const flat = writable(text.replace(/\s*(?:\r\n|\r|\n)\s*/g, " ").trim(), path, warnings);
  if (flat !== text && flat === text.replace(/\s*(?:\r\n|\r|\n)\s*/g, " ").trim()) warnings.add("text-changed", path, "Argdown statements are one line without outer white space; line breaks became spaces", "texts");
  return escapeText(flat);
}

/** Control characters and lone surrogates become U+FFFD, with a warning. */
function writable(text: string, path: PathSegment[], warnings: Warnings): string {
  UNWRITABLE.lastIndex = 0;
  if (!UNWRITABLE.test(text)) return text;
  warnings.add("text-changed", path, "Argdown text cannot hold control characters or lone surrogates; they became U+FFFD", "texts");
  UNWRITABLE.lastIndex = 0;
  return text.replace(UNWRITABLE, "\uFFFD");
}

/**
 * Escapes every ASCII punctuation character with a backslash. Argdown reads
 * `\x` as the character itself in statements, descriptions and inference
 * rules, so no markup (`[`, `#`, `//`, `--`, `:name:`, `.name.`, …) can
 * start by accident. Tabs are escaped too: `@argdown/core`'s lexer skips
 * white space after an escaped character (keeping only spaces), so a tab
 * after `\{` would vanish; an escaped tab is read as a tab.
 */
function escapeText(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, "\\$&").replace(/\t/g, "\\\t");
}

/** An inference rule: one line, trimmed, escaped like statement text. */
function inferenceRule(scheme: string, path: PathSegment[], warnings: Warnings): string {
  const clean = writable(scheme.replace(/\s*(?:\r\n|\r|\n)\s*/g, " ").trim(), path, warnings);
  if (clean !== scheme && clean === scheme.replace(/\s*(?:\r\n|\r|\n)\s*/g, " ").trim()) warnings.add("text-changed", path, "an Argdown inference rule is one line without outer white space; the scheme was flattened", "schemes");
  return escapeText(clean);
}

/**
 * A YAML double-quoted string with every ASCII character but letters, digits
 * and spaces as a \\u escape, so no Argdown markup can appear in it, and
 * {@link LINE_ENDS_JSON_KEEPS} escaped, so the data stays on its line.
 */
function dataString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    out += (code < 128 && !/[A-Za-z0-9 ]/.test(char)) || code === 0x85 || code === 0x2028 || code === 0x2029 ? unicodeEscape(char) : char;
  }
  return `${out}"`;
}

/** Whether an id can be written as YAML data and read back unchanged. */
function canKeepId(id: string): boolean {
  UNWRITABLE.lastIndex = 0;
  return !UNWRITABLE.test(id);
}

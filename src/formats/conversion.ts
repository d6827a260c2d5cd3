/**
 * What every conversion returns: the converted value and the warnings about
 * what the target format could not hold.
 * @module
 */
import { ArgmapError, issue, type ArgmapIssue, type PathSegment } from "../errors.js";
import type { ArgumentMap } from "../map/argument-map.js";
import { FORMAT_VERSION, type ArgumentMapDocument, type Claim, type Relation, type Source } from "../schema/document.js";
import { buildFromParts, parseArgumentMap } from "../validate/parse.js";
import { looksLike, type SniffedFormat } from "./sniff.js";
import { isModuleNotFound } from "../internal/module-not-found.js";

/** Codes of errors that stop an import. */
export type FormatErrorCode =
  /** An optional peer dependency the reader needs (`@argdown/core`) is not installed; the message names it. */
  | "missing-peer"
  /** The input is in another format than the reader reads; the message names the format it looks like. */
  | "format-mismatch"
  /** The Argdown text does not parse (lexer or parser error, with line and column). */
  | "argdown-syntax"
  /** The AIF input is not JSON text. */
  | "aif-invalid-json"
  /** The AIF input does not have the AIFdb shape (`nodes`, `edges`, …). */
  | "aif-invalid-shape"
  /** Two AIF nodes share a `nodeID`. */
  | "aif-duplicate-node"
  /** An AIF edge names a node that does not exist. */
  | "aif-dangling-edge"
  /** The OVA input is not JSON text. */
  | "ova-invalid-json"
  /** The OVA input does not have OVA's shape (`nodes` with `id` and `type`, `edges` with `from` and `to`), or an edge names a missing node. */
  | "ova-invalid-shape"
  /** The SADFace input is not JSON text. */
  | "sadface-invalid-json"
  /** The SADFace input does not have SADFace's shape (`nodes` of type atom or scheme, `edges` with `source_id` and `target_id`), or an edge names a missing node. */
  | "sadface-invalid-shape"
  /** The arggraph input is not well-formed XML. */
  | "arggraph-invalid-xml"
  /** The arggraph XML does not have the corpus shape (`<arggraph>` with `<edu>`, `<adu>` and `<edge>` elements), or an edge names a missing element. */
  | "arggraph-invalid-shape"
  /** A Kialo line that is neither a numbered claim nor a continuation. */
  | "kialo-syntax"
  /** A Kialo claim number whose parent is missing, or a number used twice. */
  | "kialo-numbering"
  /** A Kialo `-> See …` link to a number that does not exist. */
  | "kialo-dangling-link"
  /** The converted structure breaks an argmap rule (self-support, …); the message names the rule. */
  | "inconsistent-structure"
  /** A claim's text is empty or only white space; the path (or line) says which. */
  | "empty-text";

/** Codes of warnings: what a conversion could not carry over, or how it read something. */
export type FormatWarningCode =
  /** Anchors (quotes into sources) were dropped. */
  | "lost-anchors"
  /** Sources were dropped. */
  | "lost-sources"
  /** Claim tags were dropped. */
  | "lost-tags"
  /** Claim base scores were dropped. */
  | "lost-base"
  /** Relation weights were dropped. */
  | "lost-weight"
  /** Notes were dropped. */
  | "lost-note"
  /** `meta` data was dropped. */
  | "lost-meta"
  /** Relation labels were dropped. */
  | "lost-label"
  /** Relation schemes were dropped. */
  | "lost-scheme"
  /** The map title was dropped. */
  | "lost-title"
  /** The map description was dropped. */
  | "lost-description"
  /** Which claim is the thesis was dropped. */
  | "lost-thesis"
  /** Claim titles (format 1.1 `title`) were dropped. */
  | "lost-claim-title"
  /** The map's or a claim's language (format 1.1 `language`) was dropped. */
  | "lost-language"
  /** Participants and who asserts what (format 1.1 `participants`, `by`) were dropped. */
  | "lost-speakers"
  /** Linked premises were written as independent reasons. */
  | "lost-linked-premises"
  /** Undercuts (attacks on relations) were written as attacks on a premise. */
  | "lost-undercut"
  /** Supports of relations were written as supports of a premise. */
  | "lost-relation-support"
  /** A claim reached only through a cycle could not be placed and was written as its own root. */
  | "lost-cycle"
  /** Text was changed to fit the format (line breaks, characters it cannot hold). */
  | "text-changed"
  /** An id could not be used as a name in the format and was replaced. */
  | "id-renamed"
  /** The format has no place for these ids (Argdown relation lines, Kialo lines): reading the output back gives new ids. */
  | "lost-id"
  /** AIF dialogue nodes (L, TA, YA) or MA/PA nodes not connected to any claim or relation were left out. */
  | "aif-dialogue-dropped"
  /** An AIF RA or CA node without premises or without a conclusion was left out. */
  | "aif-incomplete-node"
  /** An AIF RA or CA node with several conclusions became one relation per conclusion. */
  | "aif-split-node"
  /** An AIF node of a type argmap does not know was kept in `meta`. */
  | "aif-unknown-node-type"
  /** An AIF edge between two I-nodes (no RA or CA between them) is no relation; it was kept in `meta.aif.directEdges` and is written back. */
  | "aif-direct-edge"
  /** Two AIF edges share an `edgeID`; both were read. */
  | "aif-duplicate-edge"
  /** Two AIF edges join the same premise and RA/CA node (or an RA/CA node and the same conclusion) under other edge ids; they were read as one. */
  | "aif-repeated-edge"
  /** An Argdown relation to a reconstructed argument was read as bearing on its inference. */
  | "argdown-argument-target"
  /** An Argdown undercut of an argument without premise–conclusion structure became an attack on it. */
  | "argdown-undercut-unreconstructed"
  /** A symmetric Argdown relation (contrary, contradictory) became two attacks. */
  | "argdown-symmetric-relation"
  /** An Argdown statement or argument has several wordings: the canonical one is the text, the others are in `meta.argdown.wordings`. */
  | "argdown-wordings"
  /** An untitled Argdown conclusion with the same text as a titled statement was joined to it. */
  | "argdown-joined-statement"
  /** A Kialo export of a map with several roots: the roots after the thesis were written as `2.`, `3.`, … */
  | "kialo-several-roots"
  /** An arggraph EDU held markup (child elements): their text was kept, their tags dropped. */
  | "arggraph-edu-markup"
  /** An Argdown undercut (`_>`) aimed at a statement, not an inference, became a plain attack. */
  | "argdown-undercut-statement"
  /** An Argdown relation of a statement to itself (an attack of an argument on its own conclusion, or `[A] + [A]`) was left out. */
  | "argdown-self-relation"
  /** Argdown YAML data held values JSON cannot (dates, infinities, data nested very deep); they were changed to keep it in `meta.argdown.data`. */
  | "argdown-data-changed";

/** Every code the format modules report. */
export type FormatIssueCode = FormatErrorCode | FormatWarningCode;

/**
 * The result of a conversion: the converted value, and one warning per kind
 * of loss (with a count and the first place it happened).
 *
 * @typeParam T - What the conversion produced.
 */
export interface ConversionResult<T> {
  /** The converted map, document or text. */
  readonly value: T;
  /** What the target could not hold, or how the input was read. Empty when nothing was lost. */
  readonly warnings: readonly ArgmapIssue<FormatIssueCode>[];
}

/**
 * Collects warnings, one per code: the first place it happened, and a count.
 *
 * @internal
 */
export class Warnings {
  readonly #first = new Map<FormatWarningCode, { path: readonly PathSegment[]; message: string; count: number; noun: string }>();

  /** Records one occurrence; `what` names the item in the plural message (`"claims have anchors"`). */
  add(code: FormatWarningCode, path: readonly PathSegment[], message: string, noun = "items"): void {
    const hit = this.#first.get(code);
    if (hit === undefined) this.#first.set(code, { path, message, count: 1, noun });
    else hit.count++;
  }

  /** Whether anything was recorded. */
  get size(): number {
    return this.#first.size;
  }

  /** The warnings, in the order first seen. */
  list(): ArgmapIssue<FormatIssueCode>[] {
    const out: ArgmapIssue<FormatIssueCode>[] = [];
    for (const [code, hit] of this.#first) {
      const more = hit.count > 1 ? ` (${hit.count} ${hit.noun} in all; this is the first)` : "";
      out.push(issue<FormatIssueCode>(code, hit.path, `${hit.message}${more}`, "warning"));
    }
    return out;
  }
}

/** Fields of a map that an export format may or may not hold. @internal */
export type MapFeature =
  | "title"
  | "description"
  | "thesis"
  | "sources"
  | "tags"
  | "anchors"
  | "base"
  | "note"
  | "meta"
  | "claimTitle"
  | "language"
  | "speakers"
  | "weight"
  | "label"
  | "scheme";

/**
 * Records a warning for every field of the map the format does not hold.
 *
 * @internal
 */
export function reportLostFields(map: ArgumentMap, format: string, holds: ReadonlySet<MapFeature>, warnings: Warnings): void {
  const lost = (feature: MapFeature): boolean => !holds.has(feature);
  if (lost("title") && map.title !== "") warnings.add("lost-title", ["title"], `${format} has no place for the map title`);
  if (lost("description") && map.description !== undefined) warnings.add("lost-description", ["description"], `${format} has no place for the map description`);
  if (lost("thesis") && map.thesis !== undefined) warnings.add("lost-thesis", ["thesis"], `${format} cannot mark the thesis`);
  if (lost("language") && map.language !== undefined) warnings.add("lost-language", ["language"], `${format} has no place for the language`, "languages");
  if (lost("speakers") && map.participants.length > 0) warnings.add("lost-speakers", ["participants"], `${format} has no place for participants or who asserts what`, "participants and by lists");
  const sources = map.sources();
  if (lost("sources") && sources.length > 0) {
    sources.forEach((_, i) => warnings.add("lost-sources", ["sources", i], `${format} cannot hold sources`, "sources"));
  }
  map.claims().forEach((claim, i) => {
    const at = ["claims", i];
    if (lost("tags") && claim.tags !== undefined && claim.tags.length > 0) warnings.add("lost-tags", [...at, "tags"], `${format} cannot hold claim tags`, "claims with tags");
    if (lost("anchors") && claim.anchors !== undefined && claim.anchors.length > 0) warnings.add("lost-anchors", [...at, "anchors"], `${format} cannot hold anchors`, "claims or relations with anchors");
    if (lost("base") && claim.base !== undefined) warnings.add("lost-base", [...at, "base"], `${format} cannot hold base scores`, "claims with a base score");
    if (lost("note") && claim.note !== undefined) warnings.add("lost-note", [...at, "note"], `${format} cannot hold notes`, "claims or relations with notes");
    if (lost("meta") && claim.meta !== undefined) warnings.add("lost-meta", [...at, "meta"], `${format} cannot hold meta data`, "claims or relations with meta");
    if (lost("claimTitle") && claim.title !== undefined) warnings.add("lost-claim-title", [...at, "title"], `${format} has no place for claim titles`, "claims with a title");
    if (lost("language") && claim.language !== undefined) warnings.add("lost-language", [...at, "language"], `${format} has no place for the language`, "languages");
    if (lost("speakers") && claim.by !== undefined) warnings.add("lost-speakers", [...at, "by"], `${format} has no place for participants or who asserts what`, "participants and by lists");
  });
  map.relations().forEach((relation, i) => {
    const at = ["relations", i];
    if (lost("weight") && relation.weight !== undefined) warnings.add("lost-weight", [...at, "weight"], `${format} cannot hold relation weights`, "relations with a weight");
    if (lost("label") && relation.label !== undefined) warnings.add("lost-label", [...at, "label"], `${format} cannot hold relation labels`, "relations with a label");
    if (lost("scheme") && relation.scheme !== undefined) warnings.add("lost-scheme", [...at, "scheme"], `${format} cannot hold argumentation schemes`, "relations with a scheme");
    if (lost("anchors") && relation.anchors !== undefined && relation.anchors.length > 0) warnings.add("lost-anchors", [...at, "anchors"], `${format} cannot hold anchors`, "claims or relations with anchors");
    if (lost("note") && relation.note !== undefined) warnings.add("lost-note", [...at, "note"], `${format} cannot hold notes`, "claims or relations with notes");
    if (lost("meta") && relation.meta !== undefined) warnings.add("lost-meta", [...at, "meta"], `${format} cannot hold meta data`, "claims or relations with meta");
    if (lost("speakers") && relation.by !== undefined) warnings.add("lost-speakers", [...at, "by"], `${format} has no place for participants or who asserts what`, "participants and by lists");
  });
}

/**
 * Validates an imported document and builds the map. A rule the converted
 * structure breaks becomes one `inconsistent-structure` error per problem,
 * located in the input by `locate`.
 *
 * @internal
 */
export function buildImportedMap(
  document: ArgumentMapDocument,
  locate: (path: readonly PathSegment[]) => Pick<ArgmapIssue, "path" | "line" | "column">,
): ArgumentMap {
  // The reader's version is no claim about the input: check the fields of the newest format.
  const result = parseArgumentMap({ ...document, version: FORMAT_VERSION }, { warnings: false });
  if (result.ok) return result.map;
  const issues = result.issues.map((found) => {
    const where = locate(found.path);
    const out: ArgmapIssue<FormatIssueCode> = importIssue(found, where.path);
    return where.line !== undefined ? { ...out, line: where.line, column: where.column ?? 1 } : out;
  });
  throw new ArgmapError<FormatIssueCode>(issues as [ArgmapIssue<FormatIssueCode>, ...ArgmapIssue<FormatIssueCode>[]]);
}

/**
 * The import error for an issue the core found in a converted document, at
 * `path` in the input: `empty-text` keeps its code, any other rule becomes
 * `inconsistent-structure` with the rule's code in the message.
 *
 * @internal
 */
export function importIssue(found: ArgmapIssue, path: readonly PathSegment[]): ArgmapIssue<FormatIssueCode> {
  if (found.code === "empty-text") return { code: "empty-text", severity: "error", path, message: found.message };
  return { code: "inconsistent-structure", severity: "error", path, message: `${found.code}: ${found.message}` };
}

/**
 * Builds the map of a document that an importer made itself (fresh objects,
 * unique ids, string texts) with the core's consistency checks but without
 * the schema check. On any problem it falls back to
 * {@link buildImportedMap}, which reports every issue where the input has it.
 *
 * @internal
 */
export function buildOwnMap(
  document: ArgumentMapDocument,
  locate: (path: readonly PathSegment[]) => Pick<ArgmapIssue, "path" | "line" | "column">,
): ArgumentMap {
  const claims = new Map<string, Claim>();
  const relations = new Map<string, Relation>();
  const sources = new Map<string, Source>();
  let unique = true;
  for (const source of document.sources) {
    if (source.id === "" || sources.has(source.id)) unique = false;
    sources.set(source.id, source);
  }
  for (const claim of document.claims) {
    if (claim.id === "" || claims.has(claim.id) || sources.has(claim.id)) unique = false;
    claims.set(claim.id, claim);
  }
  for (const relation of document.relations) {
    if (relation.id === "" || relation.from.length === 0 || claims.has(relation.id) || relations.has(relation.id) || sources.has(relation.id)) unique = false;
    relations.set(relation.id, relation);
  }
  const participants = document.participants === undefined ? undefined : new Map(document.participants.map((p) => [p.id, p] as const));
  if (participants !== undefined && participants.size !== document.participants!.length) unique = false;
  if (unique) {
    const built = buildFromParts({
      title: document.title,
      description: document.description,
      thesis: document.thesis,
      sources,
      claims,
      relations,
      ...(participants !== undefined ? { participants } : {}),
      ...(document.language !== undefined ? { language: document.language } : {}),
    });
    if ("map" in built) return built.map;
  }
  return buildImportedMap(document, locate);
}

/**
 * Throws `format-mismatch` when the input looks like another format than the
 * one being read.
 *
 * @internal
 */
export function rejectOtherFormat(reading: SniffedFormat, found: SniffedFormat | undefined, what: string): void {
  if (found !== undefined && found !== reading) formatError("format-mismatch", [], `expected ${what}, but ${looksLike(found)}`);
}

/** Throws one format error. @internal */
export function formatError(code: FormatErrorCode, path: readonly PathSegment[], message: string, position?: { readonly line: number; readonly column: number }): never {
  const base = issue<FormatIssueCode>(code, path, message);
  throw new ArgmapError<FormatIssueCode>([position === undefined ? base : { ...base, line: position.line, column: position.column }]);
}

/**
 * Hands out ids that are unique within one document.
 *
 * @internal
 */
export class IdPool {
  readonly #used = new Set<string>();
  readonly #taken: (id: string) => boolean;

  /** @param taken - Ids already in use elsewhere (checked without copying them). */
  constructor(taken: (id: string) => boolean = () => false) {
    this.#taken = taken;
  }

  /** Reserves `wanted` if free, else `wanted#2`, `wanted#3`, … */
  take(wanted: string): string {
    const base = wanted === "" ? "_" : wanted;
    let id = base;
    for (let n = 2; this.#used.has(id) || this.#taken(id); n++) id = `${base}#${n}`;
    this.#used.add(id);
    return id;
  }

  /** Whether an id is taken. */
  has(id: string): boolean {
    return this.#used.has(id) || this.#taken(id);
  }
}

/** Line and column (1-based) of an offset in a text. @internal */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Imports an optional peer package for a reader, and picks the part the
 * reader needs (the module's default export when it is CommonJS). A package
 * that is not installed gives `missing-peer` naming it and what it is needed
 * for; any other failure is rethrown.
 *
 * @internal
 */
export async function importOptionalPeer<T>(name: string, neededFor: string, load: () => Promise<unknown>, marker: string): Promise<T> {
  let module: unknown;
  try {
    module = await load();
  } catch (error) {
    if (isModuleNotFound(error)) {
      const why = error instanceof Error ? ` (${error.message.split("\n")[0]!})` : "";
      return formatError("missing-peer", [], `${neededFor} needs the package ${name}, an optional peer dependency of argmap: run \`npm install ${name}\`${why}`);
    }
    throw error;
  }
  return (module !== null && typeof module === "object" && marker in module ? module : (module as { default: unknown }).default) as T;
}

import { issue, ArgmapError, type ArgmapIssue, type PathSegment } from "../errors.js";
import { checkJsonValue, jsonErrorOffset } from "../internal/json.js";
import { copyClaim, copyParticipant, copyRelation, copySource } from "../map/canonical.js";
import { quoteId } from "../internal/quote-ids.js";
import { fromTrustedParts, type ArgumentMap, type TrustedParts } from "../map/argument-map.js";
import {
  ArgumentMapDocumentSchema,
  FORMAT_VERSION,
  type ArgumentMapDocument,
  type Claim,
  type Participant,
  type Relation,
  type Source,
} from "../schema/document.js";
import { checkAnchors, checkBy, checkEndpoints, checkTargetCycles } from "./consistency.js";
import { fromZodIssues } from "./schema-issues.js";
import { collectWarnings } from "./warnings.js";

/** The result of {@link parseArgumentMap}. */
export type ParseResult =
  | { readonly ok: true; readonly map: ArgumentMap; readonly warnings: readonly ArgmapIssue[] }
  | { readonly ok: false; readonly issues: readonly [ArgmapIssue, ...ArgmapIssue[]] };

/** Options of {@link parseArgumentMap}. */
export interface ParseOptions {
  /**
   * Also look for legal but suspicious structure (`isolated-claim`,
   * `support-cycle`, `unanchored-claim`, `thesis-is-premise`).
   *
   * @defaultValue true
   */
  readonly warnings?: boolean;
}

/**
 * Validates an argmap JSON document and builds the map. Never throws on bad
 * input: every problem comes back as an issue with a code and a path.
 *
 * @param input - A parsed JSON value (use {@link parseArgumentMapJson} for text).
 * @returns `{ ok: true, map, warnings }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const result = parseArgumentMap(JSON.parse(text));
 * if (result.ok) console.log(result.map.stats());
 * else for (const i of result.issues) console.error(i.code, i.path.join("."), i.message);
 * ```
 */
export function parseArgumentMap(input: unknown, options: ParseOptions = {}): ParseResult {
  const issues: ArgmapIssue[] = [];
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return failed([issue("invalid-type", [], `expected an argmap document (a JSON object), got ${describe(input)}`)]);
  }
  const version = (input as { version?: unknown }).version;
  if (version !== undefined && version !== 1 && version !== FORMAT_VERSION) {
    return failed([issue("unsupported-version", ["version"], `this release reads argmap format versions 1 and "${FORMAT_VERSION}", not ${shown(version)}`)]);
  }
  // meta is the only open-ended part: check it without recursion first, so
  // that deep or cyclic values cannot overflow the schema check.
  for (const key of ["claims", "relations"] as const) {
    const list = (input as Record<string, unknown>)[key];
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i];
      if (item !== null && typeof item === "object" && "meta" in item) {
        const meta = (item as { meta?: unknown }).meta;
        if (meta !== undefined) checkJsonValue(meta, [key, i, "meta"], issues);
      }
    }
  }
  if (issues.length > 0) return failed(issues);
  const parsed = ArgumentMapDocumentSchema.safeParse(input);
  if (!parsed.success) return failed(fromZodIssues(parsed.error));
  // zod's output is a fresh copy with keys in schema order: keep it, except
  // where it differs from the input (zod drops "__proto__" keys in meta and
  // keeps keys whose value is undefined); copy those from the input instead.
  const doc = input as ArgumentMapDocument;
  const data = parsed.data;

  const sources = new Map<string, Source>();
  const claims = new Map<string, Claim>();
  const relations = new Map<string, Relation>();
  const taken = (id: string): boolean => sources.has(id) || claims.has(id) || relations.has(id);
  let firstUses: Map<string, string> | undefined;
  const duplicate = (id: string, at: readonly PathSegment[]): void => {
    firstUses ??= firstUseIndex(doc);
    issues.push(issue("duplicate-id", [...at, "id"], `id "${id}" is already used at ${firstUses.get(id)!}; ids are unique across claims, relations and sources`));
  };
  for (let i = 0; i < doc.sources.length; i++) {
    const s = doc.sources[i]!;
    if (taken(s.id)) duplicate(s.id, ["sources", i]);
    else sources.set(s.id, reusable(s) ? data.sources[i]! : copySource(s));
  }
  for (let i = 0; i < doc.claims.length; i++) {
    const c = doc.claims[i]!;
    if (taken(c.id)) duplicate(c.id, ["claims", i]);
    else claims.set(c.id, reusable(c) ? data.claims[i]! : copyClaim(c));
  }
  for (let i = 0; i < doc.relations.length; i++) {
    const r = doc.relations[i]!;
    if (taken(r.id)) duplicate(r.id, ["relations", i]);
    else relations.set(r.id, reusable(r) ? data.relations[i]! : copyRelation(r));
  }
  if (doc.version === 1) newerFields(doc, issues);
  let participants: Map<string, Participant> | undefined;
  if (doc.participants !== undefined) {
    participants = new Map();
    const firstAt = new Map<string, number>();
    for (let i = 0; i < doc.participants.length; i++) {
      const p = doc.participants[i]!;
      const first = firstAt.get(p.id);
      if (first !== undefined) {
        issues.push(issue("duplicate-id", ["participants", i, "id"], `participant id ${quoteId(p.id)} is already used at participants[${first}]; participant ids are unique`));
      } else {
        firstAt.set(p.id, i);
        participants.set(p.id, copyParticipant(p));
      }
    }
  }
  const parts: TrustedParts = {
    title: doc.title,
    description: doc.description,
    thesis: doc.thesis,
    sources,
    claims,
    relations,
    ...(doc.version === 1 ? {} : { version: doc.version }),
    ...(doc.$schema !== undefined ? { schema: doc.$schema } : {}),
    ...(doc.language !== undefined ? { language: doc.language } : {}),
    ...(participants !== undefined ? { participants } : {}),
  };
  checkParts(parts, issues, doc);
  if (issues.length > 0) return failed(issues);

  const map = fromTrustedParts(parts);
  const warnings = options.warnings === false ? [] : collectWarnings(map);
  return { ok: true, map, warnings };
}

/**
 * Like {@link parseArgumentMap}, but throws on errors and returns the map.
 * It does not look for warnings; call {@link mapWarnings} for those.
 *
 * @returns The map.
 * @throws {@link ArgmapError} carrying every error found.
 * @example
 * ```ts
 * const map = loadArgumentMap(JSON.parse(await readFile("map.argmap.json", "utf8")));
 * ```
 */
export function loadArgumentMap(input: unknown): ArgumentMap {
  // Warnings would be dropped here, so they are not looked for.
  const result = parseArgumentMap(input, { warnings: false });
  if (!result.ok) throw new ArgmapError(result.issues);
  return result.map;
}

/**
 * Parses argmap JSON text and validates it. Text that is not JSON yields one
 * `invalid-json` issue with its line and column.
 *
 * @param text - The JSON text of an argmap document.
 */
export function parseArgumentMapJson(text: string, options: ParseOptions = {}): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return failed([jsonIssue(text, error)]);
  }
  return parseArgumentMap(value, options);
}

/** @internal An `invalid-json` issue with the position of a `JSON.parse` error. */
export function jsonIssue(text: string, error: unknown): ArgmapIssue {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  const base = issue("invalid-json", [], `not valid JSON: ${message}`);
  // Node 20 gives no position for some errors ("Unexpected token"): scan for it.
  const offset = at !== null ? Number(at[1]) : jsonErrorOffset(text);
  if (offset < 0) return base;
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return { ...base, line, column };
}

/**
 * The consistency checks of a document whose ids are already indexed in
 * `parts`: anchors, premises and targets, relations that depend on
 * themselves, the thesis. Paths index into `order` (the document's arrays,
 * duplicates included) or, without it, into the parts' own order.
 *
 * @internal
 */
export function checkParts(
  parts: TrustedParts,
  issues: ArgmapIssue[],
  order: { readonly claims: readonly Claim[]; readonly relations: readonly Relation[] } = {
    claims: [...parts.claims.values()],
    relations: [...parts.relations.values()],
  },
): void {
  const { sources, claims, relations } = parts;
  const sourceOf = (id: string): Source | undefined => sources.get(id);
  const lookup = { isClaim: (id: string) => claims.has(id), isRelation: (id: string) => relations.has(id) };
  const participants = parts.participants;
  const isParticipant = (id: string): boolean => participants?.has(id) ?? false;
  for (let i = 0; i < order.claims.length; i++) {
    const claim = order.claims[i]!;
    if (claim.by !== undefined) checkBy(claim.by, ["claims", i], isParticipant, issues);
    if (claim.anchors !== undefined) checkAnchors(claim.anchors, ["claims", i], sourceOf, issues);
  }
  for (let i = 0; i < order.relations.length; i++) {
    const r = order.relations[i]!;
    if (!endpointsLookOk(r, claims, relations)) checkEndpoints(r, ["relations", i], lookup, issues);
    if (r.by !== undefined) checkBy(r.by, ["relations", i], isParticipant, issues);
    if (r.anchors !== undefined) checkAnchors(r.anchors, ["relations", i], sourceOf, issues);
  }
  // Undercut chains must end on a claim: r1 → r2 → r1 would depend on itself.
  checkTargetCycles(relations, order.relations, issues);
  if (parts.thesis !== undefined && !claims.has(parts.thesis)) {
    issues.push(issue("dangling-thesis", ["thesis"], `thesis "${parts.thesis}" is not a claim in the map`));
  }
}

/**
 * Builds a map from parts that a trusted producer (an importer) assembled
 * itself: well-typed entities with unique ids that the map may keep. Runs
 * the consistency checks of {@link checkParts}, not the schema check.
 *
 * @returns The map, or the issues found.
 * @internal
 */
export function buildFromParts(parts: TrustedParts): { readonly map: ArgumentMap } | { readonly issues: readonly ArgmapIssue[] } {
  const issues: ArgmapIssue[] = [];
  checkParts(parts, issues);
  return issues.length > 0 ? { issues } : { map: fromTrustedParts(parts) };
}

/** The fields format 1.1 added, on the document, on claims and on relations. */
const DOCUMENT_FIELDS_1_1 = ["$schema", "language", "participants"] as const;
const CLAIM_FIELDS_1_1 = ["title", "language", "by"] as const;
const RELATION_FIELDS_1_1 = ["by"] as const;

/**
 * Reports the format 1.1 fields of a document that says `version: 1`: the
 * version says which fields a document may use, so such a document is
 * neither valid 1.0 nor declared 1.1.
 */
function newerFields(doc: ArgumentMapDocument, issues: ArgmapIssue[]): void {
  const report = (path: readonly PathSegment[], key: string): void => {
    issues.push(issue("unknown-key", [...path, key], `${quoteId(key)} is a format 1.1 field, but the document says "version": 1; write "version": "1.1" to use it`));
  };
  for (const key of DOCUMENT_FIELDS_1_1) if (doc[key] !== undefined) report([], key);
  doc.claims.forEach((claim, i) => {
    for (const key of CLAIM_FIELDS_1_1) if (claim[key] !== undefined) report(["claims", i], key);
  });
  doc.relations.forEach((relation, i) => {
    for (const key of RELATION_FIELDS_1_1) if (relation[key] !== undefined) report(["relations", i], key);
  });
}

/** Whether zod's copy of an entity equals the canonical copy (no meta, no undefined fields). */
function reusable(entity: object): boolean {
  for (const key in entity) {
    if (key === "meta") return false;
    if ((entity as Record<string, unknown>)[key] === undefined) return false;
  }
  return true;
}

/** Fast check for the common case; the full check runs only when this fails. */
function endpointsLookOk(r: Relation, claims: Map<string, Claim>, relations: Map<string, Relation>): boolean {
  const from = r.from;
  for (let i = 0; i < from.length; i++) {
    const premise = from[i]!;
    if (!claims.has(premise) || premise === r.to) return false;
    for (let j = 0; j < i; j++) if (from[j] === premise) return false;
  }
  return r.to !== r.id && (claims.has(r.to) || relations.has(r.to));
}

/**
 * Where each id is first used in a document, for duplicate-id messages.
 * Built once, on the first duplicate, so many duplicates stay linear.
 */
function firstUseIndex(doc: ArgumentMapDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of ["sources", "claims", "relations"] as const) {
    const list = doc[key];
    for (let i = 0; i < list.length; i++) if (!out.has(list[i]!.id)) out.set(list[i]!.id, `${key}[${i}]`);
  }
  return out;
}

function failed(issues: ArgmapIssue[]): ParseResult {
  const sorted = [...issues.filter((i) => i.severity === "error"), ...issues.filter((i) => i.severity !== "error")];
  return { ok: false, issues: sorted as [ArgmapIssue, ...ArgmapIssue[]] };
}

/** A value for a message; never throws (bigint, symbol, prototype-free objects). */
function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "object" && value !== null) return Array.isArray(value) ? "an array" : "an object";
  if (typeof value === "function") return "a function";
  if (typeof value === "bigint") return `${value}n`;
  return String(value);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? "a string (parse JSON text with parseArgumentMapJson)" : typeof value;
}

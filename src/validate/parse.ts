import { issue, ArgmapError, type ArgmapIssue, type PathSegment } from "../errors.js";
import { checkJsonValue, jsonErrorOffset } from "../internal/json.js";
import { copyClaim, copyParticipant, copyRelation, copySource } from "../map/canonical.js";
import { quoteId } from "../internal/quote-ids.js";
import { unreadableIssue } from "../internal/unreadable.js";
import { fromTrustedParts, type ArgumentMap, type TrustedParts } from "../map/argument-map.js";
import * as z from "zod/v4";
import {
  ArgumentMapDocumentSchema,
  ClaimSchema,
  EMPTY_TEXT_MESSAGE,
  FORMAT_VERSION,
  NON_SPACE,
  ParticipantSchema,
  RelationSchema,
  SourceSchema,
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
 * import { readFile } from "node:fs/promises";
 * import { parseArgumentMap } from "argmap";
 *
 * const text = await readFile("map.argmap.json", "utf8");
 * const result = parseArgumentMap(JSON.parse(text));
 * if (result.ok) console.log(result.map.stats());
 * else for (const i of result.issues) console.error(i.code, i.path.join("."), i.message);
 * ```
 */
export function parseArgumentMap(input: unknown, options: ParseOptions = {}): ParseResult {
  try {
    return parseInput(input, options);
  } catch (error) {
    // Only reading the input can throw here: a getter or a Proxy trap.
    if (error instanceof ArgmapError) return failed([...error.issues]);
    return failed([unreadableIssue(input, error)]);
  }
}

function parseInput(input: unknown, options: ParseOptions): ParseResult {
  const issues: ArgmapIssue[] = [];
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return failed([issue("invalid-type", [], `expected an argmap document (a JSON object), got ${describe(input)}`)]);
  }
  const version = (input as { version?: unknown }).version;
  if (version !== undefined && version !== 1 && version !== FORMAT_VERSION) {
    return failed([issue("unsupported-version", ["version"], `this release reads argmap format versions 1 and "${FORMAT_VERSION}", not ${shown(version)}`)]);
  }
  // meta is the only open-ended part: check it without recursion first, so
  // that deep or cyclic values cannot overflow the schema check. An item
  // whose meta fails is left out of the schema check.
  const badMeta = new Set<unknown>();
  // Each meta is read once: what was checked is what is kept.
  const metas = new Map<object, unknown>();
  for (const key of ["claims", "relations"] as const) {
    const list = (input as Record<string, unknown>)[key];
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i];
      if (item !== null && typeof item === "object" && "meta" in item) {
        const meta = (item as { meta?: unknown }).meta;
        if (meta !== undefined && !checkJsonValue(meta, [key, i, "meta"], issues)) badMeta.add(item);
        metas.set(item, meta);
      }
    }
  }
  const data = issues.length === 0 ? schemaChecked(input as Record<string, unknown>, metas) : undefined;
  if (data === undefined) {
    // Something did not parse: check the parts that did, so that one error
    // does not hide the others.
    partwise(input as Record<string, unknown>, badMeta, issues);
    return failed(inDocumentOrder(input, issues));
  }

  const sources = new Map<string, Source>();
  const claims = new Map<string, Claim>();
  const relations = new Map<string, Relation>();
  const taken = (id: string): boolean => sources.has(id) || claims.has(id) || relations.has(id);
  let firstUses: Map<string, string> | undefined;
  const duplicate = (id: string, at: readonly PathSegment[]): void => {
    firstUses ??= firstUseIndex(data);
    issues.push(issue("duplicate-id", [...at, "id"], `id ${quoteId(id)} is already used at ${firstUses.get(id)!}; ids are unique across claims, relations and sources`));
  };
  for (let i = 0; i < data.sources.length; i++) {
    // Ids and values come from zod's copy, which is what was checked: a
    // getter read again could answer differently.
    const s = data.sources[i]!;
    if (taken(s.id)) duplicate(s.id, ["sources", i]);
    else sources.set(s.id, copySource(s));
  }
  for (let i = 0; i < data.claims.length; i++) {
    const c = data.claims[i]!;
    if (taken(c.id)) duplicate(c.id, ["claims", i]);
    else claims.set(c.id, c);
  }
  for (let i = 0; i < data.relations.length; i++) {
    const r = data.relations[i]!;
    if (taken(r.id)) duplicate(r.id, ["relations", i]);
    else relations.set(r.id, r);
  }
  if (data.version === 1) newerFields(data, issues);
  let participants: Map<string, Participant> | undefined;
  if (data.participants !== undefined) {
    participants = new Map();
    const firstAt = new Map<string, number>();
    for (let i = 0; i < data.participants.length; i++) {
      const p = data.participants[i]!;
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
    title: data.title,
    description: data.description,
    thesis: data.thesis,
    sources,
    claims,
    relations,
    ...(data.version === 1 ? {} : { version: data.version }),
    ...(data.$schema !== undefined ? { schema: data.$schema } : {}),
    ...(data.language !== undefined ? { language: data.language } : {}),
    ...(participants !== undefined ? { participants } : {}),
  };
  checkParts(parts, issues, data);
  if (issues.length > 0) return failed(inDocumentOrder(input, issues));

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
 * import { readFile } from "node:fs/promises";
 * import { loadArgumentMap } from "argmap";
 *
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
 * @returns `{ ok: true, map, warnings }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * import { parseArgumentMapJson } from "argmap";
 *
 * const result = parseArgumentMapJson('{ "format": "argmap", "version": 1, }');
 * if (!result.ok) console.log(result.issues[0].code, result.issues[0].line, result.issues[0].column); // invalid-json 1 39
 * ```
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
  order: { readonly claims: readonly (Claim | undefined)[]; readonly relations: readonly (Relation | undefined)[] } = {
    claims: [...parts.claims.values()],
    relations: [...parts.relations.values()],
  },
  unchecked: Unchecked = NOTHING_UNCHECKED,
): void {
  const { sources, claims, relations } = parts;
  const sourceOf = (id: string): Source | undefined => sources.get(id) ?? (unchecked.source(id) ? { id, title: "" } : undefined);
  const isClaim = (id: string): boolean => claims.has(id) || unchecked.claim(id);
  const lookup = { isClaim, isRelation: (id: string) => relations.has(id) || unchecked.relation(id) };
  const participants = parts.participants;
  const isParticipant = (id: string): boolean => (participants?.has(id) ?? false) || unchecked.participant(id);
  for (let i = 0; i < order.claims.length; i++) {
    const claim = order.claims[i];
    if (claim === undefined) continue;
    if (!NON_SPACE.test(claim.text)) issues.push(issue("empty-text", ["claims", i, "text"], EMPTY_TEXT_MESSAGE));
    if (claim.by !== undefined) checkBy(claim.by, ["claims", i], isParticipant, issues);
    if (claim.anchors !== undefined) checkAnchors(claim.anchors, ["claims", i], sourceOf, issues);
  }
  for (let i = 0; i < order.relations.length; i++) {
    const r = order.relations[i];
    if (r === undefined) continue;
    if (!endpointsLookOk(r, claims, relations)) checkEndpoints(r, ["relations", i], lookup, issues);
    if (r.by !== undefined) checkBy(r.by, ["relations", i], isParticipant, issues);
    if (r.anchors !== undefined) checkAnchors(r.anchors, ["relations", i], sourceOf, issues);
  }
  // Undercut chains must end on a claim: r1 → r2 → r1 would depend on itself.
  checkTargetCycles(relations, order.relations, issues);
  if (parts.thesis !== undefined && !isClaim(parts.thesis)) {
    issues.push(issue("dangling-thesis", ["thesis"], `thesis ${quoteId(parts.thesis)} is not a claim in the map`));
  }
}

/**
 * @internal Ids of items that did not pass the schema check (or whole lists
 * that did not): references to them are not reported, since the item's own
 * error already is.
 */
export interface Unchecked {
  claim(id: string): boolean;
  relation(id: string): boolean;
  source(id: string): boolean;
  participant(id: string): boolean;
}

const never = (): boolean => false;
const NOTHING_UNCHECKED: Unchecked = { claim: never, relation: never, source: never, participant: never };

type ListKey = "sources" | "claims" | "relations" | "participants";
const ITEM_SCHEMAS = { sources: SourceSchema, claims: ClaimSchema, relations: RelationSchema, participants: ParticipantSchema } as const;

/** The document schema with its lists left unchecked: they are checked item by item. */
const DocumentFrameSchema = ArgumentMapDocumentSchema.extend({
  sources: z.array(z.unknown()),
  claims: z.array(z.unknown()),
  relations: z.array(z.unknown()),
  participants: z.array(z.unknown()).optional(),
});

/**
 * The slow path of {@link parseArgumentMap}, taken when the document as a
 * whole does not pass the schema: checks the document's own fields, then
 * each item on its own, then the consistency of the items that passed.
 */
function partwise(input: Record<string, unknown>, badMeta: ReadonlySet<unknown>, issues: ArgmapIssue[]): void {
  const frame = DocumentFrameSchema.safeParse(input);
  if (!frame.success) issues.push(...fromZodIssues(frame.error));
  const valid = { sources: new Map<string, Source>(), claims: new Map<string, Claim>(), relations: new Map<string, Relation>(), participants: new Map<string, Participant>() };
  const failedIds = { sources: new Set<string>(), claims: new Set<string>(), relations: new Set<string>(), participants: new Set<string>() };
  const unusable = { sources: false, claims: false, relations: false, participants: false };
  const order: { claims: (Claim | undefined)[]; relations: (Relation | undefined)[] } = { claims: [], relations: [] };
  // Where each id is first used, across sources, claims and relations (participants apart).
  const firstUse = new Map<string, string>();
  const firstParticipant = new Map<string, string>();
  for (const key of ["participants", "sources", "claims", "relations"] as const) {
    const list = input[key];
    if (!Array.isArray(list)) {
      unusable[key] = key !== "participants" || list !== undefined;
      continue;
    }
    const schema = ITEM_SCHEMAS[key];
    const uses = key === "participants" ? firstParticipant : firstUse;
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i];
      const rawId = item !== null && typeof item === "object" ? (item as { id?: unknown }).id : undefined;
      const id = typeof rawId === "string" && rawId !== "" ? rawId : undefined;
      if (id !== undefined) {
        const first = uses.get(id);
        if (first !== undefined) {
          const what = key === "participants" ? "participant ids are unique" : "ids are unique across claims, relations and sources";
          issues.push(issue("duplicate-id", [key, i, "id"], `id ${quoteId(id)} is already used at ${first}; ${what}`));
          continue;
        }
        uses.set(id, `${key}[${i}]`);
      }
      const result = badMeta.has(item) ? undefined : schema.safeParse(item);
      if (result === undefined || !result.success) {
        if (result !== undefined) issues.push(...fromZodIssues(result.error, [key, i]));
        if (id !== undefined) failedIds[key].add(id);
        continue;
      }
      const entity = item as never;
      if (key === "sources") valid.sources.set(id!, copySource(entity));
      else if (key === "participants") valid.participants.set(id!, copyParticipant(entity));
      else if (key === "claims") valid.claims.set(id!, (order.claims[i] = copyClaim(entity)));
      else valid.relations.set(id!, (order.relations[i] = copyRelation(entity)));
    }
  }
  if (input["version"] === 1) newerFields(input, issues);
  const known = (key: ListKey) => (id: string): boolean => unusable[key] || failedIds[key].has(id);
  const unchecked: Unchecked = { claim: known("claims"), relation: known("relations"), source: known("sources"), participant: known("participants") };
  const thesis = typeof input["thesis"] === "string" && input["thesis"] !== "" ? input["thesis"] : undefined;
  const parts: TrustedParts = { title: "", description: undefined, thesis, ...valid };
  checkParts(parts, issues, order, unchecked);
}

/**
 * Sorts issues into the order of the document: by the position of each
 * path step among the keys of its object (as the input lists them) or in
 * its array. Stable, so issues at one path keep their order.
 */
function inDocumentOrder(input: unknown, issues: ArgmapIssue[]): ArgmapIssue[] {
  if (issues.length < 2) return issues;
  const keyOrder = new Map<object, Map<string, number>>();
  const rank = (path: readonly PathSegment[]): number[] => {
    const out: number[] = [];
    let at: unknown = input;
    for (const segment of path) {
      if (at === null || typeof at !== "object") {
        out.push(-1);
        at = undefined;
        continue;
      }
      if (Array.isArray(at) && typeof segment === "number") {
        out.push(segment);
      } else {
        let keys = keyOrder.get(at);
        if (keys === undefined) {
          keys = new Map(Object.keys(at).map((k, i) => [k, i]));
          keyOrder.set(at, keys);
        }
        // A missing key (a required field) sorts after the keys present.
        out.push(keys.get(String(segment)) ?? keys.size);
      }
      at = Object.getOwnPropertyDescriptor(at, segment)?.value;
    }
    return out;
  };
  const ranked = issues.map((item, index) => ({ item, index, rank: rank(item.path) }));
  ranked.sort((a, b) => {
    const n = Math.min(a.rank.length, b.rank.length);
    for (let i = 0; i < n; i++) if (a.rank[i] !== b.rank[i]) return a.rank[i]! - b.rank[i]!;
    return a.rank.length - b.rank.length || a.index - b.index;
  });
  return ranked.map((r) => r.item);
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
function newerFields(doc: object, issues: ArgmapIssue[]): void {
  const report = (path: readonly PathSegment[], key: string): void => {
    issues.push(issue("unknown-key", [...path, key], `${quoteId(key)} is a format 1.1 field, but the document says "version": 1; write "version": "1.1" to use it`));
  };
  const has = (item: unknown, key: string): boolean =>
    item !== null && typeof item === "object" && (item as Record<string, unknown>)[key] !== undefined && Object.prototype.hasOwnProperty.call(item, key);
  for (const key of DOCUMENT_FIELDS_1_1) if (has(doc, key)) report([], key);
  for (const [list, fields] of [["claims", CLAIM_FIELDS_1_1], ["relations", RELATION_FIELDS_1_1]] as const) {
    const items: unknown = (doc as Record<string, unknown>)[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, i) => {
      for (const key of fields) if (has(item, key)) report([list, i], key);
    });
  }
}

/** The document schema with the claims and relations left to {@link schemaChecked}'s loop. */
const DocumentHeadSchema = ArgumentMapDocumentSchema.extend({ claims: z.unknown(), relations: z.unknown() });

/**
 * The document as the schema reads it, with every claim and relation as the
 * map keeps it, or `undefined` when any part fails the schema (then
 * `partwise` finds the issues).
 *
 * Claims and relations are checked one at a time, and each of zod's copies
 * is copied again at once into the map's canonical form: zod builds arrays
 * by appending, with room for 17 items, so its copy of a relation's `from`
 * takes 152 bytes where the canonical copy takes 24. Checking the whole
 * document at once kept all of zod's copies alive together: for a million
 * claims and 1.5 million relations, about 400 MB instead of 230 MB, on top
 * of the document. Ids and values come from zod's copy, which is what was
 * checked (a getter read again could answer differently); only `meta` comes
 * from the input (in `metas`, read once and checked as JSON), since zod
 * drops keys such as `__proto__` from records.
 */
function schemaChecked(input: Record<string, unknown>, metas: ReadonlyMap<object, unknown>): ArgumentMapDocument | undefined {
  const head = DocumentHeadSchema.safeParse(input);
  if (!head.success) return undefined;
  const inputClaims = head.data.claims;
  const inputRelations = head.data.relations;
  if (!Array.isArray(inputClaims) || !Array.isArray(inputRelations)) return undefined;
  const claims = checkedItems(inputClaims, ClaimSchema, copyClaim, metas);
  const relations = claims === undefined ? undefined : checkedItems(inputRelations, RelationSchema, copyRelation, metas);
  if (claims === undefined || relations === undefined) return undefined;
  return { ...head.data, claims, relations };
}

/** Each item checked by `schema` and copied with `copy` (meta from `metas`), or `undefined` at the first that fails. */
function checkedItems<T extends Claim | Relation>(
  list: readonly unknown[],
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  copy: (entity: T) => T,
  metas: ReadonlyMap<object, unknown>,
): T[] | undefined {
  const out = new Array<T>(list.length);
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    const checked = schema.safeParse(item);
    if (!checked.success) return undefined;
    out[i] = copy(withMeta(checked.data, metas.get(item as object)));
  }
  return out;
}

/**
 * zod's copy of an entity with the input's own `meta` (zod drops keys such
 * as `__proto__` from records; the input's meta was checked as JSON).
 */
function withMeta<T extends Claim | Relation>(entity: T, meta: unknown): T {
  return meta === undefined ? entity : { ...entity, meta: meta as T["meta"] };
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

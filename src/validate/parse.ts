import { issue, ArgmapError, type ArgmapIssue } from "../errors.js";
import { checkJsonValue } from "../internal/json.js";
import { copyClaim, copyRelation, copySource } from "../map/canonical.js";
import { fromTrustedParts, type ArgumentMap } from "../map/argument-map.js";
import {
  ArgumentMapDocumentSchema,
  FORMAT_VERSION,
  type ArgumentMapDocument,
  type Claim,
  type Relation,
  type Source,
} from "../schema/document.js";
import { checkAnchors, checkEndpoints } from "./consistency.js";
import { fromZodIssues } from "./schema-issues.js";
import { collectWarnings } from "./warnings.js";

/** The result of {@link parseArgumentMap}. */
export type ParseResult =
  | { readonly ok: true; readonly map: ArgumentMap; readonly warnings: readonly ArgmapIssue[] }
  | { readonly ok: false; readonly issues: readonly [ArgmapIssue, ...ArgmapIssue[]] };

/** Options of {@link parseArgumentMap} and {@link loadArgumentMap}. */
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
  if (version !== undefined && version !== FORMAT_VERSION) {
    return failed([issue("unsupported-version", ["version"], `this release reads argmap format version ${FORMAT_VERSION}, not ${JSON.stringify(version) ?? String(version)}`)]);
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
  // Use the input, not zod's copy: zod drops keys such as "__proto__" in meta.
  const doc = input as ArgumentMapDocument;

  const sources = new Map<string, Source>();
  const claims = new Map<string, Claim>();
  const relations = new Map<string, Relation>();
  const firstUse = new Map<string, string>();
  const claim = (id: string): boolean => claims.has(id);
  const relation = (id: string): boolean => relations.has(id);
  const duplicate = (id: string, at: (string | number)[]): void => {
    issues.push(issue("duplicate-id", [...at, "id"], `id "${id}" is already used at ${firstUse.get(id)!}; ids are unique across claims, relations and sources`));
  };
  doc.sources.forEach((s, i) => {
    if (firstUse.has(s.id)) return duplicate(s.id, ["sources", i]);
    firstUse.set(s.id, `sources[${i}]`);
    sources.set(s.id, copySource(s));
  });
  doc.claims.forEach((c, i) => {
    if (firstUse.has(c.id)) return duplicate(c.id, ["claims", i]);
    firstUse.set(c.id, `claims[${i}]`);
    claims.set(c.id, copyClaim(c));
  });
  doc.relations.forEach((r, i) => {
    if (firstUse.has(r.id)) return duplicate(r.id, ["relations", i]);
    firstUse.set(r.id, `relations[${i}]`);
    relations.set(r.id, copyRelation(r));
  });
  const sourceOf = (id: string): Source | undefined => sources.get(id);
  doc.claims.forEach((c, i) => checkAnchors(c.anchors, ["claims", i], sourceOf, issues));
  doc.relations.forEach((r, i) => {
    checkEndpoints(r, ["relations", i], { isClaim: claim, isRelation: relation }, issues);
    checkAnchors(r.anchors, ["relations", i], sourceOf, issues);
  });
  if (doc.thesis !== undefined && !claims.has(doc.thesis)) {
    issues.push(issue("dangling-thesis", ["thesis"], `thesis "${doc.thesis}" is not a claim in the map`));
  }
  if (issues.length > 0) return failed(issues);

  const map = fromTrustedParts({ title: doc.title, description: doc.description, thesis: doc.thesis, sources, claims, relations });
  const warnings = options.warnings === false ? [] : collectWarnings(map);
  return { ok: true, map, warnings };
}

/**
 * Like {@link parseArgumentMap}, but throws.
 *
 * @returns The map.
 * @throws {@link ArgmapError} carrying every error (and warning) found.
 * @example
 * ```ts
 * const map = loadArgumentMap(JSON.parse(await readFile("map.argmap.json", "utf8")));
 * ```
 */
export function loadArgumentMap(input: unknown, options: ParseOptions = {}): ArgumentMap {
  const result = parseArgumentMap(input, options);
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
  if (at === null) return base;
  const offset = Number(at[1]);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return { ...base, line, column };
}

function failed(issues: ArgmapIssue[]): ParseResult {
  const sorted = [...issues.filter((i) => i.severity === "error"), ...issues.filter((i) => i.severity !== "error")];
  return { ok: false, issues: sorted as [ArgmapIssue, ...ArgmapIssue[]] };
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? "a string (parse JSON text with parseArgumentMapJson)" : typeof value;
}

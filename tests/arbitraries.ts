/**
 * fast-check arbitraries for argmap documents, shared by the test suites.
 *
 * `validDocument()` generates documents that `parseArgumentMap` accepts:
 * ids unique across sources, claims and relations (drawn from a pool with
 * `__proto__`, `constructor`, `toString`, `hasOwnProperty` and unicode),
 * linked premises, undercuts (relations target only earlier relations, so
 * targets never form a cycle), every optional field, `meta` with nested
 * JSON including an own `__proto__` key, and anchors that match their
 * source text.
 */
import fc from "fast-check";
import type { Anchor, ArgumentMapDocument, Claim, JsonValue, Meta, Relation, Source } from "../src/index.js";

/** Ids that break code using plain objects as maps. */
export const HOSTILE_IDS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype"] as const;

/** Options of {@link validDocument}. */
export interface ValidDocumentOptions {
  /** Most sources (default 3). */
  readonly maxSources?: number;
  /** Most claims (default 8). */
  readonly maxClaims?: number;
  /** Most relations (default 8). */
  readonly maxRelations?: number;
}

/** A non-empty id: hostile names, short ASCII, or unicode (astral planes included). */
export function id(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_IDS) },
    { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom("é", "論点", "🦆", "a b", "a.b[0]", '"q"') },
  );
}

/** Sets `object[key]` as an own data property, so `__proto__` stays data. */
function put(object: Record<string, JsonValue>, key: string, value: JsonValue): void {
  Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
}

/** `meta`: a JSON object, sometimes with an own `__proto__` key holding nested JSON. */
export function meta(): fc.Arbitrary<Meta> {
  return fc
    .tuple(fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }), fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }))
    .map(([entries, proto]) => {
      const out: Record<string, JsonValue> = {};
      for (const key of Object.keys(entries)) put(out, key, entries[key] as JsonValue);
      if (proto !== undefined) {
        const inner: Record<string, JsonValue> = {};
        put(inner, "__proto__", proto as JsonValue);
        put(out, "__proto__", { nested: [proto as JsonValue, inner] });
      }
      return out as Meta;
    });
}

/** Text for claims and sources, unicode included. */
function text(maxLength = 40): fc.Arbitrary<string> {
  return fc.oneof(fc.string({ maxLength }), fc.string({ unit: "grapheme", maxLength: Math.ceil(maxLength / 4) }));
}

/** A claim's text: like {@link text}, with at least one character that is not white space. */
function claimText(maxLength = 40): fc.Arbitrary<string> {
  return text(maxLength).map((t) => (/\S/.test(t) ? t : `${t}.`));
}

interface AnchorPick {
  readonly source: number;
  readonly a: number;
  readonly b: number;
  readonly quote: string;
}

const anchorPicks = fc.array(fc.record({ source: fc.nat(), a: fc.nat(), b: fc.nat(), quote: fc.string({ maxLength: 5 }) }), { maxLength: 2 });

/** Turns picks into anchors that pass validation against `sources`. */
function anchorsFor(picks: readonly AnchorPick[], sources: readonly Source[]): Anchor[] {
  const out: Anchor[] = [];
  if (sources.length === 0) return out;
  for (const pick of picks) {
    const source = sources[pick.source % sources.length]!;
    if (source.text === undefined) {
      // Without text, any well-ordered range is accepted.
      const start = Math.min(pick.a, pick.b);
      out.push({ source: source.id, start, end: Math.max(pick.a, pick.b), quote: pick.quote });
    } else {
      const size = source.text.length + 1;
      // Offsets between the halves of a surrogate pair are refused: move them back.
      const whole = (at: number): number => (at > 0 && at < source.text!.length && /[\uDC00-\uDFFF]/.test(source.text![at]!) && /[\uD800-\uDBFF]/.test(source.text![at - 1]!) ? at - 1 : at);
      const start = whole(Math.min(pick.a % size, pick.b % size));
      const end = whole(Math.max(pick.a % size, pick.b % size));
      out.push({ source: source.id, start, end, quote: source.text.slice(start, end) });
    }
  }
  return out;
}

const sourceFields = fc.record(
  { title: text(20), url: fc.webUrl(), author: text(10), published: fc.constantFrom("2024-05-01", "1999", ""), text: text(60) },
  { requiredKeys: ["title"] },
);

const claimFields = fc.record(
  {
    text: claimText(),
    tags: fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
    anchors: anchorPicks,
    base: fc.double({ min: 0, max: 1, noNaN: true }),
    note: text(20),
    meta: meta(),
  },
  { requiredKeys: ["text"] },
);

const relationFields = fc.record(
  {
    type: fc.constantFrom("support" as const, "attack" as const),
    target: fc.nat(),
    premises: fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 3 }),
    weight: fc.double({ min: 0, max: 1, noNaN: true }),
    label: text(10),
    scheme: fc.constantFrom("expert-opinion", "analogy", "cause-to-effect"),
    anchors: anchorPicks,
    note: text(20),
    meta: meta(),
  },
  { requiredKeys: ["type", "target", "premises"] },
);

/**
 * Documents that `parseArgumentMap` accepts without errors.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(validDocument(), (doc) => { ... }));
 * ```
 */
export function validDocument(options: ValidDocumentOptions = {}): fc.Arbitrary<ArgumentMapDocument> {
  const maxSources = options.maxSources ?? 3;
  const maxClaims = options.maxClaims ?? 8;
  const maxRelations = options.maxRelations ?? 8;
  return fc
    .record(
      {
        ids: fc.uniqueArray(id(), { minLength: 0, maxLength: maxSources + maxClaims + maxRelations }),
        sources: fc.array(sourceFields, { maxLength: maxSources }),
        claims: fc.array(claimFields, { maxLength: maxClaims }),
        relations: fc.array(relationFields, { maxLength: maxRelations }),
        title: text(20),
        description: fc.option(text(30), { nil: undefined }),
        thesis: fc.option(fc.nat(), { nil: undefined }),
      },
      { requiredKeys: ["ids", "sources", "claims", "relations", "title"] },
    )
    .map((raw) => {
      const ids = raw.ids.slice();
      const take = (): string | undefined => ids.shift();
      const sources: Source[] = [];
      for (const fields of raw.sources) {
        const sid = take();
        if (sid === undefined) break;
        sources.push({ id: sid, ...fields });
      }
      const claims: Claim[] = [];
      for (const fields of raw.claims) {
        const cid = take();
        if (cid === undefined) break;
        const { anchors, ...rest } = fields;
        const claim: Claim = { id: cid, ...rest };
        if (anchors !== undefined) claim.anchors = anchorsFor(anchors, sources);
        claims.push(claim);
      }
      const relations: Relation[] = [];
      for (const fields of raw.relations) {
        if (claims.length === 0) break;
        const { target, premises, anchors, ...rest } = fields;
        // Targets: any claim, or a relation added earlier (no target cycles).
        const targetCount = claims.length + relations.length;
        const pick = target % targetCount;
        const to = pick < claims.length ? claims[pick]!.id : relations[pick - claims.length]!.id;
        const candidates = claims.filter((c) => c.id !== to);
        if (candidates.length === 0) continue;
        const from = [...new Set(premises.map((p) => candidates[p % candidates.length]!.id))];
        const rid = take();
        if (rid === undefined) break;
        const relation: Relation = { id: rid, type: rest.type, from, to };
        if (rest.weight !== undefined) relation.weight = rest.weight;
        if (rest.label !== undefined) relation.label = rest.label;
        if (rest.scheme !== undefined) relation.scheme = rest.scheme;
        if (anchors !== undefined) relation.anchors = anchorsFor(anchors, sources);
        if (rest.note !== undefined) relation.note = rest.note;
        if (rest.meta !== undefined) relation.meta = rest.meta;
        relations.push(relation);
      }
      const doc: ArgumentMapDocument = { format: "argmap", version: 1, title: raw.title, sources, claims, relations };
      if (raw.description !== undefined) doc.description = raw.description;
      if (raw.thesis !== undefined && claims.length > 0) doc.thesis = claims[raw.thesis % claims.length]!.id;
      return doc;
    });
}

/** A JSON round trip, as a saved and re-read file would see the document. */
export function viaJsonText<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

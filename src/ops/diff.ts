import { indexesOf, type ArgumentMap } from "../map/argument-map.js";
import type { Claim, JsonValue, Participant, Relation, Source } from "../schema/document.js";
import { changedFields, normalizeText, textIndex } from "./compare.js";
import { checkMaps, checkOptions } from "./options.js";

/** Options of {@link diffMaps}. */
export interface DiffOptions {
  /**
   * Pair a removed claim with an added claim that has the same normalized
   * text (Unicode NFKC, lower case, white space collapsed) and report them
   * as one rename instead of a removal and an addition. Only a text that
   * occurs once among the removed claims and once among the added ones is
   * paired.
   *
   * @defaultValue false
   */
  readonly matchText?: boolean;
}

/** One field that differs; `before` or `after` is absent when the field is. */
export interface FieldChange {
  /** The field's name, e.g. `text`, `anchors`, `thesis`. */
  readonly field: string;
  /** The value in the first map. */
  readonly before?: JsonValue;
  /** The value in the second map. */
  readonly after?: JsonValue;
}

/** An item present in both maps with different content. */
export interface ItemChange {
  /** The item's id (the same in both maps). */
  readonly id: string;
  /** The fields that differ, in the item's field order. */
  readonly changes: readonly FieldChange[];
}

/** A claim that `matchText` found under another id. */
export interface ClaimRename {
  /** Its id in the first map. */
  readonly before: string;
  /** Its id in the second map. */
  readonly after: string;
  /** Other fields that differ (the text may differ in case or spacing). */
  readonly changes: readonly FieldChange[];
}

/** How one kind of item differs between two maps. */
export interface ItemDiff<T> {
  /** Items only the second map has, in its order. */
  readonly added: readonly T[];
  /** Items only the first map has, in its order. */
  readonly removed: readonly T[];
  /** Items both have with different content, in the first map's order. */
  readonly changed: readonly ItemChange[];
}

/**
 * The difference between two maps, as plain JSON-ready data: items are
 * matched by id, and each changed item lists its changed fields with their
 * values before and after.
 */
export interface MapDiff {
  /** Whether the maps are the same (everything else is empty). */
  readonly equal: boolean;
  /**
   * Changes to the map's own fields, in this order: `version`, `$schema`,
   * `title`, `description`, `language`, `thesis`.
   */
  readonly fields: readonly FieldChange[];
  /** Claims added, removed, changed and (with `matchText`) renamed. */
  readonly claims: ItemDiff<Claim> & {
    /** Claims paired by `matchText` (empty without it). */
    readonly renamed: readonly ClaimRename[];
  };
  /** Relations added, removed and changed. */
  readonly relations: ItemDiff<Relation>;
  /** Sources added, removed and changed. */
  readonly sources: ItemDiff<Source>;
  /** Participants (format 1.1), matched by id. */
  readonly participants: ItemDiff<Participant>;
}

/**
 * Compares two maps. Ids are the identity: an item whose id changed shows
 * as one removal and one addition, unless `matchText` pairs claims by their
 * text. Neither map is changed.
 *
 * @param before - The first (older) map.
 * @param after - The second (newer) map.
 * @param options - See {@link DiffOptions}.
 * @returns Plain data; `JSON.stringify` it, or read it with {@link formatDiff}.
 * @throws {@link ArgmapError} `invalid-type` when an argument is not a map,
 * `unknown-key` or `invalid-type` for bad options.
 * @example
 * ```ts
 * import { argmap, diffMaps } from "argmap";
 *
 * const before = argmap("Lunch").claim("t", "We should get pizza.").build();
 * const after = argmap("Lunch").claim("t", "We should get sushi.").build();
 * const diff = diffMaps(before, after);
 * console.log(diff.claims.changed[0]); // { id: "t", changes: [{ field: "text", before: "We should get pizza.", after: "We should get sushi." }] }
 * ```
 */
export function diffMaps(before: ArgumentMap, after: ArgumentMap, options?: DiffOptions): MapDiff {
  checkMaps([before, after], "diffMaps");
  const resolved = checkOptions(options, { matchText: { type: "boolean" } }) as DiffOptions;
  const a = indexesOf(before);
  const b = indexesOf(after);
  const fields: FieldChange[] = [];
  for (const [field, x, y] of [
    ["version", before.formatVersion, after.formatVersion],
    ["$schema", a.schema, b.schema],
    ["title", before.title, after.title],
    ["description", before.description, after.description],
    ["language", before.language, after.language],
    ["thesis", before.thesis, after.thesis],
  ] as const) {
    if (x !== y) fields.push(change(field, x, y));
  }
  const claims = items(a.claims, b.claims);
  const renames = resolved.matchText === true ? pairByText(claims) : [];
  const relations = items(a.relations, b.relations);
  const sources = items(mapOf(before.sources()), mapOf(after.sources()));
  const participants = items(a.participants ?? NO_PARTICIPANTS, b.participants ?? NO_PARTICIPANTS);
  const equal =
    fields.length === 0 &&
    [claims, relations, sources, participants].every((d) => d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0) &&
    renames.length === 0;
  return { equal, fields, claims: { ...claims, renamed: renames }, relations, sources, participants };
}

const NO_PARTICIPANTS: ReadonlyMap<string, Participant> = new Map();

interface MutableItemDiff<T> {
  added: T[];
  removed: T[];
  changed: ItemChange[];
}

function mapOf<T extends { readonly id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((item) => [item.id, item]));
}

function change(field: string, before: unknown, after: unknown): FieldChange {
  return {
    field,
    ...(before !== undefined ? { before: before as JsonValue } : {}),
    ...(after !== undefined ? { after: after as JsonValue } : {}),
  };
}

function changesOf<T extends object>(x: T, y: T, skip?: string): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of changedFields(x, y)) {
    if (field === skip) continue;
    out.push(change(field, (x as Record<string, unknown>)[field], (y as Record<string, unknown>)[field]));
  }
  return out;
}

function items<T extends { readonly id: string }>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>): MutableItemDiff<T> {
  const out: MutableItemDiff<T> = { added: [], removed: [], changed: [] };
  for (const [id, x] of a) {
    const y = b.get(id);
    if (y === undefined) out.removed.push(x);
    else if (x !== y) {
      const changes = changesOf(x, y);
      if (changes.length > 0) out.changed.push({ id, changes });
    }
  }
  for (const [id, y] of b) if (!a.has(id)) out.added.push(y);
  return out;
}

/** Takes claims with the same normalized text out of `removed` and `added` and pairs them. */
function pairByText(claims: MutableItemDiff<Claim>): ClaimRename[] {
  if (claims.removed.length === 0 || claims.added.length === 0) return [];
  const gone = textIndex(claims.removed);
  const come = textIndex(claims.added);
  const paired = new Map<string, string>();
  const renames: ClaimRename[] = [];
  const addedById = mapOf(claims.added);
  for (const claim of claims.removed) {
    const key = normalizeText(claim.text);
    const partner = come.get(key);
    if (gone.get(key) !== claim.id || partner === undefined || partner === null) continue;
    paired.set(claim.id, partner);
    renames.push({ before: claim.id, after: partner, changes: changesOf(claim, addedById.get(partner)!, "id") });
  }
  if (renames.length === 0) return renames;
  const taken = new Set(paired.values());
  claims.removed = claims.removed.filter((claim) => !paired.has(claim.id));
  claims.added = claims.added.filter((claim) => !taken.has(claim.id));
  return renames;
}

import { ArgmapError, issue, type ArgmapIssue, type PathSegment } from "../errors.js";
import { ArgumentMap, indexesOf, type TrustedParts } from "../map/argument-map.js";
import { copyClaim, copyRelation } from "../map/canonical.js";
import { FORMAT_VERSION, type Anchor, type Claim, type Participant, type Relation, type Source } from "../schema/document.js";
import { checkAnchors } from "../validate/consistency.js";
import { buildFromParts } from "../validate/parse.js";
import { changedFields, normalizeText, shown, textIndex } from "./compare.js";
import { checkMaps, checkOptions } from "./options.js";

/** What {@link mergeMaps} does when two maps disagree. */
export type ConflictChoice = "fail" | "left" | "right";

/** Options of {@link mergeMaps}. */
export interface MergeOptions {
  /**
   * What to do when the maps disagree: `"fail"` throws an {@link ArgmapError}
   * with code `merge-conflict` and one issue per conflict; `"left"` keeps the
   * version of the earliest map that has the item, `"right"` the version of
   * the latest. Both still report every conflict.
   *
   * @defaultValue "fail"
   */
  readonly onConflict?: ConflictChoice;
  /**
   * Also join claims that have different ids but the same normalized text
   * (Unicode NFKC, lower case, white space collapsed). A claim is joined only
   * when its text is unique in its own map and in the maps merged before it;
   * every join is listed in {@link MergeResult.matched}.
   *
   * @defaultValue false
   */
  readonly matchText?: boolean;
  /**
   * Title of the result. Without it, maps with different titles are a
   * conflict on `title`.
   */
  readonly title?: string;
}

/** What a conflict is about. */
export type MergeConflictKind = "claim" | "relation" | "source" | "participant" | "id" | "map";

/** The kinds of item that have ids. */
export type ItemKind = "claim" | "relation" | "source";

/** Two maps disagree about one item, or about the map's own fields. */
export interface MergeConflict {
  /**
   * `"claim"`, `"relation"`, `"source"`, `"participant"`: the same id with
   * different content. `"id"`: the same id names different kinds of item
   * (see `kinds`). `"map"`: the maps' own fields differ (`title`,
   * `description`, `language`, `thesis`, `$schema`).
   */
  readonly kind: MergeConflictKind;
  /** The item's id (absent for `"map"`). */
  readonly id?: string;
  /** The fields that differ (`["kind"]` for an `"id"` conflict). */
  readonly fields: readonly string[];
  /** Indexes of the two input maps, the earlier first. */
  readonly maps: readonly [number, number];
  /** For an `"id"` conflict: what the id names in each of the two maps. */
  readonly kinds?: readonly [ItemKind, ItemKind];
  /** Where the item is in the later map: `[map index, "claims", position]`. */
  readonly path: readonly PathSegment[];
}

/** A claim that `matchText` joined to a claim with another id. */
export interface MatchedClaim {
  /** Index of the input map the claim comes from. */
  readonly map: number;
  /** Its id in that map. */
  readonly id: string;
  /** The id it has in the result. */
  readonly as: string;
}

/**
 * Something a conflict's resolution took out, because what it rests on lost:
 * a relation whose premise or target became another kind of item (after an
 * `"id"` conflict), an anchor whose words are not in the source text that
 * was kept, a thesis that is no longer a claim.
 */
export interface MergeDrop {
  /** What was dropped: a relation, one anchor of an item, or the thesis mark. */
  readonly kind: "relation" | "anchor" | "thesis";
  /** The relation, the claim or relation that held the anchor, or the thesis id. */
  readonly id: string;
  /** Index of the input map it came from. */
  readonly map: number;
  /** Why it was dropped. */
  readonly message: string;
}

/** The result of {@link mergeMaps}. */
export interface MergeResult {
  /** The merged map: a new map, valid like any other. */
  readonly map: ArgumentMap;
  /** Every conflict found (empty when the maps agree). */
  readonly conflicts: readonly MergeConflict[];
  /** Claims joined by `matchText`, with their new ids. */
  readonly matched: readonly MatchedClaim[];
  /** What the chosen side of a conflict made impossible to keep. */
  readonly dropped: readonly MergeDrop[];
}

interface Entry<T> {
  item: T;
  readonly map: number;
}

type Collections = {
  readonly participant: Map<string, Entry<Participant>>;
  readonly source: Map<string, Entry<Source>>;
  readonly claim: Map<string, Entry<Claim>>;
  readonly relation: Map<string, Entry<Relation>>;
};

const COLLECTION: Record<ItemKind | "participant", "participants" | "sources" | "claims" | "relations"> = {
  participant: "participants",
  source: "sources",
  claim: "claims",
  relation: "relations",
};

/**
 * Merges two or more maps into a new one. Claims, relations, sources and
 * participants are matched by id; items that are the same merge, items with
 * the same id and different content are conflicts, as are different titles,
 * descriptions, languages or theses (a field only one map sets is taken
 * from it). Anchors keep pointing into the same source. The inputs are not
 * changed.
 *
 * @param maps - The maps, in order: "left" prefers earlier ones, "right" later ones.
 * @param options - See {@link MergeOptions}.
 * @returns The merged map with every conflict, every `matchText` join and everything dropped.
 * @throws {@link ArgmapError} `merge-conflict` with one issue per conflict
 * (unless `onConflict` is `"left"` or `"right"`); `invalid-type` or
 * `invalid-value` for arguments that are not maps or options.
 * @example
 * ```ts
 * import { argmap, mergeMaps } from "argmap";
 *
 * const alice = argmap("Lunch").claim("t", "We should get pizza.").claim("r", "Pizza is quick.").support("r", "t", { id: "quick" }).build();
 * const bob = argmap("Lunch").claim("t", "We should get pizza.").claim("o", "Pizza is greasy.").attack("o", "t", { id: "greasy" }).build();
 * const { map, conflicts } = mergeMaps(alice, bob);
 * console.log(map.claimCount, conflicts.length); // 3 0
 * ```
 */
export function mergeMaps(maps: readonly ArgumentMap[], options?: MergeOptions): MergeResult;
export function mergeMaps(...args: [ArgumentMap, ...ArgumentMap[]]): MergeResult;
export function mergeMaps(...args: [ArgumentMap, ...ArgumentMap[], MergeOptions | undefined]): MergeResult;
export function mergeMaps(...args: unknown[]): MergeResult {
  let maps: unknown[];
  let options: unknown;
  if (Array.isArray(args[0])) {
    maps = args[0] as unknown[];
    options = args[1];
    if (args.length > 2) throw new ArgmapError([issue("invalid-value", [2], "mergeMaps takes a list of maps and options, or the maps one by one")]);
  } else {
    const last = args[args.length - 1];
    const hasOptions = args.length > 0 && !(last instanceof ArgumentMap) && (last === undefined || (typeof last === "object" && last !== null));
    maps = hasOptions ? args.slice(0, -1) : args;
    options = hasOptions ? last : undefined;
  }
  const checked = checkMaps(maps, "mergeMaps");
  const resolved = checkOptions(options, {
    onConflict: { type: "choice", choices: ["fail", "left", "right"] },
    matchText: { type: "boolean" },
    title: { type: "string" },
  }) as MergeOptions;
  return merge(checked, resolved);
}

function merge(maps: readonly ArgumentMap[], options: MergeOptions): MergeResult {
  const choice = options.onConflict ?? "fail";
  const preferLater = choice === "right";
  const items: Collections = { participant: new Map(), source: new Map(), claim: new Map(), relation: new Map() };
  let hasParticipants = false;
  let declared11 = false;
  const conflicts: MergeConflict[] = [];
  const matched: MatchedClaim[] = [];
  const dropped: MergeDrop[] = [];
  let kindClash = false;
  let sourceClash = false;

  const first = maps[0]!;
  let title: Entry<string> = { item: options.title ?? first.title, map: 0 };
  let description: Entry<string | undefined> = { item: first.description, map: 0 };
  let language: Entry<string | undefined> = { item: first.language, map: 0 };
  let schema: Entry<string | undefined> = { item: indexesOf(first).schema, map: 0 };
  let thesis: Entry<string | undefined> = { item: undefined, map: 0 };

  const place = <T extends Participant | Source | Claim | Relation>(kind: ItemKind | "participant", own: Map<string, Entry<T>>, item: T, map: number, position: number): void => {
    const id = item.id;
    const path = [map, COLLECTION[kind], position];
    const existing = own.get(id);
    if (existing !== undefined) {
      const fields = changedFields(existing.item, item);
      if (fields.length === 0) return;
      conflicts.push({ kind, id, fields, maps: [existing.map, map], path });
      if (kind === "source") sourceClash = true;
      if (preferLater) own.set(id, { item, map });
      return;
    }
    // Participant ids are their own namespace; the others share one.
    if (kind !== "participant") for (const other of ["source", "claim", "relation"] as const) {
      if (other === kind) continue;
      const clash = items[other].get(id);
      if (clash === undefined) continue;
      conflicts.push({ kind: "id", id, fields: ["kind"], maps: [clash.map, map], kinds: [other, kind], path });
      kindClash = true;
      if (!preferLater) return;
      items[other].delete(id);
      break;
    }
    own.set(id, { item, map });
  };

  const field = <T extends string | undefined>(name: string, current: Entry<T>, value: T, map: number): Entry<T> => {
    if (value === undefined || value === current.item) return current;
    if (current.item === undefined) return { item: value, map };
    conflicts.push({ kind: "map", fields: [name], maps: [current.map, map], path: [map, name] });
    return preferLater ? { item: value, map } : current;
  };

  for (let j = 0; j < maps.length; j++) {
    const map = maps[j]!;
    const renames = options.matchText === true && j > 0 ? renamesFor(items, map) : undefined;
    const indexes = indexesOf(map);
    let position = 0;
    if (indexes.participants !== undefined) {
      hasParticipants = true;
      for (const participant of indexes.participants.values()) place("participant", items.participant, participant, j, position++);
    }
    if (indexes.version === FORMAT_VERSION) declared11 = true;
    position = 0;
    for (const source of map.sources()) place("source", items.source, source, j, position++);
    position = 0;
    for (const claim of map.claims()) {
      const as = renames?.get(claim.id);
      if (as !== undefined) matched.push({ map: j, id: claim.id, as });
      place("claim", items.claim, as === undefined ? claim : { ...claim, id: as }, j, position++);
    }
    position = 0;
    for (const relation of map.relations()) {
      place("relation", items.relation, renames === undefined || renames.size === 0 ? relation : renamed(relation, renames), j, position++);
    }
    if (j > 0 && options.title === undefined) title = field("title", title, map.title, j);
    if (j > 0) description = field("description", description, map.description, j);
    if (j > 0) language = field("language", language, map.language, j);
    if (j > 0) schema = field("$schema", schema, indexes.schema, j);
    const own = map.thesis;
    thesis = field("thesis", thesis, own === undefined ? undefined : (renames?.get(own) ?? own), j);
  }

  if (choice === "fail" && conflicts.length > 0) {
    throw new ArgmapError(conflicts.map(conflictIssue) as [ArgmapIssue, ...ArgmapIssue[]]);
  }
  if (kindClash) dropBrokenRelations(items, maps, dropped);
  if (kindClash || sourceClash) repairAnchors(items, dropped);
  if (thesis.item !== undefined && !items.claim.has(thesis.item)) {
    dropped.push({ kind: "thesis", id: thesis.item, map: thesis.map, message: `the thesis ${shown(thesis.item)} is no longer a claim` });
    thesis = { item: undefined, map: thesis.map };
  }

  const parts: TrustedParts = {
    title: title.item,
    description: description.item,
    thesis: thesis.item,
    language: language.item,
    schema: schema.item,
    version: declared11 ? FORMAT_VERSION : undefined,
    participants: hasParticipants ? unwrap(items.participant) : undefined,
    sources: unwrap(items.source),
    claims: unwrap(items.claim),
    relations: unwrap(items.relation),
  };
  const built = buildFromParts(parts);
  if ("issues" in built) throw new ArgmapError(built.issues as [ArgmapIssue, ...ArgmapIssue[]]);
  return { map: built.map, conflicts, matched, dropped };
}

function unwrap<T>(entries: Map<string, Entry<T>>): Map<string, T> {
  const out = new Map<string, T>();
  for (const [id, entry] of entries) out.set(id, entry.item);
  return out;
}

function renamed(relation: Relation, renames: ReadonlyMap<string, string>): Relation {
  let changed = renames.has(relation.to);
  for (const premise of relation.from) if (renames.has(premise)) changed = true;
  if (!changed) return relation;
  return { ...relation, from: relation.from.map((id) => renames.get(id) ?? id), to: renames.get(relation.to) ?? relation.to };
}

/**
 * The `matchText` joins for one incoming map: claim id → the id of the one
 * earlier claim with the same normalized text. A claim whose id is already
 * known, whose text is not unique on either side, or whose partner's id the
 * incoming map uses for something else, keeps its id.
 */
function renamesFor(items: Collections, map: ArgumentMap): Map<string, string> {
  const out = new Map<string, string>();
  const earlier = textIndex(Array.from(items.claim.values(), (entry) => entry.item));
  const incoming = textIndex(map.claims());
  for (const claim of map.claims()) {
    if (items.claim.has(claim.id) || items.relation.has(claim.id) || items.source.has(claim.id)) continue;
    const key = normalizeText(claim.text);
    if (incoming.get(key) !== claim.id) continue;
    const partner = earlier.get(key);
    if (partner === undefined || partner === null || map.has(partner)) continue;
    out.set(claim.id, partner);
  }
  return out;
}

/**
 * After an `"id"` conflict, drops relations whose premises are no longer
 * claims or whose target is no longer the kind of item it was in the
 * relation's own map, and, in turn, relations that targeted those.
 */
function dropBrokenRelations(items: Collections, maps: readonly ArgumentMap[], dropped: MergeDrop[]): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, entry] of items.relation) {
      const relation = entry.item;
      const premiseGone = relation.from.find((premise) => !items.claim.has(premise));
      const wantsRelation = maps[entry.map]!.hasRelation(relation.to);
      const targetGone = wantsRelation ? !items.relation.has(relation.to) : !items.claim.has(relation.to);
      if (premiseGone === undefined && !targetGone) continue;
      items.relation.delete(id);
      changed = true;
      const why =
        premiseGone !== undefined
          ? `its premise ${shown(premiseGone)} is no longer a claim`
          : `its target ${shown(relation.to)} is no longer a ${wantsRelation ? "relation" : "claim"}`;
      dropped.push({ kind: "relation", id, map: entry.map, message: `relation ${shown(id)} was dropped: ${why}` });
    }
  }
}

/**
 * After a conflict over a source, anchors written against the other
 * version are checked against the kept one: an anchor whose words occur
 * exactly once in the kept text moves there, any other mismatch is dropped.
 */
function repairAnchors(items: Collections, dropped: MergeDrop[]): void {
  const fix = <T extends Claim | Relation>(entry: Entry<T>, copy: (item: T) => T): void => {
    const anchors = entry.item.anchors;
    if (anchors === undefined) return;
    let kept: Anchor[] | undefined;
    for (let i = 0; i < anchors.length; i++) {
      const anchor = anchors[i]!;
      const next = repaired(anchor, items.source.get(anchor.source)?.item);
      if (next === anchor && kept === undefined) continue;
      kept ??= anchors.slice(0, i);
      if (next === undefined) {
        dropped.push({ kind: "anchor", id: entry.item.id, map: entry.map, message: `an anchor of ${shown(entry.item.id)} into source ${shown(anchor.source)} was dropped: its words are not in the kept source` });
      } else kept.push(next);
    }
    if (kept === undefined) return;
    entry.item = copy({ ...entry.item, anchors: kept.length > 0 ? kept : undefined });
  };
  for (const entry of items.claim.values()) fix(entry, copyClaim);
  for (const entry of items.relation.values()) fix(entry, copyRelation);
}

function repaired(anchor: Anchor, source: Source | undefined): Anchor | undefined {
  if (source === undefined) return undefined;
  if (checkAnchors([anchor], [], () => source, [])) return anchor;
  const text = source.text;
  if (text === undefined || anchor.quote.length === 0) return undefined;
  const start = text.indexOf(anchor.quote);
  if (start < 0 || text.indexOf(anchor.quote, start + 1) >= 0) return undefined;
  const moved = { source: anchor.source, start, end: start + anchor.quote.length, quote: anchor.quote };
  return checkAnchors([moved], [], () => source, []) ? moved : undefined;
}

function conflictIssue(conflict: MergeConflict): ArgmapIssue {
  return issue("merge-conflict", conflict.path, `${describeConflict(conflict)}; choose a side with onConflict "left" or "right"`);
}

/**
 * One sentence about a conflict, for messages: what differs between which
 * maps. `name` turns a map's index into words (default `map 0`).
 *
 * @internal
 */
export function describeConflict(conflict: MergeConflict, name: (index: number) => string = (index) => `map ${index}`): string {
  const [left, right] = conflict.maps;
  if (conflict.kind === "map") return `${name(left)} and ${name(right)} have different ${conflict.fields.join(", ")}`;
  if (conflict.kind === "id") {
    const [was, is] = conflict.kinds!;
    return `id ${shown(conflict.id!)} is a ${was} in ${name(left)} and a ${is} in ${name(right)}`;
  }
  return `${conflict.kind} ${shown(conflict.id!)} differs between ${name(left)} and ${name(right)} in ${conflict.fields.join(", ")}`;
}

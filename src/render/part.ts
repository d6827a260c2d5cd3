/**
 * A part of a map to draw: one claim and what stands behind it, down to a
 * number of levels. Large maps are drawn one part at a time.
 * @module
 */
import { fail } from "../errors.js";
import { ArgumentMap } from "../map/argument-map.js";
import type { RenderIssueCode } from "./layout.js";

/**
 * Which part of a map to draw.
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { mapPart, type MapPartOptions } from "argmap/render";
 * const map = ukraineJapan();
 * const options: MapPartOptions = { root: map.thesis, depth: 1 };
 * console.log(mapPart(map, options).claimCount);
 * ```
 */
export interface MapPartOptions {
  /**
   * The claim to start from. Without it, the part starts from the map's top
   * claims (those that are a premise of nothing).
   *
   * @defaultValue undefined
   */
  readonly root?: string | undefined;
  /**
   * How many levels of reasons and objections to keep below the start: 0
   * keeps the start alone, 1 adds the premises of the relations that end on
   * it (and of the undercuts of those relations), and so on.
   *
   * @defaultValue undefined (all levels)
   */
  readonly depth?: number | undefined;
}

/**
 * The part of a map below a claim, down to a number of levels: the claim,
 * the relations that support or attack it, their premises, the undercuts of
 * those relations with their premises, and so on level by level. A relation
 * is kept only with all its premises and its target, so linked premises are
 * never split. Sources and the thesis (when it is kept) come along. Without
 * `root` and `depth` the map itself is returned.
 *
 * @param map - The whole map; it is not changed.
 * @param options - The claim to start from and the number of levels.
 * @returns The whole map, or a new map holding the part.
 * @throws {@link argmap!ArgmapError} `not-found` when `root` is not a claim of
 * the map, `invalid-option` when `depth` is not a whole number ≥ 0.
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { mapPart } from "argmap/render";
 * const map = ukraineJapan();
 * const top = mapPart(map, { depth: 1 });
 * console.log(`${top.claimCount} of ${map.claimCount} claims`);
 * ```
 */
export function mapPart(map: ArgumentMap, options: MapPartOptions = {}): ArgumentMap {
  const { root, depth } = options;
  if (depth !== undefined && (typeof depth !== "number" || !Number.isInteger(depth) || depth < 0)) {
    fail<RenderIssueCode>("invalid-option", ["options", "depth"], "depth must be a whole number ≥ 0");
  }
  if (root !== undefined && (typeof root !== "string" || !map.hasClaim(root))) {
    fail<RenderIssueCode>("not-found", ["options", "root"], `no claim ${JSON.stringify(String(root)).slice(0, 80)} to start the drawing from`);
  }
  if (root === undefined && depth === undefined) return map;
  const limit = depth ?? Number.POSITIVE_INFINITY;
  let level: string[] = root !== undefined ? [root] : map.roots().map((claim) => claim.id);
  // A map that is one big cycle has no top claims: start from the thesis, or from the first claim.
  if (level.length === 0) {
    const first = map.thesis ?? map.claims()[0]?.id;
    if (first !== undefined) level = [first];
  }
  const claims = new Set<string>(level);
  const relations = new Set<string>();
  for (let d = 0; d < limit && level.length > 0; d++) {
    const next: string[] = [];
    // Relations ending on this level's claims, then the undercuts ending on those relations, and so on.
    const targets: string[] = [...level];
    for (let i = 0; i < targets.length; i++) {
      for (const relation of map.relationsTo(targets[i]!)) {
        if (relations.has(relation.id)) continue;
        relations.add(relation.id);
        targets.push(relation.id);
        for (const premise of relation.from) {
          if (claims.has(premise)) continue;
          claims.add(premise);
          next.push(premise);
        }
      }
    }
    level = next;
  }
  const doc = map.toJSON();
  doc.claims = doc.claims.filter((claim) => claims.has(claim.id));
  // Keep a relation only with all its premises and its target (repeat: an undercut's target may have gone).
  let kept = doc.relations.filter((relation) => relations.has(relation.id));
  for (;;) {
    const ids = new Set(kept.map((relation) => relation.id));
    const next = kept.filter((relation) => relation.from.every((id) => claims.has(id)) && (claims.has(relation.to) || ids.has(relation.to)));
    if (next.length === kept.length) break;
    kept = next;
  }
  doc.relations = kept;
  if (doc.thesis !== undefined && !claims.has(doc.thesis)) delete doc.thesis;
  return ArgumentMap.fromJSON(doc);
}

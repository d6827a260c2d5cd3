import { ArgmapError, issue, type ArgmapIssue } from "../errors.js";
import { fromTrustedParts, indexesOf, type ArgumentMap } from "../map/argument-map.js";
import { FORMAT_VERSION, type Claim, type Participant, type Relation, type Source } from "../schema/document.js";
import { shown } from "./compare.js";
import { checkMaps, checkOptions } from "./options.js";

/** Options of {@link extractMap}. */
export interface ExtractOptions {
  /**
   * How many levels of relations to follow down from the roots: `0` keeps
   * only the roots, `1` adds the relations into them and their premises,
   * and so on. Undercuts of a kept relation are always kept.
   *
   * @defaultValue Infinity
   */
  readonly depth?: number;
}

const NONE: readonly Relation[] = [];

/**
 * The part of a map that bears on one or more claims: each root, the
 * relations into it and their premises, recursively to `depth` levels, the
 * undercuts of every relation kept (with their premises), the sources the
 * kept anchors quote and the participants the kept items name (`by`). The
 * map's title, description, language and thesis (when kept) carry over.
 * Nothing is half-included: every kept relation has all its premises and
 * its target. The input is not changed; the work is proportional to what
 * is kept, not to the size of the map.
 *
 * @param map - The map to take from.
 * @param roots - One claim id or several.
 * @param options - See {@link ExtractOptions}.
 * @returns A new map.
 * @throws {@link ArgmapError} `not-found` for a root that is not in the map,
 * `invalid-value` for a root that is a relation or source, or a bad depth.
 * @example
 * ```ts
 * import { extractMap } from "argmap";
 * import { ukraineJapan } from "argmap/datasets";
 *
 * const map = ukraineJapan();
 * const part = extractMap(map, map.thesis!, { depth: 1 });
 * console.log(part.claimCount < map.claimCount); // true
 * ```
 */
export function extractMap(map: ArgumentMap, roots: string | readonly string[], options?: ExtractOptions): ArgumentMap {
  checkMaps([map], "extractMap");
  const resolved = checkOptions(options, { depth: { type: "depth" } }) as ExtractOptions;
  const depth = resolved.depth ?? Infinity;
  const { claims, into, participants: everyone, schema, version } = indexesOf(map);
  const list: readonly unknown[] = typeof roots === "string" ? [roots] : Array.isArray(roots) ? roots : [roots];
  const issues: ArgmapIssue[] = [];
  if (list.length === 0) issues.push(issue("invalid-value", ["roots"], "extractMap needs at least one root claim"));
  list.forEach((root, i) => {
    const path = typeof roots === "string" ? ["roots"] : ["roots", i];
    if (typeof root !== "string") issues.push(issue("invalid-type", path, "a root must be a claim id (a string)"));
    else if (claims.has(root)) return;
    else if (map.has(root)) issues.push(issue("invalid-value", path, `${shown(root)} is a ${map.kindOf(root)!}, not a claim`));
    else issues.push(issue("not-found", path, `no claim ${shown(root)} in the map`));
  });
  if (issues.length > 0) throw new ArgmapError(issues as [ArgmapIssue, ...ArgmapIssue[]]);

  const keptClaims = new Map<string, Claim>();
  const keptRelations = new Map<string, Relation>();
  let frontier: string[] = [];
  for (const root of list as readonly string[]) {
    if (keptClaims.has(root)) continue;
    keptClaims.set(root, claims.get(root)!);
    frontier.push(root);
  }
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: string[] = [];
    // Relations into the frontier, then (through the stack) undercuts of
    // those relations and of the undercuts, each with all its premises.
    const stack = frontier;
    while (stack.length > 0) {
      const target = stack.pop()!;
      for (const relation of into.get(target) ?? NONE) {
        if (keptRelations.has(relation.id)) continue;
        keptRelations.set(relation.id, relation);
        for (const premise of relation.from) {
          if (keptClaims.has(premise)) continue;
          keptClaims.set(premise, claims.get(premise)!);
          next.push(premise);
        }
        stack.push(relation.id);
      }
    }
    frontier = next;
  }

  const sources = new Map<string, Source>();
  const participants = everyone === undefined ? undefined : new Map<string, Participant>();
  const keepSources = (item: Claim | Relation): void => {
    if (item.anchors !== undefined) for (const anchor of item.anchors) if (!sources.has(anchor.source)) sources.set(anchor.source, map.source(anchor.source)!);
    if (item.by !== undefined && participants !== undefined) for (const id of item.by) if (!participants.has(id)) participants.set(id, everyone!.get(id)!);
  };
  for (const claim of keptClaims.values()) keepSources(claim);
  for (const relation of keptRelations.values()) keepSources(relation);
  const thesis = map.thesis !== undefined && keptClaims.has(map.thesis) ? map.thesis : undefined;
  return fromTrustedParts({
    title: map.title,
    description: map.description,
    thesis,
    language: map.language,
    schema,
    version: version === FORMAT_VERSION ? FORMAT_VERSION : undefined,
    participants,
    sources,
    claims: keptClaims,
    relations: keptRelations,
  });
}

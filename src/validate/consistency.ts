import { issue, type ArgmapIssue, type PathSegment } from "../errors.js";
import { quoteId } from "../internal/quote-ids.js";
import type { Anchor, Relation, Source } from "../schema/document.js";

/*
 * Consistency checks shared by document loading and map mutations. They take
 * lookups instead of a map so that both can call them before anything is
 * stored.
 */

/** @internal What a relation check needs to know about existing ids. */
export interface EndpointLookup {
  isClaim(id: string): boolean;
  isRelation(id: string): boolean;
}

/** @internal Checks anchors against their sources; returns whether all passed. */
export function checkAnchors(
  anchors: readonly Anchor[] | undefined,
  path: readonly PathSegment[],
  sourceOf: (id: string) => Source | undefined,
  issues: ArgmapIssue[],
): boolean {
  if (anchors === undefined) return true;
  let ok = true;
  for (let i = 0; i < anchors.length; i++) {
    const anchor = anchors[i]!;
    const at = [...path, "anchors", i];
    const source = sourceOf(anchor.source);
    if (source === undefined) {
      issues.push(issue("anchor-unknown-source", [...at, "source"], `anchor refers to source ${quoteId(anchor.source)}, which is not in the map; add the source first`));
      ok = false;
      continue;
    }
    if (anchor.end < anchor.start) {
      issues.push(issue("anchor-out-of-range", at, `anchor ends (${anchor.end}) before it starts (${anchor.start})`));
      ok = false;
      continue;
    }
    const text = source.text;
    if (text === undefined) continue;
    if (anchor.end > text.length) {
      issues.push(issue("anchor-out-of-range", [...at, "end"], `anchor ends at ${anchor.end} but source ${quoteId(source.id)} has only ${text.length} characters`));
      ok = false;
      continue;
    }
    const actual = text.slice(anchor.start, anchor.end);
    if (actual !== anchor.quote) {
      const hint = text.indexOf(anchor.quote);
      const where = hint >= 0 ? `; the quote occurs at ${hint}..${hint + anchor.quote.length}` : "; the quote does not occur in the source";
      issues.push(issue("anchor-mismatch", [...at, "quote"], `quote does not match source ${quoteId(source.id)} at ${anchor.start}..${anchor.end} (found ${quoteId(actual)})${where}`));
      ok = false;
    }
  }
  return ok;
}

/** @internal Checks a relation's premises and target; returns whether all passed. */
export function checkEndpoints(relation: Relation, path: readonly PathSegment[], lookup: EndpointLookup, issues: ArgmapIssue[]): boolean {
  let ok = true;
  const seen = new Set<string>();
  for (let i = 0; i < relation.from.length; i++) {
    const premise = relation.from[i]!;
    if (seen.has(premise)) {
      issues.push(issue("duplicate-premise", [...path, "from", i], `premise ${quoteId(premise)} is listed twice`));
      ok = false;
      continue;
    }
    seen.add(premise);
    if (!lookup.isClaim(premise)) {
      const why = lookup.isRelation(premise) ? "is a relation, but premises must be claims" : "is not a claim in the map";
      issues.push(issue("dangling-premise", [...path, "from", i], `premise ${quoteId(premise)} ${why}`));
      ok = false;
    }
  }
  if (seen.has(relation.to) || relation.to === relation.id) {
    const what = relation.to === relation.id ? "targets itself" : `has ${quoteId(relation.to)} as both premise and target`;
    issues.push(issue("self-support", [...path, "to"], `relation ${quoteId(relation.id)} ${what}; a claim cannot ${relation.type} itself`));
    ok = false;
  } else if (!lookup.isClaim(relation.to) && !lookup.isRelation(relation.to)) {
    issues.push(issue("dangling-target", [...path, "to"], `target ${quoteId(relation.to)} is neither a claim nor a relation in the map`));
    ok = false;
  }
  return ok;
}

/**
 * @internal Checks that every participant a `by` list names exists; returns
 * whether all did.
 */
export function checkBy(
  by: readonly string[] | undefined,
  path: readonly PathSegment[],
  isParticipant: (id: string) => boolean,
  issues: ArgmapIssue[],
): boolean {
  if (by === undefined) return true;
  let ok = true;
  for (let i = 0; i < by.length; i++) {
    if (isParticipant(by[i]!)) continue;
    issues.push(issue("unknown-participant", [...path, "by", i], `participant ${quoteId(by[i]!)} is not in the map's participants; add it there first`));
    ok = false;
  }
  return ok;
}

/**
 * Finds relations whose targets lead back to themselves (`r1` undercuts `r2`,
 * which undercuts `r1`): such a relation would depend on itself. Reports each
 * cycle once, as `self-support` at the `to` of its first relation in
 * document order.
 *
 * @internal
 */
export function checkTargetCycles(byId: ReadonlyMap<string, Relation>, relations: readonly (Relation | undefined)[], issues: ArgmapIssue[]): boolean {
  // Only relations that target relations (undercuts and their supports) can
  // be on such a cycle; they are few, so look at those alone.
  const onward = new Map<string, string>();
  for (const relation of byId.values()) if (byId.has(relation.to)) onward.set(relation.id, relation.to);
  if (onward.size === 0) return true;
  let position: Map<string, number> | undefined;
  // 1: on the current trail, 2: done.
  const state = new Map<string, 1 | 2>();
  let ok = true;
  for (const start of onward.keys()) {
    if (state.has(start)) continue;
    const trail: string[] = [];
    let at: string | undefined = start;
    while (at !== undefined && onward.has(at) && !state.has(at)) {
      state.set(at, 1);
      trail.push(at);
      at = onward.get(at);
    }
    const cycle = at !== undefined && state.get(at) === 1 ? trail.slice(trail.indexOf(at)) : [];
    // A relation that targets itself is reported by checkEndpoints.
    if (cycle.length > 1) {
      if (position === undefined) {
        position = new Map();
        relations.forEach((relation, i) => {
          if (relation !== undefined && !position!.has(relation.id)) position!.set(relation.id, i);
        });
      }
      let first = cycle[0]!;
      for (const id of cycle) if (position.get(id)! < position.get(first)!) first = id;
      const names = cycle.map((id) => `${quoteId(id)}`).join(" → ");
      issues.push(issue("self-support", ["relations", position.get(first)!, "to"], `relations ${names} target each other in a circle, so each depends on itself; point one of them at a claim`));
      ok = false;
    }
    for (const id of trail) state.set(id, 2);
  }
  return ok;
}

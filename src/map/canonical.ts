import { cloneJson } from "../internal/json.js";
import type { Anchor, Claim, Meta, Participant, Relation, Source } from "../schema/document.js";

/*
 * Copies of entities with keys in one canonical order (the order of the
 * schema) and without `undefined` fields, so that saved maps diff cleanly and
 * the map never shares objects with its caller.
 */

/** @internal */
export function copyAnchor(anchor: Anchor): Anchor {
  return { source: anchor.source, start: anchor.start, end: anchor.end, quote: anchor.quote };
}

function copyAnchors(anchors: readonly Anchor[]): Anchor[] {
  const out: Anchor[] = new Array<Anchor>(anchors.length);
  for (let i = 0; i < anchors.length; i++) out[i] = copyAnchor(anchors[i]!);
  return out;
}

/** @internal */
export function copyMeta(meta: Meta): Meta {
  return cloneJson(meta);
}

/** @internal */
export function copySource(source: Source): Source {
  const out: Source = { id: source.id, title: source.title };
  if (source.url !== undefined) out.url = source.url;
  if (source.author !== undefined) out.author = source.author;
  if (source.published !== undefined) out.published = source.published;
  if (source.text !== undefined) out.text = source.text;
  return out;
}

/** @internal */
export function copyClaim(claim: Claim): Claim {
  const out: Claim = claim.title === undefined ? { id: claim.id, text: claim.text } : { id: claim.id, title: claim.title, text: claim.text };
  if (claim.language !== undefined) out.language = claim.language;
  if (claim.by !== undefined) out.by = claim.by.slice();
  if (claim.tags !== undefined) out.tags = claim.tags.slice();
  if (claim.anchors !== undefined) out.anchors = copyAnchors(claim.anchors);
  if (claim.base !== undefined) out.base = claim.base;
  if (claim.note !== undefined) out.note = claim.note;
  if (claim.meta !== undefined) out.meta = copyMeta(claim.meta);
  return out;
}

/** @internal */
export function copyRelation(relation: Relation): Relation {
  const out: Relation = { id: relation.id, type: relation.type, from: relation.from.slice(), to: relation.to };
  if (relation.by !== undefined) out.by = relation.by.slice();
  if (relation.weight !== undefined) out.weight = relation.weight;
  if (relation.label !== undefined) out.label = relation.label;
  if (relation.scheme !== undefined) out.scheme = relation.scheme;
  if (relation.anchors !== undefined) out.anchors = copyAnchors(relation.anchors);
  if (relation.note !== undefined) out.note = relation.note;
  if (relation.meta !== undefined) out.meta = copyMeta(relation.meta);
  return out;
}

/** @internal */
export function copyParticipant(participant: Participant): Participant {
  const out: Participant = { id: participant.id, name: participant.name };
  if (participant.role !== undefined) out.role = participant.role;
  return out;
}

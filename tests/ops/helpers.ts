/** Helpers shared by the tests of src/ops: splitting documents, comparing them, applying diffs. */
import fc from "fast-check";
import type { ArgumentMapDocument, Claim, MapDiff, Participant, Relation, Source } from "../../src/index.js";
import { id, validDocument } from "../arbitraries.js";

const byId = (x: { id: string }, y: { id: string }): number => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** The document with sources, claims and relations sorted by id, for comparisons that ignore order. */
export function sorted(doc: ArgumentMapDocument): ArgumentMapDocument {
  const out: ArgumentMapDocument = { ...doc, sources: [...doc.sources].sort(byId), claims: [...doc.claims].sort(byId), relations: [...doc.relations].sort(byId) };
  // No list and an empty list of participants say the same.
  if (doc.participants !== undefined && doc.participants.length > 0) out.participants = [...doc.participants].sort(byId);
  else delete out.participants;
  return out;
}

/**
 * Valid documents that also use the fields of format 1.1: participants
 * (ids from the same hostile pool, so they collide with claim ids), `by`
 * on claims and relations, claim titles and languages, the map's language.
 */
export function validDocument11(): fc.Arbitrary<ArgumentMapDocument> {
  return fc
    .tuple(
      validDocument(),
      fc.uniqueArray(id(), { maxLength: 3 }),
      fc.option(fc.constantFrom("en", "de-CH", "zh-Hant-TW"), { nil: undefined }),
      fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
    )
    .map(([doc, ids, language, picks]) => {
      const participants: Participant[] = ids.map((pid, i) => (i % 2 === 0 ? { id: pid, name: `Person ${i}` } : { id: pid, name: `Person ${i}`, role: "moderator" }));
      const pick = (i: number): number => picks[i % picks.length]!;
      const by = (i: number): { by?: string[] } => (participants.length > 0 && pick(i) % 3 === 0 ? { by: [participants[pick(i) % participants.length]!.id] } : {});
      const claims = doc.claims.map((claim, i): Claim => ({
        ...claim,
        ...(pick(i) % 4 === 0 ? { title: `Title ${i}` } : {}),
        ...(pick(i) % 5 === 1 ? { language: "de" } : {}),
        ...by(i),
      }));
      const relations = doc.relations.map((relation, i): Relation => ({ ...relation, ...by(i + 7) }));
      const out: ArgumentMapDocument = { ...doc, version: "1.1", claims, relations, participants };
      if (language !== undefined) out.language = language;
      return out;
    });
}

/**
 * Splits a valid document into `parts` documents. `masks[i]` (cycled) says
 * which parts item `i` (sources, then claims, then relations) goes into;
 * each part then takes in what its items need (premises, targets, sources
 * of anchors), so every part is valid and together they hold every item.
 */
export function split(doc: ArgumentMapDocument, parts: number, masks: readonly number[]): ArgumentMapDocument[] {
  const all = [...doc.sources, ...doc.claims, ...doc.relations];
  const people = doc.participants ?? [];
  const full = (1 << parts) - 1;
  const relations = new Map(doc.relations.map((r) => [r.id, r]));
  const out: ArgumentMapDocument[] = [];
  for (let p = 0; p < parts; p++) {
    const keep = new Set<string>();
    // Participant ids are their own namespace.
    const keepPeople = new Set<string>();
    const need = (id: string): void => {
      const stack = [id];
      while (stack.length > 0) {
        const next = stack.pop()!;
        if (keep.has(next)) continue;
        keep.add(next);
        const relation = relations.get(next);
        if (relation !== undefined) stack.push(...relation.from, relation.to);
        const item = (relation ?? doc.claims.find((c) => c.id === next)) as Claim | Relation | undefined;
        for (const anchor of item?.anchors ?? []) stack.push(anchor.source);
        for (const person of item?.by ?? []) keepPeople.add(person);
      }
    };
    all.forEach((item, i) => {
      const mask = ((masks.length > 0 ? masks[i % masks.length]! : 0) % full) + 1;
      if ((mask & (1 << p)) !== 0) need(item.id);
    });
    people.forEach((person, i) => {
      const mask = ((masks.length > 0 ? masks[(all.length + i) % masks.length]! : 0) % full) + 1;
      if ((mask & (1 << p)) !== 0) keepPeople.add(person.id);
    });
    const part: ArgumentMapDocument = {
      ...doc,
      sources: doc.sources.filter((s) => keep.has(s.id)),
      claims: doc.claims.filter((c) => keep.has(c.id)),
      relations: doc.relations.filter((r) => keep.has(r.id)),
    };
    if (doc.thesis !== undefined && !keep.has(doc.thesis)) delete part.thesis;
    if (doc.participants !== undefined) part.participants = doc.participants.filter((person) => keepPeople.has(person.id));
    out.push(part);
  }
  return out;
}

function patchList<T extends { id: string }>(list: readonly T[], diff: { added: readonly T[]; removed: readonly T[]; changed: MapDiff["claims"]["changed"] }): T[] {
  const removed = new Set(diff.removed.map((item) => item.id));
  const changes = new Map(diff.changed.map((c) => [c.id, c.changes]));
  const out: T[] = [];
  for (const item of list) {
    if (removed.has(item.id)) continue;
    const fields = changes.get(item.id);
    if (fields === undefined) {
      out.push(item);
      continue;
    }
    const next: Record<string, unknown> = { ...item };
    for (const change of fields) {
      if ("after" in change) Object.defineProperty(next, change.field, { value: change.after, enumerable: true, writable: true, configurable: true });
      else delete next[change.field];
    }
    out.push(next as T);
  }
  return [...out, ...diff.added];
}

/** Applies a diff's additions, removals and changes (renames included) to a document. */
export function applyDiff(doc: ArgumentMapDocument, diff: MapDiff): ArgumentMapDocument {
  const out: Record<string, unknown> = { ...doc };
  for (const change of diff.fields) {
    if ("after" in change) out[change.field] = change.after;
    else delete out[change.field];
  }
  const renamed = new Map(diff.claims.renamed.map((r) => [r.before, r]));
  const claims = doc.claims.map((claim): Claim => {
    const rename = renamed.get(claim.id);
    if (rename === undefined) return claim;
    const next: Record<string, unknown> = { ...claim, id: rename.after };
    for (const change of rename.changes) {
      if ("after" in change) next[change.field] = change.after;
      else delete next[change.field];
    }
    return next as Claim;
  });
  return {
    ...(out as ArgumentMapDocument),
    participants: patchList<Participant>(doc.participants ?? [], diff.participants),
    sources: patchList<Source>(doc.sources, diff.sources),
    claims: patchList<Claim>(claims, diff.claims),
    relations: patchList<Relation>(doc.relations, diff.relations),
  };
}

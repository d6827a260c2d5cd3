/** Helpers shared by the tests of src/ops: splitting documents, comparing them, applying diffs. */
import type { ArgumentMapDocument, Claim, MapDiff, Relation, Source } from "../../src/index.js";

const byId = (x: { id: string }, y: { id: string }): number => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** The document with sources, claims and relations sorted by id, for comparisons that ignore order. */
export function sorted(doc: ArgumentMapDocument): ArgumentMapDocument {
  return { ...doc, sources: [...doc.sources].sort(byId), claims: [...doc.claims].sort(byId), relations: [...doc.relations].sort(byId) };
}

/**
 * Splits a valid document into `parts` documents. `masks[i]` (cycled) says
 * which parts item `i` (sources, then claims, then relations) goes into;
 * each part then takes in what its items need (premises, targets, sources
 * of anchors), so every part is valid and together they hold every item.
 */
export function split(doc: ArgumentMapDocument, parts: number, masks: readonly number[]): ArgumentMapDocument[] {
  const all = [...doc.sources, ...doc.claims, ...doc.relations];
  const full = (1 << parts) - 1;
  const relations = new Map(doc.relations.map((r) => [r.id, r]));
  const out: ArgumentMapDocument[] = [];
  for (let p = 0; p < parts; p++) {
    const keep = new Set<string>();
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
      }
    };
    all.forEach((item, i) => {
      const mask = ((masks.length > 0 ? masks[i % masks.length]! : 0) % full) + 1;
      if ((mask & (1 << p)) !== 0) need(item.id);
    });
    const part: ArgumentMapDocument = {
      ...doc,
      sources: doc.sources.filter((s) => keep.has(s.id)),
      claims: doc.claims.filter((c) => keep.has(c.id)),
      relations: doc.relations.filter((r) => keep.has(r.id)),
    };
    if (doc.thesis !== undefined && !keep.has(doc.thesis)) delete part.thesis;
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
    sources: patchList<Source>(doc.sources, diff.sources),
    claims: patchList<Claim>(claims, diff.claims),
    relations: patchList<Relation>(doc.relations, diff.relations),
  };
}

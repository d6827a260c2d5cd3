/**
 * Helpers for the format tests: a comparison of maps up to renamed ids, and
 * generators of maps that each format can hold.
 */
import fc from "fast-check";
import { ArgumentMap, type ArgumentMapDocument, type Claim, type Relation } from "../../src/index.js";

/** What a round trip must keep, with ids replaced by what identifies a claim. */
export interface Structure {
  readonly title: string;
  readonly thesis: string | undefined;
  readonly claims: readonly string[];
  /** `[type, sorted premise keys, target]`, where a relation target is the target relation's own signature. */
  readonly relations: readonly string[];
}

/**
 * The structure of a map up to isomorphism: claims by `key`, relations by
 * type, linked premises (as a set) and target, undercuts and supports of
 * relations included (a relation target is described by its own signature).
 */
export function structure(map: ArgumentMap, key: (claim: Readonly<Claim>) => string = (c) => c.text): Structure {
  const claimKey = new Map<string, string>();
  for (const claim of map.claims()) claimKey.set(claim.id, `c:${key(claim)}`);
  const signature = new Map<string, string>();
  let pending: Readonly<Relation>[] = map.relations();
  while (pending.length > 0) {
    const next: Readonly<Relation>[] = [];
    for (const relation of pending) {
      const to = claimKey.get(relation.to) ?? signature.get(relation.to);
      if (to === undefined) {
        next.push(relation);
        continue;
      }
      signature.set(relation.id, `r:${JSON.stringify([relation.type, relation.from.map((id) => claimKey.get(id)!).sort(), to])}`);
    }
    if (next.length === pending.length) throw new Error("relation targets form a cycle");
    pending = next;
  }
  return {
    title: map.title,
    thesis: map.thesis === undefined ? undefined : claimKey.get(map.thesis),
    claims: [...claimKey.values()].sort(),
    relations: [...signature.values()].sort(),
  };
}

interface Shape {
  readonly claims: number;
  readonly relations: readonly { readonly type: "support" | "attack"; readonly from: readonly number[]; readonly to: number }[];
}

/**
 * Claim and relation skeletons: relations pick distinct premises and a target
 * that is a claim outside the premises or an earlier relation; no two
 * relations share premises and target.
 */
export function shape(options: { readonly maxClaims?: number; readonly maxRelations?: number; readonly linked?: boolean; readonly onRelations?: boolean } = {}): fc.Arbitrary<Shape> {
  const maxClaims = options.maxClaims ?? 7;
  const maxRelations = options.maxRelations ?? 7;
  return fc
    .tuple(
      fc.integer({ min: 2, max: maxClaims }),
      fc.array(fc.record({ support: fc.boolean(), premises: fc.array(fc.nat(), { minLength: 1, maxLength: options.linked === false ? 1 : 3 }), target: fc.nat(), onRelation: fc.boolean() }), { maxLength: maxRelations }),
    )
    .map(([claims, picks]) => {
      const relations: { type: "support" | "attack"; from: number[]; to: number }[] = [];
      const seen = new Set<string>();
      for (const pick of picks) {
        const from = [...new Set(pick.premises.map((p) => p % claims))];
        let to: number;
        if (pick.onRelation && options.onRelations !== false && relations.length > 0) to = claims + (pick.target % relations.length);
        else {
          const free = [...Array(claims).keys()].filter((c) => !from.includes(c));
          if (free.length === 0) continue;
          to = free[pick.target % free.length]!;
        }
        const key = JSON.stringify([[...from].sort(), to]);
        if (seen.has(key)) continue;
        seen.add(key);
        relations.push({ type: pick.support ? "support" : "attack", from, to });
      }
      return { claims, relations };
    });
}

/** Builds a map document from a shape, claim texts and tags. */
export function documentOf(
  title: string,
  s: Shape,
  text: (i: number) => string,
  extra: (i: number) => Partial<Claim> = () => ({}),
  thesis: number | undefined = 0,
): ArgumentMapDocument {
  const claims: Claim[] = [];
  for (let i = 0; i < s.claims; i++) claims.push({ id: `c${i}`, text: text(i), ...extra(i) });
  const relations: Relation[] = s.relations.map((r, k) => ({
    id: `r${k}`,
    type: r.type,
    from: r.from.map((i) => `c${i}`),
    to: r.to < s.claims ? `c${r.to}` : `r${r.to - s.claims}`,
  }));
  const doc: ArgumentMapDocument = { format: "argmap", version: 1, title, sources: [], claims, relations };
  if (thesis !== undefined) doc.thesis = `c${thesis}`;
  return doc;
}

/** Characters that mean something in Argdown, Kialo Markdown, Mermaid, DOT or XML. */
export const MARKUP = ["[", "]", "<", ">", "#", "{", "}", "*", "_", "(", ")", "\\", "@", ".", ":", "+", "-", "`", '"', "'", "&", "|", "=", "~", "%", "/", ";", ","];

/** One line of text with markup characters, words, unicode; no outer white space. */
export function lineText(): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constantFrom(...MARKUP),
    fc.constantFrom("word", "Ünïcode", "論点", "🦆", "smile", "1.", "2.3", "Pro:", "->", "See", "http://x.y/z", "--", "==="),
    fc.constant(" "),
  );
  return fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join("").replace(/\s+/g, " ").trim());
}

/**
 * Properties of summaries on generated maps: coverage, shared claims
 * written once, cycles, maps without a thesis, options, determinism.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  ArgumentMap,
  parseArgumentMap,
  summarize,
  toMarkdown,
  toProse,
  toText,
  type ArgumentSummary,
  type SummaryArgument,
  type SummaryClaim,
} from "../../src/index.js";
import { normalizedText, oneLine } from "../../src/summarize/embed.js";
import { languageFor } from "../../src/summarize/languages/index.js";
import { standaloneSentence } from "../../src/summarize/to-key-points.js";
import { vocabularyOf } from "../../src/summarize/to-prose.js";
import { wordCount } from "../../src/summarize/rank.js";
import { verdictOn } from "../../src/summarize/verdict.js";
import { validDocument } from "../arbitraries.js";
import { occurrences } from "./fixtures.js";

interface Shape {
  readonly claims: number;
  readonly relations: readonly { readonly support: boolean; readonly from: readonly number[]; readonly to: number }[];
  readonly thesis: number | undefined;
}

/**
 * Maps with cycles, shared premises, linked premises, undercuts (a relation
 * may target any relation, earlier or later) and, sometimes, a thesis.
 */
const shapes: fc.Arbitrary<Shape> = fc.integer({ min: 1, max: 10 }).chain((claims) =>
  fc.record({
    claims: fc.constant(claims),
    relations: fc.array(
      fc.record({
        support: fc.boolean(),
        from: fc.uniqueArray(fc.nat({ max: claims - 1 }), { minLength: 1, maxLength: 3 }),
        to: fc.nat({ max: claims + 5 }),
      }),
      { maxLength: 16 },
    ),
    thesis: fc.option(fc.nat({ max: claims - 1 }), { nil: undefined }),
  }),
);

function build(shape: Shape): ArgumentMap {
  const map = new ArgumentMap({ title: "generated" });
  for (let i = 0; i < shape.claims; i++) map.addClaim({ id: `c${i}`, text: `Claim number ${i} holds.` });
  shape.relations.forEach((r, i) => {
    // Targets past the claims name relations (possibly one added later, then skipped).
    const to = r.to < shape.claims ? `c${r.to}` : `r${r.to - shape.claims}`;
    if (!map.has(to) || (to.startsWith("c") && r.from.includes(r.to))) return;
    try {
      map.addRelation({ id: `r${i}`, type: r.support ? "support" : "attack", from: r.from.map((f) => `c${f}`), to });
    } catch {
      // Relations the map refuses (e.g. an undercut loop) are simply left out.
    }
  });
  if (shape.thesis !== undefined) map.setThesis(`c${shape.thesis}`);
  return map;
}

const maps: fc.Arbitrary<ArgumentMap> = fc.oneof(
  shapes.map(build),
  validDocument({ maxClaims: 8, maxRelations: 10 }).map((doc) => {
    const result = parseArgumentMap(doc);
    if (!result.ok) throw new Error("validDocument produced an invalid map");
    return result.map;
  }),
);


/** Claims from which a chain of relations leads to `root`, computed independently. */
function reachable(map: ArgumentMap, root: string): Set<string> {
  const claims = new Set([root]);
  const queue = [root];
  const relations = new Set<string>();
  for (let head = 0; head < queue.length; head++) {
    for (const relation of map.relations()) {
      if (relation.to !== queue[head] || relations.has(relation.id)) continue;
      relations.add(relation.id);
      queue.push(relation.id);
      for (const premise of relation.from) if (!claims.has(premise)) {
        claims.add(premise);
        queue.push(premise);
      }
    }
  }
  return claims;
}

/** Levels of arguments below the roots: a root's own arguments are at level 1. */
function maxLevel(summary: ArgumentSummary): number {
  let max = 0;
  const stack: { argument: SummaryArgument; level: number }[] = summary.roots.flatMap((r) => r.arguments.map((argument) => ({ argument, level: 1 })));
  while (stack.length > 0) {
    const { argument, level } = stack.pop()!;
    max = Math.max(max, level);
    for (const child of argument.arguments) stack.push({ argument: child, level: level + 1 });
    for (const premise of argument.premises) if (premise.kind === "claim") for (const child of premise.arguments) stack.push({ argument: child, level: level + 1 });
  }
  return max;
}

describe("summarize on generated maps", () => {
  test("writes every claim out exactly once by default, and refers back after that", () => {
    fc.assert(
      fc.property(maps, (map) => {
        const summary = summarize(map);
        const seen = occurrences(summary);
        const numbers = new Map<string, number>();
        for (const occurrence of seen) {
          if (occurrence.kind === "claim") {
            expect(numbers.has(occurrence.id)).toBe(false);
            numbers.set(occurrence.id, occurrence.number);
          } else {
            // A reference comes after the claim is written out, and points to it.
            expect(numbers.get(occurrence.id)).toBe(occurrence.number);
          }
        }
        // A claim not written out restates a claim it is joined to by a relation.
        for (const claim of map.claims()) {
          if (numbers.has(claim.id)) continue;
          const text = normalizedText(claim.text);
          const joined = map.relations().some((r) => (r.from.includes(claim.id) && map.hasClaim(r.to) && normalizedText(map.claim(r.to)!.text) === text) || (r.to === claim.id && r.from.some((f) => normalizedText(map.claim(f)!.text) === text)));
          expect(joined).toBe(true);
        }
        expect([...numbers.values()]).toEqual([...numbers.values()].map((_, i) => i + 1));
        expect(summary.stats.claims + summary.isolated.length).toBe(numbers.size);
        expect(summary.stats.omitted).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  test("from a root, writes out exactly the claims from which that root can be reached", () => {
    fc.assert(
      fc.property(maps, fc.nat(), (map, pick) => {
        const claims = map.claims();
        if (claims.length === 0) return;
        const root = claims[pick % claims.length]!.id;
        const summary = summarize(map, { root });
        expect(summary.roots.map((r) => r.id)).toEqual([root]);
        const written = occurrences(summary).filter((o) => o.kind === "claim").map((o) => o.id);
        expect(new Set(written)).toEqual(reachable(map, root));
        expect(written).toHaveLength(new Set(written).size);
      }),
      { numRuns: 300 },
    );
  });

  test("the verdict's objections, found over the summary's numbered index, are the ones the verdict's own walk over the map finds", () => {
    // Generated shapes have no restatements, so the index's relations are the map's: supports first, then attacks.
    fc.assert(
      fc.property(shapes.map(build), (map) => {
        const verdict = summarize(map).verdict;
        if (verdict === undefined) return;
        const into = (id: string) => {
          const all = map.relationsTo(id);
          return [...all.filter((r) => r.type === "support"), ...all.filter((r) => r.type === "attack")];
        };
        const walked = verdictOn({ map, into, weight: () => 0 }, verdict.claim, undefined);
        expect(walked).toBeDefined();
        expect(walked!.objections).toBe(verdict.objections);
        expect(walked!.status).toBe(verdict.status);
        expect([...walked!.unanswered].sort()).toEqual([...verdict.unanswered].sort());
      }),
      { numRuns: 500 },
    );
  });

  test("starts from the thesis, then from every root, when no root is given", () => {
    fc.assert(
      fc.property(maps, (map) => {
        const summary = summarize(map);
        const ids = summary.roots.map((r) => r.id);
        if (map.thesis !== undefined) expect(ids[0]).toBe(map.thesis);
        const isolated = summary.isolated.map((c) => c.id);
        for (const root of map.roots()) {
          // A root is a root of the summary (or an isolated statement), unless another tree already wrote it out or it restates a claim.
          const found = occurrences(summary).find((o) => o.id === root.id);
          if (found === undefined) continue;
          expect(found.kind).toBe("claim");
          const related = map.relations().some((r) => r.from.includes(root.id) || r.to === root.id);
          if (!related && root.id !== map.thesis) expect(isolated).toContain(root.id);
          if (related && map.thesis === undefined) expect(ids).toContain(root.id);
        }
        // Roots after the thesis come heaviest first.
        const mapRoots = new Set(map.roots().map((r) => r.id));
        const rest = summary.roots.slice(map.thesis !== undefined ? 1 : 0).filter((r) => mapRoots.has(r.id)).map((r) => r.weight);
        expect(rest).toEqual([...rest].sort((a, b) => b - a));
      }),
      { numRuns: 200 },
    );
  });

  test("never goes deeper than depth", () => {
    fc.assert(
      fc.property(maps, fc.nat({ max: 4 }), (map, depth) => {
        expect(maxLevel(summarize(map, { depth }))).toBeLessThanOrEqual(depth);
      }),
      { numRuns: 200 },
    );
  });

  test("writes at most maxLength characters of claim text beyond the first root", () => {
    fc.assert(
      fc.property(maps, fc.nat({ max: 200 }), (map, maxLength) => {
        const summary = summarize(map, { maxLength });
        const isolated = new Set(summary.isolated);
        const written = occurrences(summary).filter((o): o is SummaryClaim => o.kind === "claim" && !isolated.has(o));
        const total = written.reduce((n, c) => n + c.text.length, 0);
        const first = summary.roots[0]?.text.length ?? 0;
        expect(total).toBeLessThanOrEqual(Math.max(maxLength, first));
        expect(summary.stats.claims + summary.stats.omitted).toBeGreaterThanOrEqual(written.length);
      }),
      { numRuns: 200 },
    );
  });

  test("keeps only the roles asked for", () => {
    const roles = fc.subarray(["reason", "objection", "rebuttal", "undercut"] as const);
    fc.assert(
      fc.property(maps, roles, (map, wanted) => {
        const summary = summarize(map, { roles: wanted });
        const stack = summary.roots.flatMap((r) => r.arguments);
        while (stack.length > 0) {
          const argument = stack.pop()!;
          expect(wanted).toContain(argument.role);
          stack.push(...argument.arguments);
          for (const p of argument.premises) if (p.kind === "claim") stack.push(...p.arguments);
        }
      }),
      { numRuns: 200 },
    );
  });

  test("is deterministic, and every renderer mentions every claim it writes out", () => {
    fc.assert(
      fc.property(maps, fc.integer({ min: 30, max: 120 }), (map, budget) => {
        const summary = summarize(map);
        expect(summarize(map)).toEqual(summary);
        const prose = toProse(summary, { width: 0, citations: false, budget: { words: budget } });
        const text = toText(summary, { width: 0 });
        const markdown = toMarkdown(summary);
        expect(toProse(summary, { width: 0, citations: false, budget: { words: budget } })).toBe(prose);
        const vocabulary = vocabularyOf(summary);
        const language = languageFor(summary.language, false);
        for (const occurrence of occurrences(summary)) {
          if (occurrence.kind !== "claim") continue;
          // Outlines write each claim as a sentence that stands on its own.
          const line = standaloneSentence(occurrence.text, language, vocabulary, "(no text)");
          expect(text).toContain(`#${occurrence.number} `);
          expect(text.replace(/\s+/g, " ")).toContain(line.replace(/\s+/g, " "));
          expect(markdown).toContain(`#${occurrence.number}`);
        }
        // Prose always keeps its budget, whatever the verdict and the closing lines need.
        expect(wordCount(prose)).toBeLessThanOrEqual(budget);
      }),
      { numRuns: 400 },
    );
  });
});

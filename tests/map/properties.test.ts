import fc from "fast-check";
import { singleSourceLength } from "graphology-shortest-path/unweighted.js";
import { describe, expect, test } from "vitest";
import { ArgmapError, ArgumentMap, parseArgumentMap, type ArgumentGraph } from "../../src/index.js";
import { HOSTILE_IDS, id, validDocument, viaJsonText } from "../arbitraries.js";

type IdRef = { readonly existing: number } | { readonly fresh: string };

const idRef: fc.Arbitrary<IdRef> = fc.oneof(
  { weight: 3, arbitrary: fc.nat().map((existing) => ({ existing })) },
  { weight: 1, arbitrary: id().map((fresh) => ({ fresh })) },
);

const anchorArb = fc.record({ source: idRef, start: fc.integer({ min: -1, max: 30 }), end: fc.nat(30), quote: fc.string({ maxLength: 4 }) });

/** Patch values: a valid-looking value, `undefined` (remove the field) or a wrong type. */
function patchValue<T>(value: fc.Arbitrary<T>): fc.Arbitrary<T | undefined | number | null> {
  return fc.oneof({ weight: 3, arbitrary: value }, fc.constant(undefined), fc.constant(null), fc.integer());
}

const operation = fc.oneof(
  fc.record({ op: fc.constant("addSource" as const), id: idRef, title: fc.string(), text: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }) }),
  fc.record({ op: fc.constant("addClaim" as const), id: idRef, text: fc.string(), anchors: fc.option(fc.array(anchorArb, { maxLength: 2 }), { nil: undefined }) }),
  fc.record({ op: fc.constant("addRelation" as const), id: idRef, type: fc.constantFrom("support", "attack", "rebut"), from: fc.array(idRef, { maxLength: 3 }), to: idRef }),
  fc.record({
    op: fc.constant("updateClaim" as const),
    id: idRef,
    patch: fc.record({ text: patchValue(fc.string()), base: patchValue(fc.double({ min: -0.5, max: 1.5, noNaN: true })), tags: patchValue(fc.array(fc.string())), anchors: patchValue(fc.array(anchorArb, { maxLength: 1 })) }, { requiredKeys: [] }),
  }),
  fc.record({
    op: fc.constant("updateRelation" as const),
    id: idRef,
    patch: fc.record({ type: patchValue(fc.constantFrom("support", "attack")), from: patchValue(fc.array(idRef, { maxLength: 3 })), to: patchValue(idRef), weight: patchValue(fc.double({ min: 0, max: 1, noNaN: true })) }, { requiredKeys: [] }),
  }),
  fc.record({ op: fc.constant("updateSource" as const), id: idRef, patch: fc.record({ title: patchValue(fc.string()), text: patchValue(fc.string({ maxLength: 20 })) }, { requiredKeys: [] }) }),
  fc.record({ op: fc.constantFrom("removeClaim" as const, "removeRelation" as const, "removeSource" as const), id: idRef, cascade: fc.boolean() }),
  fc.record({ op: fc.constant("setThesis" as const), id: fc.option(idRef, { nil: undefined }) }),
);

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

/** Applies a generated operation; ids refer to ids in the map or are new. */
function apply(map: ArgumentMap, op: Operation): void {
  const all = [...map.sources(), ...map.claims(), ...map.relations()].map((x) => x.id);
  const resolve = (ref: IdRef): string => ("fresh" in ref ? ref.fresh : all.length > 0 ? all[ref.existing % all.length]! : "none");
  const resolveDeep = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolveDeep);
    if (value !== null && typeof value === "object") {
      if ("existing" in value || "fresh" in value) return resolve(value as IdRef);
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = resolveDeep(v);
      return out;
    }
    return value;
  };
  switch (op.op) {
    case "addSource":
      map.addSource(resolveDeep({ id: op.id, title: op.title, ...(op.text === undefined ? {} : { text: op.text }) }) as never);
      return;
    case "addClaim":
      map.addClaim(resolveDeep({ id: op.id, text: op.text, ...(op.anchors === undefined ? {} : { anchors: op.anchors }) }) as never);
      return;
    case "addRelation":
      map.addRelation(resolveDeep({ id: op.id, type: op.type, from: op.from, to: op.to }) as never);
      return;
    case "updateClaim":
      map.updateClaim(resolve(op.id), resolveDeep(op.patch) as never);
      return;
    case "updateRelation":
      map.updateRelation(resolve(op.id), resolveDeep(op.patch) as never);
      return;
    case "updateSource":
      map.updateSource(resolve(op.id), resolveDeep(op.patch) as never);
      return;
    case "removeClaim":
      map.removeClaim(resolve(op.id), { cascade: op.cascade });
      return;
    case "removeRelation":
      map.removeRelation(resolve(op.id), { cascade: op.cascade });
      return;
    case "removeSource":
      map.removeSource(resolve(op.id), { cascade: op.cascade });
      return;
    case "setThesis":
      map.setThesis(op.id === undefined ? undefined : resolve(op.id));
      return;
  }
}

/** Graph content independent of insertion order. */
function graphContent(graph: ArgumentGraph): unknown {
  const data = graph.export();
  const key = (x: { key?: string | undefined }) => x.key ?? "";
  return { ...data, nodes: [...data.nodes].sort((a, b) => (key(a) < key(b) ? -1 : 1)), edges: [...data.edges].sort((a, b) => (key(a) < key(b) ? -1 : 1)) };
}

describe("validDocument()", () => {
  test("covers the features round-trip tests rely on", () => {
    const docs = fc.sample(validDocument(), { numRuns: 300, seed: 42 });
    const seen = new Set<string>();
    for (const doc of docs) {
      const ids = [...doc.sources, ...doc.claims, ...doc.relations].map((x) => x.id);
      const relationIds = new Set(doc.relations.map((r) => r.id));
      for (const hostile of HOSTILE_IDS.slice(0, 4)) if (ids.includes(hostile)) seen.add(`id ${hostile}`);
      if (ids.some((x) => /[^\x00-\x7f]/.test(x))) seen.add("unicode id");
      if (doc.relations.some((r) => r.from.length > 1)) seen.add("linked premises");
      if (doc.relations.some((r) => relationIds.has(r.to))) seen.add("undercut");
      if (doc.relations.some((r) => r.type === "attack") && doc.relations.some((r) => r.type === "support")) seen.add("both types");
      if (doc.claims.some((c) => c.meta !== undefined && Object.hasOwn(c.meta, "__proto__"))) seen.add("__proto__ in meta");
      if (doc.claims.some((c) => c.anchors?.some((a) => a.quote.length > 0 && doc.sources.find((s) => s.id === a.source)?.text !== undefined))) seen.add("matching anchor");
      if (doc.relations.some((r) => r.weight !== undefined && r.scheme !== undefined && r.meta !== undefined)) seen.add("relation fields");
      if (doc.claims.some((c) => c.base !== undefined && c.tags !== undefined && c.note !== undefined)) seen.add("claim fields");
      if (doc.thesis !== undefined) seen.add("thesis");
      if (doc.description !== undefined) seen.add("description");
    }
    expect([...seen].sort()).toEqual(
      [
        "id __proto__",
        "id constructor",
        "id toString",
        "id hasOwnProperty",
        "unicode id",
        "linked premises",
        "undercut",
        "both types",
        "__proto__ in meta",
        "matching anchor",
        "relation fields",
        "claim fields",
        "thesis",
        "description",
      ].sort(),
    );
  });
});

describe("properties", () => {
  test("(a) every valid document round-trips through fromJSON/toJSON deep-equal", () => {
    fc.assert(
      fc.property(validDocument(), (doc) => {
        const map = ArgumentMap.fromJSON(doc);
        const out = map.toJSON();
        expect(out).toEqual(doc);
        // Saving and loading the saved text gives the same document again.
        expect(ArgumentMap.fromJSON(viaJsonText(out)).toJSON()).toEqual(viaJsonText(doc));
        // The canonical form is stable.
        expect(JSON.stringify(ArgumentMap.fromJSON(out).toJSON())).toBe(JSON.stringify(out));
      }),
      { numRuns: 200 },
    );
  });

  test("valid documents load without errors, and the graph mirrors them", () => {
    fc.assert(
      fc.property(validDocument(), (doc) => {
        const result = parseArgumentMap(doc);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const map = result.map;
        expect(result.warnings.every((w) => w.severity === "warning")).toBe(true);
        expect(map.graph.order).toBe(doc.claims.length + doc.relations.length);
        expect(map.graph.size).toBe(doc.relations.reduce((n, r) => n + r.from.length + 1, 0));
        const claimEdges = map.claimGraph().size;
        expect(claimEdges).toBe(doc.relations.reduce((n, r) => n + r.from.length, 0));
        const stats = map.stats();
        expect(stats.supports + stats.attacks + stats.undercuts).toBe(doc.relations.length);
        expect(stats.roots).toBe(map.roots().length);
        expect(stats.leaves).toBe(map.leaves().length);
        for (const claim of doc.claims) {
          expect(map.relationsTo(claim.id)).toEqual(doc.relations.filter((r) => r.to === claim.id));
          expect(map.relationsFrom(claim.id)).toEqual(doc.relations.filter((r) => r.from.includes(claim.id)));
        }
      }),
      { numRuns: 150 },
    );
  });

  test("depth and path agree with independent references", () => {
    fc.assert(
      fc.property(validDocument({ maxClaims: 7, maxRelations: 10 }), (doc) => {
        const map = ArgumentMap.fromJSON(doc);
        // depth(relation) = 1 + depth(target); depth(claim) = 0 for a root, else the least depth of its relations.
        const depth = new Map<string, number>();
        for (const c of doc.claims) depth.set(c.id, map.relationsFrom(c.id).length === 0 ? 0 : Infinity);
        for (const r of doc.relations) depth.set(r.id, Infinity);
        for (let changed = true; changed; ) {
          changed = false;
          for (const r of doc.relations) {
            const d = 1 + depth.get(r.to)!;
            if (d < depth.get(r.id)!) {
              depth.set(r.id, d);
              changed = true;
            }
          }
          for (const c of doc.claims) {
            for (const r of map.relationsFrom(c.id)) {
              if (depth.get(r.id)! < depth.get(c.id)!) {
                depth.set(c.id, depth.get(r.id)!);
                changed = true;
              }
            }
          }
        }
        for (const [id, d] of depth) expect(map.depth(id)).toBe(Number.isFinite(d) ? d : undefined);
        // Shortest paths: graphology's BFS on map.graph gives the same lengths.
        for (const from of [...doc.claims, ...doc.relations].slice(0, 4)) {
          const lengths = singleSourceLength(map.graph, from.id);
          for (const to of [...doc.claims, ...doc.relations]) {
            const path = map.path(from.id, to.id);
            // graphology-shortest-path returns a plain object, which cannot hold a "__proto__" key.
            if (to.id !== "__proto__") expect(path === undefined ? undefined : path.length - 1).toBe(Object.hasOwn(lengths, to.id) ? lengths[to.id] : undefined);
            if (path !== undefined) {
              expect(path[0]!.id).toBe(from.id);
              expect(path.at(-1)!.id).toBe(to.id);
              for (let i = 1; i < path.length; i++) expect(map.graph.hasEdge(path[i - 1]!.id, path[i]!.id)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  test("relation indexes built on first use, after any changes, answer as indexes kept from the load do, in the same order", () => {
    const outcome = (map: ArgumentMap, op: Operation): string => {
      try {
        apply(map, op);
        return "ok";
      } catch (error) {
        return error instanceof ArgmapError ? error.issues.map((i) => i.code).join() : String(error);
      }
    };
    const ids = (relations: readonly { id: string }[]): string[] => relations.map((r) => r.id);
    const queries = (map: ArgumentMap): unknown => [
      map.claims().map((c) => [c.id, ids(map.relationsTo(c.id)), ids(map.relationsFrom(c.id))]),
      map.relations().map((r) => [r.id, ids(map.relationsTo(r.id))]),
    ];
    fc.assert(
      fc.property(validDocument({ maxClaims: 6, maxRelations: 8 }), fc.array(operation, { maxLength: 8 }), fc.nat(8), (doc, ops, firstQuery) => {
        const kept = ArgumentMap.fromJSON(doc);
        void kept.roots(); // builds the indexes now; every change then updates them
        const lazy = ArgumentMap.fromJSON(doc);
        ops.forEach((op, i) => {
          if (i === firstQuery) expect(queries(lazy)).toEqual(queries(kept));
          expect(outcome(lazy, op)).toBe(outcome(kept, op));
        });
        expect(queries(lazy)).toEqual(queries(kept));
        expect(lazy.toJSON()).toEqual(kept.toJSON());
      }),
      { numRuns: 300 },
    );
  });

  test("(c) a failed mutation leaves toJSON() and the graph unchanged; a successful one keeps the map valid", () => {
    let failures = 0;
    let successes = 0;
    fc.assert(
      fc.property(validDocument({ maxClaims: 6, maxRelations: 6 }), fc.array(operation, { minLength: 1, maxLength: 6 }), (doc, ops) => {
        const map = ArgumentMap.fromJSON(doc);
        void map.graph;
        for (const op of ops) {
          const before = map.toJSON();
          const graphBefore = graphContent(map.graph);
          let error: unknown;
          try {
            apply(map, op);
          } catch (caught) {
            error = caught;
          }
          if (error !== undefined) {
            failures++;
            expect(error).toBeInstanceOf(ArgmapError);
            expect((error as ArgmapError).issues.length).toBeGreaterThan(0);
            expect(map.toJSON()).toEqual(before);
            expect(graphContent(map.graph)).toEqual(graphBefore);
          } else {
            successes++;
            const reloaded = parseArgumentMap(map.toJSON());
            expect(reloaded.ok ? [] : reloaded.issues).toEqual([]);
            if (reloaded.ok) {
              const fresh = reloaded.map;
              expect(graphContent(map.graph)).toEqual(graphContent(fresh.graph));
              // The indexes behind the queries match those of a freshly loaded map.
              const sorted = (items: readonly { id: string }[]) => items.map((x) => x.id).sort();
              for (const claim of fresh.claims()) {
                expect(sorted(map.relationsTo(claim.id))).toEqual(sorted(fresh.relationsTo(claim.id)));
                expect(map.relationsFrom(claim.id)).toEqual(expect.arrayContaining(fresh.relationsFrom(claim.id)));
                expect(map.relationsFrom(claim.id)).toHaveLength(fresh.relationsFrom(claim.id).length);
              }
              for (const relation of fresh.relations()) {
                expect(sorted(map.relationsTo(relation.id))).toEqual(sorted(fresh.relationsTo(relation.id)));
                expect(map.relationsTo(relation.id)).toEqual(expect.arrayContaining(fresh.relationsTo(relation.id)));
              }
              expect(map.stats()).toEqual(fresh.stats());
              expect(sorted(map.roots())).toEqual(sorted(fresh.roots()));
              expect(sorted(map.leaves())).toEqual(sorted(fresh.leaves()));
            }
          }
        }
      }),
      { numRuns: 300 },
    );
    // Both branches were exercised.
    expect(failures).toBeGreaterThan(50);
    expect(successes).toBeGreaterThan(50);
  });
});

import { DirectedGraph, MultiDirectedGraph } from "graphology";
import { ArgmapError, issue } from "../errors.js";
import type { Claim, Relation, RelationType } from "../schema/document.js";

/** Attributes of a claim node in {@link ArgumentMap.graph}: the claim plus `kind`. */
export type ClaimNodeAttributes = { readonly kind: "claim" } & Readonly<Claim>;

/** Attributes of a relation node in {@link ArgumentMap.graph}: the relation plus `kind`. */
export type RelationNodeAttributes = { readonly kind: "relation" } & Readonly<Relation>;

/** Attributes of any node in {@link ArgumentMap.graph}. */
export type ArgumentNodeAttributes = ClaimNodeAttributes | RelationNodeAttributes;

/**
 * Attributes of an edge in {@link ArgumentMap.graph}: `premise` edges run from
 * a claim to a relation, `conclusion` edges from a relation to its target.
 */
export interface ArgumentEdgeAttributes {
  readonly role: "premise" | "conclusion";
}

/** Attributes of the graph itself. */
export interface ArgumentGraphAttributes {
  readonly title: string;
}

/**
 * The AIF-style graph of a map: claims and relations are nodes; edges run
 * premise → relation → target. A graphology `DirectedGraph`.
 */
export type ArgumentGraph = DirectedGraph<ArgumentNodeAttributes, ArgumentEdgeAttributes, ArgumentGraphAttributes>;

/** Attributes of an edge in {@link ArgumentMap.claimGraph}. */
export interface ClaimEdgeAttributes {
  /** Whether the premise supports or attacks the conclusion. */
  readonly type: RelationType;
  /** Id of the relation the edge comes from. */
  readonly relation: string;
  /** True for an undercut: the edge ends at the conclusion of the relation it attacks. */
  readonly undercut: boolean;
  /** Relation weight (default 1). */
  readonly weight: number;
}

/** Claims-only projection of a map: one edge per premise → conclusion claim. */
export type ClaimGraph = MultiDirectedGraph<ClaimNodeAttributes, ClaimEdgeAttributes, ArgumentGraphAttributes>;

/** @internal Node attributes for a claim (a new object; the claim is not shared). */
export function claimAttributes(claim: Claim): ClaimNodeAttributes {
  return { kind: "claim", ...claim };
}

/** @internal Node attributes for a relation. */
export function relationAttributes(relation: Relation): RelationNodeAttributes {
  return { kind: "relation", ...relation };
}

/** @internal Key of a premise edge. */
export function premiseEdgeKey(premise: string, relation: string): string {
  return `${JSON.stringify(premise)}->${JSON.stringify(relation)}`;
}

/** @internal Key of a conclusion edge. */
export function conclusionEdgeKey(relation: string): string {
  return `${JSON.stringify(relation)}=>`;
}

/** @internal Adds a relation node and its edges. Premises and target must exist. */
export function addRelationToGraph(graph: ArgumentGraph, relation: Relation): void {
  graph.addNode(relation.id, relationAttributes(relation));
  for (const premise of relation.from) graph.addEdgeWithKey(premiseEdgeKey(premise, relation.id), premise, relation.id, { role: "premise" });
  graph.addEdgeWithKey(conclusionEdgeKey(relation.id), relation.id, relation.to, { role: "conclusion" });
}

const MUTATOR = /^(add|merge|update|drop|remove|replace|set|clear|import)/;

/**
 * Wraps a graph so that reading works as usual (graphology's standard library
 * takes it) while every mutating method throws `read-only-graph`.
 *
 * @internal
 */
export function readOnlyView(graph: ArgumentGraph): ArgumentGraph {
  const cache = new Map<PropertyKey, unknown>();
  return new Proxy(graph, {
    get(target, key) {
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== "function") return value;
      const name = String(key);
      const fn = MUTATOR.test(name) && !name.endsWith("Listener") && !name.endsWith("Listeners")
        ? () => {
            throw new ArgmapError([
              issue("read-only-graph", [], `map.graph is read-only: graph.${name}() would bypass the map's checks; use the ArgumentMap methods (addClaim, addRelation, remove…) instead`),
            ]);
          }
        : (value as (...args: unknown[]) => unknown).bind(target);
      cache.set(key, fn);
      return fn;
    },
    set() {
      throw new ArgmapError([issue("read-only-graph", [], "map.graph is read-only")]);
    },
  });
}

import { DirectedGraph, MultiDirectedGraph } from "graphology";
import { ArgmapError, issue } from "../errors.js";
import type { Claim, Relation, RelationType } from "../schema/document.js";
import { copyClaim, copyRelation } from "./canonical.js";

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

/** A method that cannot be called: no argument list fits it. */
export interface NotCallable {
  (...args: never): never;
}

/**
 * A graphology graph type with its readers and without its mutators: every
 * mutating method (`addNode`, `dropEdge`, `setNodeAttribute`, `clear`, …)
 * has the type {@link NotCallable}. It is still accepted where graphology's
 * standard library expects a graph (traversal, metrics, shortest paths),
 * since those only read.
 *
 * @typeParam G - The graphology graph type.
 */
export type ReadonlyGraph<G> = {
  readonly [K in keyof G]: K extends `${string}Listener` | `${string}Listeners`
    ? G[K]
    : K extends `${"add" | "merge" | "update" | "drop" | "remove" | "replace" | "set" | "clear" | "import" | "upgrade"}${string}`
      ? NotCallable
      : G[K];
};

/** @internal The graph behind {@link ArgumentMap.graph}, which the map itself changes. */
export type MutableArgumentGraph = DirectedGraph<ArgumentNodeAttributes, ArgumentEdgeAttributes, ArgumentGraphAttributes>;

/**
 * The AIF-style graph of a map: claims and relations are nodes; edges run
 * premise → relation → target. A read-only graphology `DirectedGraph`: its
 * mutators cannot be called (and throw `read-only-graph` if called anyway),
 * and the attribute objects it hands out are frozen, nested arrays and
 * `meta` included.
 */
export type ArgumentGraph = ReadonlyGraph<DirectedGraph<ArgumentNodeAttributes, ArgumentEdgeAttributes, ArgumentGraphAttributes>>;

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

type NodeDataConstructor = new (key: string, attributes: unknown) => Record<string, unknown>;

interface GraphInternals {
  NodeDataClass: NodeDataConstructor;
  readonly _nodes: Map<string, Record<string, unknown>>;
  readonly type: string;
}

const hardenedNodeData = new WeakMap<NodeDataConstructor, NodeDataConstructor>();
const hasOwn = (object: unknown, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/*
 * graphology 0.26 keeps each node's adjacency (`in`, `out`, `undirected`) in
 * plain objects keyed by neighbour, so ids such as `constructor`, `toString`
 * or `__proto__` collide with Object.prototype (an edge to "valueOf" "already
 * exists"). Hardened graphs use prototype-free adjacency objects instead, and
 * answer `hasEdge(source, target)` without calling `hasOwnProperty` on them.
 */
function safeNodeData(Base: NodeDataConstructor): NodeDataConstructor {
  let Safe = hardenedNodeData.get(Base);
  if (Safe === undefined) {
    const clear = (Base.prototype as { clear(this: Record<string, unknown>): void }).clear;
    Safe = class extends Base {};
    Object.defineProperty(Safe.prototype, "clear", {
      value(this: Record<string, unknown>): void {
        clear.call(this);
        for (const index of ["in", "out", "undirected"]) if (this[index] !== undefined) this[index] = Object.create(null);
      },
      writable: true,
      configurable: true,
    });
    hardenedNodeData.set(Base, Safe);
  }
  return Safe;
}

/**
 * Makes a new, empty graphology graph safe for any string as a node key.
 * Copies made with `copy()`, `emptyCopy()` or `nullCopy()` are hardened too.
 *
 * @internal
 */
export function hardenGraph<G extends object>(graph: G): G {
  const internals = graph as unknown as GraphInternals;
  internals.NodeDataClass = safeNodeData(internals.NodeDataClass);
  const proto = Object.getPrototypeOf(graph) as Record<string, (...args: unknown[]) => unknown>;
  const define = (name: string, value: (...args: unknown[]) => unknown): void => {
    Object.defineProperty(graph, name, { value, writable: true, configurable: true, enumerable: false });
  };
  const hasBetween = (index: "out" | "undirected" | "both") =>
    function (this: GraphInternals, ...args: unknown[]): boolean {
      if (args.length !== 2) return proto[index === "out" ? "hasDirectedEdge" : index === "undirected" ? "hasUndirectedEdge" : "hasEdge"]!.apply(this, args) as boolean;
      const data = this._nodes.get(String(args[0]));
      if (data === undefined) return false;
      const target = String(args[1]);
      if (index === "both") return (data["out"] !== undefined && hasOwn(data["out"], target)) || (data["undirected"] !== undefined && hasOwn(data["undirected"], target));
      return data[index] !== undefined && hasOwn(data[index], target);
    };
  define("hasDirectedEdge", hasBetween("out"));
  define("hasUndirectedEdge", hasBetween("undirected"));
  define("hasEdge", hasBetween("both"));
  define("nullCopy", function (this: object, ...args: unknown[]) {
    return hardenGraph(proto["nullCopy"]!.apply(this, args) as object);
  });
  return graph;
}

/**
 * @internal Node attributes for a claim in a graph the caller owns
 * ({@link ArgumentMap.claimGraph}): a deep copy that shares nothing with the
 * stored claim.
 */
export function claimAttributes(claim: Claim): ClaimNodeAttributes {
  return { kind: "claim", ...copyClaim(claim) };
}

/** @internal Node attributes for a claim in `map.graph`: a deep-frozen copy. */
export function frozenClaimAttributes(claim: Claim): ClaimNodeAttributes {
  return deepFreeze({ kind: "claim", ...copyClaim(claim) });
}

/** @internal Node attributes for a relation in `map.graph`: a deep-frozen copy. */
export function frozenRelationAttributes(relation: Relation): RelationNodeAttributes {
  return deepFreeze({ kind: "relation", ...copyRelation(relation) });
}

/** @internal Attributes of premise edges in `map.graph` (one frozen object for all). */
export const PREMISE_EDGE: ArgumentEdgeAttributes = Object.freeze({ role: "premise" });
/** @internal Attributes of conclusion edges in `map.graph`. */
export const CONCLUSION_EDGE: ArgumentEdgeAttributes = Object.freeze({ role: "conclusion" });

/** Freezes an object and everything in it, without recursion. */
function deepFreeze<T extends object>(value: T): T {
  const stack: object[] = [value];
  while (stack.length > 0) {
    const item = stack.pop()!;
    Object.freeze(item);
    for (const key of Object.keys(item)) {
      const child: unknown = (item as Record<string, unknown>)[key];
      if (child !== null && typeof child === "object" && !Object.isFrozen(child)) stack.push(child);
    }
  }
  return value;
}

/** @internal Key of a premise edge. */
export function premiseEdgeKey(premise: string, relation: string): string {
  return `${JSON.stringify(premise)}->${JSON.stringify(relation)}`;
}

/** @internal Key of a conclusion edge. */
export function conclusionEdgeKey(relation: string): string {
  return `${JSON.stringify(relation)}=>`;
}

/** @internal Adds a relation node and its edges to `map.graph`. Premises and target must exist. */
export function addRelationToGraph(graph: MutableArgumentGraph, relation: Relation): void {
  graph.addNode(relation.id, frozenRelationAttributes(relation));
  for (const premise of relation.from) graph.addEdgeWithKey(premiseEdgeKey(premise, relation.id), premise, relation.id, PREMISE_EDGE);
  graph.addEdgeWithKey(conclusionEdgeKey(relation.id), relation.id, relation.to, CONCLUSION_EDGE);
}

const MUTATOR = /^(add|merge|update|drop|remove|replace|set|clear|import)/;

/**
 * Wraps a graph so that reading works as usual (graphology's standard library
 * takes it) while every mutating method throws `read-only-graph`.
 *
 * @internal
 */
export function readOnlyView(graph: MutableArgumentGraph): ArgumentGraph {
  const cache = new Map<PropertyKey, unknown>();
  // The proxy makes every mutator throw, which is what the read-only type says.
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
    deleteProperty() {
      throw new ArgmapError([issue("read-only-graph", [], "map.graph is read-only")]);
    },
    defineProperty() {
      throw new ArgmapError([issue("read-only-graph", [], "map.graph is read-only")]);
    },
  }) as unknown as ArgumentGraph;
}

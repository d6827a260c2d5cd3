/**
 * SADFace JSON (the Simple Argument Description Format): atoms and schemes
 * joined by edges, with metadata and resources. Import and export.
 *
 * ```json
 * { "metadata": { "core": { "title": "…", "version": "0.5" } },
 *   "nodes": [{ "id": "a", "type": "atom", "text": "…", "sources": [], "metadata": {} },
 *             { "id": "s", "type": "scheme", "name": "support" }],
 *   "edges": [{ "id": "e", "source_id": "a", "target_id": "s" }],
 *   "resources": [] }
 * ```
 * @module
 */
import type { ArgmapIssue, PathSegment } from "../errors.js";
import { checkJsonValue, cloneJson, parsedJsonFits } from "../internal/json.js";
import type { ArgumentMap } from "../map/argument-map.js";
import type { JsonValue, Meta } from "../schema/document.js";
import { describe, fromAifGraph, isObject, parseJsonText, type AifParticipant } from "./aif.js";
import { formatError, IdPool, rejectOtherFormat, reportLostFields, Warnings, type ConversionResult, type MapFeature } from "./conversion.js";
import { sniffJsonValue } from "./sniff.js";

/**
 * A SADFace atom (a claim) or scheme (the inference or conflict between atoms).
 *
 * @example
 * ```ts
 * import type { SadfaceNode } from "argmap/formats";
 *
 * const atom: SadfaceNode = { id: "a", type: "atom", text: "Cities should ban cars.", sources: [], metadata: {} };
 * ```
 */
export interface SadfaceNode {
  readonly id: string;
  readonly type: "atom" | "scheme";
  /** The atom's text. */
  readonly text?: string;
  /** The scheme's name: `support`, `conflict`, or a named scheme. */
  readonly name?: string;
  readonly sources?: JsonValue[];
  readonly metadata?: { readonly [namespace: string]: JsonValue };
  readonly [key: string]: JsonValue | undefined;
}

/**
 * A SADFace edge from `source_id` to `target_id`.
 *
 * @example
 * ```ts
 * import type { SadfaceEdge } from "argmap/formats";
 *
 * const edge: SadfaceEdge = { id: "e1", source_id: "a", target_id: "s" };
 * ```
 */
export interface SadfaceEdge {
  readonly id: string;
  readonly source_id: string;
  readonly target_id: string;
  readonly [key: string]: JsonValue | undefined;
}

/**
 * A SADFace document.
 *
 * @example
 * ```ts
 * import { argmap } from "argmap";
 * import { toSadface, type SadfaceDocument } from "argmap/formats";
 *
 * const document: SadfaceDocument = toSadface(argmap("Cars").thesis("t", "Ban cars.").build()).value;
 * document.metadata.core.title; // "Cars"
 * ```
 */
export interface SadfaceDocument {
  readonly metadata: { readonly core: { readonly [key: string]: JsonValue }; readonly [namespace: string]: JsonValue };
  readonly nodes: readonly SadfaceNode[];
  readonly edges: readonly SadfaceEdge[];
  readonly resources: readonly JsonValue[];
  readonly [key: string]: unknown;
}

/** Scheme names that only say "support" or "conflict". */
const PLAIN_SUPPORT = /^\s*(?:support|default(?: inference)?|inference)\s*$/i;
const PLAIN_ATTACK = /^\s*(?:conflict|attack|default conflict)\s*$/i;
const ATTACK_NAME = /conflict|attack|rebut|undercut|object/i;

/**
 * Reads a SADFace document into a map.
 *
 * Atoms become claims (id and text kept), schemes relations: a scheme named
 * `conflict` (or `attack`, or any name containing "conflict", "attack",
 * "rebut", "undercut") an attack, any other a support; a name other than
 * plain `support`/`conflict` is the relation's `scheme`. A scheme whose edge
 * goes to another scheme undercuts or supports that relation. `metadata.core`
 * gives the title and description; SADFace has no field for speakers, so
 * argmap keeps them in the `argmap` metadata namespace (`metadata.argmap
 * .participants` on the document, `metadata.argmap.by` on nodes), which
 * {@link toSadface} writes. Other node metadata and atom `sources` are kept in
 * `meta.sadface`. The first `text` resource becomes a source with id `text`.
 * Incomplete schemes and atom-to-atom edges are reported with the AIF codes
 * (`aif-incomplete-node`, `aif-direct-edge`).
 *
 * @param input - SADFace JSON text, or the parsed value.
 * @returns The map and the warnings.
 * @throws {@link argmap!ArgmapError} `format-mismatch` for another format (the
 * message names it), `sadface-invalid-json`, `sadface-invalid-shape`, or
 * `inconsistent-structure`, with the JSON path of the problem.
 * @example
 * ```ts
 * import { fromSadface } from "argmap/formats";
 *
 * const { value: map } = fromSadface({
 *   metadata: { core: { title: "Cars" } },
 *   nodes: [
 *     { id: "t", type: "atom", text: "Cities should ban cars." },
 *     { id: "p", type: "atom", text: "The air would be cleaner." },
 *     { id: "s", type: "scheme", name: "support" },
 *   ],
 *   edges: [{ id: "e1", source_id: "p", target_id: "s" }, { id: "e2", source_id: "s", target_id: "t" }],
 *   resources: [],
 * });
 * map.relations()[0]?.type; // "support"
 * ```
 */
export function fromSadface(input: unknown): ConversionResult<ArgumentMap> {
  const value = typeof input === "string" ? parseJsonText(input, "sadface-invalid-json") : input;
  rejectOtherFormat("sadface", sniffJsonValue(value), "a SADFace document");
  if (!isObject(value)) return formatError("sadface-invalid-shape", [], `expected a SADFace document (a JSON object with "nodes" and "edges"), got ${describe(value)}`);
  const nodes = arrayAt(value, "nodes");
  const edges = arrayAt(value, "edges");
  const metadata = isObject(value.metadata) ? value.metadata : {};
  // SADFace 2017 kept the core fields at the top level.
  const core = isObject(metadata.core) ? metadata.core : value;
  const ours = isObject(metadata.argmap) ? metadata.argmap : {};
  const ids = new Map<string, number>();
  const aifNodes: Record<string, JsonValue>[] = [];
  nodes.forEach((node, i) => {
    const at: PathSegment[] = ["nodes", i];
    if (!isObject(node)) formatError("sadface-invalid-shape", at, `expected a node object, got ${describe(node)}`);
    if (typeof node.id !== "string" || node.id === "") formatError("sadface-invalid-shape", [...at, "id"], `expected "id" to be a non-empty string, got ${describe(node.id)}`);
    if (node.type !== "atom" && node.type !== "scheme") formatError("sadface-invalid-shape", [...at, "type"], `expected "type" to be "atom" or "scheme", got ${JSON.stringify(node.type) ?? describe(node.type)}`);
    if (ids.has(node.id)) formatError("sadface-invalid-shape", [...at, "id"], `node id ${JSON.stringify(node.id)} is already used by nodes[${ids.get(node.id)!}]`);
    ids.set(node.id, i);
    if (node.type === "atom") {
      if (node.text !== undefined && typeof node.text !== "string") formatError("sadface-invalid-shape", [...at, "text"], `expected "text" to be a string, got ${describe(node.text)}`);
      aifNodes.push({ nodeID: node.id, type: "I", text: typeof node.text === "string" ? node.text : "" });
    } else {
      if (node.name !== undefined && typeof node.name !== "string") formatError("sadface-invalid-shape", [...at, "name"], `expected "name" to be a string, got ${describe(node.name)}`);
      const name = typeof node.name === "string" ? node.name : "";
      const attack = PLAIN_ATTACK.test(name) || ATTACK_NAME.test(name);
      const plain = name.trim() === "" || PLAIN_SUPPORT.test(name) || PLAIN_ATTACK.test(name);
      aifNodes.push(plain ? { nodeID: node.id, type: attack ? "CA" : "RA", text: "" } : { nodeID: node.id, type: attack ? "CA" : "RA", text: name, scheme: name });
    }
  });
  const aifEdges = edges.map((edge, e) => {
    const at: PathSegment[] = ["edges", e];
    if (!isObject(edge)) return formatError("sadface-invalid-shape", at, `expected an edge object, got ${describe(edge)}`);
    for (const key of ["source_id", "target_id"] as const) {
      const end = edge[key];
      if (typeof end !== "string" || !ids.has(end)) formatError("sadface-invalid-shape", [...at, key], typeof end === "string" ? `${key} ${JSON.stringify(end)} is not the id of any node` : `expected "${key}" to be a node id, got ${describe(end)}`);
    }
    return { edgeID: typeof edge.id === "string" ? edge.id : String(e), fromID: edge.source_id as string, toID: edge.target_id as string };
  });
  const participants: AifParticipant[] = (Array.isArray(ours.participants) ? ours.participants : []).flatMap((p) => {
    if (!isObject(p) || typeof p.id !== "string" || p.id === "") return [];
    const name = typeof p.name === "string" ? p.name : p.id;
    return [{ participantID: p.id, firstname: name, surname: "" }];
  });
  const known = new Set(participants.map((p) => String(p.participantID)));
  const resources = Array.isArray(value.resources) ? value.resources : [];
  const resource = resources.find((r): r is Record<string, unknown> => isObject(r) && typeof r.content === "string" && (r.type === undefined || r.type === "text"));
  const node = (i: string): Record<string, unknown> => nodes[ids.get(i)!] as Record<string, unknown>;
  const define = (target: Record<string, JsonValue>, key: string, value: unknown): void => {
    Object.defineProperty(target, key, { value: value as JsonValue, enumerable: true, writable: true, configurable: true });
  };
  // The node's values are gathered by reference, then checked (JSON, depth,
  // size: what a map's meta may hold) and, unless parsed here, copied.
  const fromText = typeof input === "string";
  const own = (meta: Record<string, JsonValue>, nodeId: string): Meta => {
    const at: PathSegment[] = ["nodes", ids.get(nodeId)!];
    if (fromText && parsedJsonFits(meta)) return meta;
    const issues: ArgmapIssue[] = [];
    if (!checkJsonValue(meta, at, issues)) formatError("sadface-invalid-shape", at, `the node holds a value that argmap cannot keep in meta: ${issues[0]!.message}`);
    return fromText ? meta : cloneJson(meta);
  };
  const apply = (item: { id: string; meta?: Meta | undefined; by?: string[] | undefined; tags?: string[] | undefined }, nodeId: string): void => {
    const source = node(nodeId);
    // Objects are made only when there is something to put in them: most nodes have no metadata.
    let meta: Record<string, JsonValue> | undefined;
    const md = isObject(source.metadata) ? source.metadata : undefined;
    const argmapMd = md !== undefined && isObject(md.argmap) ? md.argmap : undefined;
    if (argmapMd !== undefined) {
      if (Array.isArray(argmapMd.by)) {
        const by = argmapMd.by.filter((p): p is string => typeof p === "string" && known.has(p));
        if (by.length > 0) item.by = [...new Set(by)];
      }
      if ("text" in item && Array.isArray(argmapMd.tags) && argmapMd.tags.every((t) => typeof t === "string")) item.tags = [...(argmapMd.tags as string[])];
      if (isObject(argmapMd.meta)) for (const key of Object.keys(argmapMd.meta)) define((meta ??= {}), key, argmapMd.meta[key]);
    }
    let others: Record<string, JsonValue> | undefined;
    if (md !== undefined) for (const key of Object.keys(md)) if (key !== "argmap") define((others ??= {}), key, md[key]);
    let sadface: Record<string, JsonValue> | undefined;
    if (others !== undefined) (sadface ??= {}).metadata = others;
    if (Array.isArray(source.sources) && source.sources.length > 0) (sadface ??= {}).sources = source.sources as JsonValue[];
    for (const key of Object.keys(source)) {
      if (key === "id" || key === "type" || key === "text" || key === "name" || key === "metadata" || key === "sources") continue;
      define((sadface ??= {}), key, source[key]);
    }
    if (sadface !== undefined) (meta ??= {}).sadface = sadface;
    if (meta !== undefined) item.meta = own(meta, nodeId);
    else delete item.meta;
  };
  return fromAifGraph(
    { nodes: aifNodes, edges: aifEdges, locutions: [] },
    {
      title: typeof core.title === "string" ? core.title : "",
      description: typeof core.description === "string" && core.description !== "" ? core.description : undefined,
      text: resource?.content as string | undefined,
      sourceTitle: "SADFace resource",
      trusted: true,
      participants,
      claim: (_, claim) => apply(claim, claim.id),
      relation: (aifNode, relation) => apply(relation, String(aifNode.nodeID)),
    },
  );
}

/** Fields of a map that SADFace holds (speakers, tags and meta in the `argmap` metadata namespace). */
const SADFACE_HOLDS: ReadonlySet<MapFeature> = new Set<MapFeature>(["title", "description", "scheme", "speakers", "tags", "meta"]);

/**
 * Writes a map as a SADFace document. Claims become atoms and relations
 * schemes (named `support`, `conflict`, or the relation's scheme), with
 * their ids kept; an undercut is an edge from its scheme to the scheme it
 * attacks. The title and description go into `metadata.core`; participants,
 * `by`, tags and meta into the `argmap` metadata namespace, which
 * {@link fromSadface} reads back. The first source with text becomes a
 * `text` resource. Anchors, base scores, weights, labels, notes and the
 * thesis are reported as lost.
 *
 * @param map - The map to write.
 * @returns The SADFace document and the warnings.
 * @example
 * ```ts
 * import { argmap } from "argmap";
 * import { toSadface } from "argmap/formats";
 *
 * const map = argmap("Cars").thesis("t", "Cities should ban cars.").build();
 * const { value } = toSadface(map);
 * value.nodes[0]?.type; // "atom"
 * ```
 */
export function toSadface(map: ArgumentMap): ConversionResult<SadfaceDocument> {
  const warnings = new Warnings();
  reportLostFields(map, "SADFace", SADFACE_HOLDS, warnings);
  const sources = map.sources();
  const withText = sources.findIndex((s) => s.text !== undefined);
  sources.forEach((_, i) => {
    if (i !== withText) warnings.add("lost-sources", ["sources", i], "SADFace holds the text of one source only", "sources");
  });
  const pool = new IdPool();
  for (const claim of map.claims()) pool.take(claim.id);
  for (const relation of map.relations()) pool.take(relation.id);
  const metadataOf = (item: { by?: readonly string[] | undefined; tags?: readonly string[] | undefined; meta?: Meta | undefined }): { [namespace: string]: JsonValue } => {
    const sadface = isObject(item.meta?.sadface) ? (item.meta!.sadface as Record<string, JsonValue>) : undefined;
    const out: Record<string, JsonValue> = {};
    if (sadface !== undefined && isObject(sadface.metadata)) for (const key of Object.keys(sadface.metadata)) Object.defineProperty(out, key, { value: sadface.metadata[key] as JsonValue, enumerable: true, writable: true, configurable: true });
    const ours: Record<string, JsonValue> = {};
    if (item.by !== undefined) ours.by = [...item.by];
    if (item.tags !== undefined && item.tags.length > 0) ours.tags = [...item.tags];
    if (item.meta !== undefined) {
      const rest: Record<string, JsonValue> = {};
      for (const key of Object.keys(item.meta)) if (key !== "sadface") Object.defineProperty(rest, key, { value: item.meta[key] as JsonValue, enumerable: true, writable: true, configurable: true });
      if (Object.keys(rest).length > 0) ours.meta = rest;
    }
    if (Object.keys(ours).length > 0) out.argmap = ours;
    return out;
  };
  const extra = (item: { meta?: Meta | undefined }): Record<string, JsonValue> => {
    const sadface = isObject(item.meta?.sadface) ? (item.meta!.sadface as Record<string, JsonValue>) : undefined;
    const out: Record<string, JsonValue> = {};
    if (sadface === undefined) return out;
    for (const key of Object.keys(sadface)) if (key !== "metadata" && key !== "sources") Object.defineProperty(out, key, { value: sadface[key] as JsonValue, enumerable: true, writable: true, configurable: true });
    return out;
  };
  const nodes: SadfaceNode[] = [];
  const edges: SadfaceEdge[] = [];
  for (const claim of map.claims()) {
    const sadface = isObject(claim.meta?.sadface) ? (claim.meta!.sadface as Record<string, JsonValue>) : undefined;
    nodes.push({ ...extra(claim), id: claim.id, type: "atom", text: claim.text, sources: Array.isArray(sadface?.sources) ? sadface.sources : [], metadata: metadataOf(claim) });
  }
  for (const relation of map.relations()) {
    const name = relation.scheme ?? (relation.type === "support" ? "support" : "conflict");
    if (relation.scheme !== undefined && relation.type === "attack" && !ATTACK_NAME.test(relation.scheme)) {
      warnings.add("text-changed", ["relations", map.relations().indexOf(relation), "scheme"], "SADFace tells attacks by their scheme name; the name got a \"conflict: \" prefix", "schemes");
    }
    const written = relation.scheme !== undefined && relation.type === "attack" && !ATTACK_NAME.test(relation.scheme) ? `conflict: ${relation.scheme}` : name;
    nodes.push({ ...extra(relation), id: relation.id, type: "scheme", name: relation.type === "support" && ATTACK_NAME.test(written) ? "support" : written, metadata: metadataOf(relation) });
    if (relation.type === "support" && relation.scheme !== undefined && ATTACK_NAME.test(relation.scheme)) {
      warnings.add("lost-scheme", ["relations", map.relations().indexOf(relation), "scheme"], "a support whose scheme name sounds like an attack was written as plain support", "relations with a scheme");
    }
    for (const premise of relation.from) edges.push({ id: pool.take(`${premise}->${relation.id}`), source_id: premise, target_id: relation.id });
    edges.push({ id: pool.take(`${relation.id}->${relation.to}`), source_id: relation.id, target_id: relation.to });
  }
  const core: Record<string, JsonValue> = { version: "0.5", title: map.title };
  if (map.description !== undefined) core.description = map.description;
  const metadata: { core: Record<string, JsonValue>; argmap?: JsonValue } = { core };
  if (map.participants.length > 0) metadata.argmap = { participants: map.participants.map((p) => ({ id: p.id, name: p.name, ...(p.role === undefined ? {} : { role: p.role }) })) };
  const resources: JsonValue[] = withText === -1 ? [] : [{ id: "text", type: "text", content: sources[withText]!.text!, metadata: {} }];
  return { value: { metadata, nodes, edges, resources }, warnings: warnings.list() };
}

function arrayAt(root: Record<string, unknown>, key: string): unknown[] {
  const value = Object.prototype.hasOwnProperty.call(root, key) ? root[key] : undefined;
  if (!Array.isArray(value)) return formatError("sadface-invalid-shape", [key], `expected "${key}" to be an array, got ${describe(value)}`);
  return value as unknown[];
}

/**
 * OVA JSON (the Online Visualisation of Argument tool): an AIF graph with
 * layout, participants and the analysed text. Import and export.
 *
 * ```json
 * { "nodes": [{ "id": 1, "type": "I", "text": "…", "x": 10, "y": 20 }],
 *   "edges": [{ "from": { "id": 2 }, "to": { "id": 1 }, "visible": true }],
 *   "participants": [{ "id": 1, "firstname": "Paul", "surname": "Dean" }],
 *   "analysis": { "txt": "…" } }
 * ```
 * @module
 */
import type { ArgumentMap } from "../map/argument-map.js";
import type { JsonValue } from "../schema/document.js";
import { defineData } from "../internal/json.js";
import { describe, fromAifGraph, isObject, parseJsonText, writeAif, type AifParticipant } from "./aif.js";
import { formatError, rejectOtherFormat, Warnings, type ConversionResult, type MapFeature } from "./conversion.js";
import { sniffJsonValue } from "./sniff.js";

/**
 * A node of an OVA graph: an AIF node (`type` I, L, RA, CA, YA, TA, MA, PA) with an `id` and a position.
 *
 * @example
 * ```ts
 * import { argmap } from "argmap";
 * import { toOva, type OvaNode } from "argmap/formats";
 *
 * const node: OvaNode | undefined = toOva(argmap("Cars").thesis("t", "Ban cars.").build()).value.nodes[0];
 * node?.type; // "I"
 * ```
 */
export interface OvaNode {
  readonly id: string | number;
  readonly type: string;
  readonly text: string;
  readonly x?: number;
  readonly y?: number;
  /** The speaker of an L-node: a participant's `id`. */
  readonly participantID?: string | number;
  /** The argmap id of the claim or relation, when it is not the `id`. */
  readonly argmapId?: string;
  readonly [key: string]: JsonValue | undefined;
}

/**
 * An edge of an OVA graph: copies of (at least the `id` of) its end nodes.
 *
 * @example
 * ```ts
 * import { fromOva, type OvaEdge } from "argmap/formats";
 *
 * const edge: OvaEdge = { from: { id: 2 }, to: { id: 1 }, visible: true };
 * fromOva({ nodes: [{ id: 1, type: "I", text: "A" }, { id: 2, type: "I", text: "B" }], edges: [edge], participants: [], analysis: { txt: "" } });
 * ```
 */
export interface OvaEdge {
  readonly from: { readonly id: string | number; readonly [key: string]: JsonValue | undefined };
  readonly to: { readonly id: string | number; readonly [key: string]: JsonValue | undefined };
  readonly visible?: boolean;
  readonly [key: string]: unknown;
}

/**
 * A speaker in an OVA analysis.
 *
 * @example
 * ```ts
 * import type { OvaParticipant } from "argmap/formats";
 *
 * const speaker: OvaParticipant = { id: 1, firstname: "Paul", surname: "Dean" };
 * ```
 */
export interface OvaParticipant {
  readonly id: string | number;
  readonly firstname: string;
  readonly surname: string;
  readonly [key: string]: JsonValue | undefined;
}

/**
 * An OVA document.
 *
 * @example
 * ```ts
 * import { argmap } from "argmap";
 * import { toOva, type OvaDocument } from "argmap/formats";
 *
 * const document: OvaDocument = toOva(argmap("Cars").thesis("t", "Ban cars.").build()).value;
 * document.nodes.length; // 1
 * ```
 */
export interface OvaDocument {
  readonly nodes: readonly OvaNode[];
  readonly edges: readonly OvaEdge[];
  readonly participants: readonly OvaParticipant[];
  /** The analysed text (`txt`, HTML in OVA) and details of the analysis. */
  readonly analysis: { readonly txt: string; readonly [key: string]: JsonValue | undefined };
  readonly [key: string]: unknown;
}

/** Fields of a map that OVA holds. */
const OVA_HOLDS: ReadonlySet<MapFeature> = new Set<MapFeature>(["title", "scheme", "meta", "speakers"]);

/** Node fields the AIF reading takes over; the rest go to `meta.aif.node`. */
const OWN_FIELDS = new Set(["id", "argmapId", "participantID"]);

/**
 * Reads an OVA analysis into a map. OVA nodes are AIF nodes, so they are
 * read as {@link fromAif} reads them: I-nodes become claims, RA-nodes
 * supports, CA-nodes undercuts or attacks, and dialogue nodes are kept in
 * `meta.aif.attached`. Node fields such as `x` and `y` go into
 * `meta.aif.node`, so {@link toOva} puts the layout back. Participants
 * become the map's participants, and the speaker of the L-node that asserts
 * an I-node (through a YA-node) its `by`. The analysed text (`analysis.txt`)
 * becomes a source with id `text`. Warnings use the AIF codes.
 *
 * @param input - OVA JSON text, or the parsed value.
 * @returns The map and the warnings.
 * @throws {@link argmap!ArgmapError} `format-mismatch` for another format (the
 * message names it), `ova-invalid-json`, `ova-invalid-shape`, or
 * `inconsistent-structure`, with the JSON path of the problem.
 * @example
 * ```ts
 * import { fromOva } from "argmap/formats";
 *
 * const { value: map } = fromOva({
 *   nodes: [
 *     { id: 1, type: "I", text: "Cities should ban cars." },
 *     { id: 2, type: "I", text: "The air would be cleaner." },
 *     { id: 3, type: "RA", text: "Default Inference" },
 *   ],
 *   edges: [{ from: { id: 2 }, to: { id: 3 } }, { from: { id: 3 }, to: { id: 1 } }],
 *   participants: [],
 *   analysis: { txt: "" },
 * });
 * map.relations().length; // 1
 * ```
 */
export function fromOva(input: unknown): ConversionResult<ArgumentMap> {
  const value = typeof input === "string" ? parseJsonText(input, "ova-invalid-json") : input;
  rejectOtherFormat("ova", sniffJsonValue(value), "an OVA document");
  if (!isObject(value)) return formatError("ova-invalid-shape", [], `expected an OVA document (a JSON object with "nodes" and "edges"), got ${describe(value)}`);
  const nodes = arrayAt(value, "nodes", true);
  const edges = arrayAt(value, "edges", false);
  const participantsIn = arrayAt(value, "participants", false);
  // The nodes are read in place: the AIF reading takes each node's `nodeID`
  // from `nodeIds` and leaves the OVA id fields (`skip`) out of its meta.
  const ids = new Map<string, number>();
  const nodeIds: string[] = new Array<string>(nodes.length);
  const locutions: Record<string, JsonValue>[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (!isObject(node)) formatError("ova-invalid-shape", ["nodes", i], `expected a node object, got ${describe(node)}`);
    const id = node.id;
    if (!isId(id)) formatError("ova-invalid-shape", ["nodes", i, "id"], `expected "id" to be a string or number, got ${describe(id)}`);
    if (typeof node.type !== "string") formatError("ova-invalid-shape", ["nodes", i, "type"], `expected "type" to be a string such as "I" or "RA", got ${describe(node.type)}`);
    if (node.text !== undefined && typeof node.text !== "string") formatError("ova-invalid-shape", ["nodes", i, "text"], `expected "text" to be a string, got ${describe(node.text)}`);
    const key = typeof id === "string" ? id : String(id);
    const seen = ids.get(key);
    if (seen !== undefined) formatError("ova-invalid-shape", ["nodes", i, "id"], `node id "${key}" is already used by nodes[${seen}]`);
    ids.set(key, i);
    const argmapId = node.argmapId;
    const nodeID = typeof argmapId === "string" && argmapId !== "" ? argmapId : key;
    nodeIds[i] = nodeID;
    if (node.type === "L" && isId(node.participantID)) locutions.push({ nodeID, personID: String(node.participantID) });
  }
  // A node kept in `meta.aif.attached` (dialogue) is written in the AIF shape.
  const attachedNode = (node: Record<string, unknown>, i: number): JsonValue => {
    const copy: Record<string, JsonValue> = { nodeID: nodeIds[i]! };
    for (const field of Object.keys(node)) {
      if (OWN_FIELDS.has(field) || field === "nodeID") continue;
      if (field === "__proto__") defineData(copy, field, node[field] as JsonValue);
      else copy[field] = node[field] as JsonValue;
    }
    return copy;
  };
  const indexOf = (end: unknown, e: number, side: "from" | "to"): number => {
    if (!isObject(end) || !isId(end.id)) return formatError("ova-invalid-shape", ["edges", e, side], `expected an object with the "id" of a node, got ${describe(end)}`);
    const id = end.id;
    const index = ids.get(typeof id === "string" ? id : String(id));
    if (index === undefined) return formatError("ova-invalid-shape", ["edges", e, side, "id"], `edge end "${String(id)}" is not the id of any node`);
    return index;
  };
  const from = new Int32Array(edges.length);
  const to = new Int32Array(edges.length);
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e];
    if (!isObject(edge)) formatError("ova-invalid-shape", ["edges", e], `expected an edge object, got ${describe(edge)}`);
    from[e] = indexOf(edge.from, e, "from");
    to[e] = indexOf(edge.to, e, "to");
  }
  // An edge kept in meta (dialogue, I→I) is written in the AIF shape.
  const edgeAt = (e: number): JsonValue => ({ edgeID: String(e), fromID: nodeIds[from[e]!]!, toID: nodeIds[to[e]!]! });
  const participants: AifParticipant[] = participantsIn.flatMap((p, i) => {
    if (!isObject(p) || !isId(p.id ?? p.participantID)) return formatError("ova-invalid-shape", ["participants", i], "expected a participant object with an id");
    const participantID = (p.id ?? p.participantID) as string | number;
    return [{ participantID, firstname: typeof p.firstname === "string" ? p.firstname : "", surname: typeof p.surname === "string" ? p.surname : "" }];
  });
  const analysis = isObject(value.analysis) ? value.analysis : undefined;
  const text = typeof analysis?.plain_txt === "string" && analysis.plain_txt !== "" ? analysis.plain_txt : typeof analysis?.txt === "string" && analysis.txt !== "" ? analysis.txt : undefined;
  const title = typeof analysis?.documentTitle === "string" ? analysis.documentTitle : "";
  return fromAifGraph({ nodes, locutions }, { title, text, sourceTitle: "OVA analysis text", participants, skip: OWN_FIELDS, nodeIds, attachedNode, edgeEnds: { from, to, edgeAt }, trusted: typeof input === "string", shapeCode: "ova-invalid-shape" });
}

/**
 * Writes a map as an OVA analysis. The AIF graph is the one {@link toAif}
 * writes (dialogue kept in `meta.aif` included), with numeric node ids; a
 * claim or relation id that is not that number is kept in the node's
 * `argmapId`, which {@link fromOva} reads back. Positions come from
 * `meta.aif.node.x`/`y` when the map was read from OVA, otherwise from a
 * simple grid. Participants are written with their first name and surname
 * (the name split at the first space), and the first source with text
 * becomes `analysis.txt`.
 *
 * @param map - The map to write.
 * @returns The OVA document and the warnings.
 * @example
 * ```ts
 * import { argmap } from "argmap";
 * import { toOva } from "argmap/formats";
 *
 * const map = argmap("Cars").thesis("t", "Cities should ban cars.").build();
 * const { value } = toOva(map);
 * value.nodes[0]?.type; // "I"
 * ```
 */
export function toOva(map: ArgumentMap): ConversionResult<OvaDocument> {
  const warnings = new Warnings();
  const aif = writeAif(map, warnings, "OVA", OVA_HOLDS);
  const sources = map.sources();
  const withText = sources.findIndex((s) => s.text !== undefined);
  sources.forEach((_, i) => {
    if (i !== withText) warnings.add("lost-sources", ["sources", i], "OVA holds the text of one source only", "sources");
  });
  const number = new Map<string, number>();
  const personOf = new Map<string, string>();
  for (const locution of aif.locutions) if (isId(locution.personID)) personOf.set(String(locution.nodeID), String(locution.personID));
  const columns = Math.max(1, Math.ceil(Math.sqrt(aif.nodes.length)));
  const nodes: OvaNode[] = aif.nodes.map((node, i) => {
    const id = i + 1;
    const key = String(node.nodeID);
    number.set(key, id);
    const out: Record<string, JsonValue> = {};
    for (const field of Object.keys(node)) if (field !== "nodeID" && node[field] !== undefined) Object.defineProperty(out, field, { value: node[field] as JsonValue, enumerable: true, writable: true, configurable: true });
    out.id = id;
    if (key !== String(id)) out.argmapId = key;

    if (typeof out.x !== "number") out.x = 50 + (i % columns) * 250;
    if (typeof out.y !== "number") out.y = 50 + Math.floor(i / columns) * 150;
    const person = personOf.get(key);
    if (person !== undefined) out.participantID = person;
    return out as OvaNode;
  });
  const edges: OvaEdge[] = aif.edges.map((edge) => ({ from: { id: number.get(String(edge.fromID))! }, to: { id: number.get(String(edge.toID))! }, visible: true }));
  const participants: OvaParticipant[] = ((aif.participants as AifParticipant[] | undefined) ?? []).map((p) => ({ id: p.participantID, firstname: p.firstname ?? "", surname: p.surname ?? "" }));
  const analysis: { txt: string; documentTitle?: string } = { txt: withText === -1 ? "" : sources[withText]!.text! };
  if (map.title !== "") analysis.documentTitle = map.title;
  return { value: { nodes, edges, participants, analysis }, warnings: warnings.list() };
}

function isId(value: unknown): value is string | number {
  return typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
}

function arrayAt(root: Record<string, unknown>, key: string, required: boolean): unknown[] {
  const value = Object.prototype.hasOwnProperty.call(root, key) ? root[key] : undefined;
  if (value === undefined && !required) return [];
  if (!Array.isArray(value)) return formatError("ova-invalid-shape", [key], `expected "${key}" to be an array, got ${describe(value)}`);
  return value as unknown[];
}

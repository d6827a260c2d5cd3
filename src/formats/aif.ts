/**
 * AIF JSON in the AIFdb shape (`nodes`, `edges`, `locutions`) and its xAIF
 * wrapper (`{ "AIF": {...}, "text": ... }`): import and export.
 * @module
 */
import { ArgmapError, issue, type ArgmapIssue, type PathSegment } from "../errors.js";
import { checkJsonValue, cloneJson, defineData, jsonErrorOffset, parsedJsonFits } from "../internal/json.js";
import type { ArgumentMap } from "../map/argument-map.js";
import { buildFromParts } from "../validate/parse.js";
import type { Claim, JsonValue, Meta, Participant, Relation, Source } from "../schema/document.js";
import {
  formatError,
  IdPool,
  importIssue,
  positionOf,
  rejectOtherFormat,
  reportLostFields,
  Warnings,
  type ConversionResult,
  type FormatIssueCode,
  type MapFeature,
} from "./conversion.js";
import { sniffJsonValue } from "./sniff.js";

/** A node of an AIF graph. `type` is I, L, RA, CA, MA, PA, TA or YA. */
export interface AifNode {
  readonly nodeID: string | number;
  readonly text: string;
  readonly type: string;
  readonly timestamp?: string;
  /** Name of the argumentation scheme (RA and CA nodes). */
  readonly scheme?: string;
  readonly schemeID?: string | number;
  readonly [key: string]: JsonValue | undefined;
}

/** An edge of an AIF graph, from `fromID` to `toID`. */
export interface AifEdge {
  readonly edgeID?: string | number;
  readonly fromID: string | number;
  readonly toID: string | number;
  readonly formEdgeID?: string | number | null;
  readonly [key: string]: JsonValue | undefined;
}

/** Who said a locution (L-node), when, and where in the source. */
export interface AifLocution {
  readonly nodeID: string | number;
  readonly personID?: string | number;
  readonly timestamp?: string;
  readonly start?: string | null;
  readonly end?: string | null;
  readonly source?: string | null;
  readonly [key: string]: JsonValue | undefined;
}

/** An AIF document in the AIFdb JSON shape. */
export interface AifDocument {
  readonly nodes: readonly AifNode[];
  readonly edges: readonly AifEdge[];
  readonly locutions: readonly AifLocution[];
  /** Other members (`schemefulfillments`, `participants`, …). */
  readonly [key: string]: unknown;
}

/** The xAIF wrapper: an AIF document and the text it analyses. */
export interface XaifDocument {
  readonly AIF: AifDocument;
  readonly text: string;
  /** Other members (`dialog`, `OVA`, …). */
  readonly [key: string]: unknown;
}

/** Options of {@link fromAif}. */
export interface FromAifOptions {
  /**
   * Title of the new map (AIF has no title).
   *
   * @defaultValue `""`
   */
  readonly title?: string;
}

const FROM_AIF_DEFAULTS = { title: "" } as const satisfies Required<FromAifOptions>;

const ARGUMENT_TYPES = new Set(["I", "RA", "CA"]);
const KNOWN_TYPES = new Set(["I", "RA", "CA", "MA", "PA", "L", "TA", "YA"]);
const DEFAULT_TEXT = { support: "Default Inference", attack: "Default Conflict" } as const;
/** Node fields not kept in a relation's `meta.aif.node`: the text too when it only names the scheme. */
const SKIP_WITH_TEXT: readonly string[] = ["nodeID", "type", "scheme", "text"];
const SKIP_KEEP_TEXT: readonly string[] = ["nodeID", "type", "scheme"];
const SKIP_CLAIM: readonly string[] = ["nodeID", "type", "text"];

/** Dialogue and other non-argument nodes stored with the claim or relation they hang on. */
interface Attached {
  nodes: JsonValue[];
  edges: JsonValue[];
  locutions: JsonValue[];
}

/**
 * Reads an AIF document (AIFdb JSON or xAIF) into a map.
 *
 * I-nodes become claims, RA-nodes supports with all their premises linked,
 * CA-nodes attacks; an RA or CA whose conclusion is another RA or CA becomes
 * a support of that relation or an undercut. Node ids are kept as claim and
 * relation ids. Dialogue nodes (L, TA, YA) and MA/PA nodes are kept in the
 * `meta.aif.attached` of the first claim or relation they are connected to,
 * together with their edges and locutions; any that touch no claim or
 * relation are reported (`aif-dialogue-dropped`). The xAIF `text` becomes
 * a source with id `text`.
 *
 * @param input - A parsed AIF value, or AIF JSON text.
 * @param options - See {@link FromAifOptions}.
 * @returns The map and the warnings.
 * @throws {@link argmap!ArgmapError} `format-mismatch` when the input is
 * another format (argmap JSON, SADFace, OVA, …; the message names it),
 * `aif-invalid-json`, `aif-invalid-shape`,
 * `aif-duplicate-node`, `aif-dangling-edge` or `inconsistent-structure`, with
 * the JSON path of the problem; nothing is returned half-built.
 * @example
 * ```ts
 * import { fromAif } from "argmap/formats";
 *
 * const { value: map, warnings } = fromAif({
 *   nodes: [
 *     { nodeID: "1", text: "We should raise the minimum wage.", type: "I" },
 *     { nodeID: "2", text: "Nobody working full time should be poor.", type: "I" },
 *     { nodeID: "3", text: "Default Inference", type: "RA" },
 *   ],
 *   edges: [
 *     { edgeID: "a", fromID: "2", toID: "3" },
 *     { edgeID: "b", fromID: "3", toID: "1" },
 *   ],
 *   locutions: [],
 * });
 * map.reasonsFor("1").length; // 1
 * for (const w of warnings) console.warn(w.code, w.message);
 * ```
 */
export function fromAif(input: unknown, options: FromAifOptions = {}): ConversionResult<ArgumentMap> {
  const settings = { ...FROM_AIF_DEFAULTS, ...options };
  const title = typeof settings.title === "string" ? settings.title : FROM_AIF_DEFAULTS.title;
  let value = input;
  if (typeof value === "string") value = parseJsonText(value);
  rejectOtherFormat("aif", sniffJsonValue(value), "an AIF document");
  if (!isObject(value)) return formatError("aif-invalid-shape", [], `expected an AIF document (a JSON object with "nodes" and "edges"), got ${describe(value)}`);
  let root: Record<string, unknown> = value;
  let prefix: PathSegment[] = [];
  let text: string | undefined;
  if ("AIF" in root) {
    if (!isObject(root.AIF)) return formatError("aif-invalid-shape", ["AIF"], `expected the xAIF "AIF" member to be an object, got ${describe(root.AIF)}`);
    if (typeof root.text === "string") text = root.text;
    root = root.AIF;
    prefix = ["AIF"];
  }
  return convert(readShape(root, prefix), prefix, text, title, typeof input === "string", readParticipants(root, prefix));
}

/**
 * Reads an AIF-shaped graph (nodes with `nodeID` and `type`, edges with
 * `fromID` and `toID`) that another reader (OVA, SADFace) built from its own
 * format, with the participants it found.
 *
 * @internal
 */
export function fromAifGraph(root: Record<string, unknown>, options: AifGraphOptions): ConversionResult<ArgumentMap> {
  return convert(readShape(root, [], options.nodeIds, options.edgeEnds), [], options.text, options.title, options.trusted === true, options.participants ?? [], options);
}

/** How another format's reader adjusts the AIF reading. @internal */
export interface AifGraphOptions {
  readonly title: string;
  readonly description?: string | undefined;
  /** A source text: becomes a source with id `text`. */
  readonly text?: string | undefined;
  readonly sourceTitle?: string | undefined;
  readonly participants?: readonly AifParticipant[];
  /** Whether every node value is JSON that no one else holds (parsed from text by the caller): meta is then not copied, and checked only for depth and size where it nests. */
  readonly trusted?: boolean;
  /** The code of a node that holds what meta cannot keep (too deep, not JSON). */
  readonly shapeCode?: "ova-invalid-shape" | "sadface-invalid-shape";
  /**
   * The `nodeID` of each node, when the nodes are the other format's own
   * objects read in place (then `skip` names their id fields and
   * `attachedNode` gives the AIF form of a node kept in `meta.aif.attached`).
   */
  readonly nodeIds?: readonly unknown[];
  /**
   * The edges as node indices, when the other format's reader resolved them
   * itself; the document's `edges` are then not read, and `edgeAt(e)` gives
   * the AIF form of edge `e` (ids unique) for meta.
   */
  readonly edgeEnds?: { readonly from: Int32Array; readonly to: Int32Array; readonly edgeAt: (e: number) => JsonValue };
  /** The AIF form (with `nodeID`) of node `i`, for `meta.aif.attached`; the node itself when not given. */
  readonly attachedNode?: (node: Record<string, unknown>, i: number) => JsonValue;
  /** Node fields that are the other format's own and stay out of `meta.aif.node`. */
  readonly skip?: ReadonlySet<string>;
  /** Changes a claim made from an I-node (its meta, tags, by) before the map is built. */
  readonly claim?: (node: Record<string, unknown>, claim: Claim) => void;
  /** Changes a relation made from an RA/CA node before the map is built. */
  readonly relation?: (node: Record<string, unknown>, relation: Relation) => void;
}

/**
 * A speaker as AIF lists them (`participants`).
 *
 * @example
 * ```ts
 * import type { AifParticipant } from "argmap/formats";
 *
 * const speaker: AifParticipant = { participantID: 7, firstname: "Paul", surname: "Dean" };
 * ```
 */
export interface AifParticipant {
  readonly participantID: string | number;
  readonly firstname?: string;
  readonly surname?: string;
  readonly [key: string]: JsonValue | undefined;
}

/** The `participants` list of an AIF document, where it has one; malformed entries are skipped. */
function readParticipants(root: Record<string, unknown>, prefix: PathSegment[]): AifParticipant[] {
  const list = root.participants;
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) return formatError("aif-invalid-shape", [...prefix, "participants"], `expected "participants" to be an array, got ${describe(list)}`);
  const out: AifParticipant[] = [];
  list.forEach((item: unknown, i: number) => {
    if (!isObject(item) || (typeof item.participantID !== "string" && typeof item.participantID !== "number")) {
      formatError("aif-invalid-shape", [...prefix, "participants", i], "expected a participant object with a participantID");
    }
    out.push(item as AifParticipant);
  });
  return out;
}

/** The name of a participant: first name and surname. */
function participantName(p: AifParticipant): string {
  return [p.firstname, p.surname].filter((part): part is string => typeof part === "string" && part.trim() !== "").map((part) => part.trim()).join(" ");
}

/** The speaker's name of an L-node text in the AIFdb convention `"Paul Dean : I welcome…"`. */
export function speakerOfLocution(text: string): string | undefined {
  const match = /^\s*([^:\n]{1,100}?)\s+:\s/.exec(text);
  return match === null ? undefined : match[1]!.trim();
}

/** The checked parts of an AIF document. */
interface Shape {
  readonly nodes: readonly Record<string, unknown>[];
  readonly ids: readonly string[];
  readonly types: readonly string[];
  /** Node id → index. */
  readonly index: ReadonlyMap<string, number>;
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** The edges to check for duplicate ids (none when the reader made the ids). */
  readonly edges: readonly Record<string, unknown>[];
  /** Edge `e` as kept in meta. */
  readonly edgeAt: (e: number) => JsonValue;
  readonly locutions: readonly Record<string, unknown>[];
}

function readShape(root: Record<string, unknown>, prefix: PathSegment[], nodeIds?: readonly unknown[], edgeEnds?: AifGraphOptions["edgeEnds"]): Shape {
  const nodesValue = root.nodes;
  if (!Array.isArray(nodesValue)) formatError("aif-invalid-shape", [...prefix, "nodes"], `expected "nodes" to be an array, got ${describe(nodesValue)}`);
  const edgesValue = edgeEnds === undefined ? (root.edges ?? []) : [];
  if (!Array.isArray(edgesValue)) formatError("aif-invalid-shape", [...prefix, "edges"], `expected "edges" to be an array, got ${describe(edgesValue)}`);
  const locutionsValue = root.locutions ?? [];
  if (!Array.isArray(locutionsValue)) formatError("aif-invalid-shape", [...prefix, "locutions"], `expected "locutions" to be an array, got ${describe(locutionsValue)}`);
  const issues: ArgmapIssue<FormatIssueCode>[] = [];
  const nodes = nodesValue as unknown[];
  const edges = edgesValue as unknown[];
  const ids: string[] = new Array<string>(nodes.length);
  const types: string[] = new Array<string>(nodes.length);
  const index = new Map<string, number>();
  for (let i = 0; i < nodes.length && issues.length < 100; i++) {
    const node = nodes[i];
    if (!isObject(node)) {
      issues.push(issue("aif-invalid-shape", nodePath(prefix, i), `expected a node object, got ${describe(node)}`));
      continue;
    }
    const id = nodeIds === undefined ? node.nodeID : nodeIds[i];
    if (typeof id !== "string" && !(typeof id === "number" && Number.isFinite(id))) {
      issues.push(issue("aif-invalid-shape", [...nodePath(prefix, i), "nodeID"], `expected "nodeID" to be a string or number, got ${describe(id)}`));
      continue;
    }
    if (typeof node.type !== "string") {
      issues.push(issue("aif-invalid-shape", [...nodePath(prefix, i), "type"], `expected "type" to be a string such as "I" or "RA", got ${describe(node.type)}`));
      continue;
    }
    if (node.text !== undefined && typeof node.text !== "string") {
      issues.push(issue("aif-invalid-shape", [...nodePath(prefix, i), "text"], `expected "text" to be a string, got ${describe(node.text)}`));
      continue;
    }
    const key = String(id);
    if (key === "") {
      issues.push(issue("aif-invalid-shape", [...nodePath(prefix, i), "nodeID"], "nodeID must not be empty"));
      continue;
    }
    const seen = index.get(key);
    if (seen !== undefined) {
      issues.push(issue("aif-duplicate-node", [...nodePath(prefix, i), "nodeID"], `nodeID "${key}" is already used by nodes[${seen}]`));
      continue;
    }
    index.set(key, i);
    ids[i] = key;
    types[i] = node.type;
  }
  const from = edgeEnds?.from ?? new Int32Array(edges.length);
  const to = edgeEnds?.to ?? new Int32Array(edges.length);
  for (let i = 0; i < edges.length && issues.length < 100; i++) {
    const edge = edges[i];
    if (!isObject(edge)) {
      issues.push(issue("aif-invalid-shape", [...prefix, "edges", i], `expected an edge object, got ${describe(edge)}`));
      continue;
    }
    const a = endpointIndex(edge, "fromID", index, prefix, i, issues);
    const b = endpointIndex(edge, "toID", index, prefix, i, issues);
    if (a >= 0) from[i] = a;
    if (b >= 0) to[i] = b;
  }
  const locutions = locutionsValue as unknown[];
  for (let i = 0; i < locutions.length && issues.length < 100; i++) {
    const locution = locutions[i];
    if (!isObject(locution) || (typeof locution.nodeID !== "string" && typeof locution.nodeID !== "number")) {
      issues.push(issue("aif-invalid-shape", [...prefix, "locutions", i], "expected a locution object with a nodeID"));
    }
  }
  if (issues.length > 0) throw new ArgmapError<FormatIssueCode>(issues as [ArgmapIssue<FormatIssueCode>, ...ArgmapIssue<FormatIssueCode>[]]);
  return {
    nodes: nodes as Record<string, unknown>[],
    ids,
    types,
    index,
    from,
    to,
    edges: edges as Record<string, unknown>[],
    edgeAt: edgeEnds?.edgeAt ?? ((e) => edges[e] as JsonValue),
    locutions: locutions as Record<string, unknown>[],
  };
}

function convert(
  shape: Shape,
  prefix: PathSegment[],
  text: string | undefined,
  title: string,
  fromText: boolean,
  participantList: readonly AifParticipant[],
  hooks?: AifGraphOptions,
): ConversionResult<ArgumentMap> {
  const { nodes, ids, types, from, to } = shape;
  const n = nodes.length;
  const m = from.length;
  const warnings = new Warnings();
  const edgeIds = new Map<string, number>();
  shape.edges.forEach((edge, e) => {
    const id = edge.edgeID;
    if (typeof id !== "string" && typeof id !== "number") return;
    const seen = edgeIds.get(String(id));
    if (seen === undefined) edgeIds.set(String(id), e);
    else warnings.add("aif-duplicate-edge", [...prefix, "edges", e, "edgeID"], `edgeID "${String(id)}" is already used by edges[${seen}]; both edges were read`, "edges");
  });
  const isArgumentNode = new Uint8Array(n);
  // 1 for I, 2 for RA, 3 for CA, 0 for any other type.
  const kind = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const type = types[i]!;
    kind[i] = type === "I" ? 1 : type === "RA" ? 2 : type === "CA" ? 3 : 0;
    if (ARGUMENT_TYPES.has(type)) isArgumentNode[i] = 1;
    else if (!KNOWN_TYPES.has(type)) warnings.add("aif-unknown-node-type", [...prefix, "nodes", i, "type"], `node type "${type}" is not an AIF type argmap reads; the node was kept in meta`, "nodes");
  }
  // Adjacency in CSR form: outgoing and incoming edge indices per node.
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    outStart[from[e]! + 1]!++;
    inStart[to[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) {
    outStart[i + 1]! += outStart[i]!;
    inStart[i + 1]! += inStart[i]!;
  }
  const outEdges = new Int32Array(m);
  const inEdges = new Int32Array(m);
  const outFill = outStart.slice(0, n);
  const inFill = inStart.slice(0, n);
  for (let e = 0; e < m; e++) {
    outEdges[outFill[from[e]!]!++] = e;
    inEdges[inFill[to[e]!]!++] = e;
  }

  // Which RA/CA nodes are complete: at least one I premise and one conclusion
  // that is itself a claim or a complete relation.
  const isScheme = (i: number): boolean => kind[i]! >= 2;
  const premiseCount = new Int32Array(n);
  const conclusionCount = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (!isScheme(i)) continue;
    for (let k = inStart[i]!; k < inStart[i + 1]!; k++) if (kind[from[inEdges[k]!]!] === 1) premiseCount[i]!++;
    for (let k = outStart[i]!; k < outStart[i + 1]!; k++) if (isArgumentNode[to[outEdges[k]!]!]) conclusionCount[i]!++;
  }
  const dropped = new Uint8Array(n);
  const stack: number[] = [];
  for (let i = 0; i < n; i++) if (isScheme(i) && (premiseCount[i] === 0 || conclusionCount[i] === 0)) stack.push(i);
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (dropped[i]) continue;
    dropped[i] = 1;
    const why = premiseCount[i] === 0 ? "no premise (no edge from an I-node into it)" : "no conclusion (no edge from it to an I, RA or CA node)";
    warnings.add("aif-incomplete-node", [...prefix, "nodes", i], `${types[i]!} node "${ids[i]!}" has ${why} and was left out`, "RA or CA nodes");
    for (let k = inStart[i]!; k < inStart[i + 1]!; k++) {
      const source = from[inEdges[k]!]!;
      if (isScheme(source) && !dropped[source] && --conclusionCount[source]! === 0) stack.push(source);
    }
  }
  // Dropped RA/CA nodes count as non-argument nodes from here on.
  for (let i = 0; i < n; i++) if (dropped[i]) isArgumentNode[i] = 0;

  // Attach every component of non-argument nodes to the first argument node it touches.
  const attachedTo = new Int32Array(n).fill(-1);
  const component: number[] = [];
  const owner = new Int32Array(n).fill(-1);
  const attachments = new Map<number, Attached>();
  // Locution indices by node id (one index, or a list when a node has several).
  const locutionsByNode = new Map<string, number | number[]>();
  shape.locutions.forEach((locution, l) => {
    const key = String(locution.nodeID);
    const list = locutionsByNode.get(key);
    if (list === undefined) locutionsByNode.set(key, l);
    else if (typeof list === "number") locutionsByNode.set(key, [list, l]);
    else list.push(l);
  });
  const usedLocutions = new Uint8Array(shape.locutions.length);
  const useLocution = (l: number, entry: Attached): void => {
    entry.locutions.push(shape.locutions[l] as JsonValue);
    usedLocutions[l] = 1;
  };
  for (let start = 0; start < n; start++) {
    if (isArgumentNode[start] || owner[start] !== -1) continue;
    component.length = 0;
    owner[start] = start;
    stack.push(start);
    let anchor = -1;
    while (stack.length > 0) {
      const i = stack.pop()!;
      component.push(i);
      const total = outStart[i + 1]! - outStart[i]! + inStart[i + 1]! - inStart[i]!;
      for (let j = 0; j < total; j++) {
        const outgoing = j < outStart[i + 1]! - outStart[i]!;
        const other = outgoing ? to[outEdges[outStart[i]! + j]!]! : from[inEdges[inStart[i]! + j - (outStart[i + 1]! - outStart[i]!)]!]!;
        if (isArgumentNode[other]) {
          if (anchor === -1 || other < anchor) anchor = other;
        } else if (owner[other] === -1) {
          owner[other] = start;
          stack.push(other);
        }
      }
    }
    component.sort((a, b) => a - b);
    if (anchor === -1) {
      for (const i of component) warnings.add("aif-dialogue-dropped", [...prefix, "nodes", i], `${types[i]!} node "${ids[i]!}" is not connected to any claim or relation and was left out`, "nodes and locutions");
      continue;
    }
    let entry = attachments.get(anchor);
    if (entry === undefined) attachments.set(anchor, (entry = { nodes: [], edges: [], locutions: [] }));
    for (const i of component) {
      attachedTo[i] = anchor;
      entry.nodes.push(hooks?.attachedNode === undefined ? (nodes[i] as JsonValue) : hooks.attachedNode(nodes[i]!, i));
      const list = locutionsByNode.get(ids[i]!);
      if (typeof list === "number") useLocution(list, entry);
      else if (list !== undefined) for (const l of list) useLocution(l, entry);
    }
  }
  const directEdges = new Map<number, JsonValue[]>(); // I-node → its outgoing I→I edges
  for (let e = 0; e < m; e++) {
    const a = from[e]!;
    const b = to[e]!;
    if (isArgumentNode[a] && isArgumentNode[b]) {
      if (kind[a] === 1 && kind[b] === 1) {
        warnings.add("aif-direct-edge", [...prefix, "edges", e], `edge from I-node "${ids[a]!}" to I-node "${ids[b]!}" has no RA or CA node between them: it is no relation, and was kept in meta.aif.directEdges of its source claim`, "edges");
        const list = directEdges.get(a);
        if (list === undefined) directEdges.set(a, [shape.edgeAt(e)]);
        else list.push(shape.edgeAt(e));
      }
      continue;
    }
    const home = attachedTo[isArgumentNode[a] ? b : a]!;
    if (home !== -1) attachments.get(home)!.edges.push(shape.edgeAt(e));
  }
  shape.locutions.forEach((locution, i) => {
    if (usedLocutions[i] === 0) warnings.add("aif-dialogue-dropped", [...prefix, "locutions", i], `locution of node "${String(locution.nodeID)}" belongs to no kept node and was left out`, "nodes and locutions");
  });

  // Build the map. Everything it needs is already checked: node ids are
  // unique and non-empty, premises and targets exist and are complete, and
  // values come from JSON (checked below when the input was not text).
  // Split relations and the xAIF source need ids that no node has.
  const pool = new IdPool((id) => shape.index.has(id));
  const claims = new Map<string, Claim>();
  const relations = new Map<string, Relation>();
  // Values parsed from text are JSON and ours already; other input is checked
  // (and, like anything nested, checked for depth) and copied.
  // Nested values are checked whoever holds them: JSON text can nest deeper
  // than a map's meta may.
  const ours = fromText || hooks?.trusted === true;
  const own = (meta: Meta | undefined, i: number): Meta | undefined => {
    if (meta === undefined || (ours && (isFlat(meta) || parsedJsonFits(meta)))) return meta;
    const issues: ArgmapIssue[] = [];
    const at = nodePath(prefix, i);
    if (!checkJsonValue(meta, at, issues)) formatError(hooks?.shapeCode ?? "aif-invalid-shape", at, `a node or an attached dialogue node holds a value that argmap cannot keep in meta: ${issues[0]!.message}`);
    return ours ? meta : cloneJson(meta);
  };
  // Speakers: participants by id, and the L-nodes that assert each I-node through a YA.
  const participants = new Map<string, Participant>();
  const byPersonId = new Map<string, string>();
  const byName = new Map<string, string>();
  const participantIds = new IdPool();
  const addParticipant = (name: string, personId: string | undefined): string => {
    const known = personId !== undefined ? byPersonId.get(personId) : byName.get(name);
    if (known !== undefined) return known;
    const id = participantIds.take(personId ?? (name === "" ? "speaker" : name));
    participants.set(id, { id, name: name === "" ? id : name });
    if (personId !== undefined) byPersonId.set(personId, id);
    if (!byName.has(name) && name !== "") byName.set(name, id);
    return id;
  };
  for (const p of participantList) addParticipant(participantName(p), String(p.participantID));
  const personOfNode = new Map<string, string>();
  for (const locution of shape.locutions) {
    const person = locution.personID;
    if (typeof person === "string" || typeof person === "number") personOfNode.set(String(locution.nodeID), String(person));
  }
  const speakerOf = (l: number): string | undefined => {
    const node = nodes[l]!;
    const inNode = hooks?.skip?.has("participantID") !== true;
    const person = personOfNode.get(ids[l]!) ?? (inNode && (typeof node.participantID === "string" || typeof node.participantID === "number") ? String(node.participantID) : undefined);
    if (person !== undefined && byPersonId.has(person)) return byPersonId.get(person);
    const name = typeof node.text === "string" ? speakerOfLocution(node.text) : undefined;
    if (name === undefined) return person === undefined ? undefined : addParticipant(person, person);
    return addParticipant(name, person);
  };
  const speakers = (i: number): string[] | undefined => {
    const out: string[] = [];
    for (let k = inStart[i]!; k < inStart[i + 1]!; k++) {
      const ya = from[inEdges[k]!]!;
      if (types[ya] !== "YA") continue;
      for (let j = inStart[ya]!; j < inStart[ya + 1]!; j++) {
        const l = from[inEdges[j]!]!;
        if (types[l] !== "L") continue;
        const speaker = speakerOf(l);
        if (speaker !== undefined && !out.includes(speaker)) out.push(speaker);
      }
    }
    return out.length === 0 ? undefined : out;
  };
  for (let i = 0; i < n; i++) {
    if (!isArgumentNode[i] || kind[i] !== 1) continue;
    const node = nodes[i]!;
    const claim: Claim = { id: ids[i]!, text: typeof node.text === "string" ? node.text : "" };
    const by = speakers(i);
    if (by !== undefined) claim.by = by;
    let meta = aifMeta(node, SKIP_CLAIM, attachments.get(i), hooks?.skip);
    const direct = directEdges.get(i);
    if (direct !== undefined) {
      const aif = (meta?.aif ?? {}) as Record<string, JsonValue>;
      meta = { ...meta, aif: { ...aif, directEdges: direct } };
    }
    meta = own(meta, i);
    if (meta !== undefined) claim.meta = meta;
    hooks?.claim?.(node, claim);
    claims.set(claim.id, claim);
  }
  const repeated = (e: number, role: "premise" | "conclusion"): void => {
    const what = role === "premise" ? `I-node "${ids[from[e]!]!}" to ${types[to[e]!]!} node "${ids[to[e]!]!}"` : `${types[from[e]!]!} node "${ids[from[e]!]!}" to node "${ids[to[e]!]!}"`;
    warnings.add("aif-repeated-edge", [...prefix, "edges", e], `edge from ${what} repeats an earlier edge between the same nodes; both were read as one ${role}`, "edges");
  };
  for (let i = 0; i < n; i++) {
    if (!isArgumentNode[i] || kind[i] === 1) continue;
    const node = nodes[i]!;
    const premises: string[] = [];
    const seen: number[] = [];
    for (let k = inStart[i]!; k < inStart[i + 1]!; k++) {
      const p = from[inEdges[k]!]!;
      if (kind[p] !== 1) continue;
      if (seen.includes(p)) {
        repeated(inEdges[k]!, "premise");
        continue;
      }
      seen.push(p);
      premises.push(ids[p]!);
    }
    const type = kind[i] === 2 ? "support" : "attack";
    const nodeText = typeof node.text === "string" ? node.text : "";
    // A scheme of digits (OVA's scheme numbers) is no name: it stays in meta.
    const numbered = typeof node.scheme === "string" && /^\d*$/.test(node.scheme);
    const named = typeof node.scheme === "string" && !numbered && !isDefaultScheme(node.scheme) ? node.scheme : undefined;
    const scheme = named ?? (nodeText !== "" && nodeText !== DEFAULT_TEXT[type] && !isDefaultScheme(nodeText) ? nodeText : undefined);
    const targets: number[] = [];
    for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
      const c = to[outEdges[k]!]!;
      if (!isArgumentNode[c]) continue;
      if (targets.includes(c)) repeated(outEdges[k]!, "conclusion");
      else targets.push(c);
    }
    if (targets.length > 1) warnings.add("aif-split-node", [...prefix, "nodes", i], `${types[i]!} node "${ids[i]!}" has ${targets.length} conclusions and became one relation per conclusion`, "RA or CA nodes");
    const skip = (scheme === nodeText || nodeText === DEFAULT_TEXT[type] ? SKIP_WITH_TEXT : SKIP_KEEP_TEXT).filter((key) => !numbered || key !== "scheme");
    const by = speakers(i);
    for (let k = 0; k < targets.length; k++) {
      const c = targets[k]!;
      if (seen.includes(c)) {
        formatError("inconsistent-structure", [...prefix, "nodes", i], `self-support: ${types[i]!} node "${ids[i]!}" has I-node "${ids[c]!}" as both premise and conclusion`);
      }
      const relation: Relation = { id: k === 0 ? ids[i]! : pool.take(ids[i]!), type, from: k === 0 ? premises : premises.slice(), to: ids[c]! };
      if (scheme !== undefined) relation.scheme = scheme;
      if (by !== undefined) relation.by = [...by];
      const meta = own(aifMeta(node, skip, k === 0 ? attachments.get(i) : undefined, hooks?.skip), i);
      if (meta !== undefined) relation.meta = meta;
      hooks?.relation?.(node, relation);
      relations.set(relation.id, relation);
    }
  }
  const sources = new Map<string, Source>();
  if (text !== undefined) {
    const id = pool.take("text");
    sources.set(id, { id, title: hooks?.sourceTitle ?? "xAIF text", text });
  }
  // The core's consistency checks catch what AIF allows and a map does not,
  // such as RA and CA nodes that target each other in a circle.
  const built = buildFromParts({ title, description: hooks?.description, thesis: undefined, sources, claims, relations, ...(participants.size > 0 ? { participants } : {}) });
  if (!("map" in built)) {
    const claimIds = [...claims.keys()];
    const issues = built.issues.map((found): ArgmapIssue<FormatIssueCode> => {
      // A claim's own problem (a blank text) is where its I-node is.
      const [list, index, field] = found.path;
      const node = list === "claims" && typeof index === "number" ? shape.index.get(claimIds[index]!) : undefined;
      return importIssue(found, node === undefined ? prefix : [...nodePath(prefix, node), ...(field === undefined ? [] : [field])]);
    });
    throw new ArgmapError<FormatIssueCode>(issues as [ArgmapIssue<FormatIssueCode>, ...ArgmapIssue<FormatIssueCode>[]]);
  }
  const map = built.map;
  return { value: map, warnings: warnings.list() };
}

/** A scheme name that only says "no particular scheme" (`Default`, `Default Inference`, …). */
function isDefaultScheme(name: string): boolean {
  return /^\s*default(?:\s+(?:inference|conflict|rephrase|preference))?\s*$/i.test(name);
}

/**
 * Whether AIF meta is shallow: node fields, and the fields of the attached
 * dialogue and direct edges, all primitive, and not many of them. Such meta
 * is far within the bounds of a map's meta, so it needs no walk.
 */
function isFlat(meta: Meta): boolean {
  const aif = meta.aif;
  if (!isObject(aif)) return false;
  for (const key in aif) if (key !== "node" && key !== "attached" && key !== "directEdges") return false;
  const budget = { left: 10_000 };
  if (aif.node !== undefined && !primitiveFields(aif.node, budget)) return false;
  if (!primitiveItems(aif.directEdges, budget)) return false;
  const attached = aif.attached;
  return attached === undefined || (isObject(attached) && primitiveItems(attached.nodes, budget) && primitiveItems(attached.edges, budget) && primitiveItems(attached.locutions, budget));
}

/** Whether `value` is an object whose fields are all primitive, counted against `budget`. */
function primitiveFields(value: unknown, budget: { left: number }): boolean {
  if (!isObject(value)) return false;
  for (const key in value) {
    const field = value[key];
    if (--budget.left < 0 || (field !== null && typeof field === "object")) return false;
  }
  return true;
}

/** Whether `list` is absent, or a list of objects with primitive fields only. */
function primitiveItems(list: unknown, budget: { left: number }): boolean {
  if (list === undefined) return true;
  if (!Array.isArray(list)) return false;
  for (const item of list) if (!primitiveFields(item, budget)) return false;
  return true;
}

function nodePath(prefix: readonly PathSegment[], i: number): PathSegment[] {
  return [...prefix, "nodes", i];
}

/** Index of the node an edge end names, or -1 after recording an issue. */
function endpointIndex(edge: Record<string, unknown>, key: "fromID" | "toID", index: Map<string, number>, prefix: readonly PathSegment[], i: number, issues: ArgmapIssue<FormatIssueCode>[]): number {
  const id = edge[key];
  if (typeof id !== "string" && typeof id !== "number") {
    issues.push(issue("aif-invalid-shape", [...prefix, "edges", i, key], `expected "${key}" to be a node id, got ${describe(id)}`));
    return -1;
  }
  const n = index.get(typeof id === "string" ? id : String(id));
  if (n === undefined) {
    issues.push(issue("aif-dangling-edge", [...prefix, "edges", i, key], `edge ${key} "${String(id)}" is not the nodeID of any node`));
    return -1;
  }
  return n;
}

function aifMeta(node: Record<string, unknown>, skip: readonly string[], attached: Attached | undefined, own?: ReadonlySet<string>): Meta | undefined {
  const extra: Record<string, JsonValue> = {};
  let any = false;
  for (const key in node) {
    if (key === "nodeID" || key === "type" || !Object.prototype.hasOwnProperty.call(node, key) || skip.includes(key) || own?.has(key) === true) continue;
    const value = node[key];
    if (value === undefined) continue;
    defineData(extra, key, value as JsonValue);
    any = true;
  }
  if (!any && attached === undefined) return undefined;
  const aif: Record<string, JsonValue> = {};
  if (any) aif.node = extra;
  if (attached !== undefined) aif.attached = { nodes: attached.nodes, edges: attached.edges, locutions: attached.locutions };
  return { aif };
}

/** Fields of a map that AIF holds. */
const AIF_HOLDS: ReadonlySet<MapFeature> = new Set<MapFeature>(["scheme", "meta", "speakers"]);

/**
 * What {@link toAif} and {@link toXaif} pass to {@link writeAif}: they report
 * the lost sources themselves, in their own words, so `writeAif` must not
 * count each source a second time ("2 sources in all" for one source).
 */
const AIF_WRITER_HOLDS: ReadonlySet<MapFeature> = new Set<MapFeature>([...AIF_HOLDS, "sources"]);

/**
 * Writes a map as AIF JSON in the AIFdb shape. Claims become I-nodes,
 * supports RA-nodes, attacks CA-nodes (an undercut is a CA-node whose edge
 * goes to the RA or CA it attacks); ids are kept as `nodeID`s. What AIF
 * cannot hold (title, thesis, tags, anchors, base scores, weights, labels,
 * notes, sources) is reported; `meta.aif` written by {@link fromAif} is put
 * back, dialogue nodes included.
 *
 * @param map - The map to write.
 * @returns The AIF document and the warnings.
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { argmap } from "argmap";
 * import { toAif } from "argmap/formats";
 *
 * const map = argmap("Lunch").thesis("pizza", "We should get pizza.").claim("quick", "It is quick.").support("quick", "pizza").build();
 * const { value, warnings } = toAif(map);
 * await writeFile("map.aif.json", JSON.stringify(value, null, 2));
 * for (const w of warnings) console.warn(w.code, w.message);
 * ```
 */
export function toAif(map: ArgumentMap): ConversionResult<AifDocument> {
  const warnings = new Warnings();
  const document = writeAif(map, warnings, "AIF", AIF_WRITER_HOLDS);
  if (map.sources().length > 0) {
    map.sources().forEach((_, i) => warnings.add("lost-sources", ["sources", i], "AIF JSON cannot hold sources (xAIF keeps the first source's text)", "sources"));
  }
  return { value: document, warnings: warnings.list() };
}

/**
 * Writes a map as xAIF: `{ "AIF": ..., "text": ... }`, with the text of the
 * map's first source that has text (or `""`). See {@link toAif}.
 *
 * @param map - The map to write.
 * @returns The xAIF document and the warnings.
 * @example
 * ```ts
 * import { argmap } from "argmap";
 * import { toXaif } from "argmap/formats";
 *
 * const map = argmap("Lunch").thesis("pizza", "We should get pizza.").claim("quick", "It is quick.").support("quick", "pizza").build();
 * const { value } = toXaif(map);
 * value.AIF.nodes.length; // 3
 * ```
 */
export function toXaif(map: ArgumentMap): ConversionResult<XaifDocument> {
  const warnings = new Warnings();
  const document = writeAif(map, warnings, "AIF", AIF_WRITER_HOLDS);
  const sources = map.sources();
  const withText = sources.findIndex((s) => s.text !== undefined);
  sources.forEach((_, i) => {
    if (i !== withText) warnings.add("lost-sources", ["sources", i], "xAIF holds the text of one source only", "sources");
  });
  return { value: { AIF: document, text: withText === -1 ? "" : sources[withText]!.text! }, warnings: warnings.list() };
}

/** @internal Writes the AIF graph of a map, recording losses in `warnings`. */
export function writeAif(map: ArgumentMap, warnings: Warnings, format = "AIF", holds: ReadonlySet<MapFeature> = AIF_HOLDS): AifDocument {
  reportLostFields(map, format, holds, warnings);
  const nodes: AifNode[] = [];
  const edges: AifEdge[] = [];
  const locutions: AifLocution[] = [];
  const pool = new IdPool();
  for (const claim of map.claims()) pool.take(claim.id);
  for (const relation of map.relations()) pool.take(relation.id);
  // Edge ids of attached dialogue edges are kept; new edges get free ids.
  const edgeIds = new Set<string>();
  for (const item of [...map.claims(), ...map.relations()]) {
    const attached = item.meta?.aif;
    if (!isObject(attached) || !isObject(attached.attached) || !Array.isArray(attached.attached.edges)) continue;
    for (const e of attached.attached.edges) if (isObject(e) && (typeof e.edgeID === "string" || typeof e.edgeID === "number")) edgeIds.add(String(e.edgeID));
  }
  let edgeCount = 0;
  const freshEdgeId = (): string => {
    let id: string;
    do id = `e${++edgeCount}`;
    while (edgeIds.has(id));
    return id;
  };
  const edge = (fromID: string | number, toID: string | number): void => {
    edges.push({ edgeID: freshEdgeId(), fromID, toID, formEdgeID: null });
  };
  const later: Array<() => void> = [];
  const extras = (meta: Meta | undefined, path: PathSegment[], skip: readonly string[]): Record<string, JsonValue> => {
    const out: Record<string, JsonValue> = {};
    if (meta === undefined) return out;
    for (const key of Object.keys(meta)) if (key !== "aif") warnings.add("lost-meta", [...path, "meta", key], `${format} keeps only the \`aif\` part of meta`, "meta entries");
    const aif = meta.aif;
    if (!isObject(aif)) return out;
    const node = aif.node;
    if (isObject(node)) {
      for (const key of Object.keys(node)) {
        if (skip.includes(key)) continue;
        Object.defineProperty(out, key, { value: node[key] as JsonValue, enumerable: true, writable: true, configurable: true });
      }
    }
    const attached = aif.attached;
    if (isObject(attached)) later.push(() => putBack(attached, path));
    return out;
  };
  const putBack = (attached: Record<string, unknown>, path: PathSegment[]): void => {
    const renamed = new Map<string, string>();
    const list = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter(isObject) : []);
    for (const node of list(attached.nodes)) {
      if (typeof node.nodeID !== "string" && typeof node.nodeID !== "number") continue;
      const old = String(node.nodeID);
      const id = pool.has(old) ? pool.take(old) : (pool.take(old), old);
      if (id !== old) renamed.set(old, id);
      nodes.push({ ...(node as Record<string, JsonValue>), nodeID: id === old ? node.nodeID : id } as AifNode);
    }
    for (const e of list(attached.edges)) {
      if (typeof e.fromID !== "string" && typeof e.fromID !== "number") continue;
      if (typeof e.toID !== "string" && typeof e.toID !== "number") continue;
      const fromID = renamed.get(String(e.fromID)) ?? e.fromID;
      const toID = renamed.get(String(e.toID)) ?? e.toID;
      if (!pool.has(String(fromID)) || !pool.has(String(toID))) {
        warnings.add("aif-dialogue-dropped", [...path, "meta", "aif", "attached"], "an attached AIF edge names a node that is no longer in the map and was left out", "edges");
        continue;
      }
      const edgeID = typeof e.edgeID === "string" || typeof e.edgeID === "number" ? e.edgeID : freshEdgeId();
      edges.push({ ...(e as Record<string, JsonValue>), edgeID, fromID, toID } as AifEdge);
    }
    for (const locution of list(attached.locutions)) {
      if (typeof locution.nodeID !== "string" && typeof locution.nodeID !== "number") continue;
      const nodeID = renamed.get(String(locution.nodeID)) ?? locution.nodeID;
      locutions.push({ ...(locution as Record<string, JsonValue>), nodeID } as AifLocution);
    }
  };
  // Speakers: the map's participants, and an L-node with a YA for each claim
  // whose speakers no L-node kept in meta.aif.attached names already.
  const participants: AifParticipant[] = map.participants.map((p) => {
    const [firstname, ...rest] = p.name.trim().split(/\s+/);
    return { participantID: p.id, firstname: firstname ?? "", surname: rest.join(" ") };
  });
  // Claims and relations that a YA node kept in some meta.aif.attached already asserts.
  const keptYa = new Set<string>();
  const keptEdges: Record<string, unknown>[] = [];
  for (const item of [...map.claims(), ...map.relations()]) {
    const aif = item.meta?.aif;
    if (!isObject(aif) || !isObject(aif.attached)) continue;
    const { nodes: kn, edges: ke } = aif.attached;
    if (Array.isArray(kn)) for (const node of kn) if (isObject(node) && node.type === "YA" && (typeof node.nodeID === "string" || typeof node.nodeID === "number")) keptYa.add(String(node.nodeID));
    if (Array.isArray(ke)) for (const e of ke) if (isObject(e)) keptEdges.push(e);
  }
  const assertedInMeta = new Set<string>();
  for (const e of keptEdges) if (keptYa.has(String(e.fromID))) assertedInMeta.add(String(e.toID));
  const asserted = (claimId: string, by: readonly string[] | undefined): void => {
    if (by === undefined || by.length === 0 || assertedInMeta.has(claimId)) return;
    for (const speaker of by) {
      const name = map.participant(speaker)?.name ?? speaker;
      const l = pool.take(`${claimId} L ${speaker}`);
      const ya = pool.take(`${claimId} YA ${speaker}`);
      const text = map.claim(claimId)?.text ?? map.relation(claimId)?.label ?? "";
      nodes.push({ nodeID: l, text: `${name} : ${text}`, type: "L" });
      nodes.push({ nodeID: ya, text: "Asserting", type: "YA" });
      edge(l, ya);
      edge(ya, claimId);
      locutions.push({ nodeID: l, personID: speaker });
    }
  };
  const direct: AifEdge[] = [];
  map.claims().forEach((claim, i) => {
    nodes.push({ ...extras(claim.meta, ["claims", i], ["nodeID", "type", "text"]), nodeID: claim.id, text: claim.text, type: "I" });
    asserted(claim.id, claim.by);
    const kept = isObject(claim.meta?.aif) ? (claim.meta!.aif as Record<string, unknown>).directEdges : undefined;
    if (Array.isArray(kept)) for (const e of kept) if (isObject(e)) direct.push(e as AifEdge);
  });
  map.relations().forEach((relation, i) => {
    const type = relation.type === "support" ? "RA" : "CA";
    const node: Record<string, JsonValue> = { ...extras(relation.meta, ["relations", i], relation.scheme === undefined ? ["nodeID", "type"] : ["nodeID", "type", "scheme"]), nodeID: relation.id, type };
    if (typeof node.text !== "string") node.text = relation.scheme ?? DEFAULT_TEXT[relation.type];
    if (relation.scheme !== undefined) node.scheme = relation.scheme;
    nodes.push(node as AifNode);
    for (const premise of relation.from) edge(premise, relation.id);
    edge(relation.id, relation.to);
    asserted(relation.id, relation.by);
  });
  for (const put of later) put();
  for (const e of direct) {
    if (!map.hasClaim(String(e.fromID)) || !map.hasClaim(String(e.toID))) {
      warnings.add("aif-direct-edge", ["claims"], "an I→I edge kept in meta.aif.directEdges names a claim that is no longer in the map and was left out", "edges");
      continue;
    }
    const edgeID = (typeof e.edgeID === "string" || typeof e.edgeID === "number") && !edgeIds.has(String(e.edgeID)) ? e.edgeID : freshEdgeId();
    edgeIds.add(String(edgeID));
    edges.push({ ...e, edgeID });
  }
  const document: AifDocument = participants.length > 0 ? { nodes, edges, locutions, participants } : { nodes, edges, locutions };
  return document;
}

/** @internal */
export function parseJsonText(text: string, code: "aif-invalid-json" | "ova-invalid-json" | "sadface-invalid-json" = "aif-invalid-json"): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const offset = at === null ? jsonErrorOffset(text) : Number(at[1]);
    return formatError(code, [], `not valid JSON: ${message}`, offset < 0 ? undefined : positionOf(text, offset));
  }
}

/** @internal */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** @internal */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

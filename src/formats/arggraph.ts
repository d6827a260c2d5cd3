/**
 * arggraph XML, the format of argument-mining corpora such as the
 * argumentative microtexts: elementary discourse units (`<edu>`), argumentative
 * discourse units (`<adu type="pro|opp">`) and typed edges between them.
 * Reading only; the XML parser (`fast-xml-parser`) is an optional peer
 * dependency loaded on first use.
 *
 * ```xml
 * <arggraph id="cars" topic_id="car_ban" stance="pro">
 *   <edu id="e1"><![CDATA[Cities should ban cars.]]></edu>
 *   <edu id="e2"><![CDATA[The air would be cleaner.]]></edu>
 *   <adu id="a1" type="pro"/>
 *   <adu id="a2" type="pro"/>
 *   <edge id="c1" src="e1" trg="a1" type="seg"/>
 *   <edge id="c2" src="e2" trg="a2" type="seg"/>
 *   <edge id="c3" src="a2" trg="a1" type="sup"/>
 * </arggraph>
 * ```
 * @module
 */
import { ArgmapError, issue, type ArgmapIssue, type PathSegment } from "../errors.js";
import type { ArgumentMap } from "../map/argument-map.js";
import type { ArgumentMapDocument, Claim, Relation } from "../schema/document.js";
import { buildOwnMap, formatError, importOptionalPeer, positionOf, rejectOtherFormat, Warnings, type ConversionResult, type FormatIssueCode } from "./conversion.js";
import { sniffFormat } from "./sniff.js";
import { loadOnce } from "../internal/load-once.js";

/** One element of the document as the parser returns it in order. */
type OrderedNode = Record<string, unknown>;

/** The parts of `fast-xml-parser` that {@link fromArggraph} uses. */
interface XmlParserModule {
  readonly XMLParser: new (options: Record<string, unknown>) => { parse(text: string): unknown };
  readonly XMLValidator: { validate(text: string, options?: Record<string, unknown>): true | { err: { code: string; msg: string; line: number; col: number } } };
}

/**
 * Loads `fast-xml-parser` once; a loader that cannot find it gives
 * `missing-peer` naming the package.
 *
 * @internal
 */
export function loadXmlParser(load: () => Promise<unknown> = () => import("fast-xml-parser")): Promise<XmlParserModule> {
  return importOptionalPeer<XmlParserModule>("fast-xml-parser", "reading arggraph XML", load, "XMLParser");
}

const xmlParser: () => Promise<XmlParserModule> = loadOnce(() => loadXmlParser());

/** Edge types and what they become. */
const SUPPORT_TYPES = new Set(["sup", "exa"]);
const EDGE_TYPES = new Set(["seg", "sup", "exa", "reb", "und", "add"]);

/**
 * Reads an arggraph XML document (the argument-mining corpus format) into a
 * map, following the corpus' annotation scheme:
 *
 * - Each ADU becomes a claim whose id is the ADU's id and whose text is its
 *   EDUs (the `seg` edges into it), in document order, joined by single
 *   spaces.
 * - The source text (source id `text`) is all EDUs joined by single spaces;
 *   every claim has one anchor per EDU into it.
 * - `sup` and `exa` edges become supports (an `exa` keeps `scheme:
 *   "example"`), `reb` an attack, `und` an undercut of the relation its
 *   target edge made, and `add` a further linked premise of that relation.
 *   Relation ids are the edge ids.
 * - The ADU from which no `sup`, `exa`, `reb` or `und` edge leaves is the
 *   thesis (the first, if there are several). `topic_id` becomes the map's
 *   title; each ADU's type (`pro`, `opp`) goes into its `meta.arggraph.type`,
 *   and the document's `stance` into the thesis' `meta.arggraph.stance`.
 *
 * @param text - The XML text.
 * @returns A promise of the map and the warnings.
 * @throws {@link argmap!ArgmapError} `format-mismatch` for another format (the
 * message names it), `arggraph-invalid-xml` (with line and column),
 * `arggraph-invalid-shape` (a missing or unknown element, attribute, edge
 * type or id), `missing-peer` when `fast-xml-parser` is not installed, or
 * `inconsistent-structure`.
 * @example
 * ```ts
 * import { fromArggraph } from "argmap/formats";
 *
 * const { value: map } = await fromArggraph(`<arggraph id="cars">
 *   <edu id="e1"><![CDATA[Cities should ban cars.]]></edu>
 *   <edu id="e2"><![CDATA[The air would be cleaner.]]></edu>
 *   <adu id="a1" type="pro"/>
 *   <adu id="a2" type="pro"/>
 *   <edge id="c1" src="e1" trg="a1" type="seg"/>
 *   <edge id="c2" src="e2" trg="a2" type="seg"/>
 *   <edge id="c3" src="a2" trg="a1" type="sup"/>
 * </arggraph>`);
 * map.thesis; // "a1"
 * ```
 */
export async function fromArggraph(text: string): Promise<ConversionResult<ArgumentMap>> {
  if (typeof text !== "string") formatError("arggraph-invalid-xml", [], `expected arggraph XML text, got ${text === null ? "null" : typeof text}`);
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  rejectOtherFormat("arggraph", sniffFormat(source), "arggraph XML");
  if (source.trim() === "") formatError("arggraph-invalid-xml", [], "the arggraph text is empty", { line: 1, column: 1 });
  const entity = /<!ENTITY/i.exec(source);
  if (entity !== null) formatError("arggraph-invalid-xml", [], "entity declarations are not read (arggraph documents need none)", positionOf(source, entity.index));
  const { XMLParser, XMLValidator } = await xmlParser();
  const valid = XMLValidator.validate(source);
  if (valid !== true) formatError("arggraph-invalid-xml", [], `not well-formed XML: ${valid.err.msg}`, { line: valid.err.line, column: valid.err.col });
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", preserveOrder: true, cdataPropName: "#cdata", trimValues: false, parseTagValue: false, parseAttributeValue: false, processEntities: true });
  const tree = parser.parse(source) as OrderedNode[];
  return convert(tree);
}

/** Name and attributes of an ordered node. */
function nameOf(node: OrderedNode): string | undefined {
  for (const key of Object.keys(node)) if (key !== ":@") return key;
  return undefined;
}

function attributes(node: OrderedNode): Record<string, string> {
  const attrs = node[":@"];
  const out = Object.create(null) as Record<string, string>;
  if (attrs !== null && typeof attrs === "object") for (const key of Object.keys(attrs)) out[key] = String((attrs as Record<string, unknown>)[key]);
  return out;
}

/** Text content of an element: its text and CDATA children, in order. */
function textOf(node: OrderedNode, name: string): string {
  let out = "";
  const stack: unknown[] = [node[name]];
  while (stack.length > 0) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
      continue;
    }
    if (item === null || typeof item !== "object") continue;
    const record = item as Record<string, unknown>;
    if (typeof record["#text"] === "string" || typeof record["#text"] === "number") out += String(record["#text"]);
    else if (record["#cdata"] !== undefined) stack.push(record["#cdata"]);
  }
  return out;
}

interface Edge {
  readonly id: string;
  readonly src: string;
  readonly trg: string;
  readonly type: string;
  readonly index: number;
}

function convert(tree: readonly OrderedNode[]): ConversionResult<ArgumentMap> {
  const root = tree.find((node) => nameOf(node) === "arggraph");
  if (root === undefined) return formatError("arggraph-invalid-shape", [], "the root element is not <arggraph>");
  const rootAttrs = attributes(root);
  const children = Array.isArray(root.arggraph) ? (root.arggraph as OrderedNode[]) : [];
  const warnings = new Warnings();
  const issues: ArgmapIssue<FormatIssueCode>[] = [];
  const fail = (path: PathSegment[], message: string): void => {
    if (issues.length < 100) issues.push(issue<FormatIssueCode>("arggraph-invalid-shape", path, message));
  };
  const edus = new Map<string, { text: string; order: number }>();
  const adus = new Map<string, { type: string; order: number }>();
  const edges: Edge[] = [];
  const ids = new Set<string>();
  const k = { edu: 0, adu: 0, edge: 0 };
  for (const child of children) {
    const name = nameOf(child);
    if (name === undefined || name === "#text" || name === "#comment") continue;
    const attrs = attributes(child);
    if (name !== "edu" && name !== "adu" && name !== "edge") {
      fail(["arggraph", name], `<${name}> is not an arggraph element (edu, adu, edge)`);
      continue;
    }
    const index = k[name]++;
    const path: PathSegment[] = ["arggraph", name, index];
    const id = attrs.id;
    if (id === undefined || id === "") {
      fail([...path, "id"], `<${name}> number ${index + 1} has no id`);
      continue;
    }
    if (ids.has(id)) {
      fail([...path, "id"], `id ${JSON.stringify(id)} is used twice`);
      continue;
    }
    ids.add(id);
    if (name === "edu") edus.set(id, { text: textOf(child, name).replace(/\s+/g, " ").trim(), order: index });
    else if (name === "adu") {
      const type = attrs.type ?? "";
      if (type !== "pro" && type !== "opp") fail([...path, "type"], `ADU ${JSON.stringify(id)} has type ${JSON.stringify(type)}; expected "pro" or "opp"`);
      adus.set(id, { type, order: index });
    } else {
      const type = attrs.type ?? "";
      if (!EDGE_TYPES.has(type)) fail([...path, "type"], `edge ${JSON.stringify(id)} has type ${JSON.stringify(type)}; expected one of seg, sup, exa, reb, und, add`);
      if (attrs.src === undefined || attrs.trg === undefined) fail(path, `edge ${JSON.stringify(id)} needs src and trg`);
      edges.push({ id, src: attrs.src ?? "", trg: attrs.trg ?? "", type, index });
    }
  }
  if (adus.size === 0 && issues.length === 0) fail(["arggraph"], "the document has no <adu> elements, so there is no argument to read");
  const edgeById = new Map<string, Edge>();
  for (const edge of edges) edgeById.set(edge.id, edge);
  // Check every edge's ends before building anything.
  for (const edge of edges) {
    const path: PathSegment[] = ["arggraph", "edge", edge.index];
    if (edge.type === "seg") {
      if (!edus.has(edge.src)) fail([...path, "src"], `seg edge ${JSON.stringify(edge.id)} must start at an EDU; ${JSON.stringify(edge.src)} is none`);
      if (!adus.has(edge.trg)) fail([...path, "trg"], `seg edge ${JSON.stringify(edge.id)} must end at an ADU; ${JSON.stringify(edge.trg)} is none`);
    } else if (EDGE_TYPES.has(edge.type)) {
      if (!adus.has(edge.src)) fail([...path, "src"], `${edge.type} edge ${JSON.stringify(edge.id)} must start at an ADU; ${JSON.stringify(edge.src)} is none`);
      const onEdge = edge.type === "und" || edge.type === "add";
      const target = onEdge ? edgeById.get(edge.trg) : undefined;
      if (onEdge && (target === undefined || target.type === "seg" || target.type === "add")) {
        fail([...path, "trg"], `${edge.type} edge ${JSON.stringify(edge.id)} must end at a sup, exa, reb or und edge; ${JSON.stringify(edge.trg)} is none`);
      }
      if (!onEdge && !adus.has(edge.trg)) fail([...path, "trg"], `${edge.type} edge ${JSON.stringify(edge.id)} must end at an ADU; ${JSON.stringify(edge.trg)} is none`);
    }
  }
  if (issues.length > 0) throw new ArgmapError<FormatIssueCode>(issues as [ArgmapIssue<FormatIssueCode>, ...ArgmapIssue<FormatIssueCode>[]]);

  // The source text: every EDU, in document order, joined by single spaces.
  const eduOrder = [...edus.entries()].sort((a, b) => a[1].order - b[1].order);
  const offset = new Map<string, number>();
  let sourceText = "";
  for (const [id, edu] of eduOrder) {
    if (sourceText !== "") sourceText += " ";
    offset.set(id, sourceText.length);
    sourceText += edu.text;
  }
  const segmentsOf = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.type !== "seg") continue;
    const list = segmentsOf.get(edge.trg);
    if (list === undefined) segmentsOf.set(edge.trg, [edge.src]);
    else list.push(edge.src);
  }
  const claims: Claim[] = [];
  const aduOrder: number[] = []; // the ADU of each claim
  for (const [id, adu] of [...adus.entries()].sort((a, b) => a[1].order - b[1].order)) {
    const segments = (segmentsOf.get(id) ?? []).sort((a, b) => edus.get(a)!.order - edus.get(b)!.order);
    const claim: Claim = { id, text: segments.map((e) => edus.get(e)!.text).join(" "), meta: { arggraph: { type: adu.type } } };
    const anchors = segments
      .filter((e) => edus.get(e)!.text !== "")
      .map((e) => ({ source: "text", start: offset.get(e)!, end: offset.get(e)! + edus.get(e)!.text.length, quote: edus.get(e)!.text }));
    if (anchors.length > 0) claim.anchors = anchors;
    claims.push(claim);
    aduOrder.push(adu.order);
  }
  const relations: Relation[] = [];
  const relationOf = new Map<string, Relation>();
  for (const edge of edges) {
    if (edge.type === "seg" || edge.type === "add") continue;
    const relation: Relation = { id: edge.id, type: SUPPORT_TYPES.has(edge.type) ? "support" : "attack", from: [edge.src], to: edge.trg };
    if (edge.type === "exa") relation.scheme = "example";
    relations.push(relation);
    relationOf.set(edge.id, relation);
  }
  for (const edge of edges) {
    if (edge.type !== "add") continue;
    const target = relationOf.get(edge.trg)!;
    if (!target.from.includes(edge.src)) target.from.push(edge.src);
  }
  const leaves = new Set<string>();
  for (const edge of edges) if (edge.type !== "seg" && edge.type !== "add") leaves.add(edge.src);
  const thesis = claims.find((claim) => !leaves.has(claim.id) && !edges.some((e) => e.type === "add" && e.src === claim.id));
  const document: ArgumentMapDocument = {
    format: "argmap",
    version: 1,
    title: rootAttrs.topic_id ?? rootAttrs.id ?? "",
    sources: [{ id: "text", title: rootAttrs.id ?? "arggraph text", text: sourceText }],
    claims,
    relations,
  };
  if (thesis !== undefined) {
    document.thesis = thesis.id;
    if (rootAttrs.stance !== undefined) thesis.meta = { arggraph: { type: adus.get(thesis.id)!.type, stance: rootAttrs.stance } };
  }
  // An ADU without EDUs, or with blank ones, is a claim without text (empty-text).
  const map = buildOwnMap(document, ([list, index]) => (list === "claims" && typeof index === "number" ? { path: ["arggraph", "adu", aduOrder[index]!] } : { path: [] }));
  return { value: map, warnings: warnings.list() };
}

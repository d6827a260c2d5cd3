/**
 * arggraph XML, the format of argument-mining corpora such as the
 * argumentative microtexts: elementary discourse units (`<edu>`), argumentative
 * discourse units (`<adu type="pro|opp">`) and typed edges between them.
 * Reading only; the XML parser (`saxes`, a strict, streaming XML 1.0 parser)
 * is an optional peer dependency loaded on first use.
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

/** A start tag as `saxes` reports it (without namespace processing). */
interface SaxesTag {
  readonly name: string;
  /** Attribute values by name, in an object without a prototype. */
  readonly attributes: Readonly<Record<string, string>>;
}

/** The parts of a `saxes` parser that {@link fromArggraph} uses. */
interface SaxesParserLike {
  on(event: "opentagstart", handler: (tag: { readonly name: string }) => void): void;
  on(event: "opentag", handler: (tag: SaxesTag) => void): void;
  on(event: "closetag", handler: (tag: { readonly name: string }) => void): void;
  on(event: "text" | "cdata" | "doctype", handler: (text: string) => void): void;
  on(event: "error", handler: (error: Error) => void): void;
  write(chunk: string): unknown;
  close(): unknown;
  /** 1-based line of the next character. */
  readonly line: number;
  /** 0-based column of the next character, in UTF-16 code units. */
  readonly columnIndex: number;
  /** Offset of the next character in the text, in UTF-16 code units. */
  readonly position: number;
}

/** The parts of `saxes` that {@link fromArggraph} uses. */
interface XmlParserModule {
  readonly SaxesParser: new (options: { readonly position: true; readonly xmlns: false; readonly defaultXMLVersion: "1.0"; readonly forceXMLVersion: true }) => SaxesParserLike;
}

/**
 * Loads `saxes` once; a loader that cannot find it gives `missing-peer`
 * naming the package.
 *
 * @internal
 */
export function loadXmlParser(load: () => Promise<unknown> = () => import("saxes")): Promise<XmlParserModule> {
  return importOptionalPeer<XmlParserModule>("saxes", "reading arggraph XML", load, "SaxesParser");
}

const xmlParser: () => Promise<XmlParserModule> = loadOnce(() => loadXmlParser());

/**
 * @internal How deep elements may nest. An arggraph document needs three levels
 * (`<arggraph>`, `<edu>`, and markup inside an EDU); deeper input is refused
 * with `arggraph-invalid-xml` and the position of the element that goes too
 * deep.
 */
export const MAX_ARGGRAPH_DEPTH = 100;

/**
 * Element and attribute names that JavaScript gives a meaning on every
 * object. No arggraph document uses them; a document that does is refused
 * (`arggraph-invalid-shape`) rather than read by name lookups that could
 * mistake them for something else.
 */
const RESERVED_NAMES = new Set(["__proto__", "constructor", "prototype"]);

/** Edge types and what they become. */
const SUPPORT_TYPES = new Set(["sup", "exa"]);
const EDGE_TYPES = new Set(["seg", "sup", "exa", "reb", "und", "add"]);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** XML's white space (and only it: a no-break space is text). */
const XML_SPACE = /[ \t\r\n]+/g;
const XML_SPACE_AT_ENDS = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/**
 * Reads an arggraph XML document (the argument-mining corpus format) into a
 * map, following the corpus' annotation scheme:
 *
 * - Each ADU becomes a claim whose id is the ADU's id and whose text is its
 *   EDUs (the `seg` edges into it), in document order, joined by single
 *   spaces.
 * - An EDU's text is its character data (text and CDATA, character
 *   references decoded as XML decodes them), with runs of XML white space
 *   (space, tab, line breaks) made one space and trimmed at both ends. Markup
 *   inside an EDU (`A <b>bold</b> word`) keeps its text, drops the tags and
 *   warns (`arggraph-edu-markup`).
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
 * The XML must be well-formed XML 1.0 with one root element: characters XML
 * forbids (NUL, lone surrogates, most control characters), also as character
 * references (`&#0;`), entity declarations, undeclared entities and elements
 * nested more than 100 levels deep are refused. Memory stays near the size
 * of the text (a 50 MB attribute takes about 100 MB more).
 *
 * @param text - The XML text.
 * @returns A promise of the map and the warnings.
 * @throws {@link argmap!ArgmapError} `format-mismatch` for another format (the
 * message names it), `arggraph-invalid-xml` (with line and column),
 * `arggraph-invalid-shape` (a missing or unknown element, attribute, edge
 * type or id, text where arggraph has none, or a name such as `__proto__`),
 * `missing-peer` when `saxes` is not installed, or `inconsistent-structure`.
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
  // saxes lets a high surrogate without its low half through.
  const surrogate = LONE_SURROGATE.exec(source);
  if (surrogate !== null) formatError("arggraph-invalid-xml", [], "not well-formed XML: a lone surrogate (half of a UTF-16 pair), which XML cannot hold", positionOf(source, surrogate.index));
  const { SaxesParser } = await xmlParser();
  return convert(readElements(source, SaxesParser));
}

/** A child element of `<arggraph>`, as read. */
interface Element {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Where its start tag is (an offset into the text). */
  readonly offset: number;
  /** Its character data (EDUs). */
  text: string;
  /** The first element nested in it, if any. */
  nested: string | undefined;
  /** Non-white-space text outside an EDU. */
  stray: boolean;
}

/** What the XML pass found: the root's attributes and its child elements. */
interface Read {
  readonly root: Readonly<Record<string, string>>;
  readonly elements: readonly Element[];
  /** The text, for the positions of problems. */
  readonly source: string;
  /** Where non-white-space text directly inside `<arggraph>` is (an offset). */
  readonly strayText: number | undefined;
}

/**
 * Reads the XML with saxes, keeping only what arggraph needs: the root's
 * attributes, and each child element's name, attributes, position and text.
 * Nothing is kept per nested element, and nesting is bounded, so memory
 * stays near the size of the input.
 */
function readElements(source: string, SaxesParser: XmlParserModule["SaxesParser"]): Read {
  const parser = new SaxesParser({ position: true, xmlns: false, defaultXMLVersion: "1.0", forceXMLVersion: true });
  const here = (): { line: number; column: number } => ({ line: parser.line, column: parser.columnIndex + 1 });
  let depth = 0;
  let root: Readonly<Record<string, string>> | undefined;
  const elements: Element[] = [];
  let current: Element | undefined;
  let strayText: number | undefined;
  let tagAt = 0;
  parser.on("error", (error) => {
    const message = error.message.replace(/^\d+:\d+: /, "").replace(/\.$/, "");
    const why = message === "malformed character entity" ? " (a character reference to a character XML 1.0 does not allow, such as &#0;, a surrogate or a control character, or a malformed one)" : "";
    formatError("arggraph-invalid-xml", [], `not well-formed XML: ${message}${why}`, here());
  });
  parser.on("doctype", (doctype) => {
    // Only the DOCTYPE's own text: `<!ENTITY` in CDATA later on is text.
    const entity = doctype.indexOf("<!ENTITY");
    // saxes stands just past the DOCTYPE's closing `>`.
    if (entity !== -1) formatError("arggraph-invalid-xml", [], "entity declarations are not read (arggraph documents need none)", positionOf(source, parser.position - 1 - doctype.length + entity));
  });
  parser.on("opentagstart", (tag) => {
    // saxes has read the name and the character after it.
    tagAt = Math.max(0, parser.position - tag.name.length - 2);
  });
  parser.on("opentag", (tag) => {
    depth++;
    if (depth > MAX_ARGGRAPH_DEPTH) formatError("arggraph-invalid-xml", [], `elements are nested more than ${MAX_ARGGRAPH_DEPTH} levels deep`, positionOf(source, tagAt));
    const reserved = RESERVED_NAMES.has(tag.name) ? tag.name : Object.keys(tag.attributes).find((name) => RESERVED_NAMES.has(name));
    if (reserved !== undefined) {
      const what = reserved === tag.name ? `<${reserved}> is not an arggraph element` : `<${tag.name}> has an attribute named ${reserved}, which arggraph does not use`;
      formatError("arggraph-invalid-shape", ["arggraph"], `${what} (names JavaScript reserves, such as __proto__ and constructor, are refused)`, positionOf(source, tagAt));
    }
    if (depth === 1) {
      if (tag.name !== "arggraph") formatError("arggraph-invalid-shape", [], `the root element is <${tag.name}>, not <arggraph>`, positionOf(source, tagAt));
      root = tag.attributes;
    } else if (depth === 2) {
      current = { name: tag.name, attributes: tag.attributes, offset: tagAt, text: "", nested: undefined, stray: false };
      elements.push(current);
    } else if (current !== undefined) current.nested ??= tag.name;
  });
  parser.on("closetag", () => {
    depth--;
    if (depth === 1) current = undefined;
  });
  const onText = (text: string): void => {
    if (current !== undefined) {
      if (current.name === "edu") current.text += text;
      else if (!current.stray && !isXmlSpace(text)) current.stray = true;
    } else if (depth === 1 && strayText === undefined && !isXmlSpace(text)) strayText = parser.position;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.write(source);
  parser.close();
  // saxes refuses a document without a root element before this point.
  return { root: root ?? {}, elements, strayText, source };
}

function isXmlSpace(text: string): boolean {
  return /^[ \t\r\n]*$/.test(text);
}

interface Edge {
  readonly id: string;
  readonly src: string;
  readonly trg: string;
  readonly type: string;
  readonly index: number;
  readonly offset: number;
}

function convert({ root: rootAttrs, elements, strayText, source }: Read): ConversionResult<ArgumentMap> {
  const warnings = new Warnings();
  const issues: ArgmapIssue<FormatIssueCode>[] = [];
  const fail = (path: PathSegment[], message: string, at?: { readonly offset: number }): void => {
    if (issues.length < 100) issues.push({ ...issue<FormatIssueCode>("arggraph-invalid-shape", path, message), ...(at === undefined ? {} : positionOf(source, at.offset)) });
  };
  if (strayText !== undefined) fail(["arggraph"], "<arggraph> holds text of its own; text belongs in <edu> elements", { offset: strayText });
  const edus = new Map<string, { text: string; order: number }>();
  const adus = new Map<string, { type: string; order: number }>();
  const edges: Edge[] = [];
  const ids = new Set<string>();
  const k = { edu: 0, adu: 0, edge: 0 };
  for (const element of elements) {
    const { name, attributes: attrs } = element;
    if (name !== "edu" && name !== "adu" && name !== "edge") {
      fail(["arggraph", name], `<${name}> is not an arggraph element (edu, adu, edge)`, element);
      continue;
    }
    const index = k[name]++;
    const path: PathSegment[] = ["arggraph", name, index];
    const id = attrs.id;
    if (id === undefined || id === "") {
      fail([...path, "id"], `<${name}> number ${index + 1} has no id`, element);
      continue;
    }
    if (ids.has(id)) {
      fail([...path, "id"], `id ${JSON.stringify(id)} is used twice`, element);
      continue;
    }
    ids.add(id);
    if (name === "edu") {
      edus.set(id, { text: element.text.replace(XML_SPACE, " ").replace(XML_SPACE_AT_ENDS, ""), order: index });
      if (element.nested !== undefined) {
        warnings.add("arggraph-edu-markup", path, `EDU ${JSON.stringify(id)} holds markup (<${element.nested}>): its text was kept, its tags were dropped`, "EDUs with markup");
      }
      continue;
    }
    if (element.nested !== undefined) fail(path, `<${name}> ${JSON.stringify(id)} holds an element (<${element.nested}>); ${name === "adu" ? "ADUs" : "edges"} are empty elements`, element);
    else if (element.stray) fail(path, `<${name}> ${JSON.stringify(id)} holds text; ${name === "adu" ? "an ADU's text comes from its EDUs (seg edges)" : "edges are empty elements"}`, element);
    if (name === "adu") {
      const type = attrs.type ?? "";
      if (type !== "pro" && type !== "opp") fail([...path, "type"], `ADU ${JSON.stringify(id)} has type ${JSON.stringify(type)}; expected "pro" or "opp"`, element);
      adus.set(id, { type, order: index });
    } else {
      const type = attrs.type ?? "";
      if (!EDGE_TYPES.has(type)) fail([...path, "type"], `edge ${JSON.stringify(id)} has type ${JSON.stringify(type)}; expected one of seg, sup, exa, reb, und, add`, element);
      if (attrs.src === undefined || attrs.trg === undefined) fail(path, `edge ${JSON.stringify(id)} needs src and trg`, element);
      edges.push({ id, src: attrs.src ?? "", trg: attrs.trg ?? "", type, index, offset: element.offset });
    }
  }
  if (adus.size === 0 && issues.length === 0) fail(["arggraph"], "the document has no <adu> elements, so there is no argument to read");
  const edgeById = new Map<string, Edge>();
  for (const edge of edges) edgeById.set(edge.id, edge);
  // Check every edge's ends before building anything.
  for (const edge of edges) {
    const path: PathSegment[] = ["arggraph", "edge", edge.index];
    if (edge.type === "seg") {
      if (!edus.has(edge.src)) fail([...path, "src"], `seg edge ${JSON.stringify(edge.id)} must start at an EDU; ${JSON.stringify(edge.src)} is none`, edge);
      if (!adus.has(edge.trg)) fail([...path, "trg"], `seg edge ${JSON.stringify(edge.id)} must end at an ADU; ${JSON.stringify(edge.trg)} is none`, edge);
    } else if (EDGE_TYPES.has(edge.type)) {
      if (!adus.has(edge.src)) fail([...path, "src"], `${edge.type} edge ${JSON.stringify(edge.id)} must start at an ADU; ${JSON.stringify(edge.src)} is none`, edge);
      const onEdge = edge.type === "und" || edge.type === "add";
      const target = onEdge ? edgeById.get(edge.trg) : undefined;
      if (onEdge && (target === undefined || target.type === "seg" || target.type === "add")) {
        fail([...path, "trg"], `${edge.type} edge ${JSON.stringify(edge.id)} must end at a sup, exa, reb or und edge; ${JSON.stringify(edge.trg)} is none`, edge);
      }
      if (!onEdge && !adus.has(edge.trg)) fail([...path, "trg"], `${edge.type} edge ${JSON.stringify(edge.id)} must end at an ADU; ${JSON.stringify(edge.trg)} is none`, edge);
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

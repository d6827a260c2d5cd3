/**
 * Tells which interchange format a text is in: by the file name's ending
 * first, then by a required key or root element in a bounded prefix of the
 * content. Never parses the whole input.
 * @module
 */

/**
 * The formats argmap can read, as {@link sniffFormat} names them.
 *
 * @example
 * ```ts
 * import { sniffFormat, type SniffedFormat } from "argmap/formats";
 *
 * const format: SniffedFormat | undefined = sniffFormat("p af 2\n1 2\n"); // "iccma"
 * ```
 */
export type SniffedFormat = "argmap" | "argdown" | "aif" | "sadface" | "ova" | "kialo" | "arggraph" | "iccma" | "apx";

/**
 * Options of {@link sniffFormat}.
 *
 * @example
 * ```ts
 * import { sniffFormat, type SniffOptions } from "argmap/formats";
 *
 * const options: SniffOptions = { fileName: "debate.argdown" };
 * sniffFormat("", options); // "argdown"
 * ```
 */
export interface SniffOptions {
  /**
   * The file's name or path. An ending that names one format (`.argdown`,
   * `.aif.json`, `.sadface.json`, `.apx`, …) decides; a generic one (`.json`,
   * `.xml`, `.txt`) or none leaves it to the content.
   * @defaultValue `undefined` (content only)
   */
  readonly fileName?: string | null | undefined;
}

/** How much of the text the content rules look at, in UTF-16 code units. */
const PREFIX = 1 << 16;

/** File name endings that name one format, longest first. */
const BY_EXTENSION: readonly (readonly [string, SniffedFormat])[] = [
  [".argmap.json", "argmap"],
  [".sadface.json", "sadface"],
  [".xaif.json", "aif"],
  [".aif.json", "aif"],
  [".ova.json", "ova"],
  [".argdown", "argdown"],
  [".sadface", "sadface"],
  [".iccma", "iccma"],
  [".kialo", "kialo"],
  [".xaif", "aif"],
  [".aif", "aif"],
  [".ova", "ova"],
  [".i23", "iccma"],
  [".apx", "apx"],
  [".ad", "argdown"],
  [".af", "iccma"],
];

/**
 * Tells the format of an argument document. The file name's ending decides
 * when it names one format; otherwise the content does:
 *
 * - JSON (first character `{`): top-level `claims` → `"argmap"`;
 *   `statements` and `arguments` (an `argdown json` export) → `"argdown"`;
 *   `AIF` (xAIF) → `"aif"`; `analysis`, or edges whose `from` is a node
 *   object → `"ova"`; `source_id` edges, `resources` or `metadata.core` →
 *   `"sadface"`; `nodes` with `nodeID`, `fromID` or `locutions` → `"aif"`.
 * - A JSON array of objects or arrays (`[{`, `[[`, `[]`) is no format argmap
 *   reads. (`[1]` is an Argdown statement reference.)
 * - XML (first character `<`): root element `arggraph` → `"arggraph"`
 *   (after the XML declaration, comments and a DOCTYPE, internal subset
 *   included). A text that starts with an XML declaration or a DOCTYPE is
 *   XML: with another root element, or none, it is no format argmap reads
 *   (never Argdown).
 * - Text: first line that is not blank or a `#` comment is `p af N` →
 *   `"iccma"`; `arg(…).` / `att(…).` facts → `"apx"`; `Discussion Title:`
 *   or numbered `1.1. Pro:` lines → `"kialo"`; Argdown syntax (`[Title]:`,
 *   `<Argument>:`, `+ ` / `- ` / `+>` / `->` relations, `(1)` premises,
 *   `----` inference bars, `#` headings) → `"argdown"`.
 *
 * Only the first 64 KiB of the text are looked at, so a large argmap JSON
 * file costs no more than a small one.
 *
 * @param text - The document's text.
 * @param options - The file name, if known.
 * @returns The format, or `undefined` when nothing identifies one.
 * @example
 * ```ts
 * import { sniffFormat } from "argmap/formats";
 *
 * sniffFormat('{"version": 1, "title": "", "claims": [], "relations": []}'); // "argmap"
 * sniffFormat("[Thesis]: Cities should ban cars.\n  + Air would be cleaner.\n"); // "argdown"
 * sniffFormat("anything", { fileName: "debate.sadface.json" }); // "sadface"
 * sniffFormat("hello"); // undefined
 * ```
 */
export function sniffFormat(text: string, options?: SniffOptions | null): SniffedFormat | undefined {
  const fileName = options?.fileName;
  if (typeof fileName === "string") {
    const byName = fromFileName(fileName);
    if (byName !== undefined) return byName;
  }
  if (typeof text !== "string") return undefined;
  const head = text.slice(0, PREFIX);
  let start = 0;
  if (head.charCodeAt(0) === 0xfeff) start = 1;
  while (start < head.length && isSpace(head.charCodeAt(start))) start++;
  const first = head[start];
  if (first === undefined) return undefined;
  if (first === "{") return fromJson(head, start);
  if (first === "<") {
    const xml = fromXml(head, start);
    return xml === null ? undefined : (xml ?? fromText(head));
  }
  if (first === "[" && (/^\[\s*[[{\]]/.test(head.slice(start, start + 32)) || isJson(text))) return undefined;
  return fromText(head);
}

/**
 * Whether the whole text is JSON. Only asked of text that starts with `[`,
 * where an Argdown statement (`[Title]`) and a JSON array look alike; a parse
 * of Argdown fails at its first word.
 */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The format an unambiguous file name ending names. */
function fromFileName(fileName: string): SniffedFormat | undefined {
  const lower = fileName.toLowerCase();
  return BY_EXTENSION.find(([ending]) => lower.endsWith(ending))?.[1];
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** What a scan of a JSON prefix found. */
interface JsonKeys {
  /** Keys of the top-level object. */
  readonly top: Set<string>;
  /** Keys seen at any depth. */
  readonly any: Set<string>;
  /** Keys of objects that are values of a key named `from` (OVA edges). */
  fromIsObject: boolean;
  /** Whether a top-level `metadata` object has a `core` key. */
  metadataCore: boolean;
}

/** Collects object keys of a JSON prefix, skipping strings, without parsing values. */
function scanJson(head: string, start: number): JsonKeys {
  const found: JsonKeys = { top: new Set(), any: new Set(), fromIsObject: false, metadataCore: false };
  // Stack of container kinds: true for an object, false for an array. Keys are
  // recorded by depth; the key that opened each object is kept for context.
  const objects: boolean[] = [];
  const openedBy: (string | undefined)[] = [];
  let lastKey: string | undefined;
  let i = start;
  const n = head.length;
  while (i < n) {
    const c = head.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      while (j < n) {
        const d = head.charCodeAt(j);
        if (d === 0x5c /* \ */) j += 2;
        else if (d === 0x22) break;
        else j++;
      }
      if (j >= n) break;
      const value = head.slice(i + 1, j);
      let k = j + 1;
      while (k < n && isSpace(head.charCodeAt(k))) k++;
      if (head[k] === ":" && objects[objects.length - 1] === true) {
        const depth = objects.length;
        if (depth === 1) found.top.add(value);
        // A top-level "claims" decides at once (the first rule of decideJson):
        // argmap JSON is known without scanning the rest of the prefix.
        if (depth === 1 && value === "claims") return found;
        if (depth === 2 && value === "core" && openedBy[1] === "metadata") found.metadataCore = true;
        if (found.any.size < 256) found.any.add(value);
        lastKey = value;
        i = k + 1;
        continue;
      }
      lastKey = undefined;
      i = j + 1;
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (c === 0x7b && lastKey === "from" && objects[objects.length - 1] === true) found.fromIsObject = true;
      openedBy.push(lastKey);
      objects.push(c === 0x7b);
      lastKey = undefined;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      objects.pop();
      openedBy.pop();
      lastKey = undefined;
      if (objects.length === 0) break;
    } else if (!isSpace(c)) {
      lastKey = undefined;
    }
    i++;
  }
  return found;
}

function fromJson(head: string, start: number): SniffedFormat | undefined {
  return decideJson(scanJson(head, start));
}

/** The JSON rules of {@link sniffFormat}, on the keys found. */
function decideJson({ top, any, fromIsObject, metadataCore }: JsonKeys): SniffedFormat | undefined {
  if (top.has("claims")) return "argmap";
  if (top.has("statements") && top.has("arguments")) return "argdown";
  if (top.has("AIF")) return "aif";
  if (top.has("analysis") || fromIsObject) return "ova";
  if (any.has("source_id") || any.has("target_id") || top.has("resources") || metadataCore) return "sadface";
  if ((top.has("nodes") || top.has("edges")) && (any.has("nodeID") || any.has("fromID") || top.has("locutions"))) return "aif";
  if (top.has("version") && top.has("relations")) return "argmap";
  return undefined;
}

/**
 * The JSON rules of {@link sniffFormat} applied to an already parsed value:
 * its own keys, and the keys of the first few items of its arrays.
 *
 * @internal
 */
export function sniffJsonValue(value: unknown): SniffedFormat | undefined {
  if (!isPlainObject(value)) return undefined;
  const found: JsonKeys = { top: new Set(Object.keys(value)), any: new Set(), fromIsObject: false, metadataCore: false };
  const metadata = ownValue(value, "metadata");
  found.metadataCore = isPlainObject(metadata) && Object.prototype.hasOwnProperty.call(metadata, "core");
  for (const key of found.top) {
    found.any.add(key);
    const list = ownValue(value, key);
    if (!Array.isArray(list)) continue;
    for (const item of list.slice(0, 8)) {
      if (!isPlainObject(item)) continue;
      for (const inner of Object.keys(item)) {
        found.any.add(inner);
        if (inner === "from" && isPlainObject(ownValue(item, "from"))) found.fromIsObject = true;
      }
    }
  }
  return decideJson(found);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function ownValue(object: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/** How messages name each format, and the call that reads it. */
const FORMAT_NAMES: Readonly<Record<SniffedFormat, readonly [name: string, reader: string]>> = {
  argmap: ["argmap JSON", "loadArgumentMap (or --from json)"],
  argdown: ["Argdown", "fromArgdown (or --from argdown)"],
  aif: ["AIF JSON", "fromAif (or --from aif)"],
  sadface: ["SADFace JSON", "fromSadface (or --from sadface)"],
  ova: ["OVA JSON", "fromOva (or --from ova)"],
  kialo: ["a Kialo export", "fromKialo (or --from kialo)"],
  arggraph: ["arggraph XML", "fromArggraph (or --from arggraph)"],
  iccma: ["an ICCMA framework", "parseFramework"],
  apx: ["an ASPARTIX framework", "parseFramework"],
};

/**
 * A sentence naming the format an input looks like and how to read it, for
 * `format-mismatch` errors.
 *
 * @internal
 */
export function looksLike(format: SniffedFormat): string {
  const [name, reader] = FORMAT_NAMES[format];
  return `it looks like ${name}; read it with ${reader}`;
}

/**
 * What the start of a text that begins with `<` is: `"arggraph"` when its
 * root element is `<arggraph>`; `null` when it is surely XML of another kind
 * (an XML declaration, a processing instruction or a DOCTYPE comes first),
 * which no line-based rule may then claim; `undefined` when it may still be
 * text (Argdown's `<Argument>` and `<!-- comments -->` start with `<` too).
 * A DOCTYPE's internal subset (`[…]`, with its quoted literals and comments)
 * is skipped as a whole, and a DOCTYPE that names `arggraph` decides when the
 * subset runs past the prefix.
 */
function fromXml(head: string, start: number): SniffedFormat | null | undefined {
  let i = start;
  let xml = false;
  const n = head.length;
  for (;;) {
    while (i < n && isSpace(head.charCodeAt(i))) i++;
    if (head.startsWith("<?", i)) {
      xml = true;
      const end = head.indexOf("?>", i + 2);
      if (end === -1) return null;
      i = end + 2;
    } else if (head.startsWith("<!--", i)) {
      const end = head.indexOf("-->", i + 4);
      if (end === -1) return xml ? null : undefined;
      i = end + 3;
    } else if (head.startsWith("<!DOCTYPE", i)) {
      xml = true;
      const name = /^<!DOCTYPE\s+([^\s>[]+)/.exec(head.slice(i, i + 300))?.[1];
      const end = doctypeEnd(head, i + 9);
      if (end === -1) return localName(name ?? "") === "arggraph" ? "arggraph" : null;
      i = end;
    } else break;
  }
  const root = /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(i, i + 300));
  if (root === null) return xml ? null : undefined;
  if (localName(root[1]!) === "arggraph") return "arggraph";
  return xml ? null : undefined;
}

/** An XML name without its namespace prefix. */
function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/**
 * The offset just past a DOCTYPE declaration whose body starts at `i`, or -1
 * when it does not end in `head`: `>` counts only outside quoted literals and
 * outside the internal subset `[…]`, whose comments and literals may hold
 * `]` and `>`.
 */
function doctypeEnd(head: string, i: number): number {
  const n = head.length;
  let subset = false;
  while (i < n) {
    const c = head[i]!;
    if (c === '"' || c === "'") {
      const close = head.indexOf(c, i + 1);
      if (close === -1) return -1;
      i = close + 1;
    } else if (subset && head.startsWith("<!--", i)) {
      const close = head.indexOf("-->", i + 4);
      if (close === -1) return -1;
      i = close + 3;
    } else {
      if (c === "[") subset = true;
      else if (c === "]") subset = false;
      else if (c === ">" && !subset) return i + 1;
      i++;
    }
  }
  return -1;
}

const ICCMA_HEADER = /^p[ \t]+af\b/;
const APX_FACT = /^(?:arg|att)\s*\(/;
const KIALO_TITLE = /^Discussion Title:/;
const KIALO_CHILD = /^\d+(?:\.\d+)+\.\s+(?:Pro|Con):/;
const KIALO_ROOT = /^\d+\.\s+\S/;
const ARGDOWN_LINE = /^(?:\[[^\]\n]+\]:|<[^>\n]+>:|\[[^\]\n]+\]\s*$|<[^>\n]+>\s*$|(?:\+|-|<?_|<?\+|<?-|><)[>|]?\s|\(\d+\)\s|-{2,}\s*$|={3}\s*$|#{1,6}\s)/;

/** Line-based text formats, decided by their first lines. */
function fromText(head: string): SniffedFormat | undefined {
  const lines = head.split("\n", 200);
  let first: string | undefined;
  let kialoRoot = false;
  let argdown = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    if (first === undefined) {
      if (line.startsWith("#") && (!/^#{1,6}\s/.test(line) || iccmaHeaderFollows(lines))) continue;
      first = line;
      if (ICCMA_HEADER.test(line)) return "iccma";
      if (KIALO_TITLE.test(line)) return "kialo";
      if (KIALO_ROOT.test(line)) kialoRoot = true;
    }
    if (APX_FACT.test(line)) return "apx";
    if (kialoRoot && KIALO_CHILD.test(line)) return "kialo";
    if (ARGDOWN_LINE.test(line)) argdown = true;
  }
  return argdown ? "argdown" : undefined;
}

/** Whether the first line that is neither blank nor a `#` comment is an ICCMA header. */
function iccmaHeaderFollows(lines: readonly string[]): boolean {
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    return ICCMA_HEADER.test(line);
  }
  return false;
}

/**
 * Kialo discussion export text: import and export.
 *
 * ```text
 * Discussion Title: Should cities ban cars?
 *
 * 1. Cities should ban cars from their centres.
 * 1.1. Pro: Air would be cleaner.
 * 1.1.1. Con: Electric cars do not pollute the air.
 * 1.2. Con: -> See 1.1.1.
 * ```
 * @module
 */
import type { PathSegment } from "../errors.js";
import type { ArgumentMap } from "../map/argument-map.js";
import type { ArgumentMapDocument, Claim, Relation } from "../schema/document.js";
import { buildImportedMap, buildOwnMap, formatError, IdPool, rejectOtherFormat, reportLostFields, Warnings, type ConversionResult, type MapFeature } from "./conversion.js";
import { sniffFormat } from "./sniff.js";

// Lines are split at \r\n, \r and \n only, so "." may match any other character (dotAll).
const TITLE = /^Discussion Title:[ \t]?(.*)$/s;
const NUMBERED = /^((?:\d+\.)+)[ \t]+(?:(Pro|Con):[ \t]?)?(.*)$/s;
const LINK = /^->[ \t]*See[ \t]+((?:\d+\.)+)[ \t]*$/;
const BLANK = /^[ \t]*$/;
/** A number with a stray sign or dot (`1.-1.`, `1..2.`), or a stance without a space: a broken claim line, not text. */
const MALFORMED = /^(?:\d+\.)+(?:[-.]|(?:Pro|Con):)/;
const ESCAPED = /\\([!-/:-@[-`{-~])/g;

/** One numbered line while reading. */
interface Entry {
  readonly number: string;
  readonly parent: string | undefined;
  readonly stance: "Pro" | "Con" | undefined;
  readonly line: number;
  readonly textColumn: number;
  readonly lines: string[];
}

/**
 * Reads a Kialo discussion export into a map.
 *
 * Every numbered line becomes a claim whose id is its number without the last
 * dot (`1.2.1`); `Pro:` lines become supports and `Con:` lines attacks of the
 * parent claim, with ids `r1.2.1`. A `-> See 1.3.` line becomes a relation
 * from the claim it points to. Lines without a number continue the claim
 * above. The first thesis (`1.`) becomes the map's thesis and `Discussion
 * Title:` its title. Markdown escapes (`\(`) are removed.
 *
 * @param text - The export text.
 * @returns The map and the warnings.
 * @throws {@link argmap!ArgmapError} `format-mismatch` for JSON, XML or
 * framework files (the message names the format), `kialo-syntax` (also for a
 * broken number such as `1.-1.`), `kialo-numbering`,
 * `kialo-dangling-link` or `inconsistent-structure`, with line and column.
 * @example
 * ```ts
 * import { fromKialo } from "argmap/formats";
 *
 * const { value: map } = fromKialo("Discussion Title: Cars\n\n1. Cities should ban cars.\n1.1. Pro: The air would be cleaner.\n");
 * map.thesis; // "1"
 * ```
 */
export function fromKialo(text: string): ConversionResult<ArgumentMap> {
  if (typeof text !== "string") formatError("kialo-syntax", [], `expected Kialo export text, got ${text === null ? "null" : typeof text}`);
  const looks = sniffFormat(text);
  if (looks !== "argdown") rejectOtherFormat("kialo", looks, "a Kialo export");
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  let title = "";
  const entries: Entry[] = [];
  const byNumber = new Map<string, Entry>();
  let seenTitle = false;
  let blankRun = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const lineNo = i + 1;
    if (BLANK.test(raw)) {
      blankRun++;
      continue;
    }
    const title1 = !seenTitle && entries.length === 0 ? TITLE.exec(raw) : null;
    if (title1 !== null) {
      title = unescape(title1[1]!.replace(/^[ \t]+|[ \t]+$/g, ""));
      seenTitle = true;
      blankRun = 0;
      continue;
    }
    const numbered = NUMBERED.exec(raw);
    if (numbered !== null) {
      const number = numbered[1]!;
      const stance = numbered[2] as "Pro" | "Con" | undefined;
      const depth = number.split(".").length - 1;
      const parent = depth > 1 ? number.slice(0, number.slice(0, -1).lastIndexOf(".") + 1) : undefined;
      const textColumn = raw.length - numbered[3]!.length + 1;
      if (byNumber.has(number)) formatError("kialo-numbering", [], `claim number ${number} is used twice (first on line ${byNumber.get(number)!.line})`, { line: lineNo, column: 1 });
      if (parent !== undefined && !byNumber.has(parent)) formatError("kialo-numbering", [], `claim ${number} comes before its parent ${parent}`, { line: lineNo, column: 1 });
      if (parent !== undefined && stance === undefined) formatError("kialo-syntax", [], `claim ${number} needs "Pro:" or "Con:" after its number`, { line: lineNo, column: number.length + 2 });
      const entry: Entry = { number, parent, stance, line: lineNo, textColumn, lines: [numbered[3]!] };
      entries.push(entry);
      byNumber.set(number, entry);
      blankRun = 0;
      continue;
    }
    if (MALFORMED.test(raw)) formatError("kialo-syntax", [], `"${raw.slice(0, 20)}" is not a claim number such as "1.2." followed by a space`, { line: lineNo, column: 1 });
    const last = entries[entries.length - 1];
    if (last === undefined) {
      formatError("kialo-syntax", [], seenTitle ? 'expected a numbered claim such as "1. …" after the discussion title' : 'expected "Discussion Title: …" or a numbered claim such as "1. …"', { line: lineNo, column: 1 });
    }
    for (; blankRun > 0; blankRun--) last.lines.push("");
    last.lines.push(raw);
  }
  if (entries.length === 0) {
    if (!seenTitle) formatError("kialo-syntax", [], 'no discussion found: a Kialo export starts with "Discussion Title: …" and lists claims as numbered lines such as "1. …"', { line: 1, column: 1 });
    return { value: buildImportedMap({ format: "argmap", version: 1, title, sources: [], claims: [], relations: [] }, () => ({ path: [] })), warnings: [] };
  }

  // Resolve links: a link's number stands for the claim it points to.
  const linkOf = new Map<string, { target: string; entry: Entry }>();
  for (const entry of entries) {
    const link = entry.lines.length === 1 ? LINK.exec(entry.lines[0]!.replace(/^[ \t]+|[ \t]+$/g, "")) : null;
    if (link === null) continue;
    const target = link[1]!;
    if (!byNumber.has(target)) formatError("kialo-dangling-link", [], `"-> See ${target}" points to a claim number that does not exist`, { line: entry.line, column: entry.textColumn });
    if (entry.parent === undefined) formatError("kialo-syntax", [], "a thesis cannot be a link", { line: entry.line, column: entry.textColumn });
    linkOf.set(entry.number, { target, entry });
  }
  const resolve = (number: string, entry: Entry): string => {
    const seen = new Set<string>();
    let at = number;
    for (let link = linkOf.get(at); link !== undefined; link = linkOf.get(at)) {
      if (seen.has(at)) formatError("kialo-dangling-link", [], `link ${number} leads in a circle of links`, { line: entry.line, column: entry.textColumn });
      seen.add(at);
      at = link.target;
    }
    return at;
  };
  const idOf = (number: string): string => number.slice(0, -1);

  const claims: Claim[] = [];
  const relations: Relation[] = [];
  const claimLine: Entry[] = [];
  const relationLine: Entry[] = [];
  const pool = new IdPool();
  for (const entry of entries) if (!linkOf.has(entry.number)) pool.take(idOf(entry.number));
  for (const entry of entries) {
    if (!linkOf.has(entry.number)) {
      claims.push({ id: idOf(entry.number), text: unescape(entry.lines.join("\n")) });
      claimLine.push(entry);
    }
  }
  for (const entry of entries) {
    if (entry.parent === undefined) continue;
    const from = idOf(resolve(entry.number, entry));
    const to = idOf(resolve(entry.parent, entry));
    relations.push({ id: pool.take(`r${idOf(entry.number)}`), type: entry.stance === "Con" ? "attack" : "support", from: [from], to });
    relationLine.push(entry);
  }
  const first = entries[0]!;
  const document: ArgumentMapDocument = { format: "argmap", version: 1, title, thesis: idOf(first.number), sources: [], claims, relations };
  const map = buildOwnMap(document, (path: readonly PathSegment[]) => {
    const [list, index] = path;
    const entry = list === "claims" && typeof index === "number" ? claimLine[index] : list === "relations" && typeof index === "number" ? relationLine[index] : undefined;
    return entry === undefined ? { path: [] } : { path: [], line: entry.line, column: entry.textColumn };
  });
  return { value: map, warnings: [] };
}

/** What Kialo holds besides claims and the tree. */
const KIALO_HOLDS: ReadonlySet<MapFeature> = new Set<MapFeature>(["title", "thesis"]);

/**
 * Writes a map as a Kialo discussion export.
 *
 * Kialo is a tree of pros and cons: the thesis is `1.`, other claims that
 * support or attack nothing become further theses (`2.`, …), and every
 * relation becomes a `Pro:` or `Con:` line under its conclusion, one line
 * per premise. A claim that appears a second time is written as
 * `-> See <number>`. A map with several roots (claims that support or
 * attack nothing) is written with the thesis as `1.` and the other roots as
 * `2.`, `3.`, …, with a `kialo-several-roots` warning: argmap reads them back,
 * but Kialo itself has one thesis per discussion. Ids are not kept (`lost-id`):
 * Kialo numbers its claims. Warnings report what the tree cannot hold: linked
 * premises, undercuts (written as a `Con:` of the relation's first premise),
 * supports of relations, anchors, tags, scores, notes, sources.
 *
 * Texts are escaped as Kialo's own exports escape them: a backslash before
 * every bracket and parenthesis except those of a Markdown link
 * `[text](url)`, emphasis (`*`, `_`) as it is, a doubled backslash, and a
 * backslash before a line start that would read as a numbered claim (`2\.`),
 * a link (`\->`) or markup (`\#`, `\>`). Lines after the first of a
 * multi-line claim are written as unnumbered lines.
 *
 * @param map - The map to write.
 * @returns The text and the warnings.
 * @example
 * ```ts
 * import { argmap } from "argmap";
 * import { toKialo } from "argmap/formats";
 *
 * const map = argmap("Lunch").thesis("pizza", "We should get pizza.").claim("quick", "It is quick.").support("quick", "pizza").build();
 * const { value: text, warnings } = toKialo(map);
 * console.log(text); // "Discussion Title: Lunch\n\n1. We should get pizza.\n1.1. Pro: It is quick.\n"
 * ```
 */
export function toKialo(map: ArgumentMap): ConversionResult<string> {
  const warnings = new Warnings();
  reportLostFields(map, "Kialo", KIALO_HOLDS, warnings);
  const claimIndex = new Map<string, number>();
  map.claims().forEach((c, i) => claimIndex.set(c.id, i));
  const relationIndex = new Map<string, number>();
  map.relations().forEach((r, i) => relationIndex.set(r.id, i));
  const out: string[] = [`Discussion Title: ${escapeLine(oneLine(map.title, ["title"], warnings))}`, ""];
  const written = new Map<string, string>();

  /** Children of a line: relations into the claim, plus (for a relation's first premise) relations into that relation. */
  const childrenOf = (claimId: string, viaRelation: string | undefined): { relation: Readonly<Relation>; premise: string }[] => {
    const list: { relation: Readonly<Relation>; premise: string }[] = [];
    const add = (relation: Readonly<Relation>): void => {
      const at = relationIndex.get(relation.id)!;
      if (relation.from.length > 1) warnings.add("lost-linked-premises", ["relations", at, "from"], "Kialo has no linked premises; each premise was written as its own reason", "relations");
      for (const premise of relation.from) {
        // A relation on a relation is written under that relation's first
        // premise; where it is its own premise, it would support or attack itself.
        if (premise === claimId) continue;
        list.push({ relation, premise });
      }
    };
    for (const relation of map.relationsTo(claimId)) add(relation);
    if (viaRelation !== undefined) {
      for (const relation of map.relationsTo(viaRelation)) {
        const at = relationIndex.get(relation.id)!;
        if (relation.type === "attack") warnings.add("lost-undercut", ["relations", at], "Kialo cannot attack a relation; the undercut was written as a Con of the relation's first premise (premises that are that premise itself are left out)", "undercuts");
        else warnings.add("lost-relation-support", ["relations", at], "Kialo cannot support a relation; it was written as a Pro of the relation's first premise (premises that are that premise itself are left out)", "relations");
        add(relation);
      }
    }
    return list;
  };

  const writeTree = (rootId: string, number: string): void => {
    // Explicit stack of lines to write: claim, number, stance, and the relation it came from.
    const stack: { claim: string; number: string; stance: "Pro" | "Con" | undefined; via: string | undefined }[] = [{ claim: rootId, number, stance: undefined, via: undefined }];
    while (stack.length > 0) {
      const item = stack.pop()!;
      const head = `${item.number}${item.stance === undefined ? "" : ` ${item.stance}:`}`;
      const seen = written.get(item.claim);
      if (seen !== undefined) {
        out.push(`${head} -> See ${seen}`);
        continue;
      }
      written.set(item.claim, item.number);
      const claim = map.claim(item.claim)!;
      if (claim.id !== item.number.slice(0, -1)) warnings.add("lost-id", ["claims", claimIndex.get(claim.id)!, "id"], `Kialo numbers its claims and has no place for ids: claim ${JSON.stringify(claim.id)} was written as ${item.number}, and reading it back gives it the id ${JSON.stringify(item.number.slice(0, -1))}`, "claims and relations");
      out.push(`${head} ${claimText(claim.text, ["claims", claimIndex.get(claim.id)!, "text"], warnings, item.stance === undefined)}`);
      const children = childrenOf(item.claim, item.via);
      for (let k = children.length - 1; k >= 0; k--) {
        const child = children[k]!;
        const first = child.relation.from[0] === child.premise;
        stack.push({ claim: child.premise, number: `${item.number}${k + 1}.`, stance: child.relation.type === "support" ? "Pro" : "Con", via: first ? child.relation.id : undefined });
      }
    }
  };

  const roots: string[] = [];
  if (map.thesis !== undefined) roots.push(map.thesis);
  for (const claim of map.roots()) if (claim.id !== map.thesis) roots.push(claim.id);
  let next = 1;
  for (const root of roots) writeTree(root, `${next++}.`);
  if (roots.length > 1) {
    warnings.add("kialo-several-roots", ["claims", claimIndex.get(roots[1]!)!], `the map has ${roots.length} roots, and a Kialo discussion has one thesis: the others were written as ${roots.length === 2 ? "2." : `2. to ${roots.length}.`}, which argmap reads back but Kialo and other readers may fold into the claim above`);
  }
  for (const claim of map.claims()) {
    if (written.has(claim.id)) continue;
    warnings.add("lost-cycle", ["claims", claimIndex.get(claim.id)!], "claim lies only on a cycle of relations; it was written as a further thesis", "claims");
    writeTree(claim.id, `${next++}.`);
  }
  return { value: `${out.join("\n")}\n`, warnings: warnings.list() };
}

/** Unescapes Markdown backslash escapes. */
function unescape(text: string): string {
  return text.replace(ESCAPED, "$1");
}

function oneLine(text: string, path: PathSegment[], warnings: Warnings): string {
  const flat = text.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, " ").replace(/^[ \t]+|[ \t]+$/g, "");
  if (flat !== text) warnings.add("text-changed", path, "line breaks were replaced by spaces and outer spaces removed", "texts");
  return flat;
}

/** A Markdown link `[text](url)`: its text holds no brackets and its address no parentheses. */
const MARKDOWN_LINK = /\[([^[\]\n]*)\]\(([^()\n]*)\)/g;

/**
 * Escapes one line as Kialo's own exports do: every bracket and parenthesis
 * gets a backslash (`\(`, `\[`) except the four that make a Markdown link
 * `[text](url)`; emphasis (`*`, `_`) is written as it is, and a backslash is
 * doubled. A line start that would read as markup, a link or a numbered
 * claim (`#`, `>`, `->`, `2.`) is escaped too.
 */
function escapeLine(line: string): string {
  let out = "";
  let last = 0;
  for (const link of line.matchAll(MARKDOWN_LINK)) {
    out += `${escapeText(line.slice(last, link.index))}[${escapeText(link[1]!)}](${escapeText(link[2]!)})`;
    last = link.index + link[0].length;
  }
  return (out + escapeText(line.slice(last)))
    .replace(/^(\s*)([#>])/, "$1\\$2")
    .replace(/^(\s*)(-)(>)/, "$1\\$2$3")
    .replace(/^(\s*\d+)\./, "$1\\.");
}

function escapeText(text: string): string {
  return text.replace(/[\\()[\]]/g, "\\$&");
}

function claimText(text: string, path: PathSegment[], warnings: Warnings, isThesis: boolean): string {
  const normal = text.replace(/\r\n?/g, "\n");
  if (normal !== text) warnings.add("text-changed", path, "carriage returns were replaced by line feeds", "texts");
  const lines = normal.split("\n");
  // The reader drops blank lines at the end of a claim.
  while (lines.length > 1 && BLANK.test(lines[lines.length - 1]!)) lines.pop();
  if (lines.length !== normal.split("\n").length) warnings.add("text-changed", path, "blank lines at the end of a text were removed", "texts");
  if (isThesis && /^[ \t]/.test(lines[0]!)) warnings.add("text-changed", path, "a thesis cannot start with white space; it was removed", "texts");
  return lines
    .map((line, i) => {
      if (i > 0 && BLANK.test(line)) {
        if (line !== "") warnings.add("text-changed", path, "lines of only white space were emptied", "texts");
        return "";
      }
      const out = escapeLine(line);
      return i === 0 && /^(?:Pro|Con):/.test(out) ? out.replace(":", "\\:") : out;
    })
    .join("\n");
}

/**
 * No reader ever writes a map that `validate` (parseArgumentMap) refuses:
 * every reader (argmap JSON, Argdown, AIF, xAIF, OVA, SADFace, arggraph,
 * Kialo), on documents its writer made from generated maps (format 1.1
 * fields included) and on hostile changes to them (values swapped for
 * hostile ones, deep nesting, repeated or missing parts, markup, control and
 * bidi characters, lone surrogates), either refuses with an ArgmapError or
 * gives a map whose JSON validates. Nothing else may be thrown.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fromArgdown, toArgdown } from "../../src/formats/argdown/index.js";
import { fromAif, fromArggraph, fromKialo, fromOva, fromSadface, toAif, toKialo, toOva, toSadface, toXaif } from "../../src/formats/index.js";
import { ArgmapError, ArgumentMap, type ArgmapIssue, type ArgumentMapDocument, parseArgumentMap, parseArgumentMapJson } from "../../src/index.js";
import { HOSTILE_IDS, validDocument } from "../arbitraries.js";
import { asyncErrorOf } from "../thrown.js";
import { shape } from "./helpers.js";

/** What a reader gives: a map and warnings, or an ArgmapError. */
type Read = (text: string) => Readable | Promise<Readable>;

/** A reader's result. */
interface Readable {
  readonly value: ArgumentMap;
  readonly warnings: readonly ArgmapIssue<string>[];
}

/** argmap JSON, read as the command line reads it. */
const readJson: Read = (text) => {
  const result = parseArgumentMapJson(text);
  if (!result.ok) throw new ArgmapError(result.issues as [ArgmapIssue, ...ArgmapIssue[]]);
  return { value: result.map, warnings: result.warnings };
};

/** The issues `validate` finds in what a reader wrote, after a trip through JSON text as a saved file takes. */
function refusedBy(map: ArgumentMap): readonly ArgmapIssue[] {
  const result = parseArgumentMap(JSON.parse(JSON.stringify(map.toJSON())));
  return result.ok ? [] : result.issues;
}

/**
 * Reads `text`: a refusal must be an ArgmapError (and, when `mayRefuse` is
 * false, there must be none), and a map must validate. Returns the issues
 * of the refusal or of `validate` (empty when all is well).
 */
async function check(read: Read, text: string, mayRefuse: boolean): Promise<readonly ArgmapIssue<string>[]> {
  let result: Readable;
  try {
    result = await read(text);
  } catch (error) {
    if (!(error instanceof ArgmapError)) throw error;
    return mayRefuse ? [] : error.issues;
  }
  return refusedBy(result.value);
}

/** Generated maps with the format 1.1 fields as well: language, participants and who asserts what, claim titles. */
const richDocument: fc.Arbitrary<ArgumentMapDocument> = fc
  .tuple(
    validDocument({ maxClaims: 6, maxRelations: 6, maxSources: 2 }),
    fc.constantFrom(undefined, "en", "de-CH"),
    fc.uniqueArray(fc.constantFrom("ann", "bo", ...HOSTILE_IDS), { maxLength: 3 }),
    fc.array(fc.nat(), { maxLength: 12 }),
    fc.array(fc.option(fc.string({ maxLength: 12 }), { nil: undefined }), { maxLength: 6 }),
  )
  .map(([doc, language, people, picks, titles]) => {
    if (language === undefined && people.length === 0 && titles.every((t) => t === undefined)) return doc;
    const out: ArgumentMapDocument = { ...doc, version: "1.1" };
    if (language !== undefined) out.language = language;
    if (people.length > 0) out.participants = people.map((id, i) => ({ id, name: i % 2 === 0 ? `Person ${id}` : "Ann Lee" }));
    let pick = 0;
    const by = (): string[] | undefined => (people.length === 0 || picks.length === 0 ? undefined : [people[picks[pick++ % picks.length]! % people.length]!]);
    out.claims = doc.claims.map((claim, i) => {
      const next = { ...claim };
      const title = titles[i];
      if (title !== undefined) next.title = title;
      const who = by();
      if (who !== undefined) next.by = who;
      return next;
    });
    out.relations = doc.relations.map((relation) => {
      const who = by();
      return who === undefined ? relation : { ...relation, by: who };
    });
    return out;
  });

/** Values that readers must not trust: wrong types, hostile names, deep nesting, odd text. */
const HOSTILE_VALUES: readonly unknown[] = [
  null,
  "",
  0,
  -1,
  1.5,
  true,
  [],
  {},
  ...HOSTILE_IDS,
  "\u0000",
  "a\u202Eb",
  "\ud800",
  "%%{init: {}}%%",
  "<b>x</b>",
  "line\nbreak",
  [null, 1, "x"],
  JSON.parse(`${'{"k":'.repeat(300)}1${"}".repeat(300)}`) as unknown,
  JSON.parse(`{"__proto__": {"polluted": true}, "constructor": {"prototype": {}}}`) as unknown,
];

/** A path into a JSON value, and what is there. */
interface Place {
  readonly parent: Record<string, unknown> | unknown[];
  readonly key: string | number;
}

/** Every place in a parsed JSON value (iteratively: values may nest deep). */
function places(value: unknown): Place[] {
  const out: Place[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== "object") continue;
    const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
    for (const key of keys) {
      out.push({ parent: v as Record<string, unknown>, key });
      stack.push((v as Record<string, unknown>)[key]);
    }
  }
  return out;
}

/** One hostile change to a JSON document. */
const jsonChange = fc.record({
  at: fc.nat(),
  op: fc.constantFrom("replace", "delete", "repeat", "rename", "copy-sibling"),
  value: fc.constantFrom(...HOSTILE_VALUES),
  name: fc.constantFrom(...HOSTILE_IDS, "nodeID", "id", "fromID", "toID", "type", "text", "extra"),
});

/** Applies hostile changes to JSON text; the result is JSON text again. */
function changeJson(text: string, changes: readonly { at: number; op: string; value: unknown; name: string }[]): string {
  const root = JSON.parse(text) as unknown;
  for (const change of changes) {
    const all = places(root);
    if (all.length === 0) break;
    const { parent, key } = all[change.at % all.length]!;
    const value = structuredClone(change.value);
    const put = (target: Record<string, unknown> | unknown[], k: string | number, v: unknown): void => {
      Object.defineProperty(target, k, { value: v, enumerable: true, writable: true, configurable: true });
    };
    if (Array.isArray(parent)) {
      const i = key as number;
      if (change.op === "delete") parent.splice(i, 1);
      else if (change.op === "repeat" || change.op === "copy-sibling") parent.splice(i, 0, structuredClone(parent[i]));
      else parent[i] = value;
    } else {
      const k = key as string;
      if (change.op === "delete") delete parent[k];
      else if (change.op === "rename") {
        put(parent, change.name, parent[k]);
        if (change.name !== k) delete parent[k];
      } else if (change.op === "copy-sibling") put(parent, change.name, structuredClone(parent[k]));
      else put(parent, k, value);
    }
  }
  return JSON.stringify(root);
}

/** Snippets that mean something in Argdown, Kialo, XML or terminals. */
const HOSTILE_SNIPPETS = [
  "\u0000",
  "\u001b[31m",
  "\u202e",
  "\t",
  "\r\n",
  "\ud800",
  "%%{init: {}}%%",
  "]]>",
  "<![CDATA[",
  "&#0;",
  "&#xD800;",
  "&#233;",
  "&amp;",
  "<b>",
  "</edu>",
  '<!DOCTYPE arggraph [<!ENTITY x "y">]>',
  "<__proto__/>",
  "[",
  "]: ",
  "<a>: ",
  "\n  + [X]: x\n",
  "\n  - <Y>\n",
  "\n===\ntitle: x\n===\n",
  "\n(1) p\n----\n(2) c\n",
  "-> See 1.",
  "\n1.1. Pro: ",
  "\n1. ",
  "#tag ",
  "{",
  "__proto__",
  "\n".repeat(3),
  "    ".repeat(40),
];

/** One hostile change to a text document: insert a snippet, delete a range, or repeat a line. */
const textChange = fc.record({ at: fc.nat(), length: fc.nat({ max: 40 }), op: fc.constantFrom("insert", "delete", "repeat-line"), snippet: fc.constantFrom(...HOSTILE_SNIPPETS) });

function changeText(text: string, changes: readonly { at: number; length: number; op: string; snippet: string }[]): string {
  let out = text;
  for (const change of changes) {
    const at = change.at % (out.length + 1);
    if (change.op === "insert") out = out.slice(0, at) + change.snippet + out.slice(at);
    else if (change.op === "delete") out = out.slice(0, at) + out.slice(at + change.length);
    else {
      const lines = out.split("\n");
      const i = change.at % lines.length;
      lines.splice(i, 0, lines[i]!);
      out = lines.join("\n");
    }
  }
  return out;
}

/** XML text with `text` escaped in one of the ways XML allows. */
function xmlText(text: string, how: number): string {
  if (how === 0 && !text.includes("]]>")) return `<![CDATA[${text}]]>`;
  if (how === 1) return [...text].map((ch) => `&#${ch.codePointAt(0)};`).join("");
  return text.replace(/[&<>]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : "&gt;"));
}

/** arggraph documents (argmap writes none): ADUs with EDUs of arbitrary text, and sup, exa, reb, und and add edges. */
const arggraphDocument: fc.Arbitrary<string> = fc
  .tuple(shape({ maxClaims: 6, maxRelations: 6 }), fc.array(fc.string({ maxLength: 16 }).filter((t) => /\S/.test(t)), { minLength: 6, maxLength: 6 }), fc.nat({ max: 2 }), fc.constantFrom("t1", "__proto__", "a&amp;b"))
  .map(([s, texts, how, id]) => {
    const out = [`<?xml version="1.0"?>`, `<arggraph id="${id}" topic_id="${id}" stance="pro">`];
    for (let i = 0; i < s.claims; i++) out.push(`  <edu id="e${i}">${xmlText(texts[i]!, how)}</edu>`);
    for (let i = 0; i < s.claims; i++) out.push(`  <adu id="a${i}" type="${i % 3 === 2 ? "opp" : "pro"}"/>`, `  <edge id="s${i}" src="e${i}" trg="a${i}" type="seg"/>`);
    s.relations.forEach((r, k) => {
      const target = r.to < s.claims ? `a${r.to}` : `c${r.to - s.claims}`;
      // arggraph has no support of an edge: every edge on an edge is an undercut.
      const type = r.to < s.claims ? (r.type === "support" ? (k % 4 === 3 ? "exa" : "sup") : "reb") : "und";
      out.push(`  <edge id="c${k}" src="a${r.from[0]!}" trg="${target}" type="${type}"/>`);
      for (const extra of r.from.slice(1)) out.push(`  <edge id="c${k}x${extra}" src="a${extra}" trg="c${k}" type="add"/>`);
    });
    out.push("</arggraph>", "");
    return out.join("\n");
  });

/**
 * Argdown as people write it (argmap's writer writes only part of it):
 * titled statements, arguments with premise–conclusion structures whose
 * conclusion is the statement they support or attack, relations in both
 * directions and of every kind, tags, headings and front matter.
 */
const argdownDocument: fc.Arbitrary<string> = fc
  .record({
    texts: fc.array(fc.array(fc.constantFrom("Cities", "should", "ban", "cars", "Ünïcode", "論点", "🦆", "air", "is", "cleaner", "1.", "e.g."), { minLength: 1, maxLength: 6 }).map((words) => words.join(" ")), { minLength: 5, maxLength: 5 }),
    relations: fc.array(fc.record({ from: fc.nat({ max: 4 }), to: fc.nat({ max: 4 }), fromArgument: fc.boolean(), toArgument: fc.boolean(), sign: fc.constantFrom("+", "-", "_", "><", "+>", "->", "<+", "<-") }), { maxLength: 6 }),
    // One premise–conclusion structure per argument, as Argdown allows.
    structures: fc.uniqueArray(fc.record({ argument: fc.nat({ max: 4 }), premises: fc.uniqueArray(fc.nat({ max: 4 }), { minLength: 1, maxLength: 3 }), conclusion: fc.nat({ max: 4 }) }), { maxLength: 3, selector: (s) => s.argument }),
    frontMatter: fc.boolean(),
    heading: fc.boolean(),
  })
  .map(({ texts, relations, structures, frontMatter, heading }) => {
    const ref = (i: number, argument: boolean): string => (argument ? `<A${i}>` : `[S${i}]`);
    const out: string[] = [];
    if (frontMatter) out.push("===", "title: Generated", "===", "");
    if (heading) out.push("# A heading", "");
    texts.forEach((text, i) => out.push(`[S${i}]: ${text}${i === 0 ? " #main" : ""}`, ""));
    for (const r of relations) {
      // Contradictions join statements only; a relation of a node to itself is none.
      const [fromArgument, toArgument] = r.sign === "><" ? [false, false] : [r.fromArgument, r.toArgument];
      if (r.from !== r.to || fromArgument !== toArgument) out.push(ref(r.to, toArgument), `  ${r.sign} ${ref(r.from, fromArgument)}`, "");
    }
    for (const { argument, premises, conclusion } of structures) {
      // A circular argument (a premise is the conclusion) is no argument a map can hold.
      if (premises.includes(conclusion)) continue;
      out.push(`<A${argument}>: An argument.`, "");
      premises.forEach((p, k) => out.push(`(${k + 1}) [S${p}]`));
      out.push("----", `(${premises.length + 1}) [S${conclusion}]`, "");
    }
    return out.join("\n");
  });

/** Writes a generated map in a format; `undefined` where the writer itself refuses. */
const written = (write: (map: ArgumentMap) => { value: unknown }): fc.Arbitrary<string> =>
  richDocument.map((doc) => {
    const value = write(ArgumentMap.fromJSON(doc)).value;
    return typeof value === "string" ? value : JSON.stringify(value);
  });

const READERS: readonly (readonly [name: string, read: Read, documents: fc.Arbitrary<string>, kind: "json" | "text", runs: number])[] = [
  ["argmap JSON", readJson, written((map) => ({ value: map.toJSON() })), "json", 150],
  ["AIF", (text) => fromAif(text), written(toAif), "json", 150],
  ["xAIF", (text) => fromAif(text), written(toXaif), "json", 150],
  ["OVA", (text) => fromOva(text), written(toOva), "json", 150],
  ["SADFace", (text) => fromSadface(text), written(toSadface), "json", 150],
  ["Kialo", (text) => fromKialo(text), written(toKialo), "text", 150],
  ["arggraph", (text) => fromArggraph(text), arggraphDocument, "text", 150],
  ["Argdown", (text) => fromArgdown(text), written(toArgdown), "text", 60],
  ["Argdown as people write it", (text) => fromArgdown(text), argdownDocument, "text", 60],
];

describe.each(READERS)("%s", (name, read, documents, kind, runs) => {
  test("documents its writer made from generated maps are read, as maps that validate", async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (text) => {
        expect(await check(read, text, false), `${name}: ${JSON.stringify(text).slice(0, 2000)}`).toEqual([]);
      }),
      { numRuns: runs },
    );
  });

  test("hostile changes to them are refused with an ArgmapError or read as maps that validate", async () => {
    const changed = kind === "json" ? fc.tuple(documents, fc.array(jsonChange, { minLength: 1, maxLength: 3 })).map(([text, changes]) => changeJson(text, changes)) : fc.tuple(documents, fc.array(textChange, { minLength: 1, maxLength: 3 })).map(([text, changes]) => changeText(text, changes));
    await fc.assert(
      fc.asyncProperty(changed, async (text) => {
        expect(await check(read, text, true), `${name}: ${JSON.stringify(text).slice(0, 2000)}`).toEqual([]);
      }),
      { numRuns: runs * 2 },
    );
  });
});

describe("Argdown reader errors (issue 22 item 1)", () => {
  // When the Argdown reader must refuse a document (here a circular
  // argument, whose premise is its conclusion: a self-support), it reports
  // that problem alone: the titles it wrote need format 1.1 and it says so,
  // so no spurious `unknown-key` error joins the real one.
  test("a refused Argdown document reports its own problem, not format 1.1 titles under version 1", async () => {
    const error = await asyncErrorOf(() => fromArgdown("[S0]: Cities should ban cars.\n\n[S1]: The air is bad.\n\n<A0>: Circular.\n\n(1) [S1]\n----\n(2) [S1]\n"));
    expect(error.issues.map((i) => i.message).filter((m) => m.includes("format 1.1 field"))).toEqual([]);
    expect(error.issues.map((i) => [i.code, i.message.split(":")[0], i.line])).toEqual([["inconsistent-structure", "self-support", 7]]);
  });
});

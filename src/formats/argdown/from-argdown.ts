/**
 * Argdown import through `@argdown/core` (an optional peer dependency).
 * @module
 */
import { ArgmapError, issue, type ArgmapIssue, type PathSegment } from "../../errors.js";
import type { ArgumentMap } from "../../map/argument-map.js";
import type { ArgumentMapDocument, Claim, JsonValue, Relation } from "../../schema/document.js";
import { LanguageSchema } from "../../schema/document.js";
import { buildOwnMap, formatError, IdPool, importOptionalPeer, positionOf, rejectOtherFormat, Warnings, type ConversionResult, type FormatIssueCode } from "../conversion.js";
import { sniffFormat } from "../sniff.js";
import { ARGDOWN_STAND_IN } from "./to-argdown.js";
import { loadOnce } from "../../internal/load-once.js";
import { chooseThesis } from "./choose-thesis.js";
import { capWarnings, failureError, MAX_ARGDOWN_NESTING, nestingOf, nestingOfText, parserIssues, throwIssues, tooDeepError, type SyntaxReport } from "./syntax-issues.js";

/**
 * The response of `@argdown/core` after its `parse-input` and `build-model`
 * processes (`ParserPlugin`, `DataPlugin`, `ModelPlugin`). Only these fields
 * are read; any `IArgdownResponse` fits.
 */
export interface ArgdownModelResponse {
  readonly statements?: unknown;
  readonly arguments?: unknown;
  readonly relations?: unknown;
  readonly frontMatter?: unknown;
  readonly sections?: unknown;
  readonly lexerErrors?: unknown;
  readonly parserErrors?: unknown;
  readonly exceptions?: unknown;
}

/* Structural views of the parts of @argdown/core's model that are read. */
interface Range {
  readonly type?: string;
  readonly start?: number;
  readonly stop?: number;
  readonly url?: string;
}
interface Member {
  readonly text?: string | null;
  readonly section?: unknown;
  readonly isReference?: boolean;
  readonly role?: string;
  readonly argumentTitle?: string;
  readonly data?: Record<string, unknown> | null;
  readonly ranges?: readonly Range[];
  readonly startLine?: number;
  readonly startColumn?: number;
}
interface EquivalenceClass {
  readonly type: "equivalence-class";
  readonly title: string;
  readonly members: readonly Member[];
  readonly tags?: readonly string[];
  readonly data?: Record<string, unknown> | null;
}
interface Inference {
  readonly type: "inference";
  readonly argumentTitle: string;
  readonly conclusionIndex: number;
  readonly inferenceRules?: readonly string[];
  readonly data?: Record<string, unknown> | null;
  readonly startLine?: number;
}
interface PcsStatement {
  readonly title: string;
  readonly role?: string;
  readonly inference?: Inference;
  readonly startLine?: number;
  readonly startColumn?: number;
}
interface Argument {
  readonly type: "argument";
  readonly title: string;
  readonly members: readonly Member[];
  readonly data?: Record<string, unknown> | null;
  readonly pcs: readonly PcsStatement[];
  readonly tags?: readonly string[];
  readonly startLine?: number;
  readonly startColumn?: number;
}
type Endpoint = EquivalenceClass | Argument | Inference;
interface ArgdownRelation {
  readonly from: Endpoint | string;
  readonly to: Endpoint | string;
  readonly fromType?: string;
  readonly toType?: string;
  readonly conclusionIndex?: number;
  readonly relationType: string;
  readonly occurrences?: readonly { readonly startLine?: number; readonly startColumn?: number }[];
}

/** A relation whose ends are model objects (an `argdown json` export names them by title). */
interface ResolvedRelation {
  readonly from: Endpoint;
  readonly to: Endpoint;
  readonly relationType: string;
  readonly occurrences?: readonly { readonly startLine?: number; readonly startColumn?: number }[];
}

/** The parts of `@argdown/core` that {@link fromArgdown} uses. */
interface ArgdownCore {
  readonly ArgdownApplication: new () => {
    addPlugin(plugin: unknown, processor: string): void;
    run(request: Record<string, unknown>, response?: Record<string, unknown>): ArgdownModelResponse;
  };
  readonly ParserPlugin: new () => unknown;
  readonly DataPlugin: new () => unknown;
  readonly ModelPlugin: new () => unknown;
}

type ArgdownApp = { run(request: Record<string, unknown>, response?: Record<string, unknown>): ArgdownModelResponse };

/**
 * Loads `@argdown/core` once and sets up the application that parses and
 * builds the model.
 *
 * @internal
 */
export const argdownApplication: () => Promise<ArgdownApp> = loadOnce(() => createArgdownApplication(() => import("@argdown/core")));

/**
 * Sets up an Argdown application from a module loader; a loader that cannot
 * find the module gives `missing-peer`.
 *
 * @internal
 */
export async function createArgdownApplication(load: () => Promise<unknown>): Promise<ArgdownApp> {
  const core = await importOptionalPeer<ArgdownCore>("@argdown/core", "reading Argdown", load, "ArgdownApplication");
  const app = new core.ArgdownApplication();
  app.addPlugin(new core.ParserPlugin(), "parse-input");
  app.addPlugin(new core.DataPlugin(), "build-model");
  app.addPlugin(new core.ModelPlugin(), "build-model");
  return app;
}

/** Marks a title that is the name of an `Object.prototype` member, which `@argdown/core` would drop. */
const RESERVED_MARK = "\uE000";
const RESERVED_TITLES = new Set(Object.getOwnPropertyNames(Object.prototype));
/**
 * Control characters (other than tab and line breaks) and lone surrogates:
 * bytes that are not text. (U+FFFD is text; invalid UTF-8 is caught where
 * bytes are decoded.)
 */
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Parses Argdown text with `@argdown/core` and converts it into a map (see
 * {@link fromArgdownResponse} for what becomes what). The JSON that
 * `argdown json` writes is read too.
 *
 * Like Argdown's own editor and command line, it reads what `@argdown/core`
 * builds even when the parser reports errors: each lexer or parser error
 * becomes an `argdown-syntax` warning with its line and column. A document
 * `@argdown/core` cannot build a model of (a premise–conclusion structure
 * without an inference, invalid YAML in the front matter or a `{…}` data
 * element, relations nested deeper than 200 levels) is refused with
 * `argdown-syntax` errors that say where.
 *
 * Before parsing, the text is checked: an empty text, bytes that are not
 * text (control characters, lone surrogates) and a document in another
 * format (JSON, XML, Kialo, ICCMA; `format-mismatch` names it) each give one
 * clear error. A line that opens a `[` or `<` title and never closes it is
 * read as `@argdown/core` reads it (as text), with a warning. Titles such as
 * `[__proto__]` or `<constructor>` are kept.
 *
 * @param text - The Argdown source, or the JSON of an `argdown json` export.
 * @returns A promise of the map and the warnings.
 * @throws {@link argmap!ArgmapError} `argdown-syntax` with line and column when
 * the text is empty, holds control characters, nests too deep, or cannot be
 * modelled; `format-mismatch`; `missing-peer` when `@argdown/core` is not
 * installed; or `inconsistent-structure`.
 * @example
 * ```ts
 * import { fromArgdown } from "argmap/argdown";
 * const { value: map, warnings } = await fromArgdown("[A]: Cats are nice.\n  + [B]: They purr.");
 * ```
 */
export async function fromArgdown(text: string): Promise<ConversionResult<ArgumentMap>> {
  if (typeof text !== "string") formatError("argdown-syntax", [], `expected Argdown text, got ${text === null ? "null" : typeof text}`);
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  checkArgdownText(source);
  const looks = sniffFormat(source);
  if (looks === "argdown" && source.trimStart().startsWith("{")) return fromArgdownJson(source);
  rejectOtherFormat("argdown", looks, "Argdown text");
  if (/^\s*(?:\{|\[\s*[{[\]])/.test(source.slice(0, 64))) formatError("argdown-syntax", [], "this is JSON in no format argmap knows, not Argdown text", { line: 1, column: 1 });
  const early = nestingOfText(source);
  if (early.depth > MAX_ARGDOWN_NESTING) throw tooDeepError(early);
  const titleWarnings = unclosedTitles(source);
  const protectedText = protectTitles(source);
  const app = await argdownApplication();
  // Exceptions are thrown, not collected: @argdown/core drops any that is not
  // its own plugin error (a YAML error, a parser out of stack) without a word.
  const response: Record<string, unknown> = {};
  try {
    app.run({ input: protectedText, process: ["parse-input", "build-model"], logLevel: "none", throwExceptions: true }, response);
  } catch (failure) {
    const nesting = nestingOf(response.tokens);
    if (nesting.depth > MAX_ARGDOWN_NESTING || failure instanceof RangeError) throw tooDeepError(nesting, failure instanceof RangeError);
    throw failureError(failure, response);
  }
  const nesting = nestingOf(response.tokens);
  if (nesting.depth > MAX_ARGDOWN_NESTING) throw tooDeepError(nesting);
  return convertResponse(response, protectedText !== source, titleWarnings);
}

/** Empty input and bytes that are not text are refused before `@argdown/core` sees them. */
function checkArgdownText(text: string): void {
  if (text.trim() === "") formatError("argdown-syntax", [], "the Argdown text is empty", { line: 1, column: 1 });
  const bad = NOT_TEXT.exec(text);
  if (bad !== null) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    formatError("argdown-syntax", [], `this is not Argdown text: it holds the character U+${code}, which text files do not (is it a binary file, or in another encoding than UTF-8?)`, positionOf(text, bad.index));
  }
}

/**
 * Warnings for lines that start a `[title` or `<title` and do not close it on
 * the same line: `@argdown/core` reads such a line as text, and so does argmap.
 */
function unclosedTitles(text: string): ArgmapIssue<FormatIssueCode>[] {
  // Comments (<!-- -->, /* */) may hold anything: blank them out, keeping line breaks.
  const blank = (comment: string): string => comment.replace(/[^\r\n]/g, " ");
  const lines = text.replace(/<!--[\s\S]*?(?:-->|$)|\/\*[\s\S]*?(?:\*\/|$)/g, blank).split(/\r\n|\r|\n/);
  const found: ArgmapIssue<FormatIssueCode>[] = [];
  let inFrontMatter = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*===\s*$/.test(line)) inFrontMatter = !inFrontMatter;
    if (inFrontMatter) continue;
    const open = /^(\s*(?:(?:[+\-_]>|<[+\-_]|><|[+\-*]|\(\d+\)|\d+\.)\s+)?)(\[|<(?![+\-_>!]))/.exec(line);
    if (open === null) continue;
    const close = open[2] === "[" ? "]" : ">";
    const from = open[1]!.length;
    if (line.indexOf(close, from + 1) === -1) {
      const what = open[2] === "[" ? 'statement title "["' : 'argument title "<"';
      found.push({ ...issue<FormatIssueCode>("argdown-syntax", [], `the ${what} opened here is never closed with "${close}" on this line, so the line was read as text`, "warning"), line: i + 1, column: from + 1 });
    }
  }
  return capWarnings(found);
}

/** Marks titles named like `Object.prototype` members (`[__proto__]`), which `@argdown/core` would drop. */
function protectTitles(text: string): string {
  return text.replace(/([[<])([ \t]*)([^\][<>\n\r]+?)([ \t]*)(?=[\]>])/g, (whole, open: string, before: string, title: string, after: string) =>
    RESERVED_TITLES.has(title) ? `${open}${before}${RESERVED_MARK}${title}${after}` : whole,
  );
}

/** Reads the JSON of an `argdown json` export. */
function fromArgdownJson(text: string): ConversionResult<ArgumentMap> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return formatError("argdown-syntax", [], `this looks like the JSON of an \`argdown json\` export, but it is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return fromArgdownResponse(value as ArgdownModelResponse);
}

/**
 * Converts the model `@argdown/core` built (its `ParserPlugin`, `DataPlugin`
 * and `ModelPlugin` response) into a map, for programs that already run
 * Argdown.
 *
 * - Statements (equivalence classes) become claims; the title is the id, the
 *   canonical member's text (tags removed) the text, and tags are kept.
 * - Each inference step of a premise–conclusion structure becomes a support
 *   from its premises (linked) to its conclusion: by default the premises
 *   since the previous conclusion plus that conclusion; `{uses: [1, 2]}` in
 *   the inference data names them. The last step's id is the argument's
 *   title; intermediate conclusions are claims. Inference rules become the
 *   `scheme`, the argument's description its `label`.
 * - Arguments without a premise–conclusion structure become claims (marked
 *   `meta.argdown.argument`).
 * - Support and entailment become supports; attack, contrary and
 *   contradictory attacks (symmetric ones in both directions); an undercut
 *   attacks the relation of the inference it targets. A relation of an
 *   argument to its own conclusion (`[C]` with `+ <A>` where `<A>` concludes
 *   `[C]`) is the argument's inference itself, not a second relation.
 * - The front matter's `title`, `description`, `thesis` and `language` (or
 *   `lang`) are kept. Without a `thesis`, the thesis is chosen as an Argdown
 *   user would see it (docs/formats.md, "Which statement is the thesis?").
 * - Lexer and parser errors of a response that still holds a model become
 *   `argdown-syntax` warnings with their line and column.
 *
 * @param response - The `@argdown/core` response.
 * @returns The map and the warnings.
 * @throws {@link argmap!ArgmapError} `argdown-syntax` (a response without a
 * model, or one whose plugins failed) or `inconsistent-structure`.
 * @example
 * ```ts
 * import { ArgdownApplication, DataPlugin, ModelPlugin, ParserPlugin } from "@argdown/core";
 * import { fromArgdownResponse } from "argmap/argdown";
 *
 * const app = new ArgdownApplication();
 * app.addPlugin(new ParserPlugin(), "parse-input");
 * app.addPlugin(new DataPlugin(), "build-model");
 * app.addPlugin(new ModelPlugin(), "build-model");
 * const response = app.run({ input: "[A]: Cats are nice.\n  + [B]: They purr.", process: ["parse-input", "build-model"] });
 * const { value: map } = fromArgdownResponse(response);
 * ```
 */
export function fromArgdownResponse(response: ArgdownModelResponse): ConversionResult<ArgumentMap> {
  return convertResponse(response, false, []);
}

/** {@link fromArgdownResponse}, taking out the marks of {@link protectTitles} when `marked`; `earlier` are warnings found in the text before parsing. */
function convertResponse(response: ArgdownModelResponse, marked: boolean, earlier: readonly ArgmapIssue<FormatIssueCode>[]): ConversionResult<ArgumentMap> {
  const { document, warnings, locate } = argdownDocument(response, marked, earlier);
  return { value: buildOwnMap(document, locate), warnings };
}

/** The argmap document read from a model, before it is built into a map. */
export interface ArgdownDocument {
  readonly document: ArgumentMapDocument;
  readonly warnings: ArgmapIssue<FormatIssueCode>[];
  /** Where in the Argdown text a path into the document comes from. */
  readonly locate: (path: readonly PathSegment[]) => Pick<ArgmapIssue, "path" | "line" | "column">;
}

/**
 * Reads the model `@argdown/core` built into an argmap document (see
 * {@link fromArgdownResponse}); the tests check it with `parseArgumentMap`.
 *
 * @internal
 */
export function argdownDocument(response: ArgdownModelResponse, marked = false, earlier: readonly ArgmapIssue<FormatIssueCode>[] = []): ArgdownDocument {
  if (response === null || typeof response !== "object") formatError("argdown-syntax", [], `expected an @argdown/core response object, got ${response === null ? "null" : typeof response}`);
  const syntaxWarnings = readableModel(response);
  const statements = objectValues<EquivalenceClass>(response.statements);
  const args = objectValues<Argument>(response.arguments);
  const statementByTitle = new Map<string, EquivalenceClass>();
  for (const statement of statements) statementByTitle.set(statement.title, statement);
  const argumentByTitle = new Map<string, Argument>();
  for (const argument of args) argumentByTitle.set(argument.title, argument);
  const argdownRelations = (Array.isArray(response.relations) ? (response.relations as ArgdownRelation[]) : []).flatMap((relation) => {
    const resolved = resolveRelation(relation, statementByTitle, argumentByTitle);
    return resolved === undefined ? [] : [resolved];
  });
  const sections = sectionIndex(response.sections);
  const warnings = new Warnings();
  const clean = marked ? (value: string): string => (value.includes(RESERVED_MARK) ? value.split(RESERVED_MARK).join("") : value) : (value: string): string => value;
  const idPool = new IdPool();
  const pool = { take: (wanted: string): string => idPool.take(clean(wanted)) };
  const memberText = (member: Member): string => clean(withoutTags(member));
  const claims: Claim[] = [];
  const relations: Relation[] = [];
  const claimLines: (number | undefined)[] = [];
  const relationLines: (number | undefined)[] = [];
  const claimOf = new Map<string, string>(); // statement title → claim id
  const argumentClaim = new Map<string, string>(); // unreconstructed argument title → claim id
  const stepRelation = new Map<string, string>(); // argument title + conclusion index → relation id
  const mainRelation = new Map<string, string>(); // argument title → relation id of its last step

  // Stand-in conclusions written by toArgdown: fold them into their argument.
  const outgoing = new Map<EquivalenceClass, ResolvedRelation[]>();
  for (const relation of argdownRelations) {
    const list = outgoing.get(relation.from as EquivalenceClass);
    if (list === undefined) outgoing.set(relation.from as EquivalenceClass, [relation]);
    else list.push(relation);
  }
  const standIn = new Map<string, ResolvedRelation>(); // statement title → its one outgoing relation
  const byTitle = new Map<string, EquivalenceClass>();
  for (const statement of statements) byTitle.set(statement.title, statement);
  for (const argument of args) {
    const last = argument.pcs[argument.pcs.length - 1];
    if (last === undefined) continue;
    const statement = byTitle.get(last.title);
    if (statement === undefined || statement.data?.argmap !== ARGDOWN_STAND_IN) continue;
    const out = outgoing.get(statement) ?? [];
    const usedElsewhere = statement.members.some((m) => m.role !== "main-conclusion" && m.role !== "relation-statement");
    if (out.length === 1 && !usedElsewhere) standIn.set(statement.title, out[0]!);
  }
  const consumed = new Set<ResolvedRelation>(standIn.values());

  /** `meta.argdown` of a statement or argument: other wordings and the section. */
  const argdownMeta = (members: readonly Member[], canonical: Member | undefined, text: string, kind: string, title: string, at: PathSegment[]): Record<string, JsonValue> => {
    const out: Record<string, JsonValue> = {};
    const others: string[] = [];
    for (const member of members) {
      if (member === canonical || member.isReference === true || typeof member.text !== "string") continue;
      const wording = memberText(member);
      if (wording !== "" && wording !== text && !others.includes(wording)) others.push(wording);
    }
    if (others.length > 0) {
      out.wordings = others;
      warnings.add("argdown-wordings", at, `${kind} ${clean(title)} is worded ${others.length + 1} ways; the canonical wording is the text and the others are in meta.argdown.wordings`, `${kind}s`);
    }
    const section = sectionPath(canonical?.section ?? members.find((m) => m.section !== undefined)?.section, sections);
    if (section !== undefined) out.section = section.map(clean);
    // Links keep their targets ("[here](https://…)" reads "here" in the text).
    const links: JsonValue[] = [];
    for (const member of members) {
      if (member.isReference === true || typeof member.text !== "string") continue;
      for (const range of member.ranges ?? []) {
        if (range.type !== "link" || typeof range.url !== "string" || typeof range.start !== "number" || typeof range.stop !== "number") continue;
        const link = { text: clean(member.text.slice(range.start, range.stop + 1)), url: range.url };
        if (!links.some((l) => JSON.stringify(l) === JSON.stringify(link))) links.push(link);
      }
    }
    if (links.length > 0) out.links = links;
    return out;
  };
  /** `meta.argdown.data`: the YAML data of a statement, argument or inference, as JSON; argmap's own keys left out. */
  const dataMeta = (data: Record<string, unknown> | null | undefined, at: PathSegment[]): Record<string, JsonValue> => {
    if (!isRecord(data)) return {};
    const own = Object.keys(data).filter((key) => key !== "argmapId" && key !== "argmap");
    if (own.length === 0) return {};
    const { value, changed } = jsonData(Object.fromEntries(own.map((key) => [key, data[key]])));
    if (changed) warnings.add("argdown-data-changed", at, "YAML data held values JSON cannot (dates became ISO strings; other values, and data nested deeper than 64 levels, became strings or null)", "data elements");
    return { data: value };
  };
  const withMeta = (item: Claim | Relation, extra: Record<string, JsonValue>): void => {
    if (Object.keys(extra).length === 0) return;
    const argdown = (item.meta?.argdown ?? {}) as Record<string, JsonValue>;
    item.meta = { ...item.meta, argdown: { ...argdown, ...extra } };
  };
  const isUntitledConclusion = (statement: EquivalenceClass): boolean =>
    /^Untitled \d+$/.test(statement.title) && statement.members.length > 0 && statement.members.every((m) => m.role === "main-conclusion" || m.role === "intermediary-conclusion");
  const titledByText = new Map<string, string>(); // text → claim id of the first titled statement with it
  const statementOfClaim = new Map<string, EquivalenceClass>();
  // A twin that is a premise of the same argument stays apart: joining would make the argument conclude its own premise.
  const premiseOfSame = (twin: string, conclusion: EquivalenceClass): boolean => {
    const argumentsOf = new Set(conclusion.members.map((m) => m.argumentTitle).filter((t) => t !== undefined));
    return (statementOfClaim.get(twin)?.members ?? []).some((m) => m.role === "premise" && m.argumentTitle !== undefined && argumentsOf.has(m.argumentTitle));
  };
  const ordered = [...statements.filter((s) => !isUntitledConclusion(s)), ...statements.filter(isUntitledConclusion)];
  for (const statement of ordered) {
    if (standIn.has(statement.title)) continue;
    const canonical = canonicalMember(statement.members);
    // A statement with a title only is shown by its title, as Argdown shows it.
    const text = withTitle(canonical === undefined ? "" : memberText(canonical), clean(statement.title));
    if (isUntitledConclusion(statement)) {
      const twin = text === "" ? undefined : titledByText.get(text);
      if (twin !== undefined && !premiseOfSame(twin, statement)) {
        claimOf.set(statement.title, twin);
        warnings.add("argdown-joined-statement", ["claims", claims.findIndex((c) => c.id === twin)], `an untitled conclusion has the same text as [${twin}] and was joined to it`, "statements");
        continue;
      }
    }
    const id = pool.take(keptId(statement.members) ?? statement.title);
    claimOf.set(statement.title, id);
    const claim: Claim = { id, text };
    if (!/^Untitled \d+$/.test(statement.title)) claim.title = clean(statement.title);
    if (statement.tags !== undefined && statement.tags.length > 0) claim.tags = statement.tags.map(clean);
    withMeta(claim, argdownMeta(statement.members, canonical, text, "statement", `[${statement.title}]`, ["claims", claims.length]));
    withMeta(claim, dataMeta(statement.data, ["claims", claims.length]));
    if (!isUntitledConclusion(statement) && !/^Untitled \d+$/.test(statement.title) && text !== "" && !titledByText.has(text)) titledByText.set(text, id);
    statementOfClaim.set(id, statement);
    claims.push(claim);
    claimLines.push(canonical?.startLine ?? statement.members[0]?.startLine);
  }
  for (const argument of args) {
    if (argument.pcs.length > 0) continue;
    const id = pool.take(keptId(argument.members) ?? argument.title);
    argumentClaim.set(argument.title, id);
    const canonical = canonicalMember(argument.members);
    const text = withTitle(canonical === undefined ? "" : memberText(canonical), clean(argument.title));
    const claim: Claim = { id, text, meta: { argdown: { argument: clean(argument.title) } } };
    if (!/^Untitled \d+$/.test(argument.title)) claim.title = clean(argument.title);
    if (argument.tags !== undefined && argument.tags.length > 0) claim.tags = argument.tags.map(clean);
    withMeta(claim, argdownMeta(argument.members, canonical, text, "argument", `<${argument.title}>`, ["claims", claims.length]));
    withMeta(claim, dataMeta(argument.data, ["claims", claims.length]));
    claims.push(claim);
    claimLines.push(argument.startLine);
  }

  // Premise–conclusion structures: one support per inference step.
  const pending: { relation: Relation; standIn: ResolvedRelation | undefined; argument: Argument }[] = [];
  for (const argument of args) {
    const pcs = argument.pcs;
    if (pcs.length === 0) continue;
    let since: string[] = [];
    let previous: string | undefined;
    const lastConclusion = pcs.length - 1;
    const used = new Set<string>(); // titles some step's premises hold
    const groups: { relation: Relation; premises: string[] }[] = []; // each step and the premises written before it
    for (let k = 0; k < pcs.length; k++) {
      const statement = pcs[k]!;
      const inference = statement.inference;
      if (inference === undefined) {
        since.push(statement.title);
        continue;
      }
      const uses = inference.data?.uses;
      let premises: string[];
      if (Array.isArray(uses) && uses.every((u) => Number.isInteger(u) && u >= 1 && u <= k)) {
        premises = (uses as number[]).map((u) => pcs[u - 1]!.title);
      } else premises = previous === undefined ? since : [previous, ...since];
      for (const title of premises) used.add(title);
      const from = unique(premises.map((title) => claimOf.get(title)).filter((id): id is string => id !== undefined));
      const isLast = k === lastConclusion;
      const dataId = inference.data?.argmapId;
      const id = pool.take(isLast ? (typeof dataId === "string" && dataId !== "" ? dataId : argument.title) : `${argument.title} (${k + 1})`);
      const fold = isLast ? standIn.get(statement.title) : undefined;
      const to = fold === undefined ? claimOf.get(statement.title) : undefined;
      const relation: Relation = { id, type: "support", from, to: to ?? "" };
      const rules = (inference.inferenceRules ?? []).map((rule) => clean(rule).trim()).filter((rule) => rule !== "");
      if (rules.length > 0) relation.scheme = rules.join(", ");
      if (isLast) {
        const description = canonicalMember(argument.members);
        const label = description === undefined ? "" : memberText(description);
        if (label !== "") relation.label = label;
        withMeta(relation, argdownMeta(argument.members, description, label, "argument", `<${argument.title}>`, ["relations", pending.length]));
        withMeta(relation, dataMeta(argument.data, ["relations", pending.length]));
      }
      const inferenceData = dataMeta(inference.data, ["relations", pending.length]);
      if (inferenceData.data !== undefined) withMeta(relation, { inference: inferenceData.data });
      stepRelation.set(`${argument.title}\u0000${k}`, id);
      if (isLast) mainRelation.set(argument.title, id);
      pending.push({ relation, standIn: fold, argument });
      groups.push({ relation, premises: since });
      since = [];
      previous = statement.title;
    }
    // A premise that no step's `uses` names still belongs to the argument (Argdown
    // draws it inside the argument): it joins the step it is written before.
    for (const { relation, premises } of groups) {
      for (const title of premises) {
        const id = claimOf.get(title);
        if (used.has(title) || id === undefined || relation.from.includes(id)) continue;
        relation.from.push(id);
      }
    }
  }

  const endpoint = (node: Endpoint, role: "from" | "to", relationType: string, at: PathSegment[]): { id: string; kind: "claim" | "relation" } | undefined => {
    if (node.type === "equivalence-class") {
      const id = claimOf.get(node.title);
      return id === undefined ? undefined : { id, kind: "claim" };
    }
    if (node.type === "inference") {
      const id = stepRelation.get(`${node.argumentTitle}\u0000${node.conclusionIndex}`);
      return id === undefined ? undefined : { id, kind: "relation" };
    }
    const asClaim = argumentClaim.get(node.title);
    if (asClaim !== undefined) {
      if (role === "to" && relationType === "undercut") {
        warnings.add("argdown-undercut-unreconstructed", at, `<${node.title}> has no premise–conclusion structure, so its undercut became an attack on it`, "relations");
      }
      return { id: asClaim, kind: "claim" };
    }
    const main = mainRelation.get(node.title);
    if (main === undefined) return undefined;
    if (role === "to" && relationType !== "undercut") {
      warnings.add("argdown-argument-target", at, `a ${relationType} of the reconstructed argument <${node.title}> was read as bearing on its inference`, "relations");
    }
    return { id: main, kind: "relation" };
  };

  const lineOf = (relation: ResolvedRelation): number | undefined => relation.occurrences?.[0]?.startLine;
  for (const { relation, standIn: fold, argument } of pending) {
    if (fold !== undefined) {
      const target = endpoint(fold.to, "to", fold.relationType === "undercut" ? "undercut" : "support", ["relations", relations.length]);
      if (target !== undefined) {
        relation.to = target.id;
        relation.type = fold.relationType === "support" || fold.relationType === "entails" ? "support" : "attack";
      }
    }
    relations.push(relation);
    relationLines.push(argument.startLine);
  }

  // Claims that an argument concludes: a support of such a claim by itself is that argument's inference.
  const concluded = new Set(pending.filter(({ relation, argument }) => relation.id === mainRelation.get(argument.title)).map(({ relation }) => relation.to));
  const symmetricIds = new Set<string>();
  argdownRelations.forEach((relation) => {
    if (consumed.has(relation)) return;
    const at: PathSegment[] = ["relations", relations.length];
    if (relation.relationType === "undercut" && relation.to.type === "equivalence-class") {
      warnings.add("argdown-undercut-statement", at, `an undercut (_>) aimed at the statement [${clean(relation.to.title)}] became a plain attack: undercuts aim at arguments or inferences`, "relations");
    }
    const from = endpoint(relation.from, "from", relation.relationType, at);
    const to = endpoint(relation.to, "to", relation.relationType, at);
    if (from === undefined || to === undefined || from.kind !== "claim") return;
    const type = relation.relationType === "support" || relation.relationType === "entails" ? "support" : "attack";
    if (to.kind === "claim" && to.id === from.id) {
      // `[C]` with `+ <A>` where <A> concludes [C]: @argdown/core moves the
      // argument's relation to its conclusion, which gives C +> C. The
      // relation is the argument's inference, from its premises to C.
      if (type !== "support" || !concluded.has(to.id)) {
        const which = relation.from.type === "equivalence-class" ? `[${clean(relation.from.title)}]` : JSON.stringify(from.id);
        warnings.add("argdown-self-relation", at, `the ${relation.relationType} relation of ${which} to itself (an argument's relation to its own conclusion) was left out: a claim cannot ${type} itself`, "relations");
      }
      return;
    }
    const symmetric = relation.relationType === "contrary" || relation.relationType === "contradictory";
    relations.push({ id: pool.take(`${from.id} ${type === "support" ? "+" : "-"}> ${to.id}`), type, from: [from.id], to: to.id });
    relationLines.push(lineOf(relation));
    if (symmetric && to.kind === "claim") {
      warnings.add("argdown-symmetric-relation", at, `the ${relation.relationType} relation between [${relation.from.type === "equivalence-class" ? clean(relation.from.title) : from.id}] and [${relation.to.type === "equivalence-class" ? clean(relation.to.title) : to.id}] became two attacks`, "relations");
      relations.push({ id: pool.take(`${to.id} -> ${from.id}`), type: "attack", from: [to.id], to: from.id, meta: { argdown: { relationType: relation.relationType } } });
      relations[relations.length - 2]!.meta = { argdown: { relationType: relation.relationType } };
      relationLines.push(lineOf(relation));
      symmetricIds.add(relations[relations.length - 1]!.id).add(relations[relations.length - 2]!.id);
    }
  });

  const front = isRecord(response.frontMatter) ? response.frontMatter : {};
  const title = typeof front.title === "string" ? front.title : (documentHeading(response.sections, [...claimLines, ...relationLines]) ?? "");
  const document: ArgumentMapDocument = { format: "argmap", version: 1, title: clean(title), sources: [], claims, relations };
  if (typeof front.description === "string") document.description = front.description;
  const language = front.language ?? front.lang;
  if (language !== undefined) {
    if (typeof language === "string" && LanguageSchema.safeParse(language).success) document.language = language;
    else warnings.add("lost-language", ["language"], `the front matter's language ${JSON.stringify(String(language)).slice(0, 80)} is not a BCP 47 tag (such as "en" or "de-CH"); it was left out`, "languages");
  }
  if (typeof front.thesis === "string") {
    const thesis = claimOf.get(front.thesis) ?? (marked ? claimOf.get(`${RESERVED_MARK}${front.thesis}`) : undefined);
    if (thesis !== undefined) document.thesis = thesis;
  } else if (!("thesis" in front)) {
    const thesis = chooseThesis(
      claims.map((claim) => ({ claim, section: (claim.meta?.argdown as { section?: string[] } | undefined)?.section })),
      relations,
      symmetricIds,
    );
    if (thesis !== undefined) document.thesis = thesis;
  }
  // Claim titles and the language are format 1.1 fields: the document says so.
  if (document.language !== undefined || claims.some((claim) => claim.title !== undefined)) document.version = "1.1";
  const locate = (path: readonly PathSegment[]): Pick<ArgmapIssue, "path" | "line" | "column"> => {
    const [list, index] = path;
    const line = typeof index === "number" ? (list === "claims" ? claimLines[index] : list === "relations" ? relationLines[index] : undefined) : undefined;
    return line === undefined ? { path: [] } : { path: [], line, column: 1 };
  };
  return { document, warnings: [...syntaxWarnings, ...earlier, ...warnings.list()], locate };
}

/**
 * Checks that a response holds a model argmap can read, and returns its
 * lexer and parser errors as warnings. A response whose plugins failed, one
 * without a model, and one whose model is empty while the parser reported
 * errors are refused with `argdown-syntax` errors.
 */
function readableModel(response: ArgdownModelResponse): ArgmapIssue<FormatIssueCode>[] {
  const report = response as SyntaxReport;
  const exceptions = Array.isArray(response.exceptions) ? (response.exceptions as unknown[]) : [];
  if (exceptions.length > 0) throw failureError(exceptions[0], report);
  if (!isRecord(response.statements) || !isRecord(response.arguments)) {
    const errors = parserIssues(report, "error");
    throwIssues(errors.length > 0 ? errors : [issue<FormatIssueCode>("argdown-syntax", [], "@argdown/core built no model (were the parse-input and build-model processes run?)")]);
  }
  const found = parserIssues(report, "warning");
  if (found.length > 0 && Object.keys(response.statements).length === 0 && Object.keys(response.arguments).length === 0) throwIssues(found);
  return capWarnings(found);
}

/**
 * The title a document without a front matter `title` gives itself: its one
 * top-level heading (`# …`, tags taken out), when it stands before every
 * statement and argument. Several top-level headings are sections, not a title.
 */
function documentHeading(value: unknown, lines: readonly (number | undefined)[]): string | undefined {
  const top = (Array.isArray(value) ? (value as unknown[]) : []).filter((s): s is { title?: unknown; level?: unknown; startLine?: unknown; ranges?: Range[] } => isRecord(s) && s.level === 1);
  if (top.length !== 1) return undefined;
  const heading = top[0]!;
  if (typeof heading.title !== "string" || typeof heading.startLine !== "number") return undefined;
  for (const line of lines) if (typeof line === "number" && line < heading.startLine) return undefined;
  const text = withoutTags({ text: heading.title, ranges: heading.ranges ?? [] });
  return text === "" ? undefined : text;
}

/** The id `toArgdown` kept in a statement's or argument's data (`{argmapId: …}`), when the title is not the id. */
function keptId(members: readonly Member[]): string | undefined {
  for (const member of members) {
    const id = member.data?.argmapId;
    if (typeof id === "string" && id !== "") return id;
  }
  return undefined;
}

/** A statement's or argument's text, or its title when it has no text (an untitled one keeps its empty text). */
function withTitle(text: string, title: string): string {
  return text.trim() !== "" || /^Untitled \d+$/.test(title) ? text : title;
}

/** The member Argdown itself shows: one marked `isCanonical`, else the last definition with text. */
function canonicalMember(members: readonly Member[]): Member | undefined {
  let fallback: Member | undefined;
  for (let i = members.length - 1; i >= 0; i--) {
    const member = members[i]!;
    if (member.isReference) continue;
    if (member.data?.isCanonical === true) return member;
    if (fallback === undefined && typeof member.text === "string" && member.text.trim() !== "") fallback = member;
  }
  return fallback;
}

/**
 * A member's text without its `#tag` ranges, trimmed. Where a tag is cut
 * out, the words on either side keep one space between them, and
 * punctuation that followed the tag stays attached to the word before it:
 * "a #tag and" → "a and", "werden #(x y) -- nicht" → "werden -- nicht",
 * "cars #tag." → "cars.".
 */
function withoutTags(member: Member): string {
  const text = member.text ?? "";
  const tags = (member.ranges ?? []).filter((r) => r.type === "tag" && typeof r.start === "number" && typeof r.stop === "number");
  if (tags.length === 0) return text.trim();
  let out = "";
  let at = 0;
  for (const range of [...tags].sort((a, b) => a.start! - b.start!)) {
    if (range.start! < at) continue;
    out = join(out, text.slice(at, range.start!));
    at = range.stop! + 1;
  }
  return join(out, text.slice(at)).trim();
}

/** Joins two pieces of text at a cut: one space between words, none before punctuation. */
function join(left: string, right: string): string {
  const l = left.replace(/[ \t]+$/, "");
  const r = right.replace(/^[ \t]+/, "");
  if (l === "" || r === "") return l + r;
  return /^[.,;:!?)\]}»”’…]/.test(r) ? l + r : `${l} ${r}`;
}

/** Ends of an `argdown json` relation (titles and types) resolved to model objects; model relations pass through. */
function resolveRelation(relation: ArgdownRelation, statements: ReadonlyMap<string, EquivalenceClass>, args: ReadonlyMap<string, Argument>): ResolvedRelation | undefined {
  if (relation === null || typeof relation !== "object") return undefined;
  const end = (value: Endpoint | string | undefined, type: string | undefined, conclusionIndex: number | undefined): Endpoint | undefined => {
    if (value !== null && typeof value === "object") return value;
    if (typeof value !== "string") return undefined;
    if (type === "inference") return { type: "inference", argumentTitle: value, conclusionIndex: typeof conclusionIndex === "number" ? conclusionIndex : 0 };
    if (type === "argument") return args.get(value);
    return statements.get(value);
  };
  const from = end(relation.from, relation.fromType, undefined);
  const to = end(relation.to, relation.toType, relation.conclusionIndex);
  if (from === undefined || to === undefined || typeof relation.relationType !== "string") return undefined;
  return { from, to, relationType: relation.relationType, ...(relation.occurrences === undefined ? {} : { occurrences: relation.occurrences }) };
}

/** A section as the model (objects) or an `argdown json` export (ids) gives it. */
interface SectionLike {
  readonly id?: unknown;
  readonly title?: unknown;
  readonly parent?: unknown;
  readonly children?: unknown;
}

/** Sections by id, from the response's section tree. */
function sectionIndex(value: unknown): Map<string, SectionLike> {
  const index = new Map<string, SectionLike>();
  const stack: unknown[] = Array.isArray(value) ? [...(value as unknown[])] : [];
  while (stack.length > 0 && index.size < 100_000) {
    const section = stack.pop();
    if (section === null || typeof section !== "object") continue;
    const s = section as SectionLike;
    if (typeof s.id === "string" && !index.has(s.id)) index.set(s.id, s);
    if (Array.isArray(s.children)) stack.push(...(s.children as unknown[]));
  }
  return index;
}

/** Headings from the outermost section down to this one, or undefined outside any section. */
function sectionPath(value: unknown, index: ReadonlyMap<string, SectionLike>): string[] | undefined {
  const path: string[] = [];
  const seen = new Set<unknown>();
  let at: unknown = value;
  while (at !== undefined && at !== null && !seen.has(at) && path.length < 100) {
    seen.add(at);
    const section: SectionLike | undefined = typeof at === "string" ? index.get(at) : typeof at === "object" ? (at as SectionLike) : undefined;
    if (section === undefined) break;
    if (typeof section.title === "string") path.unshift(section.title.trim());
    at = section.parent;
  }
  return path.length === 0 ? undefined : path;
}

function objectValues<T>(value: unknown): T[] {
  if (!isRecord(value)) return [];
  return Object.keys(value).map((key) => value[key] as T);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** Deepest nesting of YAML data kept as it is in `meta.argdown.data`. */
const MAX_DATA_DEPTH = 64;

/**
 * YAML data as JSON, without recursion: dates become ISO strings; other
 * values JSON cannot hold, and anything nested deeper than
 * {@link MAX_DATA_DEPTH}, become strings (or null); `changed` says whether
 * anything did.
 */
function jsonData(root: Record<string, unknown>): { value: JsonValue; changed: boolean } {
  let changed = false;
  const out: Record<string, JsonValue> = {};
  const stack: { value: unknown; put: (v: JsonValue) => void; depth: number }[] = [];
  const seen = new Set<object>();
  // Children are pushed in reverse and their slots made first, so that keys keep their order.
  const keys = Object.keys(root);
  for (const key of keys) setOwn(out, key, null);
  for (const key of keys.reverse()) stack.push({ value: root[key], put: (v) => setOwn(out, key, v), depth: 1 });
  while (stack.length > 0) {
    const { value, put, depth } = stack.pop()!;
    if (value === null || typeof value === "string" || typeof value === "boolean") put(value);
    else if (typeof value === "number") {
      if (Number.isFinite(value)) put(value);
      else {
        changed = true;
        put(String(value));
      }
    } else if (value instanceof Date) {
      changed = true;
      put(Number.isNaN(value.getTime()) ? null : value.toISOString());
    } else if (typeof value === "object" && depth < MAX_DATA_DEPTH && !seen.has(value) && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
      seen.add(value);
      if (Array.isArray(value)) {
        const list: JsonValue[] = new Array<JsonValue>(value.length).fill(null);
        put(list);
        value.forEach((item: unknown, i) => stack.push({ value: item, put: (v) => (list[i] = v), depth: depth + 1 }));
      } else {
        const object: Record<string, JsonValue> = {};
        put(object);
        const keys = Object.keys(value);
        for (const key of keys) setOwn(object, key, null);
        for (const key of keys.reverse()) stack.push({ value: (value as Record<string, unknown>)[key], put: (v) => setOwn(object, key, v), depth: depth + 1 });
      }
    } else {
      changed = true;
      put(value === undefined ? null : typeof value === "object" ? null : String(value));
    }
  }
  return { value: out, changed };
}

/** Sets an own property, even one named `__proto__`. */
function setOwn(object: Record<string, JsonValue>, key: string, value: JsonValue): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

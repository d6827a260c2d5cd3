/**
 * Argdown import through `@argdown/core` (an optional peer dependency).
 * @module
 */
import { ArgmapError, issue, type ArgmapIssue, type PathSegment } from "../../errors.js";
import type { ArgumentMap } from "../../map/argument-map.js";
import type { ArgumentMapDocument, Claim, JsonValue, Relation } from "../../schema/document.js";
import { buildOwnMap, formatError, IdPool, importOptionalPeer, positionOf, rejectOtherFormat, Warnings, type ConversionResult, type FormatIssueCode } from "../conversion.js";
import { sniffFormat } from "../sniff.js";
import { ARGDOWN_STAND_IN } from "./to-argdown.js";
import { loadOnce } from "../../internal/load-once.js";

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
}
interface Member {
  readonly text?: string | null;
  readonly section?: unknown;
  readonly isReference?: boolean;
  readonly role?: string;
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
    run(request: Record<string, unknown>): ArgdownModelResponse;
  };
  readonly ParserPlugin: new () => unknown;
  readonly DataPlugin: new () => unknown;
  readonly ModelPlugin: new () => unknown;
}

type ArgdownApp = { run(request: Record<string, unknown>): ArgdownModelResponse };

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
 * Before parsing, the text is checked: an empty text, bytes that are not
 * text (control characters, lone surrogates), a line that opens a `[` or `<` title
 * and never closes it, and a document in another format (JSON, XML, Kialo,
 * ICCMA; `format-mismatch` names it) each give one clear error. Titles such
 * as `[__proto__]` or `<constructor>` are kept.
 *
 * @param text - The Argdown source, or the JSON of an `argdown json` export.
 * @returns A promise of the map and the warnings.
 * @throws {@link argmap!ArgmapError} `argdown-syntax` with line and column when
 * the text is empty, holds control characters, has an unclosed title, or when
 * `@argdown/core` reports lexer or parser errors; `format-mismatch`;
 * `missing-peer` when `@argdown/core` is not installed; or
 * `inconsistent-structure` (e.g. a statement that supports itself).
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
  checkTitlesClosed(source);
  const protectedText = protectTitles(source);
  const app = await argdownApplication();
  const response = app.run({ input: protectedText, process: ["parse-input", "build-model"], logLevel: "none" });
  return convertResponse(response, protectedText !== source);
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

/** A line that starts a `[title` or `<title` and does not close it on the same line. */
function checkTitlesClosed(text: string): void {
  // Comments (<!-- -->, /* */) may hold anything: blank them out, keeping line breaks.
  const blank = (comment: string): string => comment.replace(/[^\r\n]/g, " ");
  const lines = text.replace(/<!--[\s\S]*?(?:-->|$)|\/\*[\s\S]*?(?:\*\/|$)/g, blank).split(/\r\n|\r|\n/);
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
      formatError("argdown-syntax", [], `the ${open[2] === "[" ? "statement title \"[\"" : "argument title \"<\""} opened here is never closed with "${close}" on this line`, { line: i + 1, column: from + 1 });
    }
  }
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
 *   attacks the relation of the inference it targets.
 * - The front matter's `title`, `description` and `thesis` are kept.
 *
 * @param response - The `@argdown/core` response.
 * @returns The map and the warnings.
 * @throws {@link argmap!ArgmapError} `argdown-syntax` or `inconsistent-structure`.
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
  return convertResponse(response, false);
}

/** {@link fromArgdownResponse}, taking out the marks of {@link protectTitles} when `marked`. */
function convertResponse(response: ArgdownModelResponse, marked: boolean): ConversionResult<ArgumentMap> {
  if (response === null || typeof response !== "object") formatError("argdown-syntax", [], `expected an @argdown/core response object, got ${response === null ? "null" : typeof response}`);
  throwSyntaxErrors(response);
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
    return out;
  };
  const withMeta = (item: Claim | Relation, extra: Record<string, JsonValue>): void => {
    if (Object.keys(extra).length === 0) return;
    const argdown = (item.meta?.argdown ?? {}) as Record<string, JsonValue>;
    item.meta = { ...item.meta, argdown: { ...argdown, ...extra } };
  };
  const isUntitledConclusion = (statement: EquivalenceClass): boolean =>
    /^Untitled \d+$/.test(statement.title) && statement.members.length > 0 && statement.members.every((m) => m.role === "main-conclusion" || m.role === "intermediary-conclusion");
  const titledByText = new Map<string, string>(); // text → claim id of the first titled statement with it
  const ordered = [...statements.filter((s) => !isUntitledConclusion(s)), ...statements.filter(isUntitledConclusion)];
  for (const statement of ordered) {
    if (standIn.has(statement.title)) continue;
    const canonical = canonicalMember(statement.members);
    // A statement with a title only is shown by its title, as Argdown shows it.
    const text = withTitle(canonical === undefined ? "" : memberText(canonical), clean(statement.title));
    if (isUntitledConclusion(statement)) {
      const twin = text === "" ? undefined : titledByText.get(text);
      if (twin !== undefined) {
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
    if (!isUntitledConclusion(statement) && !/^Untitled \d+$/.test(statement.title) && text !== "" && !titledByText.has(text)) titledByText.set(text, id);
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
    if (argument.tags !== undefined && argument.tags.length > 0) claim.tags = argument.tags.map(clean);
    withMeta(claim, argdownMeta(argument.members, canonical, text, "argument", `<${argument.title}>`, ["claims", claims.length]));
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
      }
      stepRelation.set(`${argument.title}\u0000${k}`, id);
      if (isLast) mainRelation.set(argument.title, id);
      pending.push({ relation, standIn: fold, argument });
      since = [];
      previous = statement.title;
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
    const symmetric = relation.relationType === "contrary" || relation.relationType === "contradictory";
    relations.push({ id: pool.take(`${from.id} ${type === "support" ? "+" : "-"}> ${to.id}`), type, from: [from.id], to: to.id });
    relationLines.push(lineOf(relation));
    if (symmetric && to.kind === "claim") {
      warnings.add("argdown-symmetric-relation", at, `the ${relation.relationType} relation between [${relation.from.type === "equivalence-class" ? clean(relation.from.title) : from.id}] and [${relation.to.type === "equivalence-class" ? clean(relation.to.title) : to.id}] became two attacks`, "relations");
      relations.push({ id: pool.take(`${to.id} -> ${from.id}`), type: "attack", from: [to.id], to: from.id, meta: { argdown: { relationType: relation.relationType } } });
      relations[relations.length - 2]!.meta = { argdown: { relationType: relation.relationType } };
      relationLines.push(lineOf(relation));
    }
  });

  const front = isRecord(response.frontMatter) ? response.frontMatter : {};
  const document: ArgumentMapDocument = { format: "argmap", version: 1, title: typeof front.title === "string" ? front.title : "", sources: [], claims, relations };
  if (typeof front.description === "string") document.description = front.description;
  if (typeof front.thesis === "string") {
    const thesis = claimOf.get(front.thesis) ?? (marked ? claimOf.get(`${RESERVED_MARK}${front.thesis}`) : undefined);
    if (thesis !== undefined) document.thesis = thesis;
  }
  const map = buildOwnMap(document, (path) => {
    const [list, index] = path;
    const line = typeof index === "number" ? (list === "claims" ? claimLines[index] : list === "relations" ? relationLines[index] : undefined) : undefined;
    return line === undefined ? { path: [] } : { path: [], line, column: 1 };
  });
  return { value: map, warnings: warnings.list() };
}

/** Throws `argdown-syntax` for lexer and parser errors and plugin exceptions. */
function throwSyntaxErrors(response: ArgdownModelResponse): void {
  const issues: ArgmapIssue<FormatIssueCode>[] = [];
  const add = (raw: string, line: number | undefined, column: number | undefined): void => {
    // @argdown/core's messages can list every token it expected: keep the first line, cut.
    const first = raw.split("\n")[0]!.trim();
    const message = first.length > 200 ? `${first.slice(0, 200)}…` : first;
    const base = issue<FormatIssueCode>("argdown-syntax", [], message);
    issues.push(line === undefined || !Number.isFinite(line) ? base : { ...base, line, column: column !== undefined && Number.isFinite(column) ? column : 1 });
  };
  for (const error of Array.isArray(response.lexerErrors) ? (response.lexerErrors as unknown[]) : []) {
    const e = error as { message?: string; line?: number; column?: number };
    add(e.message ?? "lexer error", e.line, e.column);
  }
  for (const error of Array.isArray(response.parserErrors) ? (response.parserErrors as unknown[]) : []) {
    const e = error as { message?: string; token?: { startLine?: number; startColumn?: number; image?: string } };
    add(e.message ?? "parser error", e.token?.startLine, e.token?.startColumn);
  }
  if (issues.length === 0) {
    for (const error of Array.isArray(response.exceptions) ? (response.exceptions as unknown[]) : []) {
      add(error instanceof Error ? error.message : String(error), undefined, undefined);
    }
  }
  if (issues.length === 0 && (!isRecord(response.statements) || !isRecord(response.arguments))) {
    add("@argdown/core built no model (were the parse-input and build-model processes run?)", undefined, undefined);
  }
  if (issues.length > 0) throw new ArgmapError<FormatIssueCode>(issues as [ArgmapIssue<FormatIssueCode>, ...ArgmapIssue<FormatIssueCode>[]]);
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

/**
 * Argdown import through `@argdown/core` (an optional peer dependency).
 * @module
 */
import { ArgmapError, issue, type ArgmapIssue, type PathSegment } from "../../errors.js";
import type { ArgumentMap } from "../../map/argument-map.js";
import type { ArgumentMapDocument, Claim, Relation } from "../../schema/document.js";
import { buildOwnMap, formatError, IdPool, Warnings, type ConversionResult, type FormatIssueCode } from "../conversion.js";
import { ARGDOWN_STAND_IN } from "./to-argdown.js";

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

let application: Promise<ArgdownApp> | undefined;

/**
 * Loads `@argdown/core` once and sets up the application that parses and
 * builds the model.
 *
 * @internal
 */
export function argdownApplication(): Promise<ArgdownApp> {
  application ??= createArgdownApplication(() => import("@argdown/core")).catch((error: unknown) => {
    application = undefined;
    throw error;
  });
  return application;
}

/**
 * Sets up an Argdown application from a module loader; a loader that cannot
 * find the module gives `argdown-missing-dependency`.
 *
 * @internal
 */
export async function createArgdownApplication(load: () => Promise<unknown>): Promise<ArgdownApp> {
  let module: unknown;
  try {
    module = await load();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") {
      const why = error instanceof Error ? ` (${error.message.split("\n")[0]!})` : "";
      return formatError("argdown-missing-dependency", [], `reading Argdown needs the package @argdown/core, an optional peer dependency of argmap: run \`npm install @argdown/core\`${why}`);
    }
    throw error;
  }
  const core = (module !== null && typeof module === "object" && "ArgdownApplication" in module ? module : (module as { default: unknown }).default) as ArgdownCore;
  const app = new core.ArgdownApplication();
  app.addPlugin(new core.ParserPlugin(), "parse-input");
  app.addPlugin(new core.DataPlugin(), "build-model");
  app.addPlugin(new core.ModelPlugin(), "build-model");
  return app;
}

/**
 * Parses Argdown text with `@argdown/core` and converts it into a map (see
 * {@link fromArgdownResponse} for what becomes what).
 *
 * @param text - The Argdown source.
 * @returns A promise of the map and the warnings.
 * @throws {@link argmap!ArgmapError} `argdown-syntax` with line and column when
 * `@argdown/core` reports lexer or parser errors,
 * `argdown-missing-dependency` when `@argdown/core` is not installed, or
 * `inconsistent-structure` (e.g. a statement that supports itself).
 * @example
 * ```ts
 * import { fromArgdown } from "argmap/argdown";
 * const { value: map, warnings } = await fromArgdown("[A]: Cats are nice.\n  + [B]: They purr.");
 * ```
 */
export async function fromArgdown(text: string): Promise<ConversionResult<ArgumentMap>> {
  if (typeof text !== "string") formatError("argdown-syntax", [], `expected Argdown text, got ${text === null ? "null" : typeof text}`);
  const app = await argdownApplication();
  const response = app.run({ input: text, process: ["parse-input", "build-model"], logLevel: "none" });
  return fromArgdownResponse(response);
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
 */
export function fromArgdownResponse(response: ArgdownModelResponse): ConversionResult<ArgumentMap> {
  throwSyntaxErrors(response);
  const statements = objectValues<EquivalenceClass>(response.statements);
  const args = objectValues<Argument>(response.arguments);
  const argdownRelations = Array.isArray(response.relations) ? (response.relations as ArgdownRelation[]) : [];
  const warnings = new Warnings();
  const pool = new IdPool();
  const claims: Claim[] = [];
  const relations: Relation[] = [];
  const claimLines: (number | undefined)[] = [];
  const relationLines: (number | undefined)[] = [];
  const claimOf = new Map<string, string>(); // statement title → claim id
  const argumentClaim = new Map<string, string>(); // unreconstructed argument title → claim id
  const stepRelation = new Map<string, string>(); // argument title + conclusion index → relation id
  const mainRelation = new Map<string, string>(); // argument title → relation id of its last step

  // Stand-in conclusions written by toArgdown: fold them into their argument.
  const outgoing = new Map<EquivalenceClass, ArgdownRelation[]>();
  for (const relation of argdownRelations) {
    const list = outgoing.get(relation.from as EquivalenceClass);
    if (list === undefined) outgoing.set(relation.from as EquivalenceClass, [relation]);
    else list.push(relation);
  }
  const standIn = new Map<string, ArgdownRelation>(); // statement title → its one outgoing relation
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
  const consumed = new Set<ArgdownRelation>(standIn.values());

  for (const statement of statements) {
    if (standIn.has(statement.title)) continue;
    const id = pool.take(statement.title);
    claimOf.set(statement.title, id);
    const canonical = canonicalMember(statement.members);
    const claim: Claim = { id, text: canonical === undefined ? "" : withoutTags(canonical) };
    if (statement.tags !== undefined && statement.tags.length > 0) claim.tags = [...statement.tags];
    claims.push(claim);
    claimLines.push(canonical?.startLine ?? statement.members[0]?.startLine);
  }
  for (const argument of args) {
    if (argument.pcs.length > 0) continue;
    const id = pool.take(argument.title);
    argumentClaim.set(argument.title, id);
    const canonical = canonicalMember(argument.members);
    const claim: Claim = { id, text: canonical === undefined ? "" : withoutTags(canonical), meta: { argdown: { argument: argument.title } } };
    if (argument.tags !== undefined && argument.tags.length > 0) claim.tags = [...argument.tags];
    claims.push(claim);
    claimLines.push(argument.startLine);
  }

  // Premise–conclusion structures: one support per inference step.
  const pending: { relation: Relation; standIn: ArgdownRelation | undefined; argument: Argument }[] = [];
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
      const id = pool.take(isLast ? argument.title : `${argument.title} (${k + 1})`);
      const fold = isLast ? standIn.get(statement.title) : undefined;
      const to = fold === undefined ? claimOf.get(statement.title) : undefined;
      const relation: Relation = { id, type: "support", from, to: to ?? "" };
      const rules = (inference.inferenceRules ?? []).map((rule) => rule.trim()).filter((rule) => rule !== "");
      if (rules.length > 0) relation.scheme = rules.join(", ");
      if (isLast) {
        const description = canonicalMember(argument.members);
        const label = description === undefined ? "" : withoutTags(description);
        if (label !== "") relation.label = label;
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

  const lineOf = (relation: ArgdownRelation): number | undefined => relation.occurrences?.[0]?.startLine;
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
    const from = endpoint(relation.from, "from", relation.relationType, at);
    const to = endpoint(relation.to, "to", relation.relationType, at);
    if (from === undefined || to === undefined || from.kind !== "claim") return;
    const type = relation.relationType === "support" || relation.relationType === "entails" ? "support" : "attack";
    const symmetric = relation.relationType === "contrary" || relation.relationType === "contradictory";
    relations.push({ id: pool.take(`${from.id} ${type === "support" ? "+" : "-"}> ${to.id}`), type, from: [from.id], to: to.id });
    relationLines.push(lineOf(relation));
    if (symmetric && to.kind === "claim") {
      warnings.add("argdown-symmetric-relation", at, `the ${relation.relationType} relation between [${relation.from.type === "equivalence-class" ? relation.from.title : from.id}] and [${relation.to.type === "equivalence-class" ? relation.to.title : to.id}] became two attacks`, "relations");
      relations.push({ id: pool.take(`${to.id} -> ${from.id}`), type: "attack", from: [to.id], to: from.id, meta: { argdown: { relationType: relation.relationType } } });
      relations[relations.length - 2]!.meta = { argdown: { relationType: relation.relationType } };
      relationLines.push(lineOf(relation));
    }
  });

  const front = isRecord(response.frontMatter) ? response.frontMatter : {};
  const document: ArgumentMapDocument = { format: "argmap", version: 1, title: typeof front.title === "string" ? front.title : "", sources: [], claims, relations };
  if (typeof front.description === "string") document.description = front.description;
  if (typeof front.thesis === "string" && claimOf.has(front.thesis)) document.thesis = claimOf.get(front.thesis)!;
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
  const add = (message: string, line: number | undefined, column: number | undefined): void => {
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

/** A member's text without its `#tag` ranges, trimmed. */
function withoutTags(member: Member): string {
  const text = member.text ?? "";
  const tags = (member.ranges ?? []).filter((r) => r.type === "tag" && typeof r.start === "number" && typeof r.stop === "number");
  if (tags.length === 0) return text.trim();
  let out = "";
  let at = 0;
  for (const range of [...tags].sort((a, b) => a.start! - b.start!)) {
    let start = range.start!;
    if (start < at) continue;
    if (start > 0 && text[start - 1] === " ") start--;
    out += text.slice(at, start);
    at = range.stop! + 1;
  }
  return (out + text.slice(at)).trim();
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

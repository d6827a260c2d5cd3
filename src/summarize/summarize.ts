import { ArgmapError, issue, type PathSegment } from "../errors.js";
import { ArgumentMap } from "../map/argument-map.js";
import { evaluationLabel, evaluationStrength, type MapEvaluation } from "../map/evaluation.js";
import type { Anchor, Claim, Relation, Source } from "../schema/document.js";
import { normalizedText, sameNormalizedText } from "./embed.js";
import { detectLanguage } from "./languages/detect.js";
import { languageFor, primaryTag, SUMMARY_LANGUAGES } from "./languages/index.js";
import { computeWeights, MaxHeap, wordCount, type Weights } from "./rank.js";
import { keepShapesOnFirstCall } from "./shapes.js";
import type {
  ArgumentSummary,
  LanguageSource,
  Citation,
  SummaryArgument,
  SummaryAssessment,
  SummaryClaim,
  SummaryReference,
  SummaryRole,
  SummarySource,
  SummaryStance,
  SummaryStats,
  SummaryVerdict,
} from "./types.js";
import { objectionsOf, verdictOn } from "./verdict.js";

/** Codes of the errors {@link summarize} throws. */
export type SummarizeIssueCode = "not-found" | "invalid-option";

/**
 * Every role, in the order summaries present them.
 *
 * @example
 * ```ts
 * import { SUMMARY_ROLES, summarize } from "argmap";
 * import { ukraineJapan } from "argmap/datasets";
 *
 * const withoutUndercuts = SUMMARY_ROLES.filter((role) => role !== "undercut");
 * console.log(summarize(ukraineJapan(), { roles: withoutUndercuts }).stats);
 * ```
 */
export const SUMMARY_ROLES: readonly SummaryRole[] = Object.freeze(["reason", "objection", "rebuttal", "undercut"]);

/** Options of {@link summarize}. */
export interface SummarizeOptions {
  /**
   * Id of the claim to summarize from. When given, only this claim and what
   * bears on it are summarized.
   *
   * @defaultValue the thesis, followed by the map's other roots; every root
   * when the map has no thesis
   */
  readonly root?: string | undefined;
  /**
   * How many levels of arguments to follow below a root: 1 gives the root's
   * own reasons and objections, 2 adds what bears on those, and so on.
   *
   * @defaultValue Infinity
   */
  readonly depth?: number | undefined;
  /**
   * Which kinds of argument to include; an argument of another kind is left
   * out together with everything below it.
   *
   * @defaultValue all of `"reason"`, `"objection"`, `"rebuttal"`, `"undercut"`
   */
  readonly roles?: readonly SummaryRole[] | undefined;
  /**
   * Whether to carry citations (the anchored words of the sources).
   *
   * @defaultValue true
   */
  readonly citations?: boolean | undefined;
  /**
   * Most characters of claim text to write out. Points are kept level by
   * level, reasons and objections taking turns, so that what is closest to
   * a root survives and both sides are heard; the first root is always
   * written. `stats.omitted` counts what was left out.
   *
   * @defaultValue Infinity
   */
  readonly maxLength?: number | undefined;
  /**
   * An evaluation (from `argmap/evaluate` or elsewhere) whose labels and
   * strengths are attached to the claims and relations they cover.
   */
  readonly evaluation?: MapEvaluation | undefined;
  /**
   * A length budget for the summary's prose. With `words`, the summary keeps
   * only the points that prose of that many words can hold, chosen by weight
   * (see docs/summaries.md), and {@link toProse} keeps its body within it.
   * Outlines of a budgeted summary show the same points.
   *
   * @defaultValue none: every point; {@link toProse} then uses 250 words
   */
  readonly budget?: { readonly words: number } | undefined;
  /**
   * The language renderers write in (`"en"`, `"de"`; a BCP 47 tag whose
   * primary subtag is one of them).
   *
   * @defaultValue the map's own `language` when argmap writes it, else the
   * language the claims are written in (a vote of stop words, see
   * docs/summaries.md), else `"en"`
   */
  readonly language?: string | undefined;
  /**
   * Whether to judge the main claim (see {@link ArgumentSummary.verdict}):
   * by the `evaluation` when one is given, else by the grounded labelling
   * of the map's bipolar view.
   *
   * @defaultValue true
   */
  readonly verdict?: boolean | undefined;
}

/**
 * Defaults of {@link SummarizeOptions}.
 *
 * @example
 * ```ts
 * import { SUMMARIZE_DEFAULTS } from "argmap";
 *
 * console.log(SUMMARIZE_DEFAULTS.citations); // true
 * ```
 */
export const SUMMARIZE_DEFAULTS = Object.freeze({
  depth: Number.POSITIVE_INFINITY,
  roles: SUMMARY_ROLES,
  citations: true,
  maxLength: Number.POSITIVE_INFINITY,
  verdict: true,
});

interface Resolved {
  /** The roots to walk, in order. */
  readonly roots: readonly string[];
  /**
   * Whether claims that no root reaches (those only on cycles) still need
   * roots of their own, to be found while walking.
   */
  readonly coverRest: boolean;
  /** Whether depth, roles or length can leave out claims that a root reaches. */
  readonly filtered: boolean;
  readonly depth: number;
  readonly roles: ReadonlySet<SummaryRole>;
  readonly citations: boolean;
  readonly maxLength: number;
  readonly evaluation: MapEvaluation | undefined;
  /** Claims in no relation, apart from the thesis: listed, not summarized. */
  readonly isolated: readonly string[];
  readonly budget: number | undefined;
  readonly language: string;
  readonly languageSource: LanguageSource;
  readonly weights: Weights;
  readonly verdict: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

/**
 * Summarizes an argument map: its thesis (or other root claims), the
 * reasons for it with their objections and rebuttals, the undercuts, and
 * the citations back to the sources. Render the result with
 * {@link toMarkdown}, {@link toText} or {@link toProse}.
 *
 * A claim shared by two branches is written out once, where it is first met
 * in reading order, and referred to after that; cycles end at the first
 * repeated claim. Maps without a thesis are summarized from their roots
 * (claims that are a premise of nothing), and claims that only lie on
 * cycles are summarized from the first of them. Never changes the map.
 *
 * @param map - The map to summarize.
 * @param options - Root, depth, roles, citations, length and evaluation; see {@link SummarizeOptions}.
 * @returns The summary, plain JSON-serializable data.
 * @throws {@link ArgmapError} `not-found` if `root` is not a claim of the map,
 * `invalid-option` for an option of the wrong type or range.
 * @example
 * ```ts
 * import { summarize, toProse } from "argmap";
 * import { ukraineJapan } from "argmap/datasets";
 *
 * const summary = summarize(ukraineJapan(), { depth: 2 });
 * console.log(summary.roots[0]?.text, summary.stats.reasons);
 * console.log(toProse(summary));
 * ```
 */
export function summarize(map: ArgumentMap, options: SummarizeOptions = {}): ArgumentSummary {
  if (!isArgumentMap(map)) throw new ArgmapError([issue("invalid-option", ["map"], "summarize expects an ArgumentMap; load JSON with loadArgumentMap first")]);
  keepSummaryShapes();
  const index = new MapIndex(map);
  const resolved = resolveOptions(index, options);
  let allowed = Number.isFinite(resolved.maxLength) ? selectWithin(index, resolved) : undefined;
  if (resolved.budget !== undefined) allowed = selectByWeight(index, resolved, allowed);
  return new SummaryBuilder(index, resolved, allowed).build();
}

/** Keeps an index and a builder made from an empty map, so that their hidden classes outlive every call (see shapes.ts). */
const keepSummaryShapes = keepShapesOnFirstCall(() => {
  const index = new MapIndex(new ArgumentMap({ title: "" }));
  return [index, new SummaryBuilder(index, resolveOptions(index, {}), undefined)];
});

// ------------------------------------------------------------------ options

/**
 * Whether a value has the shape of an {@link ArgumentMap}. The shape, not
 * `instanceof`, so that a map from another copy of argmap (the ESM and the
 * CommonJS build, say) is accepted too.
 */
function isArgumentMap(value: unknown): value is ArgumentMap {
  if (value === null || typeof value !== "object") return false;
  const map = value as Record<string, unknown>;
  return ["claims", "relations", "sources", "claim", "source", "hasClaim", "hasRelation", "roots"].every((name) => typeof map[name] === "function");
}

function invalid(path: PathSegment[], message: string): never {
  throw new ArgmapError<SummarizeIssueCode>([issue("invalid-option", path, message)]);
}

function resolveOptions(index: MapIndex, options: SummarizeOptions): Resolved {
  const map = index.map;
  if (options === null || typeof options !== "object") invalid([], "options must be an object");
  const depth = options.depth ?? SUMMARIZE_DEFAULTS.depth;
  if (typeof depth !== "number" || Number.isNaN(depth) || depth < 0 || (Number.isFinite(depth) && !Number.isInteger(depth))) {
    invalid(["depth"], `depth must be a whole number of levels (0 or more) or Infinity, not ${String(depth)}`);
  }
  const maxLength = options.maxLength ?? SUMMARIZE_DEFAULTS.maxLength;
  if (typeof maxLength !== "number" || Number.isNaN(maxLength) || maxLength < 0) {
    invalid(["maxLength"], `maxLength must be a number of characters (0 or more), not ${String(maxLength)}`);
  }
  const roles = options.roles ?? SUMMARIZE_DEFAULTS.roles;
  if (!Array.isArray(roles)) invalid(["roles"], "roles must be an array of role names");
  roles.forEach((role, i) => {
    if (!SUMMARY_ROLES.includes(role)) invalid(["roles", i], `unknown role ${JSON.stringify(role)}; roles are ${SUMMARY_ROLES.join(", ")}`);
  });
  const citations = options.citations ?? SUMMARIZE_DEFAULTS.citations;
  if (typeof citations !== "boolean") invalid(["citations"], "citations must be true or false");
  const evaluation = options.evaluation;
  if (evaluation !== undefined && (evaluation === null || typeof evaluation !== "object" || typeof evaluation.semantics !== "string")) {
    invalid(["evaluation"], "evaluation must be a MapEvaluation ({ semantics, labels?, strengths? })");
  }
  const budgetOption = options.budget;
  let budget: number | undefined;
  if (budgetOption !== undefined) {
    if (budgetOption === null || typeof budgetOption !== "object") invalid(["budget"], "budget must be an object such as { words: 250 }");
    const words = budgetOption.words;
    if (typeof words !== "number" || Number.isNaN(words) || words < 1 || (Number.isFinite(words) && !Number.isInteger(words))) {
      invalid(["budget", "words"], `budget.words must be a whole number of words (1 or more) or Infinity, not ${String(words)}`);
    }
    if (Number.isFinite(words)) budget = words;
  }
  const verdict = options.verdict ?? SUMMARIZE_DEFAULTS.verdict;
  if (typeof verdict !== "boolean") invalid(["verdict"], "verdict must be true or false");
  if (options.language !== undefined && typeof options.language !== "string") invalid(["language"], "language must be a language tag such as \"en\" or \"de\"");
  const { language, languageSource } = chooseLanguage(map, options.language);
  const weights = computeWeights(index, evaluation);
  const filtered = budget !== undefined || Number.isFinite(depth) || Number.isFinite(maxLength) || SUMMARY_ROLES.some((role) => !roles.includes(role));
  let roots: string[];
  let isolated: string[] = [];
  let coverRest = false;
  if (options.root !== undefined) {
    if (typeof options.root !== "string") invalid(["root"], "root must be a claim id");
    if (!map.hasClaim(options.root)) {
      throw new ArgmapError<SummarizeIssueCode>([issue("not-found", ["root"], `cannot summarize from "${options.root}": no such claim`)]);
    }
    roots = [index.canonical(options.root)];
  } else {
    ({ roots, isolated } = topClaims(index, weights));
    // Without filters every claim a root reaches is written, so the walk
    // itself shows which claims still need a root; with filters, find them now.
    // With only a budget, parts that only cycles reach are left out (they weigh least).
    const budgetOnly = budget !== undefined && !Number.isFinite(depth) && !Number.isFinite(maxLength) && SUMMARY_ROLES.every((role) => roles.includes(role));
    if (filtered && !budgetOnly) roots = withCycleRoots(index, roots);
    else if (!filtered) coverRest = true;
  }
  return { roots, coverRest, filtered, depth, roles: new Set(roles), citations, maxLength, evaluation, isolated, budget, language, languageSource, weights, verdict };
}

/**
 * The language to write in, and where it came from: the option, else the
 * map's own `language` when argmap writes it, else the language of the
 * claims' text by a vote of stop words (languages/detect.ts), else English.
 */
function chooseLanguage(map: ArgumentMap, option: string | undefined): { language: string; languageSource: LanguageSource } {
  if (option !== undefined) return { language: languageFor(option, true).code, languageSource: "option" };
  const own = mapLanguage(map);
  if (own !== undefined && SUMMARY_LANGUAGES.includes(primaryTag(own))) return { language: languageFor(own, false).code, languageSource: "document" };
  const detected = detectLanguage(claimTexts(map));
  if (detected !== undefined) return { language: detected, languageSource: "detected" };
  return { language: languageFor(undefined, false).code, languageSource: "default" };
}

function* claimTexts(map: ArgumentMap): Iterable<string> {
  for (const claim of map.claims()) yield claim.text;
}

/** The map's own `language` (format 1.1), if it has one. */
function mapLanguage(map: ArgumentMap): string | undefined {
  const value = (map as { readonly language?: unknown }).language;
  return typeof value === "string" ? value : undefined;
}

/**
 * The thesis, then the map's other roots by weight (heaviest first, map
 * order on ties); claims in no relation at all (other than the thesis) are
 * isolated statements, not roots. A claim merged into a restatement of it is
 * neither.
 */
function topClaims(index: MapIndex, weights: Weights): { roots: string[]; isolated: string[] } {
  const map = index.map;
  const thesis = map.thesis === undefined ? undefined : index.canonical(map.thesis);
  const others: string[] = [];
  const isolated: string[] = [];
  for (const claim of index.roots()) {
    if (claim.id === thesis || index.canonical(claim.id) !== claim.id) continue;
    if (index.isIsolated(claim.id)) isolated.push(claim.id);
    else others.push(claim.id);
  }
  const order = new Map(others.map((id, i) => [id, i]));
  others.sort((a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0) || order.get(a)! - order.get(b)!);
  if (thesis !== undefined) return { roots: [thesis, ...others], isolated };
  const rivals = rivalHypotheses(index);
  return { roots: rivals.length > 0 ? [...rivals, ...others.filter((id) => !rivals.includes(id))] : others, isolated };
}

/**
 * Rival hypotheses of a map without a thesis, the claims a reader names
 * first: claims that attack each other both ways (contraries,
 * contradictories), each a premise of a reason and one of them of two or
 * more,
 * most used first (map order on ties). A reconstruction that weighs
 * hypotheses against the evidence they explain has the observations as its
 * roots; its subject is the hypotheses. Empty when the map has none.
 */
function rivalHypotheses(index: MapIndex): string[] {
  const map = index.map;
  const uses = new Map<string, number>();
  const attacks = new Set<string>();
  const pairs: (readonly [string, string])[] = [];
  for (const relation of map.relations()) {
    if (relation.type === "attack") {
      if (relation.from.length !== 1 || !map.hasClaim(relation.to)) continue;
      const from = relation.from[0]!;
      attacks.add(`${from}\u0000${relation.to}`);
      pairs.push([from, relation.to]);
    } else {
      for (const premise of relation.from) uses.set(premise, (uses.get(premise) ?? 0) + 1);
    }
  }
  const rivals = new Set<string>();
  for (const [a, b] of pairs) {
    const [fewer, more] = [uses.get(a) ?? 0, uses.get(b) ?? 0].sort((x, y) => x - y);
    if (!attacks.has(`${b}\u0000${a}`) || fewer! < 1 || more! < 2) continue;
    if (index.canonical(a) === a) rivals.add(a);
    if (index.canonical(b) === b) rivals.add(b);
  }
  const order = new Map(map.claims().map((c, i) => [c.id, i]));
  return [...rivals].sort((a, b) => uses.get(b)! - uses.get(a)! || order.get(a)! - order.get(b)!);
}

/** The roots, then one claim per part of the map that only cycles reach, in map order. */
function withCycleRoots(index: MapIndex, roots: readonly string[]): string[] {
  const out = [...roots];
  const reached = reachableClaims(index, roots);
  for (const claim of index.map.claims()) {
    if (reached.has(claim.id) || index.canonical(claim.id) !== claim.id || index.isIsolated(claim.id)) continue;
    out.push(claim.id);
    for (const id of reachableClaims(index, [claim.id], reached)) reached.add(id);
  }
  return out;
}

/**
 * Claims from which a chain of relations leads to one of `starts` (the
 * starts included). Claims in `known` are not entered again.
 */
function reachableClaims(index: MapIndex, starts: readonly string[], known?: ReadonlySet<string>): Set<string> {
  const claims = new Set<string>();
  const relations = new Set<string>();
  const stack: string[] = [];
  for (const id of starts) if (!claims.has(id)) {
    claims.add(id);
    stack.push(id);
  }
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const relation of index.into(node)) {
      if (relations.has(relation.id)) continue;
      relations.add(relation.id);
      stack.push(relation.id);
      for (const premise of relation.from) {
        if (claims.has(premise) || known?.has(premise) === true) continue;
        claims.add(premise);
        stack.push(premise);
      }
    }
  }
  return claims;
}

// ------------------------------------------------------------------ index

/**
 * What summarizing asks of the map, computed once per call: the relations
 * into each node (supports first, each group in map order), the claims that
 * are a premise of some attack, and restatements.
 *
 * Restatements: when a relation joins two claims whose texts are the same
 * once normalized (case, punctuation and spacing aside), the premise is
 * merged into the claim it bears on. The summary then writes that claim
 * once, with the arguments of both, and never says that it rests on itself.
 */
class MapIndex {
  readonly map: ArgumentMap;
  /** Merged claim → the claim it was merged into (only for merged claims). */
  readonly #merged = new Map<string, string>();
  /**
   * Every claim that is not merged and every relation (after merging), by
   * number: claims first, in map order, then relations, in map order. The
   * walk, the weights and the roles read the map through these numbers, so
   * that each id is looked up once per call, not once per use.
   */
  readonly #number = new Map<string, number>();
  /** Claims that are not merged into another, by number. */
  readonly claimList: Readonly<Claim>[] = [];
  readonly #relations: Readonly<Relation>[] = [];
  /** Per relation (by its place in {@link relationList}): the number of its target, -1 when that is no node here. */
  readonly targets: Int32Array;
  /** Per relation: where its premises' numbers start in {@link premises}; one more entry at the end. */
  readonly premiseStarts: Int32Array;
  /** Numbers of the premises of every relation, relation after relation. */
  readonly premises: Int32Array;
  /** Per node: where the numbers of the relations into it start in {@link intoRelations}; one more entry at the end. */
  readonly intoStarts: Int32Array;
  /** Relations into each node, as places in {@link relationList}: supports first, each group in map order. */
  readonly intoRelations: Int32Array;
  /** Per relation: its role. */
  readonly roles: SummaryRole[] = [];
  /** Per claim: 1 when it takes part in some relation. */
  readonly #related: Uint8Array;
  /** Per claim: 1 when it is a premise of some attack. */
  readonly #attackPremise: Uint8Array;
  /** Per claim: 1 when it is a premise of some relation. */
  readonly #premise: Uint8Array;
  /** Relations into ids that are no node here (a relation dropped as a restatement of itself). */
  readonly #intoOther = new Map<string, Readonly<Relation>[]>();
  /** Relations into a node, as {@link into} returns them, made on first request. */
  readonly #intoLists: (readonly Readonly<Relation>[] | undefined)[];
  #attackCount = 0;

  constructor(map: ArgumentMap) {
    this.map = map;
    // Every claim numbered, and every relation's ends read once: the search for restatements uses them, and so
    // does the index when there is none (the common case); with restatements, claims are numbered again without them.
    const allClaims = map.claims();
    allClaims.forEach((claim, n) => this.#number.set(claim.id, n));
    const original = map.relations();
    let premiseCount = 0;
    for (const relation of original) premiseCount += relation.from.length;
    const ends = { premises: new Int32Array(premiseCount), targets: new Int32Array(original.length) };
    let at = 0;
    original.forEach((relation, i) => {
      for (const premise of relation.from) ends.premises[at++] = this.#number.get(premise) ?? -1;
      ends.targets[i] = this.#number.get(relation.to) ?? -1;
    });
    this.#mergeRestatements(allClaims, original, ends);
    if (this.#merged.size === 0) {
      this.claimList = allClaims;
      this.#relations = original;
    } else {
      this.#number.clear();
      premiseCount = 0;
      for (const claim of allClaims) {
        if (this.#merged.has(claim.id)) continue;
        this.#number.set(claim.id, this.claimList.length);
        this.claimList.push(claim);
      }
      for (const relation of original) {
        const canonical = this.#canonicalRelation(relation);
        if (canonical === undefined) continue;
        this.#relations.push(canonical);
        premiseCount += canonical.from.length;
      }
    }
    const claims = this.claimList.length;
    const relations = this.#relations;
    relations.forEach((relation, i) => this.#number.set(relation.id, claims + i));
    const nodes = claims + relations.length;
    this.targets = new Int32Array(relations.length);
    this.premiseStarts = new Int32Array(relations.length + 1);
    this.premises = new Int32Array(premiseCount);
    this.#related = new Uint8Array(claims);
    const attackPremise = (this.#attackPremise = new Uint8Array(claims));
    const isPremise = (this.#premise = new Uint8Array(claims));
    const degree = new Int32Array(nodes);
    const same = this.#merged.size === 0;
    at = 0;
    relations.forEach((relation, i) => {
      this.premiseStarts[i] = at;
      const attack = relation.type === "attack";
      for (const premise of relation.from) {
        const p = same ? ends.premises[at]! : (this.#number.get(premise) ?? -1);
        this.premises[at++] = p;
        if (p >= 0 && p < claims) {
          this.#related[p] = 1;
          isPremise[p] = 1;
          if (attack) attackPremise[p] = 1;
        }
      }
      // A claim's number is known already; a relation's (an undercut's target) only now.
      const to = same && ends.targets[i]! >= 0 ? ends.targets[i]! : (this.#number.get(relation.to) ?? -1);
      this.targets[i] = to;
      if (to >= 0) degree[to]!++;
      else push(this.#intoOther, relation.to, relation);
      if (to >= 0 && to < claims) this.#related[to] = 1;
      if (attack) this.#attackCount++;
    });
    this.premiseStarts[relations.length] = at;
    this.intoStarts = new Int32Array(nodes + 1);
    for (let v = 0; v < nodes; v++) this.intoStarts[v + 1] = this.intoStarts[v]! + degree[v]!;
    this.intoRelations = new Int32Array(this.intoStarts[nodes]!);
    const fill = this.intoStarts.slice(0, nodes);
    // Supports first, then attacks, each in map order.
    for (const attacks of [false, true]) {
      relations.forEach((relation, i) => {
        const to = this.targets[i]!;
        if (to >= 0 && (relation.type === "attack") === attacks) this.intoRelations[fill[to]!++] = i;
      });
    }
    relations.forEach((relation, i) => {
      const to = this.targets[i]!;
      let role: SummaryRole;
      if (relation.type === "support") role = "reason";
      else if (to >= claims || (to < 0 && map.hasRelation(relation.to))) role = "undercut";
      else role = to >= 0 && attackPremise[to] === 1 ? "rebuttal" : "objection";
      this.roles.push(role);
    });
    this.#intoLists = new Array<readonly Readonly<Relation>[] | undefined>(nodes);
  }

  /** The claim a claim was merged into (itself when it was not merged). */
  canonical(id: string): string {
    return this.#merged.get(id) ?? id;
  }

  /** The number of a claim (not merged) or relation, `undefined` for any other id. */
  numberOf(id: string): number | undefined {
    return this.#number.get(id);
  }

  /** The map's roots ({@link ArgumentMap.roots}): claims that are a premise of nothing. */
  roots(): readonly Readonly<Claim>[] {
    // Without restatements the relations here are the map's own, so the marks say the same as the map.
    if (this.#merged.size > 0) return this.map.roots();
    return this.claimList.filter((_, n) => this.#premise[n] === 0);
  }

  /** Whether the map has an attack relation (after merging restatements). */
  hasAttacks(): boolean {
    return this.#attackCount > 0;
  }

  /** Whether a claim takes part in no relation. */
  isIsolated(id: string): boolean {
    const n = this.#number.get(id);
    return n === undefined || n >= this.claimList.length || this.#related[n] === 0;
  }

  /** Every claim id that is not merged into another. */
  *claimIds(): Iterable<string> {
    for (const claim of this.claimList) yield claim.id;
  }

  claim(id: string): Readonly<Claim> | undefined {
    return this.map.claim(id);
  }

  /** Every relation after merging restatements, in map order. */
  relationList(): readonly Readonly<Relation>[] {
    return this.#relations;
  }

  /** Relations into a claim or relation, supports first, each group in map order. */
  into(id: string): readonly Readonly<Relation>[] {
    const n = this.#number.get(id);
    if (n === undefined) return this.#intoOther.get(id) ?? NONE;
    let list = this.#intoLists[n];
    if (list === undefined) {
      const start = this.intoStarts[n]!;
      const end = this.intoStarts[n + 1]!;
      if (start === end) list = NONE;
      else {
        const out: Readonly<Relation>[] = [];
        for (let e = start; e < end; e++) out.push(this.#relations[this.intoRelations[e]!]!);
        list = out;
      }
      this.#intoLists[n] = list;
    }
    return list;
  }

  /**
   * The attacks on a claim or on what speaks for it, as the verdict lists
   * them ({@link objectionsOf} in verdict.ts, walked over numbers here).
   */
  objectionsOf(root: string): string[] {
    const start = this.#number.get(root);
    if (start === undefined) return objectionsOf(this, root);
    const claims = this.claimList.length;
    const seen = new Uint8Array(claims + this.#relations.length);
    const objections: string[] = [];
    const queue = [start];
    seen[start] = 1;
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (let e = this.intoStarts[node]!; e < this.intoStarts[node + 1]!; e++) {
        const r = this.intoRelations[e]!;
        if (seen[claims + r] === 1) continue;
        seen[claims + r] = 1;
        const relation = this.#relations[r]!;
        if (relation.type === "attack") {
          objections.push(relation.id);
          continue;
        }
        queue.push(claims + r);
        for (let k = this.premiseStarts[r]!; k < this.premiseStarts[r + 1]!; k++) {
          const premise = this.premises[k]!;
          if (premise < 0) return objectionsOf(this, root);
          if (seen[premise] === 1) continue;
          seen[premise] = 1;
          queue.push(premise);
        }
      }
    }
    return objections;
  }

  /** The role of a relation, from the structure of the whole map. */
  roleOf(relation: Readonly<Relation>): SummaryRole {
    const claims = this.claimList.length;
    const n = this.#number.get(relation.id);
    if (n !== undefined && n >= claims && this.#relations[n - claims] === relation) return this.roles[n - claims]!;
    if (relation.type === "support") return "reason";
    if (this.map.hasRelation(relation.to)) return "undercut";
    const to = this.#number.get(relation.to);
    return to !== undefined && to < claims && this.#attackPremise[to] === 1 ? "rebuttal" : "objection";
  }

  /** Union of claims joined by a relation with the same normalized text; the target absorbs the premise. */
  #mergeRestatements(claims: readonly Readonly<Claim>[], relations: readonly Readonly<Relation>[], ends: { readonly premises: Int32Array; readonly targets: Int32Array }): void {
    const map = this.map;
    const parent = new Map<string, string>();
    const find = (id: string): string => {
      let root = id;
      for (let next = parent.get(root); next !== undefined; next = parent.get(root)) root = next;
      // Path compression.
      for (let at = id, next = parent.get(at); next !== undefined && next !== root; next = parent.get(at)) {
        parent.set(at, root);
        at = next;
      }
      return root;
    };
    const normalized = new Map<string, string>();
    const norm = (text: string): string => {
      let out = normalized.get(text);
      if (out === undefined) normalized.set(text, (out = normalizedText(text)));
      return out;
    };
    let at = 0;
    for (let i = 0; i < relations.length; i++) {
      const relation = relations[i]!;
      const first = at;
      at += relation.from.length;
      const t = ends.targets[i]!;
      if (t < 0) continue;
      const to = claims[t]!.text;
      for (let k = 0; k < relation.from.length; k++) {
        const p = ends.premises[first + k]!;
        if (p < 0) continue;
        // Normalizing costs a Unicode pass over both texts: only texts of about the same length can be the same.
        const from = claims[p]!.text;
        if (Math.abs(from.length - to.length) > 4 + (Math.max(from.length, to.length) >> 3)) continue;
        if (!sameNormalizedText(from, to, norm)) continue;
        const a = find(relation.from[k]!);
        const b = find(relation.to);
        if (a !== b) parent.set(a, b);
      }
    }
    for (const id of parent.keys()) this.#merged.set(id, find(id));
    // The thesis stays the claim its group is known by.
    const thesis = map.thesis;
    if (thesis !== undefined && this.#merged.has(thesis)) {
      const root = this.#merged.get(thesis)!;
      for (const [id, to] of this.#merged) if (to === root) this.#merged.set(id, thesis);
      this.#merged.set(root, thesis);
      this.#merged.delete(thesis);
    }
  }

  /** The relation with merged claims replaced; `undefined` when nothing is left of it (a claim restating itself). */
  #canonicalRelation(relation: Readonly<Relation>): Readonly<Relation> | undefined {
    if (this.#merged.size === 0) return relation;
    const to = this.canonical(relation.to);
    let changed = to !== relation.to;
    const from: string[] = [];
    for (const premise of relation.from) {
      const id = this.canonical(premise);
      if (id !== premise) changed = true;
      if (id === to || from.includes(id)) {
        changed = true;
        continue;
      }
      from.push(id);
    }
    if (from.length === 0) return undefined;
    return changed ? { ...relation, from, to } : relation;
  }
}

const NONE: readonly Readonly<Relation>[] = Object.freeze([]);
/** Shared by every point without citations (summaries are read-only data). */
const NO_CITATIONS: readonly Citation[] = Object.freeze([]);
/** Shared by every point that nothing bears on. */
const NO_ARGUMENTS: readonly SummaryArgument[] = Object.freeze([]);

function push(index: Map<string, Readonly<Relation>[]>, key: string, relation: Readonly<Relation>): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [relation]);
  else list.push(relation);
}

/** The same relations with supports and attacks taking turns, for fair selection. */
function alternating(relations: readonly Readonly<Relation>[]): Readonly<Relation>[] {
  const supports = relations.filter((r) => r.type === "support");
  const attacks = relations.filter((r) => r.type === "attack");
  const out: Readonly<Relation>[] = [];
  for (let i = 0; i < Math.max(supports.length, attacks.length); i++) {
    if (i < supports.length) out.push(supports[i]!);
    if (i < attacks.length) out.push(attacks[i]!);
  }
  return out;
}

// ------------------------------------------------------------------ selection under maxLength

/**
 * Chooses which roots and relations fit in `maxLength` characters of claim
 * text, level by level (breadth first), reasons and attacks taking turns.
 */
function selectWithin(index: MapIndex, options: Resolved): Set<string> {
  const map = index.map;
  const allowed = new Set<string>();
  const charged = new Set<string>();
  let budget = options.maxLength;
  const queue: { readonly id: string; readonly level: number }[] = [];
  options.roots.forEach((root, i) => {
    if (charged.has(root)) return;
    const cost = map.claim(root)!.text.length;
    if (i > 0 && cost > budget) return;
    budget -= cost;
    charged.add(root);
    allowed.add(root);
    queue.push({ id: root, level: 0 });
  });
  const expanded = new Set<string>();
  for (let head = 0; head < queue.length; head++) {
    const { id, level } = queue[head]!;
    if (expanded.has(id)) continue;
    expanded.add(id);
    if (level >= options.depth) continue;
    for (const relation of alternating(index.into(id))) {
      if (!options.roles.has(index.roleOf(relation))) continue;
      let cost = 0;
      for (const premise of new Set(relation.from)) if (!charged.has(premise)) cost += map.claim(premise)!.text.length;
      if (cost > budget) continue;
      budget -= cost;
      allowed.add(relation.id);
      queue.push({ id: relation.id, level: level + 1 });
      for (const premise of relation.from) {
        if (charged.has(premise)) continue;
        charged.add(premise);
        queue.push({ id: premise, level: level + 1 });
      }
    }
  }
  return allowed;
}

// ------------------------------------------------------------------ selection under a word budget

/**
 * Chooses the points a budgeted summary keeps: best first by weight, a point
 * only after the point it bears on, until about three times the budget in
 * claim words is chosen (prose then picks within the budget). Once an
 * unanswered objection does not fit, no answered objection is taken after
 * it. O(k log k) for the k points looked at, so never quadratic.
 */
function selectByWeight(index: MapIndex, options: Resolved, within: ReadonlySet<string> | undefined): Set<string> {
  const map = index.map;
  const limit = options.budget! * 3 + 60;
  const allowed = new Set<string>();
  const charged = new Set<string>();
  const heap = new MaxHeap<{ readonly relation: Readonly<Relation>; readonly level: number }>();
  let used = 0;
  let skippedUnanswered = false;
  const words = (id: string): number => wordCount(map.claim(id)?.text ?? "");
  const expand = (id: string, level: number): void => {
    if (level >= options.depth) return;
    for (const relation of index.into(id)) {
      if (!options.roles.has(index.roleOf(relation))) continue;
      if (within !== undefined && !within.has(relation.id)) continue;
      heap.push({ relation, level: level + 1 }, options.weights.get(relation.id) ?? 0);
    }
  };
  options.roots.forEach((root, i) => {
    if (charged.has(root) || (within !== undefined && !within.has(root))) return;
    const cost = words(root);
    if (i > 0 && used + cost > limit) return;
    used += cost;
    charged.add(root);
    allowed.add(root);
    expand(root, 0);
  });
  while (heap.size > 0 && used < limit) {
    const { relation, level } = heap.pop()!;
    if (allowed.has(relation.id)) continue;
    const attack = relation.type === "attack";
    const answered = attack && isAnswered(index, relation);
    if (answered && skippedUnanswered) continue;
    let cost = 0;
    for (const premise of relation.from) if (!charged.has(premise)) cost += words(premise);
    if (used + cost > limit) {
      if (attack && !answered) skippedUnanswered = true;
      continue;
    }
    used += cost;
    allowed.add(relation.id);
    for (const premise of relation.from) {
      if (charged.has(premise)) continue;
      charged.add(premise);
      expand(premise, level);
    }
    expand(relation.id, level);
  }
  return allowed;
}

/** Whether an attack is answered: something attacks it or one of its premises. */
function isAnswered(index: MapIndex, relation: Readonly<Relation>): boolean {
  if (index.into(relation.id).some((r) => r.type === "attack")) return true;
  return relation.from.some((premise) => index.into(premise).some((r) => r.type === "attack"));
}

// ------------------------------------------------------------------ building

/**
 * A step of the walk: a claim by its number, or a relation by its place in
 * the index's relation list, and where its entry goes: `into[slot]` (lists
 * are made at their final length), or the end of `into` when `slot` is -1.
 */
type Task =
  | { readonly kind: "claim"; readonly claim: number; readonly level: number; readonly stance: SummaryStance; readonly into: (SummaryClaim | SummaryReference)[]; readonly slot: number }
  | { readonly kind: "argument"; readonly relation: number; readonly role: SummaryRole; readonly level: number; readonly targetStance: SummaryStance; readonly into: SummaryArgument[]; readonly slot: number };

/** Visibility of an argument in the walk: written, counted as hidden, or left out. */
const SHOWN = 2;
const HIDDEN = 1;
const LEFT_OUT = 0;

/** Puts a walk step's entry where its task says. */
function place<T>(task: { readonly into: T[]; readonly slot: number }, entry: T): void {
  if (task.slot < 0) task.into.push(entry);
  else task.into[task.slot] = entry;
}

class SummaryBuilder {
  readonly #index: MapIndex;
  readonly #map: ArgumentMap;
  readonly #options: Resolved;
  readonly #allRoles: boolean;
  readonly #allowed: Set<string> | undefined;
  /** Per claim (by number): its number in the summary, 0 while it is not written. */
  readonly #written: Int32Array;
  #writtenCount = 0;
  /** Participant id → name (format 1.1). */
  readonly #names = new Map<string, string>();
  readonly #citedSources = new Set<string>();
  #lastSource: Readonly<Source> | undefined;
  /** Source → start → end (or ends) of the passages cited so far. */
  readonly #citationKeys = new Map<string, Map<number, number | Set<number>>>();
  #citationCount = 0;
  #references = 0;
  readonly #counts = { reason: 0, objection: 0, rebuttal: 0, undercut: 0 };

  constructor(index: MapIndex, options: Resolved, allowed: Set<string> | undefined) {
    this.#index = index;
    this.#map = index.map;
    this.#options = options;
    this.#allRoles = options.roles.size === SUMMARY_ROLES.length;
    this.#allowed = allowed;
    this.#written = new Int32Array(index.claimList.length);
    for (const participant of index.map.participants ?? []) this.#names.set(participant.id, participant.name);
  }

  /**
   * Names for a `by` list; unknown ids stand for themselves. A placeholder
   * is not a name: an empty name is left out, and a leading "Unknown" (as
   * AIFdb writes for speakers it does not know) is dropped.
   */
  #by(by: readonly string[] | undefined): string[] | undefined {
    if (by === undefined || by.length === 0) return undefined;
    const names = by.map((id) => speakerName(this.#names.get(id) ?? id)).filter((name): name is string => name !== undefined);
    return names.length === 0 ? undefined : names;
  }

  build(): ArgumentSummary {
    const map = this.#map;
    const roots: (SummaryClaim | SummaryReference)[] = [];
    for (const root of this.#options.roots) {
      const claim = this.#claimNumber(root);
      if (this.#written[claim] !== 0) continue;
      if (this.#allowed !== undefined && !this.#allowed.has(root)) continue;
      this.#walk({ kind: "claim", claim, level: 0, stance: "pro", into: roots, slot: -1 });
    }
    if (this.#options.coverRest && this.#writtenCount + this.#options.isolated.length < map.claimCount) {
      // Claims only cycles reach: the first one unwritten becomes a root, and so on.
      this.#index.claimList.forEach((c, claim) => {
        if (this.#written[claim] === 0 && !this.#index.isIsolated(c.id)) this.#walk({ kind: "claim", claim, level: 0, stance: "pro", into: roots, slot: -1 });
      });
    }
    const isolated: (SummaryClaim | SummaryReference)[] = [];
    for (const id of this.#options.isolated) this.#walk({ kind: "claim", claim: this.#claimNumber(id), level: 0, stance: "pro", into: isolated, slot: -1 });
    const written = this.#writtenCount - isolated.length;
    // Without filters, every claim the roots reach is written.
    const reachable = this.#options.filtered ? this.#options.weights.reachableClaims(this.#options.roots) : written;
    const stats: SummaryStats = {
      claims: written,
      references: this.#references,
      reasons: this.#counts.reason,
      objections: this.#counts.objection,
      rebuttals: this.#counts.rebuttal,
      undercuts: this.#counts.undercut,
      citations: this.#citationCount,
      omitted: Math.max(0, reachable - written),
    };
    const sources: SummarySource[] = [];
    for (const source of map.sources()) {
      if (!this.#citedSources.has(source.id)) continue;
      const entry: Mutable<SummarySource> = { id: source.id, title: source.title };
      if (source.url !== undefined) entry.url = source.url;
      if (source.author !== undefined) entry.author = source.author;
      if (source.published !== undefined) entry.published = source.published;
      sources.push(entry);
    }
    // Keys in the documented order: title, description, thesis, roots, sources, evaluation, verdict, stats.
    const evaluation = this.#options.evaluation;
    const first = roots.find((r): r is SummaryClaim => r.kind === "claim");
    const verdict = this.#options.verdict && first !== undefined && this.#index.hasAttacks() ? this.#verdict(first.id) : undefined;
    return {
      title: map.title,
      ...(map.description !== undefined ? { description: map.description } : {}),
      ...(map.thesis !== undefined ? { thesis: map.thesis } : {}),
      roots: roots.filter((r): r is SummaryClaim => r.kind === "claim"),
      isolated: isolated.filter((r): r is SummaryClaim => r.kind === "claim"),
      language: this.#options.language,
      languageSource: this.#options.languageSource,
      ...sourceWordsOf(map),
      ...(this.#options.budget !== undefined ? { budget: { words: this.#options.budget } } : {}),
      sources,
      ...(evaluation !== undefined
        ? {
            evaluation: {
              semantics: evaluation.semantics,
              ...(evaluation.converged !== undefined ? { converged: evaluation.converged } : {}),
              ...(evaluation.iterations !== undefined ? { iterations: evaluation.iterations } : {}),
              ...(typeof evaluation.complete === "boolean" ? { complete: evaluation.complete } : {}),
            },
          }
        : {}),
      ...(verdict !== undefined ? { verdict } : {}),
      stats,
    };
  }

  #verdict(root: string): SummaryVerdict | undefined {
    const index = this.#index;
    const weights = this.#options.weights;
    const source = { map: this.#map, into: (id: string) => index.into(id), weight: (id: string) => weights.get(id) ?? 0, objections: (id: string) => index.objectionsOf(id) };
    return verdictOn(source, root, this.#options.evaluation);
  }

  /** Depth-first, pre-order walk with an explicit stack, so numbers follow reading order. */
  #walk(first: Task): void {
    const stack: Task[] = [first];
    while (stack.length > 0) {
      const task = stack.pop()!;
      if (task.kind === "claim") this.#claim(task, stack);
      else this.#argument(task, stack);
    }
  }

  /** The number of a claim that is not merged into another. */
  #claimNumber(id: string): number {
    const n = this.#index.numberOf(id);
    if (n === undefined || n >= this.#written.length) throw new Error(`summarize: "${id}" is not a claim of the summary's index`);
    return n;
  }

  #claim(task: Extract<Task, { kind: "claim" }>, stack: Task[]): void {
    const claim = this.#index.claimList[task.claim]!;
    const number = this.#written[task.claim]!;
    if (number !== 0) {
      this.#references++;
      const reference: Mutable<SummaryReference> = { kind: "reference", id: claim.id, number, text: claim.text };
      const title = titleOf(claim);
      if (title !== undefined) reference.title = title;
      place(task, reference);
      return;
    }
    const written: Mutable<SummaryClaim> = {
      kind: "claim",
      id: claim.id,
      number: this.#writtenCount + 1,
      text: claim.text,
      weight: round(this.#options.weights.at(task.claim)),
      citations: this.#citations(claim.anchors),
      arguments: NO_ARGUMENTS as SummaryArgument[],
      hidden: 0,
    };
    const title = titleOf(claim);
    if (title !== undefined) written.title = title;
    const by = this.#by(claim.by);
    if (by !== undefined) written.by = by;
    this.#written[task.claim] = written.number;
    this.#writtenCount++;
    const assessment = this.#assessment(claim.id);
    if (assessment !== undefined) written.assessment = assessment;
    place(task, written);
    this.#pushChildren(stack, task.claim, task.level, task.stance, written);
  }

  #argument(task: Extract<Task, { kind: "argument" }>, stack: Task[]): void {
    const node = this.#written.length + task.relation;
    const relation = this.#index.relationList()[task.relation]!;
    const role = task.role;
    this.#counts[role]++;
    const stance: SummaryStance = relation.type === "support" ? task.targetStance : task.targetStance === "pro" ? "con" : "pro";
    const argument: Mutable<SummaryArgument> = {
      id: relation.id,
      role,
      type: relation.type,
      stance,
      weight: round(this.#options.weights.at(node)),
      premises: new Array<SummaryClaim | SummaryReference>(this.#index.premiseStarts[task.relation + 1]! - this.#index.premiseStarts[task.relation]!),
      citations: this.#citations(relation.anchors),
      arguments: NO_ARGUMENTS as SummaryArgument[],
      hidden: 0,
    };
    if (relation.label !== undefined) argument.label = relation.label;
    const by = this.#by(relation.by);
    if (by !== undefined) argument.by = by;
    const assessment = this.#assessment(relation.id);
    if (assessment !== undefined) argument.assessment = assessment;
    place(task, argument);
    // Premises first (each with what bears on it), then what bears on the relation itself.
    this.#pushChildren(stack, node, task.level, stance, argument);
    const premises = this.#index.premises;
    const first = this.#index.premiseStarts[task.relation]!;
    for (let k = this.#index.premiseStarts[task.relation + 1]! - 1; k >= first; k--) {
      stack.push({ kind: "claim", claim: premises[k]!, level: task.level, stance, into: argument.premises, slot: k - first });
    }
  }

  /**
   * Pushes tasks for the arguments to write on a node (last first, so they
   * pop in order), counting those that depth or length leave out.
   */
  #pushChildren(stack: Task[], node: number, level: number, stance: SummaryStance, holder: { hidden: number; arguments: SummaryArgument[] }): void {
    const { intoStarts, intoRelations, roles } = this.#index;
    const start = intoStarts[node]!;
    const end = intoStarts[node + 1]!;
    let shown = 0;
    for (let e = start; e < end; e++) {
      const visibility = this.#visibility(intoRelations[e]!, level);
      if (visibility === HIDDEN) holder.hidden++;
      else if (visibility === SHOWN) shown++;
    }
    // Most claims have no arguments: they share one empty list.
    if (shown === 0) return;
    const into = (holder.arguments = new Array<SummaryArgument>(shown));
    for (let e = end - 1; e >= start; e--) {
      const relation = intoRelations[e]!;
      if (this.#visibility(relation, level) !== SHOWN) continue;
      stack.push({ kind: "argument", relation, role: roles[relation]!, level: level + 1, targetStance: stance, into, slot: --shown });
    }
  }

  /** Whether an argument on a node at `level` is written ({@link SHOWN}), counted as hidden by depth or length, or left out by its role. */
  #visibility(relation: number, level: number): number {
    if (!this.#allRoles && !this.#options.roles.has(this.#index.roles[relation]!)) return LEFT_OUT;
    if (level + 1 > this.#options.depth || (this.#allowed !== undefined && !this.#allowed.has(this.#index.relationList()[relation]!.id))) return HIDDEN;
    return SHOWN;
  }

  #citations(anchors: readonly Anchor[] | undefined): Citation[] {
    if (!this.#options.citations || anchors === undefined || anchors.length === 0) return NO_CITATIONS as Citation[];
    return anchors.map((anchor) => {
      const source = this.#sourceOf(anchor.source);
      const citation: Mutable<Citation> = { source: anchor.source, title: source?.title ?? anchor.source, quote: anchor.quote, start: anchor.start, end: anchor.end };
      if (source?.url !== undefined) citation.url = source.url;
      this.#countCitation(anchor);
      return citation;
    });
  }

  /** The source of a citation, noted as cited; the last one is kept, as most maps cite one source throughout. */
  #sourceOf(id: string): Readonly<Source> | undefined {
    if (this.#lastSource !== undefined && this.#lastSource.id === id) return this.#lastSource;
    const source = this.#map.source(id);
    this.#citedSources.add(id);
    this.#lastSource = source;
    return source;
  }

  /** Counts distinct passages (source, start, end) without building a key per anchor. */
  #countCitation(anchor: Anchor): void {
    let byStart = this.#citationKeys.get(anchor.source);
    if (byStart === undefined) this.#citationKeys.set(anchor.source, (byStart = new Map()));
    const ends = byStart.get(anchor.start);
    if (ends === undefined) byStart.set(anchor.start, anchor.end);
    else if (typeof ends === "number") {
      if (ends === anchor.end) return;
      byStart.set(anchor.start, new Set([ends, anchor.end]));
    } else {
      if (ends.has(anchor.end)) return;
      ends.add(anchor.end);
    }
    this.#citationCount++;
  }

  #assessment(id: string): SummaryAssessment | undefined {
    const evaluation = this.#options.evaluation;
    if (evaluation === undefined) return undefined;
    const label = evaluationLabel(evaluation, id);
    const strength = evaluationStrength(evaluation, id);
    if (label === undefined && strength === undefined) return undefined;
    const out: Mutable<SummaryAssessment> = {};
    if (label !== undefined) out.label = label;
    if (strength !== undefined) out.strength = strength;
    return out;
  }
}

/** `{ sourceWords }` with the words of the map's source texts, or nothing when no source holds text. */
function sourceWordsOf(map: ArgumentMap): { sourceWords?: number } {
  let words = 0;
  let any = false;
  for (const source of map.sources()) {
    if (typeof source.text !== "string") continue;
    any = true;
    words += wordCount(source.text);
  }
  return any && words > 0 ? { sourceWords: words } : {};
}

/** A participant's name as summaries show it, or `undefined` for a placeholder ("", "Unknown", "N/A", "?"). */
export function speakerName(name: string): string | undefined {
  const words = name.trim().split(/\s+/).filter((w) => !/^(?:unknown|unbekannt|anonymous|anonym|n\/a|none|null|undefined|\?+|-+)$/i.test(w));
  return words.length === 0 ? undefined : words.join(" ");
}

/** A claim's `title` (format 1.1), if it has a non-empty one. */
function titleOf(claim: Readonly<Claim>): string | undefined {
  const title = (claim as { readonly title?: unknown }).title;
  return typeof title === "string" && title.trim() !== "" ? title : undefined;
}

/** Weights rounded to four decimals, so that summaries diff cleanly. */
function round(weight: number): number {
  return Math.round(weight * 1e4) / 1e4;
}

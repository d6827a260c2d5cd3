import { DirectedGraph, MultiDirectedGraph } from "graphology";
import { quoteId, quoteIds } from "../internal/quote-ids.js";
import { ArgmapError, fail, type ArgmapIssue } from "../errors.js";
import {
  ClaimSchema,
  FORMAT_VERSION,
  LanguageSchema,
  ParticipantSchema,
  RelationSchema,
  SourceSchema,
  type ArgumentMapDocument,
  type Claim,
  type FormatVersion,
  type Participant,
  type Relation,
  type Source,
} from "../schema/document.js";
import { checkAnchors, checkBy, checkEndpoints, type EndpointLookup } from "../validate/consistency.js";
import { fromZodIssues } from "../validate/schema-issues.js";
import { checkJsonValue, defineData } from "../internal/json.js";
import { readSafely } from "../internal/unreadable.js";
import { copyClaim, copyParticipant, copyRelation, copySource } from "./canonical.js";
import {
  addRelationToGraph,
  claimAttributes,
  CONCLUSION_EDGE,
  conclusionEdgeKey,
  frozenClaimAttributes,
  frozenRelationAttributes,
  hardenGraph,
  premiseEdgeKey,
  PREMISE_EDGE,
  readOnlyView,
  type ArgumentGraph,
  type MutableArgumentGraph,
  type ClaimGraph,
} from "./graph.js";
import { parseArgumentMap } from "../validate/parse.js";

/** Fields of a claim that {@link ArgumentMap.updateClaim} can change; `undefined` removes a field. */
export type ClaimPatch = { readonly [K in Exclude<keyof Claim, "id">]?: Claim[K] | undefined };

/** Fields of a relation that {@link ArgumentMap.updateRelation} can change; `undefined` removes a field. */
export type RelationPatch = { readonly [K in Exclude<keyof Relation, "id">]?: Relation[K] | undefined };

/** Fields of a source that {@link ArgumentMap.updateSource} can change; `undefined` removes a field. */
export type SourcePatch = { readonly [K in Exclude<keyof Source, "id">]?: Source[K] | undefined };

/** Fields of a participant that {@link ArgumentMap.updateParticipant} can change; `undefined` removes a field. */
export type ParticipantPatch = { readonly [K in Exclude<keyof Participant, "id">]?: Participant[K] | undefined };

/** Options of the `remove…` methods. */
export interface RemoveOptions {
  /**
   * Also remove what depends on the removed item (relations that use a
   * claim, undercuts of a relation, anchors into a source, the thesis mark).
   * Without it, removing something that has dependents throws
   * `has-dependents` and changes nothing.
   *
   * @defaultValue false
   */
  readonly cascade?: boolean;
}

/** What a `remove…` call took out of the map. */
export interface Removed {
  readonly claims: readonly Claim[];
  readonly relations: readonly Relation[];
  readonly sources: readonly Source[];
  /** Participants removed by {@link ArgumentMap.removeParticipant}. */
  readonly participants?: readonly Participant[];
}

/** Counts that describe a map; see {@link ArgumentMap.stats}. */
export interface MapStats {
  readonly claims: number;
  readonly relations: number;
  readonly sources: number;
  /** Support relations (reasons). */
  readonly supports: number;
  /** Attack relations on claims (objections and rebuttals). */
  readonly attacks: number;
  /** Attack relations on relations. */
  readonly undercuts: number;
  /** Relations with more than one premise. */
  readonly linked: number;
  /** Anchors on claims and relations. */
  readonly anchors: number;
  /** Claims that are a premise of nothing (top conclusions). */
  readonly roots: number;
  /** Claims that nothing supports or attacks. */
  readonly leaves: number;
  /** Claims in no relation at all. */
  readonly isolated: number;
  /** Longest chain of relations from a leaf up to a root, ignoring cycles. */
  readonly depth: number;
}

/** A claim or a relation: anything a relation can target. */
export type MapNode = Claim | Relation;

/**
 * Tells a relation from a claim.
 *
 * @example
 * ```ts
 * import { argmap, isRelation } from "argmap";
 *
 * const map = argmap("Lunch")
 *   .thesis("t", "We should get pizza.")
 *   .claim("quick", "Pizza is quick.")
 *   .claim("busy", "The shop is busy on Fridays.")
 *   .support("quick", "t", { id: "s1" })
 *   .attack("busy", "s1", { id: "r1" })
 *   .build();
 * const target = map.conclusionOf("r1");
 * if (isRelation(target)) console.log("r1 is an undercut");
 * ```
 */
export function isRelation(node: Readonly<MapNode>): node is Relation {
  return "from" in node;
}

const NONE: readonly Relation[] = Object.freeze([]);
const NO_PARTICIPANTS: readonly Participant[] = Object.freeze([]);

/** @internal Prepared, already validated parts of a map. */
export interface TrustedParts {
  readonly title: string;
  readonly description: string | undefined;
  readonly thesis: string | undefined;
  readonly sources: Map<string, Source>;
  readonly claims: Map<string, Claim>;
  readonly relations: Map<string, Relation>;
  /** `"1.1"` when the document declared it; otherwise the map writes the version its fields need. */
  readonly version?: FormatVersion | undefined;
  /** The document's `$schema`. */
  readonly schema?: string | undefined;
  readonly language?: string | undefined;
  /** Participants by id, in document order; `undefined` when the document has no list. */
  readonly participants?: Map<string, Participant> | undefined;
}

/** @internal Builds a map from validated parts without checking them again. */
// eslint-disable-next-line import/no-mutable-exports
export let fromTrustedParts: (parts: TrustedParts) => ArgumentMap;

/** @internal Read access to a map's indexes, for fast whole-map checks. */
export interface MapIndexes {
  readonly claims: ReadonlyMap<string, Claim>;
  readonly relations: ReadonlyMap<string, Relation>;
  /** Target id → the relations that end on it. */
  readonly into: ReadonlyMap<string, readonly Relation[]>;
  /** Claim id → the relations it is a premise of. */
  readonly premiseIn: ReadonlyMap<string, readonly Relation[]>;
  /** Participants by id; `undefined` when the map has no list. */
  readonly participants: ReadonlyMap<string, Participant> | undefined;
  /** The document's `$schema`, if any. */
  readonly schema: string | undefined;
  /** The version the document declared (`1` for maps built in code). */
  readonly version: FormatVersion;
}

/** @internal */
// eslint-disable-next-line import/no-mutable-exports
export let indexesOf: (map: ArgumentMap) => MapIndexes;

/**
 * An argument map: claims, the relations between them, and the sources they
 * come from. Every mutation keeps the map consistent and is atomic: a call
 * that fails throws {@link ArgmapError} and changes nothing.
 *
 * The map is also a graphology graph in the AIF style ({@link ArgumentMap.graph}).
 *
 * @example
 * ```ts
 * import { ArgumentMap } from "argmap";
 *
 * const map = new ArgumentMap({ title: "Lunch" });
 * map.addClaim({ id: "t", text: "We should get pizza." });
 * map.addClaim({ id: "r", text: "Pizza is quick." });
 * map.addRelation({ id: "s1", type: "support", from: ["r"], to: "t" });
 * map.reasonsFor("t"); // [{ id: "s1", ... }]
 * ```
 */
export class ArgumentMap {
  #title: string;
  #description: string | undefined;
  #thesis: string | undefined;
  #version: FormatVersion = 1;
  #schema: string | undefined;
  #language: string | undefined;
  #participants: Map<string, Participant> | undefined;
  #sources = new Map<string, Source>();
  #claims = new Map<string, Claim>();
  #relations = new Map<string, Relation>();
  /**
   * Target id → the relations that end on it, and claim id → the relations
   * it is a premise of. Built on first use (`#into`, `#premiseIn`): loading a
   * map and evaluating it never reads them, and for a map of a million claims
   * they hold about 200 MB. Once built, every change keeps them up to date.
   */
  #relationIndexes: { readonly into: Map<string, Relation[]>; readonly premiseIn: Map<string, Relation[]> } | undefined;
  #graph: MutableArgumentGraph | undefined;
  #graphView: ArgumentGraph | undefined;

  static {
    fromTrustedParts = (parts) => {
      const map = new ArgumentMap({ title: parts.title });
      map.#description = parts.description;
      map.#thesis = parts.thesis;
      map.#sources = parts.sources;
      map.#claims = parts.claims;
      map.#relations = parts.relations;
      map.#version = parts.version ?? 1;
      map.#schema = parts.schema;
      map.#language = parts.language;
      map.#participants = parts.participants;
      return map;
    };
    indexesOf = (map) => ({
      claims: map.#claims,
      relations: map.#relations,
      get into() {
        return map.#into;
      },
      get premiseIn() {
        return map.#premiseIn;
      },
      participants: map.#participants,
      schema: map.#schema,
      version: map.#version,
    });
  }

  /**
   * Creates an empty map.
   *
   * @param info - The map's title, and optionally its description and language (a BCP 47 tag).
   * @throws {@link ArgmapError} `invalid-type` or `invalid-language`.
   */
  constructor(info: { readonly title: string; readonly description?: string | undefined; readonly language?: string | undefined } = { title: "" }) {
    const { title, description, language } = readSafely(info, ["info"], () => ({ title: info.title, description: info.description, language: info.language }));
    if (typeof title !== "string") fail("invalid-type", ["title"], "title must be a string");
    if (description !== undefined && typeof description !== "string") fail("invalid-type", ["description"], "description must be a string");
    if (language !== undefined) this.#parse(LanguageSchema, language, "language");
    this.#title = title;
    this.#description = description;
    this.#language = language;
  }

  /**
   * Loads a map from an argmap JSON document (a parsed value, not text).
   *
   * @param document - The document, e.g. `JSON.parse(text)`.
   * @returns The map.
   * @throws {@link ArgmapError} with every error found; see docs/validation.md.
    *
    * @example
    * ```ts
    * import { ArgumentMap } from "argmap";
    *
    * const map = ArgumentMap.fromJSON({ format: "argmap", version: 1, title: "Lunch", sources: [], claims: [{ id: "t", text: "We should get pizza." }], relations: [] });
    * console.log(map.claimCount); // 1
    * ```
   */
  static fromJSON(document: unknown): ArgumentMap {
    const result = parseArgumentMap(document, { warnings: false });
    if (!result.ok) throw new ArgmapError(result.issues);
    return result.map;
  }

  /**
   * The map as an argmap JSON document, with keys in canonical order. A new
   * object every call: changing it does not change the map.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * const text = JSON.stringify(map.toJSON(), null, 2); // keys in canonical order
    * ```
   */
  toJSON(): ArgumentMapDocument {
    // Canonical key order: $schema, format, version, title, description,
    // language, thesis, participants, sources, claims, relations.
    const ordered: ArgumentMapDocument = {
      ...(this.#schema !== undefined ? { $schema: this.#schema } : {}),
      format: "argmap",
      version: this.formatVersion,
      title: this.#title,
      ...(this.#description !== undefined ? { description: this.#description } : {}),
      ...(this.#language !== undefined ? { language: this.#language } : {}),
      ...(this.#thesis !== undefined ? { thesis: this.#thesis } : {}),
      ...(this.#participants !== undefined ? { participants: Array.from(this.#participants.values(), copyParticipant) } : {}),
      sources: Array.from(this.#sources.values(), copySource),
      claims: Array.from(this.#claims.values(), copyClaim),
      relations: Array.from(this.#relations.values(), copyRelation),
    };
    return ordered;
  }

  /**
   * The format version {@link ArgumentMap.toJSON} writes: `"1.1"` when the
   * map uses a format 1.1 field (`language`, `participants`, `$schema`, a
   * claim's `title`, `language` or `by`, a relation's `by`) or was loaded
   * from a 1.1 document, and `1` otherwise, so that maps without the new
   * fields stay readable by format 1.0 readers.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * console.log(map.formatVersion); // 1
    * map.updateClaim("t", { title: "Pizza" });
    * console.log(map.formatVersion); // "1.1"
    * ```
   */
  get formatVersion(): FormatVersion {
    if (this.#version === FORMAT_VERSION) return FORMAT_VERSION;
    if (this.#schema !== undefined || this.#language !== undefined || this.#participants !== undefined) return FORMAT_VERSION;
    for (const claim of this.#claims.values()) {
      if (claim.title !== undefined || claim.language !== undefined || claim.by !== undefined) return FORMAT_VERSION;
    }
    for (const relation of this.#relations.values()) if (relation.by !== undefined) return FORMAT_VERSION;
    return 1;
  }

  // ---------------------------------------------------------------- info

  /**
   * The map's title.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * console.log(map.title); // "Lunch"
   * ```
   */
  get title(): string {
    return this.#title;
  }

  /**
   * The map's description, if any.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch", { description: "Where the team eats on Friday." }).build();
   * console.log(map.description);
   * ```
   */
  get description(): string | undefined {
    return this.#description;
  }

  /**
   * Id of the thesis (the main conclusion), if the map has one.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * const thesis = map.thesis === undefined ? undefined : map.claim(map.thesis);
   * console.log(thesis?.text); // "We should get pizza."
   * ```
   */
  get thesis(): string | undefined {
    return this.#thesis;
  }

  /**
   * The language of the map's text, a BCP 47 tag, if set (format 1.1).
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Mittagessen", { language: "de" }).build();
   * console.log(map.language); // "de"
   * ```
   */
  get language(): string | undefined {
    return this.#language;
  }

  /**
   * The people or parties whose claims the map records, in order (format
   * 1.1): a new frozen array of frozen copies on every call.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Debate").participant("ann", "Ann", "proponent").participant("bob", "Bob").build();
    * for (const p of map.participants) console.log(p.id, p.name, p.role ?? "");
    * ```
   */
  get participants(): readonly Readonly<Participant>[] {
    if (this.#participants === undefined) return NO_PARTICIPANTS;
    return Object.freeze(Array.from(this.#participants.values(), (p) => Object.freeze(copyParticipant(p))));
  }

  /**
   * The participant with this id, or `undefined` (a frozen copy).
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Debate").participant("ann", "Ann").build();
   * console.log(map.participant("ann")?.name); // "Ann"
   * ```
   */
  participant(id: string): Readonly<Participant> | undefined {
    const found = this.#participants?.get(id);
    return found === undefined ? undefined : Object.freeze(copyParticipant(found));
  }

  /**
   * Sets or (with `undefined`) removes the map's language.
   *
   * @param language - A BCP 47 tag such as `"en"` or `"de-CH"`.
   * @throws {@link ArgmapError} `invalid-language` for a malformed tag.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * map.setLanguage("en-GB");
    * map.setLanguage(undefined); // removes it
    * ```
   */
  setLanguage(language: string | undefined): this {
    if (language !== undefined) this.#parse(LanguageSchema, language, "language");
    this.#language = language;
    return this;
  }

  /**
   * Adds a participant. Its id must be new among participants.
   *
   * @returns The stored participant (a copy of the input).
   * @throws {@link ArgmapError} on schema errors or `duplicate-id`.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * map.addParticipant({ id: "sam", name: "Sam", role: "colleague" });
    * map.updateClaim("cheese", { by: ["sam"] });
    * ```
   */
  addParticipant(participant: Participant): Readonly<Participant> {
    const stored = readSafely(participant, ["participant"], () => copyParticipant(this.#parse(ParticipantSchema, participant, "participant")));
    if (this.#participants?.has(stored.id)) fail("duplicate-id", ["participant", "id"], `participant id ${quoteId(stored.id)} is already used`);
    (this.#participants ??= new Map()).set(stored.id, stored);
    return Object.freeze(copyParticipant(stored));
  }

  /**
   * Changes a participant's name or role. A field set to `undefined` is removed.
   *
   * @returns The updated participant.
   * @throws {@link ArgmapError} `not-found` or schema errors.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Debate").participant("ann", "Ann").build();
    * map.updateParticipant("ann", { role: "moderator" });
    * ```
   */
  updateParticipant(id: string, patch: ParticipantPatch): Readonly<Participant> {
    const current = this.#participants?.get(id);
    if (current === undefined) fail("not-found", ["id"], `no participant ${quoteId(id)}`);
    const next = readSafely(patch, ["patch"], () => copyParticipant(this.#parse(ParticipantSchema, applyPatch(current, patch, id), "participant")));
    this.#participants!.set(id, next);
    return Object.freeze(copyParticipant(next));
  }

  /**
   * Removes a participant. Claims and relations whose `by` names it are its
   * dependents; with `cascade` the id is taken out of their `by` lists (a
   * list left empty is removed).
   *
   * @returns What was removed.
   * @throws {@link ArgmapError} `not-found`, or `has-dependents` without `cascade`.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Debate").participant("ann", "Ann").claim("a", "A", { by: ["ann"] }).build();
    * map.removeParticipant("ann", { cascade: true }); // also takes "ann" out of a's `by`
    * ```
   */
  removeParticipant(id: string, options: RemoveOptions = {}): Removed {
    const participant = this.#participants?.get(id);
    if (participant === undefined) fail("not-found", ["id"], `no participant ${quoteId(id)}`);
    const claims = [...this.#claims.values()].filter((c) => c.by?.includes(id));
    const relations = [...this.#relations.values()].filter((r) => r.by?.includes(id));
    if (!options.cascade && claims.length + relations.length > 0) {
      fail("has-dependents", ["id"], `cannot remove participant ${quoteId(id)}: ${quoteIds([...claims, ...relations].map((x) => x.id))} name it in "by"; pass { cascade: true } to take it out of those lists`);
    }
    const without = (by: readonly string[]): string[] | undefined => {
      const rest = by.filter((p) => p !== id);
      return rest.length > 0 ? rest : undefined;
    };
    for (const claim of claims) {
      const next = copyClaim({ ...claim, by: without(claim.by!) });
      this.#claims.set(claim.id, next);
      this.#graph?.replaceNodeAttributes(claim.id, frozenClaimAttributes(next));
    }
    for (const relation of relations) {
      const next = copyRelation({ ...relation, by: without(relation.by!) });
      this.#unindex(relation);
      this.#relations.set(relation.id, next);
      this.#index(next);
      this.#graph?.replaceNodeAttributes(relation.id, frozenRelationAttributes(next));
    }
    this.#participants!.delete(id);
    return { claims: [], relations: [], sources: [], participants: [participant] };
  }

  /**
   * Sets the title.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * map.setTitle("Friday lunch");
   * ```
   */
  setTitle(title: string): this {
    if (typeof title !== "string") fail("invalid-type", ["title"], "title must be a string");
    this.#title = title;
    if (this.#graph) this.#graph.replaceAttributes(Object.freeze({ title }));
    return this;
  }

  /**
   * Sets or (with `undefined`) removes the description.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * map.setDescription("Where the team eats on Friday.");
   * ```
   */
  setDescription(description: string | undefined): this {
    if (description !== undefined && typeof description !== "string") fail("invalid-type", ["description"], "description must be a string");
    this.#description = description;
    return this;
  }

  /**
   * Marks a claim as the thesis, or (with `undefined`) clears the mark.
   *
   * @throws {@link ArgmapError} `not-found` if the claim does not exist.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * map.setThesis("quick"); // move the mark
    * map.setThesis(undefined); // or clear it
    * ```
   */
  setThesis(id: string | undefined): this {
    if (id !== undefined && !this.#claims.has(id)) fail("not-found", ["thesis"], `cannot make ${quoteId(String(id))} the thesis: no such claim`);
    this.#thesis = id;
    return this;
  }

  // ---------------------------------------------------------------- lookups

  /**
   * The claim with this id, or `undefined`.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * console.log(map.claim("quick")?.text); // "Pizza is quick."
   * ```
   */
  claim(id: string): Readonly<Claim> | undefined {
    return this.#claims.get(id);
  }

  /**
   * The relation with this id, or `undefined`.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * console.log(map.relation("s1")?.from); // ["quick"]
   * ```
   */
  relation(id: string): Readonly<Relation> | undefined {
    return this.#relations.get(id);
  }

  /**
   * The source with this id, or `undefined`.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch").source({ id: "chat", title: "Team chat", text: "Let's get pizza." }).build();
   * console.log(map.source("chat")?.title);
   * ```
   */
  source(id: string): Readonly<Source> | undefined {
    return this.#sources.get(id);
  }

  /**
   * Whether a claim with this id exists.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * map.hasClaim("quick"); // true
   * map.hasClaim("s1"); // false: a relation
   * ```
   */
  hasClaim(id: string): boolean {
    return this.#claims.has(id);
  }

  /**
   * Whether a relation with this id exists.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * map.hasRelation("s1"); // true
   * ```
   */
  hasRelation(id: string): boolean {
    return this.#relations.has(id);
  }

  /**
   * Whether a source with this id exists.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * map.hasSource("chat"); // false
   * ```
   */
  hasSource(id: string): boolean {
    return this.#sources.has(id);
  }

  /**
   * Whether any claim, relation or source uses this id.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * if (!map.has("slow")) map.addClaim({ id: "slow", text: "The shop is slow on Fridays." });
   * ```
   */
  has(id: string): boolean {
    return this.#claims.has(id) || this.#relations.has(id) || this.#sources.has(id);
  }

  /**
   * What the id names: `"claim"`, `"relation"`, `"source"` or `undefined`.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * map.kindOf("s1"); // "relation"
   * ```
   */
  kindOf(id: string): "claim" | "relation" | "source" | undefined {
    if (this.#claims.has(id)) return "claim";
    if (this.#relations.has(id)) return "relation";
    if (this.#sources.has(id)) return "source";
    return undefined;
  }

  /**
   * All claims, in insertion order.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * for (const claim of map.claims()) console.log(claim.id, claim.text);
   * ```
   */
  claims(): Readonly<Claim>[] {
    return Array.from(this.#claims.values());
  }

  /**
   * All relations, in insertion order.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * const attacks = map.relations().filter((r) => r.type === "attack");
   * ```
   */
  relations(): Readonly<Relation>[] {
    return Array.from(this.#relations.values());
  }

  /**
   * All sources, in insertion order.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * console.log(map.sources().length); // 0
   * ```
   */
  sources(): Readonly<Source>[] {
    return Array.from(this.#sources.values());
  }

  /**
   * Number of claims.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * console.log(map.claimCount); // 3
   * ```
   */
  get claimCount(): number {
    return this.#claims.size;
  }

  /**
   * Number of relations.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * console.log(map.relationCount); // 2
   * ```
   */
  get relationCount(): number {
    return this.#relations.size;
  }

  // ---------------------------------------------------------------- mutations

  /**
   * Adds a source. Its id must be new.
   *
   * @returns The stored source (a copy of the input).
   * @throws {@link ArgmapError} on schema errors or `duplicate-id`.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * map.addSource({ id: "chat", title: "Team chat", text: "Pizza is quick, says Ann." });
    * ```
   */
  addSource(source: Source): Readonly<Source> {
    const stored = readSafely(source, ["source"], () => copySource(this.#parse(SourceSchema, source, "source")));
    this.#assertNewId(stored.id, "source");
    this.#sources.set(stored.id, stored);
    return stored;
  }

  /**
   * Adds a claim. Its id must be new and its anchors must match their sources.
   *
   * @returns The stored claim (a copy of the input).
   * @throws {@link ArgmapError} on schema errors, `duplicate-id` or anchor errors.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * map.addClaim({ id: "vegan", text: "The shop makes vegan pizza.", tags: ["diet"] });
    * map.addRelation({ id: "r2", type: "attack", from: ["vegan"], to: "cheese" });
    * ```
   */
  addClaim(claim: Claim): Readonly<Claim> {
    const stored = readSafely(claim, ["claim"], () => copyClaim(this.#parse(ClaimSchema, claim, "claim")));
    this.#assertNewId(stored.id, "claim");
    this.#assertBy(stored.by, "claim");
    this.#assertAnchors(stored.anchors, "claim");
    this.#claims.set(stored.id, stored);
    this.#graph?.addNode(stored.id, frozenClaimAttributes(stored));
    return stored;
  }

  /**
   * Adds a relation: a support or attack from one or more premise claims to
   * a claim or (for an undercut) a relation.
   *
   * @returns The stored relation (a copy of the input).
   * @throws {@link ArgmapError} on schema errors, `duplicate-id`,
   * `dangling-premise`, `dangling-target`, `duplicate-premise`,
   * `self-support` or anchor errors.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * map.addClaim({ id: "busy", text: "The shop is busy on Fridays." });
    * // An undercut: an attack on the relation s1.
    * map.addRelation({ id: "u1", type: "attack", from: ["busy"], to: "s1" });
    * ```
   */
  addRelation(relation: Relation): Readonly<Relation> {
    const stored = readSafely(relation, ["relation"], () => copyRelation(this.#parse(RelationSchema, relation, "relation")));
    this.#assertNewId(stored.id, "relation");
    this.#assertEndpoints(stored);
    this.#assertBy(stored.by, "relation");
    this.#assertAnchors(stored.anchors, "relation");
    // Indexed first: indexes built now are built from the relations before this one.
    this.#index(stored);
    this.#relations.set(stored.id, stored);
    if (this.#graph) addRelationToGraph(this.#graph, stored);
    return stored;
  }

  /**
   * Changes fields of a claim. A field set to `undefined` is removed.
   *
   * @returns The updated claim.
   * @throws {@link ArgmapError} `not-found`, schema or anchor errors.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * map.updateClaim("quick", { text: "Pizza arrives in twenty minutes.", base: 0.8 });
    * map.updateClaim("quick", { base: undefined }); // removes base
    * ```
   */
  updateClaim(id: string, patch: ClaimPatch): Readonly<Claim> {
    const current = this.#claims.get(id);
    if (current === undefined) fail("not-found", ["id"], `no claim ${quoteId(id)}`);
    const next = readSafely(patch, ["patch"], () => copyClaim(this.#parse(ClaimSchema, applyPatch(current, patch, id), "claim")));
    this.#assertBy(next.by, "claim");
    this.#assertAnchors(next.anchors, "claim");
    this.#claims.set(id, next);
    this.#graph?.replaceNodeAttributes(id, frozenClaimAttributes(next));
    return next;
  }

  /**
   * Changes fields of a relation, including its premises and target.
   *
   * @returns The updated relation.
   * @throws {@link ArgmapError} `not-found`, schema, endpoint or anchor errors.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * map.updateRelation("a1", { weight: 0.5, label: "diet" });
    * ```
   */
  updateRelation(id: string, patch: RelationPatch): Readonly<Relation> {
    const current = this.#relations.get(id);
    if (current === undefined) fail("not-found", ["id"], `no relation ${quoteId(id)}`);
    const next = readSafely(patch, ["patch"], () => copyRelation(this.#parse(RelationSchema, applyPatch(current, patch, id), "relation")));
    this.#assertEndpoints(next);
    this.#assertBy(next.by, "relation");
    this.#assertAnchors(next.anchors, "relation");
    if (next.to !== current.to && this.#reaches(next.to, id)) {
      fail("self-support", ["relation", "to"], `relation ${quoteId(id)} cannot target ${quoteId(next.to)}: that relation depends on ${quoteId(id)} itself`);
    }
    this.#unindex(current);
    this.#relations.set(id, next);
    this.#index(next);
    if (this.#graph) {
      this.#graph.dropNode(id);
      addRelationToGraph(this.#graph, next);
      for (const r of this.#into.get(id) ?? NONE) this.#graph.addEdgeWithKey(conclusionEdgeKey(r.id), r.id, id, CONCLUSION_EDGE);
    }
    return next;
  }

  /**
   * Changes fields of a source. Anchors into it must still match its text.
   *
   * @returns The updated source.
   * @throws {@link ArgmapError} `not-found`, schema or anchor errors.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch").source({ id: "chat", title: "Team chat" }).build();
    * map.updateSource("chat", { url: "https://example.org/chat" });
    * ```
   */
  updateSource(id: string, patch: SourcePatch): Readonly<Source> {
    const current = this.#sources.get(id);
    if (current === undefined) fail("not-found", ["id"], `no source ${quoteId(id)}`);
    const next = readSafely(patch, ["patch"], () => copySource(this.#parse(SourceSchema, applyPatch(current, patch, id), "source")));
    const issues: ArgmapIssue[] = [];
    const lookup = (sid: string): Source | undefined => (sid === id ? next : this.#sources.get(sid));
    let i = 0;
    for (const claim of this.#claims.values()) checkAnchors(claim.anchors, ["claims", i++], lookup, issues);
    i = 0;
    for (const relation of this.#relations.values()) checkAnchors(relation.anchors, ["relations", i++], lookup, issues);
    throwIfAny(issues);
    this.#sources.set(id, next);
    return next;
  }

  /**
   * Removes a claim. Relations that use it as premise or target are its
   * dependents, and so is the thesis mark.
   *
   * @returns What was removed.
   * @throws {@link ArgmapError} `not-found`, or `has-dependents` without `cascade`.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * const removed = map.removeClaim("cheese", { cascade: true });
    * console.log(removed.relations.map((r) => r.id)); // ["a1"]
    * ```
   */
  removeClaim(id: string, options: RemoveOptions = {}): Removed {
    const claim = this.#claims.get(id);
    if (claim === undefined) fail("not-found", ["id"], `no claim ${quoteId(id)}`);
    const direct = [...(this.#premiseIn.get(id) ?? NONE), ...(this.#into.get(id) ?? NONE)].map((r) => r.id);
    if (!options.cascade && (direct.length > 0 || this.#thesis === id)) {
      const what = direct.length > 0 ? `relations ${quoteIds(direct)} use it` : "it is the thesis";
      fail("has-dependents", ["id"], `cannot remove claim ${quoteId(id)}: ${what}; pass { cascade: true } to remove them too`);
    }
    // Drop the claim's own index lists first, so that removing its relations
    // does not search them one by one.
    this.#premiseIn.delete(id);
    this.#into.delete(id);
    const relations = this.#removeRelations(direct);
    this.#claims.delete(id);
    this.#graph?.dropNode(id);
    if (this.#thesis === id) this.#thesis = undefined;
    return { claims: [claim], relations, sources: [] };
  }

  /**
   * Removes a relation. Relations that target it (undercuts and their
   * supports) are its dependents.
   *
   * @returns What was removed.
   * @throws {@link ArgmapError} `not-found`, or `has-dependents` without `cascade`.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * map.removeRelation("a1");
    * ```
   */
  removeRelation(id: string, options: RemoveOptions = {}): Removed {
    if (!this.#relations.has(id)) fail("not-found", ["id"], `no relation ${quoteId(id)}`);
    const dependents = (this.#into.get(id) ?? NONE).map((r) => r.id);
    if (!options.cascade && dependents.length > 0) {
      fail("has-dependents", ["id"], `cannot remove relation ${quoteId(id)}: relations ${quoteIds(dependents)} target it; pass { cascade: true } to remove them too`);
    }
    return { claims: [], relations: this.#removeRelations([id]), sources: [] };
  }

  /**
   * Removes a source. Anchors into it are its dependents; with `cascade`
   * they are removed from their claims and relations.
   *
   * @returns What was removed.
   * @throws {@link ArgmapError} `not-found`, or `has-dependents` without `cascade`.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch").source({ id: "chat", title: "Team chat", text: "Pizza is quick." }).claim("quick", "Pizza is quick.", { quote: "Pizza is quick" }).build();
    * map.removeSource("chat", { cascade: true }); // drops the anchors into it too
    * ```
   */
  removeSource(id: string, options: RemoveOptions = {}): Removed {
    const source = this.#sources.get(id);
    if (source === undefined) fail("not-found", ["id"], `no source ${quoteId(id)}`);
    const users: MapNode[] = [];
    for (const claim of this.#claims.values()) if (claim.anchors?.some((a) => a.source === id)) users.push(claim);
    for (const relation of this.#relations.values()) if (relation.anchors?.some((a) => a.source === id)) users.push(relation);
    if (!options.cascade && users.length > 0) {
      fail("has-dependents", ["id"], `cannot remove source ${quoteId(id)}: ${users.length === 1 ? "a claim or relation is" : `${users.length} claims or relations are`} anchored in it; pass { cascade: true } to drop those anchors`);
    }
    for (const user of users) {
      const anchors = user.anchors!.filter((a) => a.source !== id);
      if (isRelation(user)) this.updateRelation(user.id, { anchors: anchors.length > 0 ? anchors : undefined });
      else this.updateClaim(user.id, { anchors: anchors.length > 0 ? anchors : undefined });
    }
    this.#sources.delete(id);
    return { claims: [], relations: [], sources: [source] };
  }

  // ---------------------------------------------------------------- queries

  /**
   * Support relations that end on a claim or relation: its reasons.
   *
   * @throws {@link ArgmapError} `not-found` for an unknown id.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * for (const reason of map.reasonsFor("t")) console.log(map.premisesOf(reason.id).map((c) => c.text));
    * ```
   */
  reasonsFor(id: string): Readonly<Relation>[] {
    return this.#relationsInto(id, "support");
  }

  /**
   * Attack relations that end on a claim or relation: its objections (on a
   * relation these are undercuts).
   *
   * @throws {@link ArgmapError} `not-found` for an unknown id.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * console.log(map.objectionsTo("t").map((r) => r.id)); // ["a1"]
    * ```
   */
  objectionsTo(id: string): Readonly<Relation>[] {
    return this.#relationsInto(id, "attack");
  }

  /**
   * Rebuttals of an objection: attacks on the premises of an attack relation.
   * Given a claim id, the attacks on that claim.
   *
   * @param id - An attack relation (or a claim that is an objection's premise).
   * @throws {@link ArgmapError} `not-found` for an unknown id.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * map.addClaim({ id: "vegan", text: "The shop makes vegan pizza." });
    * map.addRelation({ id: "r2", type: "attack", from: ["vegan"], to: "cheese" });
    * console.log(map.rebuttalsOf("a1").map((r) => r.id)); // ["r2"]
    * ```
   */
  rebuttalsOf(id: string): Readonly<Relation>[] {
    const relation = this.#relations.get(id);
    if (relation === undefined) return this.#relationsInto(id, "attack");
    const out: Relation[] = [];
    for (const premise of relation.from) for (const r of this.#into.get(premise) ?? NONE) {
      if (r.type === "attack") out.push(r);
    }
    return out;
  }

  /**
   * Undercuts of a relation: attacks that deny that its premises support its
   * conclusion.
   *
   * @throws {@link ArgmapError} `not-found` if no relation has this id.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * map.addClaim({ id: "busy", text: "The shop is busy on Fridays." });
    * map.addRelation({ id: "u1", type: "attack", from: ["busy"], to: "s1" });
    * console.log(map.undercutsOf("s1").map((r) => r.id)); // ["u1"]
    * ```
   */
  undercutsOf(relationId: string): Readonly<Relation>[] {
    if (!this.#relations.has(relationId)) fail("not-found", ["relationId"], `no relation ${quoteId(relationId)}`);
    return this.#relationsInto(relationId, "attack");
  }

  /**
   * All relations that end on a claim or relation, supports and attacks.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * console.log(map.relationsTo("t").length); // 2: a support and an attack
   * ```
   */
  relationsTo(id: string): Readonly<Relation>[] {
    this.#assertNode(id);
    return [...(this.#into.get(id) ?? NONE)];
  }

  /**
   * All relations a claim is a premise of.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * console.log(map.relationsFrom("quick").map((r) => r.to)); // ["t"]
   * ```
   */
  relationsFrom(claimId: string): Readonly<Relation>[] {
    if (!this.#claims.has(claimId)) fail("not-found", ["claimId"], `no claim ${quoteId(claimId)}`);
    return [...(this.#premiseIn.get(claimId) ?? NONE)];
  }

  /**
   * The premise claims of a relation, in order.
   *
   * @throws {@link ArgmapError} `not-found` if no relation has this id.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * console.log(map.premisesOf("s1").map((c) => c.id)); // ["quick"]
    * ```
   */
  premisesOf(relationId: string): Readonly<Claim>[] {
    const relation = this.#relations.get(relationId);
    if (relation === undefined) fail("not-found", ["relationId"], `no relation ${quoteId(relationId)}`);
    return relation.from.map((id) => this.#claims.get(id)!);
  }

  /**
   * What a relation supports or attacks: a claim, or a relation for an undercut.
   *
   * @throws {@link ArgmapError} `not-found` if no relation has this id.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * console.log(map.conclusionOf("s1").id); // "t"
    * ```
   */
  conclusionOf(relationId: string): Readonly<MapNode> {
    const relation = this.#relations.get(relationId);
    if (relation === undefined) fail("not-found", ["relationId"], `no relation ${quoteId(relationId)}`);
    return this.#claims.get(relation.to) ?? this.#relations.get(relation.to)!;
  }

  /**
   * Claims that are a premise of no relation: the top conclusions (the thesis, isolated claims).
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * console.log(map.roots().map((c) => c.id)); // ["t"]
   * ```
   */
  roots(): Readonly<Claim>[] {
    const out: Claim[] = [];
    for (const claim of this.#claims.values()) if (!this.#premiseIn.has(claim.id)) out.push(claim);
    return out;
  }

  /**
   * Claims that no relation supports or attacks: the unargued premises.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * console.log(map.leaves().map((c) => c.id)); // ["quick", "cheese"]
   * ```
   */
  leaves(): Readonly<Claim>[] {
    const out: Claim[] = [];
    for (const claim of this.#claims.values()) if (!this.#into.has(claim.id)) out.push(claim);
    return out;
  }

  /**
   * How many relations separate a claim from the nearest root above it (0
   * for a root); a relation counts itself, so it is one deeper than its
   * conclusion. `undefined` if the id only leads into cycles.
   *
   * @throws {@link ArgmapError} `not-found` for an unknown id.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * console.log(map.depth("t"), map.depth("quick")); // 0 1
    * ```
   */
  depth(id: string): number | undefined {
    this.#assertNode(id);
    // 0-1 breadth-first search upwards: entering a relation costs 1 (from a
    // premise, or from an undercut of it), moving on to the claim a relation
    // concludes costs 0. `now` holds nodes at the current level.
    const seen = new Set<string>();
    let now = [id];
    for (let level = 0; now.length > 0; level++) {
      const next: string[] = [];
      for (let i = 0; i < now.length; i++) {
        const node = now[i]!;
        if (seen.has(node)) continue;
        seen.add(node);
        const relation = this.#relations.get(node);
        if (relation !== undefined) {
          // Into a claim: same level; into a relation (an undercut): one deeper.
          if (this.#relations.has(relation.to)) next.push(relation.to);
          else now.push(relation.to);
          continue;
        }
        const ups = this.#premiseIn.get(node);
        if (ups === undefined) return level + (this.#relations.has(id) ? 1 : 0);
        for (const up of ups) next.push(up.id);
      }
      now = next;
    }
    return undefined;
  }

  /**
   * The shortest chain of inference from one claim or relation to another,
   * following premise → relation → target, both ends included.
   *
   * @returns The claims and relations on the path, or `undefined` if `to` cannot be reached.
   * @throws {@link ArgmapError} `not-found` for an unknown id.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * console.log(map.path("quick", "t")?.map((node) => node.id)); // ["quick", "s1", "t"]
    * ```
   */
  path(from: string, to: string): Readonly<MapNode>[] | undefined {
    this.#assertNode(from);
    this.#assertNode(to);
    const parent = new Map<string, string | null>([[from, null]]);
    const queue = [from];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      if (node === to) {
        const out: MapNode[] = [];
        for (let at: string | null | undefined = node; at != null; at = parent.get(at)) out.push(this.#node(at));
        return out.reverse();
      }
      const relation = this.#relations.get(node);
      const ups = relation === undefined ? (this.#premiseIn.get(node) ?? NONE).map((r) => r.id) : [relation.to];
      for (const up of ups) if (!parent.has(up)) {
        parent.set(up, node);
        queue.push(up);
      }
    }
    return undefined;
  }

  /**
   * Claims and relations that have no anchor in any source.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * const { claims } = map.unanchored();
   * console.log(`${claims.length} claims have no quote yet`);
   * ```
   */
  unanchored(): { readonly claims: Readonly<Claim>[]; readonly relations: Readonly<Relation>[] } {
    const claims: Claim[] = [];
    const relations: Relation[] = [];
    for (const claim of this.#claims.values()) if (!claim.anchors?.length) claims.push(claim);
    for (const relation of this.#relations.values()) if (!relation.anchors?.length) relations.push(relation);
    return { claims, relations };
  }

  /**
   * Counts that describe the map.
   *
   * @example
   * ```ts
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch")
   *   .thesis("t", "We should get pizza.")
   *   .claim("quick", "Pizza is quick.")
   *   .claim("cheese", "Sam cannot eat cheese.")
   *   .support("quick", "t", { id: "s1" })
   *   .attack("cheese", "t", { id: "a1" })
   *   .build();
   * const { claims, supports, attacks, depth } = map.stats();
   * console.log(claims, supports, attacks, depth); // 3 1 1 1
   * ```
   */
  stats(): MapStats {
    let supports = 0;
    let attacks = 0;
    let undercuts = 0;
    let linked = 0;
    let anchors = 0;
    for (const relation of this.#relations.values()) {
      if (relation.type === "support") supports++;
      else if (this.#relations.has(relation.to)) undercuts++;
      else attacks++;
      if (relation.from.length > 1) linked++;
      anchors += relation.anchors?.length ?? 0;
    }
    let roots = 0;
    let leaves = 0;
    let isolated = 0;
    for (const claim of this.#claims.values()) {
      anchors += claim.anchors?.length ?? 0;
      const isRoot = !this.#premiseIn.has(claim.id);
      const isLeaf = !this.#into.has(claim.id);
      if (isRoot) roots++;
      if (isLeaf) leaves++;
      if (isRoot && isLeaf) isolated++;
    }
    return {
      claims: this.#claims.size,
      relations: this.#relations.size,
      sources: this.#sources.size,
      supports,
      attacks,
      undercuts,
      linked,
      anchors,
      roots,
      leaves,
      isolated,
      depth: this.#longestChain(),
    };
  }

  /**
   * The map as a graphology `DirectedGraph` in the AIF style: claim and
   * relation nodes (`kind`), premise and conclusion edges (`role`). It is
   * read-only (mutating methods throw `read-only-graph`) and stays in step
   * with the map. Built on first use.
   *
   * @example
   * ```ts
   * import { bfsFromNode } from "graphology-traversal";
   * import { argmap } from "argmap";
   *
   * const map = argmap("Lunch").thesis("t", "We should get pizza.").claim("quick", "Pizza is quick.").support("quick", "t").build();
   * bfsFromNode(map.graph, "quick", (node, attributes) => console.log(node, attributes.kind));
   * // map.graph.addNode("x", …) does not compile: the graph is read-only.
   * ```
   */
  get graph(): ArgumentGraph {
    if (this.#graphView === undefined) {
      const graph: MutableArgumentGraph = hardenGraph(new DirectedGraph({ allowSelfLoops: false }));
      graph.replaceAttributes(Object.freeze({ title: this.#title }));
      for (const claim of this.#claims.values()) graph.addNode(claim.id, frozenClaimAttributes(claim));
      for (const relation of this.#relations.values()) graph.addNode(relation.id, frozenRelationAttributes(relation));
      for (const relation of this.#relations.values()) {
        for (const premise of relation.from) graph.addEdgeWithKey(premiseEdgeKey(premise, relation.id), premise, relation.id, PREMISE_EDGE);
        graph.addEdgeWithKey(conclusionEdgeKey(relation.id), relation.id, relation.to, CONCLUSION_EDGE);
      }
      this.#graph = graph;
      this.#graphView = readOnlyView(graph);
    }
    return this.#graphView;
  }

  /**
   * A new graph with claims only and one edge per premise → conclusion claim,
   * typed `support` or `attack`, for plain network analysis. An undercut
   * becomes attack edges (`undercut: true`) from its premises to the
   * conclusion of the relation it attacks.
    *
    * @example
    * ```ts
    * import { argmap } from "argmap";
    *
    * const map = argmap("Lunch")
    *   .thesis("t", "We should get pizza.")
    *   .claim("quick", "Pizza is quick.")
    *   .claim("cheese", "Sam cannot eat cheese.")
    *   .support("quick", "t", { id: "s1" })
    *   .attack("cheese", "t", { id: "a1" })
    *   .build();
    * const graph = map.claimGraph();
    * graph.forEachEdge((edge, attributes, source, target) => console.log(source, attributes.type, target));
    * ```
   */
  claimGraph(): ClaimGraph {
    const graph: ClaimGraph = hardenGraph(new MultiDirectedGraph({ allowSelfLoops: true }));
    graph.replaceAttributes({ title: this.#title });
    for (const claim of this.#claims.values()) graph.addNode(claim.id, claimAttributes(claim));
    const finals = new Map<string, string | null>();
    for (const relation of this.#relations.values()) {
      const target = this.#finalClaim(relation, finals);
      if (target === undefined) continue;
      const undercut = target !== relation.to;
      for (const premise of relation.from) {
        graph.addEdge(premise, target, { type: relation.type, relation: relation.id, undercut, weight: relation.weight ?? 1 });
      }
    }
    return graph;
  }

  // ---------------------------------------------------------------- internals

  #parse<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: import("zod/v4").ZodError } }, value: unknown, what: string): T {
    const issues: ArgmapIssue[] = [];
    if (value !== null && typeof value === "object" && "meta" in value) {
      const meta = (value as { meta?: unknown }).meta;
      if (meta !== undefined) checkJsonValue(meta, [what, "meta"], issues);
      throwIfAny(issues);
    }
    const result = schema.safeParse(value);
    if (!result.success) throwIfAny(fromZodIssues(result.error, [what]));
    // The input, not zod's copy: zod drops keys such as "__proto__" in meta.
    // The canonical copy taken next shares nothing with the caller.
    return value as T;
  }

  #assertNewId(id: string, what: string): void {
    if (this.has(id)) fail("duplicate-id", [what, "id"], `id ${quoteId(id)} is already used by a ${this.kindOf(id)!}; ids are unique across claims, relations and sources`);
  }

  #assertBy(by: readonly string[] | undefined, what: string): void {
    const issues: ArgmapIssue[] = [];
    checkBy(by, [what], (id) => this.#participants?.has(id) ?? false, issues);
    throwIfAny(issues);
  }

  #assertAnchors(anchors: Claim["anchors"], what: string): void {
    const issues: ArgmapIssue[] = [];
    checkAnchors(anchors, [what], (id) => this.#sources.get(id), issues);
    throwIfAny(issues);
  }

  #assertEndpoints(relation: Relation): void {
    const issues: ArgmapIssue[] = [];
    const lookup: EndpointLookup = { isClaim: (id) => this.#claims.has(id), isRelation: (id) => this.#relations.has(id) || id === relation.id };
    checkEndpoints(relation, ["relation"], lookup, issues);
    throwIfAny(issues);
  }

  #assertNode(id: string): void {
    if (!this.#claims.has(id) && !this.#relations.has(id)) fail("not-found", ["id"], `no claim or relation ${quoteId(id)}`);
  }

  #node(id: string): MapNode {
    return this.#claims.get(id) ?? this.#relations.get(id)!;
  }

  #relationsInto(id: string, type: Relation["type"]): Relation[] {
    this.#assertNode(id);
    const out: Relation[] = [];
    for (const relation of this.#into.get(id) ?? NONE) {
      if (relation.type === type) out.push(relation);
    }
    return out;
  }

  /** Whether following targets from relation `start` leads to relation `goal`. */
  #reaches(start: string, goal: string): boolean {
    const seen = new Set<string>();
    let at: string | undefined = start;
    while (at !== undefined && this.#relations.has(at) && !seen.has(at)) {
      if (at === goal) return true;
      seen.add(at);
      at = this.#relations.get(at)!.to;
    }
    return false;
  }

  /**
   * The claim a relation finally bears on, following undercut chains.
   * `memo` (relation id → claim, or null on a cycle) keeps long chains linear.
   */
  #finalClaim(relation: Relation, memo: Map<string, string | null>): string | undefined {
    const trail: string[] = [];
    const seen = new Set<string>();
    let to = relation.to;
    let result: string | null;
    for (;;) {
      const known = memo.get(to);
      if (known !== undefined) {
        result = known;
        break;
      }
      const next = this.#relations.get(to);
      if (next === undefined) {
        result = to;
        break;
      }
      if (seen.has(to)) {
        result = null;
        break;
      }
      seen.add(to);
      trail.push(to);
      to = next.to;
    }
    for (const id of trail) memo.set(id, result);
    return result ?? undefined;
  }

  /** Target id → the relations that end on it (built on first use). */
  get #into(): Map<string, Relation[]> {
    return (this.#relationIndexes ??= this.#buildRelationIndexes()).into;
  }

  /** Claim id → the relations it is a premise of (built on first use). */
  get #premiseIn(): Map<string, Relation[]> {
    return (this.#relationIndexes ??= this.#buildRelationIndexes()).premiseIn;
  }

  #buildRelationIndexes(): { readonly into: Map<string, Relation[]>; readonly premiseIn: Map<string, Relation[]> } {
    const into = new Map<string, Relation[]>();
    const premiseIn = new Map<string, Relation[]>();
    for (const relation of this.#relations.values()) {
      pushTo(into, relation.to, relation);
      for (const premise of relation.from) pushTo(premiseIn, premise, relation);
    }
    return { into, premiseIn };
  }

  #index(relation: Relation): void {
    pushTo(this.#into, relation.to, relation);
    for (const premise of relation.from) pushTo(this.#premiseIn, premise, relation);
  }

  #unindex(relation: Relation): void {
    pullFrom(this.#into, relation.to, relation);
    for (const premise of relation.from) pullFrom(this.#premiseIn, premise, relation);
  }

  /** Removes relations and, transitively, the relations that target them. */
  #removeRelations(ids: readonly string[]): Relation[] {
    const order: string[] = [];
    const seen = new Set<string>();
    const stack = [...ids];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      order.push(id);
      for (const dependent of this.#into.get(id) ?? NONE) stack.push(dependent.id);
    }
    const removed: Relation[] = [];
    for (const id of order) {
      const relation = this.#relations.get(id)!;
      this.#unindex(relation);
      this.#relations.delete(id);
      this.#into.delete(id);
      this.#graph?.dropNode(id);
      removed.push(relation);
    }
    return removed;
  }

  /** Longest chain of relations from a leaf to a root, on the acyclic part. */
  #longestChain(): number {
    // Kahn's algorithm from leaves upwards over claim and relation nodes;
    // nodes on cycles are never released and so are ignored.
    const pending = new Map<string, number>();
    const level = new Map<string, number>();
    const queue: string[] = [];
    for (const id of this.#claims.keys()) {
      const n = this.#into.get(id)?.length ?? 0;
      pending.set(id, n);
      if (n === 0) {
        queue.push(id);
        level.set(id, 0);
      }
    }
    for (const relation of this.#relations.values()) {
      pending.set(relation.id, relation.from.length + (this.#into.get(relation.id)?.length ?? 0));
    }
    let best = 0;
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      const here = level.get(node)!;
      if (here > best) best = here;
      const relation = this.#relations.get(node);
      const ups = relation === undefined ? (this.#premiseIn.get(node) ?? NONE).map((r) => r.id) : [relation.to];
      // Entering a relation costs one level, from a premise or from an undercut.
      const step = relation === undefined || this.#relations.has(relation.to) ? 1 : 0;
      for (const up of ups) {
        level.set(up, Math.max(level.get(up) ?? 0, here + step));
        const left = pending.get(up)! - 1;
        pending.set(up, left);
        if (left === 0) queue.push(up);
      }
    }
    return best;
  }
}


function pushTo<V>(index: Map<string, V[]>, key: string, value: V): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [value]);
  // A push (and a spread) makes room for 16 more entries: most lists hold
  // one to a few relations, so short ones are copied at their exact size
  // instead (a map of a million claims keeps about 300 MB less).
  else if (list.length < 8) index.set(key, list.concat([value]));
  else list.push(value);
}

function pullFrom<V>(index: Map<string, V[]>, key: string, value: V): void {
  const list = index.get(key);
  if (list === undefined) return;
  const at = list.indexOf(value);
  if (at >= 0) list.splice(at, 1);
  if (list.length === 0) index.delete(key);
}

function applyPatch<T extends { id: string }>(current: T, patch: object, id: string): T {
  if (patch === null || typeof patch !== "object") fail("invalid-type", ["patch"], "patch must be an object");
  if ("id" in patch && (patch as { id: unknown }).id !== id) fail("invalid-value", ["patch", "id"], "ids cannot be changed; remove and add instead");
  const next: Record<string, unknown> = { ...current };
  for (const key of Object.keys(patch)) {
    const value = (patch as Record<string, unknown>)[key];
    if (value === undefined) delete next[key];
    else defineData(next, key, value); // "__proto__" stays a (rejected) key, not a prototype
  }
  return next as T;
}

function throwIfAny(issues: ArgmapIssue[]): void {
  if (issues.length > 0) throw new ArgmapError(issues as [ArgmapIssue, ...ArgmapIssue[]]);
}

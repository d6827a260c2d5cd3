import { quoteId } from "../internal/quote-ids.js";
import { fail } from "../errors.js";
import type { Anchor, Claim, Relation, RelationType, Source } from "../schema/document.js";
import { findAnchor } from "./anchor.js";
import { ArgumentMap } from "./argument-map.js";

/** Where a claim or relation comes from, as exact words of a source. */
export interface QuoteOptions {
  /**
   * Exact words of the source; each becomes an anchor (see {@link findAnchor}).
   * Added after any `anchors` given.
   */
  readonly quote?: string | readonly string[];
  /**
   * Source the quotes come from.
   *
   * @defaultValue the last source added with text
   */
  readonly source?: string;
}

/** Optional fields of a claim added with {@link MapBuilder.claim}. */
export type ClaimOptions = Omit<Claim, "id" | "text"> & QuoteOptions;

/** Optional fields of a relation added with {@link MapBuilder.support} or {@link MapBuilder.attack}. */
export type RelationOptions = Omit<Relation, "id" | "type" | "from" | "to"> & QuoteOptions & {
  /**
   * The relation's id.
   *
   * @defaultValue the next free id of the form `r1`, `r2`, …
   */
  readonly id?: string;
};

/** Options of {@link argmap} and the {@link MapBuilder} constructor. */
export interface BuilderOptions {
  /** A longer description of the map. */
  readonly description?: string;
  /** The language of the map's text, a BCP 47 tag (format 1.1). */
  readonly language?: string;
}

/**
 * Authors a map in code, one call per claim or relation. Every call is
 * checked at once, so a mistake throws where it is made.
 * Start one with {@link argmap}.
 */
export class MapBuilder {
  /** The map being built. */
  readonly map: ArgumentMap;
  #quoteSource: string | undefined;
  #nextId = 1;

  /**
   * @param title - The map's title.
   * @param options - The map's description and language (a BCP 47 tag).
   */
  constructor(title: string, options: BuilderOptions = {}) {
    this.map = new ArgumentMap({ title, description: options.description, language: options.language });
  }

  /**
   * Sets the language of the map's text (format 1.1).
   *
   * @param tag - A BCP 47 tag such as `"en"` or `"de-CH"`.
   * @throws {@link ArgmapError} `invalid-language` for a malformed tag.
   */
  language(tag: string): this {
    this.map.setLanguage(tag);
    return this;
  }

  /**
   * Adds a participant, whom claims and relations can name in `by` (format 1.1).
   *
   * @param id - The participant's id, unique among participants.
   * @param name - The name shown for them.
   * @param role - Their part in the discussion, e.g. `"moderator"`.
   * @throws {@link ArgmapError} `duplicate-id` or schema errors.
   */
  participant(id: string, name: string, role?: string): this {
    this.map.addParticipant(role === undefined ? { id, name } : { id, name, role });
    return this;
  }

  /** Adds a source; later quotes default to the last source with text. */
  source(source: Source): this {
    this.map.addSource(source);
    if (source.text !== undefined) this.#quoteSource = source.id;
    return this;
  }

  /** Adds a claim. */
  claim(id: string, text: string, options: ClaimOptions = {}): this {
    const { quote, source, ...rest } = options;
    const claim: Claim = { id, text, ...rest };
    const anchors = this.#anchors(rest.anchors, quote, source);
    if (anchors !== undefined) claim.anchors = anchors;
    this.map.addClaim(claim);
    return this;
  }

  /** Adds a claim and marks it as the thesis. */
  thesis(id: string, text: string, options: ClaimOptions = {}): this {
    this.claim(id, text, options);
    this.map.setThesis(id);
    return this;
  }

  /**
   * Adds a support: `from` (one premise, or several linked premises) is a
   * reason for `to` (a claim, or a relation).
   */
  support(from: string | readonly string[], to: string, options: RelationOptions = {}): this {
    return this.#relation("support", from, to, options);
  }

  /**
   * Adds an attack: `from` counts against `to`. When `to` is a relation,
   * this is an undercut.
   */
  attack(from: string | readonly string[], to: string, options: RelationOptions = {}): this {
    return this.#relation("attack", from, to, options);
  }

  /** Returns the map. */
  build(): ArgumentMap {
    return this.map;
  }

  #relation(type: RelationType, from: string | readonly string[], to: string, options: RelationOptions): this {
    const { quote, source, id, ...rest } = options;
    // A failed call must not use up a generated id.
    const mark = this.#nextId;
    try {
      const relation: Relation = { id: id ?? this.#freshId(), type, from: typeof from === "string" ? [from] : [...from], to, ...rest };
      const anchors = this.#anchors(rest.anchors, quote, source);
      if (anchors !== undefined) relation.anchors = anchors;
      this.map.addRelation(relation);
    } catch (error) {
      this.#nextId = mark;
      throw error;
    }
    return this;
  }

  #anchors(given: readonly Anchor[] | undefined, quote: string | readonly string[] | undefined, sourceId: string | undefined): Anchor[] | undefined {
    if (quote === undefined) return given === undefined ? undefined : [...given];
    const id = sourceId ?? this.#quoteSource;
    if (id === undefined) fail("anchor-unknown-source", ["source"], "a quote needs a source: add a source with text first, or name one with { source }");
    const source = this.map.source(id);
    if (source === undefined) fail("anchor-unknown-source", ["source"], `no source ${quoteId(id)}`);
    const quotes = typeof quote === "string" ? [quote] : quote;
    return [...(given ?? []), ...quotes.map((q) => findAnchor(source, q))];
  }

  #freshId(): string {
    let id: string;
    do id = `r${this.#nextId++}`;
    while (this.map.has(id));
    return id;
  }
}

/**
 * Starts building a map in code.
 *
 * @param title - The map's title.
 * @example
 * ```ts
 * const map = argmap("Lunch")
 *   .thesis("t", "We should get pizza.")
 *   .claim("quick", "Pizza is quick.")
 *   .claim("cheese", "Sam cannot eat cheese.")
 *   .support("quick", "t")
 *   .attack("cheese", "t")
 *   .build();
 * ```
 */
export function argmap(title: string, options: BuilderOptions = {}): MapBuilder {
  return new MapBuilder(title, options);
}

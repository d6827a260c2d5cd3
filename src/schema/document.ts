import * as z from "zod/v4";

/**
 * An identifier of a claim, relation or source. Any non-empty string is
 * allowed, including `__proto__` and `constructor`. Ids are unique across
 * claims, relations and sources together.
  *
  * @example
  * ```ts
  * import { IdSchema } from "argmap";
  *
  * IdSchema.safeParse("__proto__").success; // true: any non-empty string
  * IdSchema.safeParse("").success; // false
  * ```
 */
export const IdSchema = z
  .string()
  .min(1, { message: "ids must be non-empty strings" })
  .describe("A non-empty id, unique across claims, relations and sources.");

/**
 * Ties a claim or relation to the exact words of a source:
 * `source.text.slice(start, end) === quote` (UTF-16 offsets).
  *
  * @example
  * ```ts
  * import { AnchorSchema, type Anchor } from "argmap";
  *
  * const anchor: Anchor = AnchorSchema.parse({ source: "chat", start: 0, end: 5, quote: "Pizza" });
  * ```
 */
export const AnchorSchema = z.strictObject({
  /** Id of the source the quote comes from. */
  source: IdSchema.describe("Id of the source the quote comes from."),
  /** Start offset (inclusive) in the source text, in UTF-16 code units. */
  start: z.number().int().nonnegative().describe("Start offset (inclusive) in the source text, in UTF-16 code units."),
  /** End offset (exclusive) in the source text, in UTF-16 code units. */
  end: z.number().int().nonnegative().describe("End offset (exclusive) in the source text, in UTF-16 code units."),
  /** The exact words of the source between `start` and `end`. */
  quote: z.string().describe("The exact words of the source between start and end."),
});

/**
 * Free-form JSON data that argmap keeps but does not interpret.
 *
 * @example
 * ```ts
 * import { MetaSchema } from "argmap";
 *
 * MetaSchema.safeParse({ votes: { up: 3 }, reviewed: true }).success; // true
 * ```
 */
export const MetaSchema = z.record(z.string(), z.json()).describe("Free-form JSON data that argmap keeps but does not interpret.");

/**
 * A text the map's claims are drawn from: an article, a transcript, a book.
 *
 * @example
 * ```ts
 * import { SourceSchema } from "argmap";
 *
 * const result = SourceSchema.safeParse({ id: "chat", title: "Team chat", published: "2024-05-03" });
 * console.log(result.success); // true
 * ```
 */
export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: z.string(),
  url: z.string().optional(),
  author: z.string().optional(),
  /** Publication date, preferably ISO 8601 (`2024-05-01`). */
  published: z.string().optional().describe("Publication date, preferably ISO 8601."),
  /** The full text; when present, anchors into it are checked. */
  text: z.string().optional().describe("The full text; when present, anchors into it are checked."),
});

/**
 * Whether a string is a well-formed BCP 47 language tag (`en`, `de-CH`,
 * `zh-Hant-TW`), as `Intl.getCanonicalLocales` judges it.
 */
function isLanguageTag(tag: string): boolean {
  if (tag === "") return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * A BCP 47 language tag such as `en`, `de-CH` or `zh-Hant-TW` (format 1.1).
 * A malformed tag is an `invalid-language` issue.
  *
  * @example
  * ```ts
  * import { LanguageSchema } from "argmap";
  *
  * LanguageSchema.safeParse("de-CH").success; // true
  * LanguageSchema.safeParse("de_CH").success; // false
  * ```
 */
export const LanguageSchema = z
  .string()
  .refine(isLanguageTag, { message: "not a BCP 47 language tag (such as \"en\", \"de-CH\" or \"zh-Hant-TW\")", params: { argmap: "invalid-language" } })
  .describe("A BCP 47 language tag, e.g. en, de-CH, zh-Hant-TW.");

/** Who asserts a claim or relation: ids of participants, in order (format 1.1). */
export const ByListSchema = z.array(IdSchema).describe("Ids of the participants who assert it (format 1.1).");

/**
 * A person or party taking part in the discussion a map records: a speaker
 * in a debate, an author of a comment (format 1.1). Participant ids are
 * unique among participants; they may equal a claim's id.
  *
  * @example
  * ```ts
  * import { ParticipantSchema, type Participant } from "argmap";
  *
  * const ann: Participant = ParticipantSchema.parse({ id: "ann", name: "Ann", role: "moderator" });
  * ```
 */
export const ParticipantSchema = z.strictObject({
  id: IdSchema.describe("A non-empty id, unique among participants."),
  /** The name shown for the participant. */
  name: z.string().describe("The name shown for the participant."),
  /** Their part in the discussion, e.g. `"moderator"`, `"proponent"`. */
  role: z.string().optional().describe("Their part in the discussion, e.g. moderator, proponent."),
});

/**
 * What holds a non-space character. The same pattern is the JSON Schema's
 * `pattern` of a claim's text, and tells {@link ClaimTextSchema}'s issue
 * apart from other format issues.
 *
 * @internal
 */
export const NON_SPACE = /\S/;

/** The message of an `empty-text` issue. @internal */
export const EMPTY_TEXT_MESSAGE = "a claim's text is empty or only white space; write what the claim says";

/**
 * A claim's text: a string with at least one character that is not white
 * space (as JavaScript's `\s` counts it). An empty or blank text is an
 * `empty-text` issue.
 *
 * @internal
 */
export const ClaimTextSchema = z
  .string()
  .regex(NON_SPACE, { message: EMPTY_TEXT_MESSAGE })
  .describe("What the claim says: at least one character that is not white space.");

/**
 * A statement that can be supported or attacked.
 *
 * @example
 * ```ts
 * import { z } from "zod/v4";
 * import { ClaimSchema } from "argmap";
 *
 * // argmap's schemas compose with your own.
 * const Rated = z.object({ claim: ClaimSchema, stars: z.number().int().min(1).max(5) });
 * Rated.parse({ claim: { id: "a", text: "Pizza is quick.", title: "Speed" }, stars: 4 });
 * ```
 */
export const ClaimSchema = z.strictObject({
  id: IdSchema,
  /** A short label for the claim, as Argdown's `[Title]: text` (format 1.1). */
  title: z.string().optional().describe("A short label, as Argdown's [Title]: text (format 1.1)."),
  /** What the claim says: at least one character that is not white space. */
  text: ClaimTextSchema,
  /** The claim's language when it differs from the document's (format 1.1). */
  language: LanguageSchema.optional().describe("The claim's language, when it differs from the document's (format 1.1)."),
  /** Who asserts the claim: participant ids (format 1.1). */
  by: ByListSchema.optional(),
  tags: z.array(z.string()).optional(),
  anchors: z.array(AnchorSchema).optional(),
  /** Prior strength for gradual semantics, 0..1 (default 0.5). */
  base: z.number().min(0).max(1).optional().describe("Prior strength for gradual semantics, 0..1 (default 0.5)."),
  note: z.string().optional(),
  meta: MetaSchema.optional(),
});

/**
 * Whether a relation gives a reason for its target or counts against it.
 *
 * @example
 * ```ts
 * import { RelationTypeSchema } from "argmap";
 *
 * console.log(RelationTypeSchema.options); // ["support", "attack"]
 * ```
 */
export const RelationTypeSchema = z.enum(["support", "attack"]);

/**
 * An inference from one or more premises to a claim or (for an undercut) to
 * another relation. Several premises in one relation are linked: they only
 * work together.
  *
  * @example
  * ```ts
  * import { RelationSchema } from "argmap";
  *
  * const result = RelationSchema.safeParse({ id: "r1", type: "support", from: [], to: "t" });
  * if (!result.success) console.log(result.error.issues[0]?.path); // ["from"]: at least one premise
  * ```
 */
export const RelationSchema = z.strictObject({
  id: IdSchema,
  type: RelationTypeSchema,
  /** Premise claim ids (at least one; several means linked premises). */
  from: z
    .array(IdSchema)
    .min(1, { message: "a relation needs at least one premise" })
    .describe("Premise claim ids; several premises are linked (they only work together)."),
  /** The claim or relation this relation supports or attacks. */
  to: IdSchema.describe("The claim this relation supports or attacks, or the relation it undercuts."),
  /** Who asserts the inference: participant ids (format 1.1). */
  by: ByListSchema.optional(),
  /** Scales the relation's effect in gradual semantics, 0..1 (default 1). */
  weight: z.number().min(0).max(1).optional().describe("Scales the relation in gradual semantics, 0..1 (default 1)."),
  label: z.string().optional(),
  /** Argumentation scheme, e.g. `"expert-opinion"`. */
  scheme: z.string().optional().describe("Argumentation scheme, e.g. expert-opinion."),
  anchors: z.array(AnchorSchema).optional(),
  note: z.string().optional(),
  meta: MetaSchema.optional(),
});

/**
 * The format versions this release reads: `1` (format 1.0) and `"1.1"`
 * (adds `language`, `participants`, `$schema`, and claim `title`,
 * `language` and `by`, relation `by`). A version-1 document that uses a
 * 1.1 field is an error.
  *
  * @example
  * ```ts
  * import { FormatVersionSchema } from "argmap";
  *
  * FormatVersionSchema.safeParse("1.1").success; // true
  * FormatVersionSchema.safeParse(1.1).success; // false: 1.1 is written as a string
  * ```
 */
export const FormatVersionSchema = z.union([z.literal(1), z.literal("1.1")]).describe('The format version: 1 (format 1.0) or "1.1".');

/**
 * The argmap JSON document, format version 1 or 1.1.
 *
 * @example
 * ```ts
 * import { ArgumentMapDocumentSchema } from "argmap";
 *
 * const result = ArgumentMapDocumentSchema.safeParse({ format: "argmap", version: "1.1", title: "Lunch", language: "en", sources: [], claims: [], relations: [] });
 * console.log(result.success); // true; parseArgumentMap also checks references
 * ```
 */
export const ArgumentMapDocumentSchema = z.strictObject({
  /** The JSON Schema the document follows, for editors (format 1.1). */
  $schema: z.string().optional().describe("The JSON Schema the document follows, for editors (format 1.1)."),
  format: z.literal("argmap"),
  version: FormatVersionSchema,
  title: z.string(),
  description: z.string().optional(),
  /** The language of the map's text (format 1.1). */
  language: LanguageSchema.optional().describe("The language of the map's text (format 1.1)."),
  /** The main conclusion of the map, if it has one. */
  thesis: IdSchema.optional().describe("Id of the main conclusion, if the map has one."),
  /** The people or parties whose claims the map records (format 1.1). */
  participants: z.array(ParticipantSchema).optional().describe("The people or parties whose claims the map records (format 1.1)."),
  sources: z.array(SourceSchema),
  claims: z.array(ClaimSchema),
  relations: z.array(RelationSchema),
});

/** A claim, relation or source id. */
export type Id = z.infer<typeof IdSchema>;
/** See {@link AnchorSchema}. */
export type Anchor = z.infer<typeof AnchorSchema>;
/** A JSON value kept in `meta`. */
export type JsonValue = z.infer<typeof MetaSchema>[string];
/** See {@link MetaSchema}. */
export type Meta = z.infer<typeof MetaSchema>;
/** See {@link SourceSchema}. */
export type Source = z.infer<typeof SourceSchema>;
/** See {@link ClaimSchema}. */
export type Claim = z.infer<typeof ClaimSchema>;
/** `"support"` or `"attack"`. */
export type RelationType = z.infer<typeof RelationTypeSchema>;
/** See {@link RelationSchema}. */
export type Relation = z.infer<typeof RelationSchema>;
/** See {@link ParticipantSchema}. */
export type Participant = z.infer<typeof ParticipantSchema>;
/** A participant's id. */
export type ParticipantId = Participant["id"];
/** `1` (format 1.0) or `"1.1"`. */
export type FormatVersion = z.infer<typeof FormatVersionSchema>;
/** See {@link ArgumentMapDocumentSchema}. */
export type ArgumentMapDocument = z.infer<typeof ArgumentMapDocumentSchema>;

/**
 * The newest format version this release reads and writes. `toJSON()`
 * writes it when a map uses a field of that version and `1` otherwise.
  *
  * @example
  * ```ts
  * import { argmap, FORMAT_VERSION } from "argmap";
  *
  * const doc = argmap("Lunch").language("en").build().toJSON();
  * console.log(doc.version === FORMAT_VERSION); // true: the map uses a 1.1 field
  * ```
 */
export const FORMAT_VERSION = "1.1" satisfies FormatVersion;

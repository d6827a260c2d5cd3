import { z } from "zod";

/**
 * An identifier of a claim, relation or source. Any non-empty string is
 * allowed, including `__proto__` and `constructor`. Ids are unique across
 * claims, relations and sources together.
 */
export const IdSchema = z
  .string()
  .min(1, { message: "ids must be non-empty strings" })
  .describe("A non-empty id, unique across claims, relations and sources.");

/**
 * Ties a claim or relation to the exact words of a source:
 * `source.text.slice(start, end) === quote` (UTF-16 offsets).
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

/** Free-form JSON data that argmap keeps but does not interpret. */
export const MetaSchema = z.record(z.string(), z.json()).describe("Free-form JSON data that argmap keeps but does not interpret.");

/** A text the map's claims are drawn from: an article, a transcript, a book. */
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

/** A statement that can be supported or attacked. */
export const ClaimSchema = z.strictObject({
  id: IdSchema,
  text: z.string(),
  tags: z.array(z.string()).optional(),
  anchors: z.array(AnchorSchema).optional(),
  /** Prior strength for gradual semantics, 0..1 (default 0.5). */
  base: z.number().min(0).max(1).optional().describe("Prior strength for gradual semantics, 0..1 (default 0.5)."),
  note: z.string().optional(),
  meta: MetaSchema.optional(),
});

/** Whether a relation gives a reason for its target or counts against it. */
export const RelationTypeSchema = z.enum(["support", "attack"]);

/**
 * An inference from one or more premises to a claim or (for an undercut) to
 * another relation. Several premises in one relation are linked: they only
 * work together.
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
  /** Scales the relation's effect in gradual semantics, 0..1 (default 1). */
  weight: z.number().min(0).max(1).optional().describe("Scales the relation in gradual semantics, 0..1 (default 1)."),
  label: z.string().optional(),
  /** Argumentation scheme, e.g. `"expert-opinion"`. */
  scheme: z.string().optional().describe("Argumentation scheme, e.g. expert-opinion."),
  anchors: z.array(AnchorSchema).optional(),
  note: z.string().optional(),
  meta: MetaSchema.optional(),
});

/** The argmap JSON document, format version 1. */
export const ArgumentMapDocumentSchema = z.strictObject({
  format: z.literal("argmap"),
  version: z.literal(1),
  title: z.string(),
  description: z.string().optional(),
  /** The main conclusion of the map, if it has one. */
  thesis: IdSchema.optional().describe("Id of the main conclusion, if the map has one."),
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
/** See {@link ArgumentMapDocumentSchema}. */
export type ArgumentMapDocument = z.infer<typeof ArgumentMapDocumentSchema>;

/** The format version this release reads and writes. */
export const FORMAT_VERSION = 1;

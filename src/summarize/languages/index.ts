/**
 * @internal The summary languages and how a language is chosen.
 * @module
 */
import { ArgmapError, issue } from "../../errors.js";
import { de } from "./de.js";
import { en } from "./en.js";
import type { SummaryLanguage } from "./types.js";

export type { SummaryLanguage } from "./types.js";

/** Every language summaries are written in, by primary subtag. */
const LANGUAGES: ReadonlyMap<string, SummaryLanguage> = new Map([
  ["en", en],
  ["de", de],
]);

/**
 * The languages summaries can be written in, as primary BCP 47 subtags:
 * the values the `language` option of {@link summarize} and the renderers
 * accepts (a longer tag such as `"de-CH"` works through its first subtag).
 *
 * @example
 * ```ts
 * import { SUMMARY_LANGUAGES } from "argmap";
 *
 * console.log(SUMMARY_LANGUAGES.includes("de")); // true
 * ```
 */
export const SUMMARY_LANGUAGES: readonly string[] = Object.freeze([...LANGUAGES.keys()]);

/** The primary subtag of a BCP 47 tag, lower case: `"de-CH"` → `"de"`. */
export function primaryTag(tag: string): string {
  return tag.trim().split(/[-_]/)[0]!.toLowerCase();
}

/**
 * The language table for a tag. `explicit` tags that argmap cannot write
 * are an error; a map's own `language` that it cannot write falls back to
 * English.
 */
export function languageFor(tag: string | undefined, explicit: boolean, path: (string | number)[] = ["language"]): SummaryLanguage {
  if (tag === undefined) return en;
  const table = typeof tag === "string" ? LANGUAGES.get(primaryTag(tag)) : undefined;
  if (table !== undefined) return table;
  if (!explicit) return en;
  throw new ArgmapError([issue("invalid-option", path, `summaries are written in ${SUMMARY_LANGUAGES.join(", ")}; not in ${JSON.stringify(tag)}`)]);
}

import { quoteId } from "../internal/quote-ids.js";
import { fail } from "../errors.js";
import type { Anchor, Source } from "../schema/document.js";

/**
 * Finds the exact words `quote` in a source's text and returns the anchor
 * for them.
 *
 * @param source - A source with `text`.
 * @param quote - Words that occur exactly once in the text.
 * @returns `{ source, start, end, quote }`.
 * @throws {@link ArgmapError} `anchor-mismatch` if the quote is not in the
 * text (or the source has none), `anchor-ambiguous` if it occurs more than
 * once (write the anchor out with its offsets then).
 * @example
 * ```ts
 * findAnchor({ id: "s", title: "T", text: "Cats purr. Dogs bark." }, "Dogs bark");
 * // { source: "s", start: 11, end: 20, quote: "Dogs bark" }
 * ```
 */
export function findAnchor(source: Readonly<Source>, quote: string): Anchor {
  const text = source.text;
  if (text === undefined) fail("anchor-mismatch", ["quote"], `source ${quoteId(source.id)} has no text to quote from`);
  if (quote.length === 0) fail("anchor-mismatch", ["quote"], "cannot anchor an empty quote");
  const start = text.indexOf(quote);
  if (start < 0) fail("anchor-mismatch", ["quote"], `${quoteId(quote)} does not occur in source ${quoteId(source.id)}`);
  const again = text.indexOf(quote, start + 1);
  if (again >= 0) fail("anchor-ambiguous", ["quote"], `${quoteId(quote)} occurs more than once in source ${quoteId(source.id)} (at ${start} and ${again}); quote more words or give the anchor's offsets`);
  return { source: source.id, start, end: start + quote.length, quote };
}

import document from "../../examples/ukraine-japan/ukraine-japan.argmap.json" with { type: "json" };
import { ArgumentMap } from "../map/argument-map.js";

/**
 * Id of the article's source in {@link ukraineJapan}.
 *
 * @example
 * ```ts
 * import { ukraineJapan, UKRAINE_JAPAN_SOURCE_ID } from "argmap/datasets";
 *
 * const article = ukraineJapan().source(UKRAINE_JAPAN_SOURCE_ID);
 * console.log(article?.title);
 * ```
 */
export const UKRAINE_JAPAN_SOURCE_ID = "article";

/**
 * The Ukraine–Japan worked example: an argument map of a short article on
 * whether Japan's easing of its arms export rules could open a path to
 * defense supplies for Ukraine. Every claim and relation is anchored in the
 * article's exact words ({@link UKRAINE_JAPAN_ARTICLE}).
 *
 * The map has two top-level conclusions: the thesis (`thesis`, an eventual
 * path to supplies) and the article's framing (`framing`, a sign of a
 * cautious actor rethinking its support rather than a procurement
 * breakthrough). It uses linked premises (`r-rethinking`,
 * `u-broadens`), an undercut of a reason (`u-not-automatic`) and undercuts
 * of counter-considerations (`u-compatible`, `u-practical-value`,
 * `u-broadens`). docs/examples/ukraine-japan.md explains each choice.
 *
 * @returns A new map on every call; changing it does not affect later calls.
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * const map = ukraineJapan();
 * map.reasonsFor(map.thesis!).length; // 6
 * ```
 */
export function ukraineJapan(): ArgumentMap {
  return ArgumentMap.fromJSON(document);
}

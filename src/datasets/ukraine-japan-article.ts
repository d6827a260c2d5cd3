/**
 * The text of the article the Ukraine–Japan map is drawn from, byte for byte
 * (ASCII, lines ending in \n, including the article's own spellings such as
 * "Japans" and "know how"). Anchors in the map are offsets into this string.
  *
  * @example
  * ```ts
  * import { UKRAINE_JAPAN_ARTICLE } from "argmap/datasets";
  *
  * console.log(UKRAINE_JAPAN_ARTICLE.split("\n\n").length, "paragraphs");
  * ```
 */
export const UKRAINE_JAPAN_ARTICLE: string =
  "Ukraine is assessing whether Japans recent easing of arms export rules could eventually open a path to defense supplies from Tokyo. The discussion matters less as an immediate procurement breakthrough and more as a sign that one of the worlds most cautious security actors is slowly rethinking how it supports partners under pressure.\n" +
  "For years Japan maintained tight limits on weapons exports, reflecting both legal constraints and a political culture shaped by postwar pacifism. That framework has now become more flexible, allowing Tokyo to consider broader forms of defense cooperation with friendly states. For Kyiv, this creates a new strategic question: whether Japanese technology, equipment, or specialized systems might become part of a longer term security relationship.\n" +
  "Why the policy change matters\n" +
  "- Japan could become another potential source of advanced defense equipment and industrial know how.\n" +
  "- Ukraine would gain more room to diversify supply channels beyond its traditional partners.\n" +
  "- The shift signals wider international readiness to support Ukrainian defense needs in new formats.\n" +
  "- Even limited cooperation could strengthen long term technological ties between Kyiv and Tokyo.\n" +
  "At the same time, the opening should not be overstated. A softer export framework does not automatically mean weapons transfers will begin quickly. Japanese authorities would still need to weigh legal interpretations, domestic politics, alliance considerations, and the exact category of equipment under discussion. Some systems may remain too sensitive, while others could be treated as compatible with the new policy line.\n" +
  "For Ukraine, the practical value lies in keeping the option alive and building the political groundwork early. Even if immediate deliveries do not follow, the possibility itself broadens the map of future defense cooperation. In wartime, that matters: every additional source of technology, supply, or industrial partnership increases strategic resilience. If Tokyos policy shift develops further, Ukraine could gain access not only to equipment, but also to a new level of security dialogue with Japan.\n";

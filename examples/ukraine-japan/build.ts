/**
 * Builds the Ukraine–Japan map with the builder API and prints it as argmap
 * JSON. The result is the document shipped next to this script
 * (ukraine-japan.argmap.json) and returned by `ukraineJapan()` from
 * `argmap/datasets`.
 *
 *   npx tsx examples/ukraine-japan/build.ts           # print the JSON
 *   npx tsx examples/ukraine-japan/build.ts --write   # rewrite ukraine-japan.argmap.json
 *
 * In a project that installed argmap, the script is in
 * node_modules/argmap/examples/ukraine-japan/ (run it with `npx tsx`, or
 * copy the folder into the project).
 *
 * Each `quote` is the article's exact words; the builder turns it into an
 * anchor with offsets, and fails if the words are not in the text.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { argmap } from "argmap";

const here = dirname(fileURLToPath(import.meta.url));
const article = readFileSync(join(here, "ukraine-japan-article.txt"), "utf8");

const map = argmap("Could Japan's easing of arms export rules open a path to defense supplies for Ukraine?", {
  description:
    "An argument map of a short article on Ukraine assessing Japan's recent easing of its arms export rules: the thesis, the article's framing, the background, four reasons, the counter-considerations and the article's replies.",
})
  .source({ id: "article", title: "Ukraine weighs Japan's easing of arms export rules", text: article })

  // ---------------------------------------------------------- conclusions
  .thesis("thesis", "Japan's recent easing of its arms export rules could eventually open a path to defense supplies from Tokyo for Ukraine.", {
    quote: [
      "Japans recent easing of arms export rules could eventually open a path to defense supplies from Tokyo",
      "whether Japanese technology, equipment, or specialized systems might become part of a longer term security relationship",
    ],
  })
  .claim(
    "framing",
    "The discussion matters less as an immediate procurement breakthrough than as a sign that one of the world's most cautious security actors is slowly rethinking how it supports partners under pressure.",
    {
      quote:
        "The discussion matters less as an immediate procurement breakthrough and more as a sign that one of the worlds most cautious security actors is slowly rethinking how it supports partners under pressure.",
    },
  )

  // ---------------------------------------------------------- background
  .claim("background-limits", "For years Japan kept tight limits on weapons exports, rooted in legal constraints and a political culture shaped by postwar pacifism.", {
    quote: "For years Japan maintained tight limits on weapons exports, reflecting both legal constraints and a political culture shaped by postwar pacifism.",
  })
  .claim("background-flexible", "Japan's export framework has become more flexible, allowing Tokyo to consider broader forms of defense cooperation with friendly states.", {
    quote: "That framework has now become more flexible, allowing Tokyo to consider broader forms of defense cooperation with friendly states.",
  })

  // ---------------------------------------------------------- the four bulleted reasons
  .claim("reason-new-source", "Japan could become another potential source of advanced defense equipment and industrial know-how.", {
    quote: "Japan could become another potential source of advanced defense equipment and industrial know how.",
  })
  .claim("reason-diversify", "Ukraine would gain more room to diversify its supply channels beyond its traditional partners.", {
    quote: "Ukraine would gain more room to diversify supply channels beyond its traditional partners.",
  })
  .claim("reason-signal", "The shift signals wider international readiness to support Ukraine's defense needs in new formats.", {
    quote: "The shift signals wider international readiness to support Ukrainian defense needs in new formats.",
  })
  .claim("reason-tech-ties", "Even limited cooperation could strengthen long-term technological ties between Kyiv and Tokyo.", {
    quote: "Even limited cooperation could strengthen long term technological ties between Kyiv and Tokyo.",
  })

  // ---------------------------------------------------------- counter-considerations
  .claim("not-quickly", "A softer export framework does not automatically mean that weapons transfers will begin quickly.", {
    quote: "A softer export framework does not automatically mean weapons transfers will begin quickly.",
  })
  .claim(
    "must-weigh",
    "Japanese authorities would still have to weigh legal interpretations, domestic politics, alliance considerations and the exact category of equipment under discussion.",
    {
      quote:
        "Japanese authorities would still need to weigh legal interpretations, domestic politics, alliance considerations, and the exact category of equipment under discussion.",
    },
  )
  .claim("too-sensitive", "Some systems may remain too sensitive to export.", { quote: "Some systems may remain too sensitive" })
  .claim("compatible", "Other systems could be treated as compatible with the new policy line.", {
    quote: "others could be treated as compatible with the new policy line.",
  })

  // ---------------------------------------------------------- replies
  .claim("practical-value", "For Ukraine, the practical value lies in keeping the option alive and building the political groundwork early.", {
    quote: "For Ukraine, the practical value lies in keeping the option alive and building the political groundwork early.",
  })
  .claim("broadens-cooperation", "Even without immediate deliveries, the possibility itself broadens the map of future defense cooperation.", {
    quote: "Even if immediate deliveries do not follow, the possibility itself broadens the map of future defense cooperation.",
  })
  .claim("resilience", "In wartime, every additional source of technology, supply or industrial partnership increases strategic resilience.", {
    quote: "In wartime, that matters: every additional source of technology, supply, or industrial partnership increases strategic resilience.",
  })
  .claim(
    "outlook",
    "If Tokyo's policy shift develops further, Ukraine could gain access not only to equipment but also to a new level of security dialogue with Japan.",
    {
      quote: "If Tokyos policy shift develops further, Ukraine could gain access not only to equipment, but also to a new level of security dialogue with Japan.",
    },
  )

  // ---------------------------------------------------------- relations: the thesis
  .support("background-flexible", "thesis", { id: "r-enables", quote: "For Kyiv, this creates a new strategic question" })
  .support("reason-new-source", "thesis", { id: "r-new-source", quote: "Why the policy change matters" })
  .support("reason-diversify", "thesis", { id: "r-diversify", quote: "Why the policy change matters" })
  .support("reason-signal", "thesis", { id: "r-signal", quote: "Why the policy change matters" })
  .support("reason-tech-ties", "thesis", { id: "r-tech-ties", quote: "Why the policy change matters" })
  .support("outlook", "thesis", { id: "r-outlook", quote: "If Tokyos policy shift develops further" })
  .attack("not-quickly", "r-enables", { id: "u-not-automatic", quote: "At the same time, the opening should not be overstated." })
  .support("must-weigh", "not-quickly", { id: "r-must-weigh", quote: "would still need to weigh" })
  .attack("practical-value", "u-not-automatic", { id: "u-practical-value", quote: "the practical value lies in" })
  .attack(["broadens-cooperation", "resilience"], "u-not-automatic", {
    id: "u-broadens",
    quote: ["Even if immediate deliveries do not follow", "In wartime, that matters"],
  })
  .attack("too-sensitive", "thesis", { id: "o-too-sensitive", quote: "the opening should not be overstated" })
  .attack("compatible", "o-too-sensitive", { id: "u-compatible", quote: "while others" })

  // ---------------------------------------------------------- relations: the framing
  .support(["background-limits", "background-flexible"], "framing", {
    id: "r-rethinking",
    quote: "one of the worlds most cautious security actors is slowly rethinking",
  })
  .support("not-quickly", "framing", { id: "r-not-breakthrough", quote: "matters less as an immediate procurement breakthrough" })
  .build();

const json = `${JSON.stringify(map.toJSON(), null, 2)}\n`;
if (process.argv.includes("--write")) {
  writeFileSync(join(here, "ukraine-japan.argmap.json"), json);
  console.log(`wrote ukraine-japan.argmap.json (${map.claimCount} claims, ${map.relationCount} relations)`);
} else {
  process.stdout.write(json);
}

/**
 * Maps the render tests draw: one with every feature a drawing shows, built
 * from the Ukraine–Japan article, and one whose texts try to break out of
 * their markup.
 */
import { UKRAINE_JAPAN_ARTICLE } from "../../src/datasets/index.js";
import { argmap } from "../../src/map/builder.js";
import type { ArgumentMap } from "../../src/map/argument-map.js";

const article = UKRAINE_JAPAN_ARTICLE;

/** A map with a thesis, reasons, objections, a rebuttal, linked premises, an undercut, labels, schemes, tags and anchors. */
export function featureMap(): ArgumentMap {
  return argmap("Japan's arms export shift and Ukraine")
    .source({ id: "article", title: "Ukraine weighs Japan's easing of arms export rules", url: "https://example.org/ukraine-japan", text: article })
    .thesis("t", "Japan's easing of arms export rules matters for Ukraine as a sign of change, not as an immediate procurement breakthrough.", {
      tags: ["assessment"],
      quote: "The discussion matters less as an immediate procurement breakthrough and more as a sign",
    })
    .claim("source", "Japan could become another potential source of advanced defense equipment and industrial know-how.", {
      tags: ["benefit"],
      quote: "Japan could become another potential source of advanced defense equipment and industrial know how.",
    })
    .claim("diversify", "Ukraine would gain more room to diversify supply channels beyond its traditional partners.", { tags: ["benefit"] })
    .claim("signal", "The shift signals wider international readiness to support Ukrainian defense needs.", { tags: ["benefit"] })
    .claim("slow", "A softer export framework does not mean weapons transfers will begin quickly.", {
      tags: ["caution"],
      quote: "A softer export framework does not automatically mean weapons transfers will begin quickly.",
    })
    .claim("weigh", "Japanese authorities must still weigh legal interpretations, domestic politics and alliance considerations.", { tags: ["caution"] })
    .claim("sensitive", "Some systems may remain too sensitive to export.", { tags: ["caution"] })
    .claim("option", "Keeping the option alive builds the political groundwork early.", { tags: ["benefit"] })
    .claim("resilience", "In wartime every additional source of technology or supply increases strategic resilience.")
    .claim("cautious", "Japan is one of the world's most cautious security actors.")
    .support("source", "t", { id: "s-source", label: "new supplier", scheme: "practical reasoning" })
    .support("diversify", "t", { id: "s-diversify" })
    .support("signal", "t", { id: "s-signal" })
    .support(["option", "resilience"], "t", { id: "s-linked" })
    .attack("slow", "t", { id: "a-slow" })
    .support("weigh", "slow", { id: "s-weigh" })
    .attack("sensitive", "source", { id: "a-sensitive" })
    .attack("cautious", "s-signal", { id: "u-cautious", label: "caution may persist" })
    .build();
}

/** Text that would run script or break markup if it were not escaped. */
export const HOSTILE = `<script>window.__argmapPwned = 1</script> "quoted" & 'single' ]]> <img src=x onerror="window.__argmapPwned = 2"> </svg></body>\u2028`;

/** A small map whose title, texts, tags, labels and source carry {@link HOSTILE}. */
export function hostileMap(): ArgumentMap {
  const text = `Source text: ${HOSTILE} end.`;
  return argmap(`Title ${HOSTILE}`)
    .source({ id: "s", title: `Source ${HOSTILE}`, url: "javascript:window.__argmapPwned = 3", text })
    .thesis("t", `Thesis ${HOSTILE}`, { tags: [`tag ${HOSTILE}`], quote: HOSTILE })
    .claim("</script>", `Reason ${HOSTILE}`)
    .claim("__proto__", "A claim whose id is __proto__.")
    .support("</script>", "t", { id: "r]]>", label: `Label ${HOSTILE}`, scheme: `Scheme ${HOSTILE}` })
    .attack("__proto__", "t", { id: "constructor" })
    .build();
}

/** A tree of `size` claims under one thesis: each claim has up to three reasons or objections, level by level. */
export function treeMap(size: number): ArgumentMap {
  const builder = argmap(`Tree of ${size} claims`).thesis("c0", "The thesis of a large generated map.");
  for (let i = 1; i < size; i++) {
    const parent = Math.floor((i - 1) / 3);
    builder.claim(`c${i}`, `Claim number ${i}, a reason or objection for claim ${parent}.`);
    if (i % 4 === 0) builder.attack(`c${i}`, `c${parent}`, { id: `r${i}` });
    else builder.support(`c${i}`, `c${parent}`, { id: `r${i}` });
  }
  return builder.build();
}

/** Claims whose ids hold a control character, a lone surrogate and a CR, and whose texts hold bidi overrides. */
export function awkwardIdMap(): ArgumentMap {
  return argmap("Awkward ids")
    .thesis("t\u0001ctl", "The thesis, whose id holds a control character.")
    .claim("lone\ud800", "A claim whose id holds a lone surrogate.")
    .claim("cr\rid", "A claim whose id holds a carriage return.")
    .claim("bidi", "Open \u202egnp.exe and \u2066isolated\u2069 text.")
    .support("lone\ud800", "t\u0001ctl", { id: "r\u0002" })
    .attack("cr\rid", "t\u0001ctl", { id: "r\r" })
    .support("bidi", "t\u0001ctl", { id: "r-bidi" })
    .build();
}

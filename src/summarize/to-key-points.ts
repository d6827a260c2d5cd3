import { ArgmapError, issue } from "../errors.js";
import { oneLine } from "./embed.js";
import { languageFor } from "./languages/index.js";
import { referenceLabel } from "./outline.js";
import type { ArgumentSummary, SummaryArgument, SummaryClaim } from "./types.js";
import { withDefaults, wrap } from "./wording.js";

/** Options of {@link toKeyPoints}. */
export interface KeyPointsOptions {
  /**
   * Most points on each side, per root claim.
   *
   * @defaultValue 3
   */
  readonly count?: number | undefined;
  /**
   * Wrap lines at this many columns; 0 keeps each point on one line.
   *
   * @defaultValue 80
   */
  readonly width?: number | undefined;
  /**
   * Start with the map's title, underlined.
   *
   * @defaultValue true
   */
  readonly title?: boolean | undefined;
  /**
   * The language of the headings (`"en"`, `"de"`).
   *
   * @defaultValue the summary's language
   */
  readonly language?: string | undefined;
}

/**
 * Defaults of {@link KeyPointsOptions}.
 *
 * @example
 * ```ts
 * import { KEY_POINTS_DEFAULTS } from "argmap";
 *
 * console.log(KEY_POINTS_DEFAULTS.count); // 3
 * ```
 */
export const KEY_POINTS_DEFAULTS = Object.freeze({ count: 3, width: 80, title: true });

/**
 * The strongest points for and against each root claim as a short list:
 * every argument below the root that speaks for it (`stance: "pro"`) or
 * against it (`"con"`), ranked by weight (see docs/summaries.md), the first
 * `count` of each side, in the claims' own words. Roots come in the
 * summary's order (the thesis first, then by weight).
 *
 * @param summary - A summary from {@link summarize}.
 * @param options - Count, width, title and language; see {@link KeyPointsOptions}.
 * @returns Plain text ending in a newline.
 * @throws {@link ArgmapError} `invalid-option` for a count that is not a whole number of at least 1, or a language argmap does not write.
 * @example
 * ```ts
 * import { summarize, toKeyPoints } from "argmap";
 * import { ukraineJapan } from "argmap/datasets";
 *
 * console.log(toKeyPoints(summarize(ukraineJapan()), { count: 2 }));
 * // Strongest points for:
 * // - Japan's export framework has become more flexible, …
 * ```
 */
export function toKeyPoints(summary: ArgumentSummary, options: KeyPointsOptions = {}): string {
  const settings = withDefaults(KEY_POINTS_DEFAULTS, options);
  if (typeof settings.count !== "number" || !Number.isInteger(settings.count) || settings.count < 1) {
    throw new ArgmapError<"invalid-option">([issue("invalid-option", ["count"], `count must be a whole number of points (1 or more), not ${String(settings.count)}`)]);
  }
  const language = options.language !== undefined ? languageFor(options.language, true) : languageFor(summary.language, false);
  const words = language.outline;
  const width = settings.width;
  const out: string[] = [];
  if (settings.title) {
    const title = wrap(summary.title.trim() === "" ? words.untitled : oneLine(summary.title), width);
    out.push(title, "=".repeat(Math.max(3, ...title.split("\n").map((l) => l.length))), "");
  }
  if (summary.roots.length === 0) out.push(words.noClaims);
  summary.roots.forEach((root, i) => {
    if (i > 0) out.push("");
    out.push(wrap(`${root.id === summary.thesis ? words.thesis : words.conclusion}: ${text(root.text, words.noText)}`, width, "", "  "));
    const { pro, con } = sides(root);
    for (const [heading, points] of [[words.keyFor, pro], [words.keyAgainst, con]] as const) {
      out.push(`${heading}:`);
      const top = strongest(points, settings.count);
      if (top.length === 0) out.push(`- ${words.keyNone}`);
      for (const argument of top) out.push(wrap(`- ${statement(argument, words.noText)}`, width, "", "  "));
    }
  });
  return `${out.join("\n").trimEnd()}\n`;
}


function text(value: string, empty: string): string {
  const line = oneLine(value);
  return line === "" ? empty : line;
}

/** An argument's premises in their own words; linked premises joined by " + ". */
function statement(argument: SummaryArgument, empty: string): string {
  return argument.premises.map((p) => (p.kind === "claim" ? text(p.text, empty) : referenceLabel(p))).join(" + ");
}

/** Every argument below a root, by side. Iterative. */
function sides(root: SummaryClaim): { pro: SummaryArgument[]; con: SummaryArgument[] } {
  const pro: SummaryArgument[] = [];
  const con: SummaryArgument[] = [];
  const args: SummaryArgument[] = [...root.arguments];
  while (args.length > 0) {
    const argument = args.pop()!;
    (argument.stance === "pro" ? pro : con).push(argument);
    args.push(...argument.arguments);
    for (const premise of argument.premises) if (premise.kind === "claim") args.push(...premise.arguments);
  }
  return { pro, con };
}

/** The `count` heaviest, heaviest first; ties in reading order. */
function strongest(points: SummaryArgument[], count: number): SummaryArgument[] {
  const order = new Map(points.map((p, i) => [p, i]));
  return points
    .slice()
    .sort((a, b) => b.weight - a.weight || order.get(b)! - order.get(a)!)
    .slice(0, count);
}

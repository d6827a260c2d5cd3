import { ArgmapError, issue } from "../errors.js";
import { embed, oneLine, type Vocabulary } from "./embed.js";
import { languageFor, type SummaryLanguage } from "./languages/index.js";
import { verdictText, vocabularyOf } from "./to-prose.js";
import { referenceLabel } from "./outline.js";
import type { ArgumentSummary, SummaryArgument, SummaryClaim } from "./types.js";
import { sentence, withDefaults, wrap } from "./wording.js";

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
 * `count` of each side, each a complete sentence (the claim's words, with
 * the source's discourse markers dropped; linked premises joined in words;
 * the speaker first when the map names one). Roots come in the summary's
 * order (the thesis first, then by weight); the verdict comes last.
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
  const vocabulary = vocabularyOf(summary);
  const standalone = (text: string): string => standaloneSentence(text, language, vocabulary, words.noText);
  summary.roots.forEach((root, i) => {
    if (i > 0) out.push("");
    out.push(wrap(`${root.id === summary.thesis ? words.thesis : words.conclusion}: ${withSpeaker(root.by, standalone(root.text))}`, width, "", "  "));
    const { pro, con } = sides(root);
    for (const [heading, points] of [[words.keyFor, pro], [words.keyAgainst, con]] as const) {
      out.push(`${heading}:`);
      const top = strongest(points, settings.count);
      if (top.length === 0) out.push(`- ${words.keyNone}`);
      for (const argument of top) out.push(wrap(`- ${withSpeaker(speakers(argument), statement(argument, language, vocabulary, words.noText))}`, width, "", "  "));
    }
  });
  const verdict = verdictText(summary, language, vocabulary);
  if (verdict !== undefined) out.push("", wrap(`${words.verdict}: ${sentence(verdict)}`, width, "", "  "));
  return `${out.join("\n").trimEnd()}\n`;
}

/** "Paul Dean: …" when the point names its speakers. */
function withSpeaker(by: readonly string[] | undefined, text: string): string {
  return by === undefined || by.length === 0 ? text : `${by.join(", ")}: ${text}`;
}

function speakers(argument: SummaryArgument): readonly string[] | undefined {
  const first = argument.premises[0];
  return argument.by ?? (first?.kind === "claim" ? first.by : undefined);
}

/**
 * A claim as a complete sentence that stands on its own: discourse markers
 * of the source dropped, a capital, and a final mark ("?" for a question).
 */
export function standaloneSentence(text: string, language: SummaryLanguage, vocabulary: Vocabulary, empty: string): string {
  if (oneLine(text) === "") return empty;
  const e = embed(text, language, vocabulary, { lowerFirst: false });
  const body = e.keptMarker ? oneLine(text).replace(/[\s,;:]+$/u, "") : e.text;
  return e.question ? `${sentence(body).replace(/[.!?…]*$/u, "")}?` : sentence(body);
}

/** An argument's premises as one sentence; linked premises joined in words ("A, and B."). */
function statement(argument: SummaryArgument, language: SummaryLanguage, vocabulary: Vocabulary, empty: string): string {
  if (argument.premises.length === 1) {
    const p = argument.premises[0]!;
    return p.kind === "claim" ? standaloneSentence(p.text, language, vocabulary, empty) : sentence(referenceLabel(p));
  }
  const clauses = argument.premises.map((p, i) => {
    const text = p.kind === "claim" ? p.text : referenceLabel(p);
    const e = embed(text, language, vocabulary, { lowerFirst: i > 0 });
    return e.text;
  });
  return sentence(language.prose.linked(clauses));
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

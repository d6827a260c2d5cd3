/**
 * An explanation in words: why a claim stands or falls, what would change
 * it, and what moves its strength, in English or German, as plain text or
 * Markdown.
 * @module
 */
import type { ArgumentMap } from "../map/argument-map.js";
import { explanationDe } from "../summarize/languages/explanation-de.js";
import { explanationEn } from "../summarize/languages/explanation-en.js";
import type { ExplanationWording } from "../summarize/languages/explanation-types.js";
import { wrap } from "../summarize/wording.js";
import type { Cruxes } from "./cruxes.js";
import type { ClaimExplanation, ExplainedAttack } from "./explain-claim.js";
import { evaluateFail } from "./issues.js";
import { isExtensionSemantics } from "./semantics.js";

/**
 * Options of {@link explanationText}.
 *
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { explainClaim, explanationText, type ExplanationTextOptions } from "argmap/evaluate";
 *
 * const map = ukraineJapan();
 * const options: ExplanationTextOptions = { format: "markdown", language: "de", top: 3 };
 * console.log(explanationText(map, explainClaim(map, "thesis"), options));
 * ```
 */
export interface ExplanationTextOptions {
  /**
   * Plain text (wrapped at `width`) or Markdown.
   *
   * @defaultValue "text"
   */
  readonly format?: "text" | "markdown";
  /**
   * The language: `"en"` or `"de"` (a longer tag such as `"de-CH"` works
   * through its first subtag).
   *
   * @defaultValue the map's language when argmap writes it, else English
   */
  readonly language?: string;
  /**
   * The cruxes of the explained claim ({@link cruxes} with it as the
   * thesis), to say what would change the verdict.
   *
   * @defaultValue none: the section is left out
   */
  readonly cruxes?: Cruxes;
  /**
   * How many contributions to list.
   *
   * @defaultValue 5
   */
  readonly top?: number;
  /**
   * Plain text: wrap at this many columns; 0 for no wrapping.
   *
   * @defaultValue 80
   */
  readonly width?: number;
}

const DEFAULTS = { format: "text", top: 5, width: 80 } as const;
const TABLES: ReadonlyMap<string, ExplanationWording> = new Map([
  ["en", explanationEn],
  ["de", explanationDe],
]);
/** The longest claim text quoted in a sentence, in characters. */
const MAX_QUOTE = 100;
/** The longest claim text in a heading. */
const MAX_HEADING = 300;
/** The most attacks described one by one. */
const MAX_ATTACKS = 5;

/**
 * Writes an explanation from {@link explainClaim} in words: a heading with
 * the claim, a paragraph on why it stands, falls or stays open (each attack
 * and what answers it, or what defeats it), its defence, what would change
 * the verdict (when `cruxes` are given), and the claims that move its
 * strength most, with their signs. Claim text is quoted (cut at 100
 * characters) with its id; control characters in ids and text are escaped,
 * and Markdown is escaped in Markdown output.
 *
 * @param map - The map the explanation is about.
 * @param explanation - From {@link explainClaim}.
 * @param options - Format, language, cruxes, how many contributions, width.
 * @returns The text, ending with a newline.
 * @throws `ArgmapError` `invalid-framework` for a language argmap does not
 * write or a bad option.
 *
 * @example
 * ```ts
 * import { ukraineJapan } from "argmap/datasets";
 * import { cruxes, explainClaim, explanationText } from "argmap/evaluate";
 *
 * const map = ukraineJapan();
 * console.log(explanationText(map, explainClaim(map, "thesis"), { cruxes: cruxes(map) }));
 * // Thesis: “Japan's recent easing of its arms export rules could eventually open a
 * // path to defense supplies from Tokyo for Ukraine” (thesis)
 * //
 * // It stands under grounded semantics. Its only objection, “Some systems may remain
 * // too sensitive to export” (too-sensitive), is answered by “Other systems could be …
 * ```
 */
export function explanationText(map: ArgumentMap, explanation: ClaimExplanation, options: ExplanationTextOptions = {}): string {
  const format = options.format ?? DEFAULTS.format;
  if (format !== "text" && format !== "markdown") evaluateFail("invalid-framework", ["format"], `format is "text" or "markdown", not ${JSON.stringify(format)}`);
  const top = options.top ?? DEFAULTS.top;
  if (!Number.isInteger(top) || top < 0) evaluateFail("invalid-framework", ["top"], `top must be a whole number ≥ 0, got ${String(top)}`);
  const width = options.width ?? DEFAULTS.width;
  if (!Number.isInteger(width) || width < 0) evaluateFail("invalid-framework", ["width"], `width must be a whole number ≥ 0, got ${String(width)}`);
  const markdown = format === "markdown";
  const writer = explanationWriter(map, options.language, markdown);
  const { w, inline, quote } = writer;
  const extension = isExtensionSemantics(explanation.semantics);
  const heading = writer.heading(explanation.id);
  const sections: string[] = [markdown ? `## ${heading}` : heading, writer.verdict(explanation)];
  const defence = explanation.defence;
  if (defence !== undefined && defence.claims.length + defence.relations.length > 1) sections.push(w.defence(defence.claims.map(inline), defence.relations.map(inline), defence.minimal));
  if (options.cruxes !== undefined && extension) {
    const changing = options.cruxes.cruxes.filter((c) => c.changesLabel && c.label !== undefined);
    if (changing.length === 0) sections.push(w.noCrux);
    else sections.push(`${heading2(w.cruxesHeading, markdown)}${markdown ? "\n\n" : "\n"}${changing.map((c) => `- ${capitalize(w.cruxLabel(quote(c.id), c.label!))}.`).join("\n")}`);
  }
  sections.push(contributionsSection(map, explanation, w, top, markdown, inline, width));
  const body = sections.map((section) => (markdown || width === 0 ? section : section.split("\n").map((line) => wrapLine(line, width)).join("\n")));
  return `${body.join("\n\n")}\n`;
}

/** @internal What writes explanations for one map in one language: references to claims, the heading, the verdict paragraph. */
export interface ExplanationWriter {
  readonly w: ExplanationWording;
  /** Text made safe to print (and, for Markdown, escaped). */
  inline(text: string): string;
  /** A claim quoted with its id: “text” (id). */
  quote(id: string, max?: number): string;
  /** The heading: "Thesis: “…” (thesis)", "Relation r: “p” supports “c”". */
  heading(id: string): string;
  /** The paragraph on why it stands, falls or stays open (or its strength), with each attack and what became of it. */
  verdict(explanation: ClaimExplanation): string;
  /** The heading of the contributions, without its colon (undefined when there are none: strengths that do not settle). */
  contributionsTitle(explanation: ClaimExplanation): string | undefined;
}

/** @internal An {@link ExplanationWriter} for a map (the language as {@link explanationText} chooses it). */
export function explanationWriter(map: ArgumentMap, language: string | undefined, markdown: boolean): ExplanationWriter {
  const w = wordingFor(language, map.language);
  const inline = (text: string): string => (markdown ? escapeMarkdown(visible(text)) : visible(text));
  const quote = (id: string, max = MAX_QUOTE): string => {
    const text = map.claim(id)?.text;
    return text === undefined ? inline(id) : `${w.quotes[0]}${inline(shortText(text, max))}${w.quotes[1]} (${inline(id)})`;
  };
  const byPremises = (relation: string): string => {
    const premises = (map.relation(relation)?.from ?? []).map((claim) => quote(claim));
    return premises.length === 1 ? premises[0]! : w.linked(premises);
  };
  const heading = (id: string): string => {
    const relation = map.relation(id);
    if (relation === undefined) return `${id === map.thesis ? w.heading.thesis : w.heading.claim}: ${quote(id, MAX_HEADING)}`;
    const kind = relation.type === "support" ? "support" : map.hasRelation(relation.to) ? "undercut" : "attack";
    const premises = relation.from.map((p) => quote(p, 60));
    return `${w.heading.relation} ${inline(id)}: ${w.relation(kind, premises.length === 1 ? premises[0]! : w.linked(premises), map.hasRelation(relation.to) ? inline(relation.to) : quote(relation.to, 60))}`;
  };
  const verdict = (explanation: ClaimExplanation): string => {
    const paragraph: string[] = [];
    const extension = isExtensionSemantics(explanation.semantics);
    if (extension && explanation.label !== undefined) paragraph.push(w.verdict(explanation.label, w.semantics(explanation.semantics)));
    else if (explanation.contributions !== undefined) paragraph.push(w.strength(w.number(explanation.contributions.strength, 2), w.number(explanation.base, 2), w.semantics(explanation.semantics)));
    if (explanation.extensionExists === false) {
      paragraph.push(w.noStable);
      return paragraph.join(" ");
    }
    const { attacks } = explanation;
    const shown = attacks.slice(0, MAX_ATTACKS);
    if (attacks.length === 0) paragraph.push(w.unattacked);
    else if (!extension) paragraph.push(w.attacked(attacks.length, shown.map((a) => byPremises(a.relation))));
    else {
      const only = attacks.length === 1;
      if (!only) paragraph.push(w.attacked(attacks.length));
      // Grouped by what became of them: what defeats it first, then what stays open, what is answered, what fails.
      const named = (list: readonly ExplainedAttack[]): string[] => list.map((a) => byPremises(a.relation));
      const answered = shown.filter((a) => a.answeredBy.length > 0);
      const rest = shown.filter((a) => a.answeredBy.length === 0);
      const defeating = rest.filter((a) => a.label === "in");
      const open = rest.filter((a) => a.label === "undec");
      const failing = rest.filter((a) => a.label === "out");
      if (defeating.length > 0) paragraph.push(w.defeats(named(defeating), only));
      if (open.length > 0) paragraph.push(w.open(named(open), only));
      for (const attack of answered) paragraph.push(w.answered(byPremises(attack.relation), attack.answeredBy.map(byPremises), only));
      if (failing.length > 0) paragraph.push(w.fails(named(failing), only));
    }
    if (attacks.length > MAX_ATTACKS) paragraph.push(w.more(attacks.length - MAX_ATTACKS));
    if (extension && explanation.label === "undec" && explanation.semantics !== "grounded" && explanation.semantics !== "ideal") {
      paragraph.push(explanation.credulous === true ? w.someButNotAll(explanation.semantics) : w.none(explanation.semantics));
    }
    return paragraph.join(" ");
  };
  const contributionsTitle = (explanation: ClaimExplanation): string | undefined => {
    const { contributions } = explanation;
    if (contributions === undefined) return undefined;
    return w.contributionsHeading(contributions.semantics, w.number(contributions.strength, 2), w.method(contributions.method)).replace(/:$/, "");
  };
  return { w, inline, quote, heading, verdict, contributionsTitle };
}

function contributionsSection(map: ArgumentMap, explanation: ClaimExplanation, w: ExplanationWording, top: number, markdown: boolean, inline: (text: string) => string, width: number): string {
  const { contributions } = explanation;
  if (contributions === undefined) return w.unsettled;
  const heading = heading2(w.contributionsHeading(contributions.semantics, w.number(contributions.strength, 2), w.method(contributions.method)), markdown);
  const shown = contributions.entries.filter((e) => e.kind === "claim").slice(0, top);
  if (shown.length === 0) return `${heading}${markdown ? "\n\n" : "\n"}${w.noContributions}`;
  const rows = shown.map((e) => ({ value: w.number(e.value, 3, true), id: inline(e.id), text: map.claim(e.id)?.text ?? "" }));
  const sampled = contributions.exact ? "" : `${markdown ? "\n\n" : "\n"}${samplingNote(w, contributions)}`;
  if (markdown) {
    return `${heading}\n\n| ${w.table.join(" | ")} |\n| ---: | --- | --- |\n${rows.map((r) => `| ${r.value} | ${r.id} | ${inline(shortText(r.text, 70))} |`).join("\n")}${sampled}`;
  }
  const valueWidth = Math.max(...rows.map((r) => r.value.length));
  const idWidth = Math.min(24, Math.max(...rows.map((r) => r.id.length)));
  const room = width > 0 ? Math.max(24, width - (6 + valueWidth + idWidth)) : 70;
  return `${heading}\n${rows.map((r) => `  ${r.value.padStart(valueWidth)}  ${r.id.padEnd(idWidth)}  ${inline(shortText(r.text, room))}`).join("\n")}${sampled}`;
}

function samplingNote(w: ExplanationWording, contributions: NonNullable<ClaimExplanation["contributions"]>): string {
  const { entries, samples = 0, confidence = 0 } = contributions;
  return w.sampled(samples, w.number(Math.max(0, ...entries.map((e) => e.error ?? 0)), 3), w.number(confidence, 2));
}

function heading2(text: string, markdown: boolean): string {
  return markdown ? `**${text}**` : text;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Wraps one line; list items and table rows keep a hanging indent. */
function wrapLine(line: string, width: number): string {
  const indent = /^(\s*(?:- )?)/.exec(line)![1]!;
  if (indent.length > 0 && /^\s+[+−]?\d/.test(line)) return line;
  return wrap(line.slice(indent.length), width, indent, " ".repeat(indent.length));
}

/** The wording for a language tag: an explicit one must be known; a map's own falls back to English. */
function wordingFor(explicit: string | undefined, own: string | undefined): ExplanationWording {
  const primary = (tag: string): string => tag.trim().split(/[-_]/)[0]!.toLowerCase();
  if (explicit !== undefined) {
    const table = typeof explicit === "string" ? TABLES.get(primary(explicit)) : undefined;
    if (table === undefined) evaluateFail("invalid-framework", ["language"], `explanations are written in ${[...TABLES.keys()].join(", ")}; not in ${JSON.stringify(explicit)}`);
    return table;
  }
  return (own !== undefined ? TABLES.get(primary(own)) : undefined) ?? explanationEn;
}

/** A claim's text for a sentence: one line, without its final full stop, cut at a word boundary. */
function shortText(text: string, max = MAX_QUOTE): string {
  let line = text.replace(/\s+/g, " ").trim();
  if (/[^.]\.$/.test(line)) line = line.slice(0, -1);
  const points = Array.from(line);
  if (points.length <= max) return line;
  const cut = points.slice(0, max).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

// C0 and C1 controls, DEL, line/paragraph separators, bidi overrides and isolates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Escapes control characters and bidi controls (`\u001b`), so that text cannot forge lines or colour a terminal. */
function visible(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Escapes what Markdown would read as markup (and HTML). */
function escapeMarkdown(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]#|~])/g, "\\$1");
}

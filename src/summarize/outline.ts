/**
 * @internal Flattens a summary into outline lines, the shared first step of
 * the Markdown and plain-text renderers. Iterative, so deep summaries
 * cannot overflow the stack.
 * @module
 */
import { firstWords, oneLine } from "./embed.js";
import type { SummaryLanguage } from "./languages/index.js";
import { keepShape } from "./shapes.js";
import type { ArgumentSummary, Citation, SummaryArgument, SummaryAssessment, SummaryClaim, SummaryReference, SummaryRole } from "./types.js";

/** One line of an outline. `level` 0 is a root; its arguments are at level 1. */
export type OutlineLine =
  | { readonly kind: "root"; readonly level: 0; readonly claim: SummaryClaim; readonly thesis: boolean }
  /** A single-premise argument: the role and the premise on one line. */
  | { readonly kind: "point"; readonly level: number; readonly argument: SummaryArgument; readonly premise: SummaryClaim | SummaryReference }
  /** The head of a linked argument; its premises follow one level deeper. */
  | { readonly kind: "linked"; readonly level: number; readonly argument: SummaryArgument }
  /** One premise of a linked argument. */
  | { readonly kind: "premise"; readonly level: number; readonly premise: SummaryClaim | SummaryReference }
  /** Arguments left out by depth or length. */
  | { readonly kind: "hidden"; readonly level: number; readonly count: number };

type Step =
  | { readonly kind: "line"; readonly line: OutlineLine }
  | { readonly kind: "argument"; readonly argument: SummaryArgument; readonly level: number }
  | { readonly kind: "claim-children"; readonly claim: SummaryClaim | SummaryReference; readonly level: number };

/** The summary's outline, line by line in reading order. */
export function outlineLines(summary: ArgumentSummary): OutlineLine[] {
  const lines: OutlineLine[] = [];
  const stack: Step[] = [];
  for (let r = summary.roots.length - 1; r >= 0; r--) {
    const root = summary.roots[r]!;
    stack.push({ kind: "claim-children", claim: root, level: 1 });
    stack.push({ kind: "line", line: { kind: "root", level: 0, claim: root, thesis: root.id === summary.thesis } });
  }
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (step.kind === "line") {
      lines.push(step.line);
    } else if (step.kind === "claim-children") {
      if (step.claim.kind !== "claim") continue;
      pushChildren(stack, step.claim.arguments, step.claim.hidden, step.level);
    } else {
      const { argument, level } = step;
      const later: Step[] = [];
      if (argument.premises.length === 1) {
        const premise = argument.premises[0]!;
        later.push({ kind: "line", line: { kind: "point", level, argument, premise } });
        later.push({ kind: "claim-children", claim: premise, level: level + 1 });
      } else {
        later.push({ kind: "line", line: { kind: "linked", level, argument } });
        for (const premise of argument.premises) {
          later.push({ kind: "line", line: { kind: "premise", level: level + 1, premise } });
          later.push({ kind: "claim-children", claim: premise, level: level + 2 });
        }
      }
      // What bears on the relation itself comes after the premises.
      for (const child of argument.arguments) later.push({ kind: "argument", argument: child, level: level + 1 });
      if (argument.hidden > 0) later.push({ kind: "line", line: { kind: "hidden", level: level + 1, count: argument.hidden } });
      for (let i = later.length - 1; i >= 0; i--) stack.push(later[i]!);
    }
  }
  return lines;
}

/** Pushes a node's arguments (and a line for hidden ones) so that they pop in order. */
function pushChildren(stack: Step[], args: readonly SummaryArgument[], hidden: number, level: number): void {
  if (hidden > 0) stack.push({ kind: "line", line: { kind: "hidden", level, count: hidden } });
  for (let i = args.length - 1; i >= 0; i--) stack.push({ kind: "argument", argument: args[i]!, level });
}

/**
 * Outlines indent each level, up to this many; deeper levels stay at this
 * indentation so that very deep maps do not turn into walls of spaces.
 */
export const MAX_INDENT_LEVEL = 12;

/** The indentation of a level: `unit` repeated, at most {@link MAX_INDENT_LEVEL} times. */
export function indentation(level: number, unit: string): string {
  return unit.repeat(Math.max(0, Math.min(level, MAX_INDENT_LEVEL)));
}

/** Name of a role as outlines show it, in the summary's language. */
export function roleName(role: SummaryRole, language: SummaryLanguage): string {
  return language.outline[role];
}

/** `"stands"`, `"defeated"` or `"undecided"`, with the strength when there is one, in the summary's language. */
export function assessmentText(assessment: SummaryAssessment | undefined, language: SummaryLanguage): string | undefined {
  if (assessment === undefined) return undefined;
  const words = language.evaluation;
  const parts: string[] = [];
  if (assessment.label !== undefined) parts.push(assessment.label === "in" ? words.stands : assessment.label === "out" ? words.defeated : words.undecided);
  if (assessment.strength !== undefined) parts.push(words.strength(assessment.strength.toFixed(2)));
  return parts.join(", ");
}

/** How outlines refer to a claim written earlier: its title, else its first words. */
export function referenceLabel(premise: SummaryClaim | SummaryReference): string {
  return premise.title !== undefined ? oneLine(premise.title) : firstWords(premise.text);
}

/** The assessment to show on a line: the relation's, or else the premise's. */
export function lineAssessment(argument: SummaryArgument, premise: SummaryClaim | SummaryReference | undefined): SummaryAssessment | undefined {
  return argument.assessment ?? (premise?.kind === "claim" ? premise.assessment : undefined);
}

/** Numbers citations in order of first use; the same words of the same source share a number. */
export class CitationNumbers {
  readonly #numbers = new Map<string, number>();
  readonly #list: Citation[] = [];

  /** The citation's number, assigning the next one on first use. */
  number(citation: Citation): number {
    const key = `${citation.source}\u0000${citation.start}\u0000${citation.end}\u0000${citation.quote}`;
    let n = this.#numbers.get(key);
    if (n === undefined) {
      this.#list.push(citation);
      n = this.#list.length;
      this.#numbers.set(key, n);
    }
    return n;
  }

  /** Citations in number order (number = index + 1). */
  get list(): readonly Citation[] {
    return this.#list;
  }
}

/** Whether every citation in the summary comes from one source (its title then need not be repeated). */
export function singleSource(summary: ArgumentSummary): boolean {
  return summary.sources.length <= 1;
}

keepShape(new CitationNumbers());

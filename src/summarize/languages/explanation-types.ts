/**
 * @internal The words of explanations (`argmap explain`, the viewer's
 * panel, the summaries' verdict): why a claim stands or falls, and what
 * moves its strength. One table per language, next to the summary tables.
 * Every function returns a full sentence with its final mark unless it says
 * otherwise; `ref` arguments are already quoted references to claims
 * ("“Some systems may remain too sensitive to export” (too-sensitive)").
 * @module
 */

/** An acceptance label. */
export type ExplainedLabel = "in" | "out" | "undec";

/** The words of explanations in one language. */
export interface ExplanationWording {
  /** Heading word for the explained item: "Thesis", "Claim", "Relation" (no mark). */
  readonly heading: { readonly thesis: string; readonly claim: string; readonly relation: string };
  /** A semantics' name as the language writes it, without "semantics" for gradual ones: "grounded semantics", "DF-QuAD" (no mark). */
  semantics(name: string): string;
  /** A contribution method's name: "removal", "Shapley" (no mark). */
  method(name: string): string;
  /** A relation described by its parts (no mark): "“p” supports “c”". */
  relation(kind: "support" | "attack" | "undercut", premises: string, target: string): string;
  /** The verdict under an extension semantics: "It stands under grounded semantics." */
  verdict(label: ExplainedLabel, semantics: string): string;
  /** The verdict under a gradual semantics: "Its strength under DF-QuAD is 0.87 (base score 0.50)." */
  strength(value: string, base: string, semantics: string): string;
  /** When nothing attacks it: "Nothing attacks it." */
  readonly unattacked: string;
  /**
   * How many attacks it has, with them listed when `listed` is given (gradual
   * semantics): "Three objections attack it." / "One objection attacks it:
   * “A” (a)."
   */
  attacked(count: number, listed?: readonly string[]): string;
  /**
   * One attack, answered by the defence: "The objection “A” (a) is answered
   * by “B” (b)."; with `only`, the one attack there is: "Its only objection,
   * “A” (a), is answered by “B” (b)."
   */
  answered(attack: string, answers: readonly string[], only: boolean): string;
  /** Accepted attacks that defeat it: "The objection “A” (a) defeats it and stands." / "The objections … defeat it and stand." (`only` as above) */
  defeats(attacks: readonly string[], only: boolean): string;
  /** Undecided attacks: "The objection “A” (a) is itself undecided." / "The objections … are themselves undecided." */
  open(attacks: readonly string[], only: boolean): string;
  /** Attacks that do not stand: "The objection “A” (a) does not stand." / "The objections … do not stand." */
  fails(attacks: readonly string[], only: boolean): string;
  /** "…and 3 more." */
  more(count: number): string;
  /** Accepted by some extensions of the semantics (its name: "preferred") but not all: "Some preferred extensions accept it, but not all." */
  someButNotAll(name: string): string;
  /** Accepted by no extension of the semantics (its name): "No preferred extension accepts it." */
  none(name: string): string;
  /** Stable semantics without any stable extension. */
  readonly noStable: string;
  /** The defence (ids): "Its defence, a minimal admissible set …: a and b, with the relation r." `minimal` says whether no proper subset would do. */
  defence(claims: readonly string[], relations: readonly string[], minimal: boolean): string;
  /** Heading of the cruxes: "What would change the verdict:" (ends with a colon). */
  readonly cruxesHeading: string;
  /** One crux that changes the label: "without “X” (x) it would be undecided" (no mark). */
  cruxLabel(claim: string, label: ExplainedLabel): string;
  /** Said when no single claim's removal changes the label. */
  readonly noCrux: string;
  /**
   * Heading of the contributions, for a gradual semantics' name ("dfquad"),
   * a strength and a method's words: "What moves its DF-QuAD strength (0.87)
   * most, by removal:" (ends with a colon).
   */
  contributionsHeading(semantics: string, strength: string, method: string): string;
  /** Markdown: the headings of the contributions table (value, id, claim text). */
  readonly table: readonly [string, string, string];
  /** Said when the gradual strengths do not settle on the map's cycles, so no contributions are given. */
  readonly unsettled: string;
  /** Said when nothing moves its strength. */
  readonly noContributions: string;
  /** Said of sampled Shapley values: "(estimated from 1000 random orders; each within ±0.01 with probability 0.95)". */
  sampled(samples: number, error: string, confidence: string): string;
  /** A number with `digits` decimals as the language writes it ("0.87", "0,87"); with `signed`, "+0.12" and "−0.12". */
  number(value: number, digits: number, signed?: boolean): string;
  /** Linked premises that only together make one argument (no mark): "“p” together with “q”". */
  linked(premises: readonly string[]): string;
  /** A list of items: "a, b and c". */
  list(items: readonly string[]): string;
  /** Quotation marks around claim text. */
  readonly quotes: readonly [string, string];
}

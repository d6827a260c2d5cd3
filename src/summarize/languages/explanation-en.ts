/**
 * @internal English words of explanations.
 * @module
 */
import type { ExplanationWording } from "./explanation-types.js";

const NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const count = (n: number): string => NUMBERS[n] ?? String(n);
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const list = new Intl.ListFormat("en", { style: "long", type: "conjunction" });
const GRADUAL: ReadonlyMap<string, string> = new Map([
  ["dfquad", "DF-QuAD"],
  ["h-categorizer", "h-categorizer"],
  ["quadratic-energy", "quadratic energy"],
  ["euler", "Euler-based"],
]);
const METHODS: ReadonlyMap<string, string> = new Map([
  ["removal", "removal"],
  ["restricted-removal", "restricted removal"],
  ["shapley", "Shapley value"],
  ["gradient", "gradient"],
]);

/** "The objection “A” (a)", or "Its only objection, “A” (a)," when there is one. */
const subject = (attack: string, only: boolean): string => (only ? `Its only objection, ${attack},` : `The objection ${attack}`);

/** The English words of explanations. */
export const explanationEn: ExplanationWording = {
  heading: { thesis: "Thesis", claim: "Claim", relation: "Relation" },
  semantics: (name) => GRADUAL.get(name) ?? `${name} semantics`,
  method: (name) => METHODS.get(name) ?? name,
  relation: (kind, premises, target) => (kind === "support" ? `${premises} supports ${target}` : kind === "attack" ? `${premises} attacks ${target}` : `${premises} undercuts the inference ${target}`),
  verdict: (label, semantics) => (label === "in" ? `It stands under ${semantics}.` : label === "out" ? `It does not stand under ${semantics}.` : `It is undecided under ${semantics}.`),
  strength: (value, base, semantics) => `Its strength under ${semantics} is ${value} (base score ${base}).`,
  unattacked: "Nothing attacks it.",
  attacked: (n, listed) => `${capital(count(n))} ${n === 1 ? "objection attacks" : "objections attack"} it${listed === undefined ? "." : `: ${list.format(listed)}.`}`,
  answered: (attack, answers, only) => `${subject(attack, only)} is answered by ${list.format(answers)}.`,
  defeats: (attacks, only) => (attacks.length === 1 ? `${subject(attacks[0]!, only)} defeats it and stands.` : `The objections ${list.format(attacks)} defeat it and stand.`),
  open: (attacks, only) => (attacks.length === 1 ? `${subject(attacks[0]!, only)} is itself undecided.` : `The objections ${list.format(attacks)} are themselves undecided.`),
  fails: (attacks, only) => (attacks.length === 1 ? `${subject(attacks[0]!, only)} does not stand.` : `The objections ${list.format(attacks)} do not stand.`),
  more: (n) => `…and ${count(n)} more.`,
  someButNotAll: (name) => `Some ${name} extensions accept it, but not all.`,
  none: (name) => `No ${name} extension accepts it.`,
  noStable: "The map has no stable extension, so stable semantics accepts nothing.",
  defence: (claims, relations, minimal) =>
    `Its defence (${minimal ? "a minimal" : "an"} admissible set: no conflict inside, and every attack on a member answered): ${list.format(claims)}` +
    `${relations.length === 0 ? "" : `, with the relation${relations.length === 1 ? "" : "s"} ${list.format(relations)}`}.`,
  cruxesHeading: "What would change the verdict:",
  cruxLabel: (claim, label) => `without ${claim} it would ${label === "in" ? "stand" : label === "out" ? "not stand" : "be undecided"}`,
  noCrux: "No single claim's removal would change the verdict.",
  contributionsHeading: (semantics, strength, method) => `What moves its ${GRADUAL.get(semantics) ?? semantics} strength (${strength}) most, by ${method}:`,
  table: ["±", "id", "claim"],
  unsettled: "Its gradual strength does not settle on the cycles of this map, so no contributions are given (a smaller step may settle it).",
  noContributions: "Nothing else moves its strength.",
  sampled: (samples, error, confidence) => `(estimated from ${samples} random orders; each within ±${error} with probability ${confidence})`,
  number: (value, digits, signed = false) => {
    const text = Math.abs(value).toFixed(digits);
    const zero = Number(text) === 0;
    return `${value < 0 && !zero ? "−" : signed && !zero ? "+" : ""}${text}`;
  },
  linked: (premises) => (premises.length === 2 ? `${premises[0]!} together with ${premises[1]!}` : `${list.format(premises)} together`),
  list: (items) => list.format(items),
  quotes: ["“", "”"],
};

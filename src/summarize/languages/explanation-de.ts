/**
 * @internal German words of explanations.
 * @module
 */
import type { ExplanationWording } from "./explanation-types.js";

const NUMBERS = ["kein", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"];
const count = (n: number): string => NUMBERS[n] ?? String(n);
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const list = new Intl.ListFormat("de", { style: "long", type: "conjunction" });
/** After "nach": "nach der fundierten Semantik", "nach DF-QuAD". */
const NAMES: ReadonlyMap<string, string> = new Map([
  ["grounded", "der fundierten Semantik"],
  ["complete", "der vollständigen Semantik"],
  ["preferred", "der präferierten Semantik"],
  ["stable", "der stabilen Semantik"],
  ["semi-stable", "der semistabilen Semantik"],
  ["ideal", "der idealen Semantik"],
  ["dfquad", "DF-QuAD"],
  ["h-categorizer", "dem h-Kategorisierer"],
  ["quadratic-energy", "der quadratischen Energie"],
  ["euler", "der Euler-Semantik"],
]);
/** Before "Stärke": "ihre DF-QuAD-Stärke". */
const PREFIX: ReadonlyMap<string, string> = new Map([
  ["dfquad", "DF-QuAD"],
  ["h-categorizer", "h-Kategorisierer"],
  ["quadratic-energy", "Quadratische-Energie"],
  ["euler", "Euler"],
]);
/** Adjectives of extensions: "einige präferierte Erweiterungen", "keine präferierte Erweiterung". */
const ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ["complete", "vollständige"],
  ["preferred", "präferierte"],
  ["stable", "stabile"],
  ["semi-stable", "semistabile"],
]);
const METHODS: ReadonlyMap<string, string> = new Map([
  ["removal", "Entfernen"],
  ["restricted-removal", "eingeschränktes Entfernen"],
  ["shapley", "Shapley-Wert"],
  ["gradient", "Gradient"],
]);

/** "Der Einwand „A“ (a)", or "Ihr einziger Einwand, „A“ (a)," when there is one. */
const subject = (attack: string, only: boolean): string => (only ? `Ihr einziger Einwand, ${attack},` : `Der Einwand ${attack}`);

/** The German words of explanations. */
export const explanationDe: ExplanationWording = {
  heading: { thesis: "These", claim: "Aussage", relation: "Relation" },
  semantics: (name) => NAMES.get(name) ?? `der Semantik „${name}“`,
  method: (name) => METHODS.get(name) ?? name,
  relation: (kind, premises, target) => (kind === "support" ? `${premises} stützt ${target}` : kind === "attack" ? `${premises} greift ${target} an` : `${premises} unterminiert den Schluss ${target}`),
  verdict: (label, semantics) => (label === "in" ? `Nach ${semantics} hält sie.` : label === "out" ? `Nach ${semantics} hält sie nicht.` : `Nach ${semantics} bleibt sie unentschieden.`),
  strength: (value, base, semantics) => `Ihre Stärke nach ${semantics} beträgt ${value} (Grundwert ${base}).`,
  unattacked: "Nichts greift sie an.",
  attacked: (n, listed) => `${capital(count(n))} ${n === 1 ? "Einwand greift" : "Einwände greifen"} sie an${listed === undefined ? "." : `: ${list.format(listed)}.`}`,
  answered: (attack, answers, only) => `${subject(attack, only)} wird durch ${list.format(answers)} entkräftet.`,
  defeats: (attacks, only) => (attacks.length === 1 ? `${subject(attacks[0]!, only)} widerlegt sie und hält selbst.` : `Die Einwände ${list.format(attacks)} widerlegen sie und halten selbst.`),
  open: (attacks, only) => (attacks.length === 1 ? `${subject(attacks[0]!, only)} ist selbst unentschieden.` : `Die Einwände ${list.format(attacks)} sind selbst unentschieden.`),
  fails: (attacks, only) => (attacks.length === 1 ? `${subject(attacks[0]!, only)} hält nicht.` : `Die Einwände ${list.format(attacks)} halten nicht.`),
  more: (n) => `…und ${n === 1 ? "einer" : count(n)} weitere.`,
  someButNotAll: (name) => `Einige ${ADJECTIVES.get(name) ?? name} Erweiterungen akzeptieren sie, aber nicht alle.`,
  none: (name) => `Keine ${ADJECTIVES.get(name) ?? name} Erweiterung akzeptiert sie.`,
  noStable: "Die Karte hat keine stabile Erweiterung; die stabile Semantik akzeptiert daher nichts.",
  defence: (claims, relations, minimal) =>
    `Ihre Verteidigung (${minimal ? "eine minimale" : "eine"} zulässige Menge: ohne inneren Konflikt, jeder Angriff auf ein Element entkräftet): ${list.format(claims)}` +
    `${relations.length === 0 ? "" : `, mit der Relation${relations.length === 1 ? "" : "en"} ${list.format(relations)}`}.`,
  cruxesHeading: "Was das Ergebnis ändern würde:",
  cruxLabel: (claim, label) => `ohne ${claim} würde sie ${label === "in" ? "halten" : label === "out" ? "nicht halten" : "unentschieden bleiben"}`,
  noCrux: "Das Entfernen keiner einzelnen Aussage würde das Ergebnis ändern.",
  contributionsHeading: (semantics, strength, method) => `Was ihre ${PREFIX.get(semantics) ?? semantics}-Stärke (${strength}) am meisten bewegt (Methode: ${method}):`,
  table: ["±", "ID", "Aussage"],
  unsettled: "Ihre graduelle Stärke konvergiert auf den Zyklen dieser Karte nicht; daher werden keine Beiträge angegeben (eine kleinere Schrittweite kann helfen).",
  noContributions: "Nichts sonst bewegt ihre Stärke.",
  sampled: (samples, error, confidence) => `(geschätzt aus ${samples} zufälligen Reihenfolgen; jeder Wert mit Wahrscheinlichkeit ${confidence} auf ±${error} genau)`,
  number: (value, digits, signed = false) => {
    const text = Math.abs(value).toFixed(digits);
    const zero = Number(text) === 0;
    return `${value < 0 && !zero ? "−" : signed && !zero ? "+" : ""}${text.replace(".", ",")}`;
  },
  linked: (premises) => (premises.length === 2 ? `${premises[0]!} zusammen mit ${premises[1]!}` : `${list.format(premises)} zusammen`),
  list: (items) => list.format(items),
  quotes: ["„", "“"],
};

/**
 * Generated maps for the render benchmarks: a thesis, reasons and objections
 * in a tree, one relation in ten linking two premises, some undercuts,
 * labels and schemes, sentences of 6 to 27 words.
 */
import { random } from "../harness.js";
import { argmap } from "../../src/map/builder.js";
import type { ArgumentMap } from "../../src/map/argument-map.js";

const WORDS = "japan ukraine export rules defense supply policy tokyo kyiv partner security equipment technology alliance domestic politics legal transfer cooperation strategic resilience framework weapons".split(" ");

/** A map of `size` claims: a thesis, reasons and objections in a tree, some linked premises and undercuts. */
export function generate(size: number, seed: number): ArgumentMap {
  const next = random(seed);
  const sentence = (): string => {
    const length = 6 + Math.floor(next() * 22);
    const words: string[] = [];
    for (let i = 0; i < length; i++) words.push(WORDS[Math.floor(next() * WORDS.length)]!);
    const text = words.join(" ");
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const builder = argmap(`Generated map of ${size} claims`).thesis("c0", sentence());
  const relations: string[] = [];
  let i = 1;
  while (i < size) {
    const target = `c${Math.floor(next() * i)}`;
    const linked = next() < 0.1 && i + 1 < size;
    builder.claim(`c${i}`, sentence());
    if (linked) builder.claim(`c${i + 1}`, sentence());
    const from = linked ? [`c${i}`, `c${i + 1}`] : [`c${i}`];
    i += from.length;
    const id = `r${relations.length}`;
    const roll = next();
    if (roll < 0.06 && relations.length > 0) {
      builder.attack(from, relations[Math.floor(next() * relations.length)]!, { id });
    } else if (roll < 0.35) {
      builder.attack(from, target, { id, ...(next() < 0.1 ? { label: "counterexample" } : {}) });
    } else {
      builder.support(from, target, { id, ...(next() < 0.1 ? { scheme: "expert opinion" } : {}) });
    }
    relations.push(id);
  }
  return builder.build();
}


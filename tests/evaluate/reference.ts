/**
 * Brute-force reference for the extension semantics: checks the definitions
 * on every subset of the arguments (frameworks up to about 14 arguments).
 * Sets are bit masks.
 */
import { expect } from "vitest";
import { IN, OUT, type Framework, type Labelling } from "../../src/evaluate/index.js";

/** A labelling's extension as a bit mask. */
export function mask(labelling: Labelling): number {
  let m = 0;
  for (const a of labelling.extension) m |= 1 << a;
  return m;
}

/** The labelling is the one its extension determines: in = the extension, out = what it attacks, undec the rest. */
export function expectLabellingOfExtension(fw: Framework, labelling: Labelling): void {
  for (let b = 0; b < fw.size; b++) {
    let attacked = false;
    for (let k = fw.attackers.offsets[b]!; k < fw.attackers.offsets[b + 1]!; k++) if (labelling.codes[fw.attackers.neighbors[k]!] === IN) attacked = true;
    if (labelling.codes[b] === IN) expect(attacked).toBe(false);
    else expect(labelling.codes[b] === OUT).toBe(attacked);
  }
}

export interface SmallFramework {
  readonly n: number;
  readonly attacks: readonly (readonly [number, number])[];
}

export type Sem = "grounded" | "complete" | "preferred" | "stable" | "semi-stable" | "ideal";

export function referenceExtensions(af: SmallFramework, semantics: Sem): number[] {
  const { n } = af;
  const attackersOf = new Array<number>(n).fill(0);
  const targetsOf = new Array<number>(n).fill(0);
  for (const [a, b] of af.attacks) {
    attackersOf[b]! |= 1 << a;
    targetsOf[a]! |= 1 << b;
  }
  const all = (1 << n) - 1;
  const attackedBy = (s: number): number => {
    let out = 0;
    for (let a = 0; a < n; a++) if (s & (1 << a)) out |= targetsOf[a]!;
    return out;
  };
  const conflictFree = (s: number): boolean => (attackedBy(s) & s) === 0;
  const defended = (s: number): number => {
    const hit = attackedBy(s);
    let out = 0;
    for (let a = 0; a < n; a++) if ((attackersOf[a]! & ~hit) === 0) out |= 1 << a;
    return out;
  };
  const admissible = (s: number): boolean => conflictFree(s) && (s & ~defended(s)) === 0;
  const complete = (s: number): boolean => admissible(s) && defended(s) === s;
  const subsets: number[] = [];
  for (let s = 0; s <= all; s++) subsets.push(s);
  const adm = subsets.filter(admissible);
  const sub = (x: number, y: number): boolean => (x & ~y) === 0;
  const maximal = (list: number[], key: (s: number) => number): number[] =>
    list.filter((s) => !list.some((t) => key(t) !== key(s) && sub(key(s), key(t))));
  switch (semantics) {
    case "complete":
      return subsets.filter(complete);
    case "grounded": {
      const co = subsets.filter(complete);
      return co.filter((s) => co.every((t) => sub(s, t)));
    }
    case "preferred":
      return maximal(adm, (s) => s);
    case "stable":
      return subsets.filter((s) => conflictFree(s) && (s | attackedBy(s)) === all);
    case "semi-stable": {
      const range = (s: number): number => s | attackedBy(s);
      return maximal(adm, range).filter((s, _i, list) => list.every((t) => !(sub(range(s), range(t)) && range(s) !== range(t))));
    }
    case "ideal": {
      const pr = maximal(adm, (s) => s);
      const meet = pr.reduce((x, y) => x & y, all);
      const inside = adm.filter((s) => sub(s, meet));
      return maximal(inside, (s) => s);
    }
  }
}

/**
 * Ideal semantics.
 * @module
 */
import { budgetOf, type Budget } from "./budget.js";
import { LabellingSolver } from "./encoding.js";
import type { Framework } from "./framework.js";
import { IN, labellingFromExtension, OUT, type Labelling } from "./labelling.js";

/**
 * Options of {@link ideal}.
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, ideal, type IdealOptions } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"], ["b", "a"]]);
 * const options: IdealOptions = { timeLimit: 5000 };
 * console.log(ideal(af, options).extension.length); // 0
 * ```
 */
export interface IdealOptions {
  /**
   * Stops the computation with `aborted` when it fires.
   *
   * @defaultValue none
   */
  readonly signal?: AbortSignal;
  /**
   * Stops the computation with `time-limit` after this many milliseconds
   * (checked inside its loops).
   *
   * @defaultValue none
   */
  readonly timeLimit?: number;
}

/**
 * The ideal labelling: the largest admissible set contained in every
 * preferred extension. Computed as in Dunne (2009): the credulously
 * accepted arguments that no credulously accepted argument attacks, shrunk
 * to their largest admissible subset. The credulously accepted arguments
 * come from a few maximal searches, each for a complete labelling that holds
 * some argument not yet known to be accepted; the last search, which finds
 * none, settles all the others at once.
 *
 * @param framework - The framework.
 * @param options - An abort signal, a time limit.
 * @returns The ideal labelling (unique).
 * @throws `ArgmapError` `aborted` if the signal fires, `time-limit` when
 * the time limit expires.
 *
 * @example
 * ```ts
 * import { extensionIds, frameworkFromEdges, ideal } from "argmap/evaluate";
 *
 * // a and b attack each other and both attack c; c and d attack each other.
 * const af = frameworkFromEdges(["a", "b", "c", "d"], [["a", "b"], ["b", "a"], ["a", "c"], ["b", "c"], ["c", "d"], ["d", "c"]]);
 * console.log(extensionIds(af, ideal(af))); // ["d"]: in every preferred extension, and defends itself
 * ```
 */
export function ideal(framework: Framework, options: IdealOptions = {}): Labelling {
  return idealLabelling(framework, budgetOf(options));
}

/** @internal {@link ideal} under a budget. */
export function idealLabelling(framework: Framework, budget: Budget | undefined): Labelling {
  const n = framework.size;
  const solver = new LabellingSolver(framework, budget, true);
  const g = solver.grounded.codes;
  // 0 unknown, 1 credulously accepted, 2 not.
  const credulous = new Uint8Array(n);
  for (let a = 0; a < n; a++) {
    if (g[a] === IN) credulous[a] = 1;
    else if (g[a] === OUT) credulous[a] = 2;
  }
  // One search per round for a complete labelling with some argument of
  // unknown status in (a clause over all of them): each model marks every
  // argument it holds, and the one unsatisfiable search at the end settles
  // all the rest, instead of one search per argument.
  const open: number[] = [];
  for (;;) {
    open.length = 0;
    for (let a = 0; a < n; a++) if (credulous[a] === 0) open.push(solver.inLit(a));
    if (open.length === 0) break;
    const selector = solver.guarded(open);
    const found = solver.solveMaximalIn([selector]);
    solver.retire(selector);
    if (found === undefined) {
      for (let a = 0; a < n; a++) if (credulous[a] === 0) credulous[a] = 2;
      break;
    }
    for (const x of found.extension) credulous[x] = 1;
  }
  const members = new Uint8Array(n);
  const { offsets: inOffsets, neighbors: attackers } = framework.attackers;
  for (let a = 0; a < n; a++) {
    if (credulous[a] !== 1) continue;
    let attacked = false;
    for (let k = inOffsets[a]!; k < inOffsets[a + 1]! && !attacked; k++) attacked = credulous[attackers[k]!] === 1;
    if (!attacked) members[a] = 1;
  }
  return labellingFromExtension(framework, largestAdmissibleSubset(framework, members));
}

/**
 * @internal Shrinks a conflict-free set to its largest admissible subset by
 * removing, until none is left, members with an attacker the set does not
 * attack. Linear time; changes and returns `members`.
 */
export function largestAdmissibleSubset(framework: Framework, members: Uint8Array): Uint8Array {
  const n = framework.size;
  const { offsets, neighbors } = framework.attacks;
  const { offsets: inOffsets, neighbors: attackers } = framework.attackers;
  const counterAttacks = new Int32Array(n);
  for (let a = 0; a < n; a++) {
    if (members[a] !== 1) continue;
    for (let k = offsets[a]!; k < offsets[a + 1]!; k++) counterAttacks[neighbors[k]!]!++;
  }
  const queue = new Int32Array(n);
  let tail = 0;
  for (let a = 0; a < n; a++) {
    if (members[a] !== 1) continue;
    for (let k = inOffsets[a]!; k < inOffsets[a + 1]!; k++) {
      if (counterAttacks[attackers[k]!] === 0) {
        members[a] = 2;
        queue[tail++] = a;
        break;
      }
    }
  }
  let head = 0;
  while (head < tail) {
    const x = queue[head++]!;
    members[x] = 0;
    for (let k = offsets[x]!; k < offsets[x + 1]!; k++) {
      const b = neighbors[k]!;
      if (--counterAttacks[b]! !== 0) continue;
      for (let j = offsets[b]!; j < offsets[b + 1]!; j++) {
        const y = neighbors[j]!;
        if (members[y] === 1) {
          members[y] = 2;
          queue[tail++] = y;
        }
      }
    }
  }
  return members;
}

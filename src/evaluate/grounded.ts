/**
 * Grounded semantics in linear time.
 * @module
 */
import type { Framework } from "./framework.js";
import { budgetOf, checkBudget, type Budget } from "./budget.js";
import { IN, labellingFromCodes, OUT, type Labelling } from "./labelling.js";

const IN_STATE = -1;
const OUT_STATE = -2;

/** Options of {@link grounded}. */
export interface GroundedOptions {
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
 * The grounded labelling: the least fixpoint of the characteristic function,
 * computed with a queue in time linear in arguments plus attacks. An
 * argument is in when all its attackers are out, out when an attacker is in,
 * undec otherwise.
 *
 * @param framework - The framework.
 * @param options - An abort signal, a time limit.
 * @returns The grounded labelling (unique).
 * @throws `ArgmapError` `aborted` if the signal fires, `time-limit` when
 * the time limit expires.
 * @example
 * ```ts
 * const af = frameworkFromEdges(["a", "b", "c"], [["a", "b"], ["b", "c"]]);
 * extensionIds(af, grounded(af)); // ["a", "c"]
 * ```
 */
export function grounded(framework: Framework, options: GroundedOptions = {}): Labelling {
  return groundedLabelling(framework, budgetOf(options));
}

/** @internal {@link grounded} under a budget. */
export function groundedLabelling(framework: Framework, signal: Budget | undefined): Labelling {
  checkBudget(signal);
  const n = framework.size;
  // One word per argument: ≥ 0 is the number of attackers not yet out
  // (undecided), IN_STATE and OUT_STATE are final. Keeping the count and the
  // label together costs one memory access per attack instead of two.
  const state = new Int32Array(n);
  const inOffsets = framework.attackers.offsets;
  const { offsets, neighbors } = framework.attacks;
  // Arguments whose label is final but whose attacks are not yet processed.
  // They are first processed in sweeps in argument order (sequential memory
  // access), as long as a sweep does enough work to pay for scanning the
  // bitmap; the rest goes through a queue (linear time in any case).
  const words = (n + 31) >>> 5;
  const ready = new Uint32Array(words);
  let pending = 0;
  for (let i = 0; i < n; i++) {
    const degree = inOffsets[i + 1]! - inOffsets[i]!;
    if (degree === 0) {
      state[i] = IN_STATE;
      ready[i >>> 5]! |= 1 << (i & 31);
      pending++;
    } else state[i] = degree;
  }
  // Sweeps alternate between ascending and descending argument order, so
  // that chains of attacks running either way are followed within one sweep.
  // Stop sweeping after a sweep in each direction did less work than the
  // bitmap scan costs.
  let weakSweeps = 0;
  let ascending = true;
  while (pending > 0 && weakSweeps < 2) {
    checkBudget(signal);
    let sweepWork = 0;
    for (let step = 0; step < words; step++) {
      const w = ascending ? step : words - 1 - step;
      let bits = ready[w]!;
      while (bits !== 0) {
        ready[w] = 0;
        while (bits !== 0) {
          let bit: number;
          if (ascending) bit = bits & -bits;
          else bit = 1 << (31 - Math.clz32(bits));
          bits ^= bit;
          const v = (w << 5) | (31 - Math.clz32(bit));
          sweepWork++;
          const end = offsets[v + 1]!;
          if (state[v] === IN_STATE) {
            // Everything v attacks is out; it is counted off in a later step.
            for (let k = offsets[v]!; k < end; k++) {
              const t = neighbors[k]!;
              if (state[t] !== OUT_STATE) {
                state[t] = OUT_STATE;
                ready[t >>> 5]! |= 1 << (t & 31);
                pending++;
              }
            }
          } else {
            // v is out: one attacker less for everything it attacks.
            for (let k = offsets[v]!; k < end; k++) {
              const u = neighbors[k]!;
              const left = state[u]!;
              if (left === 1) {
                state[u] = IN_STATE;
                ready[u >>> 5]! |= 1 << (u & 31);
                pending++;
              } else if (left > 1) state[u] = left - 1;
            }
          }
        }
        bits = ready[w]!;
      }
    }
    pending -= sweepWork;
    weakSweeps = sweepWork >= words ? 0 : weakSweeps + 1;
    ascending = !ascending;
  }
  if (pending > 0) {
    // Few arguments are left per sweep: finish with a queue of in arguments,
    // counting off each newly out argument at once.
    const queue = new Int32Array(n);
    let tail = 0;
    for (let w = 0; w < words; w++) {
      let bits = ready[w]!;
      ready[w] = 0;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const v = (w << 5) | (31 - Math.clz32(low));
        if (state[v] === IN_STATE) queue[tail++] = v;
        else tail = countOff(v, state, offsets, neighbors, queue, tail);
      }
    }
    let head = 0;
    while (head < tail) {
      if ((head & 0xffff) === 0) checkBudget(signal);
      const a = queue[head++]!;
      const end = offsets[a + 1]!;
      for (let k = offsets[a]!; k < end; k++) {
        const t = neighbors[k]!;
        if (state[t] === OUT_STATE) continue;
        state[t] = OUT_STATE;
        tail = countOff(t, state, offsets, neighbors, queue, tail);
      }
    }
  }
  const codes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = state[i]!;
    codes[i] = v === IN_STATE ? IN : v === OUT_STATE ? OUT : 0;
  }
  return labellingFromCodes(codes);
}

/** Counts an out argument off for what it attacks; queues what becomes in and returns the new queue end. */
function countOff(t: number, state: Int32Array, offsets: Int32Array, neighbors: Int32Array, queue: Int32Array, tail: number): number {
  let end = tail;
  const stop = offsets[t + 1]!;
  for (let j = offsets[t]!; j < stop; j++) {
    const u = neighbors[j]!;
    const left = state[u]!;
    if (left === 1) {
      state[u] = IN_STATE;
      queue[end++] = u;
    } else if (left > 1) state[u] = left - 1;
  }
  return end;
}

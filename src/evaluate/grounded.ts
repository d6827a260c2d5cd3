/**
 * Grounded semantics in linear time.
 * @module
 */
import type { Framework } from "./framework.js";
import { checkAborted } from "./issues.js";
import { IN, labellingFromCodes, OUT, type Labelling } from "./labelling.js";

/** Options of {@link grounded}. */
export interface GroundedOptions {
  /**
   * Stops the computation with `aborted` when it fires.
   *
   * @defaultValue none
   */
  readonly signal?: AbortSignal;
}

/**
 * The grounded labelling: the least fixpoint of the characteristic function,
 * computed with a queue in time linear in arguments plus attacks. An
 * argument is in when all its attackers are out, out when an attacker is in,
 * undec otherwise.
 *
 * @param framework - The framework.
 * @param options - An abort signal.
 * @returns The grounded labelling (unique).
 * @throws {@link ArgmapError} `aborted` if the signal fires.
 * @example
 * ```ts
 * const af = frameworkFromEdges(["a", "b", "c"], [["a", "b"], ["b", "c"]]);
 * extensionIds(af, grounded(af)); // ["a", "c"]
 * ```
 */
export function grounded(framework: Framework, options: GroundedOptions = {}): Labelling {
  const { signal } = options;
  checkAborted(signal);
  const n = framework.size;
  const codes = new Uint8Array(n);
  const remaining = new Int32Array(n);
  const queue = new Int32Array(n);
  const inOffsets = framework.attackers.offsets;
  const { offsets, neighbors } = framework.attacks;
  let tail = 0;
  for (let i = 0; i < n; i++) {
    const degree = inOffsets[i + 1]! - inOffsets[i]!;
    remaining[i] = degree;
    if (degree === 0) {
      codes[i] = IN;
      queue[tail++] = i;
    }
  }
  let head = 0;
  while (head < tail) {
    if ((head & 0xffff) === 0) checkAborted(signal);
    const a = queue[head++]!;
    const end = offsets[a + 1]!;
    for (let k = offsets[a]!; k < end; k++) {
      const t = neighbors[k]!;
      if (codes[t] === OUT) continue;
      codes[t] = OUT;
      const tEnd = offsets[t + 1]!;
      for (let j = offsets[t]!; j < tEnd; j++) {
        const u = neighbors[j]!;
        if (codes[u] === 0 && --remaining[u]! === 0) {
          codes[u] = IN;
          queue[tail++] = u;
        }
      }
    }
  }
  return labellingFromCodes(codes);
}

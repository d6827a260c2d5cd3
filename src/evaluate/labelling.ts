/**
 * Labellings: the result of extension semantics.
 * @module
 */
import type { AcceptanceLabel } from "../map/evaluation.js";
import type { Framework } from "./framework.js";

/** Label code of an argument that is neither accepted nor rejected. */
export const UNDEC = 0;
/** Label code of an accepted argument (in the extension). */
export const IN = 1;
/** Label code of a rejected argument (attacked by the extension). */
export const OUT = 2;

/** A label code: {@link UNDEC}, {@link IN} or {@link OUT}. */
export type LabelCode = typeof UNDEC | typeof IN | typeof OUT;

/**
 * A labelling of a framework's arguments, with its extension (the arguments
 * labelled in).
 */
export interface Labelling {
  /** Label code per argument number: 0 undec, 1 in, 2 out. */
  readonly codes: Uint8Array;
  /** Argument numbers labelled in, ascending. */
  readonly extension: Int32Array;
}

/** @internal Builds a labelling from its codes (taken, not copied). */
export function labellingFromCodes(codes: Uint8Array): Labelling {
  let count = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] === IN) count++;
  const extension = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] === IN) extension[k++] = i;
  return { codes, extension };
}

/**
 * @internal Labels an extension: its members in, what they attack out, the
 * rest undec.
 */
export function labellingFromExtension(framework: Framework, inSet: Uint8Array): Labelling {
  const codes = new Uint8Array(framework.size);
  const { offsets, neighbors } = framework.attacks;
  for (let a = 0; a < framework.size; a++) {
    if (inSet[a] === 0) continue;
    codes[a] = IN;
  }
  for (let a = 0; a < framework.size; a++) {
    if (inSet[a] === 0) continue;
    for (let k = offsets[a]!; k < offsets[a + 1]!; k++) if (codes[neighbors[k]!] !== IN) codes[neighbors[k]!] = OUT;
  }
  return labellingFromCodes(codes);
}

const NAMES: readonly AcceptanceLabel[] = ["undec", "in", "out"];

/**
 * The label of one argument.
 *
 * @param labelling - A labelling.
 * @param index - The argument's number.
 * @returns `"in"`, `"out"` or `"undec"`.
 */
export function labelOf(labelling: Labelling, index: number): AcceptanceLabel {
  const code = labelling.codes[index];
  if (code === undefined) throw new RangeError(`argmap/evaluate: no argument number ${index}`);
  return NAMES[code]!;
}

/**
 * The labels keyed by argument id.
 *
 * @param framework - The framework the labelling belongs to.
 * @param labelling - The labelling.
 * @returns A new map from id to label.
 * @example
 * ```ts
 * labelsById(af, grounded(af)).get("a"); // "in"
 * ```
 */
export function labelsById(framework: Framework, labelling: Labelling): Map<string, AcceptanceLabel> {
  const out = new Map<string, AcceptanceLabel>();
  for (let i = 0; i < framework.size; i++) out.set(framework.id(i), NAMES[labelling.codes[i]!]!);
  return out;
}

/**
 * The ids of the arguments in the extension.
 *
 * @param framework - The framework the labelling belongs to.
 * @param labelling - The labelling.
 * @returns Ids in argument order.
 */
export function extensionIds(framework: Framework, labelling: Labelling): string[] {
  return Array.from(labelling.extension, (i) => framework.id(i));
}

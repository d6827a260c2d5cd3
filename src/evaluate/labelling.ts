/**
 * Labellings: the result of extension semantics.
 * @module
 */
import type { AcceptanceLabel } from "../map/evaluation.js";
import type { Framework } from "./framework.js";

/**
 * Label code of an argument that is neither accepted nor rejected.
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, grounded, UNDEC } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"], ["b", "a"]]);
 * console.log(grounded(af).codes[0] === UNDEC); // true: a two-way conflict stays undecided
 * ```
 */
export const UNDEC = 0;
/**
 * Label code of an accepted argument (in the extension).
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, grounded, IN } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"]]);
 * console.log(grounded(af).codes[0] === IN); // true: a is unattacked
 * ```
 */
export const IN = 1;
/**
 * Label code of a rejected argument (attacked by the extension).
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, grounded, OUT } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"]]);
 * console.log(grounded(af).codes[1] === OUT); // true: b is attacked by a, which is in
 * ```
 */
export const OUT = 2;

/**
 * A label code: {@link UNDEC}, {@link IN} or {@link OUT}.
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, grounded, IN, OUT, type LabelCode } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"]]);
 * const code = grounded(af).codes[1] as LabelCode;
 * console.log(code === IN ? "in" : code === OUT ? "out" : "undec"); // "out"
 * ```
 */
export type LabelCode = typeof UNDEC | typeof IN | typeof OUT;

/**
 * A labelling of a framework's arguments, with its extension (the arguments
 * labelled in).
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, grounded, type Labelling } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b", "c"], [["a", "b"], ["b", "c"]]);
 * const labelling: Labelling = grounded(af);
 * console.log(labelling.codes, labelling.extension); // Uint8Array [1, 2, 1] Int32Array [0, 2]
 * ```
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
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, grounded, labelOf } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"]]);
 * console.log(labelOf(grounded(af), af.indexOf("b"))); // "out"
 * ```
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
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, grounded, labelsById } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"]]);
 * console.log(labelsById(af, grounded(af)).get("a")); // "in"
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
 *
 * @example
 * ```ts
 * import { extensionIds, extensions, frameworkFromEdges } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b", "c"], [["a", "b"], ["b", "a"], ["b", "c"]]);
 * for (const labelling of extensions(af, "preferred")) console.log(extensionIds(af, labelling)); // ["a", "c"], ["b"]
 * ```
 */
export function extensionIds(framework: Framework, labelling: Labelling): string[] {
  return Array.from(labelling.extension, (i) => framework.id(i));
}

/**
 * Names of the semantics argmap evaluates.
 * @module
 */

/**
 * Dung's extension semantics.
 *
 * @example
 * ```ts
 * import { extensions, frameworkFromEdges, type ExtensionSemantics } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"], ["b", "a"]]);
 * const semantics: ExtensionSemantics = "preferred";
 * console.log(extensions(af, semantics).length); // 2
 * ```
 */
export type ExtensionSemantics = "grounded" | "complete" | "preferred" | "stable" | "semi-stable" | "ideal";

/**
 * Gradual (weighted) semantics: strengths in [0, 1].
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, gradual, type GradualSemantics } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"]]);
 * const semantics: GradualSemantics = "h-categorizer";
 * console.log(gradual(af, semantics).strengths); // Float64Array [1, 0.5]
 * ```
 */
export type GradualSemantics = "h-categorizer" | "dfquad" | "quadratic-energy" | "euler";

/**
 * Every semantics argmap evaluates.
 *
 * @example
 * ```ts
 * import { argmap } from "argmap";
 * import { evaluateMap, type Semantics } from "argmap/evaluate";
 *
 * const map = argmap("Tea").claim("t", "Tea is good.").claim("o", "It is bitter.").attack("o", "t").build();
 * for (const semantics of ["grounded", "dfquad"] satisfies Semantics[]) console.log(evaluateMap(map, semantics).semantics);
 * ```
 */
export type Semantics = ExtensionSemantics | GradualSemantics;

/**
 * The extension semantics, in the order argmap lists them.
 *
 * @example
 * ```ts
 * import { EXTENSION_SEMANTICS, frameworkFromEdges, someExtension } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"]]);
 * for (const semantics of EXTENSION_SEMANTICS) console.log(semantics, someExtension(af, semantics)?.extension);
 * ```
 */
export const EXTENSION_SEMANTICS: readonly ExtensionSemantics[] = Object.freeze(["grounded", "complete", "preferred", "stable", "semi-stable", "ideal"] as const);

/**
 * The gradual semantics, in the order argmap lists them.
 *
 * @example
 * ```ts
 * import { frameworkFromEdges, gradual, GRADUAL_SEMANTICS } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"]]);
 * for (const semantics of GRADUAL_SEMANTICS) console.log(semantics, gradual(af, semantics).strengths[1]);
 * ```
 */
export const GRADUAL_SEMANTICS: readonly GradualSemantics[] = Object.freeze(["h-categorizer", "dfquad", "quadratic-energy", "euler"] as const);

/**
 * Whether a name is an extension semantics.
 *
 * @example
 * ```ts
 * import { isExtensionSemantics } from "argmap/evaluate";
 *
 * console.log(isExtensionSemantics("preferred"), isExtensionSemantics("dfquad")); // true false
 * ```
 */
export function isExtensionSemantics(name: string): name is ExtensionSemantics {
  return (EXTENSION_SEMANTICS as readonly string[]).includes(name);
}

/**
 * Whether a name is a gradual semantics.
 *
 * @example
 * ```ts
 * import { isGradualSemantics } from "argmap/evaluate";
 *
 * console.log(isGradualSemantics("dfquad"), isGradualSemantics("grounded")); // true false
 * ```
 */
export function isGradualSemantics(name: string): name is GradualSemantics {
  return (GRADUAL_SEMANTICS as readonly string[]).includes(name);
}

/** @internal Every semantics name, extension semantics first (for command-line choices). */
export const ALL_SEMANTICS: readonly Semantics[] = Object.freeze([...EXTENSION_SEMANTICS, ...GRADUAL_SEMANTICS]);

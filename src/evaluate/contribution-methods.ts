/**
 * The names of the contribution methods (a module of its own, so that the
 * command line's option list does not load the computations).
 * @module
 */

/**
 * How a contribution is measured:
 *
 * - `"removal"`: the topic's strength minus its strength without the argument;
 * - `"restricted-removal"`: the same, after cutting every relation into the
 *   argument (so that it counts with its base score only);
 * - `"shapley"`: the argument's Shapley value in the game whose players are
 *   the arguments with a path to the topic;
 * - `"gradient"`: the derivative of the topic's strength by the argument's
 *   base score.
 *
 * @example
 * ```ts
 * import { CONTRIBUTION_METHODS, type ContributionMethod } from "argmap/evaluate";
 *
 * const method: ContributionMethod = "shapley";
 * console.log(CONTRIBUTION_METHODS.includes(method)); // true
 * ```
 */
export type ContributionMethod = "removal" | "restricted-removal" | "shapley" | "gradient";

/**
 * The contribution methods, in the order argmap lists them.
 *
 * @example
 * ```ts
 * import { CONTRIBUTION_METHODS, contributions, frameworkFromEdges } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["t", "a"], [["a", "t"]], { base: [0.5, 0.8] });
 * for (const method of CONTRIBUTION_METHODS) console.log(method, contributions(af, "t", { semantics: "dfquad", method }).contributions[0]?.value);
 * ```
 */
export const CONTRIBUTION_METHODS: readonly ContributionMethod[] = Object.freeze(["removal", "restricted-removal", "shapley", "gradient"] as const);

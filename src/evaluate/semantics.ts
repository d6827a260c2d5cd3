/**
 * Names of the semantics argmap evaluates.
 * @module
 */

/** Dung's extension semantics. */
export type ExtensionSemantics = "grounded" | "complete" | "preferred" | "stable" | "semi-stable" | "ideal";

/** Gradual (weighted) semantics: strengths in [0, 1]. */
export type GradualSemantics = "h-categorizer" | "dfquad" | "quadratic-energy" | "euler";

/** Every semantics argmap evaluates. */
export type Semantics = ExtensionSemantics | GradualSemantics;

/** The extension semantics, in the order argmap lists them. */
export const EXTENSION_SEMANTICS: readonly ExtensionSemantics[] = Object.freeze(["grounded", "complete", "preferred", "stable", "semi-stable", "ideal"] as const);

/** The gradual semantics, in the order argmap lists them. */
export const GRADUAL_SEMANTICS: readonly GradualSemantics[] = Object.freeze(["h-categorizer", "dfquad", "quadratic-energy", "euler"] as const);

/** Whether a name is an extension semantics. */
export function isExtensionSemantics(name: string): name is ExtensionSemantics {
  return (EXTENSION_SEMANTICS as readonly string[]).includes(name);
}

/** Whether a name is a gradual semantics. */
export function isGradualSemantics(name: string): name is GradualSemantics {
  return (GRADUAL_SEMANTICS as readonly string[]).includes(name);
}

/** @internal Every semantics name, extension semantics first (for command-line choices). */
export const ALL_SEMANTICS: readonly Semantics[] = Object.freeze([...EXTENSION_SEMANTICS, ...GRADUAL_SEMANTICS]);

/**
 * Issue codes of `argmap/evaluate`.
 * @module
 */
import { ArgmapError, type ArgmapIssue, type PathSegment } from "../errors.js";

/**
 * Codes of the problems `argmap/evaluate` reports.
 *
 * - `iccma-syntax`: a line of an ICCMA (`p af`) or ASPARTIX (`.apx`) file
 *   that cannot be read.
 * - `unknown-argument`: an attack or query names an argument that does not exist.
 * - `duplicate-argument`: an argument is declared twice.
 * - `invalid-framework`: an edge list or option that cannot describe a framework.
 * - `aborted`: the caller's `AbortSignal` fired.
 * - `time-limit`: the computation did not finish within its `timeLimit`.
 * - `framework-too-large`: an ICCMA or ASPARTIX file declares more arguments
 *   or attacks than argmap accepts (or than the file can hold).
 * - `empty-framework`: an ICCMA or ASPARTIX file with no framework in it.
 * - `not-converged`: a computation that needs gradual strengths at their
 *   fixpoint (contributions on a cyclic framework) met an iteration that did
 *   not reach it.
 *
 * @example
 * ```ts
 * import { ArgmapError } from "argmap";
 * import { parseIccma, type EvaluateIssueCode } from "argmap/evaluate";
 *
 * try {
 *   parseIccma("p af 2000000000");
 * } catch (error) {
 *   if (error instanceof ArgmapError) {
 *     const code = error.code as EvaluateIssueCode;
 *     console.log(code); // "framework-too-large"
 *   }
 * }
 * ```
 */
export type EvaluateIssueCode = "iccma-syntax" | "unknown-argument" | "duplicate-argument" | "invalid-framework" | "aborted" | "time-limit" | "framework-too-large" | "empty-framework" | "not-converged";

/** @internal Throws an `ArgmapError` with one error issue, optionally at a line and column. */
export function evaluateFail(code: EvaluateIssueCode, path: readonly PathSegment[], message: string, line?: number, column?: number): never {
  const found: ArgmapIssue<EvaluateIssueCode> =
    line === undefined
      ? { code, severity: "error", path, message }
      : { code, severity: "error", path, message, line, column: column ?? 1 };
  throw new ArgmapError<EvaluateIssueCode>([found]);
}

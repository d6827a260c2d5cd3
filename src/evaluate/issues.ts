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
 */
export type EvaluateIssueCode = "iccma-syntax" | "unknown-argument" | "duplicate-argument" | "invalid-framework" | "aborted";

/** @internal Throws an `ArgmapError` with one error issue, optionally at a line and column. */
export function evaluateFail(code: EvaluateIssueCode, path: readonly PathSegment[], message: string, line?: number, column?: number): never {
  const found: ArgmapIssue<EvaluateIssueCode> =
    line === undefined
      ? { code, severity: "error", path, message }
      : { code, severity: "error", path, message, line, column: column ?? 1 };
  throw new ArgmapError<EvaluateIssueCode>([found]);
}

/** @internal Throws `aborted` when the signal has fired. */
export function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) evaluateFail("aborted", [], "the evaluation was aborted by its AbortSignal");
}

/**
 * Issues and the error that carries them.
 *
 * Every problem argmap finds is plain data: a stable `code` to switch on, a
 * `severity`, a JSON `path` into the input and a message a person can act on.
 * @module
 */

/** A step in a JSON path: an object key or an array index. */
export type PathSegment = string | number;

/** How bad an issue is: errors stop a load, warnings are reported only. */
export type Severity = "error" | "warning";

/** Codes for input that does not match the argmap JSON schema. */
export type SchemaIssueCode =
  | "invalid-json"
  | "invalid-type"
  | "invalid-value"
  | "invalid-format"
  | "too-small"
  | "too-big"
  | "unknown-key"
  | "too-deep"
  | "unsupported-version"
  | "invalid-language"
  | "empty-text"
  | "unreadable-input";

/** Codes for documents that are well-formed but inconsistent. */
export type ConsistencyIssueCode =
  | "duplicate-id"
  | "duplicate-premise"
  | "dangling-premise"
  | "dangling-target"
  | "dangling-thesis"
  | "self-support"
  | "anchor-unknown-source"
  | "anchor-out-of-range"
  | "anchor-mismatch"
  | "anchor-splits-character"
  | "unknown-participant";

/** Codes for legal but suspicious structure (always warnings). */
export type WarningIssueCode = "isolated-claim" | "support-cycle" | "unanchored-claim" | "thesis-is-premise";

/** Codes for calls on an {@link ArgumentMap} that cannot be carried out. */
export type UsageIssueCode = "not-found" | "has-dependents" | "read-only-graph" | "anchor-ambiguous" | "thesis-already-set";

/** Codes for operations over whole maps (`mergeMaps`). */
export type OperationIssueCode = "merge-conflict";

/** Every code the core of argmap reports. */
export type IssueCode = SchemaIssueCode | ConsistencyIssueCode | WarningIssueCode | UsageIssueCode | OperationIssueCode;

/**
 * One problem found in an input or a call.
 *
 * @typeParam C - The code union; modules that read other formats widen it.
 */
export interface ArgmapIssue<C extends string = IssueCode> {
  /** Stable, kebab-case identifier of the kind of problem. */
  readonly code: C;
  /** `"error"` stops the operation; `"warning"` is advisory. */
  readonly severity: Severity;
  /** Where in the input the problem is, as JSON path segments. */
  readonly path: readonly PathSegment[];
  /** What is wrong and how to fix it. */
  readonly message: string;
  /** 1-based line in a text input, when the input is text. */
  readonly line?: number;
  /** 1-based column in a text input, when the input is text. */
  readonly column?: number;
}

/** A non-empty, read-only list of issues. */
export type IssueList<C extends string = IssueCode> = readonly [ArgmapIssue<C>, ...ArgmapIssue<C>[]];

/**
 * The error argmap throws. It carries every issue found (at least one); its
 * `code` is the code of the first error.
 *
 * @example
 * ```ts
 * import { ArgmapError, loadArgumentMap } from "argmap";
 *
 * try {
 *   loadArgumentMap({ format: "argmap", version: 1, title: "T" });
 * } catch (error) {
 *   if (error instanceof ArgmapError) for (const issue of error.issues) console.log(issue.code);
 * }
 * ```
 */
export class ArgmapError<C extends string = IssueCode> extends Error {
  /**
   * All issues found, errors first.
   *
   * @example
   * ```ts
   * import { ArgmapError, ArgumentMap } from "argmap";
   *
   * try {
   *   ArgumentMap.fromJSON({ format: "argmap", version: 1, title: 3, sources: [], claims: [], relations: [] });
   * } catch (error) {
   *   if (error instanceof ArgmapError) for (const issue of error.issues) console.log(issue.code, issue.path); // invalid-type ["title"]
   * }
   * ```
   */
  readonly issues: IssueList<C>;

  /**
   * @param issues - At least one issue; the first error names the error.
   */
  constructor(issues: IssueList<C>) {
    const first = issues.find((issue) => issue.severity === "error") ?? issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(`${first.code} at ${formatPath(first.path)}: ${first.message}${more}`);
    this.name = "ArgmapError";
    this.issues = issues;
  }

  /**
   * Code of the first error.
   *
   * @example
   * ```ts
   * import { ArgmapError, argmap } from "argmap";
   *
   * try {
   *   argmap("Lunch").support("quick", "t");
   * } catch (error) {
   *   if (error instanceof ArgmapError && error.code === "dangling-premise") console.log("add the claims first");
   * }
   * ```
   */
  get code(): C {
    const first = this.issues.find((issue) => issue.severity === "error") ?? this.issues[0];
    return first.code;
  }
}

/**
 * Renders a JSON path the way people read it: `relations[3].to`; the empty
 * path is `$`.
 *
 * @example
 * ```ts
 * import { formatPath } from "argmap";
 *
 * formatPath(["relations", 3, "to"]); // "relations[3].to"
 * ```
 */
export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return "$";
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** @internal Builds an error issue. */
export function issue<C extends string>(
  code: C,
  path: readonly PathSegment[],
  message: string,
  severity: Severity = "error",
): ArgmapIssue<C> {
  return { code, severity, path, message };
}

/** @internal Throws an {@link ArgmapError} with one error issue. */
export function fail<C extends string>(code: C, path: readonly PathSegment[], message: string): never {
  throw new ArgmapError<C>([issue(code, path, message)]);
}

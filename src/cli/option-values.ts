/** Parsing the values of number options (`--depth N`, `--step X`, `--timeout SECONDS`). */
import { UsageError } from "./command.js";
import { safeName } from "./safe-text.js";

/**
 * Parses a whole-number option value of at least `min` (default 0), or throws
 * a usage error (exit 2, `invalid-option`).
 */
export function integerOption(name: string, value: string | boolean | undefined, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== "string" || !/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`--${name} expects a whole number${min > 0 ? ` of at least ${min}` : " (0 or more)"}, not ${JSON.stringify(safeName(String(value)))}`, "invalid-option");
  }
  return n;
}

/**
 * Parses a number option that `valid` accepts, or throws a usage error (exit
 * 2, `invalid-option`) naming what is `expected`.
 */
export function numberOption(name: string, value: string | boolean | undefined, valid: (x: number) => boolean, expected: string): number | undefined {
  if (value === undefined) return undefined;
  const x = typeof value === "string" && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!valid(x)) throw new UsageError(`--${name} expects ${expected}, not ${JSON.stringify(safeName(String(value)))}`, "invalid-option");
  return x;
}

/**
 * The `timeLimit` (milliseconds) of a `--timeout SECONDS` option, as the
 * evaluation functions take it: `{}` without the option.
 */
export function timeLimitOption(value: string | boolean | undefined): { readonly timeLimit?: number } {
  const seconds = numberOption("timeout", value, (x) => x > 0 && x * 1000 <= 2 ** 31 - 1, "a positive number of seconds (at most 2147483)");
  return seconds === undefined ? {} : { timeLimit: seconds * 1000 };
}


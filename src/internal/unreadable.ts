import { ArgmapError, issue, type ArgmapIssue, type PathSegment } from "../errors.js";
import { quoteId } from "./quote-ids.js";

/** Most properties {@link locateThrow} reads before it gives up looking. */
const MAX_VISITS = 1_000_000;

/**
 * Finds where reading an input throws (a getter, or a Proxy trap): walks it
 * without recursion, reading every key and value once inside `try`, and
 * returns the path of the first read that throws, or `undefined`.
 */
function locateThrow(input: unknown, prefix: readonly PathSegment[]): readonly PathSegment[] | undefined {
  const seen = new Set<object>();
  const stack: Array<{ value: unknown; path: readonly PathSegment[] }> = [{ value: input, path: prefix }];
  let visits = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== "object" || seen.has(value)) continue;
    seen.add(value);
    let keys: string[];
    let isArray: boolean;
    try {
      isArray = Array.isArray(value);
      keys = Object.keys(value);
    } catch {
      return path;
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      if (++visits > MAX_VISITS) return undefined;
      const key = keys[i]!;
      const step: PathSegment = isArray && /^\d+$/.test(key) ? Number(key) : key;
      let child: unknown;
      try {
        child = (value as Record<string, unknown>)[key];
      } catch {
        return [...path, step];
      }
      stack.push({ value: child, path: [...path, step] });
    }
  }
  return undefined;
}

/**
 * The issue for an input whose reading threw: code `unreadable-input`, at
 * the path of the throwing getter or Proxy trap when it can be found.
 *
 * @internal
 */
export function unreadableIssue(input: unknown, error: unknown, prefix: readonly PathSegment[] = []): ArgmapIssue {
  let path: readonly PathSegment[] | undefined;
  try {
    path = locateThrow(input, prefix);
  } catch {
    path = undefined;
  }
  let reason: string;
  try {
    reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    reason = "an error that cannot be shown";
  }
  return issue("unreadable-input", path ?? prefix, `reading the input threw (a getter or Proxy trap?): ${quoteId(reason)}; pass plain JSON data`);
}

/**
 * Runs `read`, turning anything it throws other than an {@link ArgmapError}
 * into an `unreadable-input` ArgmapError about `input`.
 *
 * @internal
 */
export function readSafely<T>(input: unknown, prefix: readonly PathSegment[], read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ArgmapError) throw error;
    throw new ArgmapError([unreadableIssue(input, error, prefix)]);
  }
}

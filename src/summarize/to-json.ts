/** Options of {@link toJson}. */
export interface JsonOptions {
  /**
   * Spaces to indent each level by; 0 writes everything on one line.
   *
   * @defaultValue 2
   */
  readonly indent?: number | undefined;
}

/**
 * Indentation stops growing at this depth, so that deep data does not grow
 * quadratically with its depth (a chain of 5,000 claims nests 20,000 levels).
 */
const MAX_INDENT_DEPTH = 32;

type Frame =
  | { readonly kind: "array"; readonly items: readonly unknown[]; index: number; readonly depth: number }
  | { readonly kind: "object"; readonly entries: readonly (readonly [string, unknown])[]; index: number; readonly depth: number };

/**
 * Writes a summary (or any plain JSON data) as JSON text without recursion,
 * so a summary of a support chain thousands of claims long, which nests a
 * few levels per claim, cannot overflow the stack the way `JSON.stringify`
 * does. The text is the same as `JSON.stringify(summary, null, indent)`,
 * followed by a newline, except that indentation stops growing after 32
 * levels (so that deep data does not take space quadratic in its depth).
 *
 * @param summary - A summary from {@link summarize}, or other plain data
 *   (objects, arrays, strings, finite numbers, booleans, `null`; `undefined`
 *   properties are left out as `JSON.stringify` does).
 * @param options - See {@link JsonOptions}.
 * @returns JSON text ending in a newline.
 * @example
 * ```ts
 * import { summarize, toJson } from "argmap";
 * import { ukraineJapan } from "argmap/datasets";
 *
 * const text = toJson(summarize(ukraineJapan()), { indent: 0 });
 * console.log(JSON.parse(text).stats.claims);
 * ```
 */
export function toJson(summary: unknown, options: JsonOptions = {}): string {
  const indent = options.indent ?? 2;
  const unit = " ".repeat(Math.max(0, Math.min(10, Math.floor(indent))));
  const parts: string[] = [];
  const pad = (depth: number): string => (unit === "" ? "" : `\n${unit.repeat(Math.min(depth, MAX_INDENT_DEPTH))}`);
  const stack: Frame[] = [];
  /** Writes a scalar, or opens a container; returns whether a container was opened. */
  const value = (v: unknown, depth: number): void => {
    if (v === null || typeof v === "number" || typeof v === "boolean" || typeof v === "string") {
      parts.push(typeof v === "number" && !Number.isFinite(v) ? "null" : JSON.stringify(v));
      return;
    }
    if (Array.isArray(v)) {
      if (v.length === 0) parts.push("[]");
      else {
        parts.push("[");
        stack.push({ kind: "array", items: v, index: 0, depth });
      }
      return;
    }
    if (typeof v === "object") {
      const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined && typeof x !== "function");
      if (entries.length === 0) parts.push("{}");
      else {
        parts.push("{");
        stack.push({ kind: "object", entries, index: 0, depth });
      }
      return;
    }
    parts.push("null");
  };
  value(summary, 0);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const length = frame.kind === "array" ? frame.items.length : frame.entries.length;
    if (frame.index >= length) {
      stack.pop();
      parts.push(`${pad(frame.depth)}${frame.kind === "array" ? "]" : "}"}`);
      continue;
    }
    const i = frame.index++;
    parts.push(`${i > 0 ? "," : ""}${pad(frame.depth + 1)}`);
    if (frame.kind === "array") {
      const item = frame.items[i];
      value(item === undefined || typeof item === "function" ? null : item, frame.depth + 1);
    } else {
      const [key, item] = frame.entries[i]!;
      parts.push(`${JSON.stringify(key)}:${unit === "" ? "" : " "}`);
      value(item, frame.depth + 1);
    }
  }
  return `${parts.join("")}\n`;
}

import { issue, type ArgmapIssue, type PathSegment } from "../errors.js";
import type { JsonValue } from "../schema/document.js";

/** Deepest nesting of `meta` values accepted. */
export const MAX_META_DEPTH = 256;

/**
 * Most values one `meta` may hold, counting an object once per place it is
 * used: shared references would otherwise let a small object graph expand
 * into an exponentially large JSON tree.
 */
export const MAX_META_VALUES = 1_000_000;

/**
 * Checks that `value` is plain JSON (no cycles, functions, `undefined`,
 * non-finite numbers or class instances) nested at most
 * {@link MAX_META_DEPTH} deep and holding at most {@link MAX_META_VALUES}
 * values, without recursion. Pushes one issue and stops
 * at the first problem.
 *
 * @internal
 */
export function checkJsonValue(value: unknown, path: readonly PathSegment[], issues: ArgmapIssue[]): boolean {
  // Explicit stack of frames; `onStack` detects cycles.
  const onStack = new Set<object>();
  const stack: Array<{ value: unknown; path: readonly PathSegment[]; depth: number; exit: boolean }> = [
    { value, path, depth: 0, exit: false },
  ];
  let values = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const v = frame.value;
    if (frame.exit) {
      onStack.delete(v as object);
      continue;
    }
    if (++values > MAX_META_VALUES) return tooBig(path, issues);
    if (v === null || typeof v === "string" || typeof v === "boolean") continue;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) {
        issues.push(issue("invalid-type", frame.path, "meta values must be JSON: numbers must be finite"));
        return false;
      }
      continue;
    }
    if (typeof v !== "object") {
      issues.push(issue("invalid-type", frame.path, `meta values must be JSON, not ${typeof v}`));
      return false;
    }
    if (frame.depth >= MAX_META_DEPTH) {
      issues.push(issue("too-deep", frame.path, `meta is nested more than ${MAX_META_DEPTH} levels deep`));
      return false;
    }
    if (onStack.has(v)) {
      issues.push(issue("invalid-value", frame.path, "meta contains a cycle (an object that contains itself)"));
      return false;
    }
    const isArray = Array.isArray(v);
    if (!isArray) {
      const proto: unknown = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) {
        issues.push(issue("invalid-type", frame.path, "meta values must be plain JSON objects, arrays or primitives"));
        return false;
      }
    }
    // Children are pushed in reverse, so that the first problem in document
    // order is reported. Values are read from property descriptors: a getter
    // could throw, or return something else to a later reader.
    // Checked before anything is allocated for the children (`new Array(2 ** 31)`).
    const count = isArray ? (v as unknown[]).length : 0;
    const keys: readonly (string | number)[] = values + count > MAX_META_VALUES ? [] : isArray ? Array.from({ length: count }, (_, i) => i) : Object.keys(v);
    if (values + count + keys.length > MAX_META_VALUES) return tooBig(path, issues);
    const children: unknown[] = new Array<unknown>(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const descriptor = Object.getOwnPropertyDescriptor(v, keys[i]!);
      if (descriptor !== undefined && (descriptor.get !== undefined || descriptor.set !== undefined)) {
        issues.push(issue("invalid-type", [...frame.path, keys[i]!], "meta values must be plain data, not getters or setters"));
        return false;
      }
      children[i] = descriptor?.value;
    }
    onStack.add(v);
    stack.push({ value: v, path: frame.path, depth: frame.depth, exit: true });
    for (let i = keys.length - 1; i >= 0; i--) {
      stack.push({ value: children[i], path: [...frame.path, keys[i]!], depth: frame.depth + 1, exit: false });
    }
  }
  return true;
}

/**
 * Whether a value parsed by `JSON.parse` (so plain JSON already: no cycles,
 * getters or odd numbers) is within {@link checkJsonValue}'s bounds on depth
 * and size. It counts as that check does, without building paths, so that
 * readers can afford it on every node; when it says no, {@link
 * checkJsonValue} finds the place and the message.
 *
 * @internal
 */
export function parsedJsonFits(value: unknown): boolean {
  if (value === null || typeof value !== "object") return true;
  // Only objects and arrays go on the stack; primitives are counted in place.
  const values: object[] = [value];
  const depths: number[] = [0];
  let count = 1;
  while (values.length > 0) {
    const v = values.pop()!;
    const depth = depths.pop()!;
    if (depth >= MAX_META_DEPTH) return false;
    if (Array.isArray(v)) {
      count += v.length;
      for (let i = 0; i < v.length; i++) {
        const child: unknown = v[i];
        if (child !== null && typeof child === "object") {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    } else {
      // JSON.parse makes plain objects: for…in sees their own keys only.
      for (const key in v) {
        count++;
        const child: unknown = (v as Record<string, unknown>)[key];
        if (child !== null && typeof child === "object") {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    }
    if (count > MAX_META_VALUES) return false;
  }
  return true;
}

function tooBig(path: readonly PathSegment[], issues: ArgmapIssue[]): false {
  issues.push(issue("too-big", path, `meta holds more than ${MAX_META_VALUES} values (an object used in several places counts each time)`));
  return false;
}

/**
 * Deep-copies a JSON value without recursion, keeping own keys such as
 * `__proto__` as ordinary data.
 *
 * @internal
 */
export function cloneJson<T extends JsonValue>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  const root: JsonValue = Array.isArray(value) ? [] : {};
  const stack: Array<[source: JsonValue, target: JsonValue]> = [[value, root]];
  while (stack.length > 0) {
    const [source, target] = stack.pop()!;
    if (Array.isArray(source)) {
      const out = target as JsonValue[];
      for (const item of source) {
        if (item !== null && typeof item === "object") {
          const copy: JsonValue = Array.isArray(item) ? [] : {};
          out.push(copy);
          stack.push([item, copy]);
        } else out.push(item);
      }
    } else {
      const src = source as { [key: string]: JsonValue };
      const out = target as { [key: string]: JsonValue };
      for (const key of Object.keys(src)) {
        const item = src[key]!;
        let copy: JsonValue = item;
        if (item !== null && typeof item === "object") {
          copy = Array.isArray(item) ? [] : {};
          stack.push([item, copy]);
        }
        defineData(out, key, copy);
      }
    }
  }
  return root as T;
}

/**
 * Sets `object[key] = value` as an own data property, so that a key such as
 * `__proto__` stays data instead of changing the prototype.
 *
 * @internal
 */
export function defineData<V>(object: Record<string, V>, key: string, value: V): void {
  if (key === "__proto__") Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  else object[key] = value;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHex = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/**
 * Offset (UTF-16) of the first syntax error in JSON text, or -1 if the text
 * is valid JSON. A scanner without recursion, for error positions that
 * `JSON.parse` does not report on every Node version.
 *
 * @internal
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  // Open containers: 0 for an array, 1 for an object.
  const open: number[] = [];
  let i = 0;
  const skipSpace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  /** Scans a string at `i`; returns false (with `i` at the error) if it is bad. */
  const scanString = (): boolean => {
    if (text.charCodeAt(i) !== 34) return false;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        // Errors point at the first bad character after the backslash.
        i++;
        const e = text[i];
        if (e === "u") {
          for (let k = 1; k <= 4; k++) if (!isHex(text.charCodeAt(i + k))) {
            i += k;
            return false;
          }
          i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else return false;
      } else i++;
    }
    return false;
  };
  /** Scans a number at `i`; returns false (with `i` at the error) if it is bad. */
  const scanNumber = (): boolean => {
    if (text[i] === "-") i++;
    if (!isDigit(text.charCodeAt(i))) return false;
    if (text[i] === "0") i++;
    else while (isDigit(text.charCodeAt(i))) i++;
    if (text[i] === ".") {
      i++;
      if (!isDigit(text.charCodeAt(i))) return false;
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (!isDigit(text.charCodeAt(i))) return false;
      while (isDigit(text.charCodeAt(i))) i++;
    }
    return true;
  };
  let wantValue = true;
  for (;;) {
    skipSpace();
    if (wantValue) {
      if (i >= n) return n;
      const c = text[i];
      if (c === "{" || c === "[") {
        i++;
        skipSpace();
        const close = c === "{" ? "}" : "]";
        if (text[i] === close) {
          i++;
          wantValue = false;
          continue;
        }
        open.push(c === "{" ? 1 : 0);
        if (c === "{") {
          if (!scanString()) return i;
          skipSpace();
          if (text[i] !== ":") return i;
          i++;
        }
        continue;
      }
      if (c === '"') {
        if (!scanString()) return i;
      } else if (c === "t" || c === "f" || c === "n") {
        // A literal: the error is at its first wrong character.
        const word = c === "t" ? "true" : c === "f" ? "false" : "null";
        for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return Math.min(i, n);
      } else if (!scanNumber()) return i;
      wantValue = false;
      continue;
    }
    if (open.length === 0) return i < n ? i : -1;
    const inObject = open[open.length - 1] === 1;
    if (i >= n) return n;
    const c = text[i];
    if (c === (inObject ? "}" : "]")) {
      open.pop();
      i++;
      continue;
    }
    if (c !== ",") return i;
    i++;
    if (inObject) {
      skipSpace();
      if (!scanString()) return i;
      skipSpace();
      if (text[i] !== ":") return i;
      i++;
    }
    wantValue = true;
  }
}

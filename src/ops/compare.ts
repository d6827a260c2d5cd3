/**
 * Comparing items of two maps: which fields differ, and the normalized text
 * that `matchText` joins claims by.
 *
 * @internal
 * @module
 */

const has = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/**
 * Whether two JSON values are equal: same primitives, same arrays in the
 * same order, objects with the same own keys in any order. `meta` is at
 * most a few hundred levels deep (the map checks that), so recursion is safe.
 *
 * @internal
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!has(b, key)) return false;
    if (!jsonEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * The fields in which two items differ, `a`'s keys first, then keys only
 * `b` has. A field present on one side only counts as changed.
 *
 * @internal
 */
export function changedFields(a: object, b: object): string[] {
  if (a === b) return [];
  const out: string[] = [];
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const key of Object.keys(a)) {
    if (!has(b, key) || !jsonEqual(ra[key], rb[key])) out.push(key);
  }
  for (const key of Object.keys(b)) if (!has(a, key)) out.push(key);
  return out;
}

/**
 * A claim's text as `matchText` compares it: Unicode NFKC, lower case,
 * runs of white space as one space, no space at either end.
 *
 * @internal
 */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}

/**
 * Normalized text → the one id that has it, or `null` when several do.
 *
 * @internal
 */
export function textIndex(claims: Iterable<{ readonly id: string; readonly text: string }>): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const claim of claims) {
    const key = normalizeText(claim.text);
    out.set(key, out.has(key) ? null : claim.id);
  }
  return out;
}

/**
 * An id or text for a message: JSON-quoted (so a newline or an escape code
 * cannot forge a line) and cut to about 80 characters.
 *
 * @internal
 */
export function shown(value: string): string {
  const quoted = JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value);
  return quoted;
}

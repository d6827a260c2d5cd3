import { ArgmapError, issue, type ArgmapIssue } from "../errors.js";
import { ArgumentMap } from "../map/argument-map.js";

/** How one option is checked. */
export type OptionRule =
  | { readonly type: "boolean" }
  | { readonly type: "string" }
  | { readonly type: "choice"; readonly choices: readonly string[] }
  | { readonly type: "depth" };

/**
 * Checks the maps an operation was given: at least one, each an
 * {@link ArgumentMap}. Throws `invalid-type` or `invalid-value` otherwise.
 *
 * @internal
 */
export function checkMaps(maps: readonly unknown[], what: string): ArgumentMap[] {
  if (maps.length === 0) throw new ArgmapError([issue("invalid-value", [], `${what} needs at least one map`)]);
  const issues: ArgmapIssue[] = [];
  maps.forEach((map, i) => {
    if (!(map instanceof ArgumentMap)) issues.push(issue("invalid-type", [i], `${what}: argument ${i} is not an ArgumentMap (load JSON with loadArgumentMap first)`));
  });
  if (issues.length > 0) throw new ArgmapError(issues as [ArgmapIssue, ...ArgmapIssue[]]);
  return maps as ArgumentMap[];
}

/**
 * Checks an options object against its rules: unknown keys and values of
 * the wrong type are `unknown-key`, `invalid-type` or `invalid-value`
 * issues with the option's name as path. `undefined` values count as absent.
 *
 * @internal
 */
export function checkOptions(options: unknown, rules: Readonly<Record<string, OptionRule>>): Record<string, unknown> {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object" || Array.isArray(options)) throw new ArgmapError([issue("invalid-type", ["options"], "options must be an object")]);
  const issues: ArgmapIssue[] = [];
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(options)) {
    const value = (options as Record<string, unknown>)[key];
    const rule = Object.prototype.hasOwnProperty.call(rules, key) ? rules[key] : undefined;
    if (rule === undefined) {
      issues.push(issue("unknown-key", ["options", key], `unknown option ${JSON.stringify(key)}; known: ${Object.keys(rules).join(", ")}`));
      continue;
    }
    if (value === undefined) continue;
    switch (rule.type) {
      case "boolean":
        if (typeof value !== "boolean") issues.push(issue("invalid-type", ["options", key], `${key} must be true or false`));
        break;
      case "string":
        if (typeof value !== "string") issues.push(issue("invalid-type", ["options", key], `${key} must be a string`));
        break;
      case "choice":
        if (typeof value !== "string" || !rule.choices.includes(value)) {
          issues.push(issue("invalid-value", ["options", key], `${key} must be one of ${rule.choices.map((c) => JSON.stringify(c)).join(", ")}`));
        }
        break;
      case "depth":
        if (typeof value !== "number" || !(value === Infinity || (Number.isInteger(value) && value >= 0))) {
          issues.push(issue("invalid-value", ["options", key], `${key} must be a whole number ≥ 0 or Infinity`));
        }
        break;
    }
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  if (issues.length > 0) throw new ArgmapError(issues as [ArgmapIssue, ...ArgmapIssue[]]);
  return out;
}

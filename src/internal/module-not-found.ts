/**
 * Telling a package that is not installed from one that fails to load.
 * @module
 * @internal
 */

/** @internal Whether an `import()` failed because the module is not installed (ESM or CommonJS resolution). */
export function isModuleNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND";
}

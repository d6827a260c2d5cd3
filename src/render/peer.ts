/**
 * Loading the optional packages that lay maps out (elkjs, @viz-js/viz,
 * @dagrejs/dagre) on first use, with one error when one is missing.
 * @module
 * @internal
 */
import { ArgmapError } from "../errors.js";
import { isModuleNotFound } from "../internal/module-not-found.js";
import type { RenderIssueCode } from "./layout.js";

/**
 * @internal Imports an optional peer package and picks what argmap needs
 * from it. A package that is not installed, or whose installed version does
 * not export what argmap needs, throws `missing-peer` naming the package;
 * any other failure while loading it (a broken install) is rethrown as it
 * is, as the format readers do.
 */
export async function importPeer<T>(name: string, load: () => Promise<unknown>, pick: (module: unknown) => T | undefined, purpose = "drawing maps with this layout engine"): Promise<T> {
  let module: unknown;
  try {
    module = await load();
  } catch (error) {
    if (!isModuleNotFound(error)) throw error;
    throw missingPeer(name, purpose, error instanceof Error ? error.message.split("\n")[0]! : String(error));
  }
  const picked = pick(module);
  if (picked === undefined) throw missingPeer(name, purpose, "the installed version does not export what argmap needs");
  return picked;
}

function missingPeer(name: string, purpose: string, reason: string): ArgmapError<RenderIssueCode> {
  return new ArgmapError<RenderIssueCode>([{ code: "missing-peer", severity: "error", path: [], message: `${purpose} needs the ${name} package (npm install ${name}): ${reason}` }]);
}

/** @internal The default export of an ES module or of a CommonJS module imported from ESM. */
export function defaultExport(module: unknown): unknown {
  const m = module as { default?: unknown };
  const inner = m.default as { default?: unknown } | undefined;
  return inner?.default ?? m.default ?? module;
}

/**
 * Turns on Node's own compile cache for the command line's bundle
 * (`module.enableCompileCache()`, Node 22.1 and later), so that a command
 * started again does not parse and compile the same JavaScript again. Node
 * keeps one entry per module file and checks each one (a CRC of the source
 * and of the cached data) before V8 sees it; a damaged entry is compiled
 * afresh and rewritten. On Node 20 there is no such cache, and the command
 * runs without one.
 *
 * Node's default place is `$TMPDIR/node-compile-cache`. Node itself creates
 * it without looking at who owns it, and loops forever when `$TMPDIR` cannot
 * hold directories (`TMPDIR=/proc`). So the command line passes that
 * directory to Node only after checking it: every folder on its real path is
 * a directory owned by this user or root, none of them can be written by
 * others unless it has the sticky bit (as /tmp does), and the cache
 * directory itself belongs to this user and only its owner may write it. It
 * is made (for its owner alone) when missing. Anything else leaves the cache
 * off: a cache only ever costs or saves time.
 *
 * `NODE_COMPILE_CACHE=DIR` (Node's own variable) chooses another directory,
 * and Node then enables the cache itself; `NODE_DISABLE_COMPILE_CACHE=1`
 * turns it off.
 * @module
 * @internal
 */
import { lstatSync, mkdirSync, realpathSync, type Stats } from "node:fs";
import { tmpdir } from "node:os";
import { join, parse, sep } from "node:path";

/** What {@link enableCompileCache} did. */
export type CompileCacheUse =
  /** Node's compile cache is on, in `directory`. */
  | { readonly status: "enabled"; readonly directory: string }
  /** Node enabled it already (`NODE_COMPILE_CACHE`), or it is turned off (`NODE_DISABLE_COMPILE_CACHE`), or this Node has none. */
  | { readonly status: "left-to-node" | "unsupported" }
  /** The directory is not safe to use, or Node could not use it: no cache. */
  | { readonly status: "off"; readonly reason: string };

/** Whether a folder is owned by `uid` or by root. */
function trustedOwner(info: Stats, uid: number): boolean {
  return info.uid === uid || info.uid === 0;
}

/**
 * Why a directory's real path is not safe to keep code in for user `uid`, or
 * undefined when it is: every folder on it must be a directory owned by
 * `uid` or root, and not writable by group or others, except with the sticky
 * bit (where no one can rename what they do not own).
 */
export function unsafeAncestry(real: string, uid: number): string | undefined {
  const { root } = parse(real);
  const parts = real.slice(root.length).split(sep).filter((part) => part !== "");
  let path = root;
  for (let i = 0; i <= parts.length; i++) {
    if (i > 0) path = join(path, parts[i - 1]!);
    const info = lstatSync(path);
    if (!info.isDirectory()) return `${path} is not a directory`;
    if (!trustedOwner(info, uid)) return `${path} belongs to another user`;
    if ((info.mode & 0o022) !== 0 && (info.mode & 0o1000) === 0) return `${path} can be written by others`;
  }
  return undefined;
}

/**
 * The compile cache directory to give Node: `<temporary>/node-compile-cache`,
 * made for its owner alone when missing, or the reason it cannot be used.
 * Never follows a symbolic link for the cache directory, never creates more
 * than that one directory (so an odd `temporary` such as /proc fails at once),
 * and never throws.
 *
 * @param temporary - The temporary directory (`os.tmpdir()`).
 * @param uid - This process's user id.
 */
export function compileCacheDirectory(temporary: string, uid: number): { readonly directory: string } | { readonly reason: string } {
  try {
    const real = realpathSync(temporary);
    const unsafe = unsafeAncestry(real, uid);
    if (unsafe !== undefined) return { reason: unsafe };
    const directory = join(real, "node-compile-cache");
    try {
      mkdirSync(directory, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const info = lstatSync(directory);
    if (!info.isDirectory()) return { reason: `${directory} is not a directory` };
    if (info.uid !== uid) return { reason: `${directory} belongs to another user` };
    if ((info.mode & 0o022) !== 0) return { reason: `${directory} can be written by others` };
    return { directory };
  } catch (error) {
    return { reason: `${temporary}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
}

/** The part of `node:module` this needs; `enableCompileCache` is missing before Node 22.1. */
interface ModuleApi {
  readonly enableCompileCache?: (directory?: string) => { status: number; message?: string | undefined; directory?: string | undefined };
  readonly constants?: { readonly compileCacheStatus?: { readonly ENABLED: number; readonly ALREADY_ENABLED: number } };
}

/**
 * Turns on Node's compile cache for the modules loaded after this call, in a
 * checked directory (see the module's description). Never throws and never
 * blocks: at worst the cache stays off.
 *
 * @param nodeModule - `require("node:module")`.
 * @param env - The environment (`NODE_COMPILE_CACHE`, `NODE_DISABLE_COMPILE_CACHE`).
 * @param temporary - The temporary directory.
 * @example
 * ```ts
 * enableCompileCache(require("node:module"));
 * require("./cli/argmap.cjs"); // compiled from the cache after its first run
 * ```
 */
export function enableCompileCache(nodeModule: ModuleApi, env: NodeJS.ProcessEnv = process.env, temporary: string = tmpdir()): CompileCacheUse {
  if (typeof nodeModule.enableCompileCache !== "function") return { status: "unsupported" };
  // Node reads these itself: it has enabled the cache already, or will refuse to.
  if ((env.NODE_COMPILE_CACHE ?? "") !== "" || (env.NODE_DISABLE_COMPILE_CACHE ?? "") !== "") return { status: "left-to-node" };
  // Without user ids (Windows) the temporary directory is the user's own: Node's default place.
  const uid = typeof process.getuid === "function" ? process.getuid() : undefined;
  const chosen = uid === undefined ? { directory: undefined } : compileCacheDirectory(temporary, uid);
  if ("reason" in chosen) return { status: "off", reason: chosen.reason };
  try {
    const result = nodeModule.enableCompileCache(chosen.directory);
    const statuses = nodeModule.constants?.compileCacheStatus;
    if (statuses !== undefined && result.status !== statuses.ENABLED && result.status !== statuses.ALREADY_ENABLED) return { status: "off", reason: result.message ?? "not enabled" };
    return { status: "enabled", directory: result.directory ?? chosen.directory ?? "" };
  } catch (error) {
    return { status: "off", reason: String(error) };
  }
}

/**
 * Loading something once per process: an optional package, a compiled
 * WebAssembly instance, a parser application.
 * @module
 * @internal
 */

/**
 * @internal Wraps `load` so that it runs on the first call and every later
 * call gets the same promise; a load that fails is forgotten, so the next
 * call tries again (after the missing package has been installed, say).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

/** Catching the `ArgmapError` a call is expected to throw, shared by the test suites. */
import { ArgmapError } from "../src/index.js";

/** The `ArgmapError` that `run` throws; any other error is rethrown, and no error fails the test. */
export function errorOf(run: () => unknown): ArgmapError<string> {
  try {
    run();
  } catch (error) {
    if (error instanceof ArgmapError) return error;
    throw error;
  }
  throw new Error("expected an ArgmapError");
}

/** The `ArgmapError` that the promise of `run` rejects with; as {@link errorOf}, for async calls. */
export async function asyncErrorOf(run: () => Promise<unknown>): Promise<ArgmapError<string>> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ArgmapError) return error;
    throw error;
  }
  throw new Error("expected an ArgmapError");
}

/**
 * @internal Keeps the hidden classes of the objects summaries are built
 * with alive from one call to the next.
 *
 * V8 reaches the hidden class of a class instance (its fields, added one
 * after another) only through weak transitions. Once every instance made
 * during a call is garbage, a full garbage collection frees those hidden
 * classes and discards the optimized code that checks for them (`node
 * --trace-deopt` says "weak objects"), so the next call runs unoptimized
 * code until V8 optimizes it again. In a process that collects garbage
 * between calls (a server; the benchmarks, which collect before every task)
 * that made `summarize` + `toProse` on 10,000 claims take about twice as
 * long. One exemplar of each such class, made from empty input and kept
 * here, holds its hidden classes; it holds no user data.
 * @module
 */

const exemplars: object[] = [];

/** Keeps an instance made from empty input for the life of the process, so that its hidden classes stay alive. */
export function keepShape(exemplar: object): void {
  exemplars.push(exemplar);
}

/**
 * For classes too costly to build when the module loads: a function that,
 * on its first call only, keeps the exemplars `make` builds.
 */
export function keepShapesOnFirstCall(make: () => readonly object[]): () => void {
  let kept = false;
  return () => {
    if (kept) return;
    kept = true;
    for (const exemplar of make()) keepShape(exemplar);
  };
}

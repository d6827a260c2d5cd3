import { describe, expect, test } from "vitest";
import { ArgmapError } from "../../src/errors.js";
import { argmap } from "../../src/map/builder.js";
import {
  countExtensions,
  credulouslyAccepted,
  evaluateMap,
  extensions,
  extensionStream,
  frameworkFromEdges,
  gradual,
  ideal,
  grounded,
  scepticallyAccepted,
  someExtension,
  TimeLimitError,
  type Framework,
} from "../../src/evaluate/index.js";

/** k independent two-cycles: 2^k preferred and stable extensions, 3^k complete ones. */
function ties(k: number): Framework {
  const ids: string[] = [];
  const edges: [string, string][] = [];
  for (let i = 0; i < k; i++) {
    ids.push(`a${i}`, `b${i}`);
    edges.push([`a${i}`, `b${i}`], [`b${i}`, `a${i}`]);
  }
  return frameworkFromEdges(ids, edges);
}

function caught(run: () => unknown): TimeLimitError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TimeLimitError);
    expect(error).toBeInstanceOf(ArgmapError);
    const e = error as TimeLimitError;
    expect(e.code).toBe("time-limit");
    expect(e.issues[0].path).toEqual(["timeLimit"]);
    return e;
  }
  throw new Error("expected a time-limit error");
}

describe("timeLimit", () => {
  const af = ties(40);

  test("extensions stops with the extensions found so far", () => {
    const error = caught(() => extensions(af, "preferred", { timeLimit: 40 }));
    const found = error.found.extensions!;
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(2 ** 40);
    // What was found is right: one side of every tie each time, all different.
    for (const labelling of found) expect(labelling.extension).toHaveLength(40);
    expect(new Set(found.map((l) => l.extension.join(","))).size).toBe(found.length);
  });

  test("countExtensions stops with the count so far", () => {
    const error = caught(() => countExtensions(af, "complete", { timeLimit: 40 }));
    expect(error.found.count).toBeGreaterThan(0);
    caught(() => countExtensions(af, "semi-stable", { timeLimit: 40 }));
  });

  test("every long-running function takes it", () => {
    caught(() => scepticallyAccepted(af, "preferred", "a0", { timeLimit: 0 }));
    caught(() => credulouslyAccepted(af, "semi-stable", "a0", { timeLimit: 0 }));
    caught(() => someExtension(af, "preferred", { timeLimit: 0 }));
    caught(() => ideal(af, { timeLimit: 0 }));
    caught(() => grounded(af, { timeLimit: 0 }));
  });

  test("evaluateMap stops with the labels settled so far, marked incomplete", () => {
    let builder = argmap("Ties");
    for (let i = 0; i < 300; i++) builder = builder.claim(`a${i}`, `A${i}.`).claim(`b${i}`, `B${i}.`).attack(`a${i}`, `b${i}`, { id: `ab${i}` }).attack(`b${i}`, `a${i}`, { id: `ba${i}` });
    const map = builder.build();
    const error = caught(() => evaluateMap(map, "preferred", { timeLimit: 0 }));
    const partial = error.found.evaluation!;
    expect(partial.complete).toBe(false);
    expect(partial.labels).toHaveLength(1200);
    expect(JSON.parse(JSON.stringify(partial))).toEqual(partial);
    // With time enough, the same call finishes.
    expect(evaluateMap(map, "preferred", { timeLimit: 60_000 }).complete).toBe(true);
  });

  test("a gradual iteration stops with the strengths of the last finished round", () => {
    const cycle = frameworkFromEdges(["a", "b", "c"], [["a", "b"], ["b", "c"], ["c", "a"]]);
    const error = caught(() => gradual(cycle, "euler", { timeLimit: 0, tolerance: 0, maxIterations: 1e9 }));
    expect(error.found.strengths).toBeInstanceOf(Float64Array);
    expect(error.found.strengths).toHaveLength(3);
    expect(error.found.iterations).toBeTypeOf("number");
  });

  test("extensionStream stops too", async () => {
    const seen: number[][] = [];
    await expect(
      (async () => {
        for await (const labelling of extensionStream(af, "preferred", { timeLimit: 30 })) seen.push([...labelling.extension]);
      })(),
    ).rejects.toMatchObject({ code: "time-limit" });
    expect(seen.length).toBeGreaterThan(0);
  });

  test("a bad time limit is refused", () => {
    for (const timeLimit of [-1, Number.NaN, "5" as unknown as number]) {
      expect(() => extensions(af, "preferred", { timeLimit })).toThrowError(expect.objectContaining({ code: "invalid-framework" }));
    }
  });
});

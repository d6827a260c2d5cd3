import { describe, expect, test } from "vitest";
import { loadOnce } from "../../src/internal/load-once.js";

describe("loadOnce", () => {
  test("loads on the first call and hands every later call the same promise", async () => {
    let loads = 0;
    const load = loadOnce(async () => ++loads);
    const first = load();
    expect(load()).toBe(first);
    expect(await first).toBe(1);
    expect(await load()).toBe(1);
    expect(loads).toBe(1);
  });

  test("forgets a load that failed, so the next call tries again", async () => {
    let loads = 0;
    const load = loadOnce(async () => {
      loads++;
      if (loads === 1) throw new Error("not installed yet");
      return "loaded";
    });
    await expect(load()).rejects.toThrow("not installed yet");
    expect(await load()).toBe("loaded");
    expect(await load()).toBe("loaded");
    expect(loads).toBe(2);
  });
});

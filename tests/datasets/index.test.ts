import { describe, expect, test } from "vitest";

describe("argmap/datasets", () => {
  test("names what it exports", async () => {
    expect(Object.keys(await import("../../src/datasets/index.js")).sort()).toEqual(["UKRAINE_JAPAN_ARTICLE", "UKRAINE_JAPAN_SOURCE_ID", "ukraineJapan"].sort());
  });

  test("is packed as its own entry point", async () => {
    // A computed path, so that type checking does not need a build.
    const entry = ["..", "..", "dist", "datasets.js"].join("/");
    const packed = (await import(entry)) as typeof import("../../src/datasets/index.js");
    expect(packed.ukraineJapan().toJSON()).toEqual((await import("../../src/datasets/index.js")).ukraineJapan().toJSON());
  });
});

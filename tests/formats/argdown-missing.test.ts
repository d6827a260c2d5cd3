import { describe, expect, test } from "vitest";
import { createArgdownApplication } from "../../src/formats/argdown/from-argdown.js";
import { toArgdown } from "../../src/formats/argdown/index.js";
import { ArgmapError, argmap } from "../../src/index.js";

describe("reading Argdown without @argdown/core", () => {
  test("a module that cannot be found gives missing-peer naming the package", async () => {
    const name = "argmap-test-no-such-package";
    const error = await createArgdownApplication(() => import(name)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ArgmapError);
    expect((error as ArgmapError<string>).code).toBe("missing-peer");
    expect((error as ArgmapError<string>).message).toContain("npm install @argdown/core");
  });

  test("other loading errors are passed on", async () => {
    await expect(createArgdownApplication(() => Promise.reject(new TypeError("boom")))).rejects.toThrow(TypeError);
  });

  test("writing Argdown does not need the package", () => {
    expect(toArgdown(argmap("T").claim("a", "A").build()).value).toBe("===\ntitle: \"T\"\nthesis: null\n===\n\n[a]: A\n");
  });
});

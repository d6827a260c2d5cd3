import { describe, expect, test } from "vitest";
import { importPeer } from "../../src/render/peer.js";
import { asyncErrorOf } from "../thrown.js";

function notFound(code: string): Error {
  return Object.assign(new Error(`Cannot find package 'some-engine'\nimported from here`), { code });
}

describe("importPeer", () => {
  test.each(["ERR_MODULE_NOT_FOUND", "MODULE_NOT_FOUND"])("turns a package that is not installed (%s) into missing-peer naming it", async (code) => {
    const error = await asyncErrorOf(() => importPeer("some-engine", () => Promise.reject(notFound(code)), () => 1));
    expect(error.issues).toEqual([expect.objectContaining({ code: "missing-peer", message: expect.stringContaining("npm install some-engine") })]);
    expect(error.issues[0]!.message).not.toContain("imported from here");
  });

  test("names what needs the package", async () => {
    const error = await asyncErrorOf(() => importPeer("some-rasterizer", () => Promise.reject(notFound("ERR_MODULE_NOT_FOUND")), () => 1, "drawing PNG images"));
    expect(error.issues[0]!.message).toMatch(/^drawing PNG images needs the some-rasterizer package \(npm install some-rasterizer\)/);
  });

  test("turns an installed version without what argmap needs into missing-peer", async () => {
    const error = await asyncErrorOf(() => importPeer("some-engine", () => Promise.resolve({}), () => undefined));
    expect(error.issues[0]).toMatchObject({ code: "missing-peer", message: expect.stringContaining("does not export what argmap needs") });
  });

  test("rethrows any other failure while loading, such as a broken install", async () => {
    const broken = new SyntaxError("Unexpected token in some-engine/index.js");
    await expect(importPeer("some-engine", () => Promise.reject(broken), () => 1)).rejects.toBe(broken);
  });

  test("returns what it picks from the module", async () => {
    expect(await importPeer("some-engine", () => Promise.resolve({ layout: 42 }), (m) => (m as { layout: number }).layout)).toBe(42);
  });
});

/**
 * Getters and Proxy traps that throw inside inputs become ArgmapError
 * issues (`unreadable-input`), never plain errors.
 */
import { describe, expect, test } from "vitest";
import { argmap, ArgmapError, ArgumentMap, loadArgumentMap, parseArgumentMap } from "../../src/index.js";
import { catchArgmapError, codesAndPaths, lunchDocument } from "../fixtures/core/helpers.js";

const boom = (): never => {
  throw new Error("boom");
};

/** An object whose every trap throws. */
const hostileProxy = (): object =>
  new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });

function withGetter<T extends object>(target: T, key: string): T {
  Object.defineProperty(target, key, { get: boom, enumerable: true, configurable: true });
  return target;
}

describe("unreadable input", () => {
  test("parseArgumentMap: a throwing getter on a claim's text", () => {
    const doc = lunchDocument() as unknown as { claims: object[] };
    withGetter(doc.claims[2]!, "text");
    const result = parseArgumentMap(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(codesAndPaths(result.issues)).toEqual([["unreadable-input", ["claims", 2, "text"]]]);
  });

  test("parseArgumentMap: Proxies that throw at the top, in a list and in an item", () => {
    expect(parseArgumentMap(hostileProxy())).toMatchObject({ ok: false, issues: [{ code: "unreadable-input", path: [] }] });
    const doc = lunchDocument() as unknown as Record<string, unknown>;
    doc["relations"] = hostileProxy();
    expect(parseArgumentMap(doc)).toMatchObject({ ok: false, issues: [{ code: "unreadable-input" }] });
    const again = lunchDocument() as unknown as { sources: unknown[] };
    again.sources[0] = hostileProxy();
    const result = parseArgumentMap(again);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: "unreadable-input", path: ["sources", 0] });
  });

  test("a throwing version or meta getter", () => {
    const doc = withGetter(lunchDocument() as object, "version");
    expect(parseArgumentMap(doc)).toMatchObject({ ok: false, issues: [{ code: "unreadable-input", path: ["version"] }] });
  });

  test("loadArgumentMap and fromJSON throw ArgmapError", () => {
    for (const load of [loadArgumentMap, (v: unknown) => ArgumentMap.fromJSON(v)]) {
      const error = catchArgmapError(() => load(hostileProxy()));
      expect(error).toBeInstanceOf(ArgmapError);
      expect(error.code).toBe("unreadable-input");
    }
  });

  test("addClaim, addRelation, update… and the constructor, and nothing changes", () => {
    const map = ArgumentMap.fromJSON(lunchDocument());
    const before = map.toJSON();
    const calls: Array<[() => unknown, readonly (string | number)[]]> = [
      [() => map.addClaim(withGetter({ id: "n", text: "N" }, "text") as never), ["claim", "text"]],
      [() => map.addClaim(hostileProxy() as never), ["claim"]],
      [() => map.addRelation(withGetter({ id: "r9", type: "support", from: ["quick"], to: "pizza" }, "from") as never), ["relation", "from"]],
      [() => map.addSource(hostileProxy() as never), ["source"]],
      [() => map.updateClaim("quick", withGetter({}, "text") as never), ["patch", "text"]],
      [() => map.updateRelation("diet", hostileProxy() as never), ["patch"]],
      [() => map.addParticipant(withGetter({ id: "p", name: "P" }, "name") as never), ["participant", "name"]],
      [() => new ArgumentMap(withGetter({ title: "T" }, "title") as never), ["info", "title"]],
    ];
    for (const [call, path] of calls) {
      const error = catchArgmapError(call);
      expect(codesAndPaths(error.issues)).toEqual([["unreadable-input", path]]);
    }
    expect(map.toJSON()).toEqual(before);
  });

  test("the message quotes the thrown message safely", () => {
    const doc = lunchDocument() as unknown as { claims: object[] };
    Object.defineProperty(doc.claims[0]!, "text", {
      get() {
        throw new Error("line one\nclaims[0]: error forged");
      },
      enumerable: true,
    });
    const result = parseArgumentMap(doc);
    expect(!result.ok && result.issues[0]!.message).not.toContain("\n");
  });
});

describe("values that change between reads", () => {
  test("the map keeps what was checked, whatever a getter answers later", () => {
    let reads = 0;
    const claim = { text: "A" } as Record<string, unknown>;
    Object.defineProperty(claim, "id", { get: () => (reads++ === 0 ? "a" : ""), enumerable: true });
    const result = parseArgumentMap({ format: "argmap", version: 1, title: "T", sources: [], claims: [claim], relations: [] });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.map.toJSON().claims).toEqual([{ id: "a", text: "A" }]);
  });
});

describe("anchors inside a surrogate pair", () => {
  const text = "A 🦆 quacks.";
  const doc = (start: number, end: number) => ({
    format: "argmap",
    version: 1,
    title: "T",
    sources: [{ id: "s", title: "S", text }],
    claims: [{ id: "a", text: "A", anchors: [{ source: "s", start, end, quote: text.slice(start, end) }] }],
    relations: [],
  });

  test("an anchor that starts or ends between the halves of a pair is an error", () => {
    expect(parseArgumentMap(doc(2, 4)).ok).toBe(true);
    for (const [start, end, at] of [[3, 5, "start"], [0, 3, "end"], [3, 3, "start"]] as const) {
      const result = parseArgumentMap(doc(start, end));
      expect(result.ok ? [] : codesAndPaths(result.issues)).toEqual([["anchor-splits-character", ["claims", 0, "anchors", 0, at]]]);
    }
  });

  test("mutations and the builder's quotes check it too", () => {
    const map = ArgumentMap.fromJSON(doc(2, 4));
    expect(catchArgmapError(() => map.addClaim({ id: "b", text: "B", anchors: [{ source: "s", start: 3, end: 5, quote: text.slice(3, 5) }] })).code).toBe("anchor-splits-character");
    const builder = argmap("T").source({ id: "s", title: "S", text });
    expect(catchArgmapError(() => builder.claim("b", "B", { quote: "\uDD86 quacks" })).code).toBe("anchor-splits-character");
  });
});

describe("the builder's thesis", () => {
  test("a second .thesis() is an error and changes nothing", () => {
    const builder = argmap("T").thesis("t", "First.");
    const error = catchArgmapError(() => builder.thesis("u", "Second."));
    expect(codesAndPaths(error.issues)).toEqual([["thesis-already-set", ["thesis"]]]);
    const map = builder.build();
    expect(map.thesis).toBe("t");
    expect(map.hasClaim("u")).toBe(false);
  });
});

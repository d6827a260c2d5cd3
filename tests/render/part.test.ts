import { describe, expect, test } from "vitest";
import { ArgmapError } from "../../src/errors.js";
import { argmap } from "../../src/map/builder.js";
import { mapPart } from "../../src/render/part.js";
import { renderSvg } from "../../src/render/svg.js";
import { featureMap } from "./fixtures.js";

function ids(map: { claims(): readonly { id: string }[] }): string[] {
  return map.claims().map((c) => c.id).sort();
}

describe("mapPart", () => {
  const map = featureMap();

  test("returns the map itself without root and depth", () => {
    expect(mapPart(map)).toBe(map);
  });

  test("keeps the levels below the top claims, with undercuts at the level of the inference they attack", () => {
    expect(ids(mapPart(map, { depth: 0 }))).toEqual(["t"]);
    const one = mapPart(map, { depth: 1 });
    expect(ids(one)).toEqual(["cautious", "diversify", "option", "resilience", "signal", "slow", "source", "t"].sort());
    expect(one.hasRelation("u-cautious")).toBe(true);
    expect(one.hasRelation("s-linked")).toBe(true);
    expect(one.hasRelation("a-sensitive")).toBe(false);
    expect(one.thesis).toBe("t");
    expect(ids(mapPart(map, { depth: 5 }))).toEqual(ids(map));
  });

  test("starts from a root claim and drops the thesis when it is not below it", () => {
    const part = mapPart(map, { root: "slow" });
    expect(ids(part)).toEqual(["slow", "weigh"]);
    expect(part.thesis).toBeUndefined();
    expect(part.relations().map((r) => r.id)).toEqual(["s-weigh"]);
    expect(map.claimCount).toBe(10);
  });

  test("follows a support cycle without looping, and handles a map without top claims", () => {
    const cycle = argmap("cycle").claim("a", "A").claim("b", "B").support("a", "b").support("b", "a").build();
    expect(ids(mapPart(cycle, { depth: 1 }))).toEqual(["a", "b"]);
    expect(ids(mapPart(cycle, { root: "b", depth: 0 }))).toEqual(["b"]);
  });

  test("rejects an unknown root and a bad depth", () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (error) {
        return error instanceof ArgmapError ? `${error.issues[0].code} ${error.issues[0].path.join(".")}` : "other";
      }
      return undefined;
    };
    expect(code(() => mapPart(map, { root: "nope" }))).toBe("not-found options.root");
    expect(code(() => mapPart(map, { root: "s-weigh" }))).toBe("not-found options.root");
    for (const depth of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(code(() => mapPart(map, { depth }))).toBe("invalid-option options.depth");
  });

  test("drawings of a part say what they leave out", async () => {
    const svg = await renderSvg(map, { root: "slow", depth: 1 });
    expect(svg).toContain('data-id="weigh"');
    expect(svg).not.toContain('data-id="t"');
    expect(svg).toContain("Part of the map: 2 of 10 claims and 1 of 8 relations (1 level below “A softer export framework");
  });
});

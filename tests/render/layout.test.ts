import { describe, expect, test } from "vitest";
import { ArgmapError } from "../../src/errors.js";
import { argmap } from "../../src/map/builder.js";
import { AUTO_DIRECTION_GAIN, layout, LAYOUT_DEFAULTS, preferredDirection, type ClaimBox, type LayoutDirection, type LayoutOptions, type MapLayout } from "../../src/render/layout.js";
import { ukraineJapan } from "../../src/datasets/index.js";
import { textWidth } from "../../src/render/text-metrics.js";
import { featureMap, treeMap } from "./fixtures.js";
import { overlap, type Box } from "./boxes.js";


function center(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function expectNoOverlaps(placed: MapLayout): void {
  const boxes: Box[] = [...placed.claims, ...placed.relations];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
}

function byId(placed: MapLayout, id: string): ClaimBox {
  const box = placed.claims.find((c) => c.id === id);
  if (box === undefined) throw new Error(`no box ${id}`);
  return box;
}

describe("layout", () => {
  test("places every claim and relation once, inside the bounds, without overlaps", async () => {
    const map = featureMap();
    const placed = await layout(map);
    expect(placed.claims.map((c) => c.id)).toEqual(map.claims().map((c) => c.id));
    expect(placed.relations.map((r) => r.id)).toEqual(map.relations().map((r) => r.id));
    for (const box of [...placed.claims, ...placed.relations]) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(placed.width + 0.01);
      expect(box.y + box.height).toBeLessThanOrEqual(placed.height + 0.01);
    }
    expectNoOverlaps(placed);
  });

  test("sizes boxes from their wrapped text", async () => {
    const placed = await layout(featureMap(), { maxTextWidth: 180 });
    for (const box of placed.claims) {
      const widest = Math.max(...box.lines.map((line) => textWidth(line, { fontSize: 13, bold: box.thesis })));
      expect(widest).toBeLessThanOrEqual(180);
      expect(box.width).toBeGreaterThanOrEqual(widest + 2 * placed.padding);
      expect(box.height).toBeGreaterThanOrEqual(box.lines.length * placed.lineHeight + 2 * placed.padding);
    }
    const short = byId(placed, "sensitive");
    const long = byId(placed, "weigh");
    expect(long.lines.length).toBeGreaterThan(short.lines.length);
    expect(long.height).toBeGreaterThan(short.height);
  });

  test("follows the direction option", async () => {
    const map = featureMap();
    const cases: [LayoutDirection, (t: Box, other: Box) => boolean][] = [
      ["up", (t, o) => t.y + t.height <= o.y],
      ["down", (t, o) => t.y >= o.y + o.height],
      ["left", (t, o) => t.x + t.width <= o.x],
      ["right", (t, o) => t.x >= o.x + o.width],
    ];
    for (const [direction, beyond] of cases) {
      const placed = await layout(map, { direction });
      expect(placed.direction).toBe(direction);
      const thesis = byId(placed, "t");
      expect(thesis.thesis).toBe(true);
      for (const box of placed.claims) if (box.id !== "t") expect(beyond(thesis, box)).toBe(true);
    }
  });

  test.each(["builtin", "graphviz", "dagre", "elk"] as const)("routes premise edges into the relation junction and conclusion edges out of it (%s)", async (engine) => {
    const map = featureMap();
    const placed = await layout(map, { engine });
    expect(placed.engine).toBe(engine);
    const relations = new Map(placed.relations.map((r) => [r.id, r]));
    const claims = new Map(placed.claims.map((c) => [c.id, c]));
    for (const relation of map.relations()) {
      const edges = placed.edges.filter((e) => e.relation === relation.id);
      expect(edges.map((e) => e.role)).toEqual([...relation.from.map(() => "premise"), "conclusion"]);
      for (const edge of edges) {
        expect(edge.points.length).toBeGreaterThanOrEqual(2);
        expect(edge.type).toBe(relation.type);
      }
      const junction = relations.get(relation.id)!;
      // Linked premises end on the junction: in one point with elk (its port) and the built-in engine (a dot's centre), on its border with Graphviz and dagre.
      const ends = edges.filter((e) => e.role === "premise").map((e) => e.points[e.points.length - 1]!);
      for (const end of ends) {
        if (placed.engine === "elk" || (placed.engine === "builtin" && junction.width < 40)) expect(end).toEqual(ends[0]);
        expect(end.y).toBeGreaterThanOrEqual(junction.y - 0.01);
        expect(end.y).toBeLessThanOrEqual(junction.y + junction.height + 0.01);
        expect(end.x).toBeGreaterThanOrEqual(junction.x - 0.01);
        expect(end.x).toBeLessThanOrEqual(junction.x + junction.width + 0.01);
      }
      const conclusion = edges[edges.length - 1]!;
      expect(conclusion.source).toBe(relation.id);
      expect(conclusion.target).toBe(relation.to);
      const target = claims.get(relation.to) ?? relations.get(relation.to)!;
      const end = conclusion.points[conclusion.points.length - 1]!;
      // The edge ends on the border of its target.
      expect(end.x).toBeGreaterThanOrEqual(target.x - 0.01);
      expect(end.x).toBeLessThanOrEqual(target.x + target.width + 0.01);
      expect(end.y).toBeGreaterThanOrEqual(target.y - 0.01);
      expect(end.y).toBeLessThanOrEqual(target.y + target.height + 0.01);
    }
  });

  test("marks undercuts and linked relations, and sizes labelled junctions to their text", async () => {
    const placed = await layout(featureMap());
    const undercut = placed.relations.find((r) => r.id === "u-cautious")!;
    expect(undercut.undercut).toBe(true);
    expect(undercut.labelLines).toEqual(["caution may persist"]);
    expect(placed.relations.find((r) => r.id === "s-linked")!.linked).toBe(true);
    const labelled = placed.relations.find((r) => r.id === "s-source")!;
    expect(labelled.schemeLines).toEqual(["practical reasoning"]);
    expect(labelled.width).toBeGreaterThan(textWidth("practical reasoning", { fontSize: placed.smallFontSize }));
    const dot = placed.relations.find((r) => r.id === "s-diversify")!;
    expect([dot.width, dot.height]).toEqual([10, 10]);
  });

  test("adds a footer with strength and label when an evaluation rates a claim", async () => {
    const map = featureMap();
    const plain = await layout(map);
    const rated = await layout(map, { evaluation: { semantics: "dfquad", complete: true, strengths: [{ id: "t", strength: 0.25 }], labels: [{ id: "t", label: "in" }] } });
    expect(byId(rated, "t").footer).toBe("strength 0.25 · in");
    expect(byId(rated, "t").height).toBeGreaterThan(byId(plain, "t").height);
    expect(byId(rated, "slow").footer).toBeUndefined();
  });

  test("is deterministic and leaves the map unchanged", async () => {
    const map = featureMap();
    const before = JSON.stringify(map.toJSON());
    const first = await layout(map);
    const second = await layout(map);
    expect(second).toEqual(first);
    expect(JSON.stringify(map.toJSON())).toBe(before);
  });

  test("handles an empty map, a lone claim and ids that look like object keys", async () => {
    const empty = await layout(argmap("empty").build());
    expect(empty.claims).toEqual([]);
    expect(empty.edges).toEqual([]);
    const odd = argmap("odd").claim("__proto__", "A").claim("constructor", "B").claim("c.0", "C").support("__proto__", "constructor", { id: "hasOwnProperty" }).build();
    const placed = await layout(odd);
    expect(placed.claims.map((c) => c.id)).toEqual(["__proto__", "constructor", "c.0"]);
    expect(placed.edges.map((e) => [e.source, e.target])).toEqual([
      ["__proto__", "hasOwnProperty"],
      ["hasOwnProperty", "constructor"],
    ]);
    expectNoOverlaps(placed);
  });

  test("lays out support cycles and a thesis that is also a premise", async () => {
    const cyclic = argmap("cycle")
      .thesis("a", "A holds.")
      .claim("b", "B holds.")
      .claim("c", "C holds.")
      .support("b", "a")
      .support("a", "b")
      .attack("c", "b")
      .support("a", "c")
      .build();
    const placed = await layout(cyclic);
    expect(placed.claims).toHaveLength(3);
    expect(placed.edges).toHaveLength(8);
    for (const edge of placed.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
    expectNoOverlaps(placed);
  });

  test("rejects bad options with invalid-option", async () => {
    const map = featureMap();
    const bad: LayoutOptions[] = [
      { direction: "sideways" as never },
      { edgeRouting: "curvy" as never },
      { fontSize: 0 },
      { maxTextWidth: Number.NaN },
      { nodeSpacing: -1 },
    ];
    for (const options of bad) {
      const error = await layout(map, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ArgmapError);
      expect((error as ArgmapError<string>).code).toBe("invalid-option");
      expect((error as ArgmapError<string>).issues[0].path[0]).toBe("options");
    }
  });

  test("passes extra elkjs options through", async () => {
    const map = featureMap();
    const tight = await layout(map, { engine: "elk", direction: "up", elkOptions: new Map([["elk.layered.spacing.nodeNodeBetweenLayers", "10"]]) });
    const loose = await layout(map, { engine: "elk", direction: "up", elkOptions: new Map([["elk.layered.spacing.nodeNodeBetweenLayers", "80"]]) });
    expect(loose.height).toBeGreaterThan(tight.height);
  });

  test("keeps the centre of a relation between its premises and its conclusion (direction up)", async () => {
    const placed = await layout(featureMap(), { direction: "up" });
    const thesis = byId(placed, "t");
    const junction = placed.relations.find((r) => r.id === "s-diversify")!;
    const premise = byId(placed, "diversify");
    expect(center(junction).y).toBeGreaterThan(thesis.y + thesis.height);
    expect(center(junction).y).toBeLessThan(premise.y);
  });
});

describe("direction auto, the default", () => {
  /** A thesis with `n` reasons side by side. */
  const fan = (n: number) => {
    const b = argmap("Fan").thesis("t", "The thesis of the map.");
    for (let i = 0; i < n; i++) b.claim(`c${i}`, `Reason number ${i} for the thesis, in a sentence of some length.`).support(`c${i}`, "t");
    return b.build();
  };

  test("keeps the thesis at the top of a map that turning would not make clearly larger", async () => {
    const placed = await layout(fan(2));
    expect(LAYOUT_DEFAULTS.direction).toBe("auto");
    expect(placed.direction).toBe("up");
    expect(placed).toEqual(await layout(fan(2), { direction: "up" }));
  });

  test("puts the thesis on the left of a wide map, where it then fits a 4:3 frame larger", async () => {
    for (const map of [fan(8), ukraineJapan()]) {
      const up = await layout(map, { direction: "up" });
      const placed = await layout(map);
      expect(placed.direction).toBe("left");
      expect(placed).toEqual(await layout(map, { direction: "left" }));
      const scale = (l: { width: number; height: number }) => Math.min((4 / 3) / l.width, 1 / l.height);
      expect(scale(placed)).toBeGreaterThanOrEqual(AUTO_DIRECTION_GAIN * scale(up));
    }
  });

  test("keeps the thesis at the top of a wide map when turning it gains too little", () => {
    expect(preferredDirection({ width: 1000, height: 300 }, { width: 840, height: 330 })).toBe("up");
    expect(preferredDirection({ width: 2600, height: 700 }, { width: 1400, height: 1100 })).toBe("left");
    expect(preferredDirection({ width: 400, height: 300 }, { width: 100, height: 100 })).toBe("up");
  });

  test.each(["graphviz", "dagre", "elk"] as const)("chooses the same way for %s, from the built-in engine's two drawings", async (engine) => {
    const placed = await layout(ukraineJapan(), { engine });
    expect([placed.engine, placed.direction]).toEqual([engine, "left"]);
    expect((await layout(fan(2), { engine })).direction).toBe("up");
  });
});

describe("layout engines", () => {
  test("takes the built-in engine unless another is asked for", async () => {
    expect(LAYOUT_DEFAULTS.engine).toBe("builtin");
    expect((await layout(featureMap())).engine).toBe("builtin");
    expect((await layout(treeMap(60))).engine).toBe("builtin");
    expect((await layout(treeMap(60), { engine: "dagre" })).engine).toBe("dagre");
  });

  test("rejects options that apply to elk only, and unknown engines", async () => {
    await expect(layout(featureMap(), { nodePlacement: "simple" })).rejects.toMatchObject({ issues: [{ code: "invalid-option", path: ["options", "nodePlacement"] }] });
    await expect(layout(featureMap(), { engine: "graphviz", elkOptions: new Map() })).rejects.toMatchObject({ issues: [{ code: "invalid-option", path: ["options", "elkOptions"] }] });
    await expect(layout(featureMap(), { engine: "neato" as "elk" })).rejects.toMatchObject({ issues: [{ code: "invalid-option", path: ["options", "engine"] }] });
  });
});

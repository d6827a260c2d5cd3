import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fromArgdown, fromArgdownResponse, toArgdown } from "../../src/formats/argdown/index.js";
import { ArgmapError, ArgumentMap, argmap } from "../../src/index.js";
import { validDocument } from "../arbitraries.js";
import { documentOf, lineText, shape, structure } from "./helpers.js";
import { asyncErrorOf as errorOf } from "../thrown.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "formats", "argdown");
const read = (name: string): string => readFileSync(join(fixtures, name), "utf8");

const edges = (map: ArgumentMap): [string, string, string[], string][] => map.relations().map((r) => [r.id, r.type, [...r.from], r.to]);

describe("fromArgdown (documentation examples)", () => {
  test("a complex argument: one support per inference step, the intermediary conclusion a claim", async () => {
    const { value: map, warnings } = await fromArgdown(read("pcs.argdown"));
    expect(warnings).toEqual([]);
    expect(map.title).toBe("The teleological proof");
    expect(map.claims().map((c) => c.id)).toEqual(["Design", "God", "Best Explanation", "Designer", "Only God"]);
    expect(edges(map)).toEqual([
      ["Teleological proof (3)", "support", ["Design", "Best Explanation"], "Designer"],
      ["Teleological proof", "support", ["Designer", "Only God"], "God"],
    ]);
    expect(map.relation("Teleological proof")?.label).toBe("Since the world is intelligently designed, there has to be an intelligent creator.");
  });

  test("inference rules become the scheme; a premise {uses: […]} leaves out still belongs to the argument", async () => {
    const { value: map } = await fromArgdown(read("inference-rules.argdown"));
    expect(map.relation("Socrates")).toMatchObject({ from: ["Mortal", "Human"], to: "Socrates mortal", scheme: "Universal instantiation, Modus Ponens" });
    // Argdown draws [Irrelevant] inside <Uses one>: it is no isolated claim.
    expect(map.relation("Uses one")).toMatchObject({ from: ["Greek", "Irrelevant"], to: "Philosopher" });
    expect(map.relation("Uses one")?.scheme).toBeUndefined();
  });

  test("{uses: […]} picks the premises of a step from anywhere before it", async () => {
    const { value: map } = await fromArgdown("<A>\n\n(1) p1\n(2) p2\n----\n(3) c1\n(4) p4\n--\n{uses: [1, 3, 4]}\n--\n(5) c2\n");
    expect(map.relations().map((r) => [r.id, r.from.map((id) => map.claim(id)!.text), map.claim(r.to)!.text])).toEqual([
      ["A (3)", ["p1", "p2"], "c1"],
      ["A", ["p1", "c1", "p4"], "c2"],
    ]);
  });

  test("undercuts of an inference and of an argument attack the inference's relation", async () => {
    const { value: map, warnings } = await fromArgdown(read("undercut.argdown"));
    expect(warnings).toEqual([]);
    expect(map.undercutsOf("a").map((r) => r.from)).toEqual([["t1"], ["c"]]);
    expect(map.relation("b")).toMatchObject({ type: "support", from: ["s4", "s5"], to: "t1" });
    expect(map.claim("c")).toMatchObject({ text: "The weather service reported no rain today.", meta: { argdown: { argument: "c" } } });
  });

  test("tags are kept and taken out of the text", async () => {
    const { value: map } = await fromArgdown(read("tags.argdown"));
    expect(map.claim("Nuclear")).toMatchObject({ text: "Nuclear power is safe.", tags: ["energy", "risk assessment"] });
    expect(map.claim("Waste")?.tags).toEqual(["energy", "waste"]);
    expect(map.claim("Chernobyl")).toMatchObject({ text: "Accidents like Chernobyl show the risk is not negligible.", tags: ["history"] });
    expect(map.relationsTo("Nuclear").map((r) => [r.type, r.from[0]])).toEqual([["support", "Record"], ["attack", "Waste"], ["attack", "Chernobyl"]]);
  });

  test("relations between arguments and statements; contradictory statements attack each other", async () => {
    const { value: map, warnings } = await fromArgdown(read("relations.argdown"));
    expect(map.description).toBe("Relations between arguments and statements, and contradictory statements.");
    expect(edges(map)).toEqual([
      ["D", "support", ["Price", "Budget"], "A"],
      ["A -> B", "attack", ["A"], "B"],
      ["B -> A", "attack", ["B"], "A"],
      ["C +> A", "support", ["C"], "A"],
      ["Sale -> D", "attack", ["Sale"], "D"],
      ["Sale +> B", "support", ["Sale"], "B"],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(["argdown-symmetric-relation", "argdown-argument-target"]);
  });

  test("an undercut of an argument without premise–conclusion structure becomes an attack, with a warning", async () => {
    const { value: map, warnings } = await fromArgdown("<A>: Sketch.\n  _ <B>: Other.\n");
    expect(edges(map)).toEqual([["B -> A", "attack", ["B"], "A"]]);
    expect(warnings.map((w) => w.code)).toEqual(["argdown-undercut-unreconstructed"]);
  });

  test("strict mode: entailment becomes a support, contrariness two attacks", async () => {
    const { value: map, warnings } = await fromArgdown("===\nmodel:\n  mode: strict\n===\n\n[A]: a\n  - [B]: b\n  + [C]: c\n");
    expect(edges(map)).toEqual([
      ["B -> A", "attack", ["B"], "A"],
      ["A -> B", "attack", ["A"], "B"],
      ["C +> A", "support", ["C"], "A"],
    ]);
    expect(map.relation("A -> B")?.meta).toEqual({ argdown: { relationType: "contrary" } });
    expect(warnings.map((w) => w.code)).toEqual(["argdown-symmetric-relation"]);
  });

  test("the front matter names the thesis", async () => {
    const { value: map } = await fromArgdown('===\ntitle: "T"\nthesis: "A"\n===\n\n[A]: a\n  + [B]: b\n');
    expect(map.thesis).toBe("A");
  });

  test("fromArgdownResponse rejects a response without a model", () => {
    expect(() => fromArgdownResponse({})).toThrow(ArgmapError);
  });

  describe("bad input", () => {
    test("a pcs without inference cannot be modelled: argdown-syntax with line and column", async () => {
      const error = await errorOf(() => fromArgdown("[A]: x\n\n(1) a\n(2) b\n"));
      expect(error.code).toBe("argdown-syntax");
      expect(error.issues[0]).toMatchObject({ line: 4, column: 6, severity: "error" });
    });

    test("bad indentation is read as @argdown/core reads it, with a warning at its line and column", async () => {
      const { value: map, warnings } = await fromArgdown("[A]: ok\n  + [B]: b\n [C]: misindented\n");
      expect(edges(map)).toEqual([["B +> A", "support", ["B"], "A"]]);
      expect(warnings).toEqual([expect.objectContaining({ code: "argdown-syntax", severity: "warning", line: 3, column: 2 })]);
    });

    test("a statement that supports itself: the relation is left out, with a warning", async () => {
      const { value: map, warnings } = await fromArgdown("[A]: a\n  + [A]\n");
      expect(map.claims().map((c) => c.id)).toEqual(["A"]);
      expect(map.relations()).toEqual([]);
      expect(warnings.map((w) => w.code)).toEqual(["argdown-self-relation"]);
    });
  });
});

describe("toArgdown", () => {
  test("writes statements, relation lines and arguments that @argdown/core reads back", async () => {
    const map = argmap("Lunch: today")
      .thesis("pizza", "We should get pizza.", { tags: ["food", "team lunch"] })
      .claim("quick", "It is quick.")
      .claim("cheap", "It is cheap.")
      .claim("cheese", "Sam cannot eat cheese.")
      .claim("vegan", "There is vegan pizza.")
      .support(["quick", "cheap"], "pizza", { id: "practical", scheme: "Practical reasoning", label: "Quick and cheap" })
      .attack("cheese", "pizza", { id: "r1" })
      .attack("vegan", "r1", { id: "r2" })
      .build();
    const { value, warnings } = toArgdown(map);
    // Relation lines have no names in Argdown: their ids are reported as lost.
    expect(warnings.map((w) => w.code)).toEqual(["lost-id"]);
    expect(value).toContain('title: "Lunch: today"');
    expect(value).toContain("[pizza]: We should get pizza\\. #food #(team lunch)");
    expect(value).toContain("<practical>: Quick and cheap\n\n(1) [quick]\n(2) [cheap]\n-- Practical reasoning --\n(3) [pizza]");
    const back = (await fromArgdown(value)).value;
    expect(structure(back, (c) => c.id)).toEqual(structure(map, (c) => c.id));
    expect(back.relation("practical")).toMatchObject({ scheme: "Practical reasoning", label: "Quick and cheap" });
    expect(back.claim("pizza")?.tags).toEqual(["food", "team lunch"]);
  });

  test("ids Argdown cannot hold as titles get new titles and are kept in the statement data", async () => {
    const map = argmap("T").claim("__proto__", "A").claim("a]b", "B").claim("ok", "C").support("a]b", "__proto__").build();
    const { value, warnings } = toArgdown(map);
    expect(warnings.map((w) => w.code)).toEqual(["lost-id"]);
    const back = (await fromArgdown(value)).value;
    expect(structure(back)).toEqual(structure(map));
    expect(back.claims().map((c) => c.id)).toEqual(["__proto__", "a]b", "ok"]);
  });

  test("an id with a control character cannot be kept and is reported as renamed", () => {
    const map = argmap("T").claim("a\u0001b", "A").build();
    expect(toArgdown(map).warnings.map((w) => w.code)).toEqual(["id-renamed"]);
  });

  test("reports what Argdown cannot hold", () => {
    const map = ArgumentMap.fromJSON({
      format: "argmap", version: 1, title: "T", sources: [{ id: "s", title: "S" }],
      claims: [{ id: "a", text: "A\nB", base: 0.1, note: "n", meta: { x: 1 }, tags: ["bad (tag)"] }, { id: "b", text: " B " }],
      relations: [{ id: "r", type: "support", from: ["a"], to: "b", weight: 0.3 }],
    });
    expect(toArgdown(map).warnings.map((w) => w.code).sort()).toEqual(["lost-base", "lost-id", "lost-meta", "lost-note", "lost-sources", "lost-tags", "lost-weight", "text-changed"]);
  });

  test("property: JSON → Argdown → JSON keeps claims, tags, relation types, linked premises and undercuts", async () => {
    const tags = fc.subarray(["alpha", "b-c", "two words", "x_y", "Ünï"], { maxLength: 2 });
    await fc.assert(
      fc.asyncProperty(shape(), fc.array(lineText(), { minLength: 8, maxLength: 8 }), fc.array(tags, { minLength: 8, maxLength: 8 }), lineText(), async (s, texts, tagLists, title) => {
        const doc = documentOf(title, s, (i) => (texts[i] === "" ? `t${i}` : `${texts[i]!} ${i}`), (i) => (tagLists[i]!.length > 0 ? { tags: tagLists[i]! } : {}));
        const map = ArgumentMap.fromJSON(doc);
        const { value, warnings } = toArgdown(map);
        expect(warnings.filter((w) => w.code !== "lost-id")).toEqual([]);
        const back = (await fromArgdown(value)).value;
        const key = (c: { id: string; text: string; tags?: readonly string[] | undefined }): string => JSON.stringify([c.id, c.text, c.tags ?? []]);
        expect(structure(back, key)).toEqual(structure(map, key));
      }),
      { numRuns: 120 },
    );
  });

  test("property: any valid map (hostile ids, any unicode text) comes back with the same structure, texts made one line", async () => {
    const oneLine = (text: string): string => text.replace(/\s*(?:\r\n|\r|\n)\s*/g, " ").trim();
    await fc.assert(
      fc.asyncProperty(validDocument({ maxSources: 0 }), async (doc) => {
        const map = ArgumentMap.fromJSON(doc);
        const back = (await fromArgdown(toArgdown(map).value)).value;
        const key = (c: { text: string }): string => oneLine(c.text);
        expect({ ...structure(back, key), title: "" }).toEqual({ ...structure(map, key), title: "" });
        expect(back.title).toBe(map.title);
      }),
      { numRuns: 100 },
    );
  });
});

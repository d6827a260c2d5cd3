/** AIF speakers, `Default` schemes, I→I edges and duplicate edge ids. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { fromAif, toAif } from "../../src/formats/index.js";
import { argmap } from "../../src/index.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "formats", "aif");

const DIALOGUE = {
  nodes: [
    { nodeID: "1", text: "Taxes should rise.", type: "I" },
    { nodeID: "2", text: "Paul Dean : I welcome higher taxes", type: "L" },
    { nodeID: "3", text: "Asserting", type: "YA" },
    { nodeID: "4", text: "Schools need money.", type: "I" },
    { nodeID: "5", text: "Ann Lee : schools need money", type: "L" },
    { nodeID: "6", text: "Asserting", type: "YA" },
    { nodeID: "7", text: "Default", type: "RA", scheme: "Default" },
    { nodeID: "8", text: "Schools are fine.", type: "I" },
  ],
  edges: [
    { edgeID: "a", fromID: "2", toID: "3" },
    { edgeID: "b", fromID: "3", toID: "1" },
    { edgeID: "c", fromID: "5", toID: "6" },
    { edgeID: "d", fromID: "6", toID: "4" },
    { edgeID: "e", fromID: "4", toID: "7" },
    { edgeID: "f", fromID: "7", toID: "1" },
    { edgeID: "f", fromID: "8", toID: "4" },
  ],
  locutions: [{ nodeID: "5", personID: 42 }],
  participants: [{ participantID: 42, firstname: "Ann", surname: "Lee" }],
};

describe("AIF speakers", () => {
  test("locutions with a personID name the participant; L-node texts name the others", () => {
    const { value: map } = fromAif(DIALOGUE);
    expect(map.participants).toEqual([
      { id: "42", name: "Ann Lee" },
      { id: "Paul Dean", name: "Paul Dean" },
    ]);
    expect(map.claim("1")!.by).toEqual(["Paul Dean"]);
    expect(map.claim("4")!.by).toEqual(["42"]);
    expect(map.claim("8")!.by).toBeUndefined();
  });

  test("the real-shaped AIFdb fixture gets its speakers", () => {
    const { value: map } = fromAif(readFileSync(join(fixtures, "minimum-wage.json"), "utf8"));
    expect(map.participants.length).toBeGreaterThan(0);
    expect(map.claims().some((c) => c.by !== undefined)).toBe(true);
  });

  test("a map with participants but no AIF dialogue gets L and YA nodes, locutions and participants", () => {
    const map = argmap("Taxes")
      .participant("p1", "Paul Dean")
      .thesis("t", "Taxes should rise.", { by: ["p1"] })
      .build();
    const { value, warnings } = toAif(map);
    expect(warnings.map((w) => w.code)).not.toContain("lost-speakers");
    expect(value.participants).toEqual([{ participantID: "p1", firstname: "Paul", surname: "Dean" }]);
    const l = value.nodes.find((n) => n.type === "L")!;
    expect(l.text).toBe("Paul Dean : Taxes should rise.");
    expect(value.locutions).toEqual([{ nodeID: l.nodeID, personID: "p1" }]);
    const back = fromAif(JSON.parse(JSON.stringify(value)));
    expect(back.value.participants).toEqual([{ id: "p1", name: "Paul Dean" }]);
    expect(back.value.claim("t")!.by).toEqual(["p1"]);
  });

  test("reading and writing back does not duplicate dialogue nodes", () => {
    const once = toAif(fromAif(DIALOGUE).value).value;
    expect(once.nodes.filter((n) => n.type === "L")).toHaveLength(2);
  });
});

describe("AIF details", () => {
  test("a scheme named plain Default is no scheme", () => {
    const { value: map } = fromAif(DIALOGUE);
    expect(map.relation("7")!.scheme).toBeUndefined();
  });

  test("an I→I edge is kept in meta, reported, and written back", () => {
    const { value: map, warnings } = fromAif(DIALOGUE);
    expect(warnings.map((w) => w.code)).toContain("aif-direct-edge");
    expect(map.claim("8")!.meta).toEqual({ aif: { directEdges: [{ edgeID: "f", fromID: "8", toID: "4" }] } });
    const written = toAif(map).value;
    expect(written.edges.filter((e) => e.fromID === "8" && e.toID === "4")).toHaveLength(1);
  });

  test("duplicate edge ids warn", () => {
    const { warnings } = fromAif(DIALOGUE);
    const duplicate = warnings.find((w) => w.code === "aif-duplicate-edge")!;
    expect(duplicate.path).toEqual(["edges", 6, "edgeID"]);
  });

  test.each(["__proto__", "constructor", "toString", "hasOwnProperty"])("node id %s survives a round trip", (id) => {
    const doc = {
      nodes: [
        { nodeID: id, text: "A", type: "I" },
        { nodeID: "b", text: "B", type: "I" },
        { nodeID: "r", text: "Default Inference", type: "RA" },
      ],
      edges: [
        { edgeID: "1", fromID: "b", toID: "r" },
        { edgeID: "2", fromID: "r", toID: id },
      ],
      locutions: [],
    };
    const { value: map } = fromAif(JSON.parse(JSON.stringify(doc)));
    expect(map.claim(id)!.text).toBe("A");
    const back = fromAif(toAif(map).value).value;
    expect(back.relation("r")!.to).toBe(id);
  });
});

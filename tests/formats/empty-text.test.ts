/**
 * Every reader refuses a claim without text (`empty-text`), found by the
 * core's validation of the map it builds, and says where the text is in its
 * own input: a JSON path, or a line and column.
 */
import { describe, expect, test } from "vitest";
import { ArgmapError, type ArgmapIssue } from "../../src/index.js";
import { fromArgdown } from "../../src/formats/argdown/index.js";
import { fromAif, fromArggraph, fromKialo, fromOva, fromSadface } from "../../src/formats/index.js";

/** The blank texts each reader is fed. */
const BLANKS = ["", "   ", " \t\u00a0\u3000 "];

/** The issues a reader throws (it must throw an ArgmapError). */
async function issuesOf(read: () => unknown): Promise<readonly ArgmapIssue<string>[]> {
  try {
    await read();
  } catch (error) {
    expect(error).toBeInstanceOf(ArgmapError);
    return (error as ArgmapError<string>).issues;
  }
  throw new Error("the reader accepted a claim without text");
}

/** code, path, line and column of each issue. */
function where(issues: readonly ArgmapIssue<string>[]): unknown[] {
  return issues.map((i) => (i.line === undefined ? [i.code, i.path] : [i.code, i.path, i.line, i.column]));
}

const aifGraph = (blank: string) => ({
  nodes: [
    { nodeID: "1", text: "Cities should ban cars.", type: "I" },
    { nodeID: "2", text: blank, type: "I" },
    { nodeID: "3", text: "Default Inference", type: "RA" },
  ],
  edges: [
    { edgeID: "e1", fromID: "2", toID: "3" },
    { edgeID: "e2", fromID: "3", toID: "1" },
  ],
  locutions: [],
});

describe.each(BLANKS)("a claim text of %j", (blank) => {
  test("AIF: empty-text at the I-node's text", async () => {
    expect(where(await issuesOf(() => fromAif(aifGraph(blank))))).toEqual([["empty-text", ["nodes", 1, "text"]]]);
    expect(where(await issuesOf(() => fromAif(JSON.stringify(aifGraph(blank)))))).toEqual([["empty-text", ["nodes", 1, "text"]]]);
  });

  test("xAIF: empty-text under AIF", async () => {
    expect(where(await issuesOf(() => fromAif({ AIF: aifGraph(blank), text: "" })))).toEqual([["empty-text", ["AIF", "nodes", 1, "text"]]]);
  });

  test("OVA: empty-text at the node's text", async () => {
    const ova = {
      nodes: [
        { id: 1, type: "I", text: "Cities should ban cars." },
        { id: 7, type: "RA", text: "Default Inference" },
        { id: 2, type: "I", text: blank },
      ],
      edges: [
        { from: { id: 2 }, to: { id: 7 } },
        { from: { id: 7 }, to: { id: 1 } },
      ],
      participants: [],
      analysis: { txt: "" },
    };
    expect(where(await issuesOf(() => fromOva(ova)))).toEqual([["empty-text", ["nodes", 2, "text"]]]);
  });

  test("SADFace: empty-text at the atom's text", async () => {
    const sadface = {
      metadata: { core: { id: "m", created: "2024-01-01T00:00:00", edited: "2024-01-01T00:00:00" } },
      resources: [],
      nodes: [
        { id: "a", type: "atom", text: "Cities should ban cars.", sources: [], metadata: {} },
        { id: "b", type: "atom", text: blank, sources: [], metadata: {} },
        { id: "s", type: "scheme", name: "support", metadata: {} },
      ],
      edges: [
        { id: "e1", source_id: "b", target_id: "s" },
        { id: "e2", source_id: "s", target_id: "a" },
      ],
    };
    expect(where(await issuesOf(() => fromSadface(sadface)))).toEqual([["empty-text", ["nodes", 1, "text"]]]);
  });

  test("arggraph: empty-text at the ADU whose EDU is blank", async () => {
    const xml = `<?xml version="1.0"?><arggraph id="x"><edu id="e1"><![CDATA[Cities should ban cars.]]></edu><edu id="e2"><![CDATA[${blank}]]></edu><adu id="a1" type="pro"/><adu id="a2" type="opp"/><edge id="c1" src="e1" trg="a1" type="seg"/><edge id="c2" src="e2" trg="a2" type="seg"/><edge id="c3" src="a2" trg="a1" type="reb"/></arggraph>`;
    expect(where(await issuesOf(() => fromArggraph(xml)))).toEqual([["empty-text", ["arggraph", "adu", 1]]]);
  });

  test("Kialo: empty-text at the claim's line and column", async () => {
    const text = `Discussion Title: Cars\n\n1. Cities should ban cars.\n1.1. Pro: The air would be cleaner.\n1.2. Con: ${blank}\n`;
    expect(where(await issuesOf(() => fromKialo(text)))).toEqual([["empty-text", [], 5, 11]]);
  });

  test("Argdown (argdown json): empty-text at the statement's line", async () => {
    // Argdown text cannot hold a statement with neither title nor text, but its JSON export can.
    const response = {
      statements: {
        Cars: { title: "Cars", members: [{ text: "Cities should ban cars.", startLine: 1 }] },
        [blank === "" ? " " : blank]: { title: blank === "" ? " " : blank, members: [{ text: blank, startLine: 3 }] },
      },
      arguments: {},
      relations: [],
    };
    const issues = await issuesOf(() => fromArgdown(JSON.stringify(response)));
    expect(issues.map((i) => i.code)).toEqual(["empty-text"]);
    expect(issues[0]!.line).toBe(3);
  });
});

describe("readers that name claims by title", () => {
  test("Argdown: a statement or argument with only a title has the title as its text", async () => {
    const { value: map } = await fromArgdown("[Ban]: Cities should ban cars.\n  + [Air]\n  - <Jobs>\n\n[Clean]: #tag\n");
    expect(map.claims().map((c) => [c.id, c.text])).toEqual([
      ["Ban", "Cities should ban cars."],
      ["Air", "Air"],
      ["Clean", "Clean"],
      ["Jobs", "Jobs"],
    ]);
  });
});

import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { ArgumentMap, argmap, composeProse, summarize, toProse, type MapEvaluation } from "../../src/index.js";
import { lunch } from "./fixtures.js";

function bare(map: ArgumentMap, subject?: string): string {
  return toProse(summarize(map, { citations: false }), { width: 0, ...(subject !== undefined ? { subject } : {}) });
}

describe("toProse", () => {
  test("states the claim, its reason, the objection and the reply, with numbered quotations", () => {
    expect(toProse(summarize(lunch()))).toBe(
      [
        "The author argues that we should get pizza. [1] The author gives one reason for",
        "this: pizza is quick. [2]",
        "",
        "However, Sam cannot eat cheese. [3] In reply, there is vegan pizza. [4]",
        "",
        "Quotations from Team chat:",
        "[1] “We should get pizza”",
        "[2] “pizza is quick”",
        "[3] “Sam cannot eat cheese”",
        "[4] “there is vegan pizza”",
        "",
      ].join("\n"),
    );
  });

  test("quotes inline, or not at all, and takes a subject", () => {
    expect(toProse(summarize(lunch()), { citations: "inline", width: 0, subject: "Ann" })).toBe(
      "Ann argues that we should get pizza. (“We should get pizza”) Ann gives one reason for this: pizza is quick. (“pizza is quick”)\n\n" +
        "However, Sam cannot eat cheese. (“Sam cannot eat cheese”) In reply, there is vegan pizza. (“there is vegan pizza”)\n",
    );
    const none = toProse(summarize(lunch()), { citations: "none", width: 0 });
    expect(none).not.toMatch(/\[\d|“/);
    expect(toProse(summarize(lunch(), { citations: false }), { width: 0 })).toBe(none);
  });

  test("counts reasons in words and ends the list with Finally", () => {
    const map = argmap("Walk")
      .thesis("t", "We should walk.")
      .claim("a", "Walking is healthy.")
      .claim("b", "The weather is fine.")
      .claim("c", "The car is broken.")
      .support("a", "t")
      .support("b", "t")
      .support("c", "t")
      .build();
    expect(bare(map)).toBe(
      "The author argues that we should walk. The author gives three reasons for this. First, walking is healthy. Second, the weather is fine. Finally, the car is broken.\n",
    );
  });

  test("joins linked premises and puts the reasons for a point after because", () => {
    const map = argmap("Bridge")
      .thesis("t", "The bridge will hold.")
      .claim("load", "The load is under ten tonnes.")
      .claim("rated", "The bridge is rated for ten tonnes.")
      .claim("weighed", "The truck was weighed this morning.")
      .claim("rust", "There is rust on the cables.")
      .claim("paint", "The rust is only on the paint.")
      .claim("inspected", "An engineer inspected the cables.")
      .support(["load", "rated"], "t")
      .support("weighed", "load")
      .attack("rust", "t")
      .attack("paint", "rust")
      .support("inspected", "paint")
      .build();
    expect(bare(map)).toBe(
      "The author argues that the bridge will hold. The author gives one reason for this: the load is under ten tonnes, and the bridge is rated for ten tonnes. " +
        "The point that the load is under ten tonnes rests on the point that the truck was weighed this morning.\n\n" +
        "However, there is rust on the cables. In reply, the rust is only on the paint, because an engineer inspected the cables.\n",
    );
  });

  test("numbers several replies and answers a reply in turn", () => {
    const map = argmap("Trip")
      .thesis("t", "We should go by train.")
      .claim("cost", "The train is expensive.")
      .claim("card", "We have a rail card.")
      .claim("work", "We can work on the train.")
      .claim("expired", "The rail card has expired.")
      .attack("cost", "t", { id: "o" })
      .attack("card", "cost", { id: "rb" })
      .attack("work", "o", { id: "uc" })
      .attack("expired", "card")
      .build();
    expect(bare(map)).toBe(
      "The author argues that we should go by train.\n\n" +
        "However, the train is expensive. One reply is that we have a rail card. Against this, the rail card has expired. Another is that we can work on the train.\n",
    );
  });

  test("adds further counter-considerations and refers back to shared claims", () => {
    const out = bare(ukraineJapan(), "The article");
    expect(out).toContain("\n\nHowever, a softer export framework does not automatically mean that weapons transfers will begin quickly, because Japanese authorities");
    expect(out).toContain("\n\nA further counter-consideration is that some systems may remain too sensitive to export. In reply, other systems could be treated as compatible");
    expect(out).toContain("Second, as noted above, a softer export framework does not automatically mean that weapons transfers will begin quickly.");
    expect(out).toContain("The article gives two reasons for its second claim.");
  });

  test("says which points stand under an evaluation", () => {
    const map = ukraineJapan();
    const labels = new Map<string, "in" | "out" | "undec">();
    for (const relation of map.relations()) labels.set(relation.id, "in");
    labels.set("thesis", "in");
    labels.set("u-not-automatic", "out");
    labels.set("o-too-sensitive", "out");
    labels.set("r-diversify", "undec");
    const strengths = new Map([["r-new-source", 0.9], ["r-enables", 0.7]]);
    const evaluation: MapEvaluation = { semantics: "grounded", complete: true, labels: [...labels].map(([id, label]) => ({ id, label })), strengths: [...strengths].map(([id, strength]) => ({ id, strength })) };
    const paragraphs = toProse(summarize(map, { evaluation, citations: false }), { width: 0 }).trimEnd().split("\n\n");
    expect(paragraphs.at(-1)).toBe(
      "Under grounded semantics, the thesis stands. Of the reasons for the thesis, five of the six stand; of the counter-considerations, neither stands. " +
        "The strongest reason is that Japan could become another potential source of advanced defense equipment and industrial know-how (0.90). " +
        "Of the reasons for its second claim, both stand.",
    );
  });

  test("composeProse gives each sentence its own citations", () => {
    const paragraphs = composeProse(summarize(lunch()));
    const sentences = paragraphs.flatMap((p) => p.sentences);
    expect(sentences.map((s) => [s.text, s.citations.map((c) => c.quote)])).toEqual([
      ["The author argues that we should get pizza.", ["We should get pizza"]],
      ["The author gives one reason for this: pizza is quick.", ["pizza is quick"]],
      ["However, Sam cannot eat cheese.", ["Sam cannot eat cheese"]],
      ["In reply, there is vegan pizza.", ["there is vegan pizza"]],
    ]);
  });

  test("is the same text every time", () => {
    const a = toProse(summarize(ukraineJapan()), { subject: "The article" });
    expect(toProse(summarize(ukraineJapan()), { subject: "The article" })).toBe(a);
  });

  test("says so when the map is empty", () => {
    expect(toProse(summarize(new ArgumentMap({ title: "Empty" })))).toBe("The map has no claims.\n");
  });
});

describe("toProse with strengths", () => {
  test("names the strongest reason, or says that several share the top strength", () => {
    const map = argmap("Walk")
      .thesis("t", "We should walk.")
      .claim("a", "Walking is healthy.")
      .claim("b", "The weather is fine.")
      .claim("c", "It might rain.")
      .support("a", "t", { id: "ra" })
      .support("b", "t", { id: "rb" })
      .attack("c", "t", { id: "rc" })
      .build();
    const tail = (strengths: [string, number][]): string =>
      toProse(summarize(map, { citations: false, evaluation: { semantics: "dfquad", complete: true, strengths: strengths.map(([id, strength]) => ({ id, strength })) } }), { width: 0 }).trimEnd().split("\n\n").at(-1)!;
    expect(tail([["t", 0.7], ["ra", 0.9], ["rb", 0.4], ["rc", 0.2]])).toBe(
      "Under dfquad semantics, the thesis has strength 0.70. The strongest reason is that walking is healthy (0.90).",
    );
    expect(tail([["t", 0.7], ["ra", 0.5], ["rb", 0.5]])).toBe("Under dfquad semantics, the thesis has strength 0.70. Two reasons share the greatest strength (0.50).");
  });
});

describe("toProse with several sources", () => {
  test("names the source of each quotation", () => {
    const map = argmap("two sources")
      .source({ id: "a", title: "First", text: "Alpha holds." })
      .source({ id: "b", title: "Second", text: "Beta holds." })
      .thesis("t", "Alpha holds.", { quote: "Alpha holds", source: "a" })
      .claim("r", "Beta holds.", { quote: "Beta holds", source: "b" })
      .support("r", "t")
      .build();
    expect(toProse(summarize(map), { width: 0, citations: "inline" })).toBe(
      "The author argues that Alpha holds. (“Alpha holds”, First) The author gives one reason for this: Beta holds. (“Beta holds”, Second)\n",
    );
    expect(toProse(summarize(map), { width: 0 })).toBe(
      "The author argues that Alpha holds. [1] The author gives one reason for this: Beta holds. [2]\n\nQuotations:\n[1] “Alpha holds” (First)\n[2] “Beta holds” (Second)\n",
    );
  });
});

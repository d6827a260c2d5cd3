import { describe, expect, test } from "vitest";
import { ArgumentMap, MapBuilder, argmap } from "../../src/index.js";
import { expectThrowsIssue, lunchDocument } from "../fixtures/core/helpers.js";

const TEXT = "Cats purr. Dogs bark. Cats purr.";

describe("argmap() builder", () => {
  test("returns a MapBuilder whose build() is an ArgumentMap", () => {
    const builder = argmap("Lunch", { description: "D" });
    expect(builder).toBeInstanceOf(MapBuilder);
    const map = builder.build();
    expect(map).toBeInstanceOf(ArgumentMap);
    expect(map).toBe(builder.map);
    expect([map.title, map.description]).toEqual(["Lunch", "D"]);
  });

  test("builds the lunch map of the fixtures", () => {
    const doc = lunchDocument();
    const text = doc.sources[0]!.text!;
    const map = argmap("Team lunch", { description: "Should the team order pizza?" })
      .source({ id: "chat", title: "Team chat, 3 May", author: "Ana", published: "2024-05-03", text })
      .thesis("pizza", "We should order pizza for the team lunch.", { quote: "We should order pizza for the team lunch" })
      .claim("quick", "Pizza arrives in twenty minutes.", { quote: "Pizza arrives in twenty minutes" })
      .claim("share", "Everyone can share a pizza.", { quote: "everyone can share it" })
      .claim("cheese", "Sam cannot eat cheese.", { quote: "Sam cannot eat cheese", tags: ["diet"] })
      .claim("vegan", "Sam can order the vegan pizza, which has no cheese.", { quote: "Sam can order the vegan pizza, which has no cheese" })
      .claim("slow", "The shop was slow last Friday.", { quote: "the shop was slow last Friday", base: 0.4 })
      .claim("busy", "Friday is always the shop's busiest day.", { quote: "Friday is always their busiest day" })
      .support(["quick", "share"], "pizza", { id: "fast-and-shared", label: "convenient" })
      .attack("cheese", "pizza", { id: "diet" })
      .attack("vegan", "cheese", { id: "vegan-option" })
      .attack("slow", "quick", { id: "slow-shop", weight: 0.8 })
      .attack("busy", "slow-shop", { id: "busy-friday", note: "Friday is not typical." })
      .build();
    expect(map.toJSON()).toEqual(doc);
  });

  test("gives relations fresh ids r1, r2, … skipping ids in use", () => {
    const map = argmap("T").claim("a", "A").claim("r1", "taken").claim("b", "B").support("a", "b").attack("r1", "b").support("b", "r2", { id: "r9" }).build();
    expect(map.relations().map((r) => r.id)).toEqual(["r2", "r3", "r9"]);
    expect(map.relation("r3")).toEqual({ id: "r3", type: "attack", from: ["r1"], to: "b" });
    expect(map.relation("r9")!.to).toBe("r2");
  });

  test("turns quotes into anchors in the last source with text, or a named one", () => {
    const map = argmap("T")
      .source({ id: "s1", title: "One", text: "Owls hoot. Dogs bark." })
      .source({ id: "s2", title: "Two", text: TEXT })
      .source({ id: "bare", title: "No text" })
      .claim("dogs", "Dogs bark.", { quote: "Dogs bark" })
      .claim("owls", "Owls hoot.", { quote: ["Owls", "hoot"], source: "s1" })
      .claim("both", "B", { anchors: [{ source: "bare", start: 0, end: 1, quote: "?" }], quote: "bark", source: "s1" })
      .support("dogs", "owls", { quote: "Dogs" })
      .build();
    expect(map.claim("dogs")!.anchors).toEqual([{ source: "s2", start: 11, end: 20, quote: "Dogs bark" }]);
    expect(map.claim("owls")!.anchors).toEqual([
      { source: "s1", start: 0, end: 4, quote: "Owls" },
      { source: "s1", start: 5, end: 9, quote: "hoot" },
    ]);
    expect(map.claim("both")!.anchors).toEqual([
      { source: "bare", start: 0, end: 1, quote: "?" },
      { source: "s1", start: 16, end: 20, quote: "bark" },
    ]);
    expect(map.relation("r1")!.anchors).toEqual([{ source: "s2", start: 11, end: 15, quote: "Dogs" }]);
  });

  test("reports quote problems where they are made", () => {
    expectThrowsIssue(() => argmap("T").claim("a", "A", { quote: "x" }), "anchor-unknown-source", ["source"]);
    expectThrowsIssue(() => argmap("T").source({ id: "s", title: "S", text: TEXT }).claim("a", "A", { quote: "x", source: "ghost" }), "anchor-unknown-source", ["source"]);
    expectThrowsIssue(() => argmap("T").source({ id: "s", title: "S", text: TEXT }).claim("a", "A", { quote: "Cats purr" }), "anchor-ambiguous", ["quote"]);
    expectThrowsIssue(() => argmap("T").source({ id: "s", title: "S", text: TEXT }).claim("a", "A", { quote: "Birds" }), "anchor-mismatch", ["quote"]);
    expectThrowsIssue(() => argmap("T").source({ id: "s", title: "S" }).claim("a", "A", { quote: "x", source: "s" }), "anchor-mismatch", ["quote"]);
  });

  test("a failed call adds nothing, and the builder can go on", () => {
    const builder = argmap("T").source({ id: "s", title: "S", text: TEXT }).claim("a", "A").claim("b", "B");
    const before = builder.map.toJSON();
    expectThrowsIssue(() => builder.claim("c", "C", { quote: "Cats purr" }), "anchor-ambiguous");
    expectThrowsIssue(() => builder.support("a", "ghost"), "dangling-target", ["relation", "to"]);
    expectThrowsIssue(() => builder.attack(["a", "b"], "a"), "self-support", ["relation", "to"]);
    expectThrowsIssue(() => builder.claim("a", "again"), "duplicate-id", ["claim", "id"]);
    expectThrowsIssue(() => builder.thesis("ghost", "Ghost", { base: 7 }), "too-big", ["claim", "base"]);
    expectThrowsIssue(() => builder.claim("c", ""), "empty-text", ["claim", "text"]);
    expectThrowsIssue(() => builder.thesis("c", " \n\t\u00a0"), "empty-text", ["claim", "text"]);
    expect(builder.map.toJSON()).toEqual(before);
    builder.support("a", "b");
    expect(builder.map.relation("r1")).toEqual({ id: "r1", type: "support", from: ["a"], to: "b" });
  });

  test("thesis() adds the claim and marks it", () => {
    const map = argmap("T").thesis("t", "Main").claim("a", "A").support("a", "t").build();
    expect(map.thesis).toBe("t");
    expect(map.toJSON().thesis).toBe("t");
  });

  test("copies premise lists and option objects", () => {
    const premises = ["a", "b"];
    const tags = ["x"];
    const builder = argmap("T").claim("a", "A", { tags }).claim("b", "B").claim("c", "C").support(premises, "c");
    premises.push("c");
    tags.push("y");
    expect(builder.map.relation("r1")!.from).toEqual(["a", "b"]);
    expect(builder.map.claim("a")!.tags).toEqual(["x"]);
  });
});

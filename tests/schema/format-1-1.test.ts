/**
 * Format 1.1: document language, participants and $schema; claim title,
 * language and by; relation by. 1.0 documents load unchanged.
 */
import { describe, expect, expectTypeOf, test } from "vitest";
import {
  argmap,
  ArgumentMap,
  parseArgumentMap,
  type ArgumentMapDocument,
  type FormatVersion,
  type Participant,
} from "../../src/index.js";
import { catchArgmapError, codesAndPaths, lunchDocument } from "../fixtures/core/helpers.js";

/** A complete 1.1 document, keys in canonical order. */
function debate(): ArgumentMapDocument {
  return {
    $schema: "https://unpkg.com/argmap/schema/argmap.schema.json",
    format: "argmap",
    version: "1.1",
    title: "Debate",
    description: "A short exchange.",
    language: "en-GB",
    thesis: "t",
    participants: [
      { id: "ann", name: "Ann", role: "proponent" },
      { id: "bob", name: "Bob" },
    ],
    sources: [],
    claims: [
      { id: "t", title: "Tax", text: "We should tax sugar.", by: ["ann"] },
      { id: "c", text: "Zucker ist billig.", language: "de", by: ["bob", "ann"] },
    ],
    relations: [{ id: "r", type: "attack", from: ["c"], to: "t", by: ["bob"] }],
  };
}

const issuesOf = (input: unknown) => {
  const result = parseArgumentMap(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
};

describe("format 1.1 documents", () => {
  test("load, expose the new fields and round-trip in canonical key order", () => {
    const doc = debate();
    const map = ArgumentMap.fromJSON(doc);
    expect(map.language).toBe("en-GB");
    expect(map.participants).toEqual([
      { id: "ann", name: "Ann", role: "proponent" },
      { id: "bob", name: "Bob" },
    ]);
    expect(map.participant("bob")).toEqual({ id: "bob", name: "Bob" });
    expect(map.participant("carol")).toBeUndefined();
    expect(map.claim("t")?.title).toBe("Tax");
    expect(map.claim("c")?.by).toEqual(["bob", "ann"]);
    expect(map.relation("r")?.by).toEqual(["bob"]);
    expect(map.formatVersion).toBe("1.1");
    const out = map.toJSON();
    expect(out).toEqual(doc);
    expect(JSON.stringify(out)).toBe(JSON.stringify(doc));
  });

  test("key order is canonical whatever the input order", () => {
    const doc = debate();
    const shuffled = {
      relations: doc.relations,
      claims: [{ by: ["ann"], text: "We should tax sugar.", title: "Tax", id: "t" }, { language: "de", text: "Zucker ist billig.", id: "c", by: ["bob", "ann"] }],
      participants: [{ role: "proponent", name: "Ann", id: "ann" }, { name: "Bob", id: "bob" }],
      thesis: "t",
      sources: [],
      language: "en-GB",
      description: "A short exchange.",
      title: "Debate",
      version: "1.1",
      format: "argmap",
      $schema: doc.$schema,
    };
    expect(JSON.stringify(ArgumentMap.fromJSON(shuffled).toJSON())).toBe(JSON.stringify(doc));
  });

  test("participants and language are read-only from outside", () => {
    const map = ArgumentMap.fromJSON(debate());
    const list = map.participants;
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
    expect(() => (list as Participant[]).push({ id: "x", name: "X" })).toThrow(TypeError);
    expect(map.participants).toHaveLength(2);
    // @ts-expect-error language is a getter only
    expect(() => (map.language = "fr")).toThrow(TypeError);
  });

  test("a version 1.0 document loads unchanged and is written as version 1", () => {
    const doc = lunchDocument();
    const map = ArgumentMap.fromJSON(doc);
    expect(map.formatVersion).toBe(1);
    expect(map.language).toBeUndefined();
    expect(map.participants).toEqual([]);
    expect(map.toJSON()).toEqual(doc);
  });

  test("a 1.1 document without new fields keeps its version", () => {
    const doc = { ...lunchDocument(), version: "1.1" as const };
    expect(ArgumentMap.fromJSON(doc).toJSON()).toEqual(doc);
  });

  test("a version-1 document may not use 1.1 fields", () => {
    const doc = { ...debate(), version: 1 };
    expect(codesAndPaths(issuesOf(doc))).toEqual([
      ["unknown-key", ["$schema"]],
      ["unknown-key", ["language"]],
      ["unknown-key", ["participants"]],
      ["unknown-key", ["claims", 0, "title"]],
      ["unknown-key", ["claims", 0, "by"]],
      ["unknown-key", ["claims", 1, "language"]],
      ["unknown-key", ["claims", 1, "by"]],
      ["unknown-key", ["relations", 0, "by"]],
    ]);
  });

  test("other versions are unsupported, the number 1.1 included", () => {
    for (const version of [1.1, "1", "1.0", 2, "1.2"]) {
      expect(codesAndPaths(issuesOf({ ...debate(), version }))).toEqual([["unsupported-version", ["version"]]]);
    }
  });

  test("language must be a BCP 47 tag", () => {
    for (const tag of ["en", "de-CH", "zh-Hant-TW", "sr-Latn", "en-GB-oxendict", "de-DE-u-co-phonebk"]) {
      expect(parseArgumentMap({ ...debate(), language: tag }).ok, tag).toBe(true);
    }
    for (const tag of ["", "en_US", "english!", "e", "en--GB", "123"]) {
      expect(codesAndPaths(issuesOf({ ...debate(), language: tag })), tag).toEqual([["invalid-language", ["language"]]]);
    }
    const doc = debate();
    doc.claims[1] = { ...doc.claims[1]!, language: "de_DE" };
    expect(codesAndPaths(issuesOf(doc))).toEqual([["invalid-language", ["claims", 1, "language"]]]);
  });

  test("an unknown participant in by is an error with a path", () => {
    const doc = debate();
    doc.claims[1] = { ...doc.claims[1]!, by: ["bob", "carol"] };
    doc.relations[0] = { ...doc.relations[0]!, by: ["dave"] };
    expect(codesAndPaths(issuesOf(doc))).toEqual([
      ["unknown-participant", ["claims", 1, "by", 1]],
      ["unknown-participant", ["relations", 0, "by", 0]],
    ]);
    const { participants: _, ...without } = debate();
    expect(codesAndPaths(issuesOf(without))).toEqual([
      ["unknown-participant", ["claims", 0, "by", 0]],
      ["unknown-participant", ["claims", 1, "by", 0]],
      ["unknown-participant", ["claims", 1, "by", 1]],
      ["unknown-participant", ["relations", 0, "by", 0]],
    ]);
  });

  test("participant ids are unique among participants, not across claims", () => {
    const doc = debate();
    doc.participants!.push({ id: "ann", name: "Ann again" });
    expect(codesAndPaths(issuesOf(doc))).toEqual([["duplicate-id", ["participants", 2, "id"]]]);
    const shared = debate();
    shared.participants!.push({ id: "t", name: "A participant called t" });
    expect(parseArgumentMap(shared).ok).toBe(true);
  });

  test("participants are closed objects with a name", () => {
    const doc = debate();
    (doc.participants as unknown[]).push({ id: "x" }, { id: "y", name: "Y", age: 3 });
    expect(codesAndPaths(issuesOf(doc))).toEqual([
      ["invalid-type", ["participants", 2, "name"]],
      ["unknown-key", ["participants", 3, "age"]],
    ]);
  });

  test("types", () => {
    expectTypeOf<FormatVersion>().toEqualTypeOf<1 | "1.1">();
    expectTypeOf<ArgumentMap["participants"]>().toEqualTypeOf<readonly Readonly<Participant>[]>();
    expectTypeOf<ArgumentMap["language"]>().toEqualTypeOf<string | undefined>();
  });
});

describe("format 1.1 on the map", () => {
  test("a map written with 1.1 fields says 1.1", () => {
    const map = new ArgumentMap({ title: "T" });
    map.addClaim({ id: "a", text: "A" });
    expect(map.toJSON().version).toBe(1);
    map.updateClaim("a", { title: "Short" });
    expect(map.toJSON().version).toBe("1.1");
    map.updateClaim("a", { title: undefined });
    expect(map.toJSON().version).toBe(1);
    map.setLanguage("fr");
    expect(map.toJSON()).toMatchObject({ version: "1.1", language: "fr" });
    map.setLanguage(undefined);
    expect(map.toJSON().version).toBe(1);
    map.addParticipant({ id: "p", name: "P" });
    expect(map.toJSON().version).toBe("1.1");
    expect(ArgumentMap.fromJSON(map.toJSON()).toJSON()).toEqual(map.toJSON());
  });

  test("by is checked on add and update, and a failed call changes nothing", () => {
    const map = new ArgumentMap({ title: "T" });
    map.addParticipant({ id: "p", name: "P" });
    map.addClaim({ id: "a", text: "A", by: ["p"] });
    map.addClaim({ id: "b", text: "B" });
    const before = map.toJSON();
    expect(codesAndPaths(catchArgmapError(() => map.addClaim({ id: "c", text: "C", by: ["p", "q"] })).issues)).toEqual([["unknown-participant", ["claim", "by", 1]]]);
    expect(codesAndPaths(catchArgmapError(() => map.updateClaim("a", { by: ["q"] })).issues)).toEqual([["unknown-participant", ["claim", "by", 0]]]);
    expect(codesAndPaths(catchArgmapError(() => map.addRelation({ id: "r", type: "support", from: ["b"], to: "a", by: ["q"] })).issues)).toEqual([
      ["unknown-participant", ["relation", "by", 0]],
    ]);
    expect(codesAndPaths(catchArgmapError(() => map.updateClaim("a", { language: "??" })).issues)).toEqual([["invalid-language", ["claim", "language"]]]);
    expect(map.toJSON()).toEqual(before);
    map.addRelation({ id: "r", type: "support", from: ["b"], to: "a", by: ["p"] });
    expect(map.updateRelation("r", { by: undefined }).by).toBeUndefined();
  });

  test("participants: add, update, remove with and without cascade", () => {
    const map = ArgumentMap.fromJSON(debate());
    expect(catchArgmapError(() => map.addParticipant({ id: "ann", name: "Other" })).code).toBe("duplicate-id");
    expect(catchArgmapError(() => map.addParticipant({ id: "", name: "Nobody" })).code).toBe("too-small");
    expect(map.updateParticipant("bob", { role: "opponent" })).toEqual({ id: "bob", name: "Bob", role: "opponent" });
    expect(map.updateParticipant("ann", { role: undefined })).toEqual({ id: "ann", name: "Ann" });
    expect(catchArgmapError(() => map.updateParticipant("zed", { name: "Z" })).code).toBe("not-found");
    const before = map.toJSON();
    expect(catchArgmapError(() => map.removeParticipant("bob")).code).toBe("has-dependents");
    expect(map.toJSON()).toEqual(before);
    const removed = map.removeParticipant("bob", { cascade: true });
    expect(removed.participants).toEqual([{ id: "bob", name: "Bob", role: "opponent" }]);
    expect(map.claim("c")?.by).toEqual(["ann"]);
    expect(map.relation("r")?.by).toBeUndefined();
    expect(map.participants.map((p) => p.id)).toEqual(["ann"]);
    expect(parseArgumentMap(map.toJSON()).ok).toBe(true);
  });

  test("the graph sees the new claim fields", () => {
    const map = ArgumentMap.fromJSON(debate());
    expect(map.graph.getNodeAttributes("t")).toMatchObject({ kind: "claim", title: "Tax" });
    map.removeParticipant("bob", { cascade: true });
    expect(map.graph.getNodeAttributes("r")).not.toHaveProperty("by");
  });

  test("the constructor takes a language and checks it", () => {
    expect(new ArgumentMap({ title: "T", language: "ja" }).language).toBe("ja");
    expect(catchArgmapError(() => new ArgumentMap({ title: "T", language: "not a tag" })).code).toBe("invalid-language");
  });
});

describe("format 1.1 in the builder", () => {
  test("participants, language, titles and by", () => {
    const map = argmap("Debate", { description: "A short exchange." })
      .language("en-GB")
      .participant("ann", "Ann", "proponent")
      .participant("bob", "Bob")
      .thesis("t", "We should tax sugar.", { title: "Tax", by: ["ann"] })
      .claim("c", "Zucker ist billig.", { language: "de", by: ["bob", "ann"] })
      .attack("c", "t", { id: "r", by: ["bob"] })
      .build();
    const { $schema: _, ...expected } = debate();
    expect(map.toJSON()).toEqual(expected);
  });

  test("mistakes throw where they are made", () => {
    const builder = argmap("T").participant("ann", "Ann");
    expect(catchArgmapError(() => builder.participant("ann", "Ann")).code).toBe("duplicate-id");
    expect(catchArgmapError(() => builder.language("en_GB")).code).toBe("invalid-language");
    expect(catchArgmapError(() => builder.claim("a", "A", { by: ["bob"] })).code).toBe("unknown-participant");
    expect(catchArgmapError(() => argmap("T", { language: "" })).code).toBe("invalid-language");
    expect(builder.build().toJSON().claims).toEqual([]);
  });
});

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ArgmapError, ArgumentMap, loadArgumentMap, parseArgumentMap, parseArgumentMapJson, type ArgmapIssue, type ArgumentMapDocument, type IssueCode } from "../../src/index.js";
import { MAX_META_DEPTH } from "../../src/internal/json.js";
import { validDocument } from "../arbitraries.js";
import { catchArgmapError, codesAndPaths, lunchDocument } from "../fixtures/core/helpers.js";

const ALL_CODES: readonly IssueCode[] = [
  "invalid-json",
  "invalid-type",
  "invalid-value",
  "invalid-format",
  "too-small",
  "too-big",
  "unknown-key",
  "too-deep",
  "unsupported-version",
  "invalid-language",
  "empty-text",
  "unknown-participant",
  "unreadable-input",
  "anchor-splits-character",
  "thesis-already-set",
  "duplicate-id",
  "duplicate-premise",
  "dangling-premise",
  "dangling-target",
  "dangling-thesis",
  "self-support",
  "anchor-unknown-source",
  "anchor-out-of-range",
  "anchor-mismatch",
  "isolated-claim",
  "support-cycle",
  "unanchored-claim",
  "thesis-is-premise",
  "not-found",
  "has-dependents",
  "read-only-graph",
  "anchor-ambiguous",
];

function empty(): ArgumentMapDocument {
  return { format: "argmap", version: 1, title: "T", sources: [], claims: [], relations: [] };
}

/** Issues of a document that must fail. */
function issuesOf(input: unknown): readonly ArgmapIssue[] {
  const result = parseArgumentMap(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

/** Checks the shape every issue must have. */
function expectWellFormed(issues: readonly ArgmapIssue[]): void {
  for (const issue of issues) {
    expect(ALL_CODES).toContain(issue.code);
    expect(["error", "warning"]).toContain(issue.severity);
    expect(Array.isArray(issue.path)).toBe(true);
    for (const segment of issue.path) expect(["string", "number"]).toContain(typeof segment);
    expect(typeof issue.message).toBe("string");
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

describe("parseArgumentMap", () => {
  test("returns the map and its warnings for a valid document", () => {
    const result = parseArgumentMap(lunchDocument());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.map).toBeInstanceOf(ArgumentMap);
    expect(result.map.toJSON()).toEqual(lunchDocument());
    expect(result.warnings).toEqual([]);
    expect(Object.keys(result).sort()).toEqual(["map", "ok", "warnings"]);
  });

  test("refuses a claim text that is empty or only white space (empty-text), wherever it is", () => {
    const doc = empty();
    doc.claims.push({ id: "a", text: "" }, { id: "b", text: "Fine." }, { id: "c", text: " \n\t\u00a0\u2003\ufeff" });
    doc.relations.push({ id: "r", type: "support", from: ["c"], to: "b" });
    expect(codesAndPaths(issuesOf(doc))).toEqual([
      ["empty-text", ["claims", 0, "text"]],
      ["empty-text", ["claims", 2, "text"]],
    ]);
    // A relation to a claim with a blank text is not also a dangling reference.
    expect(issuesOf(doc).every((i) => i.severity === "error")).toBe(true);
    // One visible character is enough, a zero-width space is one (it is no white space).
    doc.claims[0] = { id: "a", text: " ? " };
    doc.claims[2] = { id: "c", text: "\u200b" };
    expect(parseArgumentMap(doc).ok).toBe(true);
  });

  test("returns warnings with a valid map, unless asked not to", () => {
    const doc = empty();
    doc.claims.push({ id: "lonely", text: "L" });
    const result = parseArgumentMap(doc);
    expect(result.ok && codesAndPaths(result.warnings)).toEqual([["isolated-claim", ["claims", 0]]]);
    const quiet = parseArgumentMap(doc, { warnings: false });
    expect(quiet.ok && quiet.warnings).toEqual([]);
  });

  test("rejects input that is not an object", () => {
    for (const input of [null, undefined, 1, "{}", true, [], [empty()], () => 1, Symbol("s"), 1n]) {
      expect(codesAndPaths(issuesOf(input))).toEqual([["invalid-type", []]]);
    }
  });

  test("reports unsupported-version before anything else", () => {
    for (const version of [2, 0, "1", 1.5, null, {}, [], 1n, Symbol("v")]) {
      const issues = issuesOf({ ...empty(), version, format: "other", claims: "nope" });
      expect(codesAndPaths(issues)).toEqual([["unsupported-version", ["version"]]]);
    }
  });

  test("maps schema violations to codes and paths", () => {
    const cases: Array<[unknown, Array<[string, Array<string | number>]>]> = [
      [{ ...empty(), version: undefined }, [["invalid-value", ["version"]]]],
      [{ ...empty(), format: "aif" }, [["invalid-value", ["format"]]]],
      [{ ...empty(), title: 3 }, [["invalid-type", ["title"]]]],
      [{ ...empty(), claims: {} }, [["invalid-type", ["claims"]]]],
      [{ ...empty(), extra: 1 }, [["unknown-key", ["extra"]]]],
      [{ ...empty(), claims: [{ id: "", text: "x" }] }, [["too-small", ["claims", 0, "id"]]]],
      [{ ...empty(), claims: [{ id: "a", text: "x", base: 1.01 }] }, [["too-big", ["claims", 0, "base"]]]],
      [{ ...empty(), claims: [{ id: "a", text: "x", tags: [1] }] }, [["invalid-type", ["claims", 0, "tags", 0]]]],
      [{ ...empty(), claims: [{ id: "a", text: "x", stance: "pro" }] }, [["unknown-key", ["claims", 0, "stance"]]]],
      [{ ...empty(), sources: [{ id: "s" }] }, [["invalid-type", ["sources", 0, "title"]]]],
      [{ ...empty(), thesis: "" }, [["too-small", ["thesis"]]]],
      [
        { ...empty(), claims: [{ id: "a", text: "x", anchors: [{ source: "s", start: -1, end: 1.5, quote: "q" }] }] },
        [
          ["too-small", ["claims", 0, "anchors", 0, "start"]],
          ["invalid-type", ["claims", 0, "anchors", 0, "end"]],
        ],
      ],
      [
        { ...empty(), relations: [{ id: "r", type: "rebut", from: [], to: "", weight: -1 }] },
        [
          ["invalid-value", ["relations", 0, "type"]],
          ["too-small", ["relations", 0, "from"]],
          ["too-small", ["relations", 0, "to"]],
          ["too-small", ["relations", 0, "weight"]],
        ],
      ],
    ];
    for (const [input, expected] of cases) {
      const issues = issuesOf(input);
      expect(codesAndPaths(issues)).toEqual(expected);
      expectWellFormed(issues);
    }
  });

  test("reports duplicate-id across claims, relations and sources", () => {
    const doc = empty();
    doc.sources.push({ id: "x", title: "S" });
    doc.claims.push({ id: "x", text: "A" }, { id: "b", text: "B" }, { id: "b", text: "B again" });
    doc.relations.push({ id: "r", type: "support", from: ["b"], to: "x" }, { id: "b", type: "support", from: ["b"], to: "r" });
    const issues = issuesOf(doc);
    expect(codesAndPaths(issues.filter((i) => i.code === "duplicate-id"))).toEqual([
      ["duplicate-id", ["claims", 0, "id"]],
      ["duplicate-id", ["claims", 2, "id"]],
      ["duplicate-id", ["relations", 1, "id"]],
    ]);
  });

  test("reports dangling premises, targets and thesis", () => {
    const doc = empty();
    doc.thesis = "ghost";
    doc.claims.push({ id: "a", text: "A" }, { id: "b", text: "B" });
    doc.relations.push(
      { id: "r1", type: "support", from: ["a", "nobody"], to: "b" },
      { id: "r2", type: "attack", from: ["a"], to: "nowhere" },
      { id: "r3", type: "attack", from: ["r1"], to: "b" },
    );
    expect(codesAndPaths(issuesOf(doc))).toEqual([
      ["dangling-premise", ["relations", 0, "from", 1]],
      ["dangling-target", ["relations", 1, "to"]],
      ["dangling-premise", ["relations", 2, "from", 0]],
      ["dangling-thesis", ["thesis"]],
    ]);
  });

  test("accepts relations that target relations listed later", () => {
    const doc = empty();
    doc.claims.push({ id: "a", text: "A" }, { id: "b", text: "B" }, { id: "c", text: "C" });
    doc.relations.push({ id: "cut", type: "attack", from: ["c"], to: "r" }, { id: "r", type: "support", from: ["a"], to: "b" });
    expect(parseArgumentMap(doc).ok).toBe(true);
  });

  test("reports duplicate-premise and self-support", () => {
    const doc = empty();
    doc.claims.push({ id: "a", text: "A" }, { id: "b", text: "B" });
    doc.relations.push(
      { id: "r1", type: "support", from: ["a", "b", "a"], to: "b" },
      { id: "r2", type: "attack", from: ["a"], to: "a" },
      { id: "r3", type: "attack", from: ["a"], to: "r3" },
    );
    expect(codesAndPaths(issuesOf(doc))).toEqual([
      ["duplicate-premise", ["relations", 0, "from", 2]],
      ["self-support", ["relations", 0, "to"]],
      ["self-support", ["relations", 1, "to"]],
      ["self-support", ["relations", 2, "to"]],
    ]);
  });

  test("reports relations that target each other in a circle as self-support", () => {
    const doc = empty();
    doc.claims.push({ id: "a", text: "A" }, { id: "b", text: "B" }, { id: "c", text: "C" });
    doc.relations.push(
      { id: "ok", type: "support", from: ["a"], to: "b" },
      { id: "x", type: "attack", from: ["a"], to: "y" },
      { id: "y", type: "attack", from: ["b"], to: "z" },
      { id: "z", type: "attack", from: ["c"], to: "x" },
      { id: "into-cycle", type: "attack", from: ["c"], to: "y" },
    );
    expect(codesAndPaths(issuesOf(doc))).toEqual([["self-support", ["relations", 1, "to"]]]);
  });

  test("checks anchors on claims and relations", () => {
    const doc = empty();
    doc.sources.push({ id: "s", title: "S", text: "Cats purr." }, { id: "bare", title: "No text" });
    doc.claims.push(
      { id: "a", text: "A", anchors: [{ source: "ghost", start: 0, end: 4, quote: "Cats" }] },
      { id: "b", text: "B", anchors: [{ source: "s", start: 0, end: 4, quote: "Cats" }, { source: "s", start: 5, end: 50, quote: "purr." }] },
      { id: "c", text: "C", anchors: [{ source: "s", start: 5, end: 9, quote: "Purr" }] },
      { id: "d", text: "D", anchors: [{ source: "bare", start: 9, end: 5, quote: "" }, { source: "bare", start: 900, end: 905, quote: "fine" }] },
    );
    doc.relations.push({ id: "r", type: "support", from: ["a"], to: "b", anchors: [{ source: "s", start: 0, end: 4, quote: "Dogs" }] });
    expect(codesAndPaths(issuesOf(doc))).toEqual([
      ["anchor-unknown-source", ["claims", 0, "anchors", 0, "source"]],
      ["anchor-out-of-range", ["claims", 1, "anchors", 1, "end"]],
      ["anchor-mismatch", ["claims", 2, "anchors", 0, "quote"]],
      ["anchor-out-of-range", ["claims", 3, "anchors", 0]],
      ["anchor-mismatch", ["relations", 0, "anchors", 0, "quote"]],
    ]);
  });

  test("uses UTF-16 offsets for anchors", () => {
    const doc = empty();
    const text = "🦆🦆 quack";
    doc.sources.push({ id: "s", title: "S", text });
    doc.claims.push({ id: "a", text: "A", anchors: [{ source: "s", start: 5, end: 10, quote: "quack" }] });
    expect(parseArgumentMap(doc).ok).toBe(true);
    doc.claims[0]!.anchors = [{ source: "s", start: 4, end: 9, quote: "quack" }];
    expect(codesAndPaths(issuesOf(doc))).toEqual([["anchor-mismatch", ["claims", 0, "anchors", 0, "quote"]]]);
  });

  test("checks meta without recursion: cycles, depth, non-JSON values", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic["again"] = { back: cyclic };
    let deep: unknown = 0;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    let limit: unknown = 0;
    for (let i = 0; i < MAX_META_DEPTH - 1; i++) limit = [limit];
    const doc = (meta: unknown, where: "claims" | "relations" = "claims") => {
      const d = empty() as { claims: unknown[]; relations: unknown[] };
      d.claims.push({ id: "a", text: "A" }, { id: "b", text: "B" });
      d.relations.push({ id: "r", type: "support", from: ["a"], to: "b" });
      (d[where][0] as { meta: unknown }).meta = meta;
      return d;
    };
    expect(codesAndPaths(issuesOf(doc(cyclic)))).toEqual([["invalid-value", ["claims", 0, "meta", "again", "back"]]]);
    expect(issuesOf(doc({ deep }))[0]!.code).toBe("too-deep");
    expect(issuesOf(doc({ deep }, "relations"))[0]!.path.slice(0, 3)).toEqual(["relations", 0, "meta"]);
    expect(parseArgumentMap(doc({ limit })).ok).toBe(true);
    expect(codesAndPaths(issuesOf(doc({ n: Number.NaN })))).toEqual([["invalid-type", ["claims", 0, "meta", "n"]]]);
    expect(codesAndPaths(issuesOf(doc({ d: new Date(0) })))).toEqual([["invalid-type", ["claims", 0, "meta", "d"]]]);
    expect(codesAndPaths(issuesOf(doc([1])))).toEqual([["invalid-type", ["claims", 0, "meta"]]]);
  });

  test("keeps __proto__, constructor and other hostile keys in meta as data", () => {
    const doc = JSON.parse(
      '{"format":"argmap","version":1,"title":"T","sources":[],"claims":[{"id":"a","text":"A","meta":{"__proto__":{"admin":true},"constructor":{"prototype":1},"toString":"x"}}],"relations":[]}',
    ) as ArgumentMapDocument;
    const map = loadArgumentMap(doc);
    const meta = map.toJSON().claims[0]!.meta!;
    expect(Object.keys(meta)).toEqual(["__proto__", "constructor", "toString"]);
    expect(JSON.stringify(meta)).toBe('{"__proto__":{"admin":true},"constructor":{"prototype":1},"toString":"x"}');
    expect(({} as Record<string, unknown>)["admin"]).toBeUndefined();
  });

  test("lists every error, errors before warnings", () => {
    const doc = empty();
    doc.claims.push({ id: "a", text: "A" }, { id: "a", text: "A2" });
    doc.relations.push({ id: "r", type: "support", from: ["ghost"], to: "nowhere" });
    const issues = issuesOf(doc);
    expect(issues.map((i) => i.code)).toEqual(["duplicate-id", "dangling-premise", "dangling-target"]);
    expect(issues.every((i) => i.severity === "error")).toBe(true);
    expectWellFormed(issues);
  });

  test("never changes its input", () => {
    const doc = lunchDocument();
    doc.claims.push({ id: "bad", text: "x", anchors: [{ source: "chat", start: 0, end: 2, quote: "no" }] });
    const copy = structuredClone(doc);
    parseArgumentMap(doc);
    parseArgumentMap(lunchDocument());
    expect(doc).toEqual(copy);
  });
});

describe("loadArgumentMap", () => {
  test("returns the map", () => {
    expect(loadArgumentMap(lunchDocument()).toJSON()).toEqual(lunchDocument());
  });

  test("throws an ArgmapError with the same issues as parseArgumentMap", () => {
    const doc = empty();
    doc.thesis = "ghost";
    doc.relations.push({ id: "r", type: "support", from: ["a"], to: "b" });
    const result = parseArgumentMap(doc);
    const error = catchArgmapError(() => loadArgumentMap(doc));
    expect(error.name).toBe("ArgmapError");
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("dangling-premise");
    expect(error.issues).toEqual(result.ok ? [] : result.issues);
    expect(error.message).toContain("relations[0].from[0]");
  });
});

describe("parseArgumentMapJson", () => {
  test("parses and validates JSON text", () => {
    const result = parseArgumentMapJson(JSON.stringify(lunchDocument(), null, 2));
    expect(result.ok && result.map.toJSON()).toEqual(lunchDocument());
    const invalid = parseArgumentMapJson('{"format":"argmap","version":3}');
    expect(invalid.ok || codesAndPaths(invalid.issues)).toEqual([["unsupported-version", ["version"]]]);
  });

  test("reports invalid JSON with its line and column", () => {
    const cases: Array<[string, number, number]> = [
      ['{\n  "format": "argmap",\n  "version": 1,\n}', 4, 1],
      ['{"a":}', 1, 6],
      ['{"a"\n: x}', 2, 3],
      ["[1, 2", 1, 6],
      ["", 1, 1],
      ['{"a": "b\u0001"}', 1, 9],
      ['{"a": 1} x', 1, 10],
      ['\n\n  {"a": tru}', 3, 12],
      ['{"a": 01}', 1, 8],
      ['{"a": "\\x"}', 1, 9],
    ];
    for (const [text, line, column] of cases) {
      const result = parseArgumentMapJson(text);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({ code: "invalid-json", severity: "error", path: [], line, column });
    }
  });
});

describe("properties", () => {
  test("(b) arbitrary JSON values never make parseArgumentMap throw", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseArgumentMap(value);
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0);
          expectWellFormed(result.issues);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("arbitrary values of any kind never make it throw either", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }), (value) => {
        const result = parseArgumentMap(value);
        if (!result.ok) expectWellFormed(result.issues);
      }),
      { numRuns: 300 },
    );
  });

  test("damaged documents give issues with paths, never a crash", () => {
    const damage = fc.record({ at: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined), fc.constantFrom("", "__proto__", "constructor", -1, 1.5, 2)) });
    fc.assert(
      fc.property(validDocument(), fc.array(damage, { minLength: 1, maxLength: 3 }), (doc, damages) => {
        const input = structuredClone(doc) as unknown;
        for (const { at, value } of damages) {
          // Walk to a container by picking keys, then overwrite one of its entries.
          let node = input as Record<string, unknown>;
          for (let i = 0; i < at.length - 1; i++) {
            const keys = Object.keys(node);
            if (keys.length === 0) break;
            const child = node[keys[at[i]! % keys.length]!];
            if (child === null || typeof child !== "object") break;
            node = child as Record<string, unknown>;
          }
          const keys = Object.keys(node);
          if (keys.length > 0) node[keys[at[at.length - 1]! % keys.length]!] = value;
        }
        const result = parseArgumentMap(input);
        if (!result.ok) expectWellFormed(result.issues);
        else expect(ArgumentMap.fromJSON(result.map.toJSON()).toJSON()).toEqual(result.map.toJSON());
      }),
      { numRuns: 300 },
    );
  });

  test("parseArgumentMapJson never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), validDocument().map((d) => JSON.stringify(d).slice(0, -1))), (text) => {
        const result = parseArgumentMapJson(text);
        if (!result.ok) {
          expectWellFormed(result.issues);
          const first = result.issues[0];
          if (first.code === "invalid-json") {
            expect(first.line).toBeGreaterThanOrEqual(1);
            expect(first.column).toBeGreaterThanOrEqual(1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test("throwing and safe versions agree", () => {
    fc.assert(
      fc.property(fc.oneof(validDocument(), fc.jsonValue({ maxDepth: 3 })), (value) => {
        const result = parseArgumentMap(value);
        let thrown: unknown;
        try {
          loadArgumentMap(value);
        } catch (error) {
          thrown = error;
        }
        if (result.ok) expect(thrown).toBeUndefined();
        else {
          expect(thrown).toBeInstanceOf(ArgmapError);
          expect((thrown as ArgmapError).issues).toEqual(result.issues);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("one validation pass", () => {
  /** A source with text, and claims whose problems are of every stage. */
  function messy(): Record<string, unknown> {
    return {
      format: "argmap",
      version: 1,
      title: "T",
      sources: [{ id: "s", title: "S", text: "Pizza is quick. Sam cannot eat cheese." }],
      claims: [
        { id: "a", text: "A", stance: "pro" },
        { id: "b", text: "B", anchors: [{ source: "s", start: 0, end: 5, quote: "Pasta" }] },
        { id: "c", text: "C", base: 2 },
        { id: "d", text: "D" },
      ],
      relations: [
        { id: "r1", type: "support", from: ["b"], to: "missing" },
        { id: "r2", type: "support", from: ["c"], to: "a" },
        { id: "r3", type: "attack", from: ["d"], to: "r2", extra: 1 },
        { id: "r4", type: "attack", from: ["ghost"], to: "r3" },
      ],
    };
  }

  test("unknown keys, dangling references and anchor mismatches come back together, in document order", () => {
    expect(codesAndPaths(issuesOf(messy()))).toEqual([
      ["unknown-key", ["claims", 0, "stance"]],
      ["anchor-mismatch", ["claims", 1, "anchors", 0, "quote"]],
      ["too-big", ["claims", 2, "base"]],
      ["dangling-target", ["relations", 0, "to"]],
      ["unknown-key", ["relations", 2, "extra"]],
      ["dangling-premise", ["relations", 3, "from", 0]],
    ]);
  });

  test("references to items that failed the schema are not reported again", () => {
    // a, c and r3 fail the schema; r2 (from c, to a) and r4 (to r3) are not dangling.
    const issues = issuesOf(messy());
    expect(issues.some((i) => i.path[0] === "relations" && i.path[1] === 1)).toBe(false);
    expect(codesAndPaths(issues.filter((i) => i.path[1] === 3))).toEqual([["dangling-premise", ["relations", 3, "from", 0]]]);
  });

  test("document order follows the input's key order", () => {
    const doc = { relations: [{ id: "r", type: "support", from: ["x"], to: "a" }], claims: [{ id: "a", text: "A", extra: true }], title: 3, format: "argmap", version: 1, sources: [] };
    expect(codesAndPaths(issuesOf(doc))).toEqual([
      ["dangling-premise", ["relations", 0, "from", 0]],
      ["unknown-key", ["claims", 0, "extra"]],
      ["invalid-type", ["title"]],
    ]);
  });

  test("a list that is not a list hides nothing else, and invents no dangling references", () => {
    const doc = { ...empty(), claims: {}, relations: [{ id: "r", type: "support", from: ["a"], to: "b", stance: 1 }], thesis: "a" };
    expect(codesAndPaths(issuesOf(doc))).toEqual([
      ["invalid-type", ["claims"]],
      ["unknown-key", ["relations", 0, "stance"]],
    ]);
    const noSources = { ...empty(), sources: "none", claims: [{ id: "a", text: "A", anchors: [{ source: "s", start: 0, end: 1, quote: "x" }] }] };
    expect(codesAndPaths(issuesOf(noSources))).toEqual([["invalid-type", ["sources"]]]);
  });

  test("a source that fails the schema still counts for anchors, without its text", () => {
    const doc = { ...empty(), sources: [{ id: "s", title: 1, text: "abc" }], claims: [{ id: "a", text: "A", anchors: [{ source: "s", start: 2, end: 1, quote: "x" }] }, { id: "b", text: "B", anchors: [{ source: "s", start: 0, end: 9, quote: "x" }] }] };
    expect(codesAndPaths(issuesOf(doc))).toEqual([
      ["invalid-type", ["sources", 0, "title"]],
      ["anchor-out-of-range", ["claims", 0, "anchors", 0]],
    ]);
  });

  test("bad meta, duplicate ids and schema errors are reported together", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    const doc = { ...empty(), claims: [{ id: "a", text: "A", meta: cyclic }, { id: "a", text: 1 }, { id: "b", text: "B", base: -1 }], relations: [{ id: "r", type: "support", from: ["a"], to: "b" }, { id: "s", type: "support", from: ["nope"], to: "b" }] };
    expect(codesAndPaths(issuesOf(doc))).toEqual([
      ["invalid-value", ["claims", 0, "meta", "self"]],
      ["duplicate-id", ["claims", 1, "id"]],
      ["too-small", ["claims", 2, "base"]],
      ["dangling-premise", ["relations", 1, "from", 0]],
    ]);
  });

  test("1.1 fields in a version-1 document are reported with the other errors", () => {
    const doc = { ...empty(), claims: [{ id: "a", text: "A", title: "T", base: 9 }], relations: [{ id: "r", type: "support", from: ["a"], to: "x" }] };
    expect(codesAndPaths(issuesOf(doc))).toEqual([
      ["unknown-key", ["claims", 0, "title"]],
      ["too-big", ["claims", 0, "base"]],
      ["dangling-target", ["relations", 0, "to"]],
    ]);
  });

  test("fixing the reported errors leaves no new ones (every error shows at once)", () => {
    fc.assert(
      fc.property(validDocument(), fc.nat(), (doc, seed) => {
        const broken = structuredClone(doc) as unknown as { claims: Record<string, unknown>[] };
        if (broken.claims.length === 0) return;
        const claim = broken.claims[seed % broken.claims.length]!;
        claim["stance"] = "pro";
        const result = parseArgumentMap(broken);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        delete claim["stance"];
        expect(parseArgumentMap(broken).ok).toBe(true);
        expect(codesAndPaths(result.issues)).toEqual([["unknown-key", ["claims", seed % broken.claims.length, "stance"]]]);
      }),
      { numRuns: 50 },
    );
  });
});

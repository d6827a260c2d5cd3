import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { ArgmapError, ArgumentMap, argmap, summarize, type ArgumentSummary, type MapEvaluation, type SummaryArgument, type SummaryClaim, type SummaryReference } from "../../src/index.js";
import { occurrences } from "./fixtures.js";


function allArguments(summary: ArgumentSummary): SummaryArgument[] {
  const out: SummaryArgument[] = [];
  const stack: SummaryArgument[] = summary.roots.flatMap((r) => r.arguments);
  while (stack.length > 0) {
    const argument = stack.pop()!;
    out.push(argument);
    stack.push(...argument.arguments);
    for (const premise of argument.premises) if (premise.kind === "claim") stack.push(...premise.arguments);
  }
  return out;
}

function lunch(): ArgumentMap {
  return argmap("Lunch")
    .thesis("t", "We should get pizza.")
    .claim("quick", "Pizza is quick.")
    .claim("cheese", "Sam cannot eat cheese.")
    .claim("vegan", "There is vegan pizza without cheese.")
    .claim("slow", "Today the pizzeria is slow.")
    .support("quick", "t", { id: "s1" })
    .attack("cheese", "t", { id: "a1" })
    .attack("vegan", "a1", { id: "u1" })
    .attack("slow", "quick", { id: "a2" })
    .build();
}

describe("summarize", () => {
  test("starts from the thesis, then the map's other roots", () => {
    const summary = summarize(ukraineJapan());
    expect(summary.roots.map((r) => r.id)).toEqual(["thesis", "framing"]);
    expect(summary.thesis).toBe("thesis");
    expect(summary.title).toBe(ukraineJapan().title);
  });

  test("writes every claim of the Ukraine–Japan map out once and refers to shared ones after that", () => {
    const map = ukraineJapan();
    const summary = summarize(map);
    const seen = occurrences(summary);
    const written = seen.filter((o) => o.kind === "claim");
    expect(written.map((c) => c.id).sort()).toEqual(map.claims().map((c) => c.id).sort());
    expect(written.map((c) => (c as SummaryClaim).number)).toEqual(written.map((_, i) => i + 1));
    const references = seen.filter((o): o is SummaryReference => o.kind === "reference");
    expect(references.map((r) => r.id)).toEqual(["background-flexible", "not-quickly"]);
    for (const reference of references) {
      expect(written.find((c) => c.id === reference.id)?.kind === "claim" && (written.find((c) => c.id === reference.id) as SummaryClaim).number).toBe(reference.number);
    }
    expect(summary.stats).toMatchObject({ claims: 16, references: 2, reasons: 9, objections: 1, rebuttals: 0, undercuts: 4, omitted: 0 });
  });

  test("gives each argument its role and stance", () => {
    const summary = summarize(lunch());
    const [root] = summary.roots;
    expect(root!.arguments.map((a) => [a.id, a.role, a.stance])).toEqual([
      ["s1", "reason", "pro"],
      ["a1", "objection", "con"],
    ]);
    const quick = root!.arguments[0]!.premises[0] as SummaryClaim;
    expect(quick.arguments.map((a) => [a.id, a.role, a.stance])).toEqual([["a2", "objection", "con"]]);
    expect(root!.arguments[1]!.arguments.map((a) => [a.id, a.role, a.stance])).toEqual([["u1", "undercut", "pro"]]);
  });

  test("calls an attack on an objection's claim a rebuttal", () => {
    const map = lunch();
    map.addClaim({ id: "ate", text: "Sam ate cheese yesterday." });
    map.addRelation({ id: "b1", type: "attack", from: ["ate"], to: "cheese" });
    const roles = allArguments(summarize(map)).map((a) => [a.id, a.role]);
    expect(roles).toContainEqual(["b1", "rebuttal"]);
    expect(summarize(map).stats.rebuttals).toBe(1);
  });

  test("is deterministic and JSON-serializable", () => {
    const a = summarize(ukraineJapan());
    const b = summarize(ukraineJapan());
    expect(a).toEqual(b);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  test("does not change the map", () => {
    const map = ukraineJapan();
    const before = JSON.stringify(map.toJSON());
    summarize(map, { depth: 1, maxLength: 100, roles: ["reason"], citations: false });
    summarize(map);
    expect(JSON.stringify(map.toJSON())).toBe(before);
  });

  test("carries citations with the source title, or none when asked", () => {
    const summary = summarize(ukraineJapan());
    const thesis = summary.roots[0]!;
    expect(thesis.citations).toHaveLength(2);
    expect(thesis.citations[0]).toMatchObject({ source: "article", title: "Ukraine weighs Japan's easing of arms export rules", quote: expect.stringContaining("Japans recent easing") });
    expect(summary.sources.map((s) => s.id)).toEqual(["article"]);
    const bare = summarize(ukraineJapan(), { citations: false });
    expect(occurrences(bare).every((o) => o.kind === "reference" || o.citations.length === 0)).toBe(true);
    expect(allArguments(bare).every((a) => a.citations.length === 0)).toBe(true);
    expect(bare.sources).toEqual([]);
    expect(bare.stats.citations).toBe(0);
  });

  test("summarizes from a given root only", () => {
    const summary = summarize(ukraineJapan(), { root: "not-quickly" });
    expect(summary.roots.map((r) => r.id)).toEqual(["not-quickly"]);
    expect(occurrences(summary).map((o) => o.id)).toEqual(["not-quickly", "must-weigh"]);
  });

  test("follows at most `depth` levels and counts what it hides", () => {
    const one = summarize(ukraineJapan(), { depth: 1 });
    const thesis = one.roots[0]!;
    expect(thesis.arguments).toHaveLength(7);
    for (const argument of thesis.arguments) {
      expect(argument.arguments).toEqual([]);
      for (const premise of argument.premises) if (premise.kind === "claim") expect(premise.arguments).toEqual([]);
    }
    const flexible = thesis.arguments[0]!;
    expect(flexible.hidden).toBe(1);
    // must-weigh, compatible and the three replies lie deeper.
    expect(one.stats.omitted).toBe(5);
    const zero = summarize(ukraineJapan(), { depth: 0 });
    expect(zero.roots.map((r) => [r.id, r.arguments.length, r.hidden])).toEqual([
      ["thesis", 0, 7],
      ["framing", 0, 2],
    ]);
  });

  test("includes only the roles asked for", () => {
    const reasons = summarize(ukraineJapan(), { roles: ["reason"] });
    expect(allArguments(reasons).every((a) => a.role === "reason")).toBe(true);
    expect(reasons.stats).toMatchObject({ objections: 0, undercuts: 0, reasons: 9 });
    const attacks = summarize(lunch(), { roles: ["objection", "undercut"] });
    expect(allArguments(attacks).map((a) => a.id)).toEqual(["a1", "u1"]);
  });

  test("keeps within maxLength, level by level, hearing both sides", () => {
    const map = ukraineJapan();
    const summary = summarize(map, { maxLength: 600 });
    const written = occurrences(summary).filter((o): o is SummaryClaim => o.kind === "claim");
    const length = written.reduce((n, c) => n + c.text.length, 0);
    expect(length).toBeLessThanOrEqual(600);
    const thesis = summary.roots[0]!;
    expect(thesis.arguments.some((a) => a.type === "support")).toBe(true);
    expect(thesis.arguments.some((a) => a.type === "attack")).toBe(true);
    expect(summary.stats.omitted).toBe(16 - written.length);
    // The first root is always written, however long.
    expect(summarize(map, { maxLength: 0 }).roots.map((r) => r.id)).toEqual(["thesis"]);
  });

  test("attaches an evaluation's labels and strengths", () => {
    const map = lunch();
    const evaluation: MapEvaluation = {
      semantics: "grounded",
      complete: true,
      labels: [{ id: "t", label: "in" }, { id: "a1", label: "out" }, { id: "cheese", label: "in" }],
      strengths: [{ id: "t", strength: 0.75 }],
      converged: true,
    };
    const summary = summarize(map, { evaluation });
    expect(summary.evaluation).toEqual({ semantics: "grounded", complete: true, converged: true });
    expect(summary.roots[0]!.assessment).toEqual({ label: "in", strength: 0.75 });
    const objection = summary.roots[0]!.arguments[1]!;
    expect(objection.assessment).toEqual({ label: "out" });
    expect((objection.premises[0] as SummaryClaim).assessment).toEqual({ label: "in" });
    expect(summary.roots[0]!.arguments[0]!.assessment).toBeUndefined();
    expect(summarize(map).evaluation).toBeUndefined();
  });

  test("summarizes a map without a thesis from its roots", () => {
    const map = new ArgumentMap({ title: "two" });
    map.addClaim({ id: "a", text: "A." });
    map.addClaim({ id: "b", text: "B." });
    map.addClaim({ id: "c", text: "C." });
    map.addRelation({ id: "r", type: "support", from: ["c"], to: "a" });
    const summary = summarize(map);
    expect(summary.thesis).toBeUndefined();
    expect(summary.roots.map((r) => r.id)).toEqual(["a"]);
    // "b" takes part in no relation: an isolated statement, not a conclusion.
    expect(summary.isolated.map((r) => r.id)).toEqual(["b"]);
  });

  test("terminates on cycles and summarizes claims that only cycles reach", () => {
    const map = new ArgumentMap({ title: "circle" });
    for (const id of ["x", "y", "z"]) map.addClaim({ id, text: `${id.toUpperCase()} holds.` });
    map.addRelation({ id: "xy", type: "support", from: ["x"], to: "y" });
    map.addRelation({ id: "yz", type: "support", from: ["y"], to: "z" });
    map.addRelation({ id: "zx", type: "attack", from: ["z"], to: "x" });
    const summary = summarize(map);
    expect(summary.roots.map((r) => r.id)).toEqual(["x"]);
    expect(occurrences(summary).map((o) => `${o.kind}:${o.id}`)).toEqual(["claim:x", "claim:z", "claim:y", "reference:x"]);
  });

  test("summarizes an empty map", () => {
    const summary = summarize(new ArgumentMap({ title: "empty" }));
    expect(summary.roots).toEqual([]);
    expect(summary.stats).toEqual({ claims: 0, references: 0, reasons: 0, objections: 0, rebuttals: 0, undercuts: 0, citations: 0, omitted: 0 });
  });

  test("handles ids that are Object.prototype names", () => {
    const map = argmap("proto").thesis("__proto__", "Proto.").claim("constructor", "Ctor.").support("constructor", "__proto__", { id: "toString" }).build();
    const summary = summarize(map);
    expect(occurrences(summary).map((o) => o.id)).toEqual(["__proto__", "constructor"]);
  });

  test("reports an unknown root as not-found", () => {
    const error = (() => {
      try {
        summarize(ukraineJapan(), { root: "nope" });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ArgmapError);
    expect((error as ArgmapError).code).toBe("not-found");
    expect((error as ArgmapError).issues[0]!.path).toEqual(["root"]);
    // A relation id is not a claim.
    expect(() => summarize(ukraineJapan(), { root: "r-enables" })).toThrow(ArgmapError);
  });

  test.each([
    [{ depth: -1 }, "depth"],
    [{ depth: 1.5 }, "depth"],
    [{ depth: Number.NaN }, "depth"],
    [{ maxLength: -3 }, "maxLength"],
    [{ roles: ["reasons"] }, "roles"],
    [{ roles: "reason" }, "roles"],
    [{ citations: "yes" }, "citations"],
    [{ evaluation: { labels: new Map() } }, "evaluation"],
    [{ root: 3 }, "root"],
  ])("rejects %o with invalid-option", (options, key) => {
    try {
      summarize(ukraineJapan(), options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ArgmapError);
      expect((error as ArgmapError).code).toBe("invalid-option");
      expect((error as ArgmapError).issues[0]!.path[0]).toBe(key);
    }
  });

  test("rejects what is not a map", () => {
    expect(() => summarize(ukraineJapan().toJSON() as never)).toThrow(/ArgumentMap/);
  });
});

import { describe, expect, test } from "vitest";
import { ArgmapError, formatPath, type ArgmapIssue } from "../src/index.js";

const error = (code: string, path: (string | number)[] = []): ArgmapIssue => ({ code, severity: "error", path, message: `${code} happened` }) as ArgmapIssue;
const warning = (code: string): ArgmapIssue => ({ code, severity: "warning", path: ["claims", 0], message: "look" }) as ArgmapIssue;

describe("formatPath", () => {
  test.each<[(string | number)[], string]>([
    [[], "$"],
    [["relations", 3, "to"], "relations[3].to"],
    [["claims", 0, "anchors", 1, "quote"], "claims[0].anchors[1].quote"],
    [[0], "[0]"],
    [["title"], "title"],
    [["meta", "__proto__"], "meta.__proto__"],
    [["meta", "$ref", "_x1"], "meta.$ref._x1"],
    [["meta", "a b"], 'meta["a b"]'],
    [["meta", "1st"], 'meta["1st"]'],
    [["meta", ""], 'meta[""]'],
    [["meta", 'say "hi"'], 'meta["say \\"hi\\""]'],
    [["meta", "é"], 'meta["é"]'],
    [["a.b"], '["a.b"]'],
  ])("%j → %s", (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe("ArgmapError", () => {
  test("is an Error named ArgmapError with its issues", () => {
    const issues = [error("dangling-target", ["relations", 2, "to"]), error("duplicate-id", ["claims", 1, "id"])] as const;
    const e = new ArgmapError(issues);
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(ArgmapError);
    expect(e.name).toBe("ArgmapError");
    expect(e.issues).toBe(issues);
    expect(e.code).toBe("dangling-target");
    expect(e.message).toContain("dangling-target");
    expect(e.message).toContain("relations[2].to");
    expect(e.message).toContain("1 more");
    expect(typeof e.stack).toBe("string");
    expect(String(e)).toMatch(/^ArgmapError: /);
  });

  test("takes its code from the first error, not a leading warning", () => {
    const e = new ArgmapError([warning("isolated-claim"), error("anchor-mismatch", ["claims", 0, "anchors", 0, "quote"])]);
    expect(e.code).toBe("anchor-mismatch");
    expect(e.message).toContain("claims[0].anchors[0].quote");
  });

  test("with only warnings, takes the first warning", () => {
    const e = new ArgmapError([warning("support-cycle")]);
    expect(e.code).toBe("support-cycle");
    expect(e.message).not.toContain("more");
  });

  test("a root path reads as $", () => {
    expect(new ArgmapError([error("invalid-json")]).message).toContain("invalid-json at $");
  });
});

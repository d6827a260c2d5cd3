import { describe, expect, test } from "vitest";

describe("summarize exports", () => {
  test("the summarize barrel names what it exports", async () => {
    expect(Object.keys(await import("../../src/summarize/index.js")).sort()).toEqual(
      [
        "composeProse",
        "KEY_POINTS_DEFAULTS",
        "MARKDOWN_DEFAULTS",
        "PROSE_DEFAULTS",
        "summarize",
        "SUMMARIZE_DEFAULTS",
        "SUMMARY_LANGUAGES",
        "SUMMARY_ROLES",
        "TEXT_DEFAULTS",
        "toJson",
        "toKeyPoints",
        "toMarkdown",
        "toProse",
        "toText",
      ].sort(),
    );
  });

  test("the package entry point exports the same functions", async () => {
    const main = await import("../../src/index.js");
    const barrel = await import("../../src/summarize/index.js");
    for (const [name, value] of Object.entries(barrel)) expect((main as Record<string, unknown>)[name], name).toBe(value);
  });

  test("defaults are frozen", async () => {
    const { SUMMARIZE_DEFAULTS, MARKDOWN_DEFAULTS, TEXT_DEFAULTS, PROSE_DEFAULTS, SUMMARY_ROLES, KEY_POINTS_DEFAULTS, SUMMARY_LANGUAGES } = await import("../../src/summarize/index.js");
    for (const value of [SUMMARIZE_DEFAULTS, MARKDOWN_DEFAULTS, TEXT_DEFAULTS, PROSE_DEFAULTS, SUMMARY_ROLES, KEY_POINTS_DEFAULTS, SUMMARY_LANGUAGES]) expect(Object.isFrozen(value)).toBe(true);
    expect(SUMMARIZE_DEFAULTS).toEqual({ depth: Number.POSITIVE_INFINITY, roles: ["reason", "objection", "rebuttal", "undercut"], citations: true, maxLength: Number.POSITIVE_INFINITY, verdict: true });
  });
});

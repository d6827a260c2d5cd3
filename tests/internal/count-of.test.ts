import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { progressPrinter } from "../../src/cli/actions/render.js";
import { countOf } from "../../src/internal/count-of.js";
import { argmap } from "../../src/map/builder.js";
import { renderSvg } from "../../src/render/svg.js";
import { runInProcess } from "../cli/spawn.js";
import { tempFiles } from "../cli/temp-files.js";
import { errorOf } from "../thrown.js";

/** A count of one with a plural noun: "1 claims", "1 relations", … */
const ONE_WITH_PLURAL = /(?<![\d.,])1 (claims|relations|supports|attacks|undercuts|warnings|sources|maps|conflicts|levels|extensions|anchors)\b/;

describe("countOf", () => {
  test("says the noun in the singular for exactly one", () => {
    expect(countOf(0, "claim")).toBe("0 claims");
    expect(countOf(1, "claim")).toBe("1 claim");
    expect(countOf(2, "relation")).toBe("2 relations");
    expect(countOf(2000, "claim", "2,000")).toBe("2,000 claims");
    expect(countOf(1, "claim", "1")).toBe("1 claim");
  });
});

describe("counts of one in messages and drawings", () => {
  const files = tempFiles("argmap-count-of-");
  // Two claims and one support: one relation, one support, one level.
  const map = argmap("One of each").thesis("t", "The thesis.").claim("a", "A reason.").support("a", "t").build();
  const file = files.save("one.argmap.json", map.toJSON());

  test("read in the singular everywhere argmap counts: drawings, command lines, progress and errors", async () => {
    const texts: string[] = [];
    const desc = (svg: string): string => /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)![1]!;
    texts.push(desc(await renderSvg(map)), desc(await renderSvg(map, { depth: 1 })));
    expect(texts[0]).toContain("with 2 claims and 1 relation: 1 support, 0 attacks, 0 undercuts.");
    expect(texts[1]).toContain("(the top 1 level)");
    // The command line's success lines and validate's report are on standard error.
    const rendered = await runInProcess(["render", file, "-o", join(files.dir, "one.svg")]);
    expect(rendered.err).toContain("svg drawing of 2 claims and 1 relation\n");
    const validated = await runInProcess(["validate", file]);
    expect(validated.err).toMatch(/\(2 claims, 1 relation, \d+ warnings?\)/);
    const extracted = await runInProcess(["extract", file, "--root", "t", "-o", join(files.dir, "part.argmap.json")]);
    expect(extracted.err).toContain("2 of 2 claims and 1 of 1 relation\n");
    const merged = await runInProcess(["merge", file, file, "-o", join(files.dir, "merged.argmap.json")]);
    expect(merged.err).toContain("2 claims, 1 relation and 0 sources from 2 maps (0 conflicts)");
    const progress: string[] = [];
    let clock = 0;
    const printer = progressPrinter((text) => progress.push(text), true, () => clock);
    clock = 1500;
    printer.report({ phase: "draw", engine: "builtin", claims: 1, relations: 1 });
    expect(progress[0]).toContain("drawing 1 claim and 1 relation…");
    const anchored = argmap("Anchored").source({ id: "s", title: "S", text: "Quote me." }).claim("q", "Quote me.", { quote: "Quote me." }).build();
    const error = errorOf(() => anchored.removeSource("s"));
    expect(error.message).toContain("a claim or relation is anchored in it");
    texts.push(rendered.out, validated.out, extracted.out, merged.out, ...progress, error.message);
    for (const text of texts) expect(text).not.toMatch(ONE_WITH_PLURAL);
  });
});

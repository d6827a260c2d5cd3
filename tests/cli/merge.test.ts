import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { ArgumentMap, extractMap } from "../../src/index.js";
import { argmapCli, runInProcess } from "./spawn.js";
import { tempFiles } from "./temp-files.js";

const { dir, save } = tempFiles("argmap-merge-");
const map = ukraineJapan();
const ids = map.claims().map((c) => c.id);
const left = save("left.json", extractMap(map, ids.slice(0, 8)).toJSON());
const right = save("right.json", extractMap(map, ids.slice(6)).toJSON());
const whole = save("whole.json", map.toJSON());
const edited = (() => {
  const doc = map.toJSON();
  doc.title = "Another title";
  doc.claims[1]!.text = "Changed.";
  return save("edited.json", doc);
})();

describe("argmap merge", () => {
  test("merges overlapping parts back into the map, to --out", async () => {
    const out = join(dir, "merged.json");
    const result = await runInProcess(["merge", left, right, "-o", out]);
    expect(result).toEqual({ code: 0, out: "", err: `${out}: argmap JSON of 16 claims, 14 relations and 1 source from 2 maps (0 conflicts)\n` });
    const merged = ArgumentMap.fromJSON(JSON.parse(readFileSync(out, "utf8")));
    expect(merged.stats()).toEqual(map.stats());
  });

  test("writes to standard output without --out, and takes three maps", async () => {
    const { code, out, err } = await runInProcess(["merge", left, right, whole]);
    expect({ code, err }).toEqual({ code: 0, err: "" });
    expect(ArgumentMap.fromJSON(JSON.parse(out)).claimCount).toBe(16);
  });

  test("fails with exit 1 and every conflict as file:path: merge-conflict message", async () => {
    const out = join(dir, "never.json");
    const { code, out: stdout, err } = await runInProcess(["merge", whole, edited, "-o", out]);
    expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
    const lines = err.trimEnd().split("\n");
    expect(lines.map((line) => line.split(" ")[0])).toEqual([`${edited}:claims[1]:`, `${edited}:title:`]);
    expect(lines.every((line) => line.split(" ")[1] === "merge-conflict")).toBe(true);
    expect(lines[0]).toContain("in text");
    expect(lines[1]).toContain("--title");
    expect(() => readFileSync(out)).toThrow();
  });

  test("--on-conflict right keeps the later version and warns; --title names the result", async () => {
    const { code, out, err } = await runInProcess(["merge", whole, edited, "--on-conflict", "right", "--title", "Merged"]);
    expect(code).toBe(0);
    const merged = ArgumentMap.fromJSON(JSON.parse(out));
    expect(merged.title).toBe("Merged");
    expect(merged.claim(ids[1]!)?.text).toBe("Changed.");
    expect(err).toBe(`${edited}:claims[1]: warning merge-conflict claim "${ids[1]}" differs between ${whole} and ${edited} in text; kept the later version\n`);
    const quiet = await runInProcess(["merge", whole, edited, "--on-conflict", "left", "--title", "M", "-q"]);
    expect({ code: quiet.code, err: quiet.err }).toEqual({ code: 0, err: "" });
    expect(ArgumentMap.fromJSON(JSON.parse(quiet.out)).claim(ids[1]!)?.text).toBe(map.claim(ids[1]!)?.text);
  });

  test("--match-text joins claims with the same text under different ids", async () => {
    const doc = extractMap(map, ids.slice(6)).toJSON();
    const renamed = save("renamed.json", { ...doc, claims: doc.claims.map((c) => (c.id === ids[7] ? { ...c, id: "other-id", text: c.text.toUpperCase() } : c)), relations: doc.relations.map((r) => ({ ...r, from: r.from.map((f) => (f === ids[7] ? "other-id" : f)), to: r.to === ids[7] ? "other-id" : r.to })) });
    const plain = await runInProcess(["merge", left, renamed, "--on-conflict", "left"]);
    expect(ArgumentMap.fromJSON(JSON.parse(plain.out)).claimCount).toBe(17);
    const joined = await runInProcess(["merge", left, renamed, "--match-text", "--on-conflict", "left"]);
    expect(joined.code).toBe(0);
    expect(ArgumentMap.fromJSON(JSON.parse(joined.out)).claimCount).toBe(16);
    expect(joined.err).toContain(`claim "other-id" joined to "${ids[7]}" by its text`);
  });

  test("reads a map from standard input for -", async () => {
    const { code, out } = await runInProcess(["merge", "-", right], readFileSync(left, "utf8"));
    expect(code).toBe(0);
    expect(ArgumentMap.fromJSON(JSON.parse(out)).claimCount).toBe(16);
  });

  test("never writes over an input, and needs two maps", async () => {
    const before = readFileSync(left, "utf8");
    const over = await runInProcess(["merge", left, right, "-o", left]);
    expect(over.code).toBe(2);
    expect(over.err).toContain("refusing to overwrite the input");
    expect(readFileSync(left, "utf8")).toBe(before);
    expect((await runInProcess(["merge", left])).code).toBe(2);
  });

  test("an invalid input exits 1 with its issues", async () => {
    const bad = save("bad.json", { format: "argmap", version: 1, title: "T", sources: [], claims: [], relations: [{ id: "r", type: "support", from: ["x"], to: "y" }] });
    const { code, err } = await runInProcess(["merge", left, bad]);
    expect(code).toBe(1);
    expect(err).toContain(`${bad}:relations[0].from[0]: dangling-premise`);
  });

  test("the built command answers --help", () => {
    const { code, stdout } = argmapCli(["merge", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("--on-conflict SIDE");
    expect(stdout).toContain("--match-text");
  });
});

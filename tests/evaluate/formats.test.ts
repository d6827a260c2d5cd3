import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ArgmapError } from "../../src/errors.js";
import {
  detectFrameworkFormat,
  extensions,
  frameworkFromEdges,
  MAX_FRAMEWORK_ARGUMENTS,
  parseApx,
  parseFramework,
  parseIccma,
  parseTgf,
  toApx,
  toIccma,
  toTgf,
  type Framework,
} from "../../src/evaluate/index.js";

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/evaluate/${name}`, import.meta.url), "utf8");

function edges(fw: Framework): [string, string][] {
  const out: [string, string][] = [];
  for (let a = 0; a < fw.size; a++) for (let k = fw.attacks.offsets[a]!; k < fw.attacks.offsets[a + 1]!; k++) out.push([fw.id(a), fw.id(fw.attacks.neighbors[k]!)]);
  return out;
}

function issueOf(run: () => unknown): { code: string; message: string; line?: number; column?: number } {
  try {
    run();
  } catch (error) {
    if (error instanceof ArgmapError) return error.issues[0] as { code: string; message: string; line?: number; column?: number };
    throw error;
  }
  throw new Error("expected an ArgmapError");
}

describe("ICCMA 2023 format", () => {
  test("reads the header, comments, blank lines and attacks", () => {
    const fw = parseIccma(fixture("even-cycle.i23"));
    expect(fw.size).toBe(4);
    expect(edges(fw)).toEqual([["1", "2"], ["2", "3"], ["3", "4"], ["4", "1"]]);
    expect(fw.indexOf("4")).toBe(3);
    expect(fw.indexOf("0")).toBe(-1);
    expect(fw.indexOf("04")).toBe(-1);
    expect(extensions(fw, "stable")).toHaveLength(2);
    expect(parseIccma("p af 0\n").size).toBe(0);
    expect(parseIccma("# c\n\np af 2\r\n1 2\r\n").attackCount).toBe(1);
  });

  test.each([
    ["1 2\n", 1, 1],
    ["p af\n", 1, 1],
    ["p af 3\n1\n", 2, 2],
    ["p af 3\n1 2 3\n", 2, 5],
    ["p af 3\n1 -2\n", 2, 3],
  ])("malformed %j is iccma-syntax at line %i, column %i", (text, line, column) => {
    expect(issueOf(() => parseIccma(text))).toMatchObject({ code: "iccma-syntax", line, column });
  });

  test("numbers outside 1..N are unknown-argument with their position", () => {
    expect(issueOf(() => parseIccma("p af 3\n1 4\n"))).toMatchObject({ code: "unknown-argument", line: 2, column: 3 });
    expect(issueOf(() => parseIccma("p af 3\n0 1\n"))).toMatchObject({ code: "unknown-argument", line: 2, column: 1 });
    expect(issueOf(() => parseIccma(fixture("broken.i23")))).toMatchObject({ code: "iccma-syntax", line: 3, column: 3 });
  });

  test("writes and reads back; names that are not numbers get a comment", () => {
    const fw = frameworkFromEdges(["x", "y"], [["x", "y"]]);
    const text = toIccma(fw);
    expect(text).toBe("p af 2\n# 1 x\n# 2 y\n1 2\n");
    expect(edges(parseIccma(text))).toEqual([["1", "2"]]);
    expect(toIccma(frameworkFromEdges(2, [[0, 1]], { firstNumber: 1 }))).toBe("p af 2\n1 2\n");
    expect(issueOf(() => toIccma(frameworkFromEdges(2, [], { supports: [[0, 1]] })))).toMatchObject({ code: "invalid-framework" });
  });
});

describe("TGF (earlier ICCMA competitions)", () => {
  test("reads names, the # line and attacks; blank lines and CRLF are fine", () => {
    const fw = parseTgf("a\r\nb\n\nc\n#\na b\nb  c\r\n\n");
    expect(fw.size).toBe(3);
    expect(edges(fw)).toEqual([["a", "b"], ["b", "c"]]);
    expect(fw.indexOf("c")).toBe(2);
    expect(parseTgf("x\ny\n").attackCount).toBe(0);
    expect(parseTgf("__proto__\nconstructor\n#\n__proto__ constructor\n").indexOf("__proto__")).toBe(0);
  });

  test.each([
    ["a b\n", "iccma-syntax", 1, 3],
    ["a\n#\na\n", "iccma-syntax", 3, 1],
    ["a\nb\n#\na b c\n", "iccma-syntax", 4, 5],
    ["a\na\n", "duplicate-argument", 2, 1],
    ["a\n#\na z\n", "unknown-argument", 3, 3],
    ["\n\n", "empty-framework", 2, 1],
  ])("%j is refused with %s at line %i, column %i", (text, code, line, column) => {
    expect(issueOf(() => parseTgf(text))).toMatchObject({ code, line, column });
  });

  test("writes and reads back; ids that are no TGF name are refused", () => {
    const fw = frameworkFromEdges(["p", "q", "r"], [["p", "q"], ["q", "p"], ["q", "r"]]);
    expect(toTgf(fw)).toBe("p\nq\nr\n#\np q\nq p\nq r\n");
    expect(edges(parseTgf(toTgf(fw)))).toEqual(edges(fw));
    expect(issueOf(() => toTgf(frameworkFromEdges(["a b"], [])))).toMatchObject({ code: "invalid-framework" });
    expect(issueOf(() => toTgf(frameworkFromEdges(["#"], [])))).toMatchObject({ code: "invalid-framework" });
    expect(issueOf(() => toTgf(frameworkFromEdges(2, [], { supports: [[0, 1]] })))).toMatchObject({ code: "invalid-framework" });
  });
});

describe("ASPARTIX .apx format", () => {
  test("reads facts, several on a line, and % comments", () => {
    const fw = parseApx(fixture("nixon.apx"));
    expect(Array.from({ length: fw.size }, (_, i) => fw.id(i))).toEqual(["a", "b", "c"]);
    expect(edges(fw)).toEqual([["a", "b"], ["b", "a"], ["b", "c"]]);
    const bipolar = parseApx("arg(a). arg(b). sup(a, b).");
    expect(bipolar.supportCount).toBe(1);
    expect(bipolar.base[0]).toBe(0.5);
  });

  test("errors carry codes, lines and columns", () => {
    expect(issueOf(() => parseApx("arg(a).\natt(a,b)."))).toMatchObject({ code: "unknown-argument", line: 2, column: 1 });
    expect(issueOf(() => parseApx("arg(a).\n  arg(a)."))).toMatchObject({ code: "duplicate-argument", line: 2, column: 3 });
    expect(issueOf(() => parseApx("arg(a).\narg(b) att(a,b)."))).toMatchObject({ code: "iccma-syntax", line: 2, column: 1 });
    expect(issueOf(() => parseApx("arg(a,b)."))).toMatchObject({ code: "iccma-syntax", line: 1, column: 1 });
    expect(issueOf(() => parseApx("arg(a).\natt(a)."))).toMatchObject({ code: "iccma-syntax", line: 2, column: 1 });
  });

  test("round trip keeps plain names and renames the others", () => {
    const fw = frameworkFromEdges(["a", "B c", "__proto__"], [["a", "B c"], ["B c", "__proto__"]], { supports: [["a", "__proto__"]] });
    const text = toApx(fw);
    expect(text).toContain("arg(a1). % B c");
    const back = parseApx(text);
    expect(back.size).toBe(3);
    expect(back.attackCount).toBe(2);
    expect(back.supportCount).toBe(1);
  });

  test("random frameworks survive both writers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }).chain((n) => fc.tuple(fc.constant(n), n === 0 ? fc.constant([] as [number, number][]) : fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 30 }))), ([n, list]) => {
        const fw = frameworkFromEdges(n, list, { firstNumber: 1 });
        expect(edges(parseIccma(toIccma(fw)))).toEqual(edges(fw));
        if (n > 0) expect(edges(parseApx(toApx(fw)))).toEqual(edges(fw));
        else expect(() => toApx(fw)).toThrowError(expect.objectContaining({ code: "invalid-framework" }));
      }),
      { numRuns: 100, seed: 1 },
    );
  });
});

describe("detection and edge lists", () => {
  test("detects the format by content", () => {
    expect(detectFrameworkFormat("# hi\n\np af 2\n")).toBe("iccma");
    expect(detectFrameworkFormat("arg(a).")).toBe("apx");
    expect(parseFramework("p af 1\n").size).toBe(1);
    expect(parseFramework("arg(z).").id(0)).toBe("z");
    expect(detectFrameworkFormat("% a comment\narg(a).")).toBe("apx");
    expect(detectFrameworkFormat("\n1\n2\n#\n1 2\n")).toBe("tgf");
    expect(parseFramework("a\nb\n#\nb a\n").attackCount).toBe(1);
    expect(issueOf(() => parseFramework("a\n", "apx"))).toMatchObject({ code: "iccma-syntax" });
  });

  test("edge lists by number, id or flat typed array; bad input is reported", () => {
    expect(edges(frameworkFromEdges(3, new Int32Array([0, 1, 1, 2])))).toEqual([["0", "1"], ["1", "2"]]);
    expect(frameworkFromEdges(2, []).base[0]).toBe(1);
    expect(issueOf(() => frameworkFromEdges(2, [[0, 2]]))).toMatchObject({ code: "unknown-argument" });
    expect(issueOf(() => frameworkFromEdges(["a"], [["a", "b"]]))).toMatchObject({ code: "unknown-argument" });
    expect(issueOf(() => frameworkFromEdges(["a", "a"], []))).toMatchObject({ code: "duplicate-argument" });
    expect(issueOf(() => frameworkFromEdges(2, new Int32Array([0])))).toMatchObject({ code: "invalid-framework" });
    expect(issueOf(() => frameworkFromEdges(-1, []))).toMatchObject({ code: "invalid-framework" });
    expect(issueOf(() => frameworkFromEdges(1, [], { base: [2] }))).toMatchObject({ code: "invalid-framework" });
    expect(issueOf(() => frameworkFromEdges(1, [], { base: [0.5, 0.5] }))).toMatchObject({ code: "invalid-framework" });
  });

  test("does not keep references to the caller's arrays of ids and base scores", () => {
    const ids = ["a", "b"];
    const base = [0.2, 0.3];
    const fw = frameworkFromEdges(ids, [["a", "b"]], { base });
    ids[0] = "z";
    base[0] = 0.9;
    expect(fw.id(0)).toBe("a");
    expect(fw.base[0]).toBe(0.2);
  });
});

describe("untrusted sizes and empty files", () => {
  test("a header declaring two billion arguments is refused before allocating", () => {
    const before = process.memoryUsage().arrayBuffers;
    expect(issueOf(() => parseIccma("p af 2000000000"))).toMatchObject({ code: "framework-too-large", line: 1, column: 1 });
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(1 << 20);
    expect(issueOf(() => parseIccma(`p af ${"9".repeat(400)}\n`))).toMatchObject({ code: "framework-too-large" });
    expect(issueOf(() => parseIccma("# big\np af 16777217\n1 2\n"))).toMatchObject({ code: "framework-too-large", line: 2 });
    expect(issueOf(() => parseFramework("p af 2000000000"))).toMatchObject({ code: "framework-too-large" });
  });

  test("the largest accepted size is MAX_FRAMEWORK_ARGUMENTS", () => {
    expect(MAX_FRAMEWORK_ARGUMENTS).toBe(16_777_216);
    expect(issueOf(() => parseIccma(`p af ${MAX_FRAMEWORK_ARGUMENTS + 1}\n`)).message).toContain(String(MAX_FRAMEWORK_ARGUMENTS));
    expect(parseIccma("p af 100000\n1 2\n").size).toBe(100_000);
    expect(parseIccma("p af 0000000000003\n1 2\n").size).toBe(3);
  });

  test.each(["", "\n\n", "# only a comment\n", "  \r\n# c\n"])("ICCMA text %j holds no framework: empty-framework", (text) => {
    expect(issueOf(() => parseIccma(text))).toMatchObject({ code: "empty-framework" });
    expect(issueOf(() => parseFramework(text))).toMatchObject({ code: "empty-framework" });
  });

  test.each(["", "% nothing\n", "   \n"])("ASPARTIX text %j holds no framework: empty-framework", (text) => {
    expect(issueOf(() => parseApx(text))).toMatchObject({ code: "empty-framework" });
  });

  test("an explicitly empty framework is still one", () => {
    expect(parseIccma("p af 0\n").size).toBe(0);
  });
});

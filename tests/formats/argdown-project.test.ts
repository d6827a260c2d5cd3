/**
 * The Argdown project's own documents (tests/fixtures/formats/argdown/README.md,
 * tests/fixtures/formats/real/README.md): the 63 examples of its syntax
 * documentation, the documents of @argdown/core's tests and its example
 * debates. Each is read by argmap and compared with @argdown/core's own model
 * of it; every difference is one docs/formats.md lists and justifies, and
 * every statement text and argument description @argdown/core holds is in the
 * map. Runs without network: the documents are fixtures.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { argdownApplication, argdownDocument } from "../../src/formats/argdown/from-argdown.js";
import { fromArgdown } from "../../src/formats/argdown/index.js";
import { parseArgumentMap } from "../../src/index.js";
import { asyncErrorOf as errorOf } from "../thrown.js";
import { compareWithCore, DOCUMENTED_DIFFERENCES, type CoreModel } from "./argdown-compare.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "formats");
const list = (dir: string): string[] =>
  readdirSync(join(fixtures, dir))
    .filter((f) => f.endsWith(".argdown"))
    .sort()
    .map((f) => `${dir}/${f}`);

const SYNTAX = list("argdown/syntax");
const CORE_TESTS = list("argdown/core-tests");
const EXAMPLES = list("real");

/**
 * Documents argmap refuses, and why. Two are documents @argdown/core builds
 * no model of either (its parser gives up and its ModelPlugin reports "No ast
 * field"); one holds invalid YAML in an inference's data, where
 * @argdown/core silently stops building its model halfway (docs/formats.md).
 */
const REFUSED: Readonly<Record<string, "no model" | "invalid YAML">> = {
  "argdown/core-tests/lexer-argument.argdown": "invalid YAML",
  "argdown/core-tests/lexer-relation-after-emptyline.argdown": "no model",
  "argdown/core-tests/lexer-relations.argdown": "no model",
};

/** Documents that differ from @argdown/core's model, in documented ways only. */
const DIFFERING: Readonly<Record<string, readonly string[]>> = {
  "real/populism-core-argument.argdown": ["joined-untitled-conclusion"],
};

async function coreModel(source: string): Promise<CoreModel & { exceptions?: unknown[] }> {
  const app = await argdownApplication();
  // As Argdown's own tools run it: exceptions collected, not thrown.
  return app.run({ input: source, process: ["parse-input", "build-model"], logLevel: "none" }) as CoreModel & { exceptions?: unknown[] };
}

describe("the Argdown project's documents read as @argdown/core reads them", () => {
  test("all of them are here: 63 syntax examples, @argdown/core's 27 test documents, 6 example debates", () => {
    expect(SYNTAX).toHaveLength(63);
    expect(CORE_TESTS).toHaveLength(27);
    expect(EXAMPLES).toHaveLength(6);
  });

  for (const file of [...SYNTAX, ...CORE_TESTS, ...EXAMPLES]) {
    test(file, async () => {
      const source = readFileSync(join(fixtures, file), "utf8");
      const model = await coreModel(source);
      const refused = REFUSED[file];
      if (refused !== undefined) {
        const error = await errorOf(() => fromArgdown(source));
        expect(error.code).toBe("argdown-syntax");
        for (const found of error.issues) expect(found.line).toBeGreaterThanOrEqual(1);
        if (refused === "no model") {
          expect(Object.keys(model.statements ?? {})).toEqual([]);
          expect(Object.keys(model.arguments ?? {})).toEqual([]);
        } else expect(error.message).toMatch(/not valid YAML/);
        return;
      }
      const { value: map, warnings } = await fromArgdown(source);
      for (const w of warnings) expect(w.severity).toBe("warning");
      const differences = compareWithCore(model, map);
      expect([...new Set(differences.map((d) => d.kind))].sort(), JSON.stringify(differences.slice(0, 5))).toEqual([...(DIFFERING[file] ?? [])].sort());
      // What the reader writes, and what the map saves, are valid maps.
      const { document } = argdownDocument(model as Parameters<typeof argdownDocument>[0]);
      const direct = parseArgumentMap(document);
      expect(direct.ok, JSON.stringify(direct.ok ? [] : direct.issues.slice(0, 3))).toBe(true);
      expect(parseArgumentMap(JSON.parse(JSON.stringify(map.toJSON()))).ok).toBe(true);
    });
  }

  test("every difference kind the tests allow is documented in docs/formats.md", () => {
    const docs = readFileSync(join(fixtures, "..", "..", "..", "docs", "formats.md"), "utf8");
    for (const kind of DOCUMENTED_DIFFERENCES) expect(docs).toContain(`\`${kind}\``);
    for (const kinds of Object.values(DIFFERING)) for (const kind of kinds) expect(DOCUMENTED_DIFFERENCES).toContain(kind);
  });
});

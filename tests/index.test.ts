import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

describe("argmap (the main entry point)", () => {
  it("exports exactly the public API", async () => {
    expect(Object.keys(await import("../src/index.js")).sort()).toEqual(
      [
        "AnchorSchema",
        "ArgmapError",
        "ArgumentMap",
        "ArgumentMapDocumentSchema",
        "ClaimSchema",
        "FORMAT_VERSION",
        "FormatVersionSchema",
        "IdSchema",
        "LanguageSchema",
        "MARKDOWN_DEFAULTS",
        "MapBuilder",
        "MetaSchema",
        "PROSE_DEFAULTS",
        "ParticipantSchema",
        "RelationSchema",
        "RelationTypeSchema",
        "SUMMARIZE_DEFAULTS",
        "SUMMARY_ROLES",
        "SourceSchema",
        "TEXT_DEFAULTS",
        "argmap",
        "composeProse",
        "diffMaps",
        "extractMap",
        "findAnchor",
        "formatDiff",
        "formatPath",
        "isRelation",
        "loadArgumentMap",
        "mapWarnings",
        "mergeMaps",
        "parseArgumentMap",
        "parseArgumentMapJson",
        "summarize",
        "toMarkdown",
        "toProse",
        "toText",
        "KEY_POINTS_DEFAULTS",
        "SUMMARY_LANGUAGES",
        "toJson",
        "toKeyPoints",
      ].sort(),
    );
  });
});

describe("the built package", () => {
  const SUBPATHS = {
    argmap: "../src/index.js",
    "argmap/evaluate": "../src/evaluate/index.js",
    "argmap/formats": "../src/formats/index.js",
    "argmap/argdown": "../src/formats/argdown/index.js",
    "argmap/render": "../src/render/index.js",
    "argmap/datasets": "../src/datasets/index.js",
  } as const;

  /** Export names of a subpath as Node loads it from dist/ through the package's exports map. */
  function builtKeys(specifier: string, mode: "import" | "require"): string[] {
    const script =
      mode === "import"
        ? `import(${JSON.stringify(specifier)}).then((m) => console.log(JSON.stringify(Object.keys(m).filter((k) => k !== "default").sort())))`
        : `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)})).sort()))`;
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", mode === "import" ? script : `import { createRequire } from "node:module"; const require = createRequire(${JSON.stringify(join(root, "package.json"))}); ${script}`], { cwd: root, encoding: "utf8" });
    return JSON.parse(output) as string[];
  }

  for (const [specifier, source] of Object.entries(SUBPATHS)) {
    it(`loads ${specifier} from ESM and CommonJS with the source's exports`, async () => {
      const expected = Object.keys(await import(source)).sort();
      expect(builtKeys(specifier, "import")).toEqual(expected);
      expect(builtKeys(specifier, "require")).toEqual(expected);
    });
  }

  it("ships the JSON Schema as argmap/schema.json", () => {
    const output = execFileSync(process.execPath, ["-e", `console.log(require("argmap/schema.json").$id)`], { cwd: root, encoding: "utf8" });
    expect(output.trim()).toMatch(/argmap\.schema\.json$/);
  });
});

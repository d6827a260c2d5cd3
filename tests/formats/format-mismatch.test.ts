import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { fromArgdown } from "../../src/formats/argdown/index.js";
import { fromAif, fromKialo } from "../../src/formats/index.js";
import { errorOf, asyncErrorOf } from "../thrown.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "formats");
const read = (path: string): string => readFileSync(join(fixtures, path), "utf8");

const SADFACE = JSON.stringify({
  edges: [{ id: "e1", source_id: "a", target_id: "s" }],
  metadata: { core: { analyst_name: "A", version: "0.2" } },
  nodes: [{ id: "a", type: "atom", text: "It rains.", sources: [], metadata: {} }],
  resources: [],
});
const EMPTY_SADFACE = JSON.stringify({ edges: [], metadata: { core: { version: "0.2" } }, nodes: [], resources: [] });
const OVA = JSON.stringify({ nodes: [{ id: 1, text: "x", type: "I", x: 0, y: 0 }], edges: [], participants: [], analysis: { txt: "" } });
const ARGMAP = JSON.stringify({ format: "argmap", version: 1, title: "", sources: [], claims: [], relations: [] });

describe("readers refuse other formats and name them (format-mismatch)", () => {
  test.each([
    ["SADFace", SADFACE, /SADFace/],
    ["an empty SADFace document", EMPTY_SADFACE, /SADFace/],
    ["OVA", OVA, /OVA/],
    ["argmap JSON", ARGMAP, /argmap JSON/],
  ])("fromAif on %s text", (_, text, name) => {
    const error = errorOf(() => fromAif(text));
    expect(error.code).toBe("format-mismatch");
    expect(error.issues[0]!.message).toMatch(name);
  });

  test("fromAif on a parsed SADFace value", () => {
    const error = errorOf(() => fromAif(JSON.parse(EMPTY_SADFACE)));
    expect(error.code).toBe("format-mismatch");
    expect(error.issues[0]!.message).toMatch(/fromSadface/);
  });

  test("fromAif still reads AIFdb, xAIF and an empty AIF document", () => {
    expect(fromAif(read("aif/minimum-wage.json")).value.claims().length).toBeGreaterThan(0);
    expect(fromAif(read("aif/school-uniforms.xaif.json")).value.claims().length).toBeGreaterThan(0);
    expect(fromAif({ nodes: [], edges: [], locutions: [] }).value.claims()).toEqual([]);
  });

  test.each([
    ["argmap JSON", ARGMAP, /argmap JSON/],
    ["AIF", read("aif/minimum-wage.json"), /AIF/],
    ["an ICCMA file", "p af 2\n1 2\n", /ICCMA/],
    ["arggraph XML", '<?xml version="1.0"?>\n<arggraph id="x"></arggraph>\n', /arggraph/],
  ])("fromKialo on %s", (_, text, name) => {
    const error = errorOf(() => fromKialo(text));
    expect(error.code).toBe("format-mismatch");
    expect(error.issues[0]!.message).toMatch(name);
  });

  test.each([
    ["AIF", read("aif/minimum-wage.json"), /AIF/],
    ["a Kialo export", read("kialo/city-cars.txt"), /Kialo/],
    ["SADFace", SADFACE, /SADFace/],
    ["an ASPARTIX file", "arg(a).\narg(b).\natt(a,b).\n", /ASPARTIX/],
  ])("fromArgdown on %s", async (_, text, name) => {
    const error = await asyncErrorOf(() => fromArgdown(text));
    expect(error.code).toBe("format-mismatch");
    expect(error.issues[0]!.message).toMatch(name);
  });
});

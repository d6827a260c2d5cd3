/**
 * Documents written by others (tests/fixtures/formats/real, see its README)
 * and documents in the shape of real ones: no statement text is lost, every
 * loss is reported, and a round trip through each writable format keeps the
 * structure (or reports what it could not keep).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { argdownApplication } from "../../src/formats/argdown/from-argdown.js";
import { fromArgdown, toArgdown } from "../../src/formats/argdown/index.js";
import { fromAif, fromArggraph, fromKialo, fromOva, fromSadface, toAif, toKialo, toOva, toSadface } from "../../src/formats/index.js";
import { ArgumentMap } from "../../src/index.js";
import { structure } from "./helpers.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "formats");
const read = (path: string): string => readFileSync(join(fixtures, path), "utf8");
const words = (text: string): string => text.replace(/\s+/g, " ").trim();

/** Every text a map holds: claim texts, other wordings, relation labels. */
function textsOf(map: ArgumentMap): Set<string> {
  const out = new Set<string>();
  for (const claim of map.claims()) {
    out.add(words(claim.text));
    const wordings = (claim.meta?.argdown as { wordings?: string[] } | undefined)?.wordings ?? [];
    for (const w of wordings) out.add(words(w));
  }
  for (const relation of map.relations()) {
    if (relation.label !== undefined) out.add(words(relation.label));
    for (const w of (relation.meta?.argdown as { wordings?: string[] } | undefined)?.wordings ?? []) out.add(words(w));
  }
  return out;
}

const STRUCTURE_LOSSES = new Set(["lost-linked-premises", "lost-undercut", "lost-relation-support", "lost-cycle"]);

/** Round trips through every writable format: the structure comes back, or the loss is reported. */
async function roundTrips(map: ArgumentMap): Promise<void> {
  const expected = structure(map);
  const noThesis = { ...expected, thesis: undefined };
  const json = ArgumentMap.fromJSON(JSON.parse(JSON.stringify(map.toJSON())));
  expect(structure(json)).toEqual(expected);
  const argdown = await fromArgdown(toArgdown(map).value);
  expect({ ...structure(argdown.value, (c) => words(c.text)), title: expected.title }).toEqual(structure(map, (c) => words(c.text)));
  expect({ ...structure(fromAif(JSON.parse(JSON.stringify(toAif(map).value))).value), title: expected.title }).toEqual(noThesis);
  expect({ ...structure(fromSadface(JSON.parse(JSON.stringify(toSadface(map).value))).value) }).toEqual(noThesis);
  expect({ ...structure(fromOva(JSON.parse(JSON.stringify(toOva(map).value))).value) }).toEqual(noThesis);
  const kialo = toKialo(map);
  const back = fromKialo(kialo.value).value;
  expect(new Set(back.claims().map((c) => c.text))).toEqual(new Set(map.claims().map((c) => c.text)));
  const same = JSON.stringify(structure(back).relations) === JSON.stringify(expected.relations);
  if (!same) expect(kialo.warnings.some((w) => STRUCTURE_LOSSES.has(w.code))).toBe(true);
}

describe("Argdown documents from the Argdown project", () => {
  const files = readdirSync(join(fixtures, "real")).filter((f) => f.endsWith(".argdown"));
  test("there are real Argdown documents", () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  for (const file of files) {
    test(`${file}: every statement and argument text is kept, and round trips keep the structure`, async () => {
      const source = read(`real/${file}`);
      const { value: map, warnings } = await fromArgdown(source);
      for (const w of warnings) expect(w.severity).toBe("warning");
      // Every text @argdown/core read, tags taken out, is in the map.
      const app = await argdownApplication();
      const response = app.run({ input: source, process: ["parse-input", "build-model"], logLevel: "none" }) as { statements: Record<string, { members: { text?: string; isReference?: boolean; ranges?: { type: string }[] }[] }>; arguments: Record<string, { members: { text?: string; isReference?: boolean }[] }> };
      const held = textsOf(map);
      const untagged = (text: string): string => words(text.replace(/#\([^)]*\)|#[\p{L}\p{N}_-]+/gu, " "));
      for (const group of [response.statements, response.arguments]) {
        for (const key of Object.keys(group)) {
          for (const member of group[key]!.members) {
            if (member.isReference === true || typeof member.text !== "string" || words(member.text) === "") continue;
            const text = untagged(member.text);
            expect([...held].some((h) => untagged(h) === text), `${file}: ${JSON.stringify(text)}`).toBe(true);
          }
        }
      }
      await roundTrips(map);
    });
  }

  test("the primer's tag example keeps its words apart", async () => {
    const { value: map } = await fromArgdown(read("real/argdown-primer.argdown"));
    expect(map.claims().some((c) => c.text.includes("text, a and a link"))).toBe(true);
    expect(map.claims().every((c) => !/aand/.test(c.text))).toBe(true);
  });
});

describe("documents in the shape of real AIF, SADFace, OVA and arggraph files", () => {
  test("AIFdb nodeset: every I-node text is a claim; speakers kept", async () => {
    const source = JSON.parse(read("aif/minimum-wage.json")) as { nodes: { type: string; text: string }[] };
    const { value: map } = fromAif(source);
    const texts = new Set(map.claims().map((c) => c.text));
    for (const node of source.nodes) if (node.type === "I") expect(texts.has(node.text)).toBe(true);
    expect(map.participants.length).toBeGreaterThan(0);
    await roundTrips(map);
  });

  test("xAIF: every I-node text is a claim", async () => {
    const source = JSON.parse(read("aif/school-uniforms.xaif.json")) as { AIF: { nodes: { type: string; text: string }[] } };
    const { value: map } = fromAif(source);
    const texts = new Set(map.claims().map((c) => c.text));
    for (const node of source.AIF.nodes) if (node.type === "I") expect(texts.has(node.text)).toBe(true);
    await roundTrips(map);
  });

  test("SADFace: every atom text is a claim", async () => {
    const source = JSON.parse(read("sadface/car-ban.sadface.json")) as { nodes: { type: string; text?: string }[] };
    const { value: map, warnings } = fromSadface(source);
    expect(warnings).toEqual([]);
    const texts = new Set(map.claims().map((c) => c.text));
    for (const node of source.nodes) if (node.type === "atom") expect(texts.has(node.text!)).toBe(true);
    await roundTrips(map);
  });

  test("OVA: every I-node text is a claim; speakers kept", async () => {
    const source = JSON.parse(read("ova/car-ban.ova.json")) as { nodes: { type: string; text: string }[] };
    const { value: map } = fromOva(source);
    const texts = new Set(map.claims().map((c) => c.text));
    for (const node of source.nodes) if (node.type === "I") expect(texts.has(node.text)).toBe(true);
    expect(map.participants.map((p) => p.name)).toEqual(["Maria Lopez", "Tom Berg"]);
    await roundTrips(map);
  });

  test("arggraph: every EDU is in a claim and in the source text", async () => {
    const xml = read("arggraph/car-ban.xml");
    const { value: map, warnings } = await fromArggraph(xml);
    expect(warnings).toEqual([]);
    const edus = [...xml.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]!);
    const all = map.claims().map((c) => c.text).join(" ");
    for (const edu of edus) {
      expect(all).toContain(edu);
      expect(map.sources()[0]!.text).toContain(edu);
    }
    await roundTrips(map);
  });
});

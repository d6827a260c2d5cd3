import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { UKRAINE_JAPAN_ARTICLE, UKRAINE_JAPAN_SOURCE_ID, ukraineJapan } from "../../src/datasets/index.js";
import { isRelation, parseArgumentMap, type Anchor } from "../../src/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const sharedArticle = join(root, "..", "shared", "data", "ukraine-japan-article.txt");
const exampleArticle = join(root, "examples", "ukraine-japan", "ukraine-japan-article.txt");
const shippedJson = join(root, "examples", "ukraine-japan", "ukraine-japan.argmap.json");

/**
 * Sentences of the article deliberately left without an anchor, with the
 * reason. The reading covers every sentence, so the list is empty; a
 * sentence added here must say why it carries no argument.
 */
const LEFT_OUT: ReadonlyMap<string, string> = new Map();

/** The article's sentences with their offsets: each line, split after full stops. */
function sentences(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    for (const match of line.matchAll(/[^.]+(?:\.|$)/g)) {
      const raw = match[0];
      const trimmed = raw.trim();
      if (trimmed === "") continue;
      const start = offset + match.index + raw.indexOf(trimmed);
      out.push({ text: trimmed, start, end: start + trimmed.length });
    }
    offset += line.length + 1;
  }
  return out;
}

function allAnchors(): Anchor[] {
  const map = ukraineJapan();
  return [...map.claims(), ...map.relations()].flatMap((node) => node.anchors ?? []);
}

describe("UKRAINE_JAPAN_ARTICLE", () => {
  test.runIf(existsSync(sharedArticle))("is the shared article byte for byte", () => {
    expect(Buffer.from(UKRAINE_JAPAN_ARTICLE, "utf8").equals(readFileSync(sharedArticle))).toBe(true);
  });

  test("is the copy shipped with the example byte for byte", () => {
    expect(Buffer.from(UKRAINE_JAPAN_ARTICLE, "utf8").equals(readFileSync(exampleArticle))).toBe(true);
  });

  test("keeps the article's own spellings", () => {
    for (const word of ["Japans", "know how", "Tokyos", "worlds", "long term"]) expect(UKRAINE_JAPAN_ARTICLE).toContain(word);
  });
});

describe("ukraineJapan", () => {
  test("is a valid map without warnings", () => {
    const result = parseArgumentMap(ukraineJapan().toJSON());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings).toEqual([]);
  });

  test("returns a fresh map on every call", () => {
    const first = ukraineJapan();
    first.updateClaim("thesis", { text: "changed" });
    first.removeClaim("outlook", { cascade: true });
    const second = ukraineJapan();
    expect(second.claim("thesis")?.text).not.toBe("changed");
    expect(second.hasClaim("outlook")).toBe(true);
    expect(second).not.toBe(first);
  });

  test("equals the shipped JSON document", () => {
    expect(JSON.parse(readFileSync(shippedJson, "utf8"))).toEqual(ukraineJapan().toJSON());
  });

  test("gives every claim and relation an anchor whose quote is the article's words at its offsets", () => {
    const map = ukraineJapan();
    for (const node of [...map.claims(), ...map.relations()]) {
      expect(node.anchors?.length ?? 0, node.id).toBeGreaterThan(0);
      for (const anchor of node.anchors ?? []) {
        expect(anchor.source).toBe(UKRAINE_JAPAN_SOURCE_ID);
        expect(anchor.quote.length).toBeGreaterThan(0);
        expect(UKRAINE_JAPAN_ARTICLE.slice(anchor.start, anchor.end), node.id).toBe(anchor.quote);
      }
    }
  });

  test("quotes the article's own spellings exactly", () => {
    const quotes = allAnchors().map((a) => a.quote);
    expect(quotes.some((q) => q.includes("Japans recent easing"))).toBe(true);
    expect(quotes.some((q) => q.includes("industrial know how"))).toBe(true);
    expect(quotes.some((q) => q.includes("If Tokyos policy shift"))).toBe(true);
  });

  test("covers every sentence with argumentative content", () => {
    const covered = new Uint8Array(UKRAINE_JAPAN_ARTICLE.length);
    for (const anchor of allAnchors()) covered.fill(1, anchor.start, anchor.end);
    const list = sentences(UKRAINE_JAPAN_ARTICLE);
    expect(list).toHaveLength(18);
    for (const sentence of list) {
      if (LEFT_OUT.has(sentence.text)) continue;
      let letters = 0;
      let inAnchor = 0;
      for (let i = sentence.start; i < sentence.end; i++) {
        if (/\s/.test(UKRAINE_JAPAN_ARTICLE[i]!)) continue;
        letters++;
        inAnchor += covered[i]!;
      }
      // Most of each sentence is quoted; only framing words such as
      // "Ukraine is assessing whether" may stay outside.
      expect(inAnchor / letters, sentence.text).toBeGreaterThanOrEqual(0.75);
    }
  });

  test("has the thesis and the framing as its two top-level conclusions", () => {
    const map = ukraineJapan();
    expect(map.thesis).toBe("thesis");
    expect(map.claim("thesis")?.text).toMatch(/could eventually open a path to defense supplies from Tokyo/);
    expect(map.claim("framing")?.text).toMatch(/less as an immediate procurement breakthrough/);
    expect(map.roots().map((c) => c.id)).toEqual(["thesis", "framing"]);
  });

  test("gives each of the four bulleted reasons its own support of the thesis", () => {
    const map = ukraineJapan();
    const bullets = ["reason-new-source", "reason-diversify", "reason-signal", "reason-tech-ties"];
    const reasons = map.reasonsFor("thesis");
    for (const id of bullets) {
      const found = reasons.filter((r) => r.from.length === 1 && r.from[0] === id);
      expect(found, id).toHaveLength(1);
    }
    expect(reasons.map((r) => r.from.join("+"))).toEqual(["background-flexible", ...bullets, "outlook"]);
  });

  test("supports the framing with the background as linked premises", () => {
    const map = ukraineJapan();
    const rethinking = map.relation("r-rethinking");
    expect(rethinking).toMatchObject({ type: "support", from: ["background-limits", "background-flexible"], to: "framing" });
    expect(map.reasonsFor("framing").map((r) => r.id)).toEqual(["r-rethinking", "r-not-breakthrough"]);
  });

  test("models the counter-considerations as an undercut and an objection", () => {
    const map = ukraineJapan();
    // "does not automatically mean": the step from a softer framework to supplies is denied.
    expect(map.undercutsOf("r-enables").map((r) => r.from)).toEqual([["not-quickly"]]);
    expect(map.reasonsFor("not-quickly").map((r) => r.from)).toEqual([["must-weigh"]]);
    expect(map.objectionsTo("thesis").map((r) => r.from)).toEqual([["too-sensitive"]]);
  });

  test("answers the counter-considerations with undercuts, one of them linked", () => {
    const map = ukraineJapan();
    expect(map.undercutsOf("u-not-automatic").map((r) => r.from)).toEqual([["practical-value"], ["broadens-cooperation", "resilience"]]);
    expect(map.undercutsOf("o-too-sensitive").map((r) => r.from)).toEqual([["compatible"]]);
    const stats = map.stats();
    expect(stats).toMatchObject({ claims: 16, relations: 14, supports: 9, attacks: 1, undercuts: 4, linked: 2, roots: 2, isolated: 0 });
    for (const relation of map.relations()) {
      if (relation.type === "attack") expect(isRelation(map.conclusionOf(relation.id)) || relation.to === "thesis").toBe(true);
    }
  });
});

/**
 * explanationText(): the explanation in words, checked on the cases a
 * reader meets: an answered objection, a defeat, an open conflict accepted
 * by some extensions only, no stable extension, many objections, sampled
 * Shapley values, German, Markdown with markup in claim text.
 */
import { describe, expect, test } from "vitest";
import { ukraineJapan } from "../../src/datasets/index.js";
import { cruxes, explainClaim, explanationText } from "../../src/evaluate/index.js";
import { argmap } from "../../src/index.js";
import { errorOf } from "../thrown.js";

const text = (map: ReturnType<typeof ukraineJapan>, id: string, options: Parameters<typeof explainClaim>[2] = {}, textOptions: Parameters<typeof explanationText>[2] = {}): string =>
  explanationText(map, explainClaim(map, id, options), { width: 0, ...textOptions });

describe("explanationText", () => {
  test("an open conflict: undecided under grounded, accepted by some preferred extensions but not all", () => {
    const map = argmap("Tie")
      .thesis("t", "We should go by train.")
      .claim("cheap", "The train is cheaper.")
      .claim("fast", "Flying is faster.")
      .support("cheap", "t", { id: "s" })
      .attack("fast", "t", { id: "a" })
      .attack("cheap", "fast", { id: "x" })
      .attack("fast", "cheap", { id: "y" })
      .build();
    expect(text(map, "t")).toContain("It is undecided under grounded semantics. Its only objection, “Flying is faster” (fast), is itself undecided.");
    const preferred = text(map, "t", { semantics: "preferred" });
    // In the extension that accepts it, its reason answers the objection.
    expect(preferred).toContain("It is undecided under preferred semantics. Its only objection, “Flying is faster” (fast), is answered by “The train is cheaper” (cheap). Some preferred extensions accept it, but not all.");
    expect(preferred).toContain("Its defence (a minimal admissible set: no conflict inside, and every attack on a member answered): t and cheap, with the relation x.");
    expect(explanationText(map, explainClaim(map, "t"), { cruxes: cruxes(map), width: 0 })).toContain("- Without “Flying is faster” (fast) it would stand.");
  });

  test("no stable extension: said once, no attack list", () => {
    const map = argmap("Odd")
      .thesis("a", "A.")
      .claim("b", "B.")
      .claim("c", "C.")
      .attack("b", "a", { id: "x" })
      .attack("c", "b", { id: "y" })
      .attack("a", "c", { id: "z" })
      .build();
    expect(text(map, "a", { semantics: "stable" })).toContain("It is undecided under stable semantics. The map has no stable extension, so stable semantics accepts nothing.\n");
  });

  test("many objections: grouped by what became of them, the first five named", () => {
    let builder = argmap("Many").thesis("t", "A thesis.").claim("r", "A reply.");
    for (let i = 0; i < 7; i++) builder = builder.claim(`o${i}`, `Objection ${i}.`).attack(`o${i}`, "t", { id: `a${i}` });
    builder = builder.attack("r", "a0", { id: "u0" });
    const map = builder.build();
    const out = text(map, "t");
    expect(out).toContain("It does not stand under grounded semantics. Seven objections attack it. The objections “Objection 1” (o1), “Objection 2” (o2), “Objection 3” (o3), and “Objection 4” (o4) defeat it and stand. The objection “Objection 0” (o0) does not stand. …and two more.");
  });

  test("sampled Shapley values say how many orders and how exact", () => {
    let builder = argmap("Star").thesis("t", "A thesis.");
    for (let i = 0; i < 24; i++) builder = builder.claim(`c${i}`, `Reason ${i}.`).support(`c${i}`, "t", { id: `s${i}` });
    const map = builder.build();
    const out = text(map, "t", { semantics: "dfquad", method: "shapley" });
    expect(out).toMatch(/\n\(estimated from 1000 random orders; each within ±0\.\d{3} with probability 0\.95\)\n$/);
  });

  test("German, with the map's own language chosen by default", () => {
    const map = ukraineJapan();
    const german = text(map, "thesis", {}, { language: "de-CH" });
    expect(german).toMatch(/^These: „Japan's recent easing/);
    expect(german).toContain("Nach der fundierten Semantik hält sie. Ihr einziger Einwand, „Some systems may remain too sensitive to export“ (too-sensitive), wird durch");
    expect(german).toContain("Was ihre DF-QuAD-Stärke (0,87) am meisten bewegt (Methode: Entfernen):\n  −0,125  too-sensitive");
    const de = argmap("Tempo", { language: "de" }).thesis("t", "Tempo 30 ist gut.").claim("o", "Es ist langsam.").attack("o", "t", { id: "r" }).build();
    expect(text(de, "t")).toContain("Nach der fundierten Semantik hält sie nicht. Ihr einziger Einwand, „Es ist langsam“ (o), widerlegt sie und hält selbst.");
    expect(errorOf(() => text(de, "t", {}, { language: "fr" }))).toMatchObject({ code: "invalid-framework", issues: [{ path: ["language"] }] });
  });

  test("Markdown escapes markup in claim text and ids; plain text wraps at the width", () => {
    const map = argmap("Markup")
      .thesis("t*", "Use <b>bold</b> and [links](x) & *stars*.")
      .claim("o_1", "An `objection` | with a pipe.")
      .attack("o_1", "t*", { id: "r" })
      .build();
    const markdown = text(map, "t*", {}, { format: "markdown" });
    expect(markdown).toContain("## Thesis: “Use &lt;b&gt;bold&lt;/b&gt; and \\[links\\](x) &amp; \\*stars\\*” (t\\*)");
    expect(markdown).toContain("“An \\`objection\\` \\| with a pipe” (o\\_1)");
    expect(markdown).not.toContain("<b>");
    const wrapped = explanationText(map, explainClaim(map, "t*"), { width: 40 });
    for (const line of wrapped.split("\n")) if (!/^ {2}[+−]/.test(line)) expect(line.length).toBeLessThanOrEqual(40);
    expect(errorOf(() => explanationText(map, explainClaim(map, "t*"), { width: -1 }))).toMatchObject({ code: "invalid-framework", issues: [{ path: ["width"] }] });
    expect(errorOf(() => explanationText(map, explainClaim(map, "t*"), { format: "html" as "text" }))).toMatchObject({ code: "invalid-framework", issues: [{ path: ["format"] }] });
  });

  test("a relation is named by its parts; an undercut by the inference it attacks", () => {
    const map = ukraineJapan();
    const undercut = text(map, "u-not-automatic");
    expect(undercut).toMatch(/^Relation u-not-automatic: “A softer export framework does not automatically mean that…” \(not-quickly\) undercuts the inference r-enables\n/);
    // Linked premises are one objection: “a” together with “b”.
    expect(undercut).toContain("Two objections attack it. The objections “For Ukraine, the practical value lies in keeping the option alive and building the political…” (practical-value) and “Even without immediate deliveries, the possibility itself broadens the map of future defense…” (broadens-cooperation) together with “In wartime,");
  });
});

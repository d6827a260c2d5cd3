/**
 * Random argument maps for property tests: claims c0 (the thesis) …
 * c(n−1), and relations r0, r1, … from one or two claims to a claim or to
 * an earlier relation (undercuts).
 */
import fc from "fast-check";
import { argmap, type ArgumentMap } from "../../src/index.js";

/** Maps of `minClaims` to `maxClaims` claims and at most `maxRelations` relations. */
export function randomMaps(minClaims: number, maxClaims: number, maxRelations: number): fc.Arbitrary<ArgumentMap> {
  return fc.integer({ min: minClaims, max: maxClaims }).chain((n) =>
    fc
      .array(fc.record({ from: fc.uniqueArray(fc.nat(n - 1), { minLength: 1, maxLength: 2 }), to: fc.nat(n + 8), attack: fc.boolean() }), { maxLength: maxRelations })
      .map((specs) => {
        const builder = argmap("Random").thesis("c0", "Claim 0.");
        for (let i = 1; i < n; i++) builder.claim(`c${i}`, `Claim ${i}.`);
        const relations: string[] = [];
        specs.forEach((spec, k) => {
          const to = spec.to < n || relations.length === 0 ? `c${spec.to % n}` : relations[spec.to % relations.length]!;
          const from = spec.from.map((i) => `c${i}`).filter((c) => c !== to);
          if (from.length === 0) return;
          const id = `r${k}`;
          if (spec.attack) builder.attack(from, to, { id });
          else builder.support(from, to, { id });
          relations.push(id);
        });
        return builder.build();
      }),
  );
}

import type { ArgumentMapDocument, Claim, Relation } from "../../src/index.js";
import { random } from "../harness.js";

/**
 * A generated map in the shape of real ones: each relation's target is an
 * earlier claim (so the map is a forest of argument trees), a fifth of the
 * relations are attacks, one in ten has two linked premises, and one in fifty
 * attacks is an undercut of an earlier relation.
 */
export function generateDocument(claimCount: number, relationCount: number, seed = 1): ArgumentMapDocument {
  const next = random(seed);
  const pick = (n: number): number => Math.floor(next() * n);
  const claims: Claim[] = [];
  for (let i = 0; i < claimCount; i++) claims.push({ id: `c${i}`, text: `Claim number ${i} of the generated map, with a sentence of ordinary length.` });
  const relations: Relation[] = [];
  for (let i = 0; i < relationCount; i++) {
    // Premises come after their conclusion, as in an outline, so support
    // never runs in circles; linked premises sit next to each other.
    const premise = 1 + pick(claimCount - 1);
    const from = [`c${premise}`];
    if (next() < 0.1 && premise + 1 < claimCount) from.push(`c${premise + 1}`);
    const attack = next() < 0.2;
    let to = `c${pick(premise)}`;
    if (attack && i > 0 && next() < 0.02) to = `r${pick(i)}`;
    relations.push({ id: `r${i}`, type: attack ? "attack" : "support", from, to });
  }
  return { format: "argmap", version: 1, title: "Generated map", thesis: "c0", sources: [], claims, relations };
}

/**
 * Generated documents for the interchange benchmarks.
 */
import { random } from "../harness.js";

/** An AIFdb document with `nodes` nodes: I, RA, CA, and L/YA locutions. */
export function aifDocument(nodes: number, seed: number): string {
  const next = random(seed);
  const out = { nodes: [] as { nodeID: string; text: string; type: string; timestamp: string }[], edges: [] as { edgeID: string; fromID: string; toID: string; formEdgeID: null }[], locutions: [] as { nodeID: string; personID: string; timestamp: string }[] };
  let id = 0;
  let edge = 0;
  const stamp = "2024-03-05 19:02:11";
  const node = (type: string, text: string): string => {
    const nodeID = String(++id);
    out.nodes.push({ nodeID, text, type, timestamp: stamp });
    return nodeID;
  };
  const link = (fromID: string, toID: string): void => {
    out.edges.push({ edgeID: String(++edge), fromID, toID, formEdgeID: null });
  };
  const claims: string[] = [];
  const schemes: string[] = [];
  while (id < nodes) {
    const roll = next();
    if (claims.length < 2 || roll < 0.4) {
      const claim = node("I", `Proposition ${id} in the generated corpus.`);
      claims.push(claim);
      if (id + 2 <= nodes && next() < 0.5) {
        const l = node("L", `Speaker ${id % 13} : proposition ${id}`);
        const ya = node("YA", "Asserting");
        link(l, ya);
        link(ya, claim);
        out.locutions.push({ nodeID: l, personID: String(id % 13), timestamp: stamp });
      }
      continue;
    }
    const isConflict = roll > 0.85;
    const s = node(isConflict ? "CA" : "RA", isConflict ? "Default Conflict" : "Default Inference");
    const premises = isConflict ? 1 : 1 + Math.floor(next() * 3);
    const picked = new Set<string>();
    for (let k = 0; k < premises; k++) picked.add(claims[Math.floor(next() * claims.length)]!);
    let target = claims[Math.floor(next() * claims.length)]!;
    if (schemes.length > 0 && next() < 0.05) target = schemes[Math.floor(next() * schemes.length)]!;
    if (picked.has(target)) target = node("I", `Conclusion ${id}.`);
    for (const p of picked) link(p, s);
    link(s, target);
    schemes.push(s);
  }
  return JSON.stringify(out);
}


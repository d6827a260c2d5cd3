/**
 * A generated argument map for bench/summarize: a random tree of reasons and
 * objections under one thesis, with linked premises, undercuts, claims
 * shared by two branches, a few cycles, and every claim anchored in a
 * generated source text.
 */
import type { ArgumentMapDocument, Claim, Relation } from "../../src/index.js";
import { random } from "../harness.js";

const WORDS = (
  "the policy could open a path to supplies while partners weigh legal limits domestic politics alliance " +
  "questions equipment categories cooperation resilience technology industry export framework change signal"
).split(" ");

/** Generates the document; the same `claims` and `seed` give the same document. */
export function generateSummaryDocument(claims: number, seed = 7): ArgumentMapDocument {
  const next = random(seed);
  const pick = (n: number): number => Math.floor(next() * n);
  const sentences: string[] = [];
  for (let i = 0; i < claims; i++) {
    const length = 8 + pick(16);
    const words: string[] = [];
    for (let w = 0; w < length; w++) words.push(WORDS[pick(WORDS.length)]!);
    const sentence = `Claim ${i} says ${words.join(" ")}.`;
    sentences.push(sentence);
  }
  let text = "";
  const anchors: { start: number; end: number }[] = [];
  for (const sentence of sentences) {
    anchors.push({ start: text.length, end: text.length + sentence.length });
    text += `${sentence} `;
  }
  const claimList: Claim[] = sentences.map((sentence, i) => ({
    id: `c${i}`,
    text: sentence,
    anchors: [{ source: "s", start: anchors[i]!.start, end: anchors[i]!.end, quote: sentence }],
  }));
  const relations: Relation[] = [];
  // Each claim after the thesis argues for or against an earlier one, chosen
  // at random (a random recursive tree, a few dozen levels deep at most);
  // some take a second, linked premise that is also used elsewhere (shared).
  for (let i = 1; i < claims; i++) {
    const parent = pick(i);
    const from = [`c${i}`];
    if (i > 2 && next() < 0.1) {
      const other = 1 + pick(i - 1);
      if (other !== parent && other !== i) from.push(`c${other}`);
    }
    const undercut = relations.length > 0 && next() < 0.02;
    const to = undercut ? relations[pick(relations.length)]!.id : `c${parent}`;
    relations.push({ id: `r${i}`, type: undercut || next() < 0.33 ? "attack" : "support", from, to });
  }
  // A few attacks back up the tree make cycles.
  for (let k = 0; k < claims / 500; k++) {
    const from = 1 + pick(claims - 1);
    const to = 1 + pick(from);
    if (to !== from) relations.push({ id: `back${k}`, type: "attack", from: [`c${to}`], to: `c${from}` });
  }
  return {
    format: "argmap",
    version: 1,
    title: `Generated map of ${claims} claims`,
    thesis: "c0",
    sources: [{ id: "s", title: "Generated source", text }],
    claims: claimList,
    relations,
  };
}

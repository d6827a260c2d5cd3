/**
 * Which claim of an Argdown document is its thesis, when the front matter
 * does not say: the rule of docs/formats.md ("Which statement is the
 * thesis?").
 * @module
 * @internal
 */
import type { Claim, Relation } from "../../schema/document.js";

/** Titles and tags that mark the main thesis (compared in lower case, `-` and `_` read as spaces). */
const THESIS_NAMES: ReadonlySet<string> = new Set(["thesis", "main thesis", "central thesis", "main claim", "central claim", "main conclusion"]);
/** Titles, tags and section headings that mark an observation, which is never made the thesis. */
const OBSERVATION_NAMES: ReadonlySet<string> = new Set(["observation", "observations", "evidence", "data", "datum", "fact", "facts", "finding", "findings"]);

const normal = (name: string): string => name.toLowerCase().replace(/[-_\s]+/g, " ").trim();

/** What the choice reads of a claim: its id, title, tags and the headings it stands under. */
export interface ThesisCandidate {
  readonly claim: Readonly<Claim>;
  readonly section?: readonly string[] | undefined;
}

/**
 * Chooses the thesis an Argdown user would see in a document whose front
 * matter names none:
 *
 * 1. the one statement titled or tagged as the main thesis (`[Thesis]`,
 *    `#(main thesis)`, …); several such statements leave the choice open;
 * 2. else the conclusion that most arguments lead to: among the claims that
 *    relations lead to and that lead nowhere themselves (contrary and
 *    contradictory relations aside), the one with the most relations in the
 *    tree below it, when it has strictly more than any other;
 * 3. else none: the map keeps its several roots.
 *
 * An observation is never chosen in step 2: a claim titled, tagged or under a
 * heading such as "Evidence" or "Observations", or one that arguments from
 * rival premises (premises that attack each other) both conclude, since rival
 * hypotheses explain what is observed rather than argue for it.
 *
 * @param candidates - Every claim, with the headings it stands under.
 * @param relations - Every relation.
 * @param symmetric - Ids of relations that are one half of a contrary or contradictory pair.
 * @returns The id of the thesis, or undefined.
 */
export function chooseThesis(candidates: readonly ThesisCandidate[], relations: readonly Readonly<Relation>[], symmetric: ReadonlySet<string>): string | undefined {
  const marked = candidates.filter(({ claim }) => [claim.title ?? "", ...(claim.tags ?? [])].some((name) => THESIS_NAMES.has(normal(name))));
  if (marked.length === 1) return marked[0]!.claim.id;
  if (marked.length > 1) return undefined;

  const into = new Map<string, Readonly<Relation>[]>(); // claim or relation id → relations whose `to` it is
  const leadsOn = new Set<string>(); // claims that are premises of a relation (symmetric ones aside)
  const attacks = new Map<string, Set<string>>(); // premise → claims it attacks
  for (const relation of relations) {
    const list = into.get(relation.to);
    if (list === undefined) into.set(relation.to, [relation]);
    else list.push(relation);
    if (!symmetric.has(relation.id)) for (const premise of relation.from) leadsOn.add(premise);
    if (relation.type === "attack") {
      for (const premise of relation.from) {
        const targets = attacks.get(premise);
        if (targets === undefined) attacks.set(premise, new Set([relation.to]));
        else targets.add(relation.to);
      }
    }
  }
  const attacked = (x: string, y: string): boolean => attacks.get(x)?.has(y) === true;
  const rivals = (a: readonly string[], b: readonly string[]): boolean => a.some((x) => b.some((y) => attacked(x, y) || attacked(y, x)));
  const isObservation = ({ claim, section }: ThesisCandidate): boolean => {
    if ([claim.title ?? "", ...(claim.tags ?? []), ...(section ?? [])].some((name) => OBSERVATION_NAMES.has(normal(name)))) return true;
    const supports = (into.get(claim.id) ?? []).filter((r) => r.type === "support");
    for (let i = 0; i < supports.length; i++) for (let j = i + 1; j < supports.length; j++) if (rivals(supports[i]!.from, supports[j]!.from)) return true;
    return false;
  };

  let best: string | undefined;
  let bestSize = 0;
  let tie = false;
  for (const candidate of candidates) {
    const id = candidate.claim.id;
    if (leadsOn.has(id) || !into.has(id) || isObservation(candidate)) continue;
    const size = treeSize(id, into, symmetric);
    if (size > bestSize) {
      best = id;
      bestSize = size;
      tie = false;
    } else if (size === bestSize) tie = true;
  }
  return tie ? undefined : best;
}

/** How many relations lead (directly or through other claims and relations) to a claim, symmetric ones aside. */
function treeSize(root: string, into: ReadonlyMap<string, readonly Readonly<Relation>[]>, symmetric: ReadonlySet<string>): number {
  const seen = new Set<string>([root]);
  const stack = [root];
  let count = 0;
  while (stack.length > 0) {
    const at = stack.pop()!;
    for (const relation of into.get(at) ?? []) {
      if (symmetric.has(relation.id) || seen.has(relation.id)) continue;
      seen.add(relation.id);
      count++;
      stack.push(relation.id);
      for (const premise of relation.from) {
        if (seen.has(premise)) continue;
        seen.add(premise);
        stack.push(premise);
      }
    }
  }
  return count;
}

import { issue, type ArgmapIssue } from "../errors.js";
import type { ArgumentMap } from "../map/argument-map.js";

/**
 * Looks for legal but suspicious structure in a map: claims in no relation
 * (`isolated-claim`), cycles of support (`support-cycle`), claims without an
 * anchor while sources carry text (`unanchored-claim`), and a thesis that is
 * itself a premise (`thesis-is-premise`). Paths point into `map.toJSON()`.
 *
 * @returns Warnings, in document order.
 * @example
 * ```ts
 * for (const w of mapWarnings(map)) console.warn(w.code, w.message);
 * ```
 */
export function mapWarnings(map: ArgumentMap): ArgmapIssue[] {
  return collectWarnings(map);
}

/** @internal */
export function collectWarnings(map: ArgumentMap): ArgmapIssue[] {
  const warnings: ArgmapIssue[] = [];
  const claims = map.claims();
  const relations = map.relations();
  const used = new Set<string>();
  for (const relation of relations) {
    used.add(relation.to);
    for (const premise of relation.from) used.add(premise);
  }
  const textual = map.sources().some((s) => s.text !== undefined);
  claims.forEach((claim, i) => {
    if (!used.has(claim.id) && map.thesis !== claim.id) {
      warnings.push(issue("isolated-claim", ["claims", i], `claim "${claim.id}" is in no relation; connect it or remove it`, "warning"));
    }
    if (textual && !claim.anchors?.length) {
      warnings.push(issue("unanchored-claim", ["claims", i, "anchors"], `claim "${claim.id}" has no anchor, but the map's sources have text; quote the words it comes from`, "warning"));
    }
  });
  const thesis = map.thesis;
  if (thesis !== undefined) {
    const uses = relations.filter((r) => r.from.includes(thesis));
    if (uses.length > 0) {
      warnings.push(issue("thesis-is-premise", ["thesis"], `the thesis "${thesis}" is a premise of ${uses.map((r) => `"${r.id}"`).join(", ")}; the main conclusion usually supports nothing further`, "warning"));
    }
  }
  const relationIndex = new Map<string, number>();
  relations.forEach((r, i) => relationIndex.set(r.id, i));
  for (const cycle of supportCycles(map)) {
    const first = Math.min(...cycle.relations.map((id) => relationIndex.get(id)!));
    warnings.push(
      issue("support-cycle", ["relations", first], `claims ${cycle.claims.map((c) => `"${c}"`).join(", ")} support each other in a circle (relations ${cycle.relations.map((r) => `"${r}"`).join(", ")}); circular reasoning?`, "warning"),
    );
  }
  return warnings;
}

/**
 * Strongly connected components of the support graph (claims and support
 * relations, premise → relation → target) with more than one node. Iterative
 * Tarjan, so deep chains cannot overflow the stack.
 */
function supportCycles(map: ArgumentMap): Array<{ claims: string[]; relations: string[] }> {
  const successors = new Map<string, string[]>();
  const add = (from: string, to: string): void => {
    const list = successors.get(from);
    if (list === undefined) successors.set(from, [to]);
    else list.push(to);
  };
  for (const relation of map.relations()) {
    if (relation.type !== "support") continue;
    for (const premise of relation.from) add(premise, relation.id);
    add(relation.id, relation.to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: Array<{ claims: string[]; relations: string[] }> = [];
  let counter = 0;
  for (const start of successors.keys()) {
    if (index.has(start)) continue;
    const work: Array<[node: string, next: number]> = [[start, 0]];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [node, next] = frame;
      const succ = successors.get(node) ?? [];
      if (next < succ.length) {
        frame[1]++;
        const w = succ[next]!;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) {
          low.set(node, Math.min(low.get(node)!, index.get(w)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(node)!));
      if (low.get(node) === index.get(node)) {
        const members: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          members.push(w);
        } while (w !== node);
        if (members.length > 1) {
          members.reverse();
          out.push({ claims: members.filter((m) => map.hasClaim(m)), relations: members.filter((m) => map.hasRelation(m)) });
        }
      }
    }
  }
  return out;
}

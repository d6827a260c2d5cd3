import { issue, type ArgmapIssue } from "../errors.js";
import { quoteId, quoteIds } from "../internal/quote-ids.js";
import type { Relation } from "../schema/document.js";
import { indexesOf, type ArgumentMap, type MapIndexes } from "../map/argument-map.js";

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
  const indexes = indexesOf(map);
  const claims = map.claims();
  const relations = map.relations();
  const textual = map.sources().some((s) => s.text !== undefined);
  claims.forEach((claim, i) => {
    if (!indexes.into.has(claim.id) && !indexes.premiseIn.has(claim.id) && map.thesis !== claim.id) {
      warnings.push(issue("isolated-claim", ["claims", i], `claim ${quoteId(claim.id)} is in no relation; connect it or remove it`, "warning"));
    }
    if (textual && !claim.anchors?.length) {
      warnings.push(issue("unanchored-claim", ["claims", i, "anchors"], `claim ${quoteId(claim.id)} has no anchor, but the map's sources have text; quote the words it comes from`, "warning"));
    }
  });
  const thesis = map.thesis;
  if (thesis !== undefined) {
    const uses = indexes.premiseIn.get(thesis) ?? [];
    if (uses.length > 0) {
      warnings.push(issue("thesis-is-premise", ["thesis"], `the thesis ${quoteId(thesis)} is a premise of ${uses.map((r) => `${quoteId(r.id)}`).join(", ")}; the main conclusion usually supports nothing further`, "warning"));
    }
  }
  const cycles = supportCycles(indexes);
  const relationIndex = new Map<string, number>();
  if (cycles.length > 0) relations.forEach((r, i) => relationIndex.set(r.id, i));
  for (const cycle of cycles) {
    // A loop, not Math.min(...): a cycle may hold more relations than a call has arguments.
    let first = Infinity;
    for (const id of cycle.relations) first = Math.min(first, relationIndex.get(id)!);
    warnings.push(
      issue("support-cycle", ["relations", first], `claims ${quoteIds(cycle.claims)} support each other in a circle (relations ${quoteIds(cycle.relations)}); circular reasoning?`, "warning"),
    );
  }
  return warnings;
}

/**
 * Strongly connected components of the support graph (claims and support
 * relations, premise → relation → target) with more than one node. Iterative
 * Tarjan on integer arrays, so deep chains cannot overflow the stack and
 * large maps stay fast.
 */
function supportCycles(indexes: MapIndexes): Array<{ claims: string[]; relations: string[] }> {
  // Only nodes with a support edge both in and out can lie on a cycle: number
  // those and ignore the rest.
  const hasSupport = (list: readonly Relation[] | undefined): boolean => {
    if (list === undefined) return false;
    for (const relation of list) if (relation.type === "support") return true;
    return false;
  };
  const ids: string[] = [];
  const number = new Map<string, number>();
  for (const id of indexes.claims.keys()) {
    if (hasSupport(indexes.premiseIn.get(id)) && hasSupport(indexes.into.get(id))) {
      number.set(id, ids.length);
      ids.push(id);
    }
  }
  let relations: Relation[] = [];
  for (const relation of indexes.relations.values()) {
    if (relation.type !== "support") continue;
    // Entered from a numbered premise, or from a support of this inference.
    if (!relation.from.some((p) => number.has(p)) && !hasSupport(indexes.into.get(relation.id))) continue;
    if (!number.has(relation.to) && !indexes.relations.has(relation.to)) continue;
    relations.push(relation);
  }
  for (const relation of relations) {
    number.set(relation.id, ids.length);
    ids.push(relation.id);
  }
  // A relation whose target was not numbered (an unsupported relation) cannot be on a cycle.
  relations = relations.filter((relation) => number.has(relation.to));
  const n = ids.length;
  // CSR adjacency: premise → relation, relation → target (supports only).
  const degree = new Int32Array(n + 1);
  for (const relation of relations) {
    for (const premise of relation.from) {
      const p = number.get(premise);
      if (p !== undefined) degree[p + 1]!++;
    }
    degree[number.get(relation.id)! + 1]!++;
  }
  for (let i = 0; i < n; i++) degree[i + 1]! += degree[i]!;
  const offsets = degree;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]!);
  for (const relation of relations) {
    const r = number.get(relation.id)!;
    for (const premise of relation.from) {
      const p = number.get(premise);
      if (p !== undefined) targets[fill[p]!++] = r;
    }
    targets[fill[r]!++] = number.get(relation.to)!;
  }

  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  let top = 0;
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  let counter = 0;
  const out: Array<{ claims: string[]; relations: string[] }> = [];
  for (let start = 0; start < n; start++) {
    if (index[start] !== -1 || offsets[start] === offsets[start + 1]) continue;
    let depth = 0;
    callNode[0] = start;
    callEdge[0] = offsets[start]!;
    index[start] = low[start] = counter++;
    stack[top++] = start;
    onStack[start] = 1;
    while (depth >= 0) {
      const v = callNode[depth]!;
      const e = callEdge[depth]!;
      if (e < offsets[v + 1]!) {
        callEdge[depth] = e + 1;
        const w = targets[e]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[top++] = w;
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = offsets[w]!;
        } else if (onStack[w] === 1 && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
      if (low[v] === index[v]) {
        const members: string[] = [];
        let w: number;
        do {
          w = stack[--top]!;
          onStack[w] = 0;
          members.push(ids[w]!);
        } while (w !== v);
        if (members.length > 1) {
          members.reverse();
          out.push({ claims: members.filter((m) => indexes.claims.has(m)), relations: members.filter((m) => indexes.relations.has(m)) });
        }
      }
    }
  }
  return out;
}


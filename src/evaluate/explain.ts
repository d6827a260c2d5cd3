/**
 * Why an argument is accepted or rejected under an extension semantics: a
 * defence (an admissible set that holds it), the accepted attackers that
 * defeat it, or the undecided attackers that keep it open.
 * @module
 */
import type { AcceptanceLabel } from "../map/evaluation.js";
import { resolveArgument } from "./acceptance.js";
import { budgetOf, checkBudget, type Budget } from "./budget.js";
import type { ArgumentRef } from "./edge-list.js";
import { checkSemantics } from "./extensions.js";
import type { Framework } from "./framework.js";
import { idealLabelling } from "./ideal.js";
import { IN, OUT, UNDEC, type LabelCode } from "./labelling.js";
import { Reasoner, undecidedComponents, type Component } from "./reasoner.js";
import type { ExtensionSemantics } from "./semantics.js";

/**
 * Options of {@link explain}.
 *
 * @example
 * ```ts
 * import { explain, frameworkFromEdges, type ExplainOptions } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b"], [["a", "b"], ["b", "a"]]);
 * const options: ExplainOptions = { semantics: "preferred", timeLimit: 5000 };
 * console.log(explain(af, "a", options).credulous); // true
 * ```
 */
export interface ExplainOptions {
  /**
   * The extension semantics.
   *
   * @defaultValue "grounded"
   */
  readonly semantics?: ExtensionSemantics;
  /**
   * Stops the computation with `aborted` when it fires.
   *
   * @defaultValue none
   */
  readonly signal?: AbortSignal;
  /**
   * Stops the computation with `time-limit` after this many milliseconds
   * (checked inside its loops).
   *
   * @defaultValue none
   */
  readonly timeLimit?: number;
}

/**
 * Why an argument has its label: plain data, ids only.
 *
 * @example
 * ```ts
 * import { explain, frameworkFromEdges, type Explanation } from "argmap/evaluate";
 *
 * const af = frameworkFromEdges(["a", "b", "c"], [["a", "b"], ["b", "c"]]);
 * const why: Explanation = explain(af, "c");
 * console.log(why.label, why.defence); // "in" ["a", "c"]: a defends c against b
 * ```
 */
export interface Explanation {
  /** The argument's id. */
  readonly argument: string;
  readonly semantics: ExtensionSemantics;
  /**
   * Its label as `evaluateMap` gives it: for semantics with several
   * extensions the sceptical one (`in` when in every extension, `out` when
   * out in every extension, `undec` otherwise).
   */
  readonly label: AcceptanceLabel;
  /** Whether it is in at least one extension. */
  readonly credulous: boolean;
  /** Whether it is in every extension (and there is one): the same as `label === "in"`. */
  readonly sceptical: boolean;
  /**
   * When it is credulously accepted (for grounded and ideal: when it is
   * in): an admissible set that holds it, inside an extension that holds it
   * (the grounded or ideal extension for those two). Its members' ids, in
   * argument order.
   */
  readonly defence?: readonly string[];
  /**
   * Whether `defence` is ⊆-minimal: no proper subset is admissible and
   * holds the argument (for grounded: no proper subset defends it from the
   * ground up, as the grounded defence does). Checked for defences of up to
   * 256 arguments; a larger defence is built the same way but not shrunk.
   */
  readonly minimal?: boolean;
  /**
   * When it is `out`: its attackers that are accepted (in the extension for
   * grounded and ideal; in some extension otherwise). In every extension at
   * least one of them is in.
   */
  readonly defeaters: readonly string[];
  /**
   * When it is `undec`: its attackers that are undecided (under the same
   * reading of the label), the conflict that keeps it open.
   */
  readonly undecided: readonly string[];
  /** False only under stable semantics when the framework has no stable extension (then every label is `undec`). */
  readonly extensionExists: boolean;
}

const DEFAULTS = { semantics: "grounded" } as const;

/** Defences up to this size are shrunk to a ⊆-minimal one. */
const MINIMIZE_LIMIT = 256;

/**
 * Explains an argument's label under an extension semantics.
 *
 * - **Defence.** When the argument is accepted (for grounded: in the
 *   grounded extension; for complete, preferred, stable and semi-stable:
 *   credulously, whatever its sceptical label; for ideal: in the ideal
 *   extension), an admissible set that holds it. For grounded it is read
 *   off the least fixpoint: each attacker is answered by the defender that
 *   defeated it first, so every step goes back to arguments accepted
 *   earlier (a well-founded defence, which a set that merely defends
 *   itself in a circle is not). For the other semantics it comes from the same SAT calls as
 *   {@link credulouslyAccepted}: the extension that witnesses acceptance,
 *   cut down to what defends the argument. Either way it is then shrunk to
 *   a ⊆-minimal admissible set when it has at most 256 members.
 * - **Defeaters.** When the argument is out: its accepted attackers.
 * - **Undecided attackers.** When it is undec: the attackers that are
 *   undec too.
 *
 * @param framework - The framework.
 * @param argument - The argument's number or id.
 * @param options - The semantics (default grounded), an abort signal, a time limit.
 * @returns The explanation, plain data with ids.
 * @throws `ArgmapError` `unknown-argument`, `invalid-framework` (unknown
 * semantics or bad time limit), `aborted`, `time-limit`.
 *
 * @example
 * ```ts
 * import { explain, frameworkFromEdges } from "argmap/evaluate";
 *
 * // b attacks a, c attacks b; d and e attack each other, and d attacks c.
 * const af = frameworkFromEdges(["a", "b", "c", "d", "e"], [["b", "a"], ["c", "b"], ["d", "c"], ["d", "e"], ["e", "d"]]);
 * console.log(explain(af, "a").label); // "undec": c, its only defender, is open
 * const preferred = explain(af, "a", { semantics: "preferred" });
 * console.log(preferred.credulous, preferred.sceptical, preferred.defence); // true false ["a", "c", "e"]
 * console.log(explain(af, "b", { semantics: "preferred" }).undecided); // ["c"]
 * ```
 */
export function explain(framework: Framework, argument: ArgumentRef, options: ExplainOptions = {}): Explanation {
  const semantics = options.semantics ?? DEFAULTS.semantics;
  checkSemantics(semantics);
  const a = resolveArgument(framework, argument);
  const budget = budgetOf(options);
  const ids = (list: Iterable<number>): string[] => Array.from(list, (i) => framework.id(i));
  const g = groundedWithRanks(framework, budget);
  if (semantics === "grounded" || semantics === "ideal") {
    const codes = semantics === "grounded" ? g.codes : idealLabelling(framework, budget).codes;
    const label = codes[a] as LabelCode;
    const result = base(framework.id(a), semantics, label, label === IN);
    // The grounded defence is well-founded (read off the least fixpoint); the ideal one need not be.
    if (label === IN) return { ...result, ...defenceOf(framework, a, (x) => codes[x] === IN, g, semantics === "grounded", budget, ids) };
    if (label === OUT) return { ...result, defeaters: ids(attackersWhere(framework, a, (b) => codes[b] === IN)) };
    return { ...result, undecided: ids(attackersWhere(framework, a, (b) => codes[b] === UNDEC)) };
  }
  const parts = new Parts(framework, semantics, g.codes, budget);
  if (semantics === "stable" && !parts.stableExists()) {
    return { ...base(framework.id(a), semantics, UNDEC, false), undecided: ids(attackersWhere(framework, a, () => true)), extensionExists: false };
  }
  const label = parts.label(a);
  const credulous = parts.occurs(a, IN);
  const result = base(framework.id(a), semantics, label, credulous);
  const extra: { defence?: readonly string[]; minimal?: boolean; defeaters?: readonly string[]; undecided?: readonly string[] } = {};
  if (credulous) {
    const member = parts.witnessOf(a);
    Object.assign(extra, defenceOf(framework, a, (x) => member[x] === 1, g, false, budget, ids));
  }
  if (label === OUT) extra.defeaters = ids(attackersWhere(framework, a, (b) => parts.occurs(b, IN)));
  if (label === UNDEC) extra.undecided = ids(attackersWhere(framework, a, (b) => parts.label(b) === UNDEC));
  return { ...result, ...extra };
}

/**
 * @internal The label of one argument as {@link explain} gives it (the
 * sceptical one; undec everywhere under stable semantics when there is no
 * stable extension), without the rest of the explanation.
 */
export function acceptanceLabel(framework: Framework, a: number, semantics: ExtensionSemantics, budget: Budget | undefined): LabelCode {
  if (semantics === "ideal") return idealLabelling(framework, budget).codes[a] as LabelCode;
  const g = groundedWithRanks(framework, budget).codes;
  if (semantics === "grounded") return g[a] as LabelCode;
  const parts = new Parts(framework, semantics, g, budget);
  if (semantics === "stable" && !parts.stableExists()) return UNDEC;
  return parts.label(a);
}

function base(argument: string, semantics: ExtensionSemantics, label: LabelCode, credulous: boolean): Explanation {
  return { argument, semantics, label: label === IN ? "in" : label === OUT ? "out" : "undec", credulous, sceptical: label === IN, defeaters: [], undecided: [], extensionExists: true };
}

/** The attackers of `a` (each once, ascending) that satisfy `keep`. */
function attackersWhere(framework: Framework, a: number, keep: (b: number) => boolean): number[] {
  const { offsets, neighbors } = framework.attackers;
  const out = new Set<number>();
  for (let k = offsets[a]!; k < offsets[a + 1]!; k++) if (keep(neighbors[k]!)) out.add(neighbors[k]!);
  return [...out].sort((x, y) => x - y);
}

/** The grounded labelling with, for every argument it rejects, the accepted attacker that rejected it first. */
interface RankedGrounded {
  readonly codes: Uint8Array;
  /** For out arguments: the first in attacker (the one accepted earliest); -1 otherwise. */
  readonly killer: Int32Array;
}

/**
 * The grounded labelling as its least fixpoint is reached: arguments are
 * accepted in rounds (unattacked first), processed first in, first out, so
 * that each rejected argument's killer is an attacker accepted in the
 * earliest round. Iterative, linear in arguments plus attacks.
 */
function groundedWithRanks(framework: Framework, budget: Budget | undefined): RankedGrounded {
  checkBudget(budget);
  const n = framework.size;
  const { attacks, attackers } = framework;
  const codes = new Uint8Array(n);
  const killer = new Int32Array(n).fill(-1);
  const pending = new Int32Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    pending[i] = attackers.offsets[i + 1]! - attackers.offsets[i]!;
    if (pending[i] === 0) {
      codes[i] = IN;
      queue[tail++] = i;
    }
  }
  for (let head = 0; head < tail; head++) {
    if ((head & 0xffff) === 0) checkBudget(budget);
    const c = queue[head]!;
    for (let k = attacks.offsets[c]!; k < attacks.offsets[c + 1]!; k++) {
      const b = attacks.neighbors[k]!;
      if (codes[b] === OUT) continue;
      codes[b] = OUT;
      killer[b] = c;
      for (let j = attacks.offsets[b]!; j < attacks.offsets[b + 1]!; j++) {
        const u = attacks.neighbors[j]!;
        if (codes[u] === 0 && --pending[u]! === 0) {
          codes[u] = IN;
          queue[tail++] = u;
        }
      }
    }
  }
  return { codes, killer };
}

/**
 * A defence of `a` inside the admissible set `member` (which holds `a`):
 * starting from `a`, each attacker of a member is answered by a member that
 * attacks it. A `wellFounded` defence (grounded) answers each attacker by
 * its grounded killer, the defender accepted in the earliest round, so that
 * every step goes back to an earlier round; otherwise a member already taken
 * is preferred, then the grounded killer, then the first member found. The
 * set is then shrunk to a ⊆-minimal one when small enough: among
 * admissible sets, or for a well-founded defence among sets whose least
 * fixpoint still holds `a`.
 */
function defenceOf(
  framework: Framework,
  a: number,
  member: (x: number) => boolean,
  g: RankedGrounded,
  wellFounded: boolean,
  budget: Budget | undefined,
  ids: (list: Iterable<number>) => string[],
): { defence: readonly string[]; minimal: boolean } {
  const { attackers } = framework;
  const taken = new Uint8Array(framework.size);
  const order: number[] = [a];
  taken[a] = 1;
  for (let k = 0; k < order.length; k++) {
    budget?.tick();
    const x = order[k]!;
    for (let j = attackers.offsets[x]!; j < attackers.offsets[x + 1]!; j++) {
      const b = attackers.neighbors[j]!;
      const killer = g.killer[b]!;
      let defender = wellFounded ? killer : -1;
      if (defender < 0) {
        let fallback = -1;
        for (let q = attackers.offsets[b]!; q < attackers.offsets[b + 1]!; q++) {
          const c = attackers.neighbors[q]!;
          if (taken[c] === 1) {
            defender = c;
            break;
          }
          if (fallback < 0 && member(c)) fallback = c;
        }
        if (defender >= 0) continue;
        defender = killer >= 0 && member(killer) ? killer : fallback;
      }
      // An admissible member set always has a defender; -1 would mean it is not admissible.
      if (defender < 0) throw new Error("argmap/evaluate: explain: the witness is not admissible");
      if (taken[defender] === 1) continue;
      taken[defender] = 1;
      order.push(defender);
    }
  }
  let set = order;
  const minimal = set.length <= MINIMIZE_LIMIT;
  if (minimal) set = shrink(framework, a, order, wellFounded ? groundedCore : admissibleCore, budget);
  return { defence: ids([...set].sort((x, y) => x - y)), minimal };
}

/**
 * Shrinks a defence of `a` to a ⊆-minimal one: tries to drop each member
 * (latest first), keeping the `core` of the rest (the largest admissible
 * subset, or the part its least fixpoint reaches) when it still holds `a`.
 * One pass suffices: the core grows with the set, so a member that could
 * not be dropped from a larger set cannot be dropped from a smaller one.
 */
function shrink(framework: Framework, a: number, set: readonly number[], core: (framework: Framework, set: Set<number>) => Set<number>, budget: Budget | undefined): number[] {
  let current = new Set(set);
  for (let k = set.length - 1; k >= 1; k--) {
    const x = set[k]!;
    if (!current.has(x)) continue;
    budget?.tick();
    const candidate = new Set(current);
    candidate.delete(x);
    const kept = core(framework, candidate);
    if (kept.has(a)) current = kept;
  }
  return [...current];
}

/** The largest admissible subset of a conflict-free set: drop members with an attacker the set does not attack, until none is left. */
function admissibleCore(framework: Framework, set: Set<number>): Set<number> {
  const { attacks, attackers } = framework;
  for (;;) {
    const hit = new Set<number>();
    for (const x of set) for (let k = attacks.offsets[x]!; k < attacks.offsets[x + 1]!; k++) hit.add(attacks.neighbors[k]!);
    let changed = false;
    for (const x of [...set]) {
      for (let k = attackers.offsets[x]!; k < attackers.offsets[x + 1]!; k++) {
        if (!hit.has(attackers.neighbors[k]!)) {
          set.delete(x);
          changed = true;
          break;
        }
      }
    }
    if (!changed) return set;
  }
}

/**
 * The members of a conflict-free set that it defends from the ground up:
 * the least fixpoint of "every attacker is attacked by a member already
 * reached", starting from none (those without attackers first).
 */
function groundedCore(framework: Framework, set: Set<number>): Set<number> {
  const { attacks, attackers } = framework;
  const reached = new Set<number>();
  for (;;) {
    const hit = new Set<number>();
    for (const x of reached) for (let k = attacks.offsets[x]!; k < attacks.offsets[x + 1]!; k++) hit.add(attacks.neighbors[k]!);
    let grew = false;
    for (const x of set) {
      if (reached.has(x)) continue;
      let defended = true;
      for (let k = attackers.offsets[x]!; k < attackers.offsets[x + 1]! && defended; k++) defended = hit.has(attackers.neighbors[k]!);
      if (defended) {
        reached.add(x);
        grew = true;
      }
    }
    if (!grew) return reached;
  }
}

/**
 * The acceptance questions of one explanation under complete, preferred,
 * stable or semi-stable semantics: arguments the grounded labelling
 * decides are answered by it; the others on their component of the
 * grounded-undecided arguments, with one SAT reasoner per component.
 */
class Parts {
  readonly #framework: Framework;
  readonly #semantics: "complete" | "preferred" | "stable" | "semi-stable";
  readonly #g: Uint8Array;
  readonly #budget: Budget | undefined;
  readonly #components: Component[];
  readonly #componentOf: Int32Array;
  readonly #reasoners = new Map<number, Reasoner>();
  /** Labels seen to occur, per argument: 1 in, 2 out, 4 undec. */
  readonly #seen: Uint8Array;
  /** Labels asked about and found not to occur, per argument, same bits. */
  readonly #never: Uint8Array;

  constructor(framework: Framework, semantics: ExtensionSemantics, g: Uint8Array, budget: Budget | undefined) {
    this.#framework = framework;
    this.#semantics = semantics as "complete" | "preferred" | "stable" | "semi-stable";
    this.#g = g;
    this.#budget = budget;
    const { components, componentOf } = undecidedComponents(framework, g, budget);
    this.#components = components;
    this.#componentOf = componentOf;
    this.#seen = new Uint8Array(framework.size);
    this.#never = new Uint8Array(framework.size);
  }

  #reasoner(c: number): Reasoner {
    let reasoner = this.#reasoners.get(c);
    if (reasoner === undefined) {
      reasoner = new Reasoner(this.#components[c]!.framework, this.#semantics, this.#budget);
      this.#reasoners.set(c, reasoner);
    }
    return reasoner;
  }

  /** Whether every component has a stable labelling (so that the framework has a stable extension). */
  stableExists(): boolean {
    for (let c = 0; c < this.#components.length; c++) if (!this.#reasoner(c).hasStable()) return false;
    return true;
  }

  /** Whether some extension gives argument `x` the label `label`. */
  occurs(x: number, label: LabelCode): boolean {
    const c = this.#componentOf[x]!;
    if (c < 0) return this.#g[x] === label;
    if (this.#semantics === "stable" && label === UNDEC) return false;
    const bit = label === IN ? 1 : label === OUT ? 2 : 4;
    if ((this.#seen[x]! & bit) !== 0) return true;
    if ((this.#never[x]! & bit) !== 0) return false;
    const component = this.#components[c]!;
    const local = component.members.indexOf(x);
    const seen = new Uint8Array(component.members.length);
    const yes = this.#reasoner(c).exists(local, label, seen);
    component.members.forEach((m, i) => {
      this.#seen[m]! |= seen[i]!;
    });
    if (yes) this.#seen[x]! |= bit;
    else this.#never[x]! |= bit;
    return yes;
  }

  /** The sceptical label: in (out) when only in (out) occurs, undec otherwise; complete gives the grounded label. */
  label(x: number): LabelCode {
    if (this.#componentOf[x]! < 0 || this.#semantics === "complete") return this.#g[x] as LabelCode;
    const inOccurs = this.occurs(x, IN);
    const outOccurs = this.occurs(x, OUT);
    if (inOccurs !== outOccurs && !this.occurs(x, UNDEC)) return inOccurs ? IN : OUT;
    return UNDEC;
  }

  /**
   * Membership (1) in an extension that holds `a`: the grounded extension
   * together with the in arguments of a witness on `a`'s component (other
   * components all undecided), which is a complete labelling; for stable
   * and semi-stable it lies inside an extension of that semantics.
   */
  witnessOf(a: number): Uint8Array {
    const member = new Uint8Array(this.#framework.size);
    for (let i = 0; i < member.length; i++) if (this.#g[i] === IN) member[i] = 1;
    const c = this.#componentOf[a]!;
    if (c < 0) return member;
    const component = this.#components[c]!;
    const reasoner = this.#reasoner(c);
    const witness = reasoner.exists(component.members.indexOf(a), IN) ? reasoner.lastWitness : undefined;
    if (witness === undefined) throw new Error("argmap/evaluate: explain: no witness for an accepted argument");
    const codes = witness.codes;
    component.members.forEach((m, i) => {
      if (codes[i] === IN) member[m] = 1;
    });
    return member;
  }
}

/**
 * A small CDCL SAT solver on typed arrays (two watched literals, first-UIP
 * learning, activity-based branching with phase saving, Luby restarts,
 * learnt-clause reduction by LBD, incremental solving under assumptions,
 * and preferred literals that make the first model ⊆-maximal on them).
 * Internal to `argmap/evaluate`: the extension semantics encode their
 * questions into it.
 * @module
 * @internal
 */
import { checkBudget, type Budget } from "./budget.js";

const TRUE = 1;
const FALSE = -1;
const LEARNT = 1;
const DELETED = 2;

/** @internal Literal of variable `v`: `2v` positive, `2v + 1` negative. */
export function lit(v: number, positive: boolean): number {
  return positive ? v << 1 : (v << 1) | 1;
}

/** @internal An incremental CDCL SAT solver. */
export class SatSolver {
  #vars = 0;
  #capacity = 0;
  /** Value per literal: 1 true, -1 false, 0 unassigned. */
  #value = new Int8Array(0);
  #level = new Int32Array(0);
  #reason = new Int32Array(0);
  #trail = new Int32Array(0);
  #trailSize = 0;
  #qhead = 0;
  #trailLim: number[] = [];
  #activity = new Float64Array(0);
  #varInc = 1;
  #heap = new Int32Array(0);
  #heapSize = 0;
  #heapIndex = new Int32Array(0);
  #phase = new Uint8Array(0);
  #seen = new Uint8Array(0);
  #watches: number[][] = [];
  /** Clause memory: at ref r: size, flags (learnt, deleted, lbd << 2), then the literals. */
  #mem = new Int32Array(1 << 12);
  #memSize = 0;
  #learnts: number[] = [];
  #maxLearnts = 2000;
  #ok = true;
  #model = new Uint8Array(0);
  #stamp = new Int32Array(0);
  #assumptions: number[] = [];
  /** Per decision level (1-based): 1 when it must not be flipped (assumption or already flipped). */
  #flipped: number[] = [0];
  /** While enumerating: the deepest flipped level; backjumps stop there. */
  #btLevel = 0;
  #stampCounter = 0;
  #decisions = 0;
  /** Per variable: 0, or the preferred literal + 1 while preferences are on (see {@link SatSolver.prefer}). */
  #preferred = new Int32Array(0);
  #preferring = false;
  /** A clause being added by {@link SatSolver.addClauses}. */
  #scratch: number[] = [];

  /** Number of variables. */
  get variables(): number {
    return this.#vars;
  }

  /** Adds a variable and returns its number. */
  newVar(): number {
    const v = this.#vars++;
    if (v >= this.#capacity) this.#grow(Math.max(16, this.#capacity * 2));
    this.#watches.push([], []);
    this.#reason[v] = -1;
    this.#heapIndex[v] = -1;
    this.#phase[v] = 1;
    this.#heapInsert(v);
    return v;
  }

  /** Adds `count` variables; returns the first. */
  newVars(count: number): number {
    if (this.#vars + count > this.#capacity) this.#grow(Math.max(16, this.#vars + count, this.#capacity * 2));
    const first = this.#vars;
    if (this.#preferring) {
      for (let k = 0; k < count; k++) this.newVar();
      return first;
    }
    // Without preferences a new variable (activity 0) stays where it is put at the end of the heap, as newVar's
    // insertion would leave it: one loop instead of a call per variable.
    for (let v = first; v < first + count; v++) {
      this.#watches.push([], []);
      this.#reason[v] = -1;
      this.#phase[v] = 1;
      this.#heap[this.#heapSize] = v;
      this.#heapIndex[v] = this.#heapSize++;
    }
    this.#vars += count;
    return first;
  }

  /** Prefers `positive` when branching on `v` for the first time. */
  setPhase(v: number, positive: boolean): void {
    this.#phase[v] = positive ? 0 : 1;
  }

  /**
   * Makes `lits` the preferred literals (replacing any earlier ones; an
   * empty list turns preferences off). While they are set, the search
   * decides every unassigned preferred variable, always to its preferred
   * literal, before any other variable. So the first model of a
   * {@link SatSolver.solve} call is ⊆-maximal on them: no model of the
   * clauses and the call's assumptions makes a strict superset of its true
   * preferred literals true. (Each preferred literal the model leaves false
   * was implied by the assumptions and preferred literals decided true, all
   * of which any such superset model satisfies too.) Models found by
   * {@link SatSolver.nextModel} carry no such guarantee.
   */
  prefer(lits: ArrayLike<number>): void {
    this.#cancelUntil(0);
    const preferred = this.#preferred;
    if (this.#preferring) preferred.fill(0, 0, this.#vars);
    for (let k = 0; k < lits.length; k++) preferred[lits[k]! >> 1] = lits[k]! + 1;
    const on = lits.length > 0;
    if (!on && !this.#preferring) return;
    this.#preferring = on;
    this.#rebuildHeap();
  }

  /** Whether the clauses added so far are still satisfiable at level 0. */
  get ok(): boolean {
    return this.#ok;
  }

  /**
   * Adds a clause (between solves). Returns false if the formula became
   * unsatisfiable.
   */
  addClause(lits: ArrayLike<number>): boolean {
    return this.addClauses(lits, [lits.length]);
  }

  /**
   * Adds clauses in order, as {@link SatSolver.addClause} does one at a time:
   * clause `k` is `lits[ends[k - 1]]` up to `lits[ends[k]]` (from 0 for the
   * first). One loop for all of them, so that an encoding of thousands of
   * clauses costs little even before V8 has compiled the solver. Returns
   * false if the formula became unsatisfiable (the clauses after the one
   * that made it so are not added).
   */
  addClauses(lits: ArrayLike<number>, ends: ArrayLike<number>): boolean {
    if (!this.#ok) return false;
    this.#cancelUntil(0);
    this.#reserve(lits.length + 2 * ends.length);
    const value = this.#value;
    const watches = this.#watches;
    const clause = this.#scratch;
    let start = 0;
    next: for (let c = 0; c < ends.length; c++) {
      const end = ends[c]!;
      clause.length = 0;
      for (let k = start; k < end; k++) {
        const l = lits[k]!;
        const v = value[l]!;
        if (v === TRUE) {
          start = end;
          continue next;
        }
        if (v === FALSE) continue;
        let seen = false;
        for (let m = 0; m < clause.length; m++) {
          const x = clause[m]!;
          if (x === (l ^ 1)) {
            start = end;
            continue next;
          }
          if (x === l) seen = true;
        }
        if (!seen) clause.push(l);
      }
      start = end;
      if (clause.length === 0) {
        this.#ok = false;
        return false;
      }
      if (clause.length === 1) {
        this.#enqueue(clause[0]!, -1);
        if (this.#propagate() !== -1) {
          this.#ok = false;
          return false;
        }
        continue;
      }
      // #attach, written out: memory was reserved above.
      const cr = this.#memSize;
      const mem = this.#mem;
      mem[cr] = clause.length;
      mem[cr + 1] = 0;
      for (let k = 0; k < clause.length; k++) mem[cr + 2 + k] = clause[k]!;
      this.#memSize = cr + 2 + clause.length;
      watches[clause[0]!]!.push(cr);
      watches[clause[1]!]!.push(cr);
    }
    return true;
  }

  /**
   * Solves under assumptions (literals forced true for this call only).
   * Returns true with a model (see {@link SatSolver.modelValue}) or false.
   * After a model, {@link SatSolver.nextModel} continues to the next one.
   */
  solve(assumptions: ArrayLike<number> = [], signal?: Budget): boolean {
    return this.trySolve(assumptions, Number.POSITIVE_INFINITY, signal) === true;
  }

  /**
   * {@link SatSolver.solve} that gives up after `conflictLimit` conflicts:
   * `undefined` then (and no model).
   */
  trySolve(assumptions: ArrayLike<number>, conflictLimit: number, signal?: Budget): boolean | undefined {
    if (!this.#ok) return false;
    this.#cancelUntil(0);
    this.#btLevel = 0;
    if (this.#propagate() !== -1) {
      this.#ok = false;
      return false;
    }
    this.#assumptions = Array.from(assumptions);
    return this.#search(signal, true, conflictLimit);
  }

  /**
   * Continues after a model to the next model with a different assignment
   * (DPLL-style: flips the deepest unflipped decision, no blocking clauses).
   * Only valid right after {@link SatSolver.solve} or `nextModel` returned
   * true, with no clause added since. Returns false when no model is left.
   * With `keepModel` false the model is not copied out (for counting).
   */
  nextModel(signal?: Budget, keepModel = true): boolean {
    if (!this.#flipDeepest()) {
      this.#cancelUntil(0);
      return false;
    }
    return this.#search(signal, keepModel, Number.POSITIVE_INFINITY) === true;
  }

  #search(signal: Budget | undefined, keepModel: boolean, limit: number): boolean | undefined {
    const assumptions = this.#assumptions;
    let restart = 0;
    let conflictsLeft = luby(restart) * 64;
    let conflicts = 0;
    for (;;) {
      const confl = this.#propagate();
      if (confl !== -1) {
        conflicts++;
        if ((conflicts & 255) === 0) checkBudget(signal);
        if (conflicts > limit) {
          this.#cancelUntil(0);
          return undefined;
        }
        if (this.#trailLim.length === 0) {
          this.#ok = false;
          return false;
        }
        if (this.#btLevel > 0 && this.#trailLim.length <= this.#btLevel) {
          // Every decision up to here is a flipped one: this branch is done.
          if (!this.#flipDeepest()) {
            this.#cancelUntil(0);
            return false;
          }
          continue;
        }
        const { learnt, backLevel, lbd } = this.#analyze(confl);
        const level = Math.max(backLevel, this.#btLevel);
        this.#cancelUntil(level);
        if (learnt.length === 1 && level === 0) this.#enqueue(learnt[0]!, -1);
        else {
          // A unit learnt while enumerating gets a reason clause it implies: l ∨ ¬(first decision).
          const clause = learnt.length === 1 ? [learnt[0]!, this.#trail[this.#trailLim[0]!]! ^ 1] : learnt;
          const cr = this.#attach(clause, true, lbd);
          this.#learnts.push(cr);
          this.#enqueue(learnt[0]!, cr);
        }
        this.#varInc /= 0.95;
        conflictsLeft--;
        continue;
      }
      if (conflictsLeft <= 0 && this.#btLevel === 0) {
        restart++;
        conflictsLeft = luby(restart) * 64;
        this.#cancelUntil(0);
        if (this.#learnts.length >= this.#maxLearnts) this.#reduce();
        continue;
      }
      let next = -1;
      while (this.#trailLim.length < assumptions.length) {
        const p = assumptions[this.#trailLim.length]!;
        const value = this.#value[p]!;
        if (value === TRUE) this.#newLevel(true);
        else if (value === FALSE) {
          this.#cancelUntil(0);
          return false;
        } else {
          next = p;
          break;
        }
      }
      if (next !== -1) {
        this.#newLevel(true);
        this.#enqueue(next, -1);
        continue;
      }
      let v = -1;
      while (this.#heapSize > 0) {
        const candidate = this.#heapPop();
        if (this.#value[candidate << 1] === 0) {
          v = candidate;
          break;
        }
      }
      if (v === -1) {
        if (keepModel) this.#saveModel();
        return true;
      }
      if ((++this.#decisions & 4095) === 0) checkBudget(signal);
      this.#newLevel(false);
      const preferred = this.#preferred[v]!;
      this.#enqueue(preferred !== 0 && this.#preferring ? preferred - 1 : (v << 1) | this.#phase[v]!, -1);
    }
  }

  /** Opens a decision level; `fixed` levels (assumptions, flipped decisions) are never flipped. */
  #newLevel(fixed: boolean): void {
    this.#flipped[this.#trailLim.length + 1] = fixed ? 1 : 0;
    this.#trailLim.push(this.#trailSize);
  }

  /** Replaces the deepest unflipped decision by its negation; false when there is none. */
  #flipDeepest(): boolean {
    for (let level = this.#trailLim.length; level >= 1; level--) {
      if (this.#flipped[level] === 1) continue;
      const decision = this.#trail[this.#trailLim[level - 1]!]!;
      this.#cancelUntil(level - 1);
      this.#newLevel(true);
      this.#enqueue(decision ^ 1, -1);
      this.#btLevel = level;
      return true;
    }
    return false;
  }

  /** Value of variable `v` in the last model. */
  modelValue(v: number): boolean {
    return this.#model[v] === 1;
  }

  /** The last model, one byte per variable (1 true); overwritten by the next model. */
  get model(): Uint8Array {
    return this.#model;
  }

  // ------------------------------------------------------------------ internals

  #grow(capacity: number): void {
    const copy = <T extends Int8Array | Int32Array | Float64Array | Uint8Array>(old: T, size: number, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.#value = copy(this.#value, capacity * 2, (n) => new Int8Array(n));
    this.#level = copy(this.#level, capacity, (n) => new Int32Array(n));
    this.#reason = copy(this.#reason, capacity, (n) => new Int32Array(n));
    this.#trail = copy(this.#trail, capacity, (n) => new Int32Array(n));
    this.#activity = copy(this.#activity, capacity, (n) => new Float64Array(n));
    this.#heap = copy(this.#heap, capacity, (n) => new Int32Array(n));
    this.#heapIndex = copy(this.#heapIndex, capacity, (n) => new Int32Array(n));
    this.#phase = copy(this.#phase, capacity, (n) => new Uint8Array(n));
    this.#seen = copy(this.#seen, capacity, (n) => new Uint8Array(n));
    this.#stamp = copy(this.#stamp, capacity + 1, (n) => new Int32Array(n));
    this.#preferred = copy(this.#preferred, capacity, (n) => new Int32Array(n));
    this.#capacity = capacity;
  }

  /** Makes room in clause memory for `words` more entries. */
  #reserve(words: number): void {
    const need = this.#memSize + words;
    if (need <= this.#mem.length) return;
    const next = new Int32Array(Math.max(need, this.#mem.length * 2));
    next.set(this.#mem.subarray(0, this.#memSize));
    this.#mem = next;
  }

  #attach(lits: readonly number[], learnt: boolean, lbd: number): number {
    const need = this.#memSize + 2 + lits.length;
    this.#reserve(2 + lits.length);
    const cr = this.#memSize;
    this.#mem[cr] = lits.length;
    this.#mem[cr + 1] = (learnt ? LEARNT : 0) | (lbd << 2);
    for (let k = 0; k < lits.length; k++) this.#mem[cr + 2 + k] = lits[k]!;
    this.#memSize = need;
    this.#watches[lits[0]!]!.push(cr);
    this.#watches[lits[1]!]!.push(cr);
    return cr;
  }

  #enqueue(l: number, reason: number): void {
    const v = l >> 1;
    this.#value[l] = TRUE;
    this.#value[l ^ 1] = FALSE;
    this.#level[v] = this.#trailLim.length;
    this.#reason[v] = reason;
    this.#trail[this.#trailSize++] = l;
  }

  /** Unit propagation; returns a conflicting clause ref or -1. */
  #propagate(): number {
    const mem = this.#mem;
    const value = this.#value;
    while (this.#qhead < this.#trailSize) {
      const falseLit = this.#trail[this.#qhead++]! ^ 1;
      const ws = this.#watches[falseLit]!;
      let i = 0;
      let j = 0;
      const end = ws.length;
      while (i < end) {
        const cr = ws[i++]!;
        if ((mem[cr + 1]! & DELETED) !== 0) continue;
        let first = mem[cr + 2]!;
        if (first === falseLit) {
          first = mem[cr + 3]!;
          mem[cr + 2] = first;
          mem[cr + 3] = falseLit;
        }
        if (value[first] === TRUE) {
          ws[j++] = cr;
          continue;
        }
        const size = mem[cr]!;
        let moved = false;
        for (let k = 2; k < size; k++) {
          const l = mem[cr + 2 + k]!;
          if (value[l] !== FALSE) {
            mem[cr + 3] = l;
            mem[cr + 2 + k] = falseLit;
            this.#watches[l]!.push(cr);
            moved = true;
            break;
          }
        }
        if (moved) continue;
        ws[j++] = cr;
        if (value[first] === FALSE) {
          while (i < end) ws[j++] = ws[i++]!;
          if (j !== end) ws.length = j;
          this.#qhead = this.#trailSize;
          return cr;
        }
        this.#enqueue(first, cr);
      }
      if (j !== end) ws.length = j;
    }
    return -1;
  }

  #analyze(conflict: number): { learnt: number[]; backLevel: number; lbd: number } {
    const mem = this.#mem;
    const seen = this.#seen;
    const learnt: number[] = [0];
    const current = this.#trailLim.length;
    let pathCount = 0;
    let p = -1;
    let index = this.#trailSize - 1;
    let cr = conflict;
    do {
      const size = mem[cr]!;
      for (let k = p === -1 ? 0 : 1; k < size; k++) {
        const q = mem[cr + 2 + k]!;
        const v = q >> 1;
        if (seen[v] === 0 && this.#level[v]! > 0) {
          this.#bump(v);
          seen[v] = 1;
          if (this.#level[v]! >= current) pathCount++;
          else learnt.push(q);
        }
      }
      while (seen[this.#trail[index]! >> 1] === 0) index--;
      p = this.#trail[index]!;
      index--;
      cr = this.#reason[p >> 1]!;
      seen[p >> 1] = 0;
      pathCount--;
    } while (pathCount > 0);
    learnt[0] = p ^ 1;
    // Local minimization: drop literals implied by other literals of the clause.
    const candidates = learnt.slice();
    let kept = 1;
    for (let k = 1; k < candidates.length; k++) {
      const q = candidates[k]!;
      const r = this.#reason[q >> 1]!;
      let redundant = r !== -1;
      if (redundant) {
        const size = mem[r]!;
        for (let m = 1; m < size; m++) {
          const w = mem[r + 2 + m]! >> 1;
          if (seen[w] === 0 && this.#level[w]! > 0) {
            redundant = false;
            break;
          }
        }
      }
      if (!redundant) learnt[kept++] = q;
    }
    for (let k = 1; k < candidates.length; k++) seen[candidates[k]! >> 1] = 0;
    learnt.length = kept;
    let backLevel = 0;
    if (learnt.length > 1) {
      let best = 1;
      for (let k = 2; k < learnt.length; k++) if (this.#level[learnt[k]! >> 1]! > this.#level[learnt[best]! >> 1]!) best = k;
      const swap = learnt[1]!;
      learnt[1] = learnt[best]!;
      learnt[best] = swap;
      backLevel = this.#level[learnt[1]! >> 1]!;
    }
    this.#stampCounter++;
    let lbd = 0;
    for (const q of learnt) {
      const level = this.#level[q >> 1]!;
      if (this.#stamp[level] !== this.#stampCounter) {
        this.#stamp[level] = this.#stampCounter;
        lbd++;
      }
    }
    return { learnt, backLevel, lbd };
  }

  #cancelUntil(level: number): void {
    if (this.#trailLim.length <= level) return;
    const stop = this.#trailLim[level]!;
    for (let k = this.#trailSize - 1; k >= stop; k--) {
      const l = this.#trail[k]!;
      const v = l >> 1;
      this.#value[l] = 0;
      this.#value[l ^ 1] = 0;
      this.#reason[v] = -1;
      this.#phase[v] = l & 1;
      if (this.#heapIndex[v] === -1) this.#heapInsert(v);
    }
    this.#trailSize = stop;
    this.#qhead = stop;
    this.#trailLim.length = level;
    if (this.#btLevel > level) this.#btLevel = level;
  }

  #saveModel(): void {
    // The buffer is reused from model to model; readers copy what they keep.
    if (this.#model.length !== this.#vars) this.#model = new Uint8Array(this.#vars);
    const model = this.#model;
    const value = this.#value;
    for (let v = 0; v < this.#vars; v++) model[v] = value[v << 1] === TRUE ? 1 : 0;
  }

  #reduce(): void {
    const mem = this.#mem;
    const score = (cr: number): number => ((mem[cr + 1]! >> 2) << 16) + Math.min(mem[cr]!, 0xffff);
    this.#learnts.sort((a, b) => score(a) - score(b));
    const keep = this.#learnts.length >> 1;
    const kept: number[] = [];
    for (let k = 0; k < this.#learnts.length; k++) {
      const cr = this.#learnts[k]!;
      if (k < keep || mem[cr + 1]! >> 2 <= 2) kept.push(cr);
      else mem[cr + 1]! |= DELETED;
    }
    this.#learnts = kept;
    this.#maxLearnts = Math.floor(this.#maxLearnts * 1.1) + 100;
  }

  #bump(v: number): void {
    const activity = this.#activity;
    activity[v]! += this.#varInc;
    if (activity[v]! > 1e100) {
      for (let k = 0; k < this.#vars; k++) activity[k]! *= 1e-100;
      this.#varInc *= 1e-100;
    }
    const at = this.#heapIndex[v]!;
    if (at !== -1) this.#siftUp(at);
  }

  #heapInsert(v: number): void {
    const at = this.#heapSize++;
    this.#heap[at] = v;
    this.#heapIndex[v] = at;
    this.#siftUp(at);
  }

  #heapPop(): number {
    const heap = this.#heap;
    const top = heap[0]!;
    const last = heap[--this.#heapSize]!;
    this.#heapIndex[top] = -1;
    if (this.#heapSize > 0) {
      heap[0] = last;
      this.#heapIndex[last] = 0;
      this.#siftDown(0);
    }
    return top;
  }

  /** Whether `u` is to be decided before `v`: preferred variables first (while preferring), then by activity. */
  #before(u: number, v: number): boolean {
    if (this.#preferring) {
      const pu = this.#preferred[u] !== 0;
      if (pu !== (this.#preferred[v] !== 0)) return pu;
    }
    return this.#activity[u]! > this.#activity[v]!;
  }

  /** Puts every unassigned variable back into the heap, in order. */
  #rebuildHeap(): void {
    this.#heapIndex.fill(-1, 0, this.#vars);
    this.#heapSize = 0;
    for (let v = 0; v < this.#vars; v++) if (this.#value[v << 1] === 0) this.#heapInsert(v);
  }

  #siftUp(start: number): void {
    const heap = this.#heap;
    const v = heap[start]!;
    let at = start;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const u = heap[parent]!;
      if (!this.#before(v, u)) break;
      heap[at] = u;
      this.#heapIndex[u] = at;
      at = parent;
    }
    heap[at] = v;
    this.#heapIndex[v] = at;
  }

  #siftDown(start: number): void {
    const heap = this.#heap;
    const size = this.#heapSize;
    const v = heap[start]!;
    let at = start;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && this.#before(heap[child + 1]!, heap[child]!)) child++;
      const u = heap[child]!;
      if (!this.#before(u, v)) break;
      heap[at] = u;
      this.#heapIndex[u] = at;
      at = child;
    }
    heap[at] = v;
    this.#heapIndex[v] = at;
  }
}

/** The Luby sequence 1, 1, 2, 1, 1, 2, 4, … (0-based). */
function luby(i: number): number {
  let size = 1;
  let seq = 0;
  while (size < i + 1) {
    seq++;
    size = 2 * size + 1;
  }
  let x = i;
  let result = 1;
  while (size - 1 !== x) {
    size = (size - 1) >> 1;
    seq--;
    x %= size;
  }
  for (let k = 0; k < seq; k++) result *= 2;
  return result;
}

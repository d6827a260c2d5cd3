#!/usr/bin/env python3
"""Reference values and timings from QBAF-Py, for argmap's contribution functions.

QBAF-Py (github.com/TimKam/Quantitative-Bipolar-Argumentation, GPL-2) is the
reference implementation of the contribution functions of Kampik, Potyka,
Yin, Cyras and Toni (KR 2024). argmap does not ship it or build it: this
script only *runs* a copy that is already built, found through the
environment variable QBAF_PY (the folder that holds the built `qbaf` module
and the `qbaf_ctrbs` package).

    QBAF_PY=/path/to/qbaf-py python3 scripts/oracle/qbaf-reference.py reference \
        > tests/fixtures/evaluate/qbaf-reference.json
    QBAF_PY=/path/to/qbaf-py python3 scripts/oracle/qbaf-reference.py bench < task.json

`reference` draws random frameworks (acyclic and cyclic, with a fixed seed)
and writes, for each, the final strengths and every argument's removal,
restricted ("intrinsic") removal, Shapley and gradient contribution to a
topic, as QBAF-Py computes them; a value QBAF-Py cannot compute (a cyclic
framework it refuses, a restriction that does not converge) is null.
tests/evaluate/contributions-qbaf.test.ts checks argmap against the file.

`bench` reads one task as JSON from standard input
(`{"semantics", "arguments", "base", "attacks", "supports", "topic",
"method": "removal" | "shapley", "contributors", "rounds"}`) and prints the
median time QBAF-Py takes for it, in milliseconds (bench/explain).
"""
import json
import math
import os
import random
import sys
import time

QBAF_PY = os.environ.get("QBAF_PY")
if not QBAF_PY:
    sys.exit("qbaf-reference.py: set QBAF_PY to the folder of a built QBAF-Py (built as its own README says; argmap does not build it)")
sys.path.insert(0, QBAF_PY)

from qbaf import QBAFramework  # noqa: E402
from qbaf_ctrbs.gradient import determine_gradient_ctrb  # noqa: E402
from qbaf_ctrbs.intrinsic_removal import determine_iremoval_ctrb  # noqa: E402
from qbaf_ctrbs.removal import determine_removal_ctrb  # noqa: E402
from qbaf_ctrbs.shapley import determine_shapley_ctrb  # noqa: E402

# argmap's names of the semantics both libraries have.
MODELS = {"dfquad": "DFQuAD_model", "quadratic-energy": "QuadraticEnergy_model", "euler": "EulerBased_model"}
SHAPLEY_MAX_ARGUMENTS = 10


# A cyclic framework's gradient is a forward difference (epsilon 2^-26) of
# two iterations that each stop within their convergence threshold; at the
# default 1e-9 that leaves errors up to threshold/epsilon, about 0.07. The
# gradients of cyclic frameworks are therefore taken with a threshold of
# 1e-13 (everything else with QBAF-Py's defaults, 1e-9 and 1000 iterations).
GRADIENT_THRESHOLD = 1e-13
GRADIENT_ITERATIONS = 100000


def framework(spec, threshold=1e-9, iterations=1000):
    """The QBAF-Py framework of a spec with argument names a0, a1, ..."""
    names = spec["arguments"]
    return QBAFramework(
        names,
        spec["base"],
        [(names[a], names[b]) for a, b in spec["attacks"]],
        [(names[a], names[b]) for a, b in spec["supports"]],
        semantics=MODELS[spec["semantics"]],
        allow_cycles=spec["cyclic"],
        convergence_threshold=threshold,
        max_iterations=iterations,
    )


def has_cycle(n, edges):
    out = [[] for _ in range(n)]
    for a, b in edges:
        out[a].append(b)
    state = [0] * n
    for start in range(n):
        if state[start]:
            continue
        stack = [(start, 0)]
        state[start] = 1
        while stack:
            node, k = stack.pop()
            if k < len(out[node]):
                stack.append((node, k + 1))
                nxt = out[node][k]
                if state[nxt] == 1:
                    return True
                if state[nxt] == 0:
                    state[nxt] = 1
                    stack.append((nxt, 0))
            else:
                state[node] = 2
    return False


def upstream(n, edges, topic):
    """Arguments with a path to the topic (the topic included)."""
    into = [[] for _ in range(n)]
    for a, b in edges:
        into[b].append(a)
    seen = {topic}
    stack = [topic]
    while stack:
        x = stack.pop()
        for a in into[x]:
            if a not in seen:
                seen.add(a)
                stack.append(a)
    return seen


def draw(rng, index, semantics, cyclic, ties):
    """One random framework spec: no self-loops, no pair both an attack and a support."""
    n = rng.randint(2, 10) if index % 7 else rng.randint(11, 14)
    if ties:
        base = [rng.choice([0.25, 0.5, 0.75, 1.0]) for _ in range(n)]
    else:
        base = [round(rng.uniform(0.0, 1.0), 6) for _ in range(n)]
    while True:
        pairs = set()
        density = rng.uniform(1.0, 2.0) / max(1, n - 1)
        for a in range(n):
            for b in range(n):
                if a == b:
                    continue
                if not cyclic and a <= b:
                    continue  # acyclic: edges run from higher to lower numbers
                if rng.random() < density:
                    pairs.add((a, b))
        edges = sorted(pairs)
        if edges and has_cycle(n, edges) == cyclic:
            break
    attacks = [e for e in edges if rng.random() < 0.55]
    supports = [e for e in edges if e not in attacks]
    # The topic: the argument with the most arguments upstream.
    topic = max(range(n), key=lambda t: (len(upstream(n, edges, t)), -t))
    return {
        "name": f"{semantics}-{'cyclic' if cyclic else 'acyclic'}{'-ties' if ties else ''}-{index}",
        "semantics": semantics,
        "cyclic": cyclic,
        "arguments": [f"a{i}" for i in range(n)],
        "base": base,
        "attacks": [list(e) for e in attacks],
        "supports": [list(e) for e in supports],
        "topic": topic,
    }


def attempt(compute):
    try:
        value = compute()
    except (RuntimeError, NotImplementedError, ValueError):
        return None
    return value if math.isfinite(value) else None


def reference(count, seed):
    rng = random.Random(seed)
    out = []
    index = 0
    while len(out) < count:
        semantics = list(MODELS)[index % 3]
        cyclic = index % 4 == 3
        ties = index % 5 == 2
        spec = draw(rng, index, semantics, cyclic, ties)
        index += 1
        try:
            qbaf = framework(spec)
            strengths = qbaf.final_strengths
        except RuntimeError:
            continue  # a cyclic framework that does not converge: nothing to compare
        names = spec["arguments"]
        topic = names[spec["topic"]]
        others = [x for x in names if x != topic]
        small = len(names) <= SHAPLEY_MAX_ARGUMENTS
        entry = dict(spec)
        entry["strengths"] = [strengths[x] for x in names]
        entry["removal"] = [None if x == topic else attempt(lambda: determine_removal_ctrb(topic, x, qbaf)) for x in names]
        entry["restrictedRemoval"] = [None if x == topic else attempt(lambda: determine_iremoval_ctrb(topic, x, qbaf)) for x in names]
        entry["shapley"] = [None if x == topic else attempt(lambda: determine_shapley_ctrb(topic, x, qbaf)) for x in names] if small else None
        precise = framework(spec, GRADIENT_THRESHOLD, GRADIENT_ITERATIONS) if spec["cyclic"] else qbaf
        entry["gradient"] = [None if x == topic else attempt(lambda: determine_gradient_ctrb(topic, x, precise)) for x in names]
        if not others:
            continue
        out.append(entry)
    return out


def bench(task):
    spec = dict(task)
    spec.setdefault("cyclic", False)
    names = spec["arguments"]
    qbaf = framework(spec)
    topic = names[spec["topic"]]
    contributors = [names[i] for i in spec["contributors"]]
    method = {"removal": determine_removal_ctrb, "shapley": determine_shapley_ctrb, "gradient": determine_gradient_ctrb}[spec["method"]]
    times = []
    values = []
    for _ in range(spec.get("rounds", 3)):
        start = time.perf_counter()
        values = [method(topic, x, qbaf) for x in contributors]
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {"ms": times[len(times) // 2], "values": values}


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("reference", "bench"):
        sys.exit("usage: qbaf-reference.py reference [COUNT [SEED]] | bench < task.json")
    if sys.argv[1] == "bench":
        json.dump(bench(json.load(sys.stdin)), sys.stdout)
        sys.stdout.write("\n")
        return
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 360
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20240
    commit = os.environ.get("QBAF_PY_COMMIT", "unknown")
    frameworks = reference(count, seed)
    document = {
        "about": "Contributions computed by QBAF-Py (TimKam/Quantitative-Bipolar-Argumentation, GPL-2) with "
        "scripts/oracle/qbaf-reference.py; values only, no code of QBAF-Py. Arguments are numbered; null: QBAF-Py "
        "could not compute it (a cyclic framework it refuses, or one that did not converge). Gradients of cyclic "
        "frameworks use a convergence threshold of 1e-13 (cyclicGradientThreshold), everything else QBAF-Py's defaults.",
        "qbafPyCommit": commit,
        "seed": seed,
        "gradientEpsilon": 2.0 ** -26,
        "cyclicGradientThreshold": GRADIENT_THRESHOLD,
        "frameworks": frameworks,
    }
    text = json.dumps(document, separators=(",", ":"))
    # One framework per line keeps diffs readable.
    text = text.replace(',{"name"', ',\n{"name"').replace('"frameworks":[{', '"frameworks":[\n{')
    sys.stdout.write(text + "\n")


if __name__ == "__main__":
    main()

/**
 * `argmap iccma` against clingo: every task `--problems` lists, on generated
 * frameworks in all three formats. clingo (Debian package `gringo`)
 * enumerates the complete extensions with bench/evaluate/asp/labelling.lp,
 * the stable ones with labelling-stable.lp and the preferred ones with the
 * domain heuristic (labelling-maximal.lp, --enum-mode=domRec); grounded,
 * semi-stable and ideal follow from the complete extensions by their
 * definitions. Without clingo the comparison is skipped, except in CI
 * (CI set), where it fails.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { ICCMA_PROBLEMS } from "../../src/cli/commands/iccma.js";
import { mulberry32 } from "../../src/internal/random.js";
import { argmapCli, ROOT, runInProcess } from "./spawn.js";

const asp = (name: string): string => join(ROOT, "bench", "evaluate", "asp", name);
const haveClingo = spawnSync("clingo", ["--version"], { encoding: "utf8" }).status === 0;
const dir = mkdtempSync(join(tmpdir(), "argmap-iccma-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Generated {
  readonly name: string;
  readonly n: number;
  readonly attacks: readonly (readonly [number, number])[];
}

/** Random frameworks of 1 to 9 arguments (self-attacks, odd and even cycles, some without a stable extension), and a few shapes. */
function frameworks(): Generated[] {
  const out: Generated[] = [];
  const rand = mulberry32(2023);
  for (let k = 0; k < 36; k++) {
    const n = 1 + Math.floor(rand() * 9);
    const density = 0.1 + rand() * 0.3;
    const attacks: [number, number][] = [];
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (rand() < (a === b ? density / 4 : density)) attacks.push([a, b]);
    out.push({ name: `random-${k}`, n, attacks });
  }
  out.push({ name: "odd-cycle", n: 3, attacks: [[0, 1], [1, 2], [2, 0]] });
  out.push({ name: "two-conflicts", n: 6, attacks: [[0, 1], [1, 0], [2, 3], [3, 2], [0, 4], [2, 4], [4, 5]] });
  out.push({ name: "no-attacks", n: 3, attacks: [] });
  return out;
}

/** The framework in one of the three formats (rotating), and how its arguments are named there. */
function write(framework: Generated, k: number): { file: string; name: (a: number) => string; fo?: string } {
  const format = (["i23", "apx", "tgf"] as const)[k % 3]!;
  if (format === "i23") {
    const file = join(dir, `${framework.name}.i23`);
    writeFileSync(file, `p af ${framework.n}\n# ${framework.name}\n${framework.attacks.map(([a, b]) => `${a + 1} ${b + 1}\n`).join("")}`);
    return { file, name: (a) => String(a + 1) };
  }
  const name = (a: number): string => `a${a}`;
  const args = Array.from({ length: framework.n }, (_, a) => name(a));
  if (format === "apx") {
    const file = join(dir, `${framework.name}.apx`);
    writeFileSync(file, `${args.map((a) => `arg(${a}).\n`).join("")}${framework.attacks.map(([a, b]) => `att(${name(a)},${name(b)}).\n`).join("")}`);
    return { file, name };
  }
  // Named .txt: the format comes from --fo.
  const file = join(dir, `${framework.name}.tgf.txt`);
  writeFileSync(file, `${args.join("\n")}\n#\n${framework.attacks.map(([a, b]) => `${name(a)} ${name(b)}\n`).join("")}`);
  return { file, name, fo: "tgf" };
}

/** clingo's answer sets (the `in` arguments of each, as bit masks) for `programs` on the framework's facts. */
function clingoSets(framework: Generated, programs: readonly string[], args: readonly string[] = []): number[] {
  const facts = join(dir, `${framework.name}.lp`);
  writeFileSync(facts, `${Array.from({ length: framework.n }, (_, a) => `arg(${a}).`).join(" ")}\n${framework.attacks.map(([a, b]) => `att(${a},${b}).`).join(" ")}\n`);
  const run = spawnSync("clingo", [...programs.map(asp), facts, "-n", "0", "--outf=2", ...args], { encoding: "utf8" });
  // clingo's exit code: 10 satisfiable, 20 unsatisfiable, +. 30 satisfiable and all enumerated.
  if (run.status !== 20 && run.status !== 30) throw new Error(`clingo failed (${String(run.status)}): ${run.stderr}`);
  const result = JSON.parse(run.stdout) as { Call: { Witnesses?: { Value: string[] }[] }[] };
  const sets: number[] = [];
  for (const call of result.Call) for (const witness of call.Witnesses ?? []) sets.push(witness.Value.reduce((m, atom) => m | (1 << Number(/^in\((\d+)\)$/.exec(atom)![1])), 0));
  return [...new Set(sets)].sort((x, y) => x - y);
}

/** The extensions of every semantics: clingo's complete, stable and preferred ones, and grounded, semi-stable and ideal by definition. */
function oracle(framework: Generated): Record<string, number[]> {
  const { n } = framework;
  const sub = (x: number, y: number): boolean => (x & ~y) === 0;
  const attacked = (s: number): number => framework.attacks.reduce((m, [a, b]) => ((s >> a) & 1 ? m | (1 << b) : m), 0);
  const range = (s: number): number => s | attacked(s);
  const complete = clingoSets(framework, ["labelling.lp"]);
  const stable = clingoSets(framework, ["labelling.lp", "labelling-stable.lp"]);
  const preferred = clingoSets(framework, ["labelling.lp", "labelling-maximal.lp"], ["--heuristic=Domain", "--enum-mode=domRec"]);
  const grounded = complete.filter((s) => complete.every((t) => sub(s, t)));
  const maximalRange = complete.filter((s) => !complete.some((t) => range(t) !== range(s) && sub(range(s), range(t))));
  const meet = preferred.reduce((x, y) => x & y, (1 << n) - 1);
  const inside = complete.filter((s) => sub(s, meet));
  const ideal = inside.filter((s) => inside.every((t) => sub(t, s)));
  // The definitions, checked against clingo where both say something.
  expect(preferred).toEqual(complete.filter((s) => !complete.some((t) => t !== s && sub(s, t))));
  expect(stable).toEqual(complete.filter((s) => range(s) === (1 << n) - 1));
  return { CO: complete, GR: grounded, PR: preferred, ST: stable, SST: maximalRange, ID: ideal };
}

/** The extension of a `w …` line, as a mask. */
function parseWitness(line: string | undefined, name: (a: number) => string, n: number): number {
  expect(line).toMatch(/^w( \S+)*$/);
  const members = line!.split(" ").slice(1);
  let set = 0;
  for (const member of members) {
    const a = Array.from({ length: n }, (_, i) => i).find((i) => name(i) === member);
    expect(a, `unknown argument ${member} in ${line}`).toBeDefined();
    set |= 1 << a!;
  }
  expect(members).toHaveLength(new Set(members).size);
  return set;
}

describe.skipIf(!haveClingo && process.env.CI === undefined)("argmap iccma against clingo", () => {
  test("clingo is installed (Debian package gringo)", () => {
    expect(haveClingo).toBe(true);
  });

  test("every task --problems lists, on every generated framework, in i23, apx and tgf", async () => {
    const listed = (await runInProcess(["iccma", "--problems"])).out;
    expect(listed).toBe(`[${ICCMA_PROBLEMS.join(",")}]\n`);
    const problems = listed.trim().slice(1, -1).split(",");
    expect(problems).toHaveLength(24);
    let checked = 0;
    for (const [k, framework] of frameworks().entries()) {
      const expected = oracle(framework);
      const { file, name, fo } = write(framework, k);
      const base = ["iccma", "-f", file, ...(fo !== undefined ? ["--fo", fo] : [])];
      for (const problem of problems) {
        const [task, semantics] = problem.split("-") as [string, string];
        const extensions = expected[semantics]!;
        const context = `${problem} on ${framework.name} (${file})`;
        if (task === "SE" || task === "CE") {
          const { code, out } = await runInProcess([...base, "-p", problem]);
          expect(code, context).toBe(0);
          if (task === "CE") expect(out, context).toBe(`${extensions.length}\n`);
          else if (extensions.length === 0) expect(out, context).toBe("NO\n");
          else expect(extensions, context).toContain(parseWitness(out.trimEnd(), name, framework.n));
          checked++;
          continue;
        }
        for (let a = 0; a < framework.n; a++) {
          const { code, out } = await runInProcess([...base, "-p", problem, "-a", name(a)]);
          expect(code, context).toBe(0);
          const lines = out.trimEnd().split("\n");
          const bit = 1 << a;
          const query = `${context}, argument ${name(a)}`;
          if (task === "DC") {
            const yes = extensions.some((s) => (s & bit) !== 0);
            expect(lines[0], query).toBe(yes ? "YES" : "NO");
            expect(lines, query).toHaveLength(yes ? 2 : 1);
            if (yes) {
              const witness = parseWitness(lines[1], name, framework.n);
              expect(extensions, query).toContain(witness);
              expect(witness & bit, query).toBe(bit);
            }
          } else {
            const yes = extensions.every((s) => (s & bit) !== 0);
            expect(lines[0], query).toBe(yes ? "YES" : "NO");
            expect(lines, query).toHaveLength(yes ? 1 : 2);
            if (!yes) {
              const witness = parseWitness(lines[1], name, framework.n);
              expect(extensions, query).toContain(witness);
              expect(witness & bit, query).toBe(0);
            }
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });

  test("the built command, as a competition runs it: one fresh process per task", () => {
    const framework: Generated = { name: "spawned", n: 5, attacks: [[0, 1], [1, 0], [1, 2], [2, 3], [3, 4], [4, 3]] };
    const expected = oracle(framework);
    const file = join(dir, "spawned.af");
    writeFileSync(file, `p af 5\n${framework.attacks.map(([a, b]) => `${a + 1} ${b + 1}\n`).join("")}`);
    const se = argmapCli(["iccma", "-p", "SE-PR", "-f", file]);
    expect(se.code).toBe(0);
    expect(se.stderr).toBe("");
    expect(expected.PR).toContain(parseWitness(se.stdout.trimEnd(), (a) => String(a + 1), 5));
    expect(argmapCli(["iccma", "-p", "CE-ST", "-f", file]).stdout).toBe(`${expected.ST!.length}\n`);
    const ds = argmapCli(["iccma", "-p", "DS-PR", "-f", file, "-a", "3"]);
    expect(ds.stdout.split("\n")[0]).toBe(expected.PR!.every((s) => (s & 4) !== 0) ? "YES" : "NO");
  });
});

describe("argmap iccma: usage", () => {
  const file = join(dir, "usage.i23");
  writeFileSync(file, "p af 3\n1 2\n2 3\n");

  test("reads standard input, finds the format by content, and prints a certificate", async () => {
    expect(await runInProcess(["iccma", "-p", "DC-GR", "-f", "-", "-a", "3"], "p af 3\n1 2\n2 3\n")).toMatchObject({ code: 0, out: "YES\nw 1 3\n" });
    expect(await runInProcess(["iccma", "-p", "SE-ST", "-f", "-"], "p af 1\n1 1\n")).toMatchObject({ code: 0, out: "NO\n" });
    expect(await runInProcess(["iccma", "-p", "DS-ST", "-f", "-", "-a", "1"], "p af 1\n1 1\n")).toMatchObject({ code: 0, out: "YES\n" });
    expect(await runInProcess(["iccma", "-p", "SE-CO", "-f", "-"], "a\nb\n#\nb a\n")).toMatchObject({ code: 0, out: "w b\n" });
  });

  test.each([
    [["iccma"], 2, "usage: argmap iccma -p TASK -f FILE"],
    [["iccma", "-p", "SE-PR"], 2, "usage: argmap iccma -p TASK -f FILE"],
    [["iccma", "-p", "EE-PR", "-f", file], 2, "--problem must be one of"],
    [["iccma", "-p", "DC-PR", "-f", file], 2, "DC-PR needs the query argument"],
    [["iccma", "-p", "SE-PR", "-f", file, "-a", "1"], 2, "SE-PR takes no query argument"],
    [["iccma", "-p", "DS-PR", "-f", file, "-a", "4"], 2, "no such argument (its arguments are 1..3)"],
    [["iccma", "-p", "SE-PR", "-f", file, "--fo", "dot"], 2, "--fo must be one of i23, apx, tgf"],
    [["iccma", "-p", "SE-PR", "-f", file, "--from", "argdown"], 2, "name the format with --fo"],
    [["iccma", "--problems", "-p", "SE-PR"], 2, "--problems takes no other option"],
    [["iccma", "-p", "SE-PR", "-f", file, "--fo", "apx"], 1, "iccma-syntax"],
    [["iccma", "-p", "SE-PR", "-f", join(dir, "missing.i23")], 2, "missing.i23"],
  ])("%j exits %i: %s", async (argv, code, message) => {
    const result = await runInProcess(argv as string[]);
    expect(result.code).toBe(code);
    expect(result.err).toContain(message);
    expect(result.out).toBe("");
  });

  test("--timeout stops a long count and says so", async () => {
    // 40 independent two-way conflicts: 3^40 complete extensions.
    const lines = ["p af 80"];
    for (let k = 1; k <= 80; k += 2) lines.push(`${k} ${k + 1}`, `${k + 1} ${k}`);
    const result = await runInProcess(["iccma", "-p", "CE-CO", "-f", "-", "--timeout", "0.2"], `${lines.join("\n")}\n`);
    expect(result.code).toBe(1);
    expect(result.err).toContain("stopped by --timeout 0.2 (seconds)");
    expect(result.err).toContain("<stdin>");
  });
});

/**
 * Where outputs go (src/cli/output.ts): regular files are replaced
 * atomically, FIFOs and devices are written into and never replaced,
 * /dev/stdout and /dev/fd/N reach the stream behind them, and every output
 * that cannot be written is refused with one line and exit 2, before the
 * command reads or prints anything. Every registered command is checked.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { UsageError } from "../../src/cli/command.js";
import { commands } from "../../src/cli/commands/index.js";
import { checkOutput, writeOutput } from "../../src/cli/io.js";
import { planOutput, writePlanned } from "../../src/cli/output.js";
import { ukraineJapan } from "../../src/datasets/index.js";
import { extractMap } from "../../src/index.js";
import { sampleArgs, WARNING_MAP } from "./command-samples.js";
import { argmapCli, CLI, ROOT, UKRAINE_JSON } from "./spawn.js";
import { tempFiles } from "./temp-files.js";

/** Every command but `iccma`, which keeps ICCMA's solver interface (its answer on standard output, no -o). */
const withOutput = commands.map((c) => c.name).filter((name) => name !== "iccma");

const { dir, save } = tempFiles("argmap-cli-outputs-");
const ROOT_USER = typeof process.getuid === "function" && process.getuid() === 0;
/** An Argdown file whose reader warns: a command that printed before checking its output would show it. */
const WARNS = WARNING_MAP;

/** The arguments that make `command` read `file` (as many times as it needs inputs) and succeed. */
const inputsOf = (name: string, file: string): string[] => sampleArgs(name, file);

/** Checks that a run was refused with exit 2 and `message` alone: one line on standard error, or the JSON report. */
function expectRefusal(run: { code: number | null; stdout: string; stderr: string }, name: string, message: string, code = "unwritable-output"): void {
  expect(run.code).toBe(2);
  if (run.stdout === "") expect(run.stderr).toBe(`argmap ${name}: ${message}\n`);
  else {
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ ok: false, issues: [{ code, severity: "error", path: [], message }] });
  }
}

/** What identifies a file: type, device, inode and device number. */
function identity(path: string): { type: string; dev: number; ino: number; rdev: number } {
  const info = lstatSync(path);
  const type = info.isCharacterDevice() ? "char" : info.isFIFO() ? "fifo" : info.isFile() ? "file" : info.isDirectory() ? "dir" : "other";
  return { type, dev: info.dev, ino: info.ino, rdev: info.rdev };
}

/** Runs the built command, with more pipes as descriptors 3, 4 … when asked; resolves when it exits. */
function runAsync(args: readonly string[], extraPipes = 0): Promise<{ code: number | null; stdout: string; stderr: string; extra: string[] }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe", ...Array.from({ length: extraPipes }, () => "pipe" as const)] });
    const chunks = child.stdio.map(() => [] as Buffer[]);
    child.stdio.forEach((stream, i) => {
      if (i > 0 && stream !== null) (stream as NodeJS.ReadableStream).on("data", (chunk: Buffer) => chunks[i]!.push(chunk));
    });
    child.on("error", fail);
    child.on("close", (code) => {
      const text = chunks.map((list) => Buffer.concat(list).toString("utf8"));
      done({ code, stdout: text[1]!, stderr: text[2]!, extra: text.slice(3) });
    });
  });
}

describe("a path below a file (-o map.json/x.svg) is one line and exit 2, in every command", () => {
  const file = save("plain.json", ukraineJapan().toJSON());
  test.each(withOutput)("%s", (name) => {
    const target = join(file, "x.svg");
    expectRefusal(argmapCli([name, ...inputsOf(name, UKRAINE_JSON), "-o", target]), name, `cannot write ${target}: ${file} is not a directory`);
  });
});

describe("nothing is printed before a refusal: the output is checked before anything is read", () => {
  test.each(withOutput)("%s -o DIRECTORY says only that it is a directory", (name) => {
    expectRefusal(argmapCli([name, ...inputsOf(name, WARNS), "-o", dir]), name, `cannot write ${dir}: is a directory`);
  });

  test("convert prints no loss warnings before 'is a directory'", () => {
    const target = join(dir, "occupied.aif.json");
    mkdirSync(target);
    const { code, stderr } = argmapCli(["convert", UKRAINE_JSON, target]);
    expect(code).toBe(2);
    expect(stderr).toBe(`argmap convert: cannot write ${target}: is a directory\n`);
    expect(readdirSync(target)).toEqual([]);
  });

  test("merge refuses to overwrite its input before it prints any conflict", () => {
    const map = ukraineJapan();
    const doc = map.toJSON();
    doc.claims[1]!.text = "Changed.";
    const whole = save("merge-whole.json", map.toJSON());
    const edited = save("merge-edited.json", doc);
    const before = readFileSync(whole);
    const { code, stdout, stderr } = argmapCli(["merge", whole, edited, "--on-conflict", "right", "-o", whole]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toBe(`argmap merge: ${whole} is the input ${whole}; refusing to overwrite the input (write to another file)\n`);
    expect(readFileSync(whole)).toEqual(before);
  });

  test("merge prints its conflict warnings once the output is known to be writable, and then writes it", () => {
    const map = ukraineJapan();
    const doc = map.toJSON();
    doc.claims[1]!.text = "Changed.";
    const target = join(dir, "merged.json");
    const { code, stderr } = argmapCli(["merge", save("m-a.json", map.toJSON()), save("m-b.json", doc), "--on-conflict", "right", "-o", target]);
    expect(code).toBe(0);
    const lines = stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(/: warning merge-conflict /);
    expect(lines.at(-1)).toBe(`${target}: argmap JSON of 16 claims, 14 relations and 1 source from 2 maps (1 conflict)`);
  });

  test("with --format json the refusal is JSON on standard output, with its code", () => {
    const { code, stdout, stderr } = argmapCli(["stats", "-f", "json", UKRAINE_JSON, "-o", dir]);
    expect({ code, stderr }).toEqual({ code: 2, stderr: "" });
    expect(JSON.parse(stdout)).toEqual({ ok: false, issues: [{ code: "unwritable-output", severity: "error", path: [], message: `cannot write ${dir}: is a directory` }] });
  });

  test("an empty name, a name ending in a slash and a dangling symbolic link are refused before reading", () => {
    expect(argmapCli(["convert", WARNS, ""])).toEqual({ code: 2, stdout: "", stderr: "argmap convert: the output needs a file name (or - for standard output)\n" });
    const slash = join(dir, "not-there/");
    expect(argmapCli(["convert", WARNS, slash, "-f", "json"])).toEqual({ code: 2, stdout: "", stderr: `argmap convert: cannot write ${slash}: no such directory\n` });
    const dangling = join(dir, "dangling.json");
    symlinkSync(join(dir, "nowhere.json"), dangling);
    expect(argmapCli(["convert", WARNS, dangling])).toEqual({ code: 2, stdout: "", stderr: `argmap convert: cannot write ${dangling}: is a symbolic link to a missing file\n` });
    expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
  });

  test("a missing folder and a read-only one are refused before reading", () => {
    const missing = join(dir, "no", "such", "x.json");
    expect(argmapCli(["convert", WARNS, missing])).toEqual({ code: 2, stdout: "", stderr: `argmap convert: cannot write ${missing}: no such directory\n` });
    if (!ROOT_USER) {
      const locked = join(dir, "locked");
      mkdirSync(locked, { mode: 0o500 });
      expect(argmapCli(["convert", WARNS, join(locked, "x.json")])).toEqual({ code: 2, stdout: "", stderr: `argmap convert: cannot write ${join(locked, "x.json")}: permission denied\n` });
    }
  });
});

describe("standard input is read once", () => {
  test.each([
    ["merge", ["merge", "-", "-"]],
    ["diff", ["diff", "-", "-"]],
    ["validate", ["validate", "-", UKRAINE_JSON, "-"]],
  ])("%s refuses - given twice", (_, args) => {
    const { code, stdout, stderr } = argmapCli(args, readFileSync(UKRAINE_JSON, "utf8"));
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toMatch(/^argmap \w+: standard input \(-\) can be read only once; give - for one input only\n$/);
  });

  test("convert - - reads standard input and writes standard output", () => {
    const { code, stdout } = argmapCli(["convert", "-", "-", "--to", "json"], readFileSync(UKRAINE_JSON, "utf8"));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).claims).toHaveLength(16);
  });
});

describe("/dev/stdout and /dev/fd/N reach the stream behind them", () => {
  test.each(["/dev/stdout", "/dev/fd/1"])("render -o %s into a pipe", (target) => {
    const { code, stdout, stderr } = argmapCli(["render", UKRAINE_JSON, "-f", "svg", "-o", target]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout.startsWith("<svg ")).toBe(true);
  });

  test("convert -o /dev/stdout into a pipe, as JSON", () => {
    const { code, stdout } = argmapCli(["convert", UKRAINE_JSON, "/dev/stdout", "--to", "json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).claims).toHaveLength(16);
  });

  test("another descriptor the command was given: /dev/fd/3 (a socket here)", async () => {
    const { code, stderr, extra } = await runAsync(["convert", UKRAINE_JSON, "/dev/fd/3", "--to", "json", "-q"], 1);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(JSON.parse(extra[0]!).claims).toHaveLength(16);
  });

  test.skipIf(spawnSync("bash", ["-c", "true"]).status !== 0)("a process substitution, >(…): a pipe", () => {
    const result = spawnSync("bash", ["-c", '"$0" "$1" convert "$2" >(cat) --to json -q', process.execPath, CLI, UKRAINE_JSON], { cwd: ROOT, encoding: "utf8" });
    expect({ code: result.status, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
    expect(JSON.parse(result.stdout).claims).toHaveLength(16);
  });

  test("a full disk behind standard output is one line and exit 2", () => {
    if (!existsSync("/dev/full")) return;
    const full = openSync("/dev/full", "w");
    try {
      const result = spawnSync(process.execPath, [CLI, "convert", UKRAINE_JSON, "-", "--to", "json"], { cwd: ROOT, stdio: ["ignore", full, "pipe"], encoding: "utf8" });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe("argmap: cannot write standard output: no space left on device\n");
    } finally {
      closeSync(full);
    }
  });
});

describe("a FIFO or a character device is written into, never replaced", () => {
  test("a FIFO's reader gets the whole output, and the FIFO stays", async () => {
    const fifo = join(dir, "out.fifo");
    spawnSync("mkfifo", [fifo]);
    const before = identity(fifo);
    expect(before.type).toBe("fifo");
    const reader = spawn("cat", [fifo], { stdio: ["ignore", "pipe", "ignore"] });
    const read: Buffer[] = [];
    reader.stdout.on("data", (chunk: Buffer) => read.push(chunk));
    const closed = new Promise((done) => reader.on("close", done));
    const { code, stderr } = await runAsync(["convert", UKRAINE_JSON, fifo, "--to", "dot"]);
    await closed;
    expect(code).toBe(0);
    // The loss warnings, then the success line.
    expect(stderr.trimEnd().split("\n").at(-1)).toBe(`${fifo}: a DOT graph of 16 claims and 14 relations`);
    expect(Buffer.concat(read).toString("utf8")).toMatch(/^digraph /);
    expect(identity(fifo)).toEqual(before);
  });

  test("a PNG image goes into a FIFO byte for byte, as into a file", async () => {
    const fifo = join(dir, "png.fifo");
    spawnSync("mkfifo", [fifo]);
    const before = identity(fifo);
    const reader = spawn("cat", [fifo], { stdio: ["ignore", "pipe", "ignore"] });
    const read: Buffer[] = [];
    reader.stdout.on("data", (chunk: Buffer) => read.push(chunk));
    const closed = new Promise((done) => reader.on("close", done));
    const { code, stderr } = await runAsync(["render", UKRAINE_JSON, "-o", fifo, "-f", "png", "--scale", "1"]);
    await closed;
    expect(code, stderr).toBe(0);
    expect(stderr).toBe(`${fifo}: png drawing of 16 claims and 14 relations\n`);
    const file = join(dir, "same.png");
    expect(argmapCli(["render", UKRAINE_JSON, "-o", file, "--scale", "1", "-q"]).code).toBe(0);
    expect(Buffer.concat(read).equals(readFileSync(file))).toBe(true);
    expect(identity(fifo)).toEqual(before);
  });

  /** A character device to write to: a null device made in the temporary folder (as root), else /dev/null itself. */
  function nullDevice(name: string, minor: number): string {
    if (!ROOT_USER) return minor === 3 ? "/dev/null" : "/dev/full";
    const path = join(dir, name);
    const made = spawnSync("mknod", [path, "c", "1", String(minor)]);
    if (made.status !== 0) throw new Error(`mknod failed: ${made.stderr}`);
    return path;
  }

  test.each(withOutput)("%s -o a null device leaves it a character device", (name) => {
    const device = nullDevice(`null-${name}`, 3);
    const before = identity(device);
    expect(before.type).toBe("char");
    const { code } = argmapCli([name, ...inputsOf(name, UKRAINE_JSON), "-o", device, "-q"]);
    expect(code).toBe(0);
    expect(identity(device)).toEqual(before);
    expect(readdirSync(dir).filter((entry) => entry.endsWith(".tmp"))).toEqual([]);
  });

  test("convert map.json DEVICE --to dot (the red team's case)", () => {
    const device = nullDevice("null-red-team", 3);
    const before = identity(device);
    expect(argmapCli(["convert", UKRAINE_JSON, device, "--to", "dot"]).code).toBe(0);
    expect(identity(device)).toEqual(before);
  });

  test("a device that cannot take the output (a full one) is one line and exit 2, and stays", () => {
    const device = nullDevice("full", 7);
    const before = identity(device);
    const { code, stdout, stderr } = argmapCli(["convert", UKRAINE_JSON, device, "--to", "json"]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toBe(`argmap convert: cannot write ${device}: no space left on device\n`);
    expect(identity(device)).toEqual(before);
  });
});

describe("checkOutput and writeOutput, for a command that writes a second file itself", () => {
  test("the same checks and the same writes as -o", async () => {
    const input = save("second-in.json", { a: 1 });
    await expect(checkOutput(input, [input])).rejects.toThrow(/refusing to overwrite the input/);
    await expect(checkOutput(dir, [])).rejects.toThrow(`cannot write ${dir}: is a directory`);
    const target = join(dir, "second.txt");
    let committed = false;
    await writeOutput(target, "text", () => {
      committed = true;
    });
    expect([committed, readFileSync(target, "utf8")]).toEqual([true, "text"]);
    const fifo = join(dir, "second.fifo");
    spawnSync("mkfifo", [fifo]);
    const reader = spawn("cat", [fifo], { stdio: ["ignore", "pipe", "ignore"] });
    const read: Buffer[] = [];
    reader.stdout.on("data", (chunk: Buffer) => read.push(chunk));
    const closed = new Promise((done) => reader.on("close", done));
    // Opening the FIFO waits for cat (another process) to open it for reading, as `> fifo` does.
    await writeOutput(fifo, "through");
    await closed;
    expect(Buffer.concat(read).toString("utf8")).toBe("through");
    expect(identity(fifo).type).toBe("fifo");
  });
});

describe("regular files", () => {
  test("a file that became something else between the check and the write is left alone (never renamed over)", () => {
    const target = join(dir, "swapped.json");
    writeFileSync(target, "old");
    const plan = planOutput(target, []);
    expect(plan.kind).toBe("file");
    rmSync(target);
    spawnSync("mkfifo", [target]);
    expect(() => writePlanned(plan, "new", { out: () => {} })).toThrow(new UsageError(`cannot write ${target}: is no longer a regular file; left as it is`, "unwritable-output"));
    expect(identity(target).type).toBe("fifo");
    expect(readdirSync(dir).filter((name) => name.startsWith(".swapped.json."))).toEqual([]);
  });

  test("are replaced atomically: a new inode with the whole text, the input never touched", () => {
    const input = save("in.json", ukraineJapan().toJSON());
    const inputBefore = readFileSync(input);
    const target = join(dir, "replaced.json");
    writeFileSync(target, "old");
    const before = statSync(target).ino;
    expect(argmapCli(["extract", input, "-r", "thesis", "-o", target, "-q"]).code).toBe(0);
    expect(statSync(target).ino).not.toBe(before);
    expect(JSON.parse(readFileSync(target, "utf8"))).toEqual(extractMap(ukraineJapan(), "thesis").toJSON());
    expect(readFileSync(input)).toEqual(inputBefore);
  });

  test("extract and merge write the format -f or the output's name asks for", () => {
    const part = join(dir, "part.argdown");
    const { code, stderr } = argmapCli(["extract", UKRAINE_JSON, "-r", "thesis", "-d", "1", "-o", part]);
    expect(code).toBe(0);
    expect(stderr.trimEnd().split("\n").at(-1)).toMatch(new RegExp(`^${part}: Argdown of \\d+ of 16 claims and \\d+ of 14 relations$`));
    expect(readFileSync(part, "utf8")).toMatch(/^===\n/);
    const merged = argmapCli(["merge", UKRAINE_JSON, UKRAINE_JSON, "-f", "mermaid"]);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toMatch(/^---\ntitle: /);
  });
});

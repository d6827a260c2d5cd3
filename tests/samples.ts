/**
 * Running the code samples of the README and the guides against the source
 * tree, as a reader would run them against the package.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The repository's root folder. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Where each package import resolves in the source tree. */
export const ENTRY_POINTS = {
  argmap: "src/index.ts",
  "argmap/evaluate": "src/evaluate/index.ts",
  "argmap/formats": "src/formats/index.ts",
  "argmap/argdown": "src/formats/argdown/index.ts",
  "argmap/render": "src/render/index.ts",
  "argmap/datasets": "src/datasets/index.ts",
} as const;

/** A package import path. */
export type EntryPoint = keyof typeof ENTRY_POINTS;

/**
 * Writes `code` to `file` with its `argmap…` imports pointed at the source
 * tree, runs it with tsx (loaded from this repository, so the file's folder
 * needs no node_modules), and returns what it printed.
 */
export function runSample(code: string, file: string): string {
  const source = code.replace(/from "(argmap(?:\/[a-z]+)?)"/g, (whole, name: string) => {
    const target = (ENTRY_POINTS as Readonly<Record<string, string>>)[name];
    if (target === undefined) throw new Error(`the sample imports ${name}, which is no entry point of argmap`);
    return `from ${JSON.stringify(join(ROOT, target))}`;
  });
  writeFileSync(file, source);
  const tsx = pathToFileURL(createRequire(join(ROOT, "package.json")).resolve("tsx")).href;
  return execFileSync(process.execPath, ["--import", tsx, file], { cwd: dirname(file), encoding: "utf8" });
}

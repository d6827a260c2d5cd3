/** A temporary folder for a CLI test file, removed after its tests, and a way to write JSON inputs into it. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/** Makes the folder (named after `prefix`) and removes it once the file's tests are done. */
export function tempFiles(prefix: string): { readonly dir: string; readonly save: (name: string, value: unknown) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    save(name, value) {
      const file = join(dir, name);
      writeFileSync(file, JSON.stringify(value));
      return file;
    },
  };
}

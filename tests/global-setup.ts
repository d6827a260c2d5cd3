/**
 * Builds dist/ once before the test run, so that tests can spawn the built
 * `argmap` command and import the packed entry points. The run gets a
 * temporary directory of its own (TMPDIR for every test process and every
 * command they spawn, and Node's compile cache inside it), removed when the
 * run ends: tests never write into the user's own compile cache and leave no
 * temporary folders behind.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export default function setup(): () => void {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const temporary = mkdtempSync(join(tmpdir(), "argmap-test-run-"));
  const saved = { TMPDIR: process.env.TMPDIR, NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE };
  process.env.TMPDIR = temporary;
  process.env.NODE_COMPILE_CACHE = join(temporary, "node-compile-cache");
  const teardown = (): void => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    rmSync(temporary, { recursive: true, force: true });
  };
  if (process.env.ARGMAP_SKIP_BUILD === "1") return teardown;
  try {
    // As `npm run build`: the ESM and CommonJS builds run side by side, so
    // neither cleans dist/ itself.
    rmSync(join(root, "dist"), { recursive: true, force: true });
    execFileSync(process.execPath, [join(root, "node_modules", "tsup", "dist", "cli-default.js"), "--silent"], { cwd: root, stdio: "inherit" });
  } catch (error) {
    teardown();
    throw error;
  }
  return teardown;
}

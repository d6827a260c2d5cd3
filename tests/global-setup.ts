/**
 * Builds dist/ once before the test run, so that tests can spawn the built
 * `argmap` command and import the packed entry points.
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  if (process.env.ARGMAP_SKIP_BUILD === "1") return;
  // As `npm run build`: the ESM and CommonJS builds run side by side, so
  // neither cleans dist/ itself.
  rmSync(join(root, "dist"), { recursive: true, force: true });
  execFileSync(process.execPath, [join(root, "node_modules", "tsup", "dist", "cli-default.js"), "--silent"], { cwd: root, stdio: "inherit" });
}

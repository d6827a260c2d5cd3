import { randomBytes } from "node:crypto";
import { realpathSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { ArgumentMap } from "../../map/argument-map.js";
import { UsageError } from "../command.js";

/** The real path of a file, or its absolute path when it does not exist yet. */
function where(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return resolve(file);
  }
}

/**
 * Writes a map as argmap JSON to `target` (standard output for `-` or no
 * target). The file is written atomically (a temporary file next to it,
 * then a rename), and never over one of the command's own inputs.
 */
export async function writeMapOutput(map: ArgumentMap, target: string | undefined, inputs: readonly string[], out: (text: string) => void): Promise<void> {
  const text = `${JSON.stringify(map.toJSON(), null, 2)}\n`;
  if (target === undefined || target === "-") {
    out(text);
    return;
  }
  const path = where(target);
  if (inputs.some((input) => input !== "-" && where(input) === path)) {
    throw new UsageError(`will not write over the input ${target}; choose another --out`);
  }
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, text, "utf8");
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new UsageError(`cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

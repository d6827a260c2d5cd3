import type { ArgumentMap } from "../../map/argument-map.js";
import { checkOutput, writeOutput } from "../io.js";

/**
 * Writes a map as argmap JSON to `target` (standard output for `-` or no
 * target), through the command line's one output path: never over one of the
 * command's own inputs (`same-file`), and atomically (`writeOutput`).
 */
export async function writeMapOutput(map: ArgumentMap, target: string | undefined, inputs: readonly string[], out: (text: string) => void): Promise<void> {
  const text = `${JSON.stringify(map.toJSON(), null, 2)}\n`;
  if (target === undefined || target === "-") {
    out(text);
    return;
  }
  await checkOutput(target, inputs);
  await writeOutput(target, text);
}

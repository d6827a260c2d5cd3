/** `argmap extract FILE --root ID[,ID…] [--depth N] -o OUT`: the part of a map that bears on some claims. */
import { ArgmapError } from "../../errors.js";
import type { ArgumentMap } from "../../map/argument-map.js";
import { extractMap } from "../../ops/extract.js";
import { UsageError, type CommandContext } from "../command.js";
import { readMapFile } from "../io.js";
import { displayName } from "../issue-line.js";
import { emitMap } from "../map-writers.js";
import { integerOption } from "../option-values.js";
import { countOf } from "../../internal/count-of.js";
import { mapWriteFormat } from "./write-output.js";

/** The claim ids of `--root`: the whole value when it is a claim id, else its comma-separated parts. */
function rootsOf(map: ArgumentMap, value: string): string[] {
  return map.hasClaim(value) ? [value] : value.split(",").filter((id) => id !== "");
}

/** Runs `argmap extract` (its options are described in src/cli/commands/extract.ts). */
export async function run(context: CommandContext): Promise<number> {
  const { args, options } = context;
  const file = args[0]!;
  if (typeof options.root !== "string") throw new UsageError("give the claims to start from with --root ID[,ID…]");
  const depth = integerOption("depth", options.depth);
  const format = mapWriteFormat(context);
  const { map, name } = await readMapFile(context, file);
  const roots = rootsOf(map, options.root);
  let part: ArgumentMap;
  try {
    part = extractMap(map, roots, depth === undefined ? {} : { depth });
  } catch (error) {
    if (!(error instanceof ArgmapError)) throw error;
    throw new UsageError(`${error.issues.map((issue) => issue.message).join("; ")} (in ${displayName(file)})`, "invalid-option");
  }
  emitMap(context, part, format, name, `${part.claimCount} of ${countOf(map.claimCount, "claim")} and ${part.relationCount} of ${countOf(map.relationCount, "relation")}`);
  return 0;
}

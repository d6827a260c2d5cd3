import { ArgmapError } from "../../errors.js";
import type { ArgumentMap } from "../../map/argument-map.js";
import { extractMap } from "../../ops/extract.js";
import { UsageError, type Command } from "../command.js";
import { displayName, integerOption, readMapFile } from "../io.js";
import { writeMapOutput } from "./write-output.js";

/** The claim ids of `--root`: the whole value when it is a claim id, else its comma-separated parts. */
function rootsOf(map: ArgumentMap, value: string): string[] {
  return map.hasClaim(value) ? [value] : value.split(",").filter((id) => id !== "");
}

/** `argmap extract FILE --root ID[,ID…] [--depth N] -o OUT`: the part of a map that bears on some claims. */
export const extractCommand: Command = {
  name: "extract",
  summary: "take out the part of a map that bears on one or more claims",
  usage: "extract FILE --root ID[,ID…]",
  description:
    "Writes the sub-map of FILE that bears on the --root claims: each root, the relations into it and their\n" +
    "premises, recursively down to --depth levels (default: all the way), the undercuts of every relation kept,\n" +
    "and the sources the kept anchors quote. Nothing is half-included: every relation comes with all its premises.\n" +
    "The result goes to --out (written atomically, never over FILE) or standard output.",
  options: {
    root: { type: "string", short: "r", description: "the claim or claims to start from, separated by commas", valueName: "ID[,ID…]" },
    depth: { type: "string", short: "d", description: "how many levels of relations to follow (default: all)", valueName: "N" },
    out: { type: "string", short: "o", description: "write the sub-map to this file instead of standard output", valueName: "FILE" },
  },
  positionals: { min: 1, max: 1 },
  async run(context) {
    const { args, options, out } = context;
    const file = args[0]!;
    if (typeof options.root !== "string") throw new UsageError("give the claims to start from with --root ID[,ID…]");
    const depth = integerOption("depth", options.depth);
    const map = (await readMapFile(context, file)).map;
    const roots = rootsOf(map, options.root);
    let part: ArgumentMap;
    try {
      part = extractMap(map, roots, depth === undefined ? {} : { depth });
    } catch (error) {
      if (!(error instanceof ArgmapError)) throw error;
      throw new UsageError(`${error.issues.map((issue) => issue.message).join("; ")} (in ${displayName(file)})`);
    }
    const target = typeof options.out === "string" ? options.out : undefined;
    await writeMapOutput(part, target, [file], out);
    if (target !== undefined && target !== "-") {
      out(`${target}: ${part.claimCount} of ${map.claimCount} claims and ${part.relationCount} of ${map.relationCount} relations\n`);
    }
    return 0;
  },
};

/** `argmap convert IN OUT` (or `IN -o OUT`): converts between argmap JSON, Argdown, AIF, Kialo and the diagram formats. */
import { UsageError, type CommandContext } from "../command.js";
import { readInput } from "../io.js";
import { emitMap, writeFormatOf } from "../map-writers.js";
import { WRITE_FORMATS, type WriteFormat } from "../write-formats.js";

/** Runs `argmap convert` (its options are described in src/cli/commands/convert.ts). */
export async function run(context: CommandContext): Promise<number> {
  const { args, options, target } = context;
  if (target === undefined) throw new UsageError("give OUT second or with --out (- for standard output)");
  const to = formatOption(options.format, options.to) ?? writeFormatOf(target);
  if (to === undefined) throw new UsageError(`cannot tell the format of ${target === "-" ? "standard output" : target} from its name; give --format (${WRITE_FORMATS.join(", ")})`);
  // The reader's warnings are printed with the writer's, once OUT is written.
  const imported = await readInput({ ...context, warn: () => {} }, args[0]!, { from: options.from });
  if (imported.format !== "json") context.warnOnWrite(imported.name, imported.warnings);
  emitMap(context, imported.map, to, imported.name);
  return 0;
}

/** The format of `-f/--format`, or of `--to` (its older name); both must agree. */
export function formatOption(format: string | boolean | undefined, to: string | boolean | undefined): WriteFormat | undefined {
  const f = typeof format === "string" ? (format as WriteFormat) : undefined;
  const t = typeof to === "string" ? (to as WriteFormat) : undefined;
  if (f !== undefined && t !== undefined && f !== t) throw new UsageError(`--format ${f} and --to ${t} disagree; give one of them`, "invalid-option");
  return f ?? t;
}

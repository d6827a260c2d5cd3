import type { CommandContext } from "../command.js";
import { writeFormatOf } from "../map-writers.js";
import type { WriteFormat } from "../write-formats.js";

/**
 * The format a command that writes a map (`extract`, `merge`) writes it in:
 * `-f/--format`, else the one `-o`'s name asks for (`part.argdown`), else
 * argmap JSON.
 */
export function mapWriteFormat(context: CommandContext): WriteFormat {
  const format = context.options.format;
  if (typeof format === "string") return format as WriteFormat;
  return (context.target !== undefined && context.target !== "-" ? writeFormatOf(context.target) : undefined) ?? "json";
}

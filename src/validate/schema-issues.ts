import type * as z from "zod/v4";
import { quoteId } from "../internal/quote-ids.js";
import { NON_SPACE } from "../schema/document.js";
import { issue, type ArgmapIssue, type PathSegment, type SchemaIssueCode } from "../errors.js";

/**
 * Maps zod's issues onto argmap's issue shape, with kebab-case codes and
 * paths prefixed by `prefix`.
 *
 * @internal
 */
export function fromZodIssues(error: z.ZodError, prefix: readonly PathSegment[] = []): ArgmapIssue[] {
  const out: ArgmapIssue[] = [];
  for (const zi of error.issues) {
    const path = [...prefix, ...zi.path.map(toSegment)];
    if (zi.code === "unrecognized_keys") {
      for (const key of zi.keys) out.push(issue("unknown-key", [...path, key], `unknown property ${quoteId(key)}; the argmap format does not allow it (keep custom data in "meta")`));
      continue;
    }
    if (zi.code === "custom" && zi.params?.["argmap"] === "invalid-language") {
      out.push(issue("invalid-language", path, zi.message));
      continue;
    }
    if (zi.code === "invalid_format" && zi.format === "regex" && zi.pattern === String(NON_SPACE)) {
      out.push(issue("empty-text", path, zi.message));
      continue;
    }
    out.push(issue(codeOf(zi.code), path, zi.message));
  }
  return out;
}

function toSegment(key: PropertyKey): PathSegment {
  return typeof key === "number" ? key : String(key);
}

function codeOf(code: string): SchemaIssueCode {
  switch (code) {
    case "invalid_type":
      return "invalid-type";
    case "too_small":
      return "too-small";
    case "too_big":
      return "too-big";
    case "invalid_format":
      return "invalid-format";
    default:
      return "invalid-value";
  }
}

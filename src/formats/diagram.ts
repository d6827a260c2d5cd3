/**
 * Shared layout decisions of the diagram exports (Mermaid, DOT): which
 * relations are drawn as a junction node and which as a plain edge, and how
 * text is cleaned of characters a diagram file cannot hold.
 * @internal
 * @module
 */
import type { PathSegment } from "../errors.js";
import type { ArgumentMap } from "../map/argument-map.js";
import type { Warnings } from "./conversion.js";

/**
 * Relations drawn as a small junction node: those with linked premises (the
 * premises meet at the junction) and those another relation targets (an
 * undercut or a support of a relation ends on the junction).
 *
 * @internal
 */
export function junctionRelations(map: ArgumentMap): Set<string> {
  const out = new Set<string>();
  for (const relation of map.relations()) {
    if (relation.from.length > 1) out.add(relation.id);
    if (map.hasRelation(relation.to)) out.add(relation.to);
  }
  return out;
}

// C0 controls other than tab and line feed, DEL, lone surrogates, U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces characters that XML 1.0 and diagram tools cannot hold (control
 * characters, lone surrogates) with U+FFFD and records a `text-changed`
 * warning when it does.
 *
 * @internal
 */
export function cleanText(text: string, path: readonly PathSegment[], warnings: Warnings): string {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(text)) return text;
  warnings.add("text-changed", path, "control characters or lone surrogates were replaced by U+FFFD", "texts");
  return text.replace(UNSAFE, "\uFFFD");
}

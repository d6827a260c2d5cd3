/**
 * @internal Small helpers shared by the renderers: sentences, line
 * wrapping and option defaults. Wording itself lives in the language tables
 * (`languages/`), and claim text is prepared by `embed.ts`.
 * @module
 */

/** A sentence: first letter upper-cased, ending in a full stop unless it already ends in one, `?` or `!`. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return trimmed;
  const first = trimmed.codePointAt(0)!;
  const head = String.fromCodePoint(first);
  const body = head.toUpperCase() + trimmed.slice(head.length);
  return /[.!?…]["'”’)]*$/.test(body) ? body : `${body}.`;
}

/**
 * Wraps text to `width` columns; the first line starts with `first`, the
 * others with `rest`. Words longer than a line stay whole. A width of 0
 * or less leaves the text on one line.
 */
export function wrap(text: string, width: number, first = "", rest = first): string {
  if (width <= 0) return first + text;
  // Lines are slices of the text between word boundaries; runs of other
  // whitespace than one space are folded only where they occur. Words are
  // found by their characters' codes (what `\S+` would match), without a
  // match object per word.
  const lines: string[] = [];
  let prefix = first;
  let start = -1;
  let end = -1;
  let length = 0;
  let plain = true;
  const flush = (): void => {
    const line = text.slice(start, end);
    lines.push(prefix + (plain ? line : line.replace(/\s+/g, " ")));
  };
  const n = text.length;
  let i = 0;
  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const index = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    const size = i - index;
    if (start >= 0 && length + 1 + size <= width) {
      if (index !== end + 1 || text.charCodeAt(end) !== 32) plain = false;
      end = index + size;
      length += 1 + size;
      continue;
    }
    if (start >= 0) {
      flush();
      prefix = rest;
    }
    start = index;
    end = start + size;
    length = prefix.length + size;
    plain = true;
  }
  if (start < 0) return first;
  flush();
  return lines.join("\n");
}

/** @internal Whether a UTF-16 code unit is what a regular expression's `\s` matches. */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** The defaults with every option that is not `undefined` laid over them; a new object. */
export function withDefaults<D extends object, O extends object>(defaults: D, options: O): D & { [K in keyof O]-?: Exclude<O[K], undefined> } {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(options)) if (value !== undefined) out[key] = value;
  return out as D & { [K in keyof O]-?: Exclude<O[K], undefined> };
}

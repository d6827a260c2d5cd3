/**
 * Quotes ids for an issue message, naming at most ten: `"a", "b" and 3 more`.
 *
 * @internal
 */
export function quoteIds(ids: readonly string[]): string {
  const shown = ids.slice(0, 10).map((id) => `"${id}"`).join(", ");
  return ids.length > 10 ? `${shown} and ${ids.length - 10} more` : shown;
}

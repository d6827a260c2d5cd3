/**
 * @internal A count and its noun, singular for exactly one: `1 claim`,
 * `0 claims`, `2,000 claims` (with `shown` as the number's text). Every
 * message and drawing that counts things says it this way.
 */
export function countOf(count: number, noun: string, shown: string = String(count)): string {
  return `${shown} ${count === 1 ? noun : `${noun}s`}`;
}

/**
 * @internal Which language a map's claims are written in, by a vote of
 * stop words: every word of the claims that is one of a language's most
 * frequent function words ("the", "and", "is" or "der", "und", "ist"), and
 * not a word of the other language ("in", "was", "also", "an"), is a
 * vote for that language. Function words make up a third to a half of any
 * running text, so a few sentences are enough, and the vote needs no data
 * beyond the lists below. A language wins with at least {@link MIN_VOTES}
 * votes and twice the votes of the runner-up; otherwise there is no answer
 * and the caller falls back (to English).
 * @module
 */

/** The most frequent function words of each language, none shared between them. */
const STOP_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: (
    "the a and or but of to on at for with by from is are were be been being has have had do does did not no " +
    "this that these those it its they them their there we our you your he she his her which who whom what when where why how " +
    "would should could can shall may might must than then because if while although only more most very such " +
    "into about over after before between through against without any all each every some many much other"
  ).split(" "),
  de: (
    "der die das den dem des ein eine einer eines einem einen und oder aber nicht kein keine ist sind waren wird werden " +
    "wurde wurden hat haben hatte sein ihr ihre ich du er sie es wir man sich auch noch schon nur sehr mit von zu zum zur " +
    "bei nach aus für auf über unter durch gegen ohne um im ins vom dass weil wenn ob als wie doch denn jedoch dieser diese " +
    "dieses mehr viele muss müssen soll sollte sollten kann können würde würden wäre"
  ).split(" "),
};

/** Fewest votes a language needs to be chosen. */
export const MIN_VOTES = 3;

const LISTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(STOP_WORDS).map(([code, words]) => [code, new Set(words)]));

/** The votes per language (primary subtag), from the words of some texts. */
export function languageVotes(texts: Iterable<string>, most = 4000): Map<string, number> {
  const votes = new Map<string, number>();
  for (const code of LISTS.keys()) votes.set(code, 0);
  let seen = 0;
  const words = /[\p{L}]+/gu;
  outer: for (const text of texts) {
    words.lastIndex = 0;
    for (let match = words.exec(text); match !== null; match = words.exec(text)) {
      const word = match[0].toLowerCase();
      for (const [code, list] of LISTS) if (list.has(word)) votes.set(code, votes.get(code)! + 1);
      // A few thousand words decide any map: a huge one costs no more than that.
      if (++seen >= most) break outer;
    }
  }
  return votes;
}

/**
 * The language the texts are written in (`"en"`, `"de"`), or `undefined`
 * when the vote is too thin or too close to tell.
 *
 * @param texts - Claim texts, in map order.
 */
export function detectLanguage(texts: Iterable<string>): string | undefined {
  const ranked = [...languageVotes(texts)].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first === undefined || first[1] < MIN_VOTES) return undefined;
  if (second !== undefined && first[1] < 2 * second[1]) return undefined;
  return first[0];
}

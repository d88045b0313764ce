import { wordsOf } from '../internal/text.js';
import type { TwinTown } from './types.js';

/**
 * Words a clerk writes before or after a town's name that do not change which town it is
 * (interpretation note 4): "Madison, Wisconsin", "Madison WI 53703", "48104 Põltsamaa", "Esashi,
 * Sōya", "Nykarleby stad". Folded as {@link wordsOf} folds them, with punctuation as spaces.
 *
 * Words for "town" and "municipality" in the twin towns' languages, and postal codes, count for
 * every town; a town's regions and other qualifiers are data of the town ({@link TwinTown.regions},
 * {@link TwinTown.qualifiers}), never of its country's code: a place of the same name elsewhere in
 * the country may be another town ({@link TwinTown.namesakes}).
 */

/** Words for "town", "municipality" and the like, in the languages of the twin towns. */
const GENERIC =
  'kommun|kommune|stad|staden|vald|vallavalitsus|linn|city|town|municipality|kaupunki|kunta|machi|cho|shi|mura|son|the city'.split(
    '|',
  );

/** A postal code, or a part of one: "48104", "66900", "53703", "098" and "5800" of "098-5800". */
const POSTAL_CODE = /^[0-9]{3,7}$/;

/** A town's qualifier phrases (folded words, one space between) and the longest, in words. */
export interface Qualifiers {
  readonly phrases: ReadonlySet<string>;
  readonly longest: number;
}

const cache = new WeakMap<TwinTown, Qualifiers>();

/** The phrases that may stand beside a town's name: generic words, its regions and qualifiers. */
export function qualifiersOf(town: TwinTown): Qualifiers {
  let found = cache.get(town);
  // Stryker disable next-line ConditionalExpression: equivalent — a cache; building the set again gives the same set.
  if (!found) {
    const phrases = new Set(GENERIC);
    let longest = 2;
    for (const phrase of [...(town.regions ?? []), ...(town.qualifiers ?? [])]) {
      const words = wordsOf(phrase);
      phrases.add(words.join(' '));
      longest = Math.max(longest, words.length);
    }
    found = { phrases, longest };
    cache.set(town, found);
  }
  return found;
}

/**
 * Whether `words[from..to)` (folded) is a sequence of qualifier phrases and postal codes of the
 * town, e.g. `['hokkaido']` or `['wi', '53703']`. No words is a sequence too. Linear in the words
 * read: it stops as soon as no phrase could reach past the last reachable word.
 */
export function isQualifier(
  words: readonly string[],
  qualifiers: Qualifiers,
  from = 0,
  to: number = words.length,
): boolean {
  const { phrases, longest } = qualifiers;
  // reachable[i]: the first i words of the range split into phrases.
  const reachable: boolean[] = [true];
  let unreached = 0;
  for (let end = 1; end <= to - from; end++) {
    reachable[end] =
      POSTAL_CODE.test(words[from + end - 1] as string) && reachable[end - 1] === true;
    // Stryker disable next-line MethodExpression,EqualityOperator: equivalent — a start before 0 reads reachable[] as undefined and is skipped, no phrase is longer than the longest, and start = end gives the empty phrase, never in the set.
    for (let start = Math.max(0, end - longest); start < end && !reachable[end]; start++) {
      if (reachable[start] && phrases.has(words.slice(from + start, from + end).join(' ')))
        reachable[end] = true;
    }
    unreached = reachable[end] ? 0 : unreached + 1;
    // No phrase is longer than the longest, and a postal code follows only a reachable word: once
    // that many words in a row are unreached, no later word is reachable, so none is read.
    if (unreached >= longest) return false;
  }
  return reachable[to - from] === true;
}

import { foldName } from '../internal/text.js';
import { isQualifier } from './qualifiers.js';
import type { PolicyVersion, TwinTown } from './types.js';

/**
 * A place as an activity names it (a destination or a partner): a twin town by its id, or a place
 * or an organisation with its country.
 */
export type NamedPlace =
  | { readonly twinTown: string }
  | { readonly place: string; readonly country: string }
  | { readonly name: string; readonly place?: string; readonly country: string };

/** A policy version's twin towns, indexed for matching the places activities name. */
export interface TwinTownIndex {
  /** Every folded name (aliases and id) of a twin town. */
  readonly byName: ReadonlyMap<string, TwinTown>;
  /** Each twin town with its spellings as lists of words, in the order of the policy. */
  readonly spellings: readonly { readonly town: TwinTown; readonly aliases: readonly Words[] }[];
  /** Places already matched, by country and name: a register names the same places again and again. */
  readonly matched: Map<string, PlaceMatch | null>;
}

/** How many matched places an index keeps; past it, places are matched afresh each time. */
const KEPT = 10_000;

type Words = readonly string[];

/**
 * How a written place relates to a twin town: it `is` the town (a spelling, or a spelling followed
 * by a qualifier such as a state, a region or a word for "town"), or it `may be` the town (it
 * holds a spelling among other words, or is within a small edit distance of one) and only a person
 * can say (interpretation note 4).
 */
export interface PlaceMatch {
  /** `is`: certainly the town; `may_be`: close to it, undetermined. */
  readonly match: 'is' | 'may_be';
  /** The twin town. */
  readonly town: TwinTown;
}

/**
 * The twin-town index of a policy version. Built once per version by {@link compiled}, which
 * callers use; the index's cache of matched places lives as long as the version.
 */
export function buildTwinTownIndex(policy: PolicyVersion): TwinTownIndex {
  const byName = new Map<string, TwinTown>();
  const spellings = policy.twinTowns.map((town) => {
    const names = [town.id, ...town.aliases];
    for (const name of names) byName.set(foldName(name), town);
    return { town, aliases: names.map(wordsOf) };
  });
  return { byName, spellings, matched: new Map() };
}

/** A name folded (case, diacritics) and split into words at anything that is not a letter or digit. */
function wordsOf(name: string): Words {
  return (
    foldName(name)
      // Stryker disable next-line Regex: equivalent — without the +, a run of separators gives empty words, which the filter drops.
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word !== '')
  );
}

/**
 * How a place name, in `country` when known, matches the index's twin towns: a certain match of
 * the first town it is, else a possible match of the first town it may be, else `undefined`.
 */
export function matchPlace(
  name: string,
  country: string | undefined,
  index: TwinTownIndex,
): PlaceMatch | undefined {
  const key = `${country ?? ''} ${name}`;
  const known = index.matched.get(key);
  // Stryker disable next-line ConditionalExpression: equivalent — a cache; matching afresh gives the same answer (a test compares them).
  if (known !== undefined) return known ?? undefined;
  const found = matchAfresh(name, country, index);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent — how many answers are kept changes only how often a place is matched afresh.
  if (index.matched.size < KEPT) index.matched.set(key, found ?? null);
  return found;
}

/** Internal: {@link matchPlace} without the kept places (exported for its tests). */
export function matchAfresh(
  name: string,
  country: string | undefined,
  index: TwinTownIndex,
): PlaceMatch | undefined {
  const exact = index.byName.get(foldName(name));
  if (exact && (country === undefined || exact.country === country))
    return { match: 'is', town: exact };
  let possible: PlaceMatch | undefined;
  let words: Words | undefined;
  let head: Words | undefined;
  for (const { town, aliases } of index.spellings) {
    if (country !== undefined && town.country !== country) continue;
    words ??= wordsOf(name);
    // What stands before the first comma or bracket: the rest qualifies it, whatever it says.
    head ??= wordsOf(name.split(/[,(]/u)[0] as string);
    for (const alias of aliases) {
      if (isSpelledWith(head, alias, town.country) || isSpelledWith(words, alias, town.country))
        return Object.freeze({ match: 'is', town });
      if (!possible && (holds(words, alias) || isNear(head, alias, words)))
        possible = Object.freeze({ match: 'may_be', town });
    }
  }
  return possible;
}

/** `words` is the spelling `alias`, alone or followed by qualifiers of `country` ("Madison WI"). */
function isSpelledWith(words: Words, alias: Words, country: string): boolean {
  // Stryker disable next-line ConditionalExpression: equivalent — with fewer words than the spelling, some word of it meets undefined and every() is false.
  if (words.length < alias.length || !alias.every((word, i) => words[i] === word)) return false;
  return words.length === alias.length || isQualifier(words.slice(alias.length), country);
}

/** `words` holds the spelling `alias` as consecutive words anywhere ("New Madison"). */
function holds(words: Words, alias: Words): boolean {
  for (let start = 0; start + alias.length <= words.length; start++) {
    if (alias.every((word, i) => words[start + i] === word)) return true;
  }
  return false;
}

/**
 * The place is within a small edit distance of the spelling: its part before any comma, or (for a
 * one-word spelling) one of its words. One edit is allowed for spellings of 5 to 7 letters, two for
 * longer ones, none for shorter.
 */
function isNear(head: Words, alias: Words, words: Words): boolean {
  const spelling = alias.join(' ');
  const allowed = spelling.length >= 8 ? 2 : spelling.length >= 5 ? 1 : 0;
  if (allowed === 0) return false;
  if (editDistance(head.join(' '), spelling, allowed) <= allowed) return true;
  return (
    alias.length === 1 && words.some((word) => editDistance(word, spelling, allowed) <= allowed)
  );
}

/**
 * The optimal-string-alignment distance between `a` and `b` (insertions, deletions, substitutions
 * and swaps of neighbours), or `limit + 1` as soon as it is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  // Stryker disable next-line ConditionalExpression: equivalent — a fast path; the rows below exceed the limit too and stop at limit + 1.
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Stryker disable next-line ArrayDeclaration: equivalent — read only from the third row on, when it holds the row before the previous one.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] as number) + 1);
      current[j] = value;
      // Stryker disable next-line EqualityOperator: equivalent — an equal value leaves the smallest as it is.
      if (value < smallest) smallest = value;
    }
    // Stryker disable next-line ConditionalExpression: equivalent — a fast path; the final Math.min caps the distance at limit + 1.
    if (smallest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] as number, limit + 1);
}

/**
 * How a destination or partner matches a twin town (interpretation note 4): by id when it names
 * one (certain), else by its place — or, for a partner given only by organisation, its name — in
 * the town's country.
 */
export function twinTownMatch(place: NamedPlace, index: TwinTownIndex): PlaceMatch | undefined {
  if ('twinTown' in place) {
    const town = index.byName.get(place.twinTown);
    return town && town.id === place.twinTown ? { match: 'is', town } : undefined;
  }
  return matchPlace(writtenPlace(place), place.country, index);
}

/** The twin town a destination or partner certainly is, if any. */
export function twinTownOf(place: NamedPlace, index: TwinTownIndex): TwinTown | undefined {
  const found = twinTownMatch(place, index);
  return found?.match === 'is' ? found.town : undefined;
}

/**
 * How a destination or partner not named by twin-town id is written: its place, or — for a
 * partner given only by organisation — its name.
 */
export function writtenPlace(place: Exclude<NamedPlace, { readonly twinTown: string }>): string {
  return (place as { readonly place?: string }).place ?? (place as { readonly name: string }).name;
}

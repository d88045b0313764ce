import { hasOwn } from '../internal/own.js';
import { foldName, wordsOf } from '../internal/text.js';
import { isQualifier, type Qualifiers, qualifiersOf } from './qualifiers.js';
import type { PolicyVersion, TwinTown, TwinTownNamesake } from './types.js';

/**
 * A place as an activity names it (a destination or a partner): a twin town by its id, or a place
 * or an organisation with its country.
 */
export type NamedPlace =
  | { readonly twinTown: string }
  | { readonly place: string; readonly country: string }
  | { readonly name: string; readonly place?: string; readonly country: string };

/** A twin town's namesake, folded for matching. */
interface Namesake {
  /** Its names, as lists of words. */
  readonly names: readonly Words[];
  /** Its regions the twin town does not share. */
  readonly own: readonly Words[];
  /** All its regions, shared with the twin town ("Hokkaido") or not. */
  readonly regions: readonly Words[];
  /** How it is shown: "Esashi (江差町, Hiyama, Hokkaido)". */
  readonly label: string;
}

/** A twin town with its spellings, regions and namesakes folded for matching. */
interface Spelled {
  readonly town: TwinTown;
  /** Its spellings (id, aliases, local names) as lists of words. */
  readonly aliases: readonly Words[];
  readonly qualifiers: Qualifiers;
  /** Its regions no namesake shares: writing one makes the town certain ("Sōya"). */
  readonly distinct: readonly Words[];
  readonly namesakes: readonly Namesake[];
}

/** A policy version's twin towns, indexed for matching the places activities name. */
export interface TwinTownIndex {
  /** Every folded name (aliases, local names and id) of a twin town. */
  readonly byName: ReadonlyMap<string, TwinTown>;
  /** Each twin town with its spellings as lists of words, in the order of the policy. */
  readonly spellings: readonly Spelled[];
  /** Places already matched: a register names the same places again and again. */
  readonly kept: KeptMatches;
}

/**
 * The answers an index keeps, by country (`undefined` when none was given, which is not `''`) and
 * then by the name as written: exactly what {@link matchAfresh} decides on, so a kept answer is the
 * answer matched afresh. Bounded in bytes: past {@link KEPT_BYTES} every kept answer is let go.
 */
export interface KeptMatches {
  readonly byCountry: Map<string | undefined, Map<string, PlaceMatch | null>>;
  /** An estimate of the memory the kept names and entries take, in bytes. */
  bytes: number;
}

/** The most memory, in bytes, the answers kept for one policy version may take (4 MiB). */
export const KEPT_BYTES: number = 4 * 1024 * 1024;
/** A name or country longer than this is matched afresh each time: no place is named at such length. */
export const KEPT_NAME: number = 256;
/** What one kept entry costs beside its text (a map entry, the answer's slot): an estimate. */
const ENTRY_BYTES = 96;

type Words = readonly string[];

/**
 * How a written place relates to a twin town: it `is` the town (a spelling, or a spelling with
 * qualifiers such as a state, a region, a postal code or a word for "town"), or it `may be` the
 * town (it holds a spelling among other words, is within a small edit distance of one, or names a
 * region the town shares with a namesake) and only a person can say (interpretation note 4).
 */
export interface PlaceMatch {
  /** `is`: certainly the town; `may_be`: close to it, undetermined. */
  readonly match: 'is' | 'may_be';
  /** The twin town. */
  readonly town: TwinTown;
  /** The other towns of the same name it may be, shown as "Esashi (江差町, Hiyama, Hokkaido)". */
  readonly namesakes?: readonly string[];
}

/** Folded phrases, as lists of words, without any that fold to no words. */
const phrasesOf = (names: readonly string[] | undefined): Words[] =>
  (names ?? []).map(wordsOf).filter((words) => words.length > 0);

const same = (a: Words, b: Words): boolean => a.join(' ') === b.join(' ');

/**
 * How a namesake is shown: its name, with its first local name and first two regions (it has at
 * least one region: `definePolicy` refuses a namesake its town's regions do not tell apart).
 */
function labelOf(name: string, local: readonly string[] | undefined, regions: readonly string[]) {
  return `${name} (${[...(local ?? []).slice(0, 1), ...regions.slice(0, 2)].join(', ')})`;
}

function namesakeOf(found: TwinTownNamesake, regions: readonly Words[]): Namesake {
  const theirs = phrasesOf(found.regions);
  const shared = (words: Words) => regions.some((region) => same(region, words));
  return {
    names: phrasesOf([found.name, ...(found.localNames ?? [])]),
    own: theirs.filter((words) => !shared(words)),
    regions: theirs,
    label: labelOf(found.name, found.localNames, found.regions),
  };
}

/**
 * The twin-town index of a policy version. Built once per version by {@link compiled}, which
 * callers use; the answers it keeps for places met again live as long as the version, bounded in bytes.
 */
export function buildTwinTownIndex(policy: PolicyVersion): TwinTownIndex {
  const byName = new Map<string, TwinTown>();
  const spellings = policy.twinTowns.map((town): Spelled => {
    const names = [town.id, ...town.aliases, ...(town.localNames ?? [])];
    for (const name of names) byName.set(foldName(name), town);
    const regions = phrasesOf(town.regions);
    const namesakes = (town.namesakes ?? []).map((found) => namesakeOf(found, regions));
    return {
      town,
      aliases: phrasesOf(names),
      qualifiers: qualifiersOf(town),
      distinct: regions.filter(
        (region) => !namesakes.some((n) => n.regions.some((w) => same(w, region))),
      ),
      namesakes,
    };
  });
  return { byName, spellings, kept: { byCountry: new Map(), bytes: 0 } };
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
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent — whether an answer is kept changes only how often a place is matched afresh.
  if (name.length > KEPT_NAME || (country?.length ?? 0) > KEPT_NAME)
    return matchAfresh(name, country, index);
  const { kept } = index;
  let names = kept.byCountry.get(country);
  const known = names?.get(name);
  // Stryker disable next-line ConditionalExpression: equivalent — a cache; matching afresh gives the same answer (a test compares them).
  if (known !== undefined) return known ?? undefined;
  const found = matchAfresh(name, country, index);
  const cost = (list: unknown) =>
    ENTRY_BYTES + 2 * name.length + (list ? 0 : ENTRY_BYTES + 2 * (country?.length ?? 0));
  if (kept.bytes + cost(names) > KEPT_BYTES) {
    kept.byCountry.clear();
    kept.bytes = 0;
    names = undefined;
  }
  kept.bytes += cost(names);
  if (!names) {
    names = new Map();
    kept.byCountry.set(country, names);
  }
  names.set(name, found ?? null);
  return found;
}

/** Internal: {@link matchPlace} without the kept places (exported for its tests). */
export function matchAfresh(
  name: string,
  country: string | undefined,
  index: TwinTownIndex,
): PlaceMatch | undefined {
  // Compared after NFKC: full-width letters and commas are the plain ones.
  const written = name.normalize('NFKC');
  const exact = index.byName.get(foldName(written));
  if (exact && (country === undefined || exact.country === country))
    return { match: 'is', town: exact };
  let possible: PlaceMatch | undefined;
  let words: Words | undefined;
  let head: Words | undefined;
  for (const spelled of index.spellings) {
    const { town, aliases, qualifiers } = spelled;
    if (country !== undefined && town.country !== country) continue;
    words ??= wordsOf(written);
    // What stands before the first comma or bracket: the rest qualifies it, unless it names a
    // namesake's region.
    head ??= wordsOf(written.split(/[,(]/u)[0] as string);
    const namesakes = namesakesOf(words, spelled);
    if (namesakes === undefined) continue;
    const found = (match: PlaceMatch['match']): PlaceMatch =>
      Object.freeze(
        namesakes.length > 0
          ? { match: 'may_be', town, namesakes: Object.freeze(namesakes) }
          : { match, town },
      );
    for (const alias of aliases) {
      if (isSpelledWith(head, alias, qualifiers) || isSpelledWith(words, alias, qualifiers))
        return found('is');
      if (!possible && (holds(words, alias) || isNear(head, alias, words)))
        possible = found('may_be');
    }
  }
  return possible;
}

/**
 * The namesakes a place may be instead of the twin town, by their labels (empty: none), or
 * `undefined` when the place is not the town: it names a namesake's region and none of the town's
 * own ("Esashi, Iwate"), or a namesake's name and no spelling of the town ("Karleby").
 */
function namesakesOf(words: Words, spelled: Spelled): string[] | undefined {
  const mine = spelled.distinct.some((region) => holds(words, region));
  const others: string[] = [];
  let another = false;
  for (const namesake of spelled.namesakes) {
    if (!namesake.names.some((name) => holds(words, name))) continue;
    if (!spelled.aliases.some((alias) => holds(words, alias))) another = true;
    else if (namesake.own.some((region) => holds(words, region))) {
      if (mine) others.push(namesake.label);
      else another = true;
    } else if (!mine && namesake.regions.some((region) => holds(words, region)))
      others.push(namesake.label);
  }
  return another && others.length === 0 ? undefined : others;
}

/**
 * How the twin town is written so that it is certain: with a region no namesake shares ("Esashi,
 * Sōya") and by its first local name ("枝幸町") when it has namesakes, else by its name.
 */
export function certainSpellings(town: TwinTown): readonly string[] {
  if (!town.namesakes?.length) return [town.name];
  const shared = new Set(
    town.namesakes.flatMap((namesake) => phrasesOf(namesake.regions).map((w) => w.join(' '))),
  );
  const region = town.regions?.find((r) => !shared.has(wordsOf(r).join(' ')));
  return [region ? `${town.name}, ${region}` : town.name, ...(town.localNames ?? []).slice(0, 1)];
}

/**
 * `words` is the spelling `alias`, alone or with qualifiers of the town before or after it
 * ("Madison WI", "48104 Põltsamaa").
 */
function isSpelledWith(words: Words, alias: Words, qualifiers: Qualifiers): boolean {
  for (let start = 0; start + alias.length <= words.length; start++) {
    if (
      alias.every((word, i) => words[start + i] === word) &&
      isQualifier(words, qualifiers, 0, start) &&
      isQualifier(words, qualifiers, start + alias.length)
    )
      return true;
  }
  return false;
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
      // A swap of neighbours (from the second letter of each on: before it, a[-1] and b[-1] are
      // undefined, never a letter).
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
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
  if (hasOwn(place, 'twinTown')) {
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

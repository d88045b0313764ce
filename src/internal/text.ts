/**
 * Folds a name for matching: Unicode NFD, combining marks removed, lower case, runs of white space
 * and hyphens collapsed to one space, trimmed. "Põltsamaa", "Pöltsamaa" and " POLTSAMAA " all fold
 * to "poltsamaa".
 */
export function foldName(name: string): string {
  // Most names are plain ASCII: no diacritics to remove, so the Unicode normalisation can be skipped.
  if (PLAIN.test(name))
    return name
      .toLowerCase()
      .replace(/[\s-]+/g, ' ')
      .trim();
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-‐-―]+/gu, ' ')
    .trim();
}

const PLAIN = /^[\x20-\x7e]*$/;

/**
 * `one` when `count` is 1, else `many`: the word or phrase that agrees with a count, as in
 * `${n} ${byCount(n, 'trip', 'trips')}` ("1 trip", "0 trips", "2 trips").
 */
export function byCount(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

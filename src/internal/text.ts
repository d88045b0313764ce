/**
 * Folds a name for matching: Unicode NFKD (the compatibility forms of NFKC, such as full-width
 * letters, become plain ones), combining marks removed, lower case, runs of white space and hyphens
 * collapsed to one space, trimmed. "Põltsamaa", "Pöltsamaa", "ＰＯＬＴＳＡＭＡＡ" and " POLTSAMAA "
 * all fold to "poltsamaa".
 */
export function foldName(name: string): string {
  // Most names are plain ASCII: no diacritics to remove, so the Unicode normalisation can be skipped.
  if (PLAIN.test(name))
    return name
      .toLowerCase()
      .replace(/[\s-]+/g, ' ')
      .trim();
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-‐-―]+/gu, ' ')
    .trim();
}

const PLAIN = /^[\x20-\x7e]*$/;

/**
 * A name folded ({@link foldName}) and split into words at anything that is not a letter or digit:
 * "Madison, WI 53703" gives `['madison', 'wi', '53703']`.
 */
export function wordsOf(name: string): readonly string[] {
  return (
    foldName(name)
      // Stryker disable next-line Regex: equivalent — without the +, a run of separators gives empty words, which the filter drops.
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word !== '')
  );
}

/**
 * `one` when `count` is 1, else `many`: the word or phrase that agrees with a count, as in
 * `${n} ${byCount(n, 'trip', 'trips')}` ("1 trip", "0 trips", "2 trips").
 */
export function byCount(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

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

/**
 * Folds a name for matching: Unicode NFD, combining marks removed, lower case, runs of white space
 * and hyphens collapsed to one space, trimmed. "Põltsamaa", "Pöltsamaa" and " POLTSAMAA " all fold
 * to "poltsamaa".
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-‐-―]+/gu, ' ')
    .trim();
}

/**
 * Orders two strings by their UTF-16 code units, as `<` does: negative when `a` comes first,
 * positive when `b` does, 0 when they are equal. ISO dates, ids and object keys sort with it the
 * same way on every machine (no locale), and a sort with it is stable for equal keys.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

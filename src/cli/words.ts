/**
 * The command line's own small helpers for words. The command line builds on the public API only
 * (ARCHITECTURE.md), so it does not reach into the library's internal modules for them.
 */

/** `one` when `count` is 1, else `many`: "1 activity", "2 activities". */
export function byCount(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

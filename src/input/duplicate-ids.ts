import type { InputIssue, PathSegment } from './issues.js';
import { issue } from './messages.js';

/** Every repeated value of `key` among `items`, as a `duplicate_id` issue naming the first use. */
export function duplicateIds<T>(
  items: readonly T[],
  key: (item: T) => string,
  path: (index: number) => PathSegment[],
): InputIssue[] {
  const first = new Map<string, number>();
  const issues: InputIssue[] = [];
  items.forEach((item, index) => {
    const id = key(item);
    const seen = first.get(id);
    if (seen === undefined) first.set(id, index);
    else
      issues.push(
        issue('duplicate_id', path(index), {
          value: id,
          first: `${String(path(seen)[0])}[${seen}]`,
        }),
      );
  });
  return issues;
}

import * as z from 'zod/mini';

/**
 * How many issues a parse result lists at most. A document with more gets these and one
 * `too_many_issues` issue saying so: checking stops there, so a 1 MB document of wrong records costs
 * what its first hundred problems cost, not what half a million would.
 */
export const MAX_ISSUES = 100;

/**
 * Internal: how many more issues the parse under way may collect before it stops checking the
 * records of its long lists. A parse is synchronous, so one counter serves: {@link withIssueBudget}
 * sets it for the length of one parse and puts the previous value back.
 */
let left = Number.POSITIVE_INFINITY;
/** Internal: whether the parse under way keeps the inputs in its issues (zod's `reportInput`). */
let inputs = false;

/**
 * Internal: runs `parse` with at most `budget` issues collected from the long lists' records, and
 * with their inputs kept when `reportInput` is true (as the parse itself is asked to).
 */
export function withIssueBudget<T>(budget: number, reportInput: boolean, parse: () => T): T {
  const before = [left, inputs] as const;
  left = budget;
  inputs = reportInput;
  try {
    return parse();
  } finally {
    [left, inputs] = before;
  }
}

/**
 * Internal: `item` checked one record at a time against the budget. Once the parse has collected
 * its budget of issues, the remaining records are passed over unchecked: the parse has failed by
 * then, so nothing unchecked can reach a result. Only the parsers' own schemas use this; the
 * exported schemas (and their JSON Schemas) have plain lists.
 */
function budgeted<T>(item: z.ZodMiniType<T>): z.ZodMiniType<T> {
  return z.pipe(
    z.unknown(),
    z.transform((value, payload) => {
      if (left <= 0) return value;
      const checked = item.safeParse(value, { reportInput: inputs });
      if (checked.success) return checked.data;
      const issues = checked.error.issues;
      left -= issues.length;
      for (const found of issues) payload.issues.push(found as z.core.$ZodRawIssue);
      return value;
    }),
  ) as unknown as z.ZodMiniType<T>;
}

/**
 * Internal: a list of at most `max` records of `item`; `budget` makes its records count against the
 * parse's issue budget (the parsers' schemas), without it the list is plain (the exported ones).
 *
 * Only a list with no check of its own may be budgeted: once the budget is spent, its records pass
 * unchecked, and a check of the list (one rate a day, say) would read them as if they were checked;
 * and a record's issues are pushed as zod finished them, without the mark that lets a list's checks
 * run after a record's refinement failed.
 */
export function listOf<T>(
  item: z.ZodMiniType<T>,
  max: number,
  budget: boolean,
): z.ZodMiniArray<z.ZodMiniType<T>> {
  return z.array(budget ? budgeted(item) : item).check(z.maxLength(max));
}

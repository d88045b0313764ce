import type { InputIssue, PathSegment } from '../input/issues.js';
import { issue } from '../input/messages.js';
import type { Records } from './types.js';

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

/**
 * The references between records: agreement ids unique, evaluations and continuation decisions
 * naming agreements that exist; with `activityIds`, records naming activities that exist.
 */
export function recordReferenceIssues(
  records: Records,
  activityIds?: ReadonlySet<string>,
): InputIssue[] {
  const issues = duplicateIds(
    records.agreements,
    (a) => a.id,
    (i) => ['agreements', i, 'id'],
  );
  const agreements = new Set(records.agreements.map((agreement) => agreement.id));
  records.evaluations.forEach((evaluation, i) => {
    if (!agreements.has(evaluation.agreement)) {
      issues.push(
        issue('unknown_agreement', ['evaluations', i, 'agreement'], {
          value: evaluation.agreement,
        }),
      );
    }
  });
  records.continuationDecisions.forEach((decision, i) => {
    decision.continuing.forEach((id, j) => {
      if (!agreements.has(id)) {
        issues.push(
          issue('unknown_agreement', ['continuationDecisions', i, 'continuing', j], { value: id }),
        );
      }
    });
  });
  if (activityIds) {
    for (const list of ['approvals', 'reportsBack', 'councilAccounts'] as const) {
      records[list].forEach((record, i) => {
        if (!activityIds.has(record.activity)) {
          issues.push(issue('unknown_activity', [list, i, 'activity'], { value: record.activity }));
        }
      });
    }
  }
  return issues;
}

import { duplicateIds } from '../input/duplicate-ids.js';
import type { InputIssue } from '../input/issues.js';
import { issue } from '../input/messages.js';
import type { Records } from './types.js';

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

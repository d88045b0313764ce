import { dutyPeriod } from '../calendar/mandate-period.js';
import { duplicateIds } from '../input/duplicate-ids.js';
import type { InputIssue, PathSegment } from '../input/issues.js';
import { issue } from '../input/messages.js';
import type { Records } from './types.js';

/**
 * A record dated before the mandate period it names (interpretation note 7): refused, at its date,
 * since it cannot count for that period, whatever its label.
 */
function beforePeriod(period: string, date: string, path: PathSegment[]): InputIssue[] {
  const { label, firstDay } = dutyPeriod(period);
  return date < firstDay
    ? [issue('dated_before_period', path, { date, period: label, firstDay })]
    : [];
}

/**
 * The references between records: agreement ids unique, evaluations and continuation decisions
 * naming agreements that exist and dated inside the period they name (not before it); with
 * `activityIds`, records naming activities that exist.
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
  records.evaluations.forEach((evaluation, i) => {
    issues.push(
      ...beforePeriod(evaluation.mandatePeriod, evaluation.evaluatedOn, [
        'evaluations',
        i,
        'evaluatedOn',
      ]),
    );
  });
  records.continuationDecisions.forEach((decision, i) => {
    issues.push(
      ...beforePeriod(decision.mandatePeriod, decision.decidedOn, [
        'continuationDecisions',
        i,
        'decidedOn',
      ]),
    );
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

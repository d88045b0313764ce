import { lastDayOf } from '../../activities/days.js';
import { addDays, type IsoDate } from '../../calendar/iso-date.js';
import type { Obligation } from '../../obligations/types.js';
import type { ActivityReport } from '../../records/types.js';
import { type JudgeInput, type Judgement, missingFrom, recordsOf } from './judgement.js';

/**
 * A rule of kind `report` (to the board, clause board.reporting) or `account` (to the council,
 * clause council.reporting, in the built-in version): judged against the reports back or the
 * accounts recorded, due by the rule's day where it sets one (N days after the activity, or the
 * board's next meeting), else by the caller's deadline where one is set.
 */
export function judgeReportOrAccount(obligation: Obligation, input: JudgeInput): Judgement {
  const { activity, asOf, deadlines } = input;
  const report = obligation.kind === 'report';
  const last = lastDayOf(activity);
  const days = report ? deadlines.reportBackDays : deadlines.councilAccountDays;
  const deadline =
    obligation.dueBy ??
    (days === undefined || obligation.timing === 'at_next_meeting'
      ? undefined
      : addDays(last, days));
  const list = report ? input.records.reportsBack : input.records.councilAccounts;
  return judgeReport(obligation, recordsOf(input, list, submittedOn), last, asOf, deadline);
}

/**
 * A report back or account judged (interpretation note 6): a complete report submitted on or after
 * the activity's last day fulfils the duty, marked `late` when submitted after a deadline the caller
 * set; an incomplete one is pending with what it lacks until that deadline has passed, then overdue.
 * A report submitted before the last day cannot report on what happened, so it is not counted as a
 * report: the duty stays pending (overdue past the deadline), and the result names the early report.
 */
function judgeReport(
  obligation: Obligation,
  reports: readonly ActivityReport[],
  last: IsoDate,
  asOf: IsoDate,
  deadline: IsoDate | undefined,
): Judgement {
  const late =
    // Stryker disable next-line ConditionalExpression: equivalent — `asOf > undefined` is false.
    deadline !== undefined && asOf > deadline;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent but for time — filtering no reports gives none.
  const after = reports.length === 0 ? reports : reportsFrom(reports, last);
  // The first complete report decides: one in time, if any, is not late.
  let complete: ActivityReport | undefined;
  for (const report of after)
    if (
      missingFrom(report, obligation.content).length === 0 &&
      (complete === undefined || report.submittedOn < complete.submittedOn)
    )
      complete = report;
  if (complete) {
    const due = dueOf(last, deadline);
    const fulfilled = {
      status: 'fulfilled',
      reason: 'report_complete',
      ...due,
      evidence: complete,
    } as const;
    // Stryker disable next-line ConditionalExpression: equivalent — `submittedOn > undefined` is false.
    return deadline !== undefined && complete.submittedOn > deadline
      ? { ...fulfilled, late: true as const }
      : fulfilled;
  }
  const status = late ? 'overdue' : 'pending';
  const latest = after.at(-1);
  if (latest) {
    return {
      status,
      reason: 'report_incomplete',
      ...dueOf(last, deadline),
      evidence: latest,
      missing: Object.freeze(missingFrom(latest, obligation.content)),
    };
  }
  const early = reports.at(-1);
  if (early)
    return { status, reason: 'report_before_end', ...dueOf(last, deadline), evidence: early };
  if (asOf <= last) return unreported('pending', 'not_yet_due', last, deadline);
  if (late) return unreported('overdue', 'deadline_passed', last, deadline);
  return unreported('pending', 'awaiting_report', last, deadline);
}

/** A duty's last day, and the caller's deadline only where one is set: absent, not `undefined`. */
function dueOf(last: IsoDate, deadline: IsoDate | undefined) {
  return deadline === undefined ? { lastDay: last } : { lastDay: last, deadline };
}

/** The day a report was submitted. */
const submittedOn = (report: ActivityReport): IsoDate => report.submittedOn;

/** The reports submitted on or after a day. */
function reportsFrom(reports: readonly ActivityReport[], day: IsoDate): readonly ActivityReport[] {
  return reports.filter((report) => report.submittedOn >= day);
}

/** A duty no report speaks to, with its last day and the caller's deadline where one is set. */
function unreported(
  status: 'pending' | 'overdue',
  reason: 'not_yet_due' | 'deadline_passed' | 'awaiting_report',
  last: IsoDate,
  deadline: IsoDate | undefined,
): Judgement {
  return deadline === undefined
    ? { status, reason, lastDay: last }
    : { status, reason, lastDay: last, deadline };
}

import type { Activity } from '../activities/types.js';
import { dutyWords, uncitedRule } from '../agreements/describe.js';
import type { AgreementDuty, AgreementReview } from '../agreements/types.js';
import type { IsoDate } from '../calendar/iso-date.js';
import { assessCompliance } from '../compliance/assess.js';
import { complianceWords } from '../compliance/describe.js';
import type {
  ActivityRecords,
  Compliance,
  ComplianceOptions,
  ComplianceStatus,
} from '../compliance/types.js';
import type { LocalizedText } from '../errors.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { checkContext } from '../obligations/guards.js';
import { policyList } from '../policy/policy-in-force.js';
import { fold } from '../register/fold.js';
import { type InvalidRecord, parseRegisterLeniently } from '../register/lenient.js';
import { isParsedRegister } from '../register/parse-register.js';
import { AUDIT_OPTIONS, Auditor, judgedCompliance } from './audit.js';
import type { AuditOptions } from './types.js';

/** The domain the uids of due dates end in, so that they are unique beyond one calendar. */
const UID_DOMAIN = 'solleftea-international-policy';

/**
 * A day by which a duty is due: an activity's (the board's approval by the departure, a plan by the
 * first day, a report-back or the council account by a deadline where one is set) or a twin-town
 * agreement's (its evaluation and the decision to continue or terminate within the mandate period).
 * Plain data, for a calendar: `uid` is the same for the same duty on every run, so that a calendar
 * importing the dates again updates its event instead of adding another, and a duty settled since
 * (`settled`) is kept so that its event can be cancelled.
 *
 * @example
 * ```ts
 * const due: DueDate = {
 *   uid: 'activity/2023-04/board_approval@solleftea-international-policy',
 *   date: toIsoDate('2023-04-10'),
 *   subject: { kind: 'activity', id: '2023-04', title: 'Vänortsbesök' },
 *   code: 'board_approval',
 *   title: { sv: 'Godkännande av kommunstyrelsen', en: 'Approval by the executive board' },
 *   status: 'pending',
 *   settled: false,
 *   clauses: ['board.approval'],
 *   description: { sv: '…', en: '…' },
 * };
 * due.settled; // => false
 * ```
 * @category Calendar
 */
export interface DueDate {
  /** A stable id: the subject and the duty, the same on every run. */
  readonly uid: string;
  /** The day it is due (the last day it may be done on). */
  readonly date: IsoDate;
  /** What owes it: an activity, a twin-town agreement, or the mandate period. */
  readonly subject: DueSubject;
  /** The duty's rule code (`board_approval`, `evaluation`, …). */
  readonly code: string;
  /** The duty's name, in Swedish and English. */
  readonly title: LocalizedText;
  /** Its status on the day judged. */
  readonly status: ComplianceStatus;
  /** Whether it needs nothing more: fulfilled, or no longer owed. A calendar shows it cancelled. */
  readonly settled: boolean;
  /** The ids of the clauses it rests on. */
  readonly clauses: readonly string[];
  /** The duty in words, as `explain` and `explainDuty` say it, with its status and reason. */
  readonly description: LocalizedText;
}

/**
 * What owes a due date: an activity (its id and title), a twin-town agreement (its id and the
 * town's name) or the mandate period (its label) for the decision on the agreements.
 *
 * @category Calendar
 */
export interface DueSubject {
  /** Which kind of subject. */
  readonly kind: 'activity' | 'agreement' | 'period';
  /** The activity's or agreement's id, or the period's label. */
  readonly id: string;
  /** The activity's title, the town's name, or the period's label. */
  readonly title: string;
}

/**
 * A register's due dates on a day (see {@link dueDates}).
 *
 * @category Calendar
 */
export interface DueDates {
  /** The day judged. */
  readonly asOf: IsoDate;
  /** The due dates, by day, then by uid. */
  readonly dates: readonly DueDate[];
  /** The records that could not be read, each with its issues (as an audit lists them). */
  readonly invalid: readonly InvalidRecord[];
}

const SETTLED: ReadonlySet<ComplianceStatus> = new Set(['fulfilled', 'not_applicable']);

/** The due dates of an activity's compliance: each duty with a day. */
function activityDates(activity: Activity, compliance: Compliance): DueDate[] {
  const dates: DueDate[] = [];
  for (const result of compliance.results) {
    const date = result.deadline ?? result.obligation.dueBy;
    if (date === undefined) continue;
    const { code, rule, clauses } = result.obligation;
    dates.push({
      uid: `activity/${activity.id}/${code}@${UID_DOMAIN}`,
      date,
      subject: { kind: 'activity', id: activity.id, title: activity.title },
      code,
      title: rule.title,
      status: result.status,
      settled: SETTLED.has(result.status),
      clauses: clauses.map((clause) => clause.id),
      description: complianceWords(result),
    });
  }
  return dates;
}

/** The due dates of a period's review: each agreement's evaluation and termination, and the decision. */
function agreementDates(review: AgreementReview): DueDate[] {
  const label = review.period.label;
  const dated = (duty: AgreementDuty, subject: DueSubject): DueDate[] =>
    duty.dueBy === undefined
      ? []
      : [
          {
            uid: `${subject.kind}/${label}/${subject.kind === 'agreement' ? `${subject.id}/` : ''}${duty.code}@${UID_DOMAIN}`,
            date: duty.dueBy,
            subject,
            code: duty.code,
            title: (duty.rule ?? uncitedRule(duty.kind)).title,
            status: duty.status,
            settled: SETTLED.has(duty.status),
            clauses: duty.clauses.map((clause) => clause.id),
            description: dutyWords(duty),
          },
        ];
  return [
    ...dated(review.continuation, { kind: 'period', id: label, title: label }),
    ...review.agreements.flatMap((standing) => {
      const subject: DueSubject = {
        kind: 'agreement',
        id: standing.agreement.id,
        title: standing.town?.name ?? standing.agreement.twinTown,
      };
      return [...dated(standing.evaluation, subject), ...dated(standing.termination, subject)];
    }),
  ];
}

/** By day, then by uid (which no two dates share). */
function byDay(a: DueDate, b: DueDate): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.uid < b.uid ? -1 : 1;
}

/**
 * A register's due dates on a day, for a calendar: each activity's duties that fall due on a day
 * (the board's approval by the departure, the plan by the first day, a report-back or the council
 * account by the deadline `deadlines` sets) and each twin-town agreement's evaluation and the
 * period's decision on the agreements, with their status on the day — judged as {@link audit}
 * judges, each activity once. A duty fulfilled is kept, marked `settled`, so that a calendar that
 * had it cancels it. The command line's `solleftea-policy calendar` writes them as an iCalendar file.
 *
 * @param register - the register, parsed or as read from JSON (records that cannot be read are
 *   listed in `invalid`, the rest judged)
 * @param options - as for {@link audit}: `asOf` is required
 * @returns the due dates, by day, deep-frozen
 * @throws {@link PolicyError} `invalid_argument` for options that are not an object, `invalid_date`
 *   for a day that is not one
 *
 * @example
 * ```ts
 * const register = {
 *   format: 1,
 *   activities: [{
 *     kind: 'trip', id: 'T-1', title: 'Vänortsbesök', organiser: 'Kultur och fritid',
 *     travellers: { count: 2 }, destinations: [{ twinTown: 'poltsamaa' }],
 *     departureDate: '2021-05-03', returnDate: '2021-05-06',
 *   }],
 * };
 * const due = dueDates(register, { asOf: '2021-04-01', deadlines: { reportBackDays: 30 } });
 * due.dates.filter((d) => d.subject.kind === 'activity').map((d) => [d.date, d.code, d.status]);
 * // => [['2021-05-03', 'board_approval', 'pending'], ['2021-05-03', 'planning', 'pending'],
 * //     ['2021-06-05', 'board_report_back', 'pending']]
 * due.dates.at(-1)?.uid; // => 'period/2019–2022/continuation_decision@solleftea-international-policy'
 * ```
 * @category Calendar
 */
export function dueDates(register: unknown, options: AuditOptions): DueDates {
  options = checkContext('dueDates', options, AUDIT_OPTIONS);
  const read = isParsedRegister(register)
    ? { register, invalid: [] }
    : parseRegisterLeniently(register, { policies: policyList(options.policies) });
  const auditor = new Auditor(read.register, options, false, 'dueDates');
  const dates: DueDate[] = [];
  const report = fold(read, auditor, (judged, activity) => {
    if (judged) dates.push(...activityDates(activity, judgedCompliance(judged, false)));
  });
  for (const review of report.agreements) dates.push(...agreementDates(review));
  return deepFreeze({ asOf: report.asOf, dates: dates.sort(byDay), invalid: report.invalid });
}

/**
 * One activity's due dates on a day, from its records: as {@link dueDates} gives them for an
 * activity of a register — for a travel-request form that offers them for the clerk's calendar.
 *
 * @param activity - the activity, from {@link parseActivity}
 * @param records - its approvals, reports and accounts, from {@link parseRecords} (or `{}`)
 * @param options - as for {@link assessCompliance}: `asOf` is required
 * @returns its due dates, by day, deep-frozen
 * @throws {@link PolicyError} as {@link assessCompliance} does
 *
 * @example
 * ```ts
 * const trip = parseActivity({
 *   kind: 'trip', id: 'T-1', title: 'Vänortsbesök', organiser: 'Kultur och fritid',
 *   travellers: { count: 2 }, destinations: [{ twinTown: 'poltsamaa' }],
 *   departureDate: '2021-05-03', returnDate: '2021-05-06',
 * });
 * const due = trip.success ? activityDueDates(trip.data, {}, { asOf: '2021-04-01' }) : [];
 * due.map((d) => d.uid)[0]; // => 'activity/T-1/board_approval@solleftea-international-policy'
 * ```
 * @category Calendar
 */
export function activityDueDates(
  activity: Activity,
  records: ActivityRecords,
  options: ComplianceOptions,
): readonly DueDate[] {
  const compliance = assessCompliance(activity, records, options);
  return deepFreeze(activityDates(activity, compliance).sort(byDay));
}

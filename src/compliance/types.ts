import type { IsoDate } from '../calendar/iso-date.js';
import type {
  Evaluation,
  EvaluationContext,
  Obligation,
  RequiredContent,
} from '../obligations/types.js';
import type { ActivityReport, BoardApproval } from '../records/types.js';

/**
 * How an activity stands against one obligation on a given day:
 * - `fulfilled` — the record that fulfils it exists;
 * - `pending` — not yet due, or due with no deadline set, or reported incompletely before the
 *   deadline (interpretation note 6);
 * - `overdue` — past a deadline the caller set, unreported or incompletely reported;
 * - `violated` — it can no longer be fulfilled as the policy requires (e.g. a retroactive approval,
 *   a trip that departed after the board rejected it); a report submitted before the activity's
 *   last day is not a violation but no report at all: the duty stays pending or overdue;
 * - `not_applicable` — as the obligation itself;
 * - `undetermined` — the obligation is undetermined and the records do not settle it: were it owed,
 *   it would be violated or overdue (interpretation note 11). An undetermined obligation whose
 *   records fulfil it, or leave it pending, as if owed, takes that status: it is the same either way.
 *
 * @example
 * ```ts
 * const status: ComplianceStatus = 'pending';
 * ```
 * @category Compliance
 */
export type ComplianceStatus =
  | 'fulfilled'
  | 'pending'
  | 'overdue'
  | 'violated'
  | 'not_applicable'
  | 'undetermined';

/**
 * Why the status is what it is. Stable codes:
 * `planning_stated`, `planning_incomplete`, `approved_in_time`, `retroactive_approval`,
 * `approval_rejected`, `no_approval`, `awaiting_approval`, `report_complete`, `report_incomplete`,
 * `report_before_end`, `not_yet_due`, `awaiting_report`, `deadline_passed`, `not_applicable`, `undetermined`,
 * `booking_date_unknown` (a decision due before booking, taken before departure, on a trip whose
 * booking date is not recorded: whether it came in time cannot be decided).
 *
 * @example
 * ```ts
 * const reason: ComplianceReason = 'retroactive_approval';
 * ```
 * @category Compliance
 */
export type ComplianceReason =
  | 'planning_stated'
  | 'planning_incomplete'
  | 'approved_in_time'
  | 'retroactive_approval'
  | 'booking_date_unknown'
  | 'approval_rejected'
  | 'no_approval'
  | 'awaiting_approval'
  | 'report_complete'
  | 'report_incomplete'
  | 'report_before_end'
  | 'not_yet_due'
  | 'awaiting_report'
  | 'deadline_passed'
  | 'not_applicable'
  | 'undetermined';

/**
 * Deadlines the policy does not set but a municipality may (interpretation note 6): a number of days
 * after the return (or last day) by which the report is due. Without one, a missing report is pending.
 *
 * @example
 * ```ts
 * const deadlines: ComplianceDeadlines = { reportBackDays: 60, councilAccountDays: 365 };
 * ```
 * @category Compliance
 */
export interface ComplianceDeadlines {
  /** Days after the return within which the report-back to the board is due. */
  readonly reportBackDays?: number;
  /** Days after the activity's last day within which the account to the council is due. */
  readonly councilAccountDays?: number;
}

/**
 * What {@link assessCompliance} needs besides the activity and the records: the day to judge on
 * (nothing reads the clock), optional deadlines, and the evaluation context.
 *
 * @example
 * ```ts
 * const options: ComplianceOptions = { asOf: '2020-06-30', deadlines: { reportBackDays: 60 } };
 * ```
 * @category Compliance
 */
export interface ComplianceOptions extends EvaluationContext {
  /** The day to judge on, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Deadlines for reports, where the municipality sets them. */
  readonly deadlines?: ComplianceDeadlines;
}

/**
 * The records about activities that compliance is judged against.
 *
 * @example
 * ```ts
 * const records: ActivityRecords = {
 *   approvals: [{ activity: 'T-1', decidedOn: toIsoDate('2020-02-10'), reference: 'KS § 12', decision: 'approved' }],
 * };
 * ```
 * @category Compliance
 */
export type ActivityRecords = {
  /** The board's decisions. */
  readonly approvals?: readonly BoardApproval[];
  /** Reports back to the board. */
  readonly reportsBack?: readonly ActivityReport[];
  /** Accounts to the council. */
  readonly councilAccounts?: readonly ActivityReport[];
};

/**
 * The verdict on an activity, an agreement review or a whole audit (interpretation note 11):
 * - `not_compliant` — something is violated or overdue;
 * - `undetermined` — nothing is violated, but a duty cannot be judged (unknown costs, a possible
 *   twin town) in a way that could change the verdict: it needs a person's attention, and the
 *   undetermined results say why and how to settle it;
 * - `compliant` — nothing is violated, overdue or undetermined (duties may still be pending).
 *
 * A missing fact never makes an answer `compliant`. An activity on a day no policy version was in
 * force has no verdict of these three: its {@link Compliance} says `outside_policy` (note 16).
 *
 * @example
 * ```ts
 * const verdict: Verdict = 'undetermined';
 * ```
 * @category Compliance
 */
export type Verdict = 'compliant' | 'not_compliant' | 'undetermined';

/**
 * What every result of {@link assessCompliance} holds, whatever its reason.
 * @category Compliance
 */
export interface ComplianceBase {
  /** The obligation judged. */
  readonly obligation: Obligation;
  /** Its status on `asOf`. */
  readonly status: ComplianceStatus;
  /** Why: each reason has its own fields (see {@link ObligationCompliance}). */
  readonly reason: ComplianceReason;
}

/**
 * How an activity stands against one obligation: a frozen plain object, discriminated by `reason`,
 * so that each reason's own fields — the record that decided it, what a plan or report lacks, the
 * deadline — are typed where they are present:
 *
 * - `planning_stated`, `not_applicable`, `undetermined`: nothing more;
 * - `planning_incomplete`: `missing` and `deadline` (the first day);
 * - `approved_in_time`, `retroactive_approval`, `approval_rejected`: the deciding `evidence` (a
 *   board decision), `deadline` (the departure) and any `conflicting` decisions;
 * - `no_approval`, `awaiting_approval`: `deadline` (the departure);
 * - `report_complete`: `evidence` (the report), `lastDay`, `deadline` if set, and `late` when it
 *   came after that deadline;
 * - `report_incomplete`: `evidence`, `missing`, `lastDay` and the caller's `deadline` if set;
 * - `report_before_end`: `evidence` (the early report, not counted), `lastDay`, `deadline` if set;
 * - `not_yet_due`, `awaiting_report`, `deadline_passed`: `lastDay`, `deadline` (always set for
 *   `deadline_passed`).
 *
 * {@link explain} puts it in words.
 *
 * @example
 * ```ts
 * const trip = parseActivity({
 *   kind: 'trip', id: 'T', title: 'Twin-town visit', organiser: 'Kommunledningskontoret',
 *   travellers: { count: 2 }, destinations: [{ twinTown: 'esashi' }],
 *   departureDate: '2021-10-01', returnDate: '2021-10-08', plannedCosts: [],
 * });
 * const approval = trip.success ? assessCompliance(trip.data, {}, { asOf: '2021-09-01' }).results[1] : undefined;
 * approval?.status; // => 'pending'
 * approval?.reason === 'awaiting_approval' && approval.deadline; // => '2021-10-01'
 * ```
 * @category Compliance
 */
export type ObligationCompliance = ComplianceBase &
  (
    | {
        /** Why: see {@link ComplianceReason}. */
        readonly reason: 'planning_stated' | 'not_applicable' | 'undetermined';
        /** No record decided it. */
        readonly evidence?: undefined;
        /** Nothing is listed as missing. */
        readonly missing?: undefined;
        /** No deadline applies. */
        readonly deadline?: undefined;
        /** No other decision. */
        readonly conflicting?: undefined;
        /** Not a report: no last day is named. */
        readonly lastDay?: undefined;
      }
    | {
        /** Why: see {@link ComplianceReason}. */
        readonly reason: 'planning_incomplete';
        /** The day it is due by: the activity's first day. */
        readonly deadline: IsoDate;
        /** What the plan fails to state. */
        readonly missing: readonly RequiredContent[];
        /** No record decided it. */
        readonly evidence?: undefined;
        /** No other decision. */
        readonly conflicting?: undefined;
        /** Not a report: no last day is named. */
        readonly lastDay?: undefined;
      }
    | {
        /** Why: see {@link ComplianceReason}. */
        readonly reason:
          | 'approved_in_time'
          | 'retroactive_approval'
          | 'approval_rejected'
          | 'booking_date_unknown';
        /** The day it is due by: the departure or the booking (the departure when the booking's day is unknown). */
        readonly deadline: IsoDate;
        /** The decision that decided it: the board's latest on or before departure, else the first approval. */
        readonly evidence: BoardApproval;
        /**
         * The board's decisions on the trip that say otherwise than the one that decided (an approval
         * followed by a rejection, say): named so that a reader sees the conflict (interpretation note 5).
         */
        readonly conflicting?: readonly BoardApproval[];
        /** Nothing is listed as missing. */
        readonly missing?: undefined;
        /** Not a report: no last day is named. */
        readonly lastDay?: undefined;
      }
    | {
        /** Why: see {@link ComplianceReason}. */
        readonly reason: 'no_approval' | 'awaiting_approval';
        /** The day it is due by: the departure. */
        readonly deadline: IsoDate;
        /** No record decided it. */
        readonly evidence?: undefined;
        /** Nothing is listed as missing. */
        readonly missing?: undefined;
        /** No other decision. */
        readonly conflicting?: undefined;
        /** Not a report: no last day is named. */
        readonly lastDay?: undefined;
      }
    | {
        /** Why: see {@link ComplianceReason}. */
        readonly reason: 'report_complete';
        /** The complete report that fulfils it: the first submitted on or after the last day. */
        readonly evidence: ActivityReport;
        /** The activity's last day: a report can tell what happened from this day on. */
        readonly lastDay: IsoDate;
        /** The day the report is due by, when the caller set a deadline (interpretation note 6). */
        readonly deadline?: IsoDate;
        /** Set when the report was submitted after the caller's deadline: fulfilled, but late (note 6). */
        readonly late?: true;
        /** Nothing is listed as missing. */
        readonly missing?: undefined;
        /** No other decision. */
        readonly conflicting?: undefined;
      }
    | {
        /** Why: see {@link ComplianceReason}. */
        readonly reason: 'report_before_end';
        /**
         * The report submitted before the activity's last day, which is therefore not counted as a
         * report: the duty stays pending, or overdue past the caller's deadline (note 6).
         */
        readonly evidence: ActivityReport;
        /** The activity's last day: a report can tell what happened from this day on. */
        readonly lastDay: IsoDate;
        /** The day the report is due by, when the caller set a deadline (interpretation note 6). */
        readonly deadline?: IsoDate;
        /** Nothing is listed as missing. */
        readonly missing?: undefined;
        /** No other decision. */
        readonly conflicting?: undefined;
      }
    | {
        /** Why: see {@link ComplianceReason}. */
        readonly reason: 'report_incomplete';
        /** The latest report, which is incomplete. */
        readonly evidence: ActivityReport;
        /** What the report fails to state. */
        readonly missing: readonly RequiredContent[];
        /** The activity's last day: a report can tell what happened from this day on. */
        readonly lastDay: IsoDate;
        /** The day the report is due by, when the caller set a deadline (interpretation note 6). */
        readonly deadline?: IsoDate;
        /** No other decision. */
        readonly conflicting?: undefined;
      }
    | {
        /** Why: see {@link ComplianceReason}. */
        readonly reason: 'not_yet_due' | 'awaiting_report' | 'deadline_passed';
        /** The activity's last day: a report can tell what happened from this day on. */
        readonly lastDay: IsoDate;
        /** The day the report is due by, when the caller set a deadline (interpretation note 6). */
        readonly deadline?: IsoDate;
        /** No record decided it. */
        readonly evidence?: undefined;
        /** Nothing is listed as missing. */
        readonly missing?: undefined;
        /** No other decision. */
        readonly conflicting?: undefined;
      }
  );

/**
 * How one activity stands against everything the policy requires of it, on a given day.
 *
 * @example
 * ```ts
 * const trip = parseActivity({
 *   kind: 'trip', id: 'T', title: 'Twin-town visit', organiser: 'Kommunledningskontoret',
 *   travellers: { count: 2 }, destinations: [{ twinTown: 'esashi' }],
 *   departureDate: '2021-10-01', returnDate: '2021-10-08', plannedCosts: [],
 * });
 * const compliance = trip.success ? assessCompliance(trip.data, {}, { asOf: '2022-01-01' }) : undefined;
 * compliance?.verdict; // => 'not_compliant' (no approval before departure)
 * ```
 * @category Compliance
 */
export interface Compliance {
  /** The evaluation the obligations come from. */
  readonly evaluation: Evaluation;
  /** The day judged on. */
  readonly asOf: IsoDate;
  /** One result per obligation, in the order of the evaluation. */
  readonly results: readonly ObligationCompliance[];
  /**
   * `not_compliant` when an obligation is violated or overdue; else `undetermined` when one cannot
   * be judged; else `compliant`. `outside_policy` when no policy version was in force on the
   * activity's first day (interpretation note 16): no fact a clerk could supply would settle it, so
   * it is neither compliant nor undetermined, and an audit lists it apart.
   */
  readonly verdict: Verdict | 'outside_policy';
}

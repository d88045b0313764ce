import type { IsoDate } from '../calendar/iso-date.js';
import type { Bilingual } from '../errors.js';
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
 *   a trip that departed after the board rejected it), or a report was submitted before the
 *   activity ended (until a later report replaces it);
 * - `not_applicable` / `undetermined` — as the obligation itself.
 *
 * @example
 * ```ts
 * const status: ComplianceStatus = 'pending';
 * ```
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
 * `report_before_end`, `not_yet_due`, `awaiting_report`, `deadline_passed`, `not_applicable`, `undetermined`.
 *
 * @example
 * ```ts
 * const reason: ComplianceReason = 'retroactive_approval';
 * ```
 */
export type ComplianceReason =
  | 'planning_stated'
  | 'planning_incomplete'
  | 'approved_in_time'
  | 'retroactive_approval'
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
 *   twin town, no policy version in force): it needs a person's attention, and the undetermined
 *   results say why and how to settle it;
 * - `compliant` — nothing is violated, overdue or undetermined (duties may still be pending).
 *
 * A missing fact never makes an answer `compliant`.
 *
 * @example
 * ```ts
 * const verdict: Verdict = 'undetermined';
 * ```
 */
export type Verdict = 'compliant' | 'not_compliant' | 'undetermined';

/**
 * How an activity stands against one obligation.
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
 * approval?.reason; // => 'awaiting_approval'
 * approval?.deadline; // => '2021-10-01'
 * ```
 */
export interface ObligationCompliance {
  /** The obligation judged. */
  readonly obligation: Obligation;
  /** Its status on `asOf`. */
  readonly status: ComplianceStatus;
  /** Why. */
  readonly reason: ComplianceReason;
  /** The record that decided it (an approval or a report), when one did. */
  readonly evidence?: BoardApproval | ActivityReport;
  /** What a plan or report fails to state. */
  readonly missing?: readonly RequiredContent[];
  /** The day it is due by: the departure (approval), or a caller-set report deadline. */
  readonly deadline?: IsoDate;
  /**
   * The board's decisions on the trip that say otherwise than the one that decided (an approval
   * followed by a rejection, say): named so that a reader sees the conflict (interpretation note 5).
   */
  readonly conflicting?: readonly BoardApproval[];
  /** The status and reason in words, in Swedish and English. */
  readonly messages: Bilingual;
}

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
   * be judged (or no policy version was in force); else `compliant`.
   */
  readonly verdict: Verdict;
}

import type { DineroSnapshot } from 'dinero.js';
import type { AgreementReview } from '../agreements/types.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { DutyPeriod } from '../calendar/mandate-period.js';
import type {
  ComplianceDeadlines,
  ComplianceReason,
  ComplianceStatus,
  Verdict,
} from '../compliance/types.js';
import type { InputIssue } from '../input/issues.js';
import type { Vouched } from '../internal/guards.js';
import type { ExchangeRates } from '../money/convert.js';
import type { ActivityRuleCode, Evaluation, EvaluationContext } from '../obligations/types.js';
import type { PolicySource } from '../policy/policy-in-force.js';
import type { AppliedPolicy, RuleCode } from '../policy/types.js';
import type { InvalidRecord } from '../register/lenient.js';

/**
 * What {@link audit} needs: the day to judge on (nothing reads the clock), and optionally a period
 * to restrict it to, rates, deadlines for reports and the policy versions to choose from.
 *
 * @example
 * ```ts
 * const options: AuditOptions = { asOf: '2023-03-31', period: '2019-2022', deadlines: { reportBackDays: 90 } };
 * ```
 * @category Agreements and audit
 */
export interface AuditOptions {
  /** The day to judge on, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The board's term to audit, `'2019–2022'`; by default every activity, and every period of the
   * policy versions that has begun by `asOf`. */
  readonly period?: string;
  /** Rates for foreign costs; the register's own rates by default. */
  readonly rates?: ExchangeRates;
  /** Deadlines for reports, where the municipality sets them (interpretation note 6). */
  readonly deadlines?: ComplianceDeadlines;
  /** The versions to choose from; the built-in ones by default. */
  readonly policies?: PolicySource;
  /**
   * How many days before an activity's deciding date a rate may be dated; any age by default. An
   * older rate is a `stale_rate` cost issue, left out of the totals (interpretation note 2).
   */
  readonly maxRateAgeDays?: number;
  /** The bodies' meeting days, for rules due at the next meeting (see {@link EvaluationContext}). */
  readonly meetingDays?: EvaluationContext['meetingDays'];
}

/**
 * One activity in an audit: how it complies, and its costs in SEK — plain frozen data (a copy,
 * `structuredClone` or JSON keeps all of it). It holds each obligation's status and reason, not the
 * whole compliance: that comes, from the same judgement, to {@link AuditStreamOptions.onActivity},
 * and {@link assessCompliance} gives it for one activity.
 *
 * @example
 * ```ts
 * const register = parseRegister(SAMPLE_REGISTER);
 * const report = register.success ? audit(register.data, { asOf: '2023-03-31' }) : undefined;
 * const first: AuditedActivity | undefined = report?.activities[0];
 * first?.id; // => '2022-01'
 * first?.violations; // => 1
 * first?.verdict; // => 'not_compliant'
 * ```
 * @category Agreements and audit
 */
export interface AuditedActivity {
  /** The activity's id. */
  readonly id: string;
  /** Whether it was evaluated, is domestic, or fell on a day no policy version was in force. */
  readonly outcome: Evaluation['outcome'];
  /** Each obligation's status and reason, in the order of the evaluation (none unless evaluated). */
  readonly results: readonly AuditedStatus[];
  /** How many of its obligations are violated or overdue. */
  readonly violations: number;
  /**
   * Its verdict: not compliant, undetermined (needs attention: see the undetermined results), or
   * compliant; `outside_policy` when no policy version was in force on its first day (note 16).
   */
  readonly verdict: Verdict | 'outside_policy';
  /** Its planned costs (a trip's budget) in SEK, when recorded and convertible. */
  readonly planned?: DineroSnapshot<number, 'SEK'>;
  /** Its actual costs (a trip's outcome, an exchange's costs) in SEK, when recorded and convertible. */
  readonly actual?: DineroSnapshot<number, 'SEK'>;
  /** Why a recorded cost could not be added: e.g. `missing_rate`. */
  readonly costIssues: readonly InputIssue[];
}

/**
 * One obligation's status in an audit, without the evaluation behind it.
 *
 * @example
 * ```ts
 * const status: AuditedStatus = { code: 'board_approval', status: 'violated', reason: 'retroactive_approval' };
 * ```
 * @category Agreements and audit
 */
export interface AuditedStatus {
  /** The rule. */
  readonly code: ActivityRuleCode;
  /** Its status on the day judged. */
  readonly status: ComplianceStatus;
  /** Why. */
  readonly reason: ComplianceReason;
}

/**
 * How many obligations of a rule stand at each status.
 *
 * @example
 * ```ts
 * const count: StatusCount = { fulfilled: 3, pending: 1, overdue: 0, violated: 1, not_applicable: 2, undetermined: 0 };
 * ```
 * @category Agreements and audit
 */
export type StatusCount = Readonly<Record<ComplianceStatus, number>>;

/**
 * A register audited on a day: every activity's obligations and every agreement duty with its
 * status, counts per rule and status, totals, and the records that could not be read.
 *
 * @example
 * ```ts
 * const register = parseRegister(SAMPLE_REGISTER);
 * const report: AuditReport | undefined = register.success ? audit(register.data, { asOf: '2023-03-31' }) : undefined;
 * report?.counts.board_approval;
 * // => { fulfilled: 4, pending: 0, overdue: 0, violated: 2, not_applicable: 18, undetermined: 0 }
 * ```
 * @category Agreements and audit
 */
export interface AuditReport extends Vouched<'audit'> {
  /** The day judged on. */
  readonly asOf: IsoDate;
  /** The period audited, when one was asked for. */
  readonly period?: DutyPeriod;
  /** The policy versions applied, oldest first. */
  readonly policies: readonly AppliedPolicy[];
  /**
   * Every activity audited: those not compliant first, then the undetermined ones that need
   * attention, then the compliant ones, and last those outside the policy, each group in register
   * order.
   */
  readonly activities: readonly AuditedActivity[];
  /**
   * How many activities have each verdict. Activities outside the policy have none of these: they
   * are listed in `outsidePolicy` instead (note 16).
   */
  readonly verdicts: Readonly<Record<Verdict, number>>;
  /** The per-period duties, one review per period. */
  readonly agreements: readonly AgreementReview[];
  /**
   * Per rule, by code, how many obligations stand at each status: every rule of the versions
   * audited with, but the adoption of the policy (for the built-in version, its seven codes).
   */
  readonly counts: Readonly<Record<RuleCode, StatusCount>>;
  /** How many activities had each evaluation outcome. */
  readonly outcomes: Readonly<Record<Evaluation['outcome'], number>>;
  /** The activities' costs in SEK: the sum of the rows' `planned` and `actual`. */
  readonly totals: {
    /** Planned costs. */
    readonly planned: DineroSnapshot<number, 'SEK'>;
    /** Actual costs. */
    readonly actual: DineroSnapshot<number, 'SEK'>;
    /** How many activities have a cost that could not be added. */
    readonly unconverted: number;
  };
  /** Records that could not be read, with their issues; the rest was audited. */
  readonly invalid: readonly InvalidRecord[];
  /**
   * The trips whose actual costs are recorded as none (an empty list) while a budget was planned:
   * their report-back is judged on 0,00 kr (note 1), so a cancelled budget is listed, not hidden.
   */
  readonly noActualCosts: readonly string[];
  /**
   * The ids of the activities audited on whose first day no policy version was in force (before the
   * first known version or after the last), in register order: outside the policy, they are not in
   * `verdicts` and do not turn the register's verdict, since no fact a clerk can supply would settle
   * them (interpretation note 16). The council account lists them alike.
   */
  readonly outsidePolicy: readonly string[];
  /**
   * `not_compliant` when an activity or a per-period duty is; else `undetermined` when one is, or a
   * record could not be read; else `compliant` (interpretation note 11). Activities outside the
   * policy do not count (note 16).
   */
  readonly verdict: Verdict;
}

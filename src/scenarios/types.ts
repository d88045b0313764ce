import type {
  Compliance,
  ComplianceDeadlines,
  ComplianceStatus,
  ObligationCompliance,
  Verdict,
} from '../compliance/types.js';
import type { ExchangeRates } from '../money/convert.js';
import type { EvaluationContext, ObligationStatus } from '../obligations/types.js';
import type { PolicySource } from '../policy/policy-in-force.js';
import type { AppliedPolicy, PolicyVersion } from '../policy/types.js';
import type { InvalidRecord } from '../register/lenient.js';

/**
 * What {@link runScenarios} judges the cases with.
 *
 * @example
 * ```ts
 * const options: ScenarioOptions = { policies: [POLICY_2019_2022] };
 * ```
 * @category Versions
 */
export interface ScenarioOptions {
  /** The policy versions to judge under: a draft, a registry, or the built-in ones when left out. */
  readonly policies?: PolicySource;
}

/**
 * What a scenario case expects of one duty: its status, and where given its reason, due day and the
 * clauses it cites (all of them, in any order).
 *
 * @category Versions
 */
export interface DutyExpectation {
  /** The duty's status on the case's day. */
  readonly status?: ComplianceStatus;
  /** The reason its result gives (`retroactive_approval`, `awaiting_report`, …). */
  readonly reason?: string;
  /** The day it is due by: a deadline the rule or the case sets, else the obligation's own. */
  readonly dueBy?: string;
  /** The ids of the clauses it cites, every one, in any order. */
  readonly clauses?: readonly string[];
}

/**
 * One expectation of a case that the judgement did not meet: where in `expect` it is written, what
 * it says, and what came. Worded by {@link explainScenarioFailure}.
 *
 * @category Versions
 */
export interface ScenarioFailure {
  /** The expectation's path in the case, as written: `expect.duties.board_approval.status`. */
  readonly path: string;
  /** What the case expects, as written (a status, a verdict, a day, an amount, clause ids). */
  readonly expected: string;
  /** What the judgement gave, in the same terms; `none` for a duty or fact it does not have. */
  readonly actual: string;
}

/**
 * One case of a scenario file, judged: whether every expectation held, and the judgement itself.
 *
 * @category Versions
 */
export interface ScenarioOutcome {
  /** The case's place in the file's `cases`. */
  readonly index: number;
  /** The case's name, as written. */
  readonly name: string;
  /** The clauses the case says it pins (its `clauses`), for the traceability of the policy. */
  readonly clauses: readonly string[];
  /** Whether every expectation of the case held. */
  readonly passed: boolean;
  /** The expectations not met, in the order they are written; empty when it passed. */
  readonly failures: readonly ScenarioFailure[];
  /** The activity's compliance on the case's day, as {@link assessCompliance} gives it. */
  readonly compliance: Compliance;
}

/**
 * The cases of a scenario file, each judged, in the file's order.
 *
 * @category Versions
 */
export interface ScenarioReport {
  /** Every case, judged, in the file's order. */
  readonly cases: readonly ScenarioOutcome[];
  /** How many cases passed. */
  readonly passed: number;
  /** How many cases failed. */
  readonly failed: number;
}

/** Internal: the verdicts a case may expect. */
export type ExpectedVerdict = Verdict | 'outside_policy';

/**
 * An activity's verdict: one of the three, or outside the policy (no version in force on its dates).
 *
 * @category Versions
 */
export type JudgedVerdict = Verdict | 'outside_policy';

/**
 * What {@link compareDraft} judges with: the draft, the day, and as for {@link audit} the rates,
 * deadlines and versions in force.
 *
 * @example
 * ```ts
 * const options: CompareOptions = { draft: POLICY_2019_2022, asOf: '2023-12-31' };
 * ```
 * @category Versions
 */
export interface CompareOptions {
  /** The draft of the next version, from `parsePolicy` or `definePolicy`. */
  readonly draft: PolicyVersion;
  /** The day both judgements are made on. */
  readonly asOf: string;
  /** Exchange rates (else the register's own). */
  readonly rates?: ExchangeRates;
  /** Deadlines for the reports, as for `assessCompliance`. */
  readonly deadlines?: ComplianceDeadlines;
  /** The versions in force (the built-in ones when left out). */
  readonly policies?: PolicySource;
  /** How many days a rate may be from the day it converts for. */
  readonly maxRateAgeDays?: number;
  /** The board's and the council's meeting days, for duties due at a meeting. */
  readonly meetingDays?: EvaluationContext['meetingDays'];
}

/**
 * What {@link compareDraftStream} needs: what {@link compareDraft} needs, and what to do with each
 * change.
 *
 * @example
 * ```ts
 * const options: CompareStreamOptions = {
 *   draft: POLICY_2019_2022, asOf: '2023-12-31', onChange: (change) => console.log(change.id),
 * };
 * ```
 * @category Versions
 */
export interface CompareStreamOptions extends CompareOptions {
  /** Called with each activity whose duties or verdict change, in register order; awaited. */
  readonly onChange?: (change: ActivityChange) => void | Promise<void>;
  /** Stops the comparison when aborted, as for `auditStream`. */
  readonly signal?: AbortSignal;
}

/**
 * What a duty comes to in one judgement: its obligation's status and its compliance status, each
 * `none` where the version has no such rule.
 *
 * @category Versions
 */
export interface DutyState {
  /** Whether the duty is owed: `owed`, `not_applicable` or `undetermined`. */
  readonly owed: ObligationStatus | 'none';
  /** Its compliance on the day judged. */
  readonly status: ComplianceStatus | 'none';
}

/**
 * An activity's verdict under the versions in force and under the draft.
 *
 * @category Versions
 */
export interface VerdictChange {
  /** Under the versions in force. */
  readonly from: JudgedVerdict;
  /** Under the draft. */
  readonly to: JudgedVerdict;
}

/**
 * The verdicts of a register's activities counted under the versions in force and under the draft.
 *
 * @category Versions
 */
export interface VerdictCounts {
  /** Under the versions in force. */
  readonly before: Readonly<Record<JudgedVerdict, number>>;
  /** Under the draft. */
  readonly after: Readonly<Record<JudgedVerdict, number>>;
}

/**
 * One duty of an activity that a draft would change: its obligation's status and its compliance
 * status before and after (`none` where the version has no such rule), and both results, whose
 * `obligation.condition` says what decided.
 *
 * @category Versions
 */
export interface DutyChange {
  /** The rule's code. */
  readonly code: string;
  /** Under the versions in force. */
  readonly from: DutyState;
  /** Under the draft. */
  readonly to: DutyState;
  /** The result under the versions in force, when it has the duty. */
  readonly before?: ObligationCompliance;
  /** The result under the draft, when it has the duty. */
  readonly after?: ObligationCompliance;
}

/**
 * An activity a draft would judge otherwise: its verdict before and after, and each duty that
 * changes.
 *
 * @category Versions
 */
export interface ActivityChange {
  /** The activity's id. */
  readonly id: string;
  /** Its title. */
  readonly title: string;
  /** Its verdict under the versions in force, and under the draft. */
  readonly verdict: VerdictChange;
  /** The duties that change, in the order of the rules. */
  readonly duties: readonly DutyChange[];
}

/**
 * One duty across a register: how many activities owe it before and after, how many would owe it
 * that do not today, and how many would no longer owe it.
 *
 * @category Versions
 */
export interface DutyTotal {
  /** The rule's code. */
  readonly code: string;
  /** Activities that owe it under the versions in force. */
  readonly owedBefore: number;
  /** Activities that would owe it under the draft. */
  readonly owedAfter: number;
  /** Activities that would owe it under the draft and do not today. */
  readonly nowOwed: number;
  /** Activities that owe it today and would not under the draft. */
  readonly noLongerOwed: number;
}

/**
 * What a draft would change in a register, judged on a day.
 *
 * @category Versions
 */
export interface DraftComparison {
  /** The day judged. */
  readonly asOf: string;
  /** The draft, as results cite a version. */
  readonly draft: AppliedPolicy;
  /** How many activities were judged. */
  readonly judged: number;
  /** How many of them change. */
  readonly changed: number;
  /** The verdicts counted under the versions in force, and under the draft. */
  readonly verdicts: VerdictCounts;
  /** Each duty across the register, in the order first met. */
  readonly duties: readonly DutyTotal[];
  /** The activities that change, in register order (empty from `compareDraftStream`). */
  readonly activities: readonly ActivityChange[];
  /** The records set aside as unreadable, as in an audit. */
  readonly invalid: readonly InvalidRecord[];
}

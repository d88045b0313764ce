import type { Compliance, ComplianceStatus, Verdict } from '../compliance/types.js';
import type { PolicySource } from '../policy/policy-in-force.js';

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

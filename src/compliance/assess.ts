import type { Activity } from '../activities/types.js';
import { type IsoDate, toIsoDate } from '../calendar/iso-date.js';
import { ownArgument } from '../input/own-data.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import {
  assertVouched,
  checkDeadlines,
  invalidArgument,
  isList,
  isVouched,
  refuseAsParsed,
  TAKES_ACTIVITY,
} from '../internal/guards.js';
import { hasOwn } from '../internal/own.js';
import { evaluate } from '../obligations/evaluate.js';
import { CONTEXT_OPTIONS, checkContext } from '../obligations/guards.js';
import type { Evaluation, Obligation } from '../obligations/types.js';
import { policyList } from '../policy/policy-in-force.js';
import type { PolicyVersion } from '../policy/types.js';
import { parseRecords } from '../records/parse-records.js';
import { JUDGES, type JudgeInput, type Judgement } from './kinds/judges.js';
import * as MUST from './must-words.js';
import { OWN_RESULTS } from './own-results.js';
import type {
  ActivityRecords,
  Compliance,
  ComplianceDeadlines,
  ComplianceOptions,
  ObligationCompliance,
} from './types.js';
import { verdictOf } from './verdict.js';
import { ARGUMENT } from './words.js';

const NOT_APPLICABLE: Judgement = Object.freeze({
  status: 'not_applicable',
  reason: 'not_applicable',
});
const UNDETERMINED: Judgement = Object.freeze({ status: 'undetermined', reason: 'undetermined' });

/**
 * An obligation judged against the records, by the judge of its rule's kind (see `kinds/`): no
 * logic keyed by rule code.
 */
function judge(obligation: Obligation, input: JudgeInput): Judgement {
  if (obligation.status === 'not_applicable') return NOT_APPLICABLE;
  const ifOwed = JUDGES[obligation.kind](obligation, input);
  // An undetermined duty is either owed or does not apply (interpretation note 11): where the
  // records fulfil it, or leave it pending, as if owed, the verdict is the same either way.
  return obligation.status === 'owed' ||
    ifOwed.status === 'fulfilled' ||
    ifOwed.status === 'pending'
    ? ifOwed
    : UNDETERMINED;
}

/**
 * Internal: each obligation of an evaluation judged against the records, in the evaluation's
 * order — the judgement of an activity, made once; {@link complianceFrom} words it as a result.
 */
export function judgementsOf(
  evaluation: Evaluation,
  records: ActivityRecords,
  asOf: IsoDate,
  deadlines: ComplianceDeadlines = {},
): readonly Judgement[] {
  // One input for the activity's obligations, a list made at its length.
  const input: JudgeInput = { activity: evaluation.activity, records, asOf, deadlines };
  const { obligations } = evaluation;
  const judgements: Judgement[] = new Array(obligations.length);
  for (let i = 0; i < obligations.length; i++)
    judgements[i] = judge(obligations[i] as Obligation, input);
  return judgements;
}

/**
 * Internal: the compliance of an evaluation from its judgements ({@link judgementsOf}), frozen. Its
 * results are marked as the library's (`explain` words them as they are) when they leave the
 * library (`handedOut`): a million results an audit only counts are not, as a weak set that large
 * costs the garbage collector more than the audit's judging.
 */
export function complianceFrom(
  evaluation: Evaluation,
  asOf: IsoDate,
  judgements: readonly Judgement[],
  handedOut: boolean,
): Compliance {
  const results = evaluation.obligations.map((obligation, index): ObligationCompliance => {
    const result = Object.freeze({ obligation, ...judgements[index] }) as ObligationCompliance;
    if (handedOut) OWN_RESULTS.add(result);
    return result;
  });
  return Object.freeze({
    evaluation,
    asOf,
    results: Object.freeze(results),
    // Outside the policy is its own answer, not undetermined (interpretation note 16).
    verdict: evaluation.outcome === 'no_policy_in_force' ? 'outside_policy' : verdictOf(judgements),
  });
}

/** Internal: judges an evaluation against the records, for callers that evaluated already. */
export function complianceOf(
  evaluation: Evaluation,
  records: ActivityRecords,
  asOf: IsoDate,
  deadlines?: ComplianceDeadlines,
): Compliance {
  return complianceFrom(evaluation, asOf, judgementsOf(evaluation, records, asOf, deadlines), true);
}

/**
 * Throws `invalid_argument`, naming `fn`, unless `records` is an {@link ActivityRecords}: an object
 * whose approvals, reports back and accounts, each when given, are lists of records naming an
 * activity.
 */
function ownRecords(
  fn: string,
  records: unknown,
  policies: readonly PolicyVersion[],
): ActivityRecords {
  if (isVouched(records, 'records') || isVouched(records, 'register'))
    return records as ActivityRecords;
  // Read once, as plain data: what is checked is what is used.
  records = ownArgument(fn, records, ARGUMENT.records);
  if (typeof records === 'object' && records !== null && !isList(records)) {
    // Records written by hand are checked as parseRecords checks them, and copied: a result never
    // holds the caller's own objects.
    const lists: Record<string, unknown> = {};
    for (const list of ['approvals', 'reportsBack', 'councilAccounts'] as const)
      if (hasOwn(records, list)) lists[list] = (records as Record<string, unknown>)[list];
    const parsed = parseRecords(lists, { policies });
    if (parsed.success) return parsed.data;
    refuseAsParsed(fn, MUST.beRecordsAsParsed, parsed.issues);
  }
  throw invalidArgument(fn, MUST.beRecords(records));
}

/**
 * Whether an activity complies with the policy on a given day: each obligation of its evaluation
 * judged against the recorded approvals, reports back and accounts.
 *
 * @remarks
 * An approval decided after departure does not fulfil `board.approval` (interpretation note 5); a
 * rejected trip that departed anyway violates it. The policy sets no deadline for reports, so a
 * missing or incomplete one is pending unless `deadlines` sets one, then overdue; a report submitted
 * before the activity's last day is not counted (pending, or overdue past the deadline), and a
 * complete report after the deadline fulfils the duty, marked `late` (note 6). An undetermined
 * obligation the records fulfil, or leave pending, as if owed takes that status, since it is the
 * same either way (note 11). With no policy version in force the verdict is `outside_policy`
 * (note 16). `asOf` is a parameter: nothing reads the clock.
 *
 * @see [The policy, clause by clause](../../docs/generated/policy.md): the clauses this implements —
 *   [§ intro.planning](../../docs/generated/policy.md#introplanning), [§ board.approval](../../docs/generated/policy.md#boardapproval), [§ board.reporting](../../docs/generated/policy.md#boardreporting), [§ council.reporting](../../docs/generated/policy.md#councilreporting).
 * @param activity - a parsed activity
 * @param records - the approvals, reports back and accounts (records about other activities are ignored)
 * @param options - `asOf`, optional `deadlines`, and the evaluation context (policies, rates,
 *   `maxRateAgeDays`, agreements)
 * @returns the evaluation and one result per obligation
 * @throws {@link PolicyError} `invalid_date` when `asOf` is not a real date; `unknown_twin_town` as
 *   {@link evaluate} does
 *
 * @example
 * ```ts
 * const trip = parseActivity({
 *   kind: 'trip', id: '2020-03', title: 'Study visit', organiser: 'Kultur och fritid',
 *   travellers: { count: 2 }, destinations: [{ twinTown: 'poltsamaa' }],
 *   departureDate: '2020-03-10', returnDate: '2020-03-12', purpose: 'School exchange',
 *   goal: 'Agree on two school visits', policyGoals: ['nordic'], expectedBenefit: 'Pupils meet peers',
 *   plannedCosts: [{ label: 'Ferry', category: 'travel', amount: '4 000', currency: 'SEK' }],
 * });
 * const records = {
 *   approvals: [{ activity: '2020-03', decidedOn: toIsoDate('2020-03-11'), reference: 'KS § 30', decision: 'approved' as const }],
 * };
 * const compliance = trip.success ? assessCompliance(trip.data, records, { asOf: '2020-06-30' }) : undefined;
 * compliance?.results.map((r) => [r.obligation.code, r.status]);
 * // => [['planning', 'fulfilled'], ['board_approval', 'violated'],
 * //     ['board_report_back', 'not_applicable'], ['council_account', 'pending']]
 * compliance && explain(compliance.results[1] as ObligationCompliance).en;
 * // => 'Approval by the executive board: not fulfilled — approved on 2020-03-11 (KS § 30), after the departure on 2020-03-10; a retroactive approval does not fulfil the rule.'
 * ```
 * @category Compliance
 */
export function assessCompliance(
  activity: Activity,
  records: ActivityRecords,
  options: ComplianceOptions,
): Compliance {
  assertVouched('assessCompliance', activity, TAKES_ACTIVITY);
  options = checkContext('assessCompliance', options, [...CONTEXT_OPTIONS, 'deadlines']);
  const deadlines = checkDeadlines('assessCompliance', options.deadlines);
  const own = ownRecords('assessCompliance', records, policyList(options.policies));
  const asOf = toIsoDate(options.asOf);
  const { deadlines: _, ...context } = options;
  return deepFreeze(complianceOf(evaluate(activity, context), own, asOf, deadlines));
}

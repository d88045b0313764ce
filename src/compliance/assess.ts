import { firstDayOf, lastDayOf } from '../activities/days.js';
import type { Activity } from '../activities/types.js';
import { addDays, type IsoDate, toIsoDate } from '../calendar/iso-date.js';
import { ownArgument } from '../input/own-data.js';
import { compareText } from '../internal/compare.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import {
  assertVouched,
  checkDeadlines,
  invalidArgument,
  isList,
  isVouched,
  notThis,
  refuseAsParsed,
  TAKES_ACTIVITY,
} from '../internal/guards.js';
import { hasOwn } from '../internal/own.js';
import { evaluate } from '../obligations/evaluate.js';
import { CONTEXT_OPTIONS, checkContext } from '../obligations/guards.js';
import type { Evaluation, Obligation } from '../obligations/types.js';
import { policyList } from '../policy/policy-in-force.js';
import type { PolicyVersion, RequiredContent } from '../policy/types.js';
import { parseRecords } from '../records/parse-records.js';
import type { ActivityReport, BoardApproval } from '../records/types.js';
import type {
  ActivityRecords,
  Compliance,
  ComplianceDeadlines,
  ComplianceOptions,
  ComplianceStatus,
  ObligationCompliance,
} from './types.js';
import { verdictOf } from './verdict.js';

/** What a plan or report does not state, of what the obligation requires. */
function missingFrom(
  stated: {
    purpose?: string;
    goal?: string;
    expectedBenefit?: string;
    result?: string;
  },
  content: readonly RequiredContent[],
): RequiredContent[] {
  return content.filter((item) => {
    if (item === 'purpose') return !stated.purpose;
    if (item === 'goal') return !stated.goal;
    if (item === 'expected_benefit') return !stated.expectedBenefit;
    return !stated.result;
  });
}

/** A result without its obligation, as the judges return it: status, reason and the reason's fields. */
type Judgement = ObligationCompliance extends infer R
  ? R extends ObligationCompliance
    ? Omit<R, 'obligation'>
    : never
  : never;

function judgePlanning(obligation: Obligation, activity: Activity, asOf: IsoDate): Judgement {
  const missing = missingFrom(activity, obligation.content);
  if (missing.length === 0) return { status: 'fulfilled', reason: 'planning_stated' };
  const deadline = obligation.dueBy as IsoDate;
  return {
    status: asOf < deadline ? 'pending' : 'violated',
    reason: 'planning_incomplete',
    deadline,
    missing: Object.freeze(missing),
  };
}

/**
 * The board's decisions judged (interpretation note 5): its latest decision on or before departure
 * decides — an approval fulfils the rule, a rejection forbids the trip; with none, an approval after
 * departure is retroactive. Decisions that say otherwise than the deciding one are named.
 */
function judgeApproval(
  obligation: Obligation,
  approvals: readonly BoardApproval[],
  asOf: IsoDate,
  departure: IsoDate,
): Judgement {
  // Due before booking on a trip whose booking day is unknown: judged as due by the departure, the
  // latest the booking can be; an approval in time for that is not known to be in time.
  const judged = judgeDecision(approvals, asOf, obligation.dueBy ?? departure);
  return obligation.dueBy === undefined && judged.reason === 'approved_in_time'
    ? { ...judged, status: 'undetermined', reason: 'booking_date_unknown' }
    : judged;
}

/** Decisions judged against the day they are due by. */
function judgeDecision(
  approvals: readonly BoardApproval[],
  asOf: IsoDate,
  departure: IsoDate,
): Judgement {
  // Stable: decisions of the same day stay in the order recorded, the later one last.
  const sorted = [...approvals].sort((a, b) => compareText(a.decidedOn, b.decidedOn));
  const deciding =
    sorted.findLast((a) => a.decidedOn <= departure) ??
    sorted.find((a) => a.decision === 'approved');
  const decided = (
    status: ComplianceStatus,
    reason: 'approved_in_time' | 'retroactive_approval' | 'approval_rejected',
    evidence: BoardApproval,
  ): Judgement => {
    const conflicting = sorted.filter((a) => a.decision !== evidence.decision);
    return conflicting.length > 0
      ? { status, reason, deadline: departure, evidence, conflicting: Object.freeze(conflicting) }
      : { status, reason, deadline: departure, evidence };
  };
  const departed = asOf > departure;
  if (!deciding)
    return departed
      ? { status: 'violated', reason: 'no_approval', deadline: departure }
      : { status: 'pending', reason: 'awaiting_approval', deadline: departure };
  if (deciding.decidedOn > departure) return decided('violated', 'retroactive_approval', deciding);
  if (deciding.decision === 'approved') return decided('fulfilled', 'approved_in_time', deciding);
  return decided(departed ? 'violated' : 'pending', 'approval_rejected', deciding);
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
  const after = reports.filter((report) => report.submittedOn >= last);
  // The first complete report decides: one in time, if any, is not late.
  const complete = after
    .filter((report) => missingFrom(report, obligation.content).length === 0)
    .sort((a, b) => compareText(a.submittedOn, b.submittedOn))[0];
  // The caller's deadline only where one is set: absent, not `undefined`, otherwise.
  const due = deadline === undefined ? { lastDay: last } : { lastDay: last, deadline };
  if (complete) {
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
      ...due,
      evidence: latest,
      missing: Object.freeze(missingFrom(latest, obligation.content)),
    };
  }
  const early = reports.at(-1);
  if (early) return { status, reason: 'report_before_end', ...due, evidence: early };
  if (asOf <= last) return { status: 'pending', reason: 'not_yet_due', ...due };
  if (late) return { status: 'overdue', reason: 'deadline_passed', ...due };
  return { status: 'pending', reason: 'awaiting_report', ...due };
}

function judge(
  obligation: Obligation,
  activity: Activity,
  records: ActivityRecords,
  asOf: IsoDate,
  deadlines: ComplianceDeadlines,
): Judgement {
  if (obligation.status === 'not_applicable')
    return { status: 'not_applicable', reason: 'not_applicable' };
  if (obligation.status === 'undetermined') {
    // Either the duty is owed or it does not apply (interpretation note 11): where the records
    // fulfil it, or leave it pending, as if owed, the verdict is the same either way.
    const ifOwed = judgeOwed(obligation, activity, records, asOf, deadlines);
    return ifOwed.status === 'fulfilled' || ifOwed.status === 'pending'
      ? ifOwed
      : { status: 'undetermined', reason: 'undetermined' };
  }
  return judgeOwed(obligation, activity, records, asOf, deadlines);
}

/** An obligation judged as owed against the records. */
function judgeOwed(
  obligation: Obligation,
  activity: Activity,
  records: ActivityRecords,
  asOf: IsoDate,
  deadlines: ComplianceDeadlines,
): Judgement {
  // Only what is recorded about this activity by `asOf` counts: a judgement as of a past day
  // must not see decisions taken after it.
  const mine = <T extends { activity: string }>(
    list: readonly T[] | undefined,
    dated: (record: T) => IsoDate,
  ): T[] =>
    // Stryker disable next-line ArrayDeclaration: equivalent — a filler in the empty list has no activity, so the filter drops it.
    (list ?? []).filter((record) => record.activity === activity.id && dated(record) <= asOf);
  const submitted = (report: ActivityReport): IsoDate => report.submittedOn;
  switch (obligation.kind) {
    case 'plan':
      return judgePlanning(obligation, activity, asOf);
    case 'decision':
      // Only the body the rule is owed to fulfils it; a decision recorded without a body is the
      // executive board's.
      return judgeApproval(
        obligation,
        mine(records.approvals, (approval) => approval.decidedOn).filter(
          (approval) => (approval.decidedBy ?? 'board') === obligation.owedTo,
        ),
        asOf,
        firstDayOf(activity),
      );
    default: {
      // A report to the board or an account to the council: due by the rule's day where it sets
      // one (N days after, or the next meeting), else by the caller's deadline, if any.
      const report = obligation.kind === 'report';
      const last = lastDayOf(activity);
      const days = report ? deadlines.reportBackDays : deadlines.councilAccountDays;
      const deadline =
        obligation.dueBy ??
        (days === undefined || obligation.timing === 'at_next_meeting'
          ? undefined
          : addDays(last, days));
      return judgeReport(
        obligation,
        mine(report ? records.reportsBack : records.councilAccounts, submitted),
        last,
        asOf,
        deadline,
      );
    }
  }
}

/** Internal: judges an evaluation against the records, for callers that evaluated already. */
export function complianceOf(
  evaluation: Evaluation,
  records: ActivityRecords,
  asOf: IsoDate,
  deadlines: ComplianceDeadlines = {},
): Compliance {
  const results = evaluation.obligations.map(
    (obligation): ObligationCompliance =>
      Object.freeze({
        obligation,
        ...judge(obligation, evaluation.activity, records, asOf, deadlines),
      }) as ObligationCompliance,
  );
  return Object.freeze({
    evaluation,
    asOf,
    results: Object.freeze(results),
    // Outside the policy is its own answer, not undetermined (interpretation note 16).
    verdict: evaluation.outcome === 'no_policy_in_force' ? 'outside_policy' : verdictOf(results),
  });
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
  records = ownArgument(fn, records, { sv: 'besluten', en: 'the records' });
  if (typeof records === 'object' && records !== null && !isList(records)) {
    // Records written by hand are checked as parseRecords checks them, and copied: a result never
    // holds the caller's own objects.
    const lists: Record<string, unknown> = {};
    for (const list of ['approvals', 'reportsBack', 'councilAccounts'] as const)
      if (hasOwn(records, list)) lists[list] = (records as Record<string, unknown>)[list];
    const parsed = parseRecords(lists, { policies });
    if (parsed.success) return parsed.data;
    refuseAsParsed(
      fn,
      {
        sv: 'besluten ska vara { approvals, reportsBack, councilAccounts } som parseRecords tar emot',
        en: 'the records must be { approvals, reportsBack, councilAccounts } as parseRecords takes them',
      },
      parsed.issues,
    );
  }
  throw invalidArgument(fn, {
    sv: `besluten ska vara { approvals, reportsBack, councilAccounts } från parseRecords eller parseRegister, ${notThis(records).sv}.`,
    en: `the records must be { approvals, reportsBack, councilAccounts } from parseRecords or parseRegister, ${notThis(records).en}.`,
  });
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
  const checkedDeadlines = checkDeadlines('assessCompliance', options.deadlines);
  options = { ...options, ...(checkedDeadlines ? { deadlines: checkedDeadlines } : {}) };
  const own = ownRecords('assessCompliance', records, policyList(options.policies));
  const asOf = toIsoDate(options.asOf);
  const { deadlines, ...context } = options;
  return deepFreeze(complianceOf(evaluate(activity, context), own, asOf, deadlines));
}

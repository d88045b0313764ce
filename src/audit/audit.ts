import type { DineroSnapshot } from 'dinero.js';
import { activityCosts, type KnownCost, sekTotal } from '../activities/costs.js';
import { firstDayOf } from '../activities/days.js';
import type { Activity } from '../activities/types.js';
import { reviewAgreements } from '../agreements/review.js';
import type { AgreementReview } from '../agreements/types.js';
import { type IsoDate, toIsoDate } from '../calendar/iso-date.js';
import { type DutyPeriod, dutyPeriod } from '../calendar/mandate-period.js';
import { complianceOf } from '../compliance/assess.js';
import { recordsByActivity } from '../compliance/records-by-activity.js';
import type {
  ActivityRecords,
  Compliance,
  ComplianceDeadlines,
  ComplianceStatus,
  Verdict,
} from '../compliance/types.js';
import { PolicyError } from '../errors.js';
import type { InputIssue } from '../input/issues.js';
import { type Vouched, vouch } from '../internal/guards.js';
import { rateAgeLimit } from '../money/rate-age.js';
import { evaluate } from '../obligations/evaluate.js';
import { checkContext } from '../obligations/guards.js';
import type { Evaluation, EvaluationContext } from '../obligations/types.js';
import { compiled } from '../policy/compiled.js';
import { policyList } from '../policy/policy-in-force.js';
import type { AppliedPolicy } from '../policy/types.js';
import { parseRegisterLeniently } from '../register/lenient.js';
import { isParsedRegister } from '../register/parse-register.js';
import type { Register } from '../register/types.js';
import type { AuditedActivity, AuditedStatus, AuditOptions, AuditReport } from './types.js';

type CountedRule = keyof AuditReport['counts'];

const RULES: readonly CountedRule[] = [
  'planning',
  'board_approval',
  'board_report_back',
  'council_account',
  'agreement_evaluation',
  'continuation_decision',
  'agreement_termination',
];

function zeroCount(): Record<ComplianceStatus, number> {
  return { fulfilled: 0, pending: 0, overdue: 0, violated: 0, not_applicable: 0, undetermined: 0 };
}

const NO_ISSUES: readonly InputIssue[] = Object.freeze([]);

// Stryker disable all: equivalent — a shortcut; without the evaluation's total, activityCosts works the same total out again.
/** The trip total an evaluation already worked out, so that the audit adds it as it is. */
function knownCost(evaluation: Evaluation): KnownCost | undefined {
  for (const fact of evaluation.facts) {
    if (fact.kind === 'total_cost') {
      const result = {
        success: true as const,
        total: fact.total,
        conversions: evaluation.conversions,
      };
      return { basis: fact.basis, result };
    }
    if (fact.kind === 'costs_not_convertible') {
      const issues = fact.issues as readonly [InputIssue, ...InputIssue[]];
      return { basis: fact.basis, result: { success: false, issues } };
    }
  }
  return undefined;
}
// Stryker restore all
const NO_RECORDS: ActivityRecords = Object.freeze({});

/**
 * The audit's verdict (interpretation note 11): not compliant when an activity or a per-period duty
 * is; else undetermined when one is, or when a record could not be read; else compliant.
 */
function auditVerdict(
  groups: Readonly<Record<Verdict, readonly unknown[]>>,
  reviews: readonly AgreementReview[],
  unreadable: number,
): Verdict {
  const verdicts = new Set(reviews.map((review) => review.verdict));
  if (groups.not_compliant.length > 0 || verdicts.has('not_compliant')) return 'not_compliant';
  if (groups.undetermined.length > 0 || verdicts.has('undetermined') || unreadable > 0)
    return 'undetermined';
  return 'compliant';
}

/** What an audit row needs to work out its compliance again when it is read. */
interface AuditEnvironment {
  readonly context: EvaluationContext;
  readonly asOf: IsoDate;
  readonly deadlines: ComplianceDeadlines | undefined;
}

/**
 * One activity of an audit. Its statuses are kept; its full compliance (evaluation, facts, clauses)
 * is worked out again when first read and then kept, so that an audit of a million
 * activities holds only what it counted. The audit is pure, so the second working-out is the first.
 */
class AuditRow implements AuditedActivity {
  readonly id: string;
  declare readonly planned?: DineroSnapshot<number, 'SEK'>;
  declare readonly actual?: DineroSnapshot<number, 'SEK'>;
  readonly #activity: Activity;
  readonly #records: ActivityRecords;
  readonly #environment: AuditEnvironment;
  #compliance: Compliance | undefined;

  constructor(
    activity: Activity,
    readonly outcome: Evaluation['outcome'],
    readonly results: readonly AuditedStatus[],
    readonly violations: number,
    readonly verdict: Verdict,
    planned: DineroSnapshot<number, 'SEK'> | undefined,
    actual: DineroSnapshot<number, 'SEK'> | undefined,
    readonly costIssues: readonly InputIssue[],
    records: ActivityRecords,
    environment: AuditEnvironment,
  ) {
    this.id = activity.id;
    if (planned) this.planned = planned;
    if (actual) this.actual = actual;
    this.#activity = activity;
    this.#records = records;
    this.#environment = environment;
    Object.freeze(this);
  }

  get compliance(): Compliance {
    // Stryker disable next-line ConditionalExpression: equivalent — a cache; the audit is pure, so working it out again gives the same compliance.
    if (!this.#compliance) {
      const { context, asOf, deadlines } = this.#environment;
      this.#compliance = complianceOf(
        evaluate(this.#activity, context),
        this.#records,
        asOf,
        deadlines,
      );
    }
    return this.#compliance;
  }

  toJSON(): object {
    return { ...this, compliance: this.compliance };
  }
}

/**
 * Audits a register on a given day: evaluates every activity and judges each obligation against the
 * register's approvals, reports and accounts; reviews the twin-town agreements for each period; and
 * counts, totals and orders the result so that violations come first.
 *
 * @remarks
 * It never stops at a bad record: given a document rather than a parsed register, it reads it record
 * by record, lists every record it cannot use in `invalid` with its issues (a record that refers to
 * an invalid one is invalid too), and audits the rest. A register from {@link parseRegister} is used
 * as it is. The totals are the sums of the rows' `planned` and `actual` costs; a cost that cannot be
 * converted (no rate) is left out and counted in `totals.unconverted`, never taken as zero.
 * Nothing reads the clock: `asOf` decides what is due, and records dated after it are not seen.
 *
 * @see [The policy, clause by clause](../../docs/generated/policy.md): the clauses this implements.
 * @param register - a parsed register, or a register document as read from JSON
 * @param options - the day, and optionally the period, rates (and `maxRateAgeDays`, how old they may
 *   be), deadlines and policy versions
 * @returns the report
 * @throws {@link PolicyError} `invalid_date` for an impossible `asOf`; `invalid_period` for a period
 *   label that is not a board term; `amount_too_large` when a total exceeds what öre can count exactly;
 *   `unknown_twin_town` when a parsed register names a twin town none of `options.policies` lists
 *   (pass the versions it was parsed with)
 *
 * @example
 * ```ts
 * const report = audit(SAMPLE_REGISTER, { asOf: '2023-03-31', deadlines: { reportBackDays: 90 } });
 * report.verdict; // => 'not_compliant'
 * report.activities.filter((a) => a.violations > 0).map((a) => a.id);
 * // => ['2021-04', '2022-01', '2022-03', '2022-12']
 * report.totals.actual; // => { amount: 29660129, currency: { code: 'SEK', base: 10, exponent: 2 }, scale: 2 }
 * report.agreements[0]?.agreements.map((a) => a.termination.status);
 * // => ['not_applicable', 'pending', 'not_applicable', 'not_applicable']
 * ```
 */
export function audit(register: Register | unknown, options: AuditOptions): AuditReport {
  checkContext('audit', options);
  const asOf = toIsoDate(options.asOf);
  const period = options.period === undefined ? undefined : dutyPeriod(options.period);
  const policies = policyList(options.policies);
  const read = isParsedRegister(register)
    ? { register, invalid: [] }
    : parseRegisterLeniently(register, { policies });
  const parsed = read.register;
  // Stryker disable next-line ArrayDeclaration: equivalent — with no register there is nothing to convert.
  const rates = options.rates ?? { rates: parsed?.rates ?? [] };
  const maxRateAgeDays = options.maxRateAgeDays;
  const context: EvaluationContext = {
    policies,
    rates,
    ...(parsed ? { agreements: parsed.agreements } : {}),
    // Stryker disable next-line ConditionalExpression: equivalent — maxRateAgeDays: undefined is no bound, as is its absence.
    ...(maxRateAgeDays !== undefined ? { maxRateAgeDays } : {}),
  };
  const counts = Object.fromEntries(RULES.map((rule) => [rule, zeroCount()])) as Record<
    CountedRule,
    Record<ComplianceStatus, number>
  >;
  const outcomes: Record<Evaluation['outcome'], number> = {
    evaluated: 0,
    not_international: 0,
    no_policy_in_force: 0,
  };
  const applied = new Set<AppliedPolicy>();
  const byActivity = parsed ? recordsByActivity(parsed) : new Map<string, ActivityRecords>();
  // Activities by verdict: those not compliant come first, then those that need attention.
  const groups: Record<Verdict, AuditedActivity[]> = {
    not_compliant: [],
    undetermined: [],
    compliant: [],
  };
  const noActualCosts: string[] = [];
  let planned = 0;
  let actual = 0;
  let unconverted = 0;
  const environment: AuditEnvironment = { context, asOf, deadlines: options.deadlines };
  // The statuses of an activity repeat across a register: one frozen list per combination.
  const summaries = new Map<string, readonly AuditedStatus[]>();
  const interned = (key: string, compliance: Compliance): readonly AuditedStatus[] => {
    let found = summaries.get(key);
    // Stryker disable next-line ConditionalExpression: equivalent — a cache of equal frozen lists.
    if (!found) {
      found = Object.freeze(
        compliance.results.map((result) =>
          Object.freeze({
            code: result.obligation.code,
            status: result.status,
            reason: result.reason,
          }),
        ),
      );
      summaries.set(key, found);
    }
    return found;
  };

  for (const activity of parsed?.activities ?? []) {
    if (period) {
      const first = firstDayOf(activity);
      if (first < period.firstDay || first > period.lastDay) continue;
    }
    const records = byActivity.get(activity.id) ?? NO_RECORDS;
    const evaluation = evaluate(activity, context);
    outcomes[evaluation.outcome]++;
    if (evaluation.policy) applied.add(evaluation.policy);
    const compliance = complianceOf(evaluation, records, asOf, options.deadlines);
    let violations = 0;
    // Stryker disable next-line StringLiteral: equivalent — a common prefix of every key.
    let key = '';
    for (const result of compliance.results) {
      counts[result.obligation.code][result.status]++;
      if (result.status === 'violated' || result.status === 'overdue') violations++;
      key += `${result.obligation.code}:${result.status}:${result.reason} `;
    }
    // Stryker disable next-line ConditionalExpression: equivalent — only a total_cost fact carries plannedInstead.
    if (evaluation.facts.some((fact) => fact.kind === 'total_cost' && fact.plannedInstead))
      noActualCosts.push(activity.id);
    const costs = activityCosts(
      activity,
      rates,
      knownCost(evaluation),
      rateAgeLimit(evaluation.decidingDate, maxRateAgeDays),
    );
    let costIssues = NO_ISSUES;
    for (const total of [costs.planned, costs.actual]) {
      if (total && !total.success) costIssues = costIssues.concat(total.issues);
    }
    if (costIssues.length > 0) unconverted++;
    if (costs.planned?.success) planned += costs.planned.total.amount;
    if (costs.actual?.success) actual += costs.actual.total.amount;
    const row = new AuditRow(
      activity,
      evaluation.outcome,
      interned(key, compliance),
      violations,
      compliance.verdict,
      costs.planned?.success ? costs.planned.total : undefined,
      costs.actual?.success ? costs.actual.total : undefined,
      costIssues,
      records,
      environment,
    );
    groups[compliance.verdict].push(row);
  }

  const periods: DutyPeriod[] = period
    ? [period]
    : [...new Set(policies.map((policy) => policy.mandatePeriod))]
        .map((label) => dutyPeriod(label))
        .filter((candidate) => candidate.firstDay <= asOf);
  const agreements: AgreementReview[] = parsed
    ? periods.map((each) =>
        reviewAgreements(parsed, {
          period: each.label,
          asOf,
          rates,
          policies,
          // Stryker disable next-line ConditionalExpression: equivalent — maxRateAgeDays: undefined is no bound, as is its absence.
          ...(maxRateAgeDays !== undefined ? { maxRateAgeDays } : {}),
        }),
      )
    : [];
  for (const review of agreements) {
    if (review.policy) applied.add(review.policy);
    for (const duty of [
      review.continuation,
      ...review.agreements.flatMap((a) => [a.evaluation, a.termination]),
    ]) {
      counts[duty.code][duty.status]++;
    }
  }

  const order = new Map(policies.map((policy, index) => [compiled(policy).applied, index]));
  const report: Omit<AuditReport, keyof Vouched<'audit'>> = {
    asOf,
    ...(period ? { period } : {}),
    policies: Object.freeze(
      // Every version applied came from `policies`, so each has its place in the order.
      [...applied].sort((a, b) => (order.get(a) as number) - (order.get(b) as number)),
    ),
    activities: Object.freeze(groups.not_compliant.concat(groups.undetermined, groups.compliant)),
    verdicts: Object.freeze({
      not_compliant: groups.not_compliant.length,
      undetermined: groups.undetermined.length,
      compliant: groups.compliant.length,
    }),
    agreements: Object.freeze(agreements),
    counts: Object.freeze(counts),
    outcomes: Object.freeze(outcomes),
    totals: Object.freeze({ planned: sekTotal(planned), actual: sekTotal(actual), unconverted }),
    invalid: read.invalid,
    noActualCosts: Object.freeze(noActualCosts),
    verdict: auditVerdict(groups, agreements, read.invalid.length),
  };
  // Vouched for before it is frozen, so that its renderers take this report and no hand-made one.
  return Object.freeze(vouch(report, 'audit'));
}

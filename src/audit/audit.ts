import { activityCosts, type KnownCost, rateDayFor, sekTotal } from '../activities/costs.js';
import { firstDayOf } from '../activities/days.js';
import type { Activity } from '../activities/types.js';
import { reviewWith, TownActivity } from '../agreements/review.js';
import type { AgreementReview } from '../agreements/types.js';
import { type IsoDate, toIsoDate } from '../calendar/iso-date.js';
import { type DutyPeriod, dutyPeriod } from '../calendar/mandate-period.js';
import { complianceFrom, complianceOf, judgementsOf } from '../compliance/assess.js';
import type { Judgement } from '../compliance/kinds/judgement.js';
import { recordsByActivity } from '../compliance/records-by-activity.js';
import type {
  ActivityRecords,
  Compliance,
  ComplianceDeadlines,
  ComplianceStatus,
  Verdict,
} from '../compliance/types.js';
import { verdictOf } from '../compliance/verdict.js';
import { PolicyError } from '../errors.js';
import type { InputIssue } from '../input/issues.js';
import { checkDeadlines, type Vouched, vouch } from '../internal/guards.js';
import type { ExchangeRates } from '../money/convert.js';
import { type CheckedContext, evaluateChecked, registerContext } from '../obligations/evaluate.js';
import { checkContext } from '../obligations/guards.js';
import type { Evaluation, Fact, Obligation } from '../obligations/types.js';
import { compiled } from '../policy/compiled.js';
import { policyList } from '../policy/policy-in-force.js';
import type { AppliedPolicy, PolicyVersion } from '../policy/types.js';
import { fold, type RegisterReducer } from '../register/fold.js';
import { type InvalidRecord, parseRegisterLeniently } from '../register/lenient.js';
import { isParsedRegister } from '../register/parse-register.js';
import type { Register } from '../register/types.js';
import type { AuditedActivity, AuditedStatus, AuditOptions, AuditReport } from './types.js';

/** The options of {@link audit}. */
export const AUDIT_OPTIONS: readonly string[] = Object.freeze([
  'asOf',
  'period',
  'rates',
  'deadlines',
  'policies',
  'maxRateAgeDays',
  'meetingDays',
]);

/** The codes counted: every rule of the versions, in their order, but the adoption of the policy. */
function countedCodes(policies: readonly PolicyVersion[]): string[] {
  const codes = new Set<string>();
  for (const policy of policies)
    for (const rule of policy.rules) if (rule.kind !== 'adoption') codes.add(rule.code);
  return [...codes];
}

function zeroCount(): Record<ComplianceStatus, number> {
  return { fulfilled: 0, pending: 0, overdue: 0, violated: 0, not_applicable: 0, undetermined: 0 };
}

const NO_ISSUES: readonly InputIssue[] = Object.freeze([]);

// Stryker disable all: equivalent — a shortcut; without the evaluation's total, activityCosts works the same total out again.
/** The trip total an evaluation already worked out, so that the audit adds it as it is. */
function knownCost(evaluation: Evaluation): KnownCost | undefined {
  const facts = evaluation.facts;
  for (let i = 0; i < facts.length; i++) {
    const fact = facts[i] as Fact;
    if (fact.kind === 'total_cost') {
      const result = {
        success: true as const,
        total: fact.total,
        conversions: evaluation.conversions,
      };
      return { basis: fact.basis, result };
    }
  }
  return undefined;
}
// Stryker restore all
const NO_RECORDS: ActivityRecords = Object.freeze({});

/**
 * The audit's verdict (interpretation note 11): not compliant when an activity or a per-period duty
 * is; else undetermined when one is, or when a record could not be read; else compliant. Activities
 * outside the policy are not among `verdicts` and do not count (note 16).
 */
function auditVerdict(
  verdicts: Readonly<Record<Verdict, number>>,
  reviews: readonly AgreementReview[],
  unreadable: number,
): Verdict {
  const found = new Set(reviews.map((review) => review.verdict));
  if (verdicts.not_compliant > 0 || found.has('not_compliant')) return 'not_compliant';
  if (verdicts.undetermined > 0 || found.has('undetermined') || unreadable > 0)
    return 'undetermined';
  return 'compliant';
}

/** How to judge a report's activities again, for a renderer that needs their whole compliance. */
interface ReportJudging {
  readonly register: Register;
  readonly context: CheckedContext;
  readonly deadlines: ComplianceDeadlines | undefined;
  readonly byActivity: ReadonlyMap<string, ActivityRecords>;
  /** The register's activities by id, made when first needed. */
  byId?: Map<string, Activity>;
}

/** The reports `audit` made from a whole register, with how to judge their activities again. */
const JUDGING = new WeakMap<AuditReport, ReportJudging>();

/**
 * Internal: the whole compliance of an audited activity, judged again on the report's day with the
 * report's context — for `auditToCsv`, which writes what `audit` did not keep (a row holds its
 * statuses only). `undefined` for a report that kept no register (`auditStream`'s has no rows).
 */
export function rowCompliance(report: AuditReport, id: string): Compliance | undefined {
  const judging = JUDGING.get(report);
  if (!judging) return undefined;
  judging.byId ??= new Map(judging.register.activities.map((activity) => [activity.id, activity]));
  const activity = judging.byId.get(id);
  if (!activity) return undefined;
  return complianceOf(
    evaluateChecked(activity, judging.context),
    judging.byActivity.get(activity.id) ?? NO_RECORDS,
    report.asOf,
    judging.deadlines,
  );
}

/**
 * What the audit works out for each activity, once, on its day: its row, and the evaluation and
 * judgements its whole compliance is made from when asked for ({@link judgedCompliance}).
 */
interface Judged {
  readonly row: AuditedActivity;
  readonly evaluation: Evaluation;
  readonly judgements: readonly Judgement[];
  readonly asOf: IsoDate;
}

/**
 * Internal: the whole compliance of an activity an audit judged, made from its judgement (marked
 * as the library's when handed out).
 */
export function judgedCompliance(judged: Judged, handedOut: boolean): Compliance {
  return complianceFrom(judged.evaluation, judged.asOf, judged.judgements, handedOut);
}

/**
 * Whether a fact is a total cost whose actual costs are recorded as none, with the budget shown
 * beside it (`plannedInstead`).
 */
const plannedInstead = (fact: Fact): boolean =>
  fact.kind === 'total_cost' && fact.plannedInstead !== undefined;

/**
 * The statuses an audit has seen, interned as a trie: a node per code, status and reason of each
 * result in turn, holding the frozen list that ends there — found without building a key.
 */
interface Interned {
  list?: readonly AuditedStatus[];
  readonly next: Map<string, Interned>;
}

/** The node after `node` for `part`, made the first time. */
function step(node: Interned, part: string): Interned {
  let next = node.next.get(part);
  if (!next) {
    next = { next: new Map() };
    node.next.set(part, next);
  }
  return next;
}

/** The rows an audit keeps: every one, grouped by verdict, or none (they were handed on). */
type Kept = Record<Verdict | 'outside_policy', AuditedActivity[]> | undefined;

/**
 * Internal: an audit in progress, fed one activity at a time — by {@link audit} from a parsed
 * register, or by `auditStream` as a register is read. Counts, totals and each period's activity
 * with the twin towns are kept as running sums; the rows are kept only when asked to.
 */
export class Auditor implements RegisterReducer<AuditReport, Judged | undefined> {
  readonly #asOf: IsoDate;
  readonly #period: DutyPeriod | undefined;
  readonly #policies: readonly PolicyVersion[];
  readonly #register: Register | undefined;
  readonly #rates: ExchangeRates;
  readonly #maxRateAgeDays: number | undefined;
  readonly #context: CheckedContext;
  readonly #deadlines: ComplianceDeadlines | undefined;
  readonly #counts: Record<string, Record<ComplianceStatus, number>>;
  readonly #outcomes: Record<Evaluation['outcome'], number> = {
    evaluated: 0,
    not_international: 0,
    no_policy_in_force: 0,
  };
  readonly #verdicts: Record<Verdict, number> = { not_compliant: 0, undetermined: 0, compliant: 0 };
  readonly #applied = new Set<AppliedPolicy>();
  readonly #byActivity: Map<string, ActivityRecords>;
  readonly #kept: Kept;
  readonly #noActualCosts: string[] = [];
  readonly #outsidePolicy: string[] = [];
  readonly #towns: readonly TownActivity[];
  #planned = 0;
  #actual = 0;
  #unconverted = 0;
  // The statuses of an activity repeat across a register: one frozen list per combination.
  readonly #summaries: Interned = { next: new Map() };

  /**
   * @param register - the register, without its activities when they come one by one
   * @param keep - whether to keep the rows for the report (else they are only returned)
   * @param fn - the public function auditing, named in errors
   */
  constructor(register: Register | undefined, options: AuditOptions, keep: boolean, fn = 'audit') {
    options = checkContext(fn, options, AUDIT_OPTIONS);
    const deadlines = checkDeadlines(fn, options.deadlines);
    if (deadlines) options = { ...options, deadlines };
    this.#asOf = toIsoDate(options.asOf);
    this.#period = options.period === undefined ? undefined : dutyPeriod(options.period);
    this.#policies = policyList(options.policies);
    this.#counts = Object.fromEntries(
      countedCodes(this.#policies).map((code) => [code, zeroCount()]),
    );
    this.#register = register;
    // Stryker disable next-line ArrayDeclaration: equivalent — with no register there is nothing to convert.
    this.#rates = options.rates ?? { rates: register?.rates ?? [] };
    this.#maxRateAgeDays = options.maxRateAgeDays;
    this.#context = registerContext({
      asOf: this.#asOf,
      policies: this.#policies,
      rates: this.#rates,
      agreements: register?.agreements,
      maxRateAgeDays: this.#maxRateAgeDays,
      meetingDays: options.meetingDays,
    });
    this.#deadlines = options.deadlines;
    this.#byActivity = register ? recordsByActivity(register) : new Map();
    this.#kept = keep
      ? { not_compliant: [], undetermined: [], compliant: [], outside_policy: [] }
      : undefined;
    const periods: DutyPeriod[] = this.#period
      ? [this.#period]
      : [...new Set(this.#policies.map((policy) => policy.mandatePeriod))]
          .map((label) => dutyPeriod(label))
          .filter((candidate) => candidate.firstDay <= this.#asOf);
    this.#towns = register
      ? periods.map(
          (each) =>
            new TownActivity(each, this.#policies, this.#rates, this.#maxRateAgeDays, this.#asOf),
        )
      : [];
  }

  /**
   * Audits one activity of the register, judged once: its row and its whole compliance, or none
   * when it is outside the period audited.
   */
  add(activity: Activity): Judged | undefined {
    const inPeriod =
      !this.#period ||
      (firstDayOf(activity) >= this.#period.firstDay &&
        firstDayOf(activity) <= this.#period.lastDay);
    if (!inPeriod) {
      // Outside the period audited, it still counts towards the twin towns' activity.
      for (const towns of this.#towns) towns.add(activity);
      return undefined;
    }
    const asOf = this.#asOf;
    const records = this.#byActivity.get(activity.id) ?? NO_RECORDS;
    const evaluation = evaluateChecked(activity, this.#context);
    this.#outcomes[evaluation.outcome]++;
    if (evaluation.policy) this.#applied.add(evaluation.policy);
    // Judged once; a row keeps the statuses only, and the results are built when asked for.
    const judgements = judgementsOf(evaluation, records, asOf, this.#deadlines);
    // Outside the policy is its own answer, not undetermined (interpretation note 16).
    const verdict: Verdict | 'outside_policy' =
      evaluation.outcome === 'no_policy_in_force' ? 'outside_policy' : verdictOf(judgements);
    const obligations = evaluation.obligations;
    let violations = 0;
    // The node of the interned statuses for these codes, statuses and reasons, in order.
    let node = this.#summaries;
    for (let i = 0; i < judgements.length; i++) {
      const { status, reason } = judgements[i] as (typeof judgements)[number];
      const { code } = obligations[i] as Obligation;
      (this.#counts[code] as Record<ComplianceStatus, number>)[status]++;
      if (status === 'violated' || status === 'overdue') violations++;
      node = step(step(step(node, code), status), reason);
    }
    // Stryker disable next-line ConditionalExpression: equivalent — only a total_cost fact carries plannedInstead.
    if (evaluation.facts.some(plannedInstead)) this.#noActualCosts.push(activity.id);
    const costs = activityCosts(
      activity,
      this.#rates,
      knownCost(evaluation),
      rateDayFor(activity, asOf, this.#maxRateAgeDays),
    );
    // The twin towns' activity takes the costs worked out here, not again.
    for (let i = 0; i < this.#towns.length; i++)
      (this.#towns[i] as TownActivity).add(activity, costs);
    let costIssues = NO_ISSUES;
    // The issues of each total, frozen as made: one list as it is, two joined.
    if (costs.planned && !costs.planned.success) costIssues = costs.planned.issues;
    if (costs.actual && !costs.actual.success)
      costIssues =
        costIssues.length === 0
          ? costs.actual.issues
          : Object.freeze(costIssues.concat(costs.actual.issues));
    if (costIssues.length > 0) this.#unconverted++;
    if (costs.planned?.success) this.#planned += costs.planned.total.amount;
    if (costs.actual?.success) this.#actual += costs.actual.total.amount;
    node.list ??= Object.freeze(
      judgements.map(({ status, reason }, index) =>
        Object.freeze({ code: (obligations[index] as Obligation).code, status, reason }),
      ),
    );
    const row: { -readonly [K in keyof AuditedActivity]?: AuditedActivity[K] } = {
      id: activity.id,
      outcome: evaluation.outcome,
      results: node.list,
      violations,
      verdict,
    };
    if (costs.planned?.success) row.planned = costs.planned.total;
    if (costs.actual?.success) row.actual = costs.actual.total;
    row.costIssues = costIssues;
    const frozen = Object.freeze(row as AuditedActivity);
    // Outside the policy is listed apart, never counted among the verdicts (note 16).
    if (verdict === 'outside_policy') this.#outsidePolicy.push(activity.id);
    else this.#verdicts[verdict]++;
    this.#kept?.[verdict].push(frozen);
    return { row: frozen, evaluation, judgements, asOf };
  }

  /** The report, once every activity is added: the rows kept (none if none were), and `invalid`. */
  finish(invalid: readonly InvalidRecord[]): AuditReport {
    const register = this.#register;
    const agreements: AgreementReview[] = register
      ? this.#towns.map((towns) => reviewWith(register, towns, this.#asOf, this.#policies))
      : [];
    const counts = this.#counts;
    for (const review of agreements) {
      if (review.policy) this.#applied.add(review.policy);
      for (const duty of [
        review.continuation,
        ...review.agreements.flatMap((a) => [a.evaluation, a.termination]),
      ]) {
        counts[duty.code] ??= zeroCount();
        (counts[duty.code] as Record<ComplianceStatus, number>)[duty.status]++;
      }
    }
    for (const count of Object.values(counts)) Object.freeze(count);
    const order = new Map(this.#policies.map((policy, index) => [compiled(policy).applied, index]));
    const kept = this.#kept;
    const verdicts = this.#verdicts;
    const report: Omit<AuditReport, keyof Vouched<'audit'>> = {
      asOf: this.#asOf,
      ...(this.#period ? { period: this.#period } : {}),
      policies: Object.freeze(
        // Every version applied came from `policies`, so each has its place in the order.
        [...this.#applied].sort((a, b) => (order.get(a) as number) - (order.get(b) as number)),
      ),
      // Those not compliant come first, then those that need attention, then the compliant ones,
      // and last those outside the policy, each in register order.
      activities: Object.freeze(
        kept
          ? kept.not_compliant.concat(kept.undetermined, kept.compliant, kept.outside_policy)
          : [],
      ),
      verdicts: Object.freeze({ ...verdicts }),
      agreements: Object.freeze(agreements),
      counts: Object.freeze(counts),
      outcomes: Object.freeze({ ...this.#outcomes }),
      totals: Object.freeze({
        planned: sekTotal(this.#planned),
        actual: sekTotal(this.#actual),
        unconverted: this.#unconverted,
      }),
      // The records set aside are frozen as they are read; the list itself is frozen here.
      invalid: Object.isFrozen(invalid) ? invalid : Object.freeze([...invalid]),
      noActualCosts: Object.freeze(this.#noActualCosts),
      outsidePolicy: Object.freeze(this.#outsidePolicy),
      verdict: auditVerdict(verdicts, agreements, invalid.length),
    };
    // Vouched for before it is frozen, so that its renderers take this report and no hand-made one.
    // Its parts were frozen as they were built (rows, results, reviews): only the top is frozen
    // here, never walked.
    const frozen = Object.freeze(vouch(report, 'audit'));
    if (kept && register?.activities.length)
      JUDGING.set(frozen, {
        register: register as Register,
        context: this.#context,
        deadlines: this.#deadlines,
        byActivity: this.#byActivity,
      });
    return frozen;
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
 * @see [The policy, clause by clause](../../docs/generated/policy.md): the clauses this implements —
 *   [§ intro.planning](../../docs/generated/policy.md#introplanning), [§ board.approval](../../docs/generated/policy.md#boardapproval), [§ board.reporting](../../docs/generated/policy.md#boardreporting), [§ council.reporting](../../docs/generated/policy.md#councilreporting), [§ twinTowns.agreements](../../docs/generated/policy.md#twintownsagreements), [§ twinTowns.termination](../../docs/generated/policy.md#twintownstermination), [§ council.agreements](../../docs/generated/policy.md#councilagreements).
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
 * @category Agreements and audit
 */
export function audit(register: unknown, options: AuditOptions): AuditReport {
  options = checkContext('audit', options, AUDIT_OPTIONS);
  const read = isParsedRegister(register)
    ? { register, invalid: [] }
    : parseRegisterLeniently(register, { policies: policyList(options.policies) });
  return fold(read, new Auditor(read.register, options, true));
}

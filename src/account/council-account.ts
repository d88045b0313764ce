import { activityCosts, rateDayFor, sekTotal } from '../activities/costs.js';
import { firstDayOf, lastDayOf } from '../activities/days.js';
import type { Activity } from '../activities/types.js';
import { type IsoDate, toIsoDate } from '../calendar/iso-date.js';
import { accountPeriod, type DutyPeriod } from '../calendar/mandate-period.js';
import { complianceOf } from '../compliance/assess.js';
import { recordsByActivity } from '../compliance/records-by-activity.js';
import type {
  ActivityRecords,
  Compliance,
  ComplianceStatus,
  Verdict,
} from '../compliance/types.js';
import type { InputIssue } from '../input/issues.js';
import { compareText } from '../internal/compare.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { assertVouched, TAKES_REGISTER, vouch } from '../internal/guards.js';
import { hasOwn } from '../internal/own.js';
import type { ExchangeRates } from '../money/convert.js';
import type { SekTotalResult } from '../money/total.js';
import { type CheckedContext, evaluateChecked } from '../obligations/evaluate.js';
import { checkContext, PERIOD_OPTIONS } from '../obligations/guards.js';
import type { CostBasis } from '../obligations/types.js';
import { policyList, versionInForce } from '../policy/policy-in-force.js';
import type { AppliedPolicy, Goal, RuleKind, TwinTown } from '../policy/types.js';
import { fold, type RegisterReducer } from '../register/fold.js';
import type { Register } from '../register/types.js';
import type {
  AccountContent,
  AccountRow,
  AccountTotal,
  CouncilAccount,
  CouncilAccountOptions,
} from './types.js';

const NO_ISSUES: readonly InputIssue[] = Object.freeze([]);
const NO_RECORDS: ActivityRecords = Object.freeze({});

function placesOf(activity: Activity, towns: ReadonlyMap<string, TwinTown>): string[] {
  const places = activity.kind === 'trip' ? activity.destinations : activity.partners;
  return places.map((place) => {
    if (hasOwn(place, 'twinTown')) {
      const town = towns.get(place.twinTown);
      const name = hasOwn(place, 'name') && place.name ? `${place.name}, ` : '';
      return `${name}${town?.name ?? place.twinTown} (${town?.country ?? '?'})`;
    }
    const partner = place as { name?: string; place?: string; country: string };
    const written = [partner.name, partner.place].filter(Boolean).join(', ');
    return `${written} (${place.country})`;
  });
}

/**
 * The account to the municipal council that clause `council.reporting` requires: one row per
 * international exchange and trip whose first day falls in the period — dates, places, purpose,
 * goals, result, travellers, cost in SEK, and whether it was approved and reported back where that
 * was owed — with totals per goal and per twin town. Rows that do not state purpose, goals or
 * result are flagged, because the clause requires all three.
 *
 * @remarks
 * International is interpretation note 3; activities in the period on days no version of the policy
 * was in force are listed in `outsidePolicy`, not dropped silently. A row's cost is its actual cost
 * where recorded, else its budget; a cost that cannot be converted (no rate) is left out of every
 * total and counted in `total.unconverted`. A row naming two goals counts under both, so the totals
 * per goal can add up to more than the whole. The account is made on a day, `asOf` (interpretation
 * note 17): approval and report-back are judged with the records dated on or before it, as of it. Render it with {@link accountToMarkdown} or
 * {@link accountToCsv}.
 *
 * @see [The policy, clause by clause](../../docs/generated/policy.md): the clauses this implements —
 *   [§ council.reporting](../../docs/generated/policy.md#councilreporting), [§ board.approval](../../docs/generated/policy.md#boardapproval), [§ board.reporting](../../docs/generated/policy.md#boardreporting).
 * @param register - a parsed register (see {@link parseRegister})
 * @param options - the period and the day the account is made (`asOf`), and optionally rates (and
 *   `maxRateAgeDays`, how far from an activity's rate day they may be dated) and policy versions
 * @returns the account
 * @throws {@link PolicyError} `invalid_period` for a label that is not a board term; `invalid_date`
 *   for an impossible `asOf`; `amount_too_large` when a total exceeds what öre can count exactly;
 *   `unknown_twin_town` when the register names a twin town none of `options.policies` lists (pass
 *   the versions it was parsed with)
 *
 * @example
 * ```ts
 * const register = parseRegister(SAMPLE_REGISTER);
 * const account = register.success ? councilAccount(register.data, { period: '2019-2022', asOf: '2023-03-31' }) : undefined;
 * account?.rows[0]?.id; // => '2019-09'
 * account?.outsidePolicy; // => ['2019-07']
 * account?.byTwinTown.map((t) => [t.key, t.count]);
 * // => [['poltsamaa', 5], ['esashi', 4], ['nykarleby', 3], ['madison', 1]]
 * ```
 * @category Agreements and audit
 */
export function councilAccount(register: Register, options: CouncilAccountOptions): CouncilAccount {
  assertVouched('councilAccount', register, TAKES_REGISTER);
  return fold({ register, invalid: [] }, new Accountant(register, options, 'councilAccount'));
}

/** A goal's or a twin town's running total in the account. */
interface Tally<T> {
  readonly of: T;
  count: number;
  cost: number;
}

/**
 * Internal: an account in progress, fed one activity at a time — by {@link councilAccount} from a
 * parsed register, or by `councilAccountStream` as a register is read — holding only its rows and
 * running totals, never the activities.
 */
export class Accountant implements RegisterReducer<CouncilAccount> {
  readonly #period: DutyPeriod;
  readonly #asOf: IsoDate;
  readonly #rates: ExchangeRates;
  readonly #maxRateAgeDays: number | undefined;
  readonly #context: CheckedContext;
  readonly #townsById: ReadonlyMap<string, TwinTown>;
  readonly #records: ReadonlyMap<string, ActivityRecords>;
  readonly #goals: ReadonlyMap<string, Tally<Goal>>;
  readonly #towns: ReadonlyMap<string, Tally<TwinTown>>;
  readonly #goalsById = new Map<string, Goal>();
  readonly #applied = new Set<AppliedPolicy>();
  readonly #rows: AccountRow[] = [];
  readonly #outsidePolicy: string[] = [];
  #total = 0;
  #unconverted = 0;

  /**
   * @param records - the register's records (its activities come one by one, through `add`)
   * @param options - the account's options, checked here
   * @param fn - the public function making the account, named in errors
   */
  constructor(records: Omit<Register, 'activities'>, options: CouncilAccountOptions, fn: string) {
    options = checkContext(fn, options, PERIOD_OPTIONS);
    this.#period = accountPeriod(options.period);
    this.#asOf = toIsoDate(options.asOf);
    const policies = policyList(options.policies);
    this.#rates = options.rates ?? { rates: records.rates };
    this.#maxRateAgeDays = options.maxRateAgeDays;
    this.#context = {
      asOf: this.#asOf,
      policies,
      rates: this.#rates,
      agreements: records.agreements,
      ...(this.#maxRateAgeDays !== undefined ? { maxRateAgeDays: this.#maxRateAgeDays } : {}),
    };
    this.#townsById = new Map(policies.flatMap((p) => p.twinTowns.map((t) => [t.id, t] as const)));
    this.#records = recordsByActivity(records);
    const governing = versionInForce(this.#period.dueBy, policies) ?? policies.at(-1);
    this.#goals = new Map(
      (governing?.goals ?? []).map((goal) => [goal.id, { of: goal, count: 0, cost: 0 }]),
    );
    this.#towns = new Map(
      (governing?.twinTowns ?? []).map((town) => [town.id, { of: town, count: 0, cost: 0 }]),
    );
    // The goals an activity links to, by id: the governing version's, else the version that has it.
    for (const version of [governing, ...policies]) {
      for (const goal of version?.goals ?? [])
        if (!this.#goalsById.has(goal.id)) this.#goalsById.set(goal.id, goal);
    }
  }

  /** Accounts for one activity: a row when it is international and in the period. */
  add(activity: Activity): void {
    const firstDay = firstDayOf(activity);
    if (firstDay < this.#period.firstDay || firstDay > this.#period.lastDay) return;
    const evaluation = evaluateChecked(activity, this.#context);
    if (evaluation.outcome === 'no_policy_in_force') {
      this.#outsidePolicy.push(activity.id);
      return;
    }
    if (evaluation.outcome !== 'evaluated') return;
    // Stryker disable next-line ConditionalExpression: equivalent — an evaluated activity always names its version.
    if (evaluation.policy) this.#applied.add(evaluation.policy);
    const compliance = complianceOf(
      evaluation,
      this.#records.get(activity.id) ?? NO_RECORDS,
      this.#asOf,
    );
    const costs = activityCosts(
      activity,
      this.#rates,
      undefined,
      rateDayFor(activity, this.#asOf, this.#maxRateAgeDays),
    );
    const basis: CostBasis | undefined = costs.actual
      ? 'actual'
      : costs.planned
        ? 'planned'
        : undefined;
    const cost = basis === 'actual' ? costs.actual : costs.planned;
    const twinTowns = [
      ...new Set(
        evaluation.facts.flatMap((fact) => (fact.kind === 'twin_town' ? [fact.town] : [])),
      ),
    ];
    const amount = cost?.success ? cost.total.amount : 0;
    if (cost && !cost.success) this.#unconverted++;
    this.#total += amount;
    const count = (tally: Tally<unknown> | undefined) => {
      if (!tally) return;
      tally.count++;
      tally.cost += amount;
    };
    for (const goal of activity.policyGoals ?? []) count(this.#goals.get(goal));
    for (const town of twinTowns) count(this.#towns.get(town));
    this.#rows.push(this.#row(activity, compliance, cost, basis, twinTowns));
  }

  /** One row of the account: the activity as the clause asks it be accounted for. */
  #row(
    activity: Activity,
    compliance: Compliance,
    cost: SekTotalResult | undefined,
    basis: CostBasis | undefined,
    twinTowns: readonly string[],
  ): AccountRow {
    const trip = activity.kind === 'trip' ? activity : undefined;
    // Each column is the first rule of its kind (a decision, a report, an account); a kind the
    // version does not list is not owed.
    const status = (kind: RuleKind): ComplianceStatus =>
      compliance.results.find((result) => result.obligation.kind === kind)?.status ??
      'not_applicable';
    const missing: AccountContent[] = [];
    if (!activity.purpose) missing.push('purpose');
    if (!activity.goal) missing.push('goal');
    if (!activity.result) missing.push('result');
    return Object.freeze({
      id: activity.id,
      ...(activity.caseNumber !== undefined ? { caseNumber: activity.caseNumber } : {}),
      kind: activity.kind === 'trip' ? 'trip' : activity.form,
      title: activity.title,
      organiser: activity.organiser,
      firstDay: compliance.evaluation.decidingDate,
      lastDay: lastDayOf(activity),
      places: Object.freeze(placesOf(activity, this.#townsById)),
      twinTowns: Object.freeze(twinTowns),
      ...(activity.purpose !== undefined ? { purpose: activity.purpose } : {}),
      ...(activity.goal !== undefined ? { goal: activity.goal } : {}),
      policyGoals: Object.freeze(
        (activity.policyGoals ?? []).map((id) => this.#goalsById.get(id) as Goal),
      ),
      ...(activity.result !== undefined ? { result: activity.result } : {}),
      ...(trip ? { travellers: trip.travellers.count } : {}),
      ...(cost?.success ? { cost: cost.total } : {}),
      ...(basis ? { costBasis: basis } : {}),
      costIssues: cost && !cost.success ? cost.issues : NO_ISSUES,
      approval: status('decision'),
      reportBack: status('report'),
      accounted: status('account'),
      // Evaluated under a policy in force: never outside it (those are listed in `outsidePolicy`).
      verdict: compliance.verdict as Verdict,
      attention: Object.freeze(
        compliance.results.filter((result) => result.status === 'undetermined'),
      ),
      missing: Object.freeze(missing),
    });
  }

  /** The account, once every activity is added: its rows by date, totals per goal and twin town. */
  finish(): CouncilAccount {
    const rows = this.#rows.sort(
      (a, b) => compareText(a.firstDay, b.firstDay) || compareText(a.id, b.id),
    );
    const totalOf = (key: string, label: AccountTotal['label'], count: number, cost: number) =>
      Object.freeze({ key, label, count, cost: sekTotal(cost) });
    return deepFreeze(
      vouch(
        {
          period: this.#period,
          asOf: this.#asOf,
          policies: Object.freeze([...this.#applied]),
          rows: Object.freeze(rows),
          flagged: Object.freeze(rows.filter((row) => row.missing.length > 0).map((row) => row.id)),
          outsidePolicy: Object.freeze(this.#outsidePolicy),
          total: Object.freeze({ cost: sekTotal(this.#total), unconverted: this.#unconverted }),
          byGoal: Object.freeze(
            [...this.#goals.values()].map(({ of, count, cost }) =>
              totalOf(of.id, of.text, count, cost),
            ),
          ),
          byTwinTown: Object.freeze(
            [...this.#towns.values()].map(({ of, count, cost }) =>
              totalOf(of.id, { sv: of.name, en: of.name }, count, cost),
            ),
          ),
        },
        'account',
      ),
    );
  }
}

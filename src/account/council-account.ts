import { activityCosts, rateDayFor, sekTotal } from '../activities/costs.js';
import { firstDayOf, lastDayOf } from '../activities/days.js';
import type { Activity } from '../activities/types.js';
import { toIsoDate } from '../calendar/iso-date.js';
import { accountPeriod } from '../calendar/mandate-period.js';
import { complianceOf } from '../compliance/assess.js';
import { recordsByActivity } from '../compliance/records-by-activity.js';
import type { ComplianceStatus, Verdict } from '../compliance/types.js';
import type { InputIssue } from '../input/issues.js';
import { compareText } from '../internal/compare.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { assertVouched, TAKES_REGISTER, vouch } from '../internal/guards.js';
import { hasOwn } from '../internal/own.js';
import { type CheckedContext, evaluateChecked } from '../obligations/evaluate.js';
import { checkContext, PERIOD_OPTIONS } from '../obligations/guards.js';
import type { CostBasis } from '../obligations/types.js';
import { policyList, versionInForce } from '../policy/policy-in-force.js';
import type { AppliedPolicy, Goal, RuleKind, TwinTown } from '../policy/types.js';
import type { Register } from '../register/types.js';
import type {
  AccountContent,
  AccountRow,
  AccountTotal,
  CouncilAccount,
  CouncilAccountOptions,
} from './types.js';

const NO_ISSUES: readonly InputIssue[] = Object.freeze([]);

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
  options = checkContext('councilAccount', options, PERIOD_OPTIONS);
  const period = accountPeriod(options.period);
  const asOf = toIsoDate(options.asOf);
  const policies = policyList(options.policies);
  const rates = options.rates ?? { rates: register.rates };
  const maxRateAgeDays = options.maxRateAgeDays;
  const context: CheckedContext = {
    asOf,
    policies,
    rates,
    agreements: register.agreements,
    ...(maxRateAgeDays !== undefined ? { maxRateAgeDays } : {}),
  };
  const townsById = new Map(policies.flatMap((p) => p.twinTowns.map((t) => [t.id, t] as const)));
  const records = recordsByActivity(register);
  const governing = versionInForce(period.dueBy, policies) ?? policies.at(-1);
  const goals = new Map(
    (governing?.goals ?? []).map((goal) => [goal.id, { goal, count: 0, cost: 0 }]),
  );
  const towns = new Map(
    (governing?.twinTowns ?? []).map((town) => [town.id, { town, count: 0, cost: 0 }]),
  );
  // The goals an activity links to, by id: the governing version's, else the version that has it.
  const goalsById = new Map<string, Goal>();
  for (const version of [governing, ...policies]) {
    for (const goal of version?.goals ?? [])
      if (!goalsById.has(goal.id)) goalsById.set(goal.id, goal);
  }
  const applied = new Set<AppliedPolicy>();
  const rows: AccountRow[] = [];
  const outsidePolicy: string[] = [];
  let total = 0;
  let unconverted = 0;

  for (const activity of register.activities) {
    const trip = activity.kind === 'trip' ? activity : undefined;
    const firstDay = firstDayOf(activity);
    if (firstDay < period.firstDay || firstDay > period.lastDay) continue;
    const evaluation = evaluateChecked(activity, context);
    if (evaluation.outcome === 'no_policy_in_force') {
      outsidePolicy.push(activity.id);
      continue;
    }
    if (evaluation.outcome !== 'evaluated') continue;
    // Stryker disable next-line ConditionalExpression: equivalent — an evaluated activity always names its version.
    if (evaluation.policy) applied.add(evaluation.policy);
    const compliance = complianceOf(evaluation, records.get(activity.id) ?? {}, asOf);
    // Each column is the first rule of its kind (a decision, a report, an account); a kind the
    // version does not list is not owed.
    const status = (kind: RuleKind): ComplianceStatus =>
      compliance.results.find((result) => result.obligation.kind === kind)?.status ??
      'not_applicable';
    const costs = activityCosts(
      activity,
      rates,
      undefined,
      rateDayFor(activity, asOf, maxRateAgeDays),
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
    const missing: AccountContent[] = [];
    if (!activity.purpose) missing.push('purpose');
    if (!activity.goal) missing.push('goal');
    if (!activity.result) missing.push('result');
    const amount = cost?.success ? cost.total.amount : 0;
    if (cost && !cost.success) unconverted++;
    total += amount;
    for (const goal of activity.policyGoals ?? []) {
      const entry = goals.get(goal);
      if (entry) {
        entry.count++;
        entry.cost += amount;
      }
    }
    for (const town of twinTowns) {
      const entry = towns.get(town);
      if (entry) {
        entry.count++;
        entry.cost += amount;
      }
    }
    rows.push(
      Object.freeze({
        id: activity.id,
        ...(activity.caseNumber !== undefined ? { caseNumber: activity.caseNumber } : {}),
        kind: activity.kind === 'trip' ? 'trip' : activity.form,
        title: activity.title,
        organiser: activity.organiser,
        firstDay: evaluation.decidingDate,
        lastDay: lastDayOf(activity),
        places: Object.freeze(placesOf(activity, townsById)),
        twinTowns: Object.freeze(twinTowns),
        ...(activity.purpose !== undefined ? { purpose: activity.purpose } : {}),
        ...(activity.goal !== undefined ? { goal: activity.goal } : {}),
        policyGoals: Object.freeze(
          (activity.policyGoals ?? []).map((id) => goalsById.get(id) as Goal),
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
      }),
    );
  }
  rows.sort((a, b) => compareText(a.firstDay, b.firstDay) || compareText(a.id, b.id));
  const totalOf = (key: string, label: AccountTotal['label'], count: number, cost: number) =>
    Object.freeze({ key, label, count, cost: sekTotal(cost) });
  return deepFreeze(
    vouch(
      {
        period,
        asOf,
        policies: Object.freeze([...applied]),
        rows: Object.freeze(rows),
        flagged: Object.freeze(rows.filter((row) => row.missing.length > 0).map((row) => row.id)),
        outsidePolicy: Object.freeze(outsidePolicy),
        total: Object.freeze({ cost: sekTotal(total), unconverted }),
        byGoal: Object.freeze(
          [...goals.values()].map(({ goal, count, cost }) =>
            totalOf(goal.id, goal.text, count, cost),
          ),
        ),
        byTwinTown: Object.freeze(
          [...towns.values()].map(({ town, count, cost }) =>
            totalOf(town.id, { sv: town.name, en: town.name }, count, cost),
          ),
        ),
      },
      'account',
    ),
  );
}

import { rateDayFor } from '../activities/costs.js';
import { firstDayOf } from '../activities/days.js';
import type { Activity, Trip } from '../activities/types.js';
import { type IsoDate, toIsoDate } from '../calendar/iso-date.js';
import { PolicyError } from '../errors.js';
import type { PathSegment } from '../input/issues.js';
import { compareText } from '../internal/compare.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { assertVouched, TAKES_ACTIVITY } from '../internal/guards.js';
import { hasOwn } from '../internal/own.js';
import type { ExchangeRates, SekConversion } from '../money/convert.js';
import { moreThan, type SekTotalResult, totalOf } from '../money/total.js';
import type { Cited } from '../policy/cited.js';
import { compiled } from '../policy/compiled.js';
import { BUILT_IN_POLICIES, policyList, versionInForce } from '../policy/policy-in-force.js';
import { certainSpellings, twinTownMatch, writtenPlace } from '../policy/twin-town-index.js';
import type {
  AppliedPolicy,
  InterpretationNote,
  PolicyVersion,
  TwinTown,
} from '../policy/types.js';
import { firstTerminations } from '../records/terminations.js';
import { checkContext } from './guards.js';
import type {
  ActivityRuleCode,
  CostBasis,
  Evaluation,
  EvaluationContext,
  Fact,
  Obligation,
  ObligationStatus,
  RequiredContent,
} from './types.js';

const NO_FACTS: readonly Fact[] = Object.freeze([]);
const NO_CONVERSIONS: readonly SekConversion[] = Object.freeze([]);
const NO_OBLIGATIONS: readonly Obligation[] = Object.freeze([]);
const PLANNING_CONTENT: readonly RequiredContent[] = Object.freeze([
  'purpose',
  'goal',
  'expected_benefit',
]);
const REPORT_CONTENT: readonly RequiredContent[] = Object.freeze(['purpose', 'goal', 'result']);

/** An obligation as plain, frozen data, built from the rule it rests on and named fields. */
function obligationOf(
  cited: Cited,
  fields: {
    readonly status: ObligationStatus;
    readonly facts: readonly Fact[];
    readonly content: readonly RequiredContent[];
    readonly dueBy?: IsoDate | undefined;
    readonly provisional?: boolean;
  },
): Obligation {
  const { rule } = cited;
  // Assigned in one order, optional fields last, so that obligations share a few shapes.
  const obligation: { -readonly [K in keyof Obligation]?: Obligation[K] } = {
    code: rule.code as ActivityRuleCode,
    status: fields.status,
    provisional: fields.provisional ?? false,
    owedBy: rule.owedBy,
    timing: rule.timing,
    content: fields.content,
    facts: Object.freeze(fields.facts),
    rule,
    clauses: cited.clauses,
    interpretationNotes: notesUsed(cited.interpretationNotes, fields.facts),
  };
  if (rule.owedTo !== undefined) obligation.owedTo = rule.owedTo;
  if (fields.dueBy !== undefined) obligation.dueBy = fields.dueBy;
  return Object.freeze(obligation as Obligation);
}

/**
 * The notes an answer used: a note about some twin towns only when its facts name one of them
 * (note 12 on Madison is not cited on a trip to Põltsamaa).
 */
function notesUsed(
  notes: readonly InterpretationNote[],
  facts: readonly Fact[],
): readonly InterpretationNote[] {
  // Stryker disable next-line ConditionalExpression: equivalent — a fast path; filtering keeps every note then.
  if (!notes.some((note) => note.twinTowns)) return notes;
  const towns = new Set<string>();
  // Stryker disable next-line ConditionalExpression: equivalent — another fact adds `undefined`, a town no note names.
  for (const fact of facts)
    if (fact.kind === 'twin_town' || fact.kind === 'possible_twin_town') towns.add(fact.town);
  return Object.freeze(
    notes.filter((note) => !note.twinTowns || note.twinTowns.some((town) => towns.has(town))),
  );
}

/** An evaluation as plain, frozen data, from named fields. */
function evaluationOf(fields: {
  readonly activity: Activity;
  readonly outcome: Evaluation['outcome'];
  readonly decidingDate: IsoDate;
  readonly policy?: AppliedPolicy | undefined;
  readonly international: boolean;
  readonly facts: readonly Fact[];
  readonly conversions: readonly SekConversion[];
  readonly obligations: readonly Obligation[];
}): Evaluation {
  const evaluation: { -readonly [K in keyof Evaluation]?: Evaluation[K] } = {
    activity: fields.activity,
    outcome: fields.outcome,
    decidingDate: fields.decidingDate,
    international: fields.international,
    facts: Object.freeze(fields.facts),
    conversions: fields.conversions,
    obligations: Object.freeze(fields.obligations),
  };
  if (fields.policy) evaluation.policy = fields.policy;
  return Object.freeze(evaluation as Evaluation);
}

function unknownTwinTown(activity: string, twinTown: string): PolicyError {
  return new PolicyError(
    'unknown_twin_town',
    {
      sv: `Aktiviteten ${activity} nämner vänorten "${twinTown}", som ingen version av policyn som utvärderingen känner till har; utvärdera med de versioner aktiviteten lästes in med.`,
      en: `Activity ${activity} names the twin town "${twinTown}", which no version of the policy known to the evaluation lists; evaluate with the versions the activity was parsed with.`,
    },
    { activity, twinTown },
  );
}

/** The twin town with this id in any of the versions given, or in the built-in ones. */
function anyTownNamed(id: string, policies: EvaluationContext['policies']): TwinTown | undefined {
  for (const version of [...policyList(policies), ...BUILT_IN_POLICIES]) {
    const town = version.twinTowns.find((candidate) => candidate.id === id);
    if (town) return town;
  }
  return undefined;
}

/** Orders facts about places by place (then country, or town id), without building keys. */
function byPlace(a: Fact, b: Fact): number {
  return compareText(keyOf(a, 0), keyOf(b, 0)) || compareText(keyOf(a, 1), keyOf(b, 1));
}

/** The sort key of a fact about a place abroad (place, country) or a twin town (town, place). */
function keyOf(fact: Fact, part: 0 | 1): string {
  if (fact.kind === 'abroad') return part === 0 ? fact.place : fact.country;
  const town = fact as Extract<Fact, { kind: 'twin_town' | 'possible_twin_town' }>;
  return part === 0 ? town.town : town.place;
}

/** Places abroad, twin towns and possible twin towns among an activity's destinations or partners (notes 3 and 4). */
function placeFacts(
  activity: Activity,
  policy: PolicyVersion,
  date: IsoDate,
  context: EvaluationContext,
): { abroad: Fact[]; twinTowns: Fact[]; possible: Fact[]; terminated: Fact[] } {
  const index = compiled(policy).twinTowns;
  const abroad: Fact[] = [];
  const twinTowns: Fact[] = [];
  const possible: Fact[] = [];
  const terminated: Fact[] = [];
  const places = activity.kind === 'trip' ? activity.destinations : activity.partners;
  for (const place of places) {
    const found = twinTownMatch(place, index);
    let label: string;
    let country: string;
    if (hasOwn(place, 'twinTown')) {
      // A town named by id that this version does not list (a later version dropped it) is still a
      // place abroad: its name and country come from the version that lists it.
      const known = found?.town ?? anyTownNamed(place.twinTown, context.policies);
      // Named by an id no version lists, the place is unknown: judging the activity would call it
      // domestic. It could only come from parsing with other versions, so it is a programmer error.
      if (!known) throw unknownTwinTown(activity.id, place.twinTown);
      label = known.name;
      country = known.country;
    } else {
      label = writtenPlace(place);
      country = place.country;
    }
    if (country !== 'SE') abroad.push({ kind: 'abroad', place: label, country });
    if (!found) continue;
    const town = found.town;
    const ended = context.agreements && firstTerminations(context.agreements).get(town.id);
    if (
      // Stryker disable next-line ConditionalExpression: equivalent — `undefined < date` is false.
      ended !== undefined &&
      ended < date
    )
      terminated.push({ kind: 'agreement_terminated', name: town.name, terminatedOn: ended });
    else if (found.match === 'is')
      twinTowns.push({
        kind: 'twin_town',
        place: label,
        town: town.id,
        name: town.name,
        policyPeriod: policy.mandatePeriod,
      });
    else
      possible.push({
        kind: 'possible_twin_town',
        place: label,
        town: town.id,
        name: town.name,
        policyPeriod: policy.mandatePeriod,
        writeAs: certainSpellings(town),
        ...(found.namesakes && { namesakes: found.namesakes }),
      });
  }
  // Sorted, so that the order in which destinations are written does not change the result.
  return {
    abroad: abroad.sort(byPlace),
    twinTowns: twinTowns.sort(byPlace),
    possible: possible.sort(byPlace),
    terminated,
  };
}

/**
 * The trip's total cost fact (notes 1, 2 and 15). After the trip's last day, on the day judged, the
 * actual costs decide when recorded, else the budget (provisionally); until then the higher of the
 * budget and the actual costs so far, provisionally. Items without a rate leave the total unknown
 * unless the items converted already exceed the threshold: an unknown part can only add.
 */
function costFact(
  trip: Trip,
  policy: PolicyVersion,
  context: CheckedContext,
): { fact: Fact; conversions: readonly SekConversion[] } {
  const rates = context.rates ?? NO_RATES;
  const rateDay = rateDayFor(trip, context.asOf, context.maxRateAgeDays);
  const ended = context.asOf === undefined || context.asOf > trip.returnDate;
  const planned = trip.plannedCosts && totalOf(trip.plannedCosts, rates, PLANNED_PATH, rateDay);
  const actual = trip.actualCosts && totalOf(trip.actualCosts, rates, ACTUAL_PATH, rateDay);
  // The totals that decide, actual first (it wins a tie): after the trip the actual costs alone.
  const deciding: Basis[] = [];
  if (actual) deciding.push({ basis: 'actual', result: actual });
  if (planned && !(ended && actual)) deciding.push({ basis: 'planned', result: planned });
  const first = deciding[0];
  if (!first) return { fact: COSTS_MISSING, conversions: NO_CONVERSIONS };
  const provisional = !(ended && actual);
  const threshold = policy.reportBackThreshold;
  // Certainly above: a known total above the threshold, else the converted part of one (note 1).
  const above = (each: Basis) =>
    moreThan(each.result.success ? each.result.total : each.result.atLeast, threshold);
  let chosen = deciding.find((each) => each.result.success && above(each)) ?? deciding.find(above);
  const unknown = deciding.find((each) => !each.result.success);
  if (!chosen && unknown) {
    const failed = unknown.result as Extract<SekTotalResult, { success: false }>;
    return {
      fact: { kind: 'costs_not_convertible', basis: unknown.basis, issues: failed.issues },
      conversions: NO_CONVERSIONS,
    };
  }
  // Every total known and none above: the highest decides (note 1).
  chosen ??= deciding.reduce((high, each) =>
    (each.result as Known).total.amount > (high.result as Known).total.amount ? each : high,
  );
  const { basis, result } = chosen;
  const total = result.success ? result.total : result.atLeast;
  const other = deciding.find((each) => each !== chosen && each.result.success);
  const fact: { -readonly [K in keyof TotalCost]: TotalCost[K] } = {
    kind: 'total_cost',
    total,
    threshold,
    above: moreThan(total, threshold),
    basis,
    provisional,
    // The evaluation's own list, shared: the fact names the rates without a copy.
    conversions: result.conversions,
  };
  if (!result.success) fact.unconverted = result.issues;
  if (other) fact.beside = { basis: other.basis, total: (other.result as Known).total };
  // Actual costs recorded as none (an empty list) decide over a budget, shown beside (note 1).
  // Stryker disable next-line OptionalChaining: equivalent — the actual costs decide only when recorded.
  if (basis === 'actual' && !provisional && trip.actualCosts?.length === 0 && planned?.success)
    if (trip.plannedCosts && trip.plannedCosts.length > 0) fact.plannedInstead = planned.total;
  return { fact, conversions: result.conversions };
}

/** Internal: an evaluation context whose day judged is a checked {@link IsoDate}. */
export type CheckedContext = EvaluationContext & { readonly asOf?: IsoDate };

/** A total of one basis. */
interface Basis {
  readonly basis: CostBasis;
  readonly result: SekTotalResult;
}
type Known = Extract<SekTotalResult, { success: true }>;
type TotalCost = Extract<Fact, { kind: 'total_cost' }>;
const COSTS_MISSING: Fact = Object.freeze({ kind: 'costs_missing' as const });

/**
 * What the policy requires of one activity: the policy version in force on its first day, whether
 * it is international, the facts that decide each rule, and the four per-activity obligations —
 * planning, approval by the executive board, report-back to the board and the account to the council
 * — each owed, not applicable or undetermined, with the clauses it rests on.
 *
 * @remarks
 * Implements clauses `intro.planning`, `aims.purpose`, `aims.goals` (planning), `board.approval`,
 * `board.reporting` and `council.reporting`, with interpretation notes 1–5 and 8. Pure and
 * deterministic: it reads no clock and does not change its input; the order of destinations and
 * cost items does not change the result.
 *
 * @see [The policy, clause by clause](../../docs/generated/policy.md): the clauses this implements —
 *   [§ intro.planning](../../docs/generated/policy.md#introplanning), [§ aims.purpose](../../docs/generated/policy.md#aimspurpose), [§ aims.goals](../../docs/generated/policy.md#aimsgoals), [§ board.approval](../../docs/generated/policy.md#boardapproval), [§ board.reporting](../../docs/generated/policy.md#boardreporting), [§ council.reporting](../../docs/generated/policy.md#councilreporting).
 * @param activity - a parsed activity (see {@link parseActivity})
 * @param context - the policy or versions, the exchange rates (and how old they may be:
 *   `maxRateAgeDays`, note 2) and the agreement register
 * @returns the evaluation
 * @throws {@link PolicyError} `unknown_twin_town` when the activity names by id a twin town that
 *   none of the versions in `context.policies` (nor a built-in one) lists — an activity parsed with
 *   other versions than it is evaluated with. Its place is unknown, so judging it would call it
 *   domestic.
 *
 * @example
 * ```ts
 * const parsed = parseActivity({
 *   kind: 'trip', id: '2020-03', title: 'Study visit', organiser: 'Kultur och fritid',
 *   travellers: { count: 2 }, destinations: [{ place: 'Pöltsamaa', country: 'EE' }],
 *   departureDate: '2020-03-10', returnDate: '2020-03-12',
 *   plannedCosts: [{ label: 'Ferry', category: 'travel', amount: '9 800,00', currency: 'SEK' }],
 * });
 * const evaluation = parsed.success ? evaluate(parsed.data) : undefined;
 * evaluation?.obligations.map((o) => [o.code, o.status]);
 * // => [['planning', 'owed'], ['board_approval', 'owed'], ['board_report_back', 'not_applicable'],
 * //     ['council_account', 'owed']]
 * evaluation && explain(evaluation.obligations[2] as Obligation).en;
 * // => 'Report-back to the executive board: not applicable, because the cost SEK 9,800.00 is not more than SEK 10,000.00 (planned costs, provisional).'
 *
 * const fair = parseActivity({
 *   kind: 'trip', id: '2020-04', title: 'Fair', organiser: 'Näringslivsenheten',
 *   travellers: { count: 1 }, destinations: [{ place: 'Vaasa', country: 'FI' }],
 *   departureDate: '2020-03-10', returnDate: '2020-03-12',
 *   plannedCosts: [{ label: 'Stand', category: 'fees', amount: '1200.00', currency: 'EUR' }],
 * });
 * const rates = parseRates({
 *   rates: [{ currency: 'EUR', sekPerUnit: '11.4523', date: '2020-02-03', source: 'Riksbanken' }],
 * });
 * const context = rates.success ? { rates: rates.data, maxRateAgeDays: 30 } : {};
 * const strict = fair.success ? evaluate(fair.data, context) : undefined;
 * strict?.obligations[2]?.status; // => 'undetermined' (the rate is 36 days older than the departure)
 * strict?.obligations[2]?.facts.map((fact) => fact.kind); // => ['costs_not_convertible']
 * ```
 * @category Evaluation
 */
export function evaluate(activity: Activity, context: EvaluationContext = {}): Evaluation {
  assertVouched('evaluate', activity, TAKES_ACTIVITY);
  context = checkContext('evaluate', context);
  const { asOf } = context;
  return deepFreeze(
    evaluateChecked(
      activity,
      asOf === undefined ? (context as CheckedContext) : { ...context, asOf: toIsoDate(asOf) },
    ),
  );
}

/**
 * Internal: {@link evaluate} for an activity and a context already checked — by an audit or an
 * account, which check their context once and then evaluate each activity of a register.
 */
export function evaluateChecked(activity: Activity, context: CheckedContext): Evaluation {
  const trip = activity.kind === 'trip' ? activity : undefined;
  const date = firstDayOf(activity);
  const policy = versionInForce(date, context.policies);
  if (!policy) {
    return evaluationOf({
      activity,
      outcome: 'no_policy_in_force',
      decidingDate: date,
      international: false,
      facts: NO_FACTS,
      conversions: NO_CONVERSIONS,
      obligations: NO_OBLIGATIONS,
    });
  }
  const { applied, rules } = compiled(policy);
  const { abroad, twinTowns, possible, terminated } = placeFacts(activity, policy, date, context);
  if (abroad.length === 0) {
    return evaluationOf({
      activity,
      outcome: 'not_international',
      decidingDate: date,
      policy: applied,
      international: false,
      facts: ALL_IN_SWEDEN,
      conversions: NO_CONVERSIONS,
      obligations: NO_OBLIGATIONS,
    });
  }
  const cite = (code: ActivityRuleCode) => rules.get(code) as Cited;
  const notATrip: readonly Fact[] = trip
    ? NO_FACTS
    : [{ kind: 'not_a_trip', form: (activity as Exclude<Activity, Trip>).form }];
  const cost = trip ? costFact(trip, policy, context) : undefined;

  const approval = (): Obligation =>
    !trip
      ? obligationOf(cite('board_approval'), {
          status: 'not_applicable',
          facts: notATrip,
          content: NO_CONTENT,
        })
      : twinTowns.length > 0
        ? obligationOf(cite('board_approval'), {
            status: 'owed',
            facts: twinTowns,
            content: NO_CONTENT,
            dueBy: date,
          })
        : possible.length > 0
          ? obligationOf(cite('board_approval'), {
              status: 'undetermined',
              facts: possible,
              content: NO_CONTENT,
              dueBy: date,
            })
          : obligationOf(cite('board_approval'), {
              status: 'not_applicable',
              // Stryker disable next-line ConditionalExpression: equivalent — a fast path; the list built otherwise holds the same fact.
              facts:
                terminated.length === 0 ? NO_TWIN_TOWN : [NO_TWIN_TOWN[0] as Fact, ...terminated],
              content: NO_CONTENT,
            });

  const reportBack = (): Obligation => {
    if (!cost)
      return obligationOf(cite('board_report_back'), {
        status: 'not_applicable',
        facts: notATrip,
        content: REPORT_CONTENT,
      });
    if (cost.fact.kind !== 'total_cost')
      return obligationOf(cite('board_report_back'), {
        status: 'undetermined',
        facts: [cost.fact],
        content: REPORT_CONTENT,
      });
    return obligationOf(cite('board_report_back'), {
      status: cost.fact.above ? 'owed' : 'not_applicable',
      facts: [cost.fact],
      content: REPORT_CONTENT,
      provisional: cost.fact.provisional === true,
    });
  };

  // A rule the version does not list does not apply: its obligation is left out.
  const build: Record<ActivityRuleCode, () => Obligation> = {
    planning: () =>
      obligationOf(cite('planning'), {
        status: 'owed',
        facts: abroad,
        content: PLANNING_CONTENT,
        dueBy: date,
      }),
    board_approval: approval,
    board_report_back: reportBack,
    council_account: () =>
      obligationOf(cite('council_account'), {
        status: 'owed',
        facts: abroad,
        content: REPORT_CONTENT,
      }),
  };
  const obligations: Obligation[] = [];
  for (const code of ACTIVITY_RULES) if (rules.has(code)) obligations.push(build[code]());
  const facts: Fact[] = abroad.concat(twinTowns, possible, terminated);
  if (cost) facts.push(cost.fact);
  return evaluationOf({
    activity,
    outcome: 'evaluated',
    decidingDate: date,
    policy: applied,
    international: true,
    facts,
    conversions: cost?.conversions ?? NO_CONVERSIONS,
    obligations,
  });
}

const NO_CONTENT: readonly RequiredContent[] = Object.freeze([]);
const ACTIVITY_RULES: readonly ActivityRuleCode[] = [
  'planning',
  'board_approval',
  'board_report_back',
  'council_account',
];
const NO_RATES: ExchangeRates = Object.freeze({ rates: Object.freeze([]) });
const ACTUAL_PATH: readonly PathSegment[] = Object.freeze(['actualCosts']);
const PLANNED_PATH: readonly PathSegment[] = Object.freeze(['plannedCosts']);
const NO_TWIN_TOWN: readonly Fact[] = Object.freeze([
  Object.freeze({ kind: 'no_twin_town' as const }),
]);
const ALL_IN_SWEDEN: readonly Fact[] = Object.freeze([
  Object.freeze({ kind: 'all_in_sweden' as const }),
]);

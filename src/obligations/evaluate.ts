import type { DineroSnapshot } from 'dinero.js';
import { rateDayFor } from '../activities/costs.js';
import { firstDayOf, lastDayOf } from '../activities/days.js';
import type { Activity, Destination, Exchange, Partner, Trip } from '../activities/types.js';
import { addDays, type IsoDate, toIsoDate } from '../calendar/iso-date.js';
import { PolicyError } from '../errors.js';
import { formatPath, type PathSegment } from '../input/issues.js';
import { compareText } from '../internal/compare.js';
import { assertVouched, TAKES_ACTIVITY } from '../internal/guards.js';
import { hasOwn } from '../internal/own.js';
import { type ExchangeRates, SEK_CURRENCY, type SekConversion } from '../money/convert.js';
import { moreThan, type SekTotalResult, totalOf } from '../money/total.js';
import type { Cited } from '../policy/cited.js';
import { compiled } from '../policy/compiled.js';
import { evaluateCondition, type Leaves, leafTrace } from '../policy/conditions.js';
import { BUILT_IN_POLICIES, policyList, versionInForce } from '../policy/policy-in-force.js';
import { certainSpellings, twinTownMatch, writtenPlace } from '../policy/twin-town-index.js';
import type {
  ActivityRuleKind,
  AppliedPolicy,
  Condition,
  ConditionAmount,
  ConditionFact,
  ConditionTrace,
  CountryGroup,
  FactAnswer,
  InterpretationNote,
  PolicyVersion,
  Rule,
  TwinTown,
} from '../policy/types.js';
import { firstTerminations } from '../records/terminations.js';
import { checkContext } from './guards.js';
import type {
  CostBasis,
  Evaluation,
  EvaluationContext,
  Fact,
  Obligation,
  ObligationStatus,
} from './types.js';
import { ERROR } from './words.js';

/** The value a cache keeps for a key, made on first use by the constructor given. */
function keptIn<K, V>(
  cache: { get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  make: new () => NoInfer<V>,
): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = new make();
    cache.set(key, value);
  }
  return value;
}

/** A list of none, frozen, shared wherever a list is empty. */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/**
 * The notes an answer used: a note about some twin towns only when its facts name one of them
 * (note 12 on Madison is not cited on a trip to Põltsamaa).
 */
function notesUsed(
  notes: readonly InterpretationNote[],
  facts: readonly Fact[],
): readonly InterpretationNote[] {
  // Stryker disable next-line ConditionalExpression: equivalent — a fast path; filtering keeps every note then.
  if (!aboutTowns(notes)) return notes;
  let key = '';
  for (const fact of facts) {
    // Stryker disable next-line ConditionalExpression: equivalent — another fact has no town, and no note names 'undefined'.
    if (fact.kind === 'twin_town' || fact.kind === 'possible_twin_town') key += `${fact.town} `;
  }
  // The lists repeat across activities: one frozen list per rule and set of towns.
  const byTowns = keptIn(NOTES_BY_TOWNS, notes, Map);
  let used = byTowns.get(key);
  if (!used) {
    const towns = new Set(key.split(' '));
    used = Object.freeze(
      notes.filter((note) => !note.twinTowns || note.twinTowns.some((town) => towns.has(town))),
    );
    // Bounded: a version with many towns keeps its first 64 sets, and builds the others each time.
    // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent but for memory — the bound keeps the cache small, the answer is the same.
    if (byTowns.size < 64) byTowns.set(key, used);
  }
  return used;
}

/** Whether some of a rule's notes are about some twin towns only: worked out once per list. */
function aboutTowns(notes: readonly InterpretationNote[]): boolean {
  let found = ABOUT_TOWNS.get(notes);
  // Stryker disable next-line ConditionalExpression: equivalent — a cache; working it out again gives the same.
  if (found === undefined) {
    found = notes.some((note) => note.twinTowns);
    ABOUT_TOWNS.set(notes, found);
  }
  return found;
}
const ABOUT_TOWNS = new WeakMap<readonly InterpretationNote[], boolean>();

/** The notes used, by the rule's notes and the towns an answer names. */
const NOTES_BY_TOWNS = new WeakMap<
  readonly InterpretationNote[],
  Map<string, readonly InterpretationNote[]>
>();

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
  return new PolicyError('unknown_twin_town', ERROR.unknownTwinTown(activity, twinTown), {
    activity,
    twinTown,
  });
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

/** The facts about an activity's places, and the input paths each came from. */
interface PlaceFacts {
  readonly abroad: Fact[];
  readonly twinTowns: Fact[];
  readonly possible: Fact[];
  readonly terminated: Fact[];
  readonly abroadPaths: readonly string[];
  readonly twinTownPaths: readonly string[];
  readonly possiblePaths: readonly string[];
  readonly allPaths: readonly string[];
  /** Every place's country, in the order of `allPaths`. */
  readonly countries: readonly string[];
}

/** Places abroad, twin towns and possible twin towns among an activity's destinations or partners (notes 3 and 4). */
function placeFacts(
  activity: Activity,
  policy: PolicyVersion,
  date: IsoDate,
  context: EvaluationContext,
): PlaceFacts {
  const index = compiled(policy).twinTowns;
  // Each list is made on its first item (see withItem).
  let abroad: Fact[] | undefined;
  let twinTowns: Fact[] | undefined;
  let possible: Fact[] | undefined;
  let terminated: Fact[] | undefined;
  let abroadPaths: string[] | undefined;
  let twinTownPaths: string[] | undefined;
  let possiblePaths: string[] | undefined;
  const trip = activity.kind === 'trip';
  const places = trip ? activity.destinations : activity.partners;
  const countries: string[] = new Array(places.length);
  // An activity has at most 50 places (its schema says so): their paths are made once.
  const allPaths = (trip ? DESTINATION_PATHS : PARTNER_PATHS)[places.length] as readonly string[];
  for (let i = 0; i < places.length; i++) {
    const place = places[i] as (typeof places)[number];
    const path = allPaths[i] as string;
    const found = twinTownMatch(place, index);
    const named = townNamed(place, found?.town, activity, context);
    const written = place as Exclude<typeof place, ByTownId>;
    const label = named ? named.name : writtenPlace(written);
    const country = named ? named.country : written.country;
    countries[i] = country;
    if (country !== 'SE') {
      abroad = withItem(abroad, Object.freeze({ kind: 'abroad', place: label, country }));
      abroadPaths = withItem(abroadPaths, path);
    }
    if (!found) continue;
    const fact = townFact(found, label, policy, date, context);
    if (fact.kind === 'agreement_terminated') terminated = withItem(terminated, fact);
    else if (fact.kind === 'twin_town') {
      twinTowns = withItem(twinTowns, fact);
      twinTownPaths = withItem(twinTownPaths, path);
    } else {
      possible = withItem(possible, fact);
      possiblePaths = withItem(possiblePaths, path);
    }
  }
  // Sorted, so that the order in which destinations are written does not change the result.
  return {
    abroad: sorted(abroad),
    twinTowns: sorted(twinTowns),
    possible: sorted(possible),
    terminated: terminated ?? NONE,
    abroadPaths: pathsOf(abroadPaths, allPaths),
    twinTownPaths: pathsOf(twinTownPaths, allPaths),
    possiblePaths: pathsOf(possiblePaths, allPaths),
    allPaths,
    countries,
  };
}

/** Copies the facts of a list into another from a place, in their order; the place after them. */
function copyInto(facts: Fact[], from: number, list: readonly Fact[]): number {
  for (let i = 0; i < list.length; i++) facts[from + i] = list[i] as Fact;
  return from + list.length;
}

/** Facts about places sorted by place (see byPlace), frozen: the shared empty list for none. */
function sorted(facts: Fact[] | undefined): Fact[] {
  if (!facts) return NONE;
  // Sorted in place by insertion, stable, as the built-in sort is: an activity has at most 50
  // places, and most have one or two, which the built-in sort would copy to sort.
  for (let i = 1; i < facts.length; i++) {
    const fact = facts[i] as Fact;
    let j = i - 1;
    for (; j >= 0 && byPlace(facts[j] as Fact, fact) > 0; j--) facts[j + 1] = facts[j] as Fact;
    facts[j + 1] = fact;
  }
  return Object.freeze(facts) as Fact[];
}

/**
 * A list with an item added: the list made on its first item, as `[item]`, holds just it (a list
 * pushed to from empty reserves room for 16, and most activities have one place).
 */
function withItem<T>(list: T[] | undefined, item: T): T[] {
  if (!list) return [item];
  list.push(item);
  return list;
}

/** Some of the places' paths, frozen: those of all places, or of none, as the lists made once. */
function pathsOf(paths: string[] | undefined, all: readonly string[]): readonly string[] {
  if (!paths) return NONE;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent but for time — the lists hold the same paths.
  return paths.length === all.length ? all : Object.freeze(paths);
}

/** A place named by twin-town id. */
type ByTownId = { readonly twinTown: string };

/**
 * The twin town a place names by id, whose name and country the answer gives; none for a place
 * written out, which the answer names as written.
 */
function townNamed(
  place: Destination | Partner,
  matched: TwinTown | undefined,
  activity: Activity,
  context: EvaluationContext,
): TwinTown | undefined {
  if (!hasOwn(place, 'twinTown')) return undefined;
  // A town named by id that this version does not list (a later version dropped it) is still a
  // place abroad: its name and country come from the version that lists it.
  const known = matched ?? anyTownNamed(place.twinTown, context.policies);
  // Named by an id no version lists, the place is unknown: judging the activity would call it
  // domestic. It could only come from parsing with other versions, so it is a programmer error.
  if (!known) throw unknownTwinTown(activity.id, place.twinTown);
  return known;
}

/**
 * What a place matched to a twin town says (note 4): the agreement terminated before the day, the
 * twin town, or possibly it (a name other towns share too).
 */
function townFact(
  found: NonNullable<ReturnType<typeof twinTownMatch>>,
  label: string,
  policy: PolicyVersion,
  date: IsoDate,
  context: EvaluationContext,
): Fact {
  const town = found.town;
  const ended = context.agreements && firstTerminations(context.agreements).get(town.id);
  // Stryker disable next-line ConditionalExpression: equivalent — `undefined < date` is false.
  if (ended !== undefined && ended < date)
    return Object.freeze({ kind: 'agreement_terminated', name: town.name, terminatedOn: ended });
  if (found.match === 'is')
    return Object.freeze({
      kind: 'twin_town',
      place: label,
      town: town.id,
      name: town.name,
      policyPeriod: policy.mandatePeriod,
    });
  return Object.freeze({
    kind: 'possible_twin_town',
    place: label,
    town: town.id,
    name: town.name,
    policyPeriod: policy.mandatePeriod,
    writeAs: certainSpellings(town),
    ...(found.namesakes && { namesakes: found.namesakes }),
  });
}

/**
 * The cost fact of an activity against a limit (notes 1, 2 and 15). After the activity's last day,
 * on the day judged, the actual costs decide when recorded, else the budget (provisionally); until
 * then the higher of the budget and the actual costs so far, provisionally. Items without a rate
 * leave the total unknown unless the items converted already meet the limit: an unknown part can
 * only add. An exchange's costs are its actual costs.
 */
function costFact(activity: Activity, limit: Limit, context: CheckedContext): Fact {
  const rates = context.rates ?? NO_RATES;
  const rateDay = rateDayFor(activity, context.asOf, context.maxRateAgeDays);
  const ended = context.asOf === undefined || context.asOf > lastDayOf(activity);
  const trip = activity.kind === 'trip' ? activity : undefined;
  const plannedCosts = trip?.plannedCosts;
  const actualCosts = trip ? trip.actualCosts : (activity as Exchange).costs;
  const actual =
    actualCosts && totalOf(actualCosts, rates, trip ? ACTUAL_PATH : COSTS_PATH, rateDay);
  // The budget is worked out only where it can count: before the end, without actual costs, or
  // beside actual costs recorded as none (note 1).
  const planned =
    // Stryker disable next-line ConditionalExpression: equivalent but for time — a budget worked out where it cannot count is never read.
    plannedCosts && (!ended || !actualCosts || actualCosts.length === 0)
      ? totalOf(plannedCosts, rates, PLANNED_PATH, rateDay)
      : undefined;
  // The totals that decide, actual first (it wins a tie): after the activity the actual costs alone.
  const byActual = actual && { basis: 'actual' as const, result: actual };
  const byPlan = planned && !(ended && actual) && { basis: 'planned' as const, result: planned };
  if (!byActual && !byPlan) return COSTS_MISSING;
  // Made as literals, at their length.
  const deciding: readonly Basis[] =
    byActual && byPlan ? [byActual, byPlan] : [(byActual || byPlan) as Basis];
  const provisional = !(ended && actual);
  const threshold = limit.threshold;
  // Certainly meeting it: a known total that does, else the converted part of one (note 1).
  let chosen = meeting(deciding, limit, true) ?? meeting(deciding, limit, false);
  let unknown: Basis | undefined;
  for (let i = 0; i < deciding.length && !unknown; i++)
    if (!(deciding[i] as Basis).result.success) unknown = deciding[i];
  if (!chosen && unknown) {
    const failed = unknown.result as Extract<SekTotalResult, { success: false }>;
    return Object.freeze({
      kind: 'costs_not_convertible',
      basis: unknown.basis,
      issues: failed.issues,
    });
  }
  // Every total known and none meeting it: the highest decides (note 1).
  chosen ??= (
    deciding.length === 2 &&
    ((deciding[1] as Basis).result as Known).total.amount >
      ((deciding[0] as Basis).result as Known).total.amount
      ? deciding[1]
      : deciding[0]
  ) as Basis;
  const { basis, result } = chosen;
  const total = result.success ? result.total : result.atLeast;
  let other: Basis | undefined;
  for (let i = 0; i < deciding.length && !other; i++) {
    const each = deciding[i] as Basis;
    if (each !== chosen && each.result.success) other = each;
  }
  const fact: { -readonly [K in keyof TotalCost]: TotalCost[K] } = {
    kind: 'total_cost',
    total,
    threshold,
    above: meets(total, limit),
    basis,
    provisional,
    // The evaluation's own list, shared: the fact names the rates without a copy.
    conversions: result.conversions,
  };
  if (limit.compare === 'at_least') fact.compare = 'at_least';
  if (limit.perTraveller) fact.perTraveller = limit.perTraveller;
  if (!result.success) fact.unconverted = result.issues;
  if (other)
    fact.beside = Object.freeze({ basis: other.basis, total: (other.result as Known).total });
  // Actual costs recorded as none (an empty list) decide over a budget, shown beside (note 1).
  // Not provisional, the actual costs decide; the budget was worked out only if they are none.
  if (!provisional && planned?.success && (plannedCosts as readonly unknown[]).length > 0)
    fact.plannedInstead = planned.total;
  return Object.freeze(fact);
}

/**
 * What a cost condition of a version compares with, worked out once per condition: the amount (its
 * own, or the version's threshold) and where it came from, and the limit per activity.
 */
interface CostLimit {
  readonly parameter: NonNullable<FactAnswer['parameter']>;
  /** The amount, per traveller for a condition per traveller. */
  readonly each: Money;
  /** The limit for the activity as a whole, and its key among an activity's cost facts. */
  readonly perActivity: Limit & { readonly key: string };
  /** Its answers true and false, by the paths they are read from (see costAnswerOn). */
  readonly answers: Map<readonly string[], { true?: FactAnswer; false?: FactAnswer }>;
}
/** By version, then by condition: a condition object two versions share has a limit in each. */
const COST_LIMITS = new WeakMap<PolicyVersion, Map<ConditionFact, CostLimit>>();

/** A cost condition's answer, true or false, read from `paths`: made once for each. */
function costAnswerOn(above: boolean, paths: readonly string[], limit: CostLimit): FactAnswer {
  const key = above ? 'true' : 'false';
  const answers = keptIn(limit.answers, paths, Object);
  answers[key] ??= Object.freeze({ value: key, paths, parameter: limit.parameter });
  return answers[key];
}

/** The limit of a version's cost condition, built once and kept while the version is. */
function costLimitOf(
  fact: Extract<ConditionFact, { fact: 'cost' }>,
  policy: PolicyVersion,
): CostLimit {
  const limits = keptIn(COST_LIMITS, policy, Map);
  let limit = limits.get(fact);
  // Stryker disable next-line ConditionalExpression: equivalent — a cache; working the limit out again gives the same.
  if (!limit) {
    const amount = (fact.amount ?? policy.reportBackThreshold) as ConditionAmount | Money;
    const minor = 'minorUnits' in amount ? amount.minorUnits : amount.amount;
    const each = sek(minor);
    limit = {
      parameter: Object.freeze({
        name: fact.amount ? ('amount' as const) : ('reportBackThreshold' as const),
        version: policy.id,
        minorUnits: minor,
      }),
      each,
      perActivity: { threshold: each, compare: fact.compare, key: `${fact.compare}:${minor}` },
      answers: new Map(),
    };
    limits.set(fact, limit);
  }
  return limit;
}

/** Whether a total meets a limit: more than it, or at least it. */
function meets(total: DineroSnapshot<number>, limit: Limit): boolean {
  return limit.compare === 'more'
    ? moreThan(total, limit.threshold)
    : !moreThan(limit.threshold, total);
}

/**
 * The first total that certainly meets a limit: a known one that does, or (not `known`) one whose
 * converted part already does (note 1).
 */
function meeting(deciding: readonly Basis[], limit: Limit, known: boolean): Basis | undefined {
  for (let i = 0; i < deciding.length; i++) {
    const { result } = deciding[i] as Basis;
    if (result.success ? meets(result.total, limit) : !known && meets(result.atLeast, limit))
      return deciding[i];
  }
  return undefined;
}

/** What a cost is compared with: the amount (times the travellers, per traveller), and how. */
interface Limit {
  readonly threshold: DineroSnapshot<number, 'SEK'>;
  readonly compare: 'more' | 'at_least';
  readonly perTraveller?: {
    readonly amount: DineroSnapshot<number, 'SEK'>;
    readonly travellers: number;
  };
}

/** Internal: an evaluation context whose day judged is a checked {@link IsoDate}. */
export type CheckedContext = EvaluationContext & {
  readonly asOf?: IsoDate;
  /**
   * Internal, for a draft (see `questionsFor`): the facts its input does not give yet, whose
   * answers are unknown, asking for their input paths — never defaulted.
   */
  readonly unknowns?: ReadonlySet<Unknown>;
  /**
   * Internal, for a draft compared with the versions in force (see `compareDraft`): the version every
   * activity is judged under, as if it had been in force on the activity's dates.
   */
  readonly judgedUnder?: PolicyVersion;
};

/**
 * Internal: the context a register's activities are judged in, from its parts — the options a
 * caller may leave out are left out when not given, never set to `undefined`.
 */
export function registerContext(parts: {
  readonly asOf: IsoDate;
  readonly policies: readonly PolicyVersion[];
  readonly rates: ExchangeRates;
  readonly agreements: EvaluationContext['agreements'];
  readonly maxRateAgeDays: number | undefined;
  readonly meetingDays: EvaluationContext['meetingDays'];
}): CheckedContext {
  const { agreements, maxRateAgeDays, meetingDays } = parts;
  return {
    asOf: parts.asOf,
    policies: parts.policies,
    rates: parts.rates,
    ...(agreements ? { agreements } : {}),
    // Stryker disable next-line ConditionalExpression: equivalent — maxRateAgeDays: undefined is no bound, as is its absence.
    ...(maxRateAgeDays !== undefined ? { maxRateAgeDays } : {}),
    ...(meetingDays ? { meetingDays } : {}),
  };
}

/** The facts a draft may lack: its places, its kind, its number of travellers. */
export type Unknown = 'places' | 'kind' | 'travellers';

/** A total of one basis. */
interface Basis {
  readonly basis: CostBasis;
  readonly result: SekTotalResult;
}
type Known = Extract<SekTotalResult, { success: true }>;
type TotalCost = Extract<Fact, { kind: 'total_cost' }>;
type AbroadFact = Extract<Fact, { kind: 'abroad' }>;
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
  // Built frozen, part by part, as it is made: no walk after (a test holds every part frozen).
  return evaluateChecked(
    activity,
    asOf === undefined ? (context as CheckedContext) : { ...context, asOf: toIsoDate(asOf) },
  );
}

/**
 * Internal: {@link evaluate} for an activity and a context already checked — by an audit or an
 * account, which check their context once and then evaluate each activity of a register.
 */
export function evaluateChecked(activity: Activity, context: CheckedContext): Evaluation {
  const date = firstDayOf(activity);
  const policy = context.judgedUnder ?? versionInForce(date, context.policies);
  if (!policy) {
    return evaluationOf({
      activity,
      outcome: 'no_policy_in_force',
      decidingDate: date,
      international: false,
      facts: NONE,
      conversions: NONE,
      obligations: NONE,
    });
  }
  const { applied, activityRules } = compiled(policy);
  const unknowns = context.unknowns;
  const places = unknowns?.has('places')
    ? UNKNOWN_PLACES
    : placeFacts(activity, policy, date, context);
  if (places.abroad.length === 0 && places !== UNKNOWN_PLACES) {
    return evaluationOf({
      activity,
      outcome: 'not_international',
      decidingDate: date,
      policy: applied,
      international: false,
      facts: ALL_IN_SWEDEN,
      conversions: NONE,
      obligations: NONE,
    });
  }
  const book = new FactBook(activity, policy, places, context);
  // A rule the version does not list does not apply: there is no obligation for it.
  const draft = policy.draft === true;
  // Lists made at their length: one pushed to from empty reserves room for 16.
  const obligations: Obligation[] = new Array(activityRules.length);
  for (let i = 0; i < activityRules.length; i++)
    obligations[i] = obligationFor(activityRules[i] as Cited, activity, book, context, draft);
  const { abroad, twinTowns, possible, terminated } = places;
  const facts: Fact[] = new Array(
    abroad.length + twinTowns.length + possible.length + terminated.length + book.costCount,
  );
  let at = copyInto(facts, 0, abroad);
  at = copyInto(facts, at, twinTowns);
  at = copyInto(facts, at, possible);
  at = copyInto(facts, at, terminated);
  for (let i = 0; i < book.costCount; i++) facts[at + i] = book.costAt(i);
  const first = book.costCount > 0 ? book.costAt(0) : undefined;
  return evaluationOf({
    activity,
    outcome: 'evaluated',
    decidingDate: date,
    policy: applied,
    international: places !== UNKNOWN_PLACES,
    facts,
    conversions: first?.kind === 'total_cost' ? first.conversions : NONE,
    obligations,
  });
}

/** One rule's obligation for an activity: its condition evaluated, the facts that decided it, its due day. */
function obligationFor(
  cited: Cited,
  activity: Activity,
  book: FactBook,
  context: CheckedContext,
  draft: boolean,
): Obligation {
  const { rule } = cited;
  // The policy covers international activities only (clause intro.scope): a draft whose places are
  // not given yet is judged under that condition too, so that only what decides either way decides.
  const when = context.unknowns?.has('places')
    ? { all: [INTERNATIONAL, rule.when as Condition] }
    : (rule.when as Condition);
  const condition = evaluateCondition(when, book);
  const value = condition.value;
  const status: ObligationStatus =
    value === 'true' ? 'owed' : value === 'false' ? 'not_applicable' : 'undetermined';
  const facts = book.evidenceOf(condition);
  let provisional = false;
  // Only a total cost has `provisional`.
  for (let i = 0; i < facts.length; i++)
    if ((facts[i] as TotalCost).provisional === true) provisional = true;
  // Assigned in one order, optional fields last, so that obligations share a few shapes.
  const obligation: { -readonly [K in keyof Obligation]?: Obligation[K] } = {
    code: rule.code,
    kind: rule.kind as ActivityRuleKind,
    status,
    provisional,
    owedBy: rule.owedBy,
    timing: rule.timing,
    content: rule.content ?? NONE,
    facts,
    condition,
    rule,
    clauses: cited.clauses,
    interpretationNotes: notesUsed(cited.interpretationNotes, facts),
  };
  if (rule.owedTo !== undefined) obligation.owedTo = rule.owedTo;
  if (draft) obligation.draft = true;
  const dueBy = status === 'not_applicable' ? undefined : dueDay(rule, activity, context);
  if (dueBy !== undefined) obligation.dueBy = dueBy;
  return Object.freeze(obligation as Obligation);
}

/** The day a duty falls due, where the rule and the facts give one. */
function dueDay(rule: Rule, activity: Activity, context: CheckedContext): IsoDate | undefined {
  switch (rule.timing) {
    case 'before_activity':
    case 'before_departure':
      return firstDayOf(activity);
    case 'before_booking':
      // An exchange has no booking date.
      return (activity as Trip).bookingDate;
    case 'after_return':
      return rule.withinDays === undefined
        ? undefined
        : addDays(lastDayOf(activity), rule.withinDays);
    case 'at_next_meeting': {
      const days = context.meetingDays?.[rule.owedTo as 'board' | 'council'];
      const last = lastDayOf(activity);
      return days?.find((day) => day > last) as IsoDate | undefined;
    }
  }
  // Any other timing has no day of its own.
  return undefined;
}

/**
 * What is known of an activity's facts, and the facts each answer rests on: each fact asked is
 * worked out once for the activity and shared by the rules that ask it. The facts a version asks
 * are few, so they are kept in lists, not maps.
 */
class FactBook implements Leaves {
  /**
   * The facts asked, in the order asked, each followed by its trace and its evidence: three slots
   * a fact, made at the size the version needs (a list pushed to from empty reserves room for 16).
   */
  readonly #asked: unknown[];
  #count = 0;
  /** The cost facts worked out, each after its limit's key and before itself alone in a list. */
  readonly #costs: unknown[];
  costCount = 0;
  readonly activity: Activity;
  readonly trip: Trip | undefined;
  readonly policy: PolicyVersion;
  readonly places: PlaceFacts;
  readonly context: CheckedContext;
  /** The answers about places are the same for every rule that asks: made once, frozen. */
  #international: FactAnswer | undefined;
  #twinTown: Answered | undefined;
  #notATrip: readonly Fact[] | undefined;

  constructor(
    activity: Activity,
    policy: PolicyVersion,
    places: PlaceFacts,
    context: CheckedContext,
  ) {
    // A draft may ask whether it is international besides what its version asks.
    const { factsAsked, costsAsked } = compiled(policy);
    this.#asked = new Array(3 * (factsAsked + (context.unknowns ? 1 : 0)));
    this.#costs = new Array(3 * costsAsked);
    this.activity = activity;
    this.trip = activity.kind === 'trip' ? activity : undefined;
    this.policy = policy;
    this.places = places;
    this.context = context;
  }

  /** The facts of an exchange asked whether it is a trip: that it is not one. */
  get notATrip(): readonly Fact[] {
    this.#notATrip ??= this.trip
      ? NONE
      : Object.freeze([
          Object.freeze({ kind: 'not_a_trip' as const, form: (this.activity as Exchange).form }),
        ]);
    return this.#notATrip;
  }

  /** A fact's trace. */
  leaf(fact: ConditionFact): ConditionTrace {
    const at = this.#slotOf(fact);
    if (at >= 0) return this.#asked[at + 1] as ConditionTrace;
    const found = this.#answer(fact);
    const trace = found.shared ? sharedLeaf(fact, found.answer) : leafTrace(fact, found.answer);
    const slot = 3 * this.#count++;
    this.#asked[slot] = fact;
    this.#asked[slot + 1] = trace;
    this.#asked[slot + 2] = found.facts;
    return trace;
  }

  /** The slot of a fact asked; -1 for one not asked. */
  #slotOf(fact: ConditionFact): number {
    for (let slot = 0; slot < 3 * this.#count; slot += 3)
      if (this.#asked[slot] === fact) return slot;
    return -1;
  }

  /** The cost fact worked out for a limit's key, alone in a list; none yet. */
  costListOf(key: string): readonly Fact[] | undefined {
    for (let slot = 0; slot < 3 * this.costCount; slot += 3)
      if (this.#costs[slot] === key) return this.#costs[slot + 2] as readonly Fact[];
    return undefined;
  }

  /** Keeps the cost fact worked out for a limit's key, and returns it alone in a list. */
  addCost(key: string, cost: Fact): readonly Fact[] {
    const slot = 3 * this.costCount++;
    const list = Object.freeze([cost]);
    this.#costs[slot] = key;
    this.#costs[slot + 1] = cost;
    this.#costs[slot + 2] = list;
    return list;
  }

  /** The cost facts worked out, in the order worked out. */
  costAt(index: number): Fact {
    return this.#costs[3 * index + 1] as Fact;
  }

  /** The facts that decided an evaluated condition: those of the parts that decided its value. */
  evidenceOf(trace: ConditionTrace): readonly Fact[] {
    // A condition of one fact has that fact's evidence, as it is (frozen, shared).
    if ('condition' in trace) return this.evidenceOfFact(trace.condition);
    const lists = collectEvidence(trace, this, undefined);
    // The facts of one part: that list, as it is.
    if (!lists || lists.length < 2) return lists?.[0] ?? NONE;
    let found: Fact[] | undefined;
    for (const list of lists)
      for (let i = 0; i < list.length; i++)
        if (!found?.includes(list[i] as Fact)) found = withItem(found, list[i] as Fact);
    return Object.freeze(found ?? NONE);
  }

  /** The facts the answer to a fact asked rests on. */
  evidenceOfFact(fact: ConditionFact): readonly Fact[] {
    const at = this.#slotOf(fact);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent — a trace holds only facts asked.
    return at < 0 ? NONE : (this.#asked[at + 2] as readonly Fact[]);
  }

  #answer(fact: ConditionFact): Answered {
    const unknowns = this.context.unknowns;
    if (unknowns) {
      const missing = unknownAnswer(fact, this.activity, unknowns);
      if (missing) return { answer: missing, facts: NONE };
    }
    const places = this.places;
    switch (fact.fact) {
      case 'international': {
        // Every place abroad, as most often: the answer made once for that many places.
        const every = places.abroadPaths === places.allPaths;
        this.#international ??= every
          ? answerOn('true', places.allPaths)
          : Object.freeze({ value: 'true' as const, paths: places.abroadPaths });
        return { answer: this.#international, facts: places.abroad, shared: every };
      }
      case 'twin_town':
        this.#twinTown ??= twinTownAnswer(places);
        return this.#twinTown;
      case 'country_in':
        return countryInAnswer(fact, this.policy, places);
      case 'kind': {
        const trip = this.trip;
        const kind = trip ? 'trip' : (this.activity as Exchange).form;
        const value = fact.kinds.includes(kind);
        return {
          answer: value ? (trip ? KIND_TRUE : FORM_TRUE) : trip ? KIND_FALSE : FORM_FALSE,
          facts: value ? NONE : this.notATrip,
          shared: true,
        };
      }
      case 'cost':
        return costAnswerOf(fact, this);
    }
  }
}

/** An answer to a fact, and the facts it rests on. */
interface Answered {
  readonly answer: FactAnswer;
  readonly facts: readonly Fact[];
  /** The answer is one made once and shared (see sharedLeaf), not one made for this activity. */
  readonly shared?: boolean;
}

/**
 * The answers whose paths are a list made once (all of an activity's places), by paths, true and
 * false: made once each, so that an activity's trace shares them.
 */
const ANSWERS_ON = new WeakMap<readonly string[], { true?: FactAnswer; false?: FactAnswer }>();
function answerOn(value: 'true' | 'false', paths: readonly string[]): FactAnswer {
  const answers = keptIn(ANSWERS_ON, paths, Object);
  answers[value] ??= Object.freeze({ value, paths });
  return answers[value];
}

/**
 * The trace of a fact with an answer made once (see {@link Answered.shared}), itself made once: a
 * version's traces share it, and only what differs is made for an activity. Bounded: the shared
 * answers are a few for each number of places and each cost condition.
 */
const SHARED_LEAVES = new WeakMap<ConditionFact, WeakMap<FactAnswer, ConditionTrace>>();
function sharedLeaf(fact: ConditionFact, answer: FactAnswer): ConditionTrace {
  const byAnswer = keptIn(SHARED_LEAVES, fact, WeakMap);
  let trace = byAnswer.get(answer);
  if (!trace) {
    trace = leafTrace(fact, answer);
    byAnswer.set(answer, trace);
  }
  return trace;
}

/**
 * The answer to a cost condition (notes 1, 2 and 15), and the facts it rests on: the activity's
 * total against the amount (or the version's threshold), per activity or per traveller, exactly.
 */
function costAnswerOf(fact: Extract<ConditionFact, { fact: 'cost' }>, book: FactBook): Answered {
  const { activity, trip, context } = book;
  const limit = costLimitOf(fact, book.policy);
  const { parameter, each, perActivity } = limit;
  if (fact.per === 'traveller' && !trip) {
    // An exchange has no travellers: no cost per traveller is above an amount for it.
    return {
      answer: Object.freeze({ value: 'false' as const, paths: FORM_PATH, parameter }),
      facts: book.notATrip,
    };
  }
  // A draft's travellers not given yet: worked out for one, the fewest there can be. Not above
  // the amount for one, the cost is above it for no number of travellers: that decides; above it
  // for one, the number decides, and is asked for.
  const countUnknown =
    fact.per === 'traveller' && book.context.unknowns?.has('travellers') === true;
  const travellers =
    fact.per === 'traveller' && !countUnknown ? (trip as Trip).travellers.count : 1;
  // One cost fact per amount and number of travellers: per activity is as for one traveller.
  const key = travellers === 1 ? perActivity.key : `${perActivity.key}:${travellers}`;
  let facts = book.costListOf(key);
  if (!facts) {
    const cost = costFact(
      activity,
      fact.per === 'traveller'
        ? {
            threshold: sek(each.amount * travellers),
            compare: fact.compare,
            perTraveller: Object.freeze({ amount: each, travellers }),
          }
        : perActivity,
      context,
    );
    facts = book.addCost(key, cost);
  }
  const cost = facts[0] as Fact;
  const costPaths = trip ? TRIP_COST_PATHS : EXCHANGE_COST_PATHS;
  const paths = fact.per === 'traveller' ? TRIP_COST_AND_TRAVELLERS : costPaths;
  // Only a total cost has `above`.
  if (countUnknown && (cost as TotalCost).above)
    return {
      answer: Object.freeze({
        value: 'unknown' as const,
        paths,
        missing: TRAVELLERS_PATH,
        parameter,
      }),
      facts,
    };
  if (cost.kind === 'total_cost')
    return { answer: costAnswerOn(cost.above, paths, limit), facts, shared: true };
  return {
    answer: Object.freeze({
      value: 'unknown' as const,
      paths,
      missing:
        cost.kind === 'costs_not_convertible'
          ? Object.freeze([...new Set(cost.issues.map((issue) => formatPath(issue.path, 'en')))])
          : costPaths,
      parameter,
    }),
    facts,
  };
}

/** The answer to a group-of-countries condition, and the facts it rests on. */
function countryInAnswer(
  fact: Extract<ConditionFact, { fact: 'country_in' }>,
  policy: PolicyVersion,
  places: PlaceFacts,
): { readonly answer: FactAnswer; readonly facts: readonly Fact[] } {
  // The version names every group its conditions use (definePolicy refuses one it lacks).
  const groups = policy.countryGroups as readonly CountryGroup[];
  const members = new Set(
    (groups.find((each) => each.id === fact.group) as CountryGroup).countries,
  );
  const paths = places.allPaths.filter((_, i) => members.has(places.countries[i] as string));
  // Every fact of `abroad` is about a place abroad, with its country.
  const inGroup = places.abroad.filter((each) => members.has((each as AbroadFact).country));
  return {
    facts: paths.length > 0 ? Object.freeze(inGroup) : places.abroad,
    answer: Object.freeze({
      value: paths.length > 0 ? ('true' as const) : ('false' as const),
      paths: paths.length > 0 ? Object.freeze(paths) : places.allPaths,
    }),
  };
}

/** For a draft: the answer to a fact its input does not give yet, asking for it; else none. */
function unknownAnswer(
  fact: ConditionFact,
  activity: Activity,
  unknowns: ReadonlySet<Unknown>,
): FactAnswer | undefined {
  const places = activity.kind === 'trip' ? 'destinations' : 'partners';
  const ask = (paths: readonly string[]) =>
    Object.freeze({
      value: 'unknown' as const,
      paths: NONE,
      missing: Object.freeze(paths),
    });
  switch (fact.fact) {
    case 'international':
    case 'twin_town':
    case 'country_in':
      return unknowns.has('places') ? ask([places]) : undefined;
    case 'kind':
      return unknowns.has('kind') ? ask(['kind']) : undefined;
  }
  // A cost is worked out from what is given: per traveller, with the travellers not given, for one
  // (see costAnswerOf).
  return undefined;
}

/** A draft's places, not given yet: none known (an answer about places asks for them instead). */
const UNKNOWN_PLACES: PlaceFacts = Object.freeze({
  abroad: NONE,
  twinTowns: NONE,
  possible: NONE,
  terminated: NONE,
  abroadPaths: NONE,
  twinTownPaths: NONE,
  possiblePaths: NONE,
  allPaths: NONE,
  countries: NONE,
});

/** What is known of the twin-town fact: a twin town, possibly one, or none (note 4). */
function twinTownAnswer(places: PlaceFacts): Answered {
  if (places.twinTowns.length > 0)
    return {
      answer: Object.freeze({ value: 'true' as const, paths: places.twinTownPaths }),
      facts: places.twinTowns,
    };
  if (places.possible.length > 0)
    return {
      answer: Object.freeze({
        value: 'unknown' as const,
        paths: places.possiblePaths,
        missing: Object.freeze(places.possiblePaths.map((path) => `${path}.place`)),
      }),
      facts: places.possible,
    };
  return {
    answer: answerOn('false', places.allPaths),
    shared: true,
    facts:
      // Stryker disable next-line ConditionalExpression: equivalent — a fast path; the list built otherwise holds the same fact.
      places.terminated.length === 0
        ? NO_TWIN_TOWN
        : Object.freeze([NO_TWIN_TOWN[0] as Fact, ...places.terminated]),
  };
}

/**
 * Adds the lists of facts that decided an evaluated condition to `found`, those not empty: those of
 * all parts of a true `all` or a false `any`, of the true parts of a true `any`, of the false parts
 * of a false `all`, of the unknown parts of an unknown one.
 */
function collectEvidence(
  trace: ConditionTrace,
  book: FactBook,
  found: (readonly Fact[])[] | undefined,
): (readonly Fact[])[] | undefined {
  if ('condition' in trace) {
    const facts = book.evidenceOfFact(trace.condition);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent — an empty list adds no fact.
    return facts.length > 0 ? withItem(found, facts) : found;
  }
  const { value, combine } = trace;
  // Every part of a true `all` or a false `any` has its value: a `not`, or a value decided by the
  // completions, rests on every part whatever its value.
  const every = combine === 'not' || trace.decidedByCompletions === true;
  const parts = trace.parts;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as ConditionTrace;
    if (every || part.value === value) found = collectEvidence(part, book, found);
  }
  return found;
}

const INTERNATIONAL: ConditionFact = Object.freeze({ fact: 'international' });
/** The paths of the first n places, for each n (an activity has at most 50), made once, frozen. */
const DESTINATION_PATHS = /* @__PURE__ */ firstPaths('destinations');
const PARTNER_PATHS = /* @__PURE__ */ firstPaths('partners');
function firstPaths(list: string): readonly (readonly string[])[] {
  return Array.from({ length: 51 }, (_, n) =>
    Object.freeze(Array.from({ length: n }, (_, i) => `${list}[${i}]`)),
  );
}
const NO_RATES: ExchangeRates = Object.freeze({ rates: NONE });
const ACTUAL_PATH: readonly PathSegment[] = Object.freeze(['actualCosts']);
const PLANNED_PATH: readonly PathSegment[] = Object.freeze(['plannedCosts']);
const COSTS_PATH: readonly PathSegment[] = Object.freeze(['costs']);
const KIND_PATH: readonly string[] = Object.freeze(['kind']);
const FORM_PATH: readonly string[] = Object.freeze(['form']);
const KIND_TRUE: FactAnswer = Object.freeze({ value: 'true', paths: KIND_PATH });
const KIND_FALSE: FactAnswer = Object.freeze({ value: 'false', paths: KIND_PATH });
const FORM_TRUE: FactAnswer = Object.freeze({ value: 'true', paths: FORM_PATH });
const FORM_FALSE: FactAnswer = Object.freeze({ value: 'false', paths: FORM_PATH });
const TRIP_COST_PATHS: readonly string[] = Object.freeze(['plannedCosts', 'actualCosts']);
const TRAVELLERS_PATH: readonly string[] = Object.freeze(['travellers.count']);
const TRIP_COST_AND_TRAVELLERS: readonly string[] = Object.freeze([
  'plannedCosts',
  'actualCosts',
  'travellers.count',
]);
const EXCHANGE_COST_PATHS: readonly string[] = Object.freeze(['costs']);
const NO_TWIN_TOWN: readonly Fact[] = Object.freeze([
  Object.freeze({ kind: 'no_twin_town' as const }),
]);
const ALL_IN_SWEDEN: readonly Fact[] = Object.freeze([
  Object.freeze({ kind: 'all_in_sweden' as const }),
]);

/** An amount in öre as a SEK snapshot. */
function sek(minor: number): DineroSnapshot<number, 'SEK'> {
  return Object.freeze({ amount: minor, currency: SEK_CURRENCY, scale: 2 });
}
type Money = DineroSnapshot<number, 'SEK'>;

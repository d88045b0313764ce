import { type ActivityCosts, activityCosts, rateDayFor, sekTotal } from '../activities/costs.js';
import { firstDayOf } from '../activities/days.js';
import type { Activity } from '../activities/types.js';
import { type IsoDate, toIsoDate } from '../calendar/iso-date.js';
import { type DutyPeriod, dutyPeriod } from '../calendar/mandate-period.js';
import type { ComplianceStatus } from '../compliance/types.js';
import { verdictOf } from '../compliance/verdict.js';
import { compareText } from '../internal/compare.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { assertVouched, TAKES_REGISTER } from '../internal/guards.js';
import type { ExchangeRates } from '../money/convert.js';
import { checkContext, PERIOD_OPTIONS } from '../obligations/guards.js';
import type { Cited } from '../policy/cited.js';
import { compiled } from '../policy/compiled.js';
import { BUILT_IN_POLICIES, policyList, versionInForce } from '../policy/policy-in-force.js';
import { type TwinTownIndex, twinTownOf } from '../policy/twin-town-index.js';
import type { Clause, InterpretationNote, PolicyVersion, TwinTown } from '../policy/types.js';
import type {
  AgreementEvaluation,
  ContinuationDecision,
  Records,
  TwinTownAgreement,
} from '../records/types.js';
import { fold } from '../register/fold.js';
import type { Register } from '../register/types.js';
import { uncitedRule } from './describe.js';
import type {
  AgreementActivity,
  AgreementDuty,
  AgreementDutyBase,
  AgreementDutyKind,
  AgreementDutyReason,
  AgreementNote,
  AgreementNoteKind,
  AgreementReview,
  AgreementReviewOptions,
  AgreementStanding,
} from './types.js';

const NO_CLAUSES: readonly Clause[] = Object.freeze([]);
const NO_NOTES: readonly InterpretationNote[] = Object.freeze([]);

/** A per-period duty as plain, frozen data, from its judgement and the rule it rests on. */
function dutyOf(
  kind: AgreementDutyKind,
  { status, reason, evidence }: Judged<AgreementEvidence>,
  cited: Cited | undefined,
  period: DutyPeriod,
  fields: {
    readonly dueBy?: IsoDate | undefined;
    readonly town?: string | undefined;
  },
): AgreementDuty {
  // Without a version in force, the rule is uncited: its party and timing come from the built-in data.
  const rule = cited?.rule ?? uncitedRule(kind);
  // Assigned in one order, optional fields last, so that duties share a few shapes.
  const duty: {
    -readonly [K in keyof AgreementDutyBase]?: AgreementDutyBase[K];
  } & {
    evidence?: unknown;
  } = {
    code: rule.code,
    kind,
    status,
    reason,
    owedBy: rule.owedBy,
    timing: rule.timing,
    period,
    clauses: cited?.clauses ?? NO_CLAUSES,
    interpretationNotes: cited?.interpretationNotes ?? NO_NOTES,
  };
  if (fields.dueBy) duty.dueBy = fields.dueBy;
  if (fields.town !== undefined) duty.town = fields.town;
  if (cited) duty.rule = cited.rule;
  if (evidence) duty.evidence = evidence;
  // The judgement pairs each reason with its kind of evidence (judgeByDueDay and the termination rules).
  return Object.freeze(duty) as AgreementDuty;
}

/** A per-period duty judged: its status, why, and the record that decided it, when one did. */
interface Judged<T> {
  readonly status: ComplianceStatus;
  readonly reason: AgreementDutyReason;
  readonly evidence?: T;
}

/** The records that decide a per-period duty. */
type AgreementEvidence = AgreementEvaluation | ContinuationDecision | TwinTownAgreement;

/** A judgement with no record behind it. */
function judged(status: ComplianceStatus, reason: AgreementDutyReason): Judged<never>;
/** A judgement with the record that decided it. */
function judged<T>(status: ComplianceStatus, reason: AgreementDutyReason, evidence: T): Judged<T>;
function judged<T>(status: ComplianceStatus, reason: AgreementDutyReason, evidence?: T): Judged<T> {
  return evidence === undefined ? { status, reason } : { status, reason, evidence };
}

/** The in-time record, else the first late one, else pending or violated by the due day. */
function judgeByDueDay<T>(
  records: readonly T[],
  day: (record: T) => IsoDate,
  dueBy: IsoDate,
  asOf: IsoDate,
  reasons: readonly [
    AgreementDutyReason,
    AgreementDutyReason,
    AgreementDutyReason,
    AgreementDutyReason,
  ],
): Judged<T> {
  const [inTime, late, awaiting, missing] = reasons;
  const known = records.filter((record) => day(record) <= asOf);
  const timely = known.filter((record) => day(record) <= dueBy);
  if (timely.length > 0) return judged('fulfilled', inTime, latest(timely, day));
  if (known.length > 0) return judged('violated', late, earliest(known, day));
  return asOf <= dueBy ? judged('pending', awaiting) : judged('violated', missing);
}

function latest<T>(records: readonly T[], day: (record: T) => IsoDate): T {
  // Stryker disable next-line EqualityOperator: equivalent for the judgement — records of the same day are in time or late alike; of them the last recorded is cited.
  return records.reduce((a, b) => (day(b) >= day(a) ? b : a));
}

function earliest<T>(records: readonly T[], day: (record: T) => IsoDate): T {
  // Stryker disable next-line EqualityOperator: equivalent for the judgement — records of the same day are late alike; of them the first recorded is cited.
  return records.reduce((a, b) => (day(b) < day(a) ? b : a));
}

/** The towns an activity involves (by id), under any of the versions given. */
function townsOf(activity: Activity, indexes: readonly TwinTownIndex[]): ReadonlySet<string> {
  let towns: Set<string> | undefined;
  const places = activity.kind === 'trip' ? activity.destinations : activity.partners;
  for (let i = 0; i < places.length; i++) {
    for (let j = 0; j < indexes.length; j++) {
      const town = twinTownOf(places[i] as (typeof places)[number], indexes[j] as TwinTownIndex);
      if (!town) continue;
      towns ??= new Set();
      towns.add(town.id);
    }
  }
  // Most activities involve no twin town: they share one empty set.
  return towns ?? NO_TOWNS;
}
const NO_TOWNS: ReadonlySet<string> = new Set();

/** One town's activity in a period, as it is added up. */
interface TownTally {
  ids: string[];
  total: number;
  unconverted: string[];
}

/**
 * Internal: the register's activity with each town in a period (interpretation note 9), added up one
 * activity at a time, so that an audit read as a stream adds each activity as it passes.
 */
export class TownActivity {
  readonly byTown: Map<string, TownTally> = new Map();
  readonly #indexes: readonly TwinTownIndex[];

  constructor(
    readonly period: DutyPeriod,
    policies: readonly PolicyVersion[],
    private readonly rates: ExchangeRates,
    private readonly maxRateAgeDays: number | undefined,
    private readonly asOf: IsoDate,
  ) {
    this.#indexes = policies.map((policy) => compiled(policy).twinTowns);
  }

  /**
   * Adds an activity; `known`, its costs worked out already with the same rates and day (by the
   * audit), so that they are not worked out again.
   */
  add(activity: Activity, known?: ActivityCosts): void {
    const first = firstDayOf(activity);
    if (first < this.period.firstDay || first > this.period.lastDay) return;
    const towns = townsOf(activity, this.#indexes);
    // Stryker disable next-line ConditionalExpression: equivalent — a fast path; with no town the loop below does nothing.
    if (towns.size === 0) return;
    const costs =
      known ??
      activityCosts(
        activity,
        this.rates,
        undefined,
        rateDayFor(activity, this.asOf, this.maxRateAgeDays),
      );
    const cost = costs.actual ?? costs.planned;
    for (const town of towns) {
      let entry = this.byTown.get(town);
      if (!entry) {
        entry = { ids: [], total: 0, unconverted: [] };
        this.byTown.set(town, entry);
      }
      entry.ids.push(activity.id);
      if (cost && !cost.success) entry.unconverted.push(activity.id);
      else if (cost) entry.total += cost.total.amount;
    }
  }
}

function evidenceOf(found: TownTally | undefined): AgreementActivity {
  const ids = found?.ids ?? [];
  return Object.freeze({
    activities: Object.freeze(ids),
    count: ids.length,
    total: sekTotal(found?.total ?? 0),
    unconverted: Object.freeze(found?.unconverted ?? []),
    suggestion: ids.length > 0 ? 'active' : 'inactive',
  });
}

/**
 * How a register stands against the policy's per-period duties on a given day: for each twin-town
 * agreement, its activity in the register, its evaluation (`twinTowns.agreements`) and whether it
 * owes termination (`twinTowns.termination`); and the council's decision on which agreements
 * continue (`council.agreements`).
 *
 * @remarks
 * The period is the board's term the policy names (interpretation note 7); its duties fall due at the
 * end of the council's term inside it (2022-10-14 for 2019–2022). The version that governs a period
 * is the one in force on that day. Every agreement in force during the period owes one evaluation in
 * it — except one signed after the due day or ended before it; a twin town the governing version
 * lists but the register records no agreement for is taken to have one (the policy says the
 * agreements exist), and an agreement with a town the version no longer lists owes nothing under it.
 * An evaluation or decision after the due day does not fulfil the duty. Termination is owed exactly
 * when the evaluation found the agreement inactive **and** of no benefit to the municipality, its
 * associations and its businesses (note 9); the policy sets no deadline for it, so it is pending
 * until the agreement's `terminatedOn`, and violated when the council continues the agreement anyway.
 * The register's activities only suggest whether an agreement was active; a suggestion that
 * contradicts the evaluation is a note. Nothing reads the clock, and records dated after `asOf`
 * are not seen.
 *
 * @see [The policy, clause by clause](../../docs/generated/policy.md): the clauses this implements —
 *   [§ twinTowns.agreements](../../docs/generated/policy.md#twintownsagreements), [§ twinTowns.termination](../../docs/generated/policy.md#twintownstermination), [§ council.agreements](../../docs/generated/policy.md#councilagreements).
 * @param register - a parsed register (see {@link parseRegister})
 * @param options - the period, the day to judge on, and optionally rates (and `maxRateAgeDays`, how
 *   old they may be) and policy versions
 * @returns one standing per agreement and the continuation decision
 * @throws {@link PolicyError} `invalid_period` for a label that is not a board term; `invalid_date`
 *   for an impossible `asOf`; `amount_too_large` when a town's total exceeds what öre can count
 *   exactly
 *
 * @example
 * ```ts
 * const register = parseRegister(SAMPLE_REGISTER);
 * const review = register.success
 *   ? reviewAgreements(register.data, { period: '2019-2022', asOf: '2023-03-31' })
 *   : undefined;
 * review?.agreements.map((a) => [a.agreement.id, a.activity.count, a.termination.reason]);
 * // => [['esashi', 4, 'found_active'], ['madison', 1, 'awaiting_termination'],
 * //     ['nykarleby', 3, 'found_active'], ['poltsamaa', 6, 'found_active']]
 * review && explainDuty(review.continuation).en;
 * // => 'Decision on continuing agreements (2019–2022): fulfilled — decided on 2022-09-26 (KF § 98), by 2022-10-14.'
 * ```
 * @category Agreements and audit
 */
export function reviewAgreements(
  register: Register,
  options: AgreementReviewOptions,
): AgreementReview {
  assertVouched('reviewAgreements', register, TAKES_REGISTER);
  options = checkContext('reviewAgreements', options, PERIOD_OPTIONS);
  const period = dutyPeriod(options.period);
  const asOf = toIsoDate(options.asOf);
  const policies = policyList(options.policies);
  const towns = new TownActivity(
    period,
    policies,
    options.rates ?? { rates: register.rates },
    options.maxRateAgeDays,
    asOf,
  );
  // The twin towns' activity is a reducer over the register's activities, finished by the review.
  const review = fold(
    { register, invalid: [] },
    {
      add: (activity) => towns.add(activity),
      finish: () => reviewWith(register, towns, asOf, policies),
    },
  );
  return deepFreeze(review);
}

/** What the judgement of a period's duties works from: the period, its version, the records. */
interface PeriodCase {
  readonly register: Pick<Records, 'agreements' | 'evaluations' | 'continuationDecisions'>;
  readonly towns: TownActivity;
  readonly period: DutyPeriod;
  readonly asOf: IsoDate;
  readonly policies: readonly PolicyVersion[];
  readonly policy: PolicyVersion | undefined;
  /** The version's rule of a kind, by its kind whatever its code; none without a version. */
  readonly cite: (kind: AgreementDutyKind) => Cited | undefined;
  /** The council's decisions on continuing agreements, for the period. */
  readonly decisions: readonly ContinuationDecision[];
  /** The decision the continuation duty rests on, when one was recorded. */
  readonly decision: ContinuationDecision | undefined;
}

/**
 * Internal: the review of a period whose activity with each town is added up already (`towns`):
 * what {@link reviewAgreements} does once it has added up the register's activities.
 */
export function reviewWith(
  register: Pick<Records, 'agreements' | 'evaluations' | 'continuationDecisions'>,
  towns: TownActivity,
  asOf: IsoDate,
  policies: readonly PolicyVersion[],
): AgreementReview {
  const period = towns.period;
  const policy = versionInForce(period.dueBy, policies);
  // A version's rules about agreements are found by their kind, whatever their codes.
  const cited = policy ? compiled(policy).byKind : undefined;
  const cite = (kind: AgreementDutyKind) => cited?.get(kind);
  const decisions = register.continuationDecisions.filter((d) => d.mandatePeriod === period.label);
  const decided: Judged<ContinuationDecision> = !policy
    ? judged('undetermined', 'no_policy_in_force')
    : !cite('continuation')
      ? judged('not_applicable', 'not_in_policy')
      : judgeByDueDay(decisions, (d) => d.decidedOn, period.dueBy, asOf, [
          'decided_in_time',
          'decided_late',
          'awaiting_decision',
          'no_decision',
        ]);
  const continuation = dutyOf('continuation', decided, cite('continuation'), period, {
    dueBy: period.dueBy,
  });
  const at: PeriodCase = {
    register,
    towns,
    period,
    asOf,
    policies,
    policy,
    cite,
    decisions,
    decision: decided.evidence,
  };
  // Stryker disable next-line ArrayDeclaration: equivalent — without a policy every agreement is undetermined before its town is looked up.
  const listed = new Map((policy?.twinTowns ?? []).map((town) => [town.id, town]));
  const standings = agreementsOf(register, listed).map(({ agreement, recorded }) =>
    standingOf(at, agreement, recorded, listed.get(agreement.twinTown)),
  );
  return Object.freeze({
    period,
    asOf,
    ...(policy ? { policy: compiled(policy).applied } : {}),
    agreements: Object.freeze(standings),
    continuation,
    verdict: verdictOf([
      continuation,
      ...standings.flatMap((standing) => [standing.evaluation, standing.termination]),
    ]),
  });
}

/**
 * The agreements a period reviews, by id: the register's, and one taken to exist for each twin town
 * the version lists that the register records none with.
 */
function agreementsOf(
  register: Pick<Records, 'agreements'>,
  listed: ReadonlyMap<string, TwinTown>,
): { agreement: TwinTownAgreement; recorded: boolean }[] {
  const agreements = register.agreements.map((agreement) => ({ agreement, recorded: true }));
  for (const town of listed.values()) {
    if (!register.agreements.some((agreement) => agreement.twinTown === town.id)) {
      agreements.push({
        agreement: Object.freeze({ id: town.id, twinTown: town.id }),
        recorded: false,
      });
    }
  }
  return agreements.sort((a, b) => compareText(a.agreement.id, b.agreement.id));
}

/** How one agreement stands for the period: its activity, evaluation, termination and notes. */
function standingOf(
  at: PeriodCase,
  agreement: TwinTownAgreement,
  recorded: boolean,
  town: TwinTown | undefined,
): AgreementStanding {
  const { period, cite } = at;
  const dueBy = period.dueBy;
  const townName =
    town?.name ??
    // A town the versions given do not list is named as the version that lists it names it.
    // Stryker disable next-line OptionalChaining: equivalent — the built-in versions list every town a register parsed with them names.
    [...at.policies, ...BUILT_IN_POLICIES]
      .flatMap((p) => p.twinTowns)
      .find((t) => t.id === agreement.twinTown)?.name ??
    agreement.twinTown;
  const activity = evidenceOf(at.towns.byTown.get(agreement.twinTown));
  const notes: AgreementNote[] = [];
  const note = (kind: AgreementNoteKind, count?: number): AgreementNote =>
    Object.freeze({
      kind,
      town: townName,
      period: period.label,
      ...(count === undefined ? {} : { count }),
    });
  if (!recorded) notes.push(note('inferred_agreement'));
  const duty = (kind: AgreementDutyKind, judgement: Judged<AgreementEvidence>, due?: IsoDate) =>
    dutyOf(kind, judgement, cite(kind), period, { dueBy: due, town: townName });

  const notOwed = notOwedOf(at, agreement, town);
  if (notOwed) {
    if (notOwed.reason === 'not_listed' && inForceOn(agreement, dueBy))
      notes.push(note('not_listed'));
    return Object.freeze({
      agreement,
      recorded,
      ...(town ? { town } : {}),
      activity,
      evaluation: duty('evaluation', notOwed),
      termination: duty('termination', notOwed),
      notes: Object.freeze(notes),
    });
  }

  const evaluations = at.register.evaluations.filter(
    (e) => e.agreement === agreement.id && e.mandatePeriod === period.label,
  );
  const evaluated = judgeByDueDay(evaluations, (e) => e.evaluatedOn, dueBy, at.asOf, [
    'evaluated_in_time',
    'evaluated_late',
    'awaiting_evaluation',
    'not_evaluated',
  ]);
  const found = evaluated.evidence;
  const termination = terminationOf(at, agreement, found);
  if (found && found.active !== (activity.suggestion === 'active'))
    notes.push(
      found.active
        ? note('active_without_activity')
        : note('inactive_with_activity', activity.count),
    );
  if (
    at.decision &&
    !at.decision.continuing.includes(agreement.id) &&
    termination.reason !== 'terminated' &&
    termination.reason !== 'awaiting_termination'
  )
    notes.push(note('not_continued'));

  return Object.freeze({
    agreement,
    recorded,
    town: town as TwinTown,
    activity,
    evaluation: duty('evaluation', evaluated, dueBy),
    termination: duty('termination', termination),
    notes: Object.freeze(notes),
  });
}

/** Whether an agreement was in force on a day: signed by it and not terminated before or on it. */
function inForceOn(agreement: TwinTownAgreement, day: IsoDate): boolean {
  return (
    (agreement.signedOn === undefined || agreement.signedOn <= day) &&
    (agreement.terminatedOn === undefined || agreement.terminatedOn > day)
  );
}

/**
 * Why an agreement owes neither evaluation nor termination in the period, if it owes none: no
 * version in force, a town the version does not list, an agreement not in force on the due day, or
 * a version with no rule of evaluation.
 */
function notOwedOf(
  at: PeriodCase,
  agreement: TwinTownAgreement,
  town: TwinTown | undefined,
): Judged<never> | undefined {
  if (!at.policy) return judged('undetermined', 'no_policy_in_force');
  if (!town) return judged('not_applicable', 'not_listed');
  if (!inForceOn(agreement, at.period.dueBy)) return judged('not_applicable', 'not_in_force');
  if (!at.cite('evaluation')) return judged('not_applicable', 'not_in_policy');
  return undefined;
}

/**
 * Whether an agreement owes termination (`twinTowns.termination`, note 9): owed when the
 * evaluation found it inactive and of no benefit; fulfilled by its termination, violated when the
 * council continued it after the evaluation, else pending.
 */
function terminationOf(
  at: PeriodCase,
  agreement: TwinTownAgreement,
  found: AgreementEvaluation | undefined,
): Judged<AgreementEvidence> {
  if (!at.cite('termination')) return judged('not_applicable', 'not_in_policy');
  if (!found) return judged('pending', 'awaiting_evaluation');
  if (found.active) return judged('not_applicable', 'found_active', found);
  if (found.benefit.municipality || found.benefit.associations || found.benefit.businesses)
    return judged('not_applicable', 'found_of_benefit', found);
  // Stryker disable next-line ConditionalExpression: equivalent — `undefined <= asOf` is false.
  if (agreement.terminatedOn !== undefined && agreement.terminatedOn <= at.asOf)
    return judged('fulfilled', 'terminated', agreement);
  // Only a decision taken on or after the evaluation continues the agreement despite it.
  const despite = at.decisions.find(
    (d) =>
      d.decidedOn >= found.evaluatedOn &&
      d.decidedOn <= at.asOf &&
      d.continuing.includes(agreement.id),
  );
  return despite
    ? judged('violated', 'continued_despite_evaluation', despite)
    : judged('pending', 'awaiting_termination', found);
}

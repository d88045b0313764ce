import type { DineroSnapshot } from 'dinero.js';
import type { ExchangeForm } from '../activities/types.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { DutyPeriod } from '../calendar/mandate-period.js';
import type { ComplianceStatus, ObligationCompliance, Verdict } from '../compliance/types.js';
import type { LocalizedText } from '../errors.js';
import type { InputIssue } from '../input/issues.js';
import type { Vouched } from '../internal/guards.js';
import type { ExchangeRates } from '../money/convert.js';
import type { CostBasis } from '../obligations/types.js';
import type { PolicySource } from '../policy/policy-in-force.js';
import type { AppliedPolicy, Goal } from '../policy/types.js';

/**
 * What {@link councilAccount} needs: the period, and optionally rates, the day whose records count,
 * and the policy versions to choose from.
 *
 * @example
 * ```ts
 * const options: CouncilAccountOptions = { period: '2019-2022', asOf: '2023-03-31' };
 * ```
 * @category Agreements and audit
 */
export interface CouncilAccountOptions {
  /**
   * The period to account for: the board's term, `'2019–2022'` or `'2019-2022'`, or a calendar
   * year, `'2024'`, for a policy that asks for a yearly account (see {@link accountPeriod}).
   */
  readonly period: string;
  /** Rates for foreign costs; the register's own rates by default. */
  readonly rates?: ExchangeRates;
  /**
   * The day the account is made, `YYYY-MM-DD` (interpretation note 17): only records dated on or
   * before it count, and each activity is judged as of it — a trip not yet departed owes its
   * approval, it has not broken the rule. Required: nothing is judged as of the end of time.
   */
  readonly asOf: string;
  /** The versions to choose from; the built-in ones by default. */
  readonly policies?: PolicySource;
  /**
   * How many days before an activity's deciding date a rate may be dated; any age by default. A
   * cost converted with an older rate (`stale_rate`) is left out of the totals and counted as
   * unconverted (interpretation note 2).
   */
  readonly maxRateAgeDays?: number;
}

/**
 * The options of {@link councilAccountStream}: those of {@link councilAccount}, and a signal that
 * stops it.
 *
 * @example
 * ```ts
 * const options: CouncilAccountStreamOptions = {
 *   period: '2019-2022',
 *   asOf: '2023-03-31',
 *   signal: AbortSignal.timeout(60_000),
 * };
 * ```
 * @category Agreements and audit
 */
export interface CouncilAccountStreamOptions extends CouncilAccountOptions {
  /**
   * Stops the account when aborted, even while the source is waiting for its next activity: the
   * promise is rejected with the signal's reason (as `fetch` rejects), and the source is closed.
   */
  readonly signal?: AbortSignal;
}

/**
 * What the council account must state about an activity (clause `council.reporting`).
 *
 * @example
 * ```ts
 * const item: AccountContent = 'result';
 * ```
 * @category Agreements and audit
 */
export type AccountContent = 'purpose' | 'goal' | 'result';

/**
 * One international exchange or trip in the account to the council.
 *
 * @example
 * ```ts
 * const register = parseRegister(SAMPLE_REGISTER);
 * const account = register.success ? councilAccount(register.data, { asOf: '2023-03-31', period: '2019-2022' }) : undefined;
 * const row: AccountRow | undefined = account?.rows.find((r) => r.id === '2021-06');
 * row?.missing; // => ['result']
 * ```
 * @category Agreements and audit
 */
export interface AccountRow {
  /** The activity's id. */
  readonly id: string;
  /** Its case number, when recorded. */
  readonly caseNumber?: string;
  /** A trip, or which kind of exchange. */
  readonly kind: 'trip' | ExchangeForm;
  /** Its title. */
  readonly title: string;
  /** The unit that organised it. */
  readonly organiser: string;
  /** Its first day (departure or start). */
  readonly firstDay: IsoDate;
  /** Its last day (return or end). */
  readonly lastDay: IsoDate;
  /** Destinations or partners, as written, each with its country: `'Bruxelles (BE)'`. */
  readonly places: readonly string[];
  /** The twin towns it involves, by id. */
  readonly twinTowns: readonly string[];
  /** Its purpose, as stated. */
  readonly purpose?: string;
  /** Its own goal, in words, as stated. */
  readonly goal?: string;
  /** The policy's goals it links to (the policy's own objects, with their Swedish and English text). */
  readonly policyGoals: readonly Goal[];
  /** Its result, as stated. */
  readonly result?: string;
  /** How many travelled (trips only). */
  readonly travellers?: number;
  /** Its cost in SEK: actual costs where recorded, else the budget. */
  readonly cost?: DineroSnapshot<number, 'SEK'>;
  /** Which costs `cost` adds. */
  readonly costBasis?: CostBasis;
  /** Why the cost is missing, when it could not be converted. */
  readonly costIssues: readonly InputIssue[];
  /** Whether the board approved it in time, where that was owed (`board.approval`). */
  readonly approval: ComplianceStatus;
  /** Whether it was reported back to the board, where that was owed (`board.reporting`). */
  readonly reportBack: ComplianceStatus;
  /**
   * Whether it has already been accounted to the council (`council.reporting`): `fulfilled` when a
   * council account recorded on or before the day the account is made states its purpose, goal and
   * result; `pending` while none does.
   */
  readonly accounted: ComplianceStatus;
  /** What the clause requires that the activity does not state: flagged in the account. */
  readonly missing: readonly AccountContent[];
  /** Its verdict on the day the account is made (interpretation note 11). */
  readonly verdict: Verdict;
  /**
   * Why it needs attention: each duty that cannot be determined, as its result (with the facts that
   * are missing and how to settle them; empty when none). {@link explain} puts one in words, as
   * {@link accountToMarkdown} and {@link accountToCsv} do.
   */
  readonly attention: readonly ObligationCompliance[];
}

/**
 * A total in the account: how many activities, and what they cost.
 *
 * @example
 * ```ts
 * const total: AccountTotal = { key: 'nordic', label: { sv: 'Norden', en: 'Nordic' }, count: 2, cost: { amount: 0, currency: { code: 'SEK', base: 10, exponent: 2 }, scale: 2 } };
 * ```
 * @category Agreements and audit
 */
export interface AccountTotal {
  /** The goal's or twin town's id. */
  readonly key: string;
  /** Its name, in Swedish and English. */
  readonly label: LocalizedText;
  /** How many activities. */
  readonly count: number;
  /** Their cost in SEK (activities whose cost could not be converted are left out). */
  readonly cost: DineroSnapshot<number, 'SEK'>;
}

/**
 * The account to the municipal council of every international exchange and trip in a period, with
 * purpose, goals and result (clause `council.reporting`).
 *
 * @example
 * ```ts
 * const register = parseRegister(SAMPLE_REGISTER);
 * const account: CouncilAccount | undefined = register.success
 *   ? councilAccount(register.data, { asOf: '2023-03-31', period: '2019-2022' })
 *   : undefined;
 * account?.rows.length; // => 24
 * account?.flagged; // => ['2021-06', '2022-07', '2022-12']
 * ```
 * @category Agreements and audit
 */
export interface CouncilAccount extends Vouched<'account'> {
  /** The period accounted for. */
  readonly period: DutyPeriod;
  /** The day the account was made: records dated after it do not count (note 17). */
  readonly asOf: IsoDate;
  /** The policy versions applied. */
  readonly policies: readonly AppliedPolicy[];
  /** One row per international exchange and trip whose first day falls in the period, by date. */
  readonly rows: readonly AccountRow[];
  /** The ids of rows missing purpose, goal or result. */
  readonly flagged: readonly string[];
  /** Activities in the period on days no policy version was in force: not accounted, listed. */
  readonly outsidePolicy: readonly string[];
  /** The cost of all rows in SEK, and how many rows have a cost that could not be converted. */
  readonly total: {
    /** The cost of the rows in SEK. */
    readonly cost: DineroSnapshot<number, 'SEK'>;
    /** How many rows have a cost that could not be converted (left out of `cost`). */
    readonly unconverted: number;
  };
  /** Per goal of the policy: the rows naming it (a row naming two goals counts under both). */
  readonly byGoal: readonly AccountTotal[];
  /** Per twin town of the policy: the rows involving it. */
  readonly byTwinTown: readonly AccountTotal[];
}

import type { IsoDate } from '../calendar/iso-date.js';
import type { Vouched } from '../internal/guards.js';
import type { CostItem, CostItemInput } from '../money/cost-item.js';

/**
 * A place outside the twin-town list, or a twin town named by its id.
 *
 * @example
 * ```ts
 * const places: Destination[] = [{ place: 'Tallinn', country: 'EE' }, { twinTown: 'esashi' }];
 * ```
 * @category Parsing
 */
export type Destination =
  | {
      /** The place's name, e.g. `'Tallinn'`. */
      readonly place: string;
      /** ISO 3166-1 alpha-2 code, e.g. `'EE'`; Sweden is `'SE'`. */
      readonly country: string;
    }
  | {
      /** The id of a twin town of the policy, e.g. `'poltsamaa'`. */
      readonly twinTown: string;
    };

/**
 * A counterpart of an exchange: an organisation with its country (and optionally place), or a twin
 * town named by its id.
 *
 * @example
 * ```ts
 * const partner: Partner = { name: 'Tallinn University', place: 'Tallinn', country: 'EE' };
 * ```
 * @category Parsing
 */
export type Partner =
  | {
      /** The organisation, e.g. `'Tallinn University'`. */
      readonly name: string;
      /** Where it is, when it matters. */
      readonly place?: string;
      /** ISO 3166-1 alpha-2 code. */
      readonly country: string;
    }
  | {
      /** The id of a twin town of the policy. */
      readonly twinTown: string;
      /** The organisation in the town, e.g. `'Esashi town office'`. */
      readonly name?: string;
    };

/**
 * Who travels: a count and, optionally, their roles — never names (interpretation note 10).
 *
 * @example
 * ```ts
 * const travellers: Travellers = { count: 3, roles: ['councillor', 'officer'] };
 * ```
 * @category Parsing
 */
export interface Travellers {
  /** How many people travel, 1 or more. */
  readonly count: number;
  /** Their roles, e.g. `['councillor', 'officer']`. */
  readonly roles?: readonly string[];
}

/** What every activity states, trip or exchange. */
interface ActivityBase {
  /** Unique id within a register, e.g. `'2020-07'`. Records refer to the activity by it. */
  readonly id: string;
  /** The case number (diarienummer), e.g. `'KS 2020/123'`. */
  readonly caseNumber?: string;
  /** A short title. */
  readonly title: string;
  /** The organising unit, e.g. `'Näringslivsenheten'`. */
  readonly organiser: string;
  /** The purpose (syfte), stated before it happens (clause `aims.purpose`). */
  readonly purpose?: string;
  /**
   * Its own goal (mål), in words: what the exchange is to achieve, stated before it happens (clause
   * `aims.purpose`: "ett tydligt och avgränsat syfte och mål"), e.g. `'Agree on two school visits in 2021'`.
   */
  readonly goal?: string;
  /**
   * Ids of the policy's goals it serves, e.g. `['growth', 'nordic']` (clause `aims.goals`): an
   * optional link, separate from its own goal, used for the council account's totals per goal.
   */
  readonly policyGoals?: readonly string[];
  /** The expected benefit for the municipality, operations and citizens (clause `intro.planning`). */
  readonly expectedBenefit?: string;
  /** What came of it (resultat), recorded afterwards. */
  readonly result?: string;
}

/**
 * A trip: outgoing travel by people of the municipality.
 *
 * @example
 * ```ts
 * const result = parseActivity({
 *   kind: 'trip', id: 'T', title: 'Twin-town visit', organiser: 'Kommunledningskontoret',
 *   travellers: { count: 3, roles: ['councillor'] }, destinations: [{ twinTown: 'poltsamaa' }],
 *   departureDate: '2020-03-10', returnDate: '2020-03-12', policyGoals: ['nordic'],
 * });
 * result.success && result.data.kind; // => 'trip'
 * ```
 * @category Parsing
 */
export interface Trip extends ActivityBase, Vouched<'activity'> {
  /** Discriminant. */
  readonly kind: 'trip';
  /** Who travels. */
  readonly travellers: Travellers;
  /** Where to; at least one. */
  readonly destinations: readonly Destination[];
  /** The day of departure. */
  readonly departureDate: IsoDate;
  /**
   * The day the trip was booked, when known, on or before the departure: a rule due
   * `before_booking` falls due on it.
   */
  readonly bookingDate?: IsoDate;
  /** The day of return; not before departure. */
  readonly returnDate: IsoDate;
  /** The budget, before the trip. */
  readonly plannedCosts?: readonly CostItem[];
  /** What it cost, after the trip. */
  readonly actualCosts?: readonly CostItem[];
}

/**
 * The kinds of exchange other than a trip.
 *
 * @example
 * ```ts
 * const form: ExchangeForm = 'incoming_visit';
 * ```
 * @category Parsing
 */
export type ExchangeForm = 'incoming_visit' | 'project' | 'digital' | 'other';

/**
 * Any other international exchange: an incoming visit, a project, a digital cooperation.
 *
 * @example
 * ```ts
 * const result = parseActivity({
 *   kind: 'exchange', id: 'X-1', title: 'Visit from Esashi', organiser: 'Kommunledningskontoret',
 *   form: 'incoming_visit', partners: [{ twinTown: 'esashi' }],
 *   startDate: '2021-09-01', endDate: '2021-09-03',
 * });
 * result.success && result.data.kind; // => 'exchange'
 * ```
 * @category Parsing
 */
export interface Exchange extends ActivityBase, Vouched<'activity'> {
  /** Discriminant. */
  readonly kind: 'exchange';
  /** What kind of exchange. */
  readonly form: ExchangeForm;
  /** The counterparts; at least one. */
  readonly partners: readonly Partner[];
  /** The first day. */
  readonly startDate: IsoDate;
  /** The last day; not before the first. */
  readonly endDate: IsoDate;
  /** Its costs to the municipality. */
  readonly costs?: readonly CostItem[];
}

/**
 * A trip or another international exchange, told apart by `kind`.
 *
 * @example
 * ```ts
 * const result = parseActivity({
 *   kind: 'exchange', id: 'X', title: 'Seminar', organiser: 'Näringslivsenheten', form: 'digital',
 *   partners: [{ name: 'Vasa universitet', country: 'FI' }], startDate: '2021-02-04', endDate: '2021-02-04',
 * });
 * const activity: Activity | undefined = result.success ? result.data : undefined;
 * activity?.kind; // => 'exchange'
 * ```
 * @category Parsing
 */
export type Activity = Trip | Exchange;

/**
 * A trip as written in a document: as {@link Trip}, with dates as strings and cost items as
 * {@link CostItemInput}.
 *
 * @example
 * ```ts
 * const input: TripInput = {
 *   kind: 'trip', id: '2020-03', title: 'Study visit', organiser: 'Kultur och fritid',
 *   travellers: { count: 2 }, destinations: [{ twinTown: 'poltsamaa' }],
 *   departureDate: '2020-03-10', returnDate: '2020-03-12',
 *   plannedCosts: [{ label: 'Ferry', category: 'travel', amount: '4 200,00', currency: 'SEK' }],
 * };
 * parseActivity(input).success; // => true
 * ```
 * @category Parsing
 */
export interface TripInput
  extends Omit<
    Trip,
    | 'departureDate'
    | 'returnDate'
    | 'bookingDate'
    | 'plannedCosts'
    | 'actualCosts'
    | keyof Vouched<'activity'>
  > {
  /** The day of departure, `YYYY-MM-DD`. */
  readonly departureDate: string;
  /** The booking date, `YYYY-MM-DD`, on or before the departure. */
  readonly bookingDate?: string;
  /** The day of return, `YYYY-MM-DD`. */
  readonly returnDate: string;
  /** The budget. */
  readonly plannedCosts?: readonly CostItemInput[];
  /** What it cost. */
  readonly actualCosts?: readonly CostItemInput[];
}

/**
 * An exchange as written in a document: as {@link Exchange}, with dates as strings and cost items
 * as {@link CostItemInput}.
 *
 * @example
 * ```ts
 * const input: ExchangeInput = {
 *   kind: 'exchange', id: 'X-1', title: 'Digital seminar', organiser: 'Näringslivsenheten',
 *   form: 'digital', partners: [{ name: 'Nykarleby stad', country: 'FI' }],
 *   startDate: '2021-02-01', endDate: '2021-02-01',
 * };
 * parseActivity(input).success; // => true
 * ```
 * @category Parsing
 */
export interface ExchangeInput
  extends Omit<Exchange, 'startDate' | 'endDate' | 'costs' | keyof Vouched<'activity'>> {
  /** The first day, `YYYY-MM-DD`. */
  readonly startDate: string;
  /** The last day, `YYYY-MM-DD`. */
  readonly endDate: string;
  /** Its costs. */
  readonly costs?: readonly CostItemInput[];
}

/**
 * An activity as written in a document; what {@link toActivityInput} produces.
 *
 * @example
 * ```ts
 * const input: ActivityInput = {
 *   kind: 'trip', id: 'T', title: 'Visit', organiser: 'KLK', travellers: { count: 1 },
 *   destinations: [{ twinTown: 'nykarleby' }], departureDate: '2021-05-03', returnDate: '2021-05-04',
 * };
 * parseActivity(input).success; // => true
 * ```
 * @category Parsing
 */
export type ActivityInput = TripInput | ExchangeInput;

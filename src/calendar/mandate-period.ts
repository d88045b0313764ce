import { PolicyError } from '../errors.js';
import { checkOneOf } from '../internal/guards.js';
import {
  councilTermEnd,
  councilTermStart,
  electionDay,
  FIRST_ELECTION_YEAR,
  LAST_ELECTION_YEAR,
} from './elections.js';
import { civilOfIsoDate, type IsoDate, toIsoDate } from './iso-date.js';
import { notAPeriod, outsideCalendar, THE_BODY, yearOutsideTerms } from './words.js';

/**
 * A body of Sollefteå kommun whose members serve for a mandate period: the municipal council
 * (kommunfullmäktige, `council`) or the executive board (kommunstyrelsen, `board`).
 *
 * @example
 * ```ts
 * const body: GoverningBody = 'council';
 * mandatePeriodOf('2020-03-01', body).label; // => '2018–2022'
 * ```
 * @category Calendar
 */
export type GoverningBody = 'council' | 'board';

/**
 * A mandate period (mandatperiod): the four-year term of office of a {@link GoverningBody}.
 *
 * @example
 * ```ts
 * const period: MandatePeriod = mandatePeriodOf('2020-06-01', 'board');
 * period.label; // => '2019–2022'
 * ```
 * @category Calendar
 */
export interface MandatePeriod {
  /** The body whose term this is. */
  readonly body: GoverningBody;
  /** The years it spans, with an en dash: `'2019–2022'` (board), `'2018–2022'` (council). */
  readonly label: string;
  /** The first day of the term. */
  readonly firstDay: IsoDate;
  /** The last day of the term. */
  readonly lastDay: IsoDate;
  /** The general election that elected it. */
  readonly electionDate: IsoDate;
}

function periodAfterElection(electionYear: number, body: GoverningBody): MandatePeriod {
  const endYear = electionYear + 4;
  const council = body === 'council';
  return {
    body,
    label: `${council ? electionYear : electionYear + 1}–${endYear}`,
    firstDay: council ? councilTermStart(electionYear) : (`${electionYear + 1}-01-01` as IsoDate),
    lastDay: council ? councilTermEnd(electionYear) : (`${endYear}-12-31` as IsoDate),
    electionDate: electionDay(electionYear),
  };
}

/**
 * The mandate period of `body` that a day falls in.
 *
 * @remarks
 * Follows Kommunallagen (2017:725): the council is elected for four years counted from 15 October
 * of the election year (5 kap. 9 §), the executive board for four years counted from 1 January of
 * the year after the election (6 kap. 18 §). The council's terms elected up to 2010 started on
 * 1 November instead: the 1991 Local Government Act, 5 kap. 5 § (in the wording of SFS 2005:842),
 * counted them "från och med den 1 november valåret", until the amendment of prop. 2013/14:5 (in
 * force 2014-02-01) moved the start to 15 October from the 2014 election; the term 2010–2014 ran
 * 2010-11-01 to 2014-10-14. The calendar applies these rules to every four-year term since the 1994
 * election, and answers for every day of the terms elected at the general elections 1994 to 2050:
 * council 1994-11-01 to 2054-10-14, board 1995-01-01 to 2054-12-31. The policy's own period, "mandatperioden
 * 2019-2022", is the board's term 2019–2022 (clause `twinTowns.list`).
 *
 * @param date - a day as `YYYY-MM-DD`
 * @param body - `'council'` or `'board'`
 * @returns the term containing `date`: label, first and last day, election date
 * @throws {@link PolicyError} `invalid_date` for a string that is not a real date,
 *   `date_out_of_range` for a day outside the calendar
 *
 * @throws {@link PolicyError} `invalid_argument` when `body` is neither `'council'` nor `'board'`
 *
 * @example
 * ```ts
 * mandatePeriodOf('2019-11-25', 'board');
 * // => { body: 'board', label: '2019–2022', firstDay: '2019-01-01',
 * //      lastDay: '2022-12-31', electionDate: '2018-09-09' }
 * mandatePeriodOf('2022-10-14', 'council').label; // => '2018–2022'
 * mandatePeriodOf('2022-10-15', 'council').label; // => '2022–2026'
 * mandatePeriodOf('2010-10-20', 'council').label; // => '2006–2010'  (the term 2010–2014 began 1 November)
 * ```
 * @category Calendar
 */
export function mandatePeriodOf(date: string, body: GoverningBody): MandatePeriod {
  checkOneOf('mandatePeriodOf', body, ['council', 'board'], THE_BODY);
  const day = toIsoDate(date);
  const { firstDay } = periodAfterElection(FIRST_ELECTION_YEAR, body);
  const { lastDay } = periodAfterElection(LAST_ELECTION_YEAR, body);
  if (day < firstDay || day > lastDay) {
    throw new PolicyError('date_out_of_range', outsideCalendar(day, body, firstDay, lastDay), {
      date: day,
      body,
      firstDay,
      lastDay,
    });
  }
  const { year } = civilOfIsoDate(day);
  const beforeTermStart = body === 'council' ? day < councilTermStart(year) : true;
  const lastElection = beforeTermStart ? year - 1 : year;
  // Stryker disable next-line ArithmeticOperator: equivalent — 1994 is even, so x − 1994 and x + 1994 leave the same remainder by 4.
  const electionYear = lastElection - ((lastElection - FIRST_ELECTION_YEAR) % 4);
  return periodAfterElection(electionYear, body);
}

/**
 * The mandate period the policy's per-period duties run in (interpretation note 7), named as the
 * policy names it: the executive board's term (`'2019–2022'`), with the day the duties fall due —
 * the last day of the council's term inside it — and both terms.
 *
 * @example
 * ```ts
 * const period: DutyPeriod = dutyPeriod('2019-2022');
 * period.dueBy; // => '2022-10-14'
 * ```
 * @category Calendar
 */
export interface DutyPeriod {
  /** The board-term label, with an en dash: `'2019–2022'`. */
  readonly label: string;
  /** The first day of the board's term: activities from this day on belong to the period. */
  readonly firstDay: IsoDate;
  /** The last day of the board's term. */
  readonly lastDay: IsoDate;
  /** The day evaluations and the council's continuation decision are due: the council term's end. */
  readonly dueBy: IsoDate;
  /** The executive board's term. */
  readonly board: MandatePeriod;
  /** The term of the council that sits when the duties fall due. */
  readonly council: MandatePeriod;
}

const PERIOD_LABEL = /^(\d{4})[–-](\d{4})$/;

/**
 * The duty period a label names: the executive board's term, `'2019–2022'` or `'2019-2022'`.
 *
 * @remarks
 * Interpretation note 7: evaluations of twin-town agreements and the council's continuation decision
 * are due by the end of the council's term inside the period (2022-10-14 for 2019–2022); the board
 * term's end (2022-12-31) is `lastDay`. Activities belong to the period when their first day falls in
 * the board's term.
 *
 * @param label - the board's term, years joined by a hyphen or an en dash
 * @returns the period, its due day and both terms
 * @throws {@link PolicyError} `invalid_period` when the label is not a board term the calendar knows
 *
 * @example
 * ```ts
 * const period = dutyPeriod('2019–2022');
 * [period.firstDay, period.dueBy, period.lastDay]; // => ['2019-01-01', '2022-10-14', '2022-12-31']
 * period.council.label; // => '2018–2022'
 * dutyPeriod('2019-2023'); // throws PolicyError (code 'invalid_period')
 * ```
 * @category Calendar
 */
export function dutyPeriod(label: string): DutyPeriod {
  const match = typeof label === 'string' ? PERIOD_LABEL.exec(label) : null;
  const first = Number(match?.[1]);
  const last = Number(match?.[2]);
  // The board's term after the election in year Y runs from Y + 1 to Y + 4.
  const earliest = FIRST_ELECTION_YEAR + 1;
  const latest = LAST_ELECTION_YEAR + 4;
  if (
    !match ||
    last - first !== 3 ||
    // Stryker disable next-line ArithmeticOperator: equivalent — 1994 is even, so x − 1994 and x + 1994 leave the same remainder by 4 (and ±0 alike).
    (first - 1 - FIRST_ELECTION_YEAR) % 4 !== 0 ||
    first < earliest ||
    last > latest
  ) {
    throw new PolicyError('invalid_period', notAPeriod(label, earliest, latest), { label });
  }
  const board = periodAfterElection(first - 1, 'board');
  const council = periodAfterElection(first - 1, 'council');
  return Object.freeze({
    label: board.label,
    firstDay: board.firstDay,
    lastDay: board.lastDay,
    dueBy: council.lastDay,
    board: Object.freeze(board),
    council: Object.freeze(council),
  });
}

/**
 * The period an account to the council covers: a board term (`'2019–2022'`, as {@link dutyPeriod}
 * reads it), or a calendar year (`'2024'`) for a policy that asks for a yearly account.
 *
 * @remarks
 * A calendar year runs from 1 January to 31 December, and that day is its due day: the version of
 * the policy in force on it governs the account. Its `board` and `council` are the terms that day
 * falls in.
 *
 * @param label - a board term `YYYY–YYYY`, or a year `YYYY`
 * @returns the period
 * @throws {@link PolicyError} `invalid_period` for a label that is neither, or a year outside the
 *   terms the library knows
 *
 * @example
 * ```ts
 * accountPeriod('2024').firstDay; // => '2024-01-01'
 * accountPeriod('2024').board.label; // => '2023–2026'
 * accountPeriod('2019-2022').label; // => '2019–2022'
 * ```
 * @category Calendar
 */
export function accountPeriod(label: string): DutyPeriod {
  const year = typeof label === 'string' && /^\d{4}$/.test(label) ? Number(label) : undefined;
  if (year === undefined) return dutyPeriod(label);
  const earliest = FIRST_ELECTION_YEAR + 1;
  const latest = LAST_ELECTION_YEAR + 4;
  if (year < earliest || year > latest)
    throw new PolicyError('invalid_period', yearOutsideTerms(label, earliest, latest), { label });
  const lastDay = `${label}-12-31` as IsoDate;
  const board = mandatePeriodOf(lastDay, 'board');
  const council = mandatePeriodOf(lastDay, 'council');
  return Object.freeze({
    label,
    firstDay: `${label}-01-01` as IsoDate,
    lastDay,
    dueBy: lastDay,
    board,
    council,
  });
}

import { PolicyError } from '../errors.js';
import { electionDay, FIRST_ELECTION_YEAR, LAST_ELECTION_YEAR } from './elections.js';
import { civilOfIsoDate, type IsoDate, toIsoDate } from './iso-date.js';

/**
 * A body of Sollefteå kommun whose members serve for a mandate period: the municipal council
 * (kommunfullmäktige, `council`) or the executive board (kommunstyrelsen, `board`).
 *
 * @example
 * ```ts
 * const body: GoverningBody = 'council';
 * mandatePeriodOf('2020-03-01', body).label; // => '2018–2022'
 * ```
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
    firstDay: (council ? `${electionYear}-10-15` : `${electionYear + 1}-01-01`) as IsoDate,
    lastDay: (council ? `${endYear}-10-14` : `${endYear}-12-31`) as IsoDate,
    electionDate: electionDay(electionYear),
  };
}

/**
 * The mandate period of `body` that a day falls in.
 *
 * @remarks
 * Follows Kommunallagen (2017:725): the council is elected for four years counted from 15 October
 * of the election year (5 kap. 9 §), the executive board for four years counted from 1 January of
 * the year after the election (6 kap. 18 §). The calendar applies these rules to every four-year
 * term since the 1994 election, and answers for every day of the terms elected at the general
 * elections 1994 to 2050: council 1994-10-15 to 2054-10-14, board 1995-01-01 to 2054-12-31. The policy's own period, "mandatperioden
 * 2019-2022", is the board's term 2019–2022 (clause `twinTowns.list`).
 *
 * @param date - a day as `YYYY-MM-DD`
 * @param body - `'council'` or `'board'`
 * @returns the term containing `date`: label, first and last day, election date
 * @throws {@link PolicyError} `invalid_date` for a string that is not a real date,
 *   `date_out_of_range` for a day outside the calendar
 *
 * @example
 * ```ts
 * mandatePeriodOf('2019-11-25', 'board');
 * // => { body: 'board', label: '2019–2022', firstDay: '2019-01-01',
 * //      lastDay: '2022-12-31', electionDate: '2018-09-09' }
 * mandatePeriodOf('2022-10-14', 'council').label; // => '2018–2022'
 * mandatePeriodOf('2022-10-15', 'council').label; // => '2022–2026'
 * ```
 */
export function mandatePeriodOf(date: string, body: GoverningBody): MandatePeriod {
  const day = toIsoDate(date);
  const { firstDay } = periodAfterElection(FIRST_ELECTION_YEAR, body);
  const { lastDay } = periodAfterElection(LAST_ELECTION_YEAR, body);
  if (day < firstDay || day > lastDay) {
    throw new PolicyError(
      'date_out_of_range',
      {
        sv: `${day} ligger utanför mandatperiodskalendern för ${body === 'council' ? 'kommunfullmäktige' : 'kommunstyrelsen'}, som gäller ${firstDay}–${lastDay}.`,
        en: `${day} is outside the mandate-period calendar for the ${body === 'council' ? 'municipal council' : 'executive board'}, which covers ${firstDay} to ${lastDay}.`,
      },
      { date: day, body, firstDay, lastDay },
    );
  }
  const { year } = civilOfIsoDate(day);
  const beforeTermStart = body === 'council' ? day < `${year}-10-15` : true;
  const lastElection = beforeTermStart ? year - 1 : year;
  const electionYear = lastElection - ((lastElection - FIRST_ELECTION_YEAR) % 4);
  return periodAfterElection(electionYear, body);
}

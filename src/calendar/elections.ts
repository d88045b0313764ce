import { formatCivil, isoWeekday } from '../internal/civil.js';
import type { IsoDate } from './iso-date.js';

/** The first general election after which every term of office has been four years long. */
export const FIRST_ELECTION_YEAR = 1994;
/** The last election year whose terms the calendar answers for. */
export const LAST_ELECTION_YEAR = 2050;

/**
 * The day of the general election in `year`: the third Sunday of September up to 2010, the second
 * Sunday of September from 2014 (2018-09-09, 2022-09-11, 2026-09-13). Dates after the last
 * election held are those the current rule gives.
 */
export function electionDay(year: number): IsoDate {
  const nthSunday = year >= 2014 ? 2 : 3;
  const firstSunday = 1 + ((7 - isoWeekday({ year, month: 9, day: 1 })) % 7);
  return formatCivil({ year, month: 9, day: firstSunday + 7 * (nthSunday - 1) }) as IsoDate;
}

/** The first election after which the council's term starts on 15 October rather than 1 November. */
export const FIRST_OCTOBER_TERM_YEAR = 2014;

/**
 * The first day of the municipal council's term elected in `electionYear`: 1 November of the
 * election year for the terms elected up to 2010 — the 1991 Local Government Act, 5 kap. 5 § (in
 * the wording of SFS 2005:842): "räknat från och med den 1 november valåret" — and
 * 15 October from the 2014 election: the amendment of that paragraph in prop. 2013/14:5 *Vital
 * kommunal demokrati* (bet. 2013/14:KU7, adopted by the Riksdag on 2013-11-27, in force
 * 2014-02-01) moved the start to 15 October, which Kommunallagen (2017:725) 5 kap. 9 § keeps.
 */
export function councilTermStart(electionYear: number): IsoDate {
  return (
    electionYear >= FIRST_OCTOBER_TERM_YEAR ? `${electionYear}-10-15` : `${electionYear}-11-01`
  ) as IsoDate;
}

/**
 * The last day of the municipal council's term elected in `electionYear`: the day before the next
 * term starts (2010–2014 ended on 2014-10-14, when the first term counted from 15 October began).
 */
export function councilTermEnd(electionYear: number): IsoDate {
  return (
    electionYear + 4 >= FIRST_OCTOBER_TERM_YEAR
      ? `${electionYear + 4}-10-14`
      : `${electionYear + 4}-10-31`
  ) as IsoDate;
}

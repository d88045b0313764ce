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

import { civilOfIsoDate, type IsoDate, isIsoDate } from '../calendar/iso-date.js';
import { toDayNumber } from '../internal/civil.js';
import { invalidArgument, notThis } from '../internal/guards.js';
import type { ExchangeRate } from './convert.js';

/**
 * How old an exchange rate may be: at most `maxDays` days before the activity's deciding date (a
 * trip's departure, an exchange's first day). Only age before that day counts: a rate dated on or
 * after it is never too old, since actual costs are booked after the activity (interpretation
 * note 2). A rate older than this is a `stale_rate` issue, never used in a total.
 *
 * @example
 * ```ts
 * const limit: RateAgeLimit = { decidingDate: toIsoDate('2021-05-03'), maxDays: 30 };
 * ```
 * @category Money
 */
export interface RateAgeLimit {
  /** The activity's deciding date: the departure, or the first day of an exchange. */
  readonly decidingDate: IsoDate;
  /** How many days before `decidingDate` a rate may be dated, a whole number, 0 or more. */
  readonly maxDays: number;
}

/** Internal: whether `rate` is dated more than `limit.maxDays` days before the deciding date. */
export function isStale(rate: ExchangeRate, limit: RateAgeLimit): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent — a fast path; a rate dated on or after the day has an age of 0 or less.
  if (rate.date >= limit.decidingDate) return false;
  const age =
    toDayNumber(civilOfIsoDate(limit.decidingDate)) - toDayNumber(civilOfIsoDate(rate.date));
  return age > limit.maxDays;
}

/** Internal: the limit for an activity deciding on `decidingDate`, when the caller set one. */
export function rateAgeLimit(
  decidingDate: IsoDate,
  maxDays: number | undefined,
): RateAgeLimit | undefined {
  return maxDays === undefined ? undefined : { decidingDate, maxDays };
}

/**
 * Internal: throws `invalid_argument`, naming `fn`, unless `maxDays` (the option `maxRateAgeDays`)
 * is left out or is a whole number of days, 0 or more.
 */
export function checkMaxRateAgeDays(fn: string, maxDays: unknown): void {
  if (maxDays === undefined || (Number.isSafeInteger(maxDays) && (maxDays as number) >= 0)) return;
  throw invalidArgument(fn, {
    sv: `maxRateAgeDays ska vara ett helt antal dagar, 0 eller fler, ${notThis(maxDays).sv}.`,
    en: `maxRateAgeDays must be a whole number of days, 0 or more, ${notThis(maxDays).en}.`,
  });
}

/**
 * Internal: throws `invalid_argument`, naming `fn`, unless `limit` is left out or is a
 * {@link RateAgeLimit}: a deciding day and a whole number of days, 0 or more.
 */
export function checkRateAgeLimit(fn: string, limit: unknown): void {
  if (limit === undefined) return;
  const { decidingDate, maxDays } = (typeof limit === 'object' && limit !== null ? limit : {}) as {
    decidingDate?: unknown;
    maxDays?: unknown;
  };
  if (isIsoDate(decidingDate) && Number.isSafeInteger(maxDays) && (maxDays as number) >= 0) return;
  throw invalidArgument(fn, {
    sv: `gränsen för växelkursers ålder ska vara { decidingDate, maxDays } med en dag och ett helt antal dagar, ${notThis(limit).sv}.`,
    en: `the limit on rates' age must be { decidingDate, maxDays } with a day and a whole number of days, ${notThis(limit).en}.`,
  });
}

import { PolicyError } from '../errors.js';
import {
  type CivilDate,
  daysInMonth,
  formatCivil,
  fromDayNumber,
  toDayNumber,
} from '../internal/civil.js';
import { invalidDate } from './words.js';

declare const isoDateBrand: unique symbol;

/**
 * A calendar day written `YYYY-MM-DD` (ISO 8601), checked to be a real date in the Gregorian
 * calendar. It is a string at run time, so it compares, sorts and serialises as one; the brand
 * only proves to the compiler that it was checked.
 *
 * @remarks
 * The domain has no `Date` objects and no time zones: a trip departs on a day, not at an instant.
 *
 * @example
 * ```ts
 * const departure: IsoDate = toIsoDate('2020-03-01');
 * departure < toIsoDate('2020-03-02');
 * // => true
 * ```
 * @category Calendar
 */
export type IsoDate = string & {
  /** Compile-time proof that the string was checked; there is no such property at run time. */
  readonly [isoDateBrand]: true;
};

/** The number the ASCII digits of `value` from `start` to `end` write, or -1 if one is not a digit. */
function digits(value: string, start: number, end: number): number {
  let number = 0;
  for (let i = start; i < end; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/** Splits a `YYYY-MM-DD` string into its parts when it names a real day, else `undefined`. */
function civilOf(value: string): CivilDate | undefined {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45)
    return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return { year, month, day };
}

/**
 * Whether `value` is a string naming a real calendar day as `YYYY-MM-DD` (years 0001–9999).
 *
 * @param value - anything
 * @returns `true` when `value` is an {@link IsoDate}
 *
 * @example
 * ```ts
 * isIsoDate('2020-02-29'); // => true  (a leap day)
 * isIsoDate('2019-02-29'); // => false (2019 is not a leap year)
 * isIsoDate('2020-3-1');   // => false (two digits for month and day)
 * ```
 * @category Calendar
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && civilOf(value) !== undefined;
}

/**
 * Checks a `YYYY-MM-DD` string and returns it as an {@link IsoDate}.
 *
 * @param value - a date such as `'2019-11-25'`
 * @returns the same string, branded
 * @throws {@link PolicyError} with code `invalid_date` when `value` is not a real calendar day
 *
 * @example
 * ```ts
 * toIsoDate('2019-11-25'); // => '2019-11-25'
 * toIsoDate('2019-11-31'); // throws PolicyError (code 'invalid_date')
 * ```
 * @category Calendar
 */
export function toIsoDate(value: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new PolicyError('invalid_date', invalidDate(value), { value });
  }
  return value;
}

/** Internal: the parts of a date already known to be valid. */
export function civilOfIsoDate(date: IsoDate): CivilDate {
  return civilOf(date) as CivilDate;
}

/** Internal: the date `days` days after `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return formatCivil(fromDayNumber(toDayNumber(civilOfIsoDate(date)) + days)) as IsoDate;
}

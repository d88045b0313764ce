import { type IsoDate, isIsoDate } from '../calendar/iso-date.js';
import { invalidArgument } from '../internal/guards.js';
import * as MUST from './must-words.js';

/**
 * Which of a currency's rates converts a cost (interpretation note 15): the one dated on or
 * nearest before `day` — for an activity, its last day, or the day judged while that day has not
 * passed — else the nearest after it. With `maxDays`, a rate dated further than that from `day`,
 * before **or** after, is not used: the item is a `stale_rate` issue, never converted.
 *
 * @example
 * ```ts
 * const day: RateDay = { day: toIsoDate('2021-05-06'), maxDays: 30 };
 * ```
 * @category Money
 */
export interface RateDay {
  /** The day the rates are for: an activity's last day, or the day judged before it has passed. */
  readonly day: IsoDate;
  /** How many days from `day`, before or after, a rate may be dated: a whole number, 0 or more; any distance when left out. */
  readonly maxDays?: number;
}

/** Internal: the rate day of an activity whose rates are for `day`, with the caller's limit. */
export function rateDayOf(day: IsoDate, maxDays: number | undefined): RateDay {
  return maxDays === undefined ? { day } : { day, maxDays };
}

/**
 * Internal: throws `invalid_argument`, naming `fn`, unless `maxDays` (the option `maxRateAgeDays`)
 * is left out or is a whole number of days, 0 or more.
 */
export function checkMaxRateAgeDays(fn: string, maxDays: unknown): void {
  if (maxDays === undefined || isDayCount(maxDays)) return;
  throw invalidArgument(fn, MUST.beMaxRateAgeDays(maxDays));
}

/** A whole number of days, 0 or more. */
function isDayCount(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/**
 * Internal: throws `invalid_argument`, naming `fn`, unless `choice` is left out or is a
 * {@link RateDay}: a day and, optionally, a whole number of days, 0 or more.
 */
export function checkRateDay(fn: string, choice: unknown): void {
  if (choice === undefined) return;
  const { day, maxDays } = (typeof choice === 'object' && choice !== null ? choice : {}) as {
    day?: unknown;
    maxDays?: unknown;
  };
  if (isIsoDate(day) && (maxDays === undefined || isDayCount(maxDays))) return;
  throw invalidArgument(fn, MUST.beRateDay(choice));
}

import type { DineroSnapshot } from 'dinero.js';
import type { IsoDate } from '../calendar/iso-date.js';
import { PolicyError } from '../errors.js';
import type { PathSegment } from '../input/issues.js';
import { type ExchangeRates, SEK_CURRENCY } from '../money/convert.js';
import type { CostItem } from '../money/cost-item.js';
import { type RateDay, rateDayOf } from '../money/rate-age.js';
import { type SekTotalResult, totalOf } from '../money/total.js';
import { lastDayOf } from './days.js';
import type { Activity } from './types.js';
import { ERROR } from './words.js';

/** A trip total worked out already, with which costs it adds. */
export interface KnownCost {
  readonly basis: 'planned' | 'actual';
  readonly result: SekTotalResult;
}

/** An activity's costs in SEK: the budget and the outcome, each when recorded. */
export interface ActivityCosts {
  /** A trip's planned costs (its budget). */
  readonly planned?: SekTotalResult;
  /** A trip's actual costs, or an exchange's costs. */
  readonly actual?: SekTotalResult;
}

const PLANNED: readonly PathSegment[] = Object.freeze(['plannedCosts']);
const ACTUAL: readonly PathSegment[] = Object.freeze(['actualCosts']);
const COSTS: readonly PathSegment[] = Object.freeze(['costs']);

/**
 * Internal: an activity's planned and actual costs in SEK (interpretation note 2). An exchange's
 * costs count as actual: it has no separate budget. Each currency's rate is chosen for `rateDay`
 * ({@link rateDayFor}); one further from it than its limit is a `stale_rate` issue, never used.
 */
export function activityCosts(
  activity: Activity,
  rates: ExchangeRates,
  known?: KnownCost,
  rateDay?: RateDay,
): ActivityCosts {
  if (activity.kind !== 'trip') {
    const actual = totalOrNone(activity.costs, rates, COSTS, rateDay);
    return actual ? { actual } : {};
  }
  // A total the caller already worked out (an evaluation's cost fact) is not worked out again.
  const planned =
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent — a total worked out again is the same total.
    known?.basis === 'planned'
      ? known.result
      : totalOrNone(activity.plannedCosts, rates, PLANNED, rateDay);
  const actual =
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent — a total worked out again is the same total.
    known?.basis === 'actual'
      ? known.result
      : totalOrNone(activity.actualCosts, rates, ACTUAL, rateDay);
  // Built by assignment: spreading optional parts costs an audit of a million activities seconds.
  const costs: { planned?: SekTotalResult; actual?: SekTotalResult } = {};
  if (planned) costs.planned = planned;
  if (actual) costs.actual = actual;
  return costs;
}

/** The total of a list of costs; none without the list. */
function totalOrNone(
  items: readonly CostItem[] | undefined,
  rates: ExchangeRates,
  path: readonly PathSegment[],
  rateDay: RateDay | undefined,
): SekTotalResult | undefined {
  return items ? totalOf(items, rates, path, rateDay) : undefined;
}

/**
 * Internal: a sum of öre as a frozen SEK snapshot; a sum past `Number.MAX_SAFE_INTEGER` öre is an
 * error, never a rounded total.
 */
export function sekTotal(amount: number): DineroSnapshot<number, 'SEK'> {
  if (!Number.isSafeInteger(amount)) {
    throw new PolicyError('amount_too_large', ERROR.amountTooLarge, { amount });
  }
  return Object.freeze({ amount, currency: SEK_CURRENCY, scale: 2 });
}

/**
 * Internal: the day whose rates convert an activity's costs, judged on `asOf` (interpretation note
 * 15): its last day, or the day judged while the last day has not passed; without a day judged, the
 * last day.
 */
export function rateDayFor(
  activity: Activity,
  asOf: IsoDate | undefined,
  maxDays: number | undefined,
): RateDay {
  const last = lastDayOf(activity);
  // Stryker disable next-line EqualityOperator: equivalent — on the last day itself either is the same day.
  return rateDayOf(asOf === undefined || asOf >= last ? last : asOf, maxDays);
}

import { type DineroSnapshot, dinero, greaterThan } from 'dinero.js';
import { addDays } from '../calendar/iso-date.js';
import type { InputIssue, PathSegment } from '../input/issues.js';
import { totalIssue } from '../input/total-messages.js';
import {
  type ExchangeRate,
  type ExchangeRates,
  SEK_CURRENCY,
  type SekConversion,
  sekOf,
  sumSek,
} from './convert.js';
import type { CostItem } from './cost-item.js';
import { checkCostItems, checkRates, checkSnapshot } from './guards.js';
import { checkRateAgeLimit, isStale, type RateAgeLimit } from './rate-age.js';

/**
 * The total of some cost items in SEK, with the conversion of each item, or the issues that stop it
 * from being computed.
 *
 * @example
 * ```ts
 * const result: SekTotalResult = totalInSek([], { rates: [] });
 * result.success && formatMoney(result.total, 'sv'); // => '0,00 kr'
 * ```
 * @category Money
 */
export type SekTotalResult =
  | {
      /** The total could be computed. */
      readonly success: true;
      /** The sum in SEK of the items, each converted and rounded to whole öre first. */
      readonly total: DineroSnapshot<number, 'SEK'>;
      /** How each item became kronor, in the order of the items. */
      readonly conversions: readonly SekConversion[];
    }
  | {
      /** The total could not be computed. */
      readonly success: false;
      /** Why: the items without a rate, or an amount too large to be exact. */
      readonly issues: readonly [InputIssue, ...InputIssue[]];
    };

/**
 * Adds up cost items in SEK: each foreign item is converted with the caller's rate and rounded
 * half-even to whole öre, then the items are summed (interpretation note 2).
 *
 * @remarks
 * A foreign item without a rate is never counted as zero: the result is a `missing_rate` issue that
 * names the currency and the item, at `path` + the item's index + `currency`. Given a `limit`,
 * a rate dated more than `limit.maxDays` days before the deciding date is not used either: the
 * item is a `stale_rate` issue naming the currency, the rate's date, the deciding date and the
 * limit. A rate dated after the deciding date is never too old (actual costs are booked after the
 * activity).
 *
 * @param items - the cost items
 * @param rates - the rates to use
 * @param path - where the items stand in their document, for issue paths (e.g. `['plannedCosts']`)
 * @param limit - how old a rate may be against the activity's deciding date; any age without one
 * @returns the total and the conversions, or the issues
 *
 * @example
 * ```ts
 * const trip = parseActivity({
 *   kind: 'trip', id: 'T', title: 'Project meeting', organiser: 'Näringslivsenheten',
 *   travellers: { count: 1 }, destinations: [{ place: 'Vaasa', country: 'FI' }],
 *   departureDate: '2021-03-01', returnDate: '2021-03-02',
 *   plannedCosts: [{ label: 'Hotel', category: 'lodging', amount: '120.00', currency: 'EUR' }],
 * });
 * const items = trip.success && trip.data.kind === 'trip' ? (trip.data.plannedCosts ?? []) : [];
 * const result = totalInSek(items, { rates: [] }, ['plannedCosts']);
 * result.success ? undefined : result.issues[0]?.messages.en;
 * // => 'plannedCosts[0].currency: there is no exchange rate for EUR ("Hotel"); supply a rate in SEK per EUR.'
 * const rates = parseRates({
 *   rates: [{ currency: 'EUR', sekPerUnit: '11.4523', date: '2021-01-29', source: 'Riksbanken' }],
 * });
 * const limit = { decidingDate: toIsoDate('2021-03-01'), maxDays: 30 };
 * const stale = rates.success ? totalInSek(items, rates.data, ['plannedCosts'], limit) : undefined;
 * stale?.success ? undefined : stale?.issues[0]?.messages.en;
 * // => 'plannedCosts[0].currency: the exchange rate for EUR ("Hotel") is dated 2021-01-29, more than 30 days before the deciding day 2021-03-01 (the departure or first day); supply a rate dated 2021-01-30 or later.'
 * ```
 * @category Money
 */
export function totalInSek(
  items: readonly CostItem[],
  rates: ExchangeRates,
  path: readonly PathSegment[] = [],
  limit?: RateAgeLimit,
): SekTotalResult {
  checkCostItems('totalInSek', items);
  checkRates('totalInSek', rates);
  checkRateAgeLimit('totalInSek', limit);
  return totalOf(items, rates, path, limit);
}

/** Internal: {@link totalInSek} for arguments known to be sound (an evaluation's own). */
export function totalOf(
  items: readonly CostItem[],
  rates: ExchangeRates,
  path: readonly PathSegment[],
  limit?: RateAgeLimit,
): SekTotalResult {
  const conversions: SekConversion[] = [];
  let issues: InputIssue[] | undefined;
  let sum = 0;
  // Stryker disable next-line BooleanLiteral: equivalent — wholeOre only picks the integer fast path; sumSek gives the same total.
  let wholeOre = true;
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as CostItem;
    const result = sekOf(item.amount, rates);
    // A rate older than the limit allows is never used (note 2).
    const rate = result.success ? result.conversion.rate : undefined;
    if (limit && rate && isStale(rate, limit)) {
      issues ??= [];
      issues.push(staleRate(rate, limit, item, [...path, index, 'currency']));
      continue;
    }
    if (result.success) {
      conversions.push(result.conversion);
      sum += result.conversion.sek.amount;
      // Stryker disable next-line AssignmentOperator,ConditionalExpression,EqualityOperator: equivalent — see wholeOre.
      wholeOre &&= result.conversion.sek.scale === 2;
      continue;
    }
    const field = result.code === 'missing_rate' ? 'currency' : 'amount';
    issues ??= [];
    issues.push(
      totalIssue(result.code, [...path, index, field], {
        currency: result.currency,
        item: item.label,
        value: item.amount.amount,
      }),
    );
  }
  if (issues) return { success: false, issues: issues as [InputIssue, ...InputIssue[]] };
  // toSek gives whole öre, so the total is an integer sum (sumSek handles any other scale).
  const total =
    // Stryker disable next-line ConditionalExpression: equivalent — see wholeOre.
    wholeOre && Number.isSafeInteger(sum)
      ? { amount: sum, currency: SEK_CURRENCY, scale: 2 }
      : sumSek(conversions.map((conversion) => conversion.sek));
  if (!total) {
    return {
      success: false,
      issues: [totalIssue('amount_too_large', [...path], { value: 'total' })],
    };
  }
  return { success: true, total, conversions };
}

/** The issue of an item whose rate is dated more than the limit allows before the deciding date. */
function staleRate(
  rate: ExchangeRate,
  limit: RateAgeLimit,
  item: CostItem,
  path: readonly PathSegment[],
): InputIssue {
  return totalIssue('stale_rate', path, {
    currency: rate.currency,
    item: item.label,
    rateDate: rate.date,
    decidingDate: limit.decidingDate,
    maxAgeDays: limit.maxDays,
    earliest: addDays(limit.decidingDate, -limit.maxDays),
  });
}

/**
 * Whether an amount is strictly more than a threshold, exactly — as "dyrare än 10.000 kr" reads
 * (interpretation note 1).
 *
 * @param amount - the amount, e.g. a trip's total in SEK
 * @param threshold - the threshold, e.g. {@link PolicyVersion.reportBackThreshold}
 * @returns `true` when `amount` > `threshold`
 *
 * @example
 * ```ts
 * const sek = (amount: number) => ({ amount, currency: { code: 'SEK', base: 10, exponent: 2 }, scale: 2 });
 * isMoreThan(sek(1_000_000), POLICY_2019_2022.reportBackThreshold); // => false (10 000,00 kr)
 * isMoreThan(sek(1_000_001), POLICY_2019_2022.reportBackThreshold); // => true  (10 000,01 kr)
 * ```
 * @category Money
 */
export function isMoreThan(
  amount: DineroSnapshot<number>,
  threshold: DineroSnapshot<number>,
): boolean {
  checkSnapshot('isMoreThan', amount, { sv: 'beloppet', en: 'the amount' });
  checkSnapshot('isMoreThan', threshold, { sv: 'gränsen', en: 'the threshold' });
  return moreThan(amount, threshold);
}

/** Internal: {@link isMoreThan} for amounts known to be snapshots. */
export function moreThan(
  amount: DineroSnapshot<number>,
  threshold: DineroSnapshot<number>,
): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: equivalent — a fast path for what greaterThan computes.
  if (amount.currency.code === threshold.currency.code && amount.scale === threshold.scale) {
    return amount.amount > threshold.amount;
  }
  return greaterThan(dinero(amount), dinero(threshold));
}

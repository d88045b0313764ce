import { type DineroSnapshot, dinero, greaterThan } from 'dinero.js';
import { addDays } from '../calendar/iso-date.js';
import type { InputIssue, PathSegment } from '../input/issues.js';
import { ownArgument } from '../input/own-data.js';
import { totalIssue } from '../input/total-messages.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { invalidArgument } from '../internal/guards.js';
import { hasOwn } from '../internal/own.js';
import { checkRates } from './check-rates.js';
import {
  chooseRate,
  conversionWith,
  type ExchangeRate,
  type ExchangeRates,
  SEK_CURRENCY,
  type SekConversion,
  type SekConversionResult,
  sameInSek,
  sekOf,
} from './convert.js';
import type { CostItem } from './cost-item.js';
import { checkCostItems, checkPath, checkSnapshot } from './guards.js';
import * as MUST from './must-words.js';
import { checkRateDay, type RateDay } from './rate-age.js';
import { ARGUMENT } from './words.js';

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
      /**
       * What the total is at least: the sum of the items that could be converted (amounts are
       * never negative, so the unknown part can only add; interpretation note 1). When the sum
       * itself grows too large to be exact, the largest exact part of it.
       */
      readonly atLeast: DineroSnapshot<number, 'SEK'>;
      /** How each item that could be converted became kronor, in the order of the items. */
      readonly conversions: readonly SekConversion[];
    };

/**
 * Adds up cost items in SEK: each foreign item is converted with the caller's rate and rounded
 * half-even to whole öre, then the items are summed (interpretation note 2).
 *
 * @remarks
 * A foreign item without a rate is never counted as zero: the result is a `missing_rate` issue that
 * names the currency and the item, at `path` + the item's index + `currency`. Of a currency's rates,
 * the one dated on or nearest before `rateDay.day` converts it (else the nearest after; the latest
 * when no day is given); with `rateDay.maxDays`, a rate dated further than that from the day, before
 * or after, is not used either: the item is a `stale_rate` issue naming the currency, the rate's
 * date, the day and the dates a rate may have (interpretation note 15). A failed total still says
 * what it is at least (`atLeast`): the items that could be converted.
 *
 * @param items - the cost items
 * @param rates - the rates to use (a series per currency, by date)
 * @param path - where the items stand in their document, for issue paths (e.g. `['plannedCosts']`)
 * @param rateDay - the day whose rates convert the items and how far from it a rate may be dated;
 *   the latest rate of each currency, of any age, without one
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
 *   rates: [
 *     { currency: 'EUR', sekPerUnit: '11.4523', date: '2021-01-29', source: 'Riksbanken' },
 *     { currency: 'EUR', sekPerUnit: '10.1000', date: '2021-03-01', source: 'Riksbanken' },
 *   ],
 * });
 * const day = { day: toIsoDate('2021-03-02'), maxDays: 30 };
 * const total = rates.success ? totalInSek(items, rates.data, ['plannedCosts'], day) : undefined;
 * total?.success && formatMoney(total.total, 'en'); // => 'SEK 1,212.00'
 * const late = { day: toIsoDate('2021-01-01'), maxDays: 10 };
 * const stale = rates.success ? totalInSek(items, rates.data, ['plannedCosts'], late) : undefined;
 * stale?.success ? undefined : stale?.issues[0]?.messages.en;
 * // => 'plannedCosts[0].currency: the exchange rate for EUR ("Hotel") nearest the day 2021-01-01 is dated 2021-01-29, more than 10 days from it; supply a rate dated from 2020-12-22 to 2021-01-11.'
 * ```
 * @category Money
 */
export function totalInSek(
  items: readonly CostItem[],
  rates: ExchangeRates,
  path: readonly PathSegment[] = [],
  rateDay?: RateDay,
): SekTotalResult {
  items = ownArgument('totalInSek', items, ARGUMENT.costItems);
  path = ownArgument('totalInSek', path, ARGUMENT.path);
  checkCostItems('totalInSek', items);
  checkRates('totalInSek', rates);
  checkPath('totalInSek', path);
  if (rateDay !== undefined) rateDay = ownArgument('totalInSek', rateDay, ARGUMENT.rateDay);
  checkRateDay('totalInSek', rateDay);
  return deepFreeze(totalOf(items, rates, path, rateDay));
}

/** Internal: {@link totalInSek} for arguments known to be sound (an evaluation's own). */
export function totalOf(
  items: readonly CostItem[],
  rates: ExchangeRates,
  path: readonly PathSegment[],
  rateDay?: RateDay,
): SekTotalResult {
  // Made at its length, cut if some items are not converted: a list pushed to from empty reserves
  // room for 16.
  const conversions: SekConversion[] = new Array(items.length);
  let converted = 0;
  let issues: InputIssue[] | undefined;
  // Whole öre, summed while the sum is exact; `exact` turns false once it would not be.
  let sum = 0;
  let exact = true;
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as CostItem;
    const result = convertItem(item, rates, rateDay);
    if (hasOwn(result, 'unconverted')) {
      issues ??= [];
      issues.push(unconvertedIssue(result, item, [...path, index], rateDay));
      continue;
    }
    conversions[converted++] = result;
    const next = sum + result.sek.amount;
    if (exact && Number.isSafeInteger(next)) sum = next;
    else exact = false;
  }
  if (!exact) {
    issues ??= [];
    issues.push(totalIssue('amount_too_large', [...path], { value: 'total' }));
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent but for time — a list cut at its length is as it was.
  if (converted < items.length) conversions.length = converted;
  // Built frozen, so that an evaluation holds the parts as they are.
  const total = Object.freeze({ amount: sum, currency: SEK_CURRENCY, scale: 2 } as const);
  Object.freeze(conversions);
  if (issues)
    return {
      success: false,
      issues: deepFreeze(issues) as [InputIssue, ...InputIssue[]],
      atLeast: total,
      conversions,
    };
  return { success: true, total, conversions };
}

/** An item in SEK, whole öre, or why it is not (its issue is built once its place is known). */
function convertItem(
  item: CostItem,
  rates: ExchangeRates,
  rateDay: RateDay | undefined,
): SekConversion | Unconverted {
  const money = item.amount;
  if (money.currency.code === 'SEK') {
    const same = sameInSek(money);
    if (same) return same;
    const result = sekOf(money, rates);
    return (result as Extract<SekConversionResult, { success: true }>).conversion;
  }
  const choice = chooseRate(rates, money.currency.code, rateDay?.day, rateDay?.maxDays);
  if (hasOwn(choice, 'stale')) return { unconverted: 'stale_rate', stale: choice.stale };
  if (!hasOwn(choice, 'found')) return MISSING_RATE;
  return conversionWith(money, choice.found) ?? TOO_LARGE;
}

/** Why an item was not converted: no rate, a rate too far from the day, or a result too large. */
type Unconverted =
  | { readonly unconverted: 'missing_rate' | 'amount_too_large' }
  | { readonly unconverted: 'stale_rate'; readonly stale: ExchangeRate };
const MISSING_RATE: Unconverted = Object.freeze({ unconverted: 'missing_rate' });
const TOO_LARGE: Unconverted = Object.freeze({ unconverted: 'amount_too_large' });

/** The issue of an item not converted, at its path. */
function unconvertedIssue(
  why: Unconverted,
  item: CostItem,
  at: readonly PathSegment[],
  rateDay: RateDay | undefined,
): InputIssue {
  if (why.unconverted === 'stale_rate')
    return staleRate(why.stale, rateDay as Required<RateDay>, item, at);
  const code = why.unconverted;
  return totalIssue(code, [...at, code === 'missing_rate' ? 'currency' : 'amount'], {
    currency: item.amount.currency.code,
    item: item.label,
    value: item.amount.amount,
  });
}

/** The issue of an item whose nearest rate is dated further from the day than the limit allows. */
function staleRate(
  rate: ExchangeRate,
  rateDay: Required<RateDay>,
  item: CostItem,
  at: readonly PathSegment[],
): InputIssue {
  return totalIssue('stale_rate', [...at, 'currency'], {
    currency: rate.currency,
    item: item.label,
    rateDate: rate.date,
    day: rateDay.day,
    maxAgeDays: rateDay.maxDays,
    earliest: addDays(rateDay.day, -rateDay.maxDays),
    latest: addDays(rateDay.day, rateDay.maxDays),
  });
}

/**
 * Whether an amount is strictly more than a threshold, exactly — as "dyrare än 10.000 kr" reads
 * (interpretation note 1).
 *
 * @param amount - the amount, e.g. a trip's total in SEK
 * @param threshold - the threshold, e.g. {@link PolicyVersion.reportBackThreshold}
 * @returns `true` when `amount` > `threshold`
 * @throws {@link PolicyError} `invalid_argument` for a value that is no amount, or two amounts in
 *   different currencies (convert with {@link toSek} first)
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
  amount = ownArgument('isMoreThan', amount, ARGUMENT.amount);
  threshold = ownArgument('isMoreThan', threshold, ARGUMENT.threshold);
  checkSnapshot('isMoreThan', amount, ARGUMENT.amount);
  checkSnapshot('isMoreThan', threshold, ARGUMENT.threshold);
  if (amount.currency.code !== threshold.currency.code)
    throw invalidArgument(
      'isMoreThan',
      MUST.beOneCurrency(amount.currency.code, threshold.currency.code),
    );
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

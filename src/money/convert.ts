import {
  type DineroCalculator,
  type DineroSnapshot,
  dinero,
  halfEven,
  toSnapshot,
  transformScale,
} from 'dinero.js';
import { civilOfIsoDate, type IsoDate } from '../calendar/iso-date.js';
import { ownArgument } from '../input/own-data.js';
import { toDayNumber } from '../internal/civil.js';
import { compareText } from '../internal/compare.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { hasOwn } from '../internal/own.js';
import { checkRates } from './check-rates.js';
import { SEK } from './currencies.js';
import { checkDay, checkSnapshot } from './guards.js';
import type { ExchangeRate, ExchangeRates } from './rates.js';
import { ARGUMENT } from './words.js';

export type { ExchangeRate, ExchangeRates } from './rates.js';

/**
 * How one amount became kronor: the amount as given, the rate used (none for an amount already in
 * SEK) and the result in whole öre.
 *
 * @example
 * ```ts
 * const eur = { amount: 12345, currency: { code: 'EUR', base: 10, exponent: 2 }, scale: 2 };
 * const rates = parseRates({
 *   rates: [{ currency: 'EUR', sekPerUnit: '11.4523', date: '2020-03-02', source: 'Riksbanken' }],
 * });
 * const result = rates.success ? toSek(eur, rates.data) : undefined;
 * result?.success && formatMoney(result.conversion.sek, 'sv'); // => '1 413,79 kr'
 * ```
 * @category Money
 */
export interface SekConversion {
  /** The amount as given. */
  readonly from: DineroSnapshot<number>;
  /** The rate used, when `from` was not in SEK. */
  readonly rate?: ExchangeRate;
  /** The amount in SEK, rounded half-even to whole öre. */
  readonly sek: DineroSnapshot<number, 'SEK'>;
}

/**
 * The outcome of converting an amount to SEK: the conversion, or why it could not be made —
 * `missing_rate` (no rate for the currency) or `amount_too_large` (the result would not be exact).
 *
 * @example
 * ```ts
 * const result: SekConversionResult = toSek(
 *   { amount: 500, currency: { code: 'USD', base: 10, exponent: 2 }, scale: 2 },
 *   { rates: [] },
 * );
 * result.success ? undefined : result.code; // => 'missing_rate'
 * ```
 * @category Money
 */
export type SekConversionResult =
  | {
      /** The conversion was made. */
      readonly success: true;
      /** How the amount became kronor. */
      readonly conversion: SekConversion;
    }
  | {
      /** The conversion could not be made. */
      readonly success: false;
      /** Why: no rate for the currency, or a result too large to be exact. */
      readonly code: 'missing_rate' | 'amount_too_large';
      /** The currency of the amount. */
      readonly currency: string;
    };

type IndexedRate = {
  /** The rate, frozen: a hand-written one is copied once, here, never per conversion. */
  readonly rate: ExchangeRate;
  readonly factor: { amount: number; scale: number };
  /** The choice of this rate, made once. */
  readonly chosen: { readonly found: IndexedRate };
};
/** A currency's rates, oldest first. */
type RateSeries = readonly IndexedRate[];
const rateIndexes = new WeakMap<ExchangeRates, ReadonlyMap<string, RateSeries>>();

/** The rates by currency, each series by date with its scaled factors, computed once per rates object. */
function rateIndex(rates: ExchangeRates): ReadonlyMap<string, RateSeries> {
  let index = rateIndexes.get(rates);
  // Stryker disable next-line ConditionalExpression: equivalent — a cache; computing the index again gives the same index.
  if (!index) {
    const byCurrency = new Map<string, IndexedRate[]>();
    for (const rate of rates.rates) {
      const series = byCurrency.get(rate.currency);
      // A rate the caller wrote by hand is copied, once: the result never aliases the caller's
      // objects, and the factor is the copy's.
      const copy = Object.isFrozen(rate) ? rate : Object.freeze({ ...rate });
      const indexed = { rate: copy, factor: scaledRate(copy.sekPerUnit) } as {
        -readonly [K in keyof IndexedRate]: IndexedRate[K];
      };
      indexed.chosen = Object.freeze({ found: indexed });
      if (series) series.push(indexed);
      else byCurrency.set(rate.currency, [indexed]);
    }
    // By date; of two rates of one day (only a hand-made list holds them), the first given.
    for (const [currency, series] of byCurrency) {
      const sorted = series.sort((a, b) => compareText(a.rate.date, b.rate.date));
      byCurrency.set(
        currency,
        sorted.filter(
          (each, i) => i === 0 || (sorted[i - 1] as IndexedRate).rate.date !== each.rate.date,
        ),
      );
    }
    index = byCurrency;
    rateIndexes.set(rates, index);
  }
  return index;
}

/**
 * Internal: the rate chosen for `currency` (interpretation note 15): the one dated on or nearest
 * before `day`, else the nearest after it; with `maxDays`, a rate further than that from the day,
 * before or after, is not used (`stale`, naming the nearest one). Without a day, the latest rate.
 */
export type RateChoice =
  | { readonly found: IndexedRate }
  | { readonly missing: true }
  | { readonly stale: ExchangeRate };

/** Internal: see {@link RateChoice}. */
export function chooseRate(
  rates: ExchangeRates,
  currency: string,
  day?: IsoDate,
  maxDays?: number,
): RateChoice {
  const series = rateIndex(rates).get(currency);
  if (!series) return MISSING;
  if (day === undefined) return (series[series.length - 1] as IndexedRate).chosen;
  // The first rate dated after the day: binary search over the dates.
  let low = 0;
  let high = series.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((series[middle] as IndexedRate).rate.date <= day) low = middle + 1;
    else high = middle;
  }
  const before = series[low - 1];
  const after = series[low];
  if (maxDays === undefined) return ((before ?? after) as IndexedRate).chosen;
  if (before && daysBetween(before.rate.date, day) <= maxDays) return before.chosen;
  if (after && daysBetween(day, after.rate.date) <= maxDays) return after.chosen;
  return { stale: ((before ?? after) as IndexedRate).rate };
}

const MISSING = Object.freeze({ missing: true as const });

/** Days from `from` to `to`. */
function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(civilOfIsoDate(to)) - toDayNumber(civilOfIsoDate(from));
}

/** dinero.js's calculator for `number` amounts. */
const CALCULATOR: DineroCalculator<number> = /* @__PURE__ */ dinero({
  amount: 0,
  currency: SEK,
}).calculator;

/** A decimal rate string as a scaled integer: "11.4523" → 114523 at scale 4. */
function scaledRate(sekPerUnit: string): { amount: number; scale: number } {
  // Stryker disable next-line StringLiteral: equivalent — split always gives a first element; the default is never used.
  const [whole = '', fraction = ''] = sekPerUnit.split('.');
  return { amount: Number(whole + fraction), scale: fraction.length };
}

/**
 * Converts an amount to SEK with the caller's rate, rounded half-even to whole öre (interpretation
 * note 2). An amount in SEK is returned as it is. A foreign amount without a rate is never taken as
 * zero: the result says `missing_rate` and names the currency. Of a currency's rates (a register
 * may hold a series, one a day), the one dated on or nearest before `day` is used — else the
 * nearest after it — and without a day the latest (interpretation note 15).
 *
 * @param money - the amount, as a dinero.js snapshot
 * @param rates - the rates to use
 * @param day - the day whose rate converts the amount (for a trip: its last day); the latest rate
 *   of the currency when left out
 * @returns the conversion, or the reason it could not be made
 *
 * @example
 * ```ts
 * const jpy = { amount: 1001, currency: { code: 'JPY', base: 10, exponent: 0 }, scale: 0 };
 * toSek(jpy, { rates: [] });
 * // => { success: false, code: 'missing_rate', currency: 'JPY' }
 * ```
 * @category Money
 */
export function toSek(
  money: DineroSnapshot<number>,
  rates: ExchangeRates,
  day?: IsoDate,
): SekConversionResult {
  money = ownArgument('toSek', money, ARGUMENT.amount);
  checkSnapshot('toSek', money, ARGUMENT.amount);
  checkRates('toSek', rates);
  checkDay('toSek', day);
  return deepFreeze(sekOf(money, rates, day));
}

/**
 * Internal: an amount in kronor of whole öre as its own conversion — a parsed cost item's as it is,
 * frozen; none for another amount.
 */
export function sameInSek(money: DineroSnapshot<number>): SekConversion | undefined {
  // Stryker disable next-line ConditionalExpression,StringLiteral,EqualityOperator,LogicalOperator: equivalent — a fast path; the general conversion gives the same (property-tested).
  if (money.currency.code !== 'SEK' || money.scale !== 2) return undefined;
  const sek = own(money) as DineroSnapshot<number, 'SEK'>;
  return Object.freeze({ from: sek, sek });
}

/** Internal: {@link toSek} for arguments known to be sound. */
export function sekOf(
  money: DineroSnapshot<number>,
  rates: ExchangeRates,
  day?: IsoDate,
): SekConversionResult {
  const code = money.currency.code;
  const same = sameInSek(money);
  // Stryker disable next-line ConditionalExpression: equivalent — a fast path; the general path below gives the same conversion (property-tested).
  if (same) return { success: true, conversion: same };
  if (code === 'SEK') {
    const sek = transformScale(dinero({ ...money, currency: SEK }), 2, halfEven);
    return {
      success: true,
      conversion: Object.freeze({ from: own(money), sek: Object.freeze(toSnapshot(sek)) }),
    };
  }
  const choice = chooseRate(rates, code, day);
  if (!hasOwn(choice, 'found')) return { success: false, code: 'missing_rate', currency: code };
  return convertWith(money, choice.found);
}

/**
 * `value / divisor`, rounded half to even, as dinero.js's `halfEven` rounds it: in integers while
 * the value is far inside the safe range (every product of a cost item and a rate is), else by
 * dinero.js itself.
 */
function divideHalfEven(value: number, divisor: number): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent — dinero.js gives the same quotient (property-tested).
  if (!(value >= 0 && value <= LARGEST_IN_INTEGERS)) return halfEven(value, divisor, CALCULATOR);
  let quotient = Math.floor(value / divisor);
  let rest = value - quotient * divisor;
  // The float division may be one off: the rest puts it right.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent — a guard the float division has not needed in the tests.
  if (rest < 0) {
    quotient -= 1;
    rest += divisor;
  } else if (rest >= divisor) {
    quotient += 1;
    rest -= divisor;
  }
  const twice = rest * 2;
  return twice > divisor || (twice === divisor && quotient % 2 === 1) ? quotient + 1 : quotient;
}

/** Values up to this are divided in integers, their quotient times the divisor still exact. */
const LARGEST_IN_INTEGERS = 2 ** 50;

/** Internal: converts a foreign amount with a rate chosen already. */
export function convertWith(money: DineroSnapshot<number>, rate: IndexedRate): SekConversionResult {
  const conversion = conversionWith(money, rate);
  return conversion
    ? { success: true, conversion }
    : { success: false, code: 'amount_too_large', currency: money.currency.code };
}

/** Internal: {@link convertWith}'s conversion; none when the result would be too large to be exact. */
export function conversionWith(
  money: DineroSnapshot<number>,
  { rate, factor }: IndexedRate,
): SekConversion | undefined {
  // convert(dinero(money), SEK, { SEK: factor }) then transformScale(…, 2, halfEven), computed as
  // dinero.js computes it (the product at the summed scale, divided with its halfEven), without
  // the intermediate Dinero objects.
  const product = money.amount * factor.amount;
  const shift = money.scale + factor.scale - 2;
  // Stryker disable next-line EqualityOperator: equivalent — at shift 0, halfEven(product, 1) is the product.
  const ore = shift <= 0 ? product * 10 ** -shift : divideHalfEven(product, 10 ** shift);
  if (!Number.isSafeInteger(product) || !Number.isSafeInteger(ore)) return undefined;
  // Built frozen: an evaluation holds it as it is.
  return Object.freeze({
    from: own(money),
    rate,
    sek: Object.freeze({ amount: ore, currency: SEK_CURRENCY, scale: 2 }),
  });
}

/**
 * An amount the result may hold: the library's own (frozen) as it is, the caller's copied, so that a
 * frozen result never freezes, nor shares, what the caller passed.
 */
function own(money: DineroSnapshot<number>): DineroSnapshot<number> {
  if (Object.isFrozen(money) && Object.isFrozen(money.currency)) return money;
  const { code, base, exponent } = money.currency;
  return Object.freeze({
    amount: money.amount,
    scale: money.scale,
    currency: Object.freeze({ code, base, exponent }),
  });
}

/** Internal: SEK as a snapshot's currency, shared by every amount the library makes. */
export const SEK_CURRENCY: DineroSnapshot<number, 'SEK'>['currency'] = Object.freeze({
  code: 'SEK' as const,
  base: 10,
  exponent: 2,
});

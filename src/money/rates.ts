import type { IsoDate } from '../calendar/iso-date.js';

/**
 * An exchange rate supplied by the caller: how many kronor one unit of a currency is worth, as an
 * exact decimal string, with the day and source it comes from (e.g. the Riksbank's rate of the day).
 *
 * @example
 * ```ts
 * const rate: ExchangeRate = {
 *   currency: 'EUR',
 *   sekPerUnit: '11.4523',
 *   date: toIsoDate('2020-03-02'),
 *   source: 'Riksbanken',
 * };
 * ```
 * @category Money
 */
export interface ExchangeRate {
  /** ISO 4217 code of the foreign currency, e.g. `'EUR'`. */
  readonly currency: string;
  /** Kronor per unit of `currency`, as a decimal string with "." (e.g. `'11.4523'`, `'0.0725'`). */
  readonly sekPerUnit: string;
  /** The day the rate is for. */
  readonly date: IsoDate;
  /** Where the rate comes from, e.g. `'Riksbanken'`. */
  readonly source: string;
}

/**
 * The exchange rates to convert with, a series per currency, at most one a day. Produced by {@link parseRates}.
 *
 * @example
 * ```ts
 * const result = parseRates({
 *   rates: [{ currency: 'EUR', sekPerUnit: '11.4523', date: '2020-03-02', source: 'Riksbanken' }],
 * });
 * result.success && result.data.rates.length; // => 1
 * ```
 * @category Money
 */
export interface ExchangeRates {
  /** The rates, one per currency. */
  readonly rates: readonly ExchangeRate[];
}

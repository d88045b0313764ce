import type { DineroCurrency } from 'dinero.js';
import * as dineroCurrencies from 'dinero.js/currencies';

/** The currencies dinero.js ships whose minor unit is decimal (all but MGA and MRU), by code. */
const DECIMAL_CURRENCIES: ReadonlyMap<string, DineroCurrency<number>> = new Map(
  Object.values(dineroCurrencies)
    .filter((currency) => currency.base === 10)
    .map((currency) => [currency.code, currency as DineroCurrency<number>]),
);

/** The currency with ISO 4217 `code`, or `undefined` when the library does not know it. */
export function currencyOf(code: string): DineroCurrency<number> | undefined {
  return DECIMAL_CURRENCIES.get(code);
}

/** The Swedish krona, in which the policy's threshold and every total are kept. */
export const SEK: DineroCurrency<number, 'SEK'> = dineroCurrencies.SEK;

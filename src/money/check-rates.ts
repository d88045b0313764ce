/**
 * The guard of the functions that take exchange rates: apart from the other money guards, because it
 * reads rates as {@link parseRates} does (and `parseRates`' schema reads the money fields).
 */
import { isVouched, refuseAsParsed } from '../internal/guards.js';
import * as MUST from './must-words.js';
import { parseRates } from './parse-rates.js';
import type { ExchangeRates } from './rates.js';

/**
 * Throws `invalid_argument` unless `rates` came from {@link parseRates} (or a register), or holds
 * what `parseRates` would take: a rate of `-100`, `'0'`, `'1e3'` or `'1.5.7'`, or a date
 * `'2019-13-45'`, is refused as the parser refuses it, naming where.
 */
export function checkRates(fn: string, rates: unknown): ExchangeRates {
  if (isVouched(rates, 'rates')) return rates as ExchangeRates;
  const parsed = parseRates(rates);
  // The parsed copy is the one used: the caller's object is not read again.
  if (parsed.success) return parsed.data;
  refuseAsParsed(fn, MUST.beRates, parsed.issues);
}

import type * as z from 'zod/mini';
import { strictObject } from '../input/fields.js';
import type { ParseResult } from '../input/issues.js';
import { parseWith } from '../input/parse.js';
import type { ExchangeRates } from './rates.js';
import { rateListSchema } from './rates-schema.js';

/**
 * The schema of an exchange-rates document: `{ rates: [...] }`. A copy: changing it changes no
 * parser.
 *
 * @example
 * ```ts
 * ratesSchema.safeParse({ rates: [] }).success; // => true
 * ```
 * @category Money
 */
export const ratesSchema: z.ZodMiniType<ExchangeRates> = /* @__PURE__ */ strictObject({
  rates: rateListSchema,
});

/** The schema {@link parseRates} uses: its own, so that changing the exported one changes nothing. */
const RATES_SCHEMA: z.ZodMiniType<ExchangeRates> = /* @__PURE__ */ strictObject({
  rates: rateListSchema,
});

/**
 * Parses an exchange-rates document: `{ rates: [{ currency, sekPerUnit, date, source }] }`, with
 * kronor per unit as a decimal string with a point: a series per currency (say a year of the
 * Riksbank's daily rates for several currencies, up to 100 000 rates), at most one a day.
 *
 * @remarks
 * The library never fetches rates: the caller supplies them (interpretation note 2). Each cost is
 * converted with its currency's rate dated on or nearest before the activity's last day
 * (interpretation note 15).
 *
 * @param input - anything
 * @returns the rates, deep-frozen, or its issues (at most 100 listed: see {@link ParseResult}); never throws
 *
 * @example
 * ```ts
 * const result = parseRates({
 *   rates: [
 *     { currency: 'EUR', sekPerUnit: '10.6', date: '2020-03-02', source: 'Riksbanken' },
 *     { currency: 'EUR', sekPerUnit: '10.7', date: '2020-03-03', source: 'Riksbanken' },
 *     { currency: 'EUR', sekPerUnit: '10.8', date: '2020-03-03', source: 'ECB' },
 *   ],
 * });
 * result.success ? undefined : result.issues[0]?.code; // => 'duplicate_rate'
 * ```
 * @category Money
 */
export function parseRates(input: unknown): ParseResult<ExchangeRates> {
  return parseWith(RATES_SCHEMA, input, undefined, undefined, 'rates');
}

import * as z from 'zod/mini';
import { listOf } from '../input/budget.js';
import { described, isoDate, LIMITS, report, strictObject, text } from '../input/fields.js';
import { currencyCode } from './fields.js';
import type { ExchangeRate } from './rates.js';

/** How many rates a list may hold: ten years of daily rates for ten currencies and more. */
const MAX_RATES = 100_000;

const RATE = /^\d{1,9}(?:\.\d{1,8})?$/;

/** One exchange rate: kronor per unit of a foreign currency as a positive decimal string. */
const rateSchema: z.ZodMiniType<ExchangeRate> = strictObject({
  currency: described(
    currencyCode.check(
      z.superRefine((value, ctx) => {
        if (value === 'SEK') report(ctx, 'sek_rate', { value });
      }),
    ),
    z.globalRegistry.get(currencyCode) ?? {},
  ),
  sekPerUnit: described(
    z.string().check(
      z.superRefine((value, ctx) => {
        if (!RATE.test(value) || !/[1-9]/.test(value)) report(ctx, 'invalid_rate', { value });
      }),
    ),
    { pattern: RATE.source, description: 'kronor per unit, e.g. "11.4523"' },
  ),
  date: isoDate,
  source: text(LIMITS.name),
});

/**
 * A list of rates with at most one per currency and day. Its records are not budgeted (see
 * `listOf`): the list has a check of its own, which reads every record, and 100 000 rates at most
 * bound what a parse of it costs.
 */
export const rateListSchema: z.ZodMiniType<readonly ExchangeRate[]> = listOf(
  rateSchema,
  MAX_RATES,
  false,
).check(
  z.superRefine((rates, ctx) => {
    // A series per currency, one rate a day (interpretation note 15): a second rate of a currency
    // for the same day is refused.
    const seen = new Map<string, number>();
    rates.forEach((rate, index) => {
      const key = `${rate.currency} ${rate.date}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else
        report(
          ctx,
          'duplicate_rate',
          { currency: rate.currency, date: rate.date, first: `rates[${first}]` },
          [index, 'date'],
        );
    });
  }),
);

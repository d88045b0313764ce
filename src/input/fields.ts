/**
 * The building blocks of the input schemas: bounded texts, dates, codes, counts and money.
 */
import type { DineroCurrency, DineroSnapshot } from 'dinero.js';
import { z } from 'zod';
import { type IsoDate, isIsoDate } from '../calendar/iso-date.js';
import { isCountryCode } from '../internal/countries.js';
import { readAmount } from '../money/amount.js';
import { currencyOf } from '../money/currencies.js';
import type { IssueCode, IssueValue } from './issues.js';

type Ctx = { addIssue(arg: z.core.$ZodSuperRefineIssue): void };

/** Reports one of the library's issue codes from inside a schema. */
export function report(
  ctx: Ctx,
  code: IssueCode,
  values: Record<string, IssueValue>,
  path?: (string | number)[],
): void {
  ctx.addIssue({
    code: 'custom',
    params: { code, ...values },
    ...(path ? { path } : {}),
    input: values['value'],
  });
}

/** A text that is not empty after trimming and at most `max` characters long; stored trimmed. */
export function text(max: number): z.ZodString {
  // One check for both bounds (zod's min and max would be two, on every text of every document).
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (value.length === 0) report(ctx, 'empty_text', {});
      else if (value.length > max) report(ctx, 'too_long', { maximum: max, length: value.length });
    })
    .meta({ minLength: 1, maxLength: max, pattern: '\\S' });
}

/**
 * The longest texts accepted, in characters: names and titles, purposes and expected benefits,
 * results; and how many roles and cost items a list may hold.
 */
export const LIMITS = {
  name: 200,
  purpose: 2000,
  result: 4000,
  roles: 50,
  items: 500,
  /** Records in one list of a register: activities, approvals, reports and so on. */
  records: 1_000_000,
} as const;

/** A short identifier, e.g. an activity id or case number. */
export const identifier: z.ZodString = text(100);

/** A calendar day as `YYYY-MM-DD`. */
export const isoDate: z.ZodType<IsoDate, string> = z
  .string()
  .superRefine((value, ctx) => {
    if (!isIsoDate(value)) report(ctx, 'invalid_date', { value });
  })
  .meta({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }) as unknown as z.ZodType<
  IsoDate,
  string
>;

/** An ISO 3166-1 alpha-2 country code in capitals. */
export const countryCode: z.ZodString = z
  .string()
  .superRefine((value, ctx) => {
    if (!isCountryCode(value)) report(ctx, 'unknown_country', { value });
  })
  .meta({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code' });

/** An ISO 4217 code of a currency dinero.js ships (with a decimal minor unit). */
export const currencyCode: z.ZodString = z
  .string()
  .superRefine((value, ctx) => {
    if (!currencyOf(value)) report(ctx, 'unknown_currency', { value });
  })
  .meta({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code' });

/** A whole number from `min` to `max`. */
export function count(min: number, max: number): z.ZodNumber {
  return z
    .number()
    .superRefine((value, ctx) => {
      if (!Number.isInteger(value)) report(ctx, 'not_an_integer', { value });
      else if (value < min || value > max) {
        report(ctx, 'out_of_range', { value, minimum: min, maximum: max });
      }
    })
    .meta({ type: 'integer', minimum: min, maximum: max });
}

/** One of a fixed set of ids (goals, twin towns), reported with `code` and the known ids. */
export function knownId(known: readonly string[], code: IssueCode): z.ZodString {
  const set = new Set(known);
  return z
    .string()
    .superRefine((value, ctx) => {
      if (!set.has(value)) report(ctx, code, { value, known });
    })
    .meta({ enum: [...known] });
}

/** An amount field: whole minor units or a decimal string; checked against its currency below. */
export const amountField: z.ZodType<number | string> = z.union([
  z.number().meta({ type: 'integer', minimum: 0, description: 'whole minor units (öre, cents)' }),
  z.string().meta({
    pattern: '^\\s*(\\d{1,3}([ \\u00a0\\u202f]\\d{3})+|\\d+)([.,]\\d+)?\\s*$',
    description: 'a decimal amount in major units, e.g. "12 500,50" or "12500.50"',
  }),
]);

/**
 * Checks that `amount` can be read exactly in the currency `code` (whole minor units, or a decimal
 * string with no more decimals than the currency has), reporting why not at `path`. An unknown
 * currency is reported by its own field.
 */
export function checkAmount(
  amount: number | string,
  code: string,
  ctx: Ctx,
  path: (string | number)[],
): void {
  const currency = currencyOf(code);
  if (!currency) return;
  const reading = readAmount(amount, currency.exponent);
  if (!reading.ok)
    report(ctx, reading.code, { value: amount, currency: code, decimals: currency.exponent }, path);
}

/**
 * The exact snapshot of an amount that {@link checkAmount} accepted: what dinero.js's
 * `toSnapshot(dinero({ amount, currency }))` gives, built directly, with one frozen currency object
 * per currency shared by every amount.
 */
export function toMoneySnapshot(amount: number | string, code: string): DineroSnapshot<number> {
  const currency = currencyOf(code) as DineroCurrency<number>;
  // A number was checked to be whole minor units (+ 0 turns -0 into 0); only a string needs reading again.
  let minor: number;
  if (typeof amount === 'number') minor = amount + 0;
  else {
    // checkAmount accepted it, so it reads.
    minor = (readAmount(amount, currency.exponent) as { readonly minor: number }).minor;
  }
  return { amount: minor, currency: frozenCurrency(currency), scale: currency.exponent };
}

const frozenCurrencies = new Map<string, DineroCurrency<number>>();

/** A frozen copy of a dinero.js currency, one per code (dinero's own constants are left alone). */
function frozenCurrency(currency: DineroCurrency<number>): DineroCurrency<number> {
  let frozen = frozenCurrencies.get(currency.code);
  if (!frozen) {
    frozen = Object.freeze({
      code: currency.code,
      base: currency.base,
      exponent: currency.exponent,
    });
    frozenCurrencies.set(currency.code, frozen);
  }
  return frozen;
}

/**
 * The building blocks of the input schemas for money: currency codes and amounts, checked exactly
 * against their currency and turned into dinero.js snapshots.
 */
import type { DineroCurrency, DineroSnapshot } from 'dinero.js';
import * as z from 'zod/mini';
import { type Ctx, described, report } from '../input/fields.js';
import type { IssueValue } from '../input/issues.js';
import { readAmount, readMinorUnits } from './amount.js';
import { currencyOf } from './currencies.js';
import { decimalOf } from './format.js';

/** An ISO 4217 code of a currency dinero.js ships (with a decimal minor unit). */
export const currencyCode: z.ZodMiniString = described(
  z.string().check(
    z.superRefine((value, ctx) => {
      if (!currencyOf(value)) report(ctx, 'unknown_currency', { value });
    }),
  ),
  { pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code' },
);

/**
 * An amount in major units, written as a decimal string ("12 500,50", "12500.50", "12500"). A bare
 * number passes here only so that the cost item can refuse it with an example in its currency
 * ({@link checkAmount}, `amount_not_text`): a clerk who types 12500 means kronor, not öre.
 */
const amountText: z.ZodMiniType<string> = described(z.any(), {
  type: 'string',
  pattern: '^\\s*(\\d{1,3}([ \\u00a0\\u202f]\\d{3})+|\\d+)([.,]\\d+)?\\s*$',
  description: 'the amount in major units as text, e.g. "12 500,50" or "12500.50"',
}) as z.ZodMiniType<string>;

/**
 * An amount in whole minor units of its currency (öre, cents), the field saying so. Both fields are
 * checked by {@link checkAmount}, on the object that holds them: one check per amount costs a
 * fraction of zod's own number and string schemas per field.
 */
const minorUnits: z.ZodMiniType<number> = described(z.any(), {
  type: 'integer',
  minimum: 0,
  maximum: Number.MAX_SAFE_INTEGER,
  description: 'the amount in whole minor units (öre, cents), e.g. 1250050 for 12 500,50 kr',
}) as z.ZodMiniType<number>;

/**
 * The fields of an amount — a decimal string under `amount`, or whole minor units under
 * `minorUnits`, exactly one of the two ({@link checkAmount}) — for an object with its currency.
 */
export const amountFields: {
  readonly amount: z.ZodMiniExactOptional<z.ZodMiniType<string>>;
  readonly minorUnits: z.ZodMiniExactOptional<z.ZodMiniType<number>>;
} = { amount: z.exactOptional(amountText), minorUnits: z.exactOptional(minorUnits) };

/**
 * What the JSON Schema of an object with {@link amountFields} adds: exactly one of them (each
 * branch names its field under `properties` too, as strict validators such as Ajv's want).
 */
export const ONE_AMOUNT: {
  readonly oneOf: readonly {
    readonly properties: Readonly<Record<string, true>>;
    readonly required: readonly string[];
  }[];
} = {
  oneOf: ['amount', 'minorUnits'].map((field) => ({
    properties: { [field]: true as const },
    required: [field],
  })),
};

/** An amount as an object with {@link amountFields} gives it, as written; fields may be of any type. */
export interface AmountInput {
  readonly amount?: unknown;
  readonly minorUnits?: unknown;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function shown(value: unknown): IssueValue {
  return typeof value === 'string' || typeof value === 'number' ? value : kindOf(value);
}

/**
 * How a bare number should have been written in the currency: as text, grouped with a decimal
 * comma and plain with a decimal point ("12 500,00", "12500.00"). A number that reads as no amount
 * (negative, too many decimals, too large) gets 12 500 as the example instead.
 */
function examplesOf(value: number, exponent: number): { example: string; plainExample: string } {
  const reading = readAmount(String(value), exponent);
  const amount = reading.success ? reading.minor : 12_500 * 10 ** exponent;
  const snapshot = { amount, scale: exponent } as DineroSnapshot<number>;
  return { example: decimalOf(snapshot, 'sv', ' '), plainExample: decimalOf(snapshot, 'en') };
}

/**
 * Checks that an object with {@link amountFields} gives its amount exactly once and that it can be
 * read exactly in the currency `code`: a decimal string with no more decimals than the currency
 * has, never a bare number (`amount_not_text`). Issues are reported at `path` (the object's own
 * path within the schema it is refined in). A field of the wrong type, bad minor units and an
 * unknown currency are reported by their own fields.
 */
export function checkAmount(
  money: AmountInput,
  code: unknown,
  ctx: Ctx,
  path: (string | number)[],
): void {
  const { amount, minorUnits } = money;
  if (amount === undefined && minorUnits === undefined) {
    report(ctx, 'required', { expected: 'amount or minorUnits' }, [...path, 'amount']);
    return;
  }
  if (amount !== undefined && minorUnits !== undefined) {
    report(
      ctx,
      'amount_given_twice',
      { amount: shown(amount), minorUnits: shown(minorUnits) },
      path,
    );
  }
  // The fields' types and the minor units need no currency.
  if (amount !== undefined && typeof amount !== 'string' && typeof amount !== 'number')
    report(ctx, 'invalid_type', { expected: 'string', received: kindOf(amount) }, [
      ...path,
      'amount',
    ]);
  if (minorUnits !== undefined) {
    if (typeof minorUnits !== 'number')
      report(ctx, 'invalid_type', { expected: 'number', received: kindOf(minorUnits) }, [
        ...path,
        'minorUnits',
      ]);
    else {
      const reading = readMinorUnits(minorUnits);
      if (!reading.success)
        report(ctx, reading.code, { value: minorUnits }, [...path, 'minorUnits']);
    }
  }
  const currency = typeof code === 'string' ? currencyOf(code) : undefined;
  if (!currency) return;
  if (typeof amount === 'number') {
    report(
      ctx,
      'amount_not_text',
      { value: amount, currency: currency.code, ...examplesOf(amount, currency.exponent) },
      [...path, 'amount'],
    );
  } else if (typeof amount === 'string') {
    const reading = readAmount(amount, currency.exponent);
    if (!reading.success)
      report(
        ctx,
        reading.code,
        {
          value: amount,
          currency: currency.code,
          decimals: currency.exponent,
          ...(reading.suggestion !== undefined ? { suggestion: reading.suggestion } : {}),
        },
        [...path, 'amount'],
      );
  }
}

/**
 * The exact snapshot of an amount that {@link checkAmount} accepted: what dinero.js's
 * `toSnapshot(dinero({ amount, currency }))` gives, built directly, with one frozen currency object
 * per currency shared by every amount.
 */
export function toMoneySnapshot(
  money: { readonly amount?: string; readonly minorUnits?: number },
  code: string,
): DineroSnapshot<number> {
  const currency = currencyOf(code) as DineroCurrency<number>;
  // Minor units were checked to be whole (+ 0 turns -0 into 0); only a string needs reading again.
  let minor: number;
  if (money.minorUnits !== undefined) minor = money.minorUnits + 0;
  else {
    // checkAmount accepted it, so it reads.
    minor = (readAmount(money.amount as string, currency.exponent) as { readonly minor: number })
      .minor;
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

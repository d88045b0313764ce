import { fc, test } from '@fast-check/vitest';
import type { DineroSnapshot } from 'dinero.js';
import { describe, expect, it } from 'vitest';
import { type CostItem, formatMoney, toSek, totalInSek } from '../../src/index.js';
import { ratesOf } from '../fixtures/build.js';

const money = (amount: number, code: string, exponent: number): DineroSnapshot<number> => ({
  amount,
  currency: { code, base: 10, exponent },
  scale: exponent,
});
const sek = (amount: number) => money(amount, 'SEK', 2) as DineroSnapshot<number, 'SEK'>;

const items = (amounts: readonly number[]): CostItem[] =>
  amounts.map((amount) => ({ label: 'x', category: 'other', amount: sek(amount) }));
const sumSek = (amounts: readonly number[]) => {
  const result = totalInSek(items(amounts), { rates: [] });
  return result.success ? result.total : undefined;
};
const sekOf = (result: ReturnType<typeof toSek>): number => {
  if (!result.success) throw new Error(result.code);
  return result.conversion.sek.amount;
};

describe('toSek: named examples', () => {
  it('returns an amount in SEK as it is, with no rate', () => {
    const result = toSek(sek(1250050), ratesOf({}));
    expect(result).toEqual({
      success: true,
      conversion: { from: sek(1250050), sek: sek(1250050) },
    });
  });

  it('converts EUR 123,45 at 11,4523 to 1 413,79 kr (1 413,786435 rounded)', () => {
    const result = toSek(money(12345, 'EUR', 2), ratesOf({ EUR: '11.4523' }));
    expect(result.success && formatMoney(result.conversion.sek, 'sv')).toBe('1 413,79 kr');
    expect(result.success && result.conversion.rate?.sekPerUnit).toBe('11.4523');
  });

  it('converts JPY with no decimals: 1 001 JPY at 0,0725 is 72,57 kr', () => {
    expect(sekOf(toSek(money(1001, 'JPY', 0), ratesOf({ JPY: '0.0725' })))).toBe(7257);
  });

  it('converts KWD with three decimals', () => {
    expect(sekOf(toSek(money(1234, 'KWD', 3), ratesOf({ KWD: '31.5' })))).toBe(3887);
  });

  it.each([
    [1, 0],
    [3, 2],
    [5, 2],
    [7, 4],
    [9, 4],
  ])('rounds half to even: %i cent at 0,5 is %i öre', (cents, ore) => {
    expect(sekOf(toSek(money(cents, 'EUR', 2), ratesOf({ EUR: '0.5' })))).toBe(ore);
  });

  it('reports a missing rate, naming the currency, and never takes it as zero', () => {
    expect(toSek(money(100, 'USD', 2), ratesOf({ EUR: '11' }))).toEqual({
      success: false,
      code: 'missing_rate',
      currency: 'USD',
    });
  });

  it('reports an amount whose conversion cannot be exact', () => {
    expect(toSek(money(Number.MAX_SAFE_INTEGER, 'EUR', 2), ratesOf({ EUR: '11.4523' }))).toEqual({
      success: false,
      code: 'amount_too_large',
      currency: 'EUR',
    });
  });
});

describe('toSek and sums: properties', () => {
  test.prop([fc.integer({ min: 0, max: 1e12 }), fc.constantFrom('EUR', 'USD', 'GBP')])(
    'converting with rate 1 is the identity',
    (amount, code) => {
      expect(sekOf(toSek(money(amount, code, 2), ratesOf({ [code]: '1' })))).toBe(amount);
    },
  );

  test.prop([fc.array(fc.integer({ min: 0, max: 1e9 }), { maxLength: 20 })])(
    'summing items in any order gives the same total',
    (amounts) => {
      const forward = sumSek(amounts);
      const backward = sumSek([...amounts].reverse());
      expect(forward).toEqual(backward);
      expect(forward?.amount).toBe(amounts.reduce((a, b) => a + b, 0));
    },
  );

  test.prop([fc.integer({ min: 0, max: 1e12 }), fc.array(fc.nat(), { maxLength: 6 })])(
    'splitting a total into items gives the same total',
    (total, cuts) => {
      const points = [...new Set(cuts.map((c) => c % (total + 1)))].sort((a, b) => a - b);
      const parts = [...points, total].map((p, i) => p - (i === 0 ? 0 : (points[i - 1] as number)));
      expect(sumSek(parts)?.amount).toBe(total);
    },
  );

  it('refuses a sum beyond exact integers rather than return a wrong total', () => {
    expect(sumSek([Number.MAX_SAFE_INTEGER, 1])).toBeUndefined();
    const over = totalInSek(items([Number.MAX_SAFE_INTEGER, 1]), { rates: [] });
    expect(over.success ? undefined : over.issues[0]?.code).toBe('amount_too_large');
    // What the total is at least: the largest exact part of it.
    expect(over.success ? undefined : over.atLeast.amount).toBe(Number.MAX_SAFE_INTEGER);
    expect(sumSek([])).toEqual(sek(0));
  });
});

describe('toSek computes what dinero.js computes', () => {
  test.prop([
    fc.integer({ min: 0, max: 1e9 }),
    fc.constantFrom(['EUR', 2], ['JPY', 0], ['KWD', 3]) as fc.Arbitrary<[string, number]>,
    fc.integer({ min: 1, max: 99_999_999 }),
    fc.integer({ min: 0, max: 8 }),
  ])(
    'for any amount, currency and rate, as convert then transformScale(…, 2, halfEven)',
    async (amount, [code, exponent], rateDigits, rateScale) => {
      const { convert, dinero, halfEven, toSnapshot, transformScale } = await import('dinero.js');
      const { SEK } = await import('dinero.js/currencies');
      const digits = String(rateDigits).padStart(rateScale + 1, '0');
      const sekPerUnit =
        rateScale === 0 ? digits : `${digits.slice(0, -rateScale)}.${digits.slice(-rateScale)}`;
      const from = money(amount, code, exponent);
      const result = toSek(from, ratesOf({ [code]: sekPerUnit }));
      const product = amount * rateDigits;
      if (!Number.isSafeInteger(product)) {
        expect(result).toMatchObject({ success: false, code: 'amount_too_large' });
        return;
      }
      const expected = toSnapshot(
        transformScale(
          convert(dinero(from), SEK, { SEK: { amount: rateDigits, scale: rateScale } }),
          2,
          halfEven,
        ),
      );
      if (!Number.isSafeInteger(expected.amount)) {
        // Beyond exact integers dinero.js's number calculator is not exact; the library refuses.
        expect(result).toMatchObject({ success: false, code: 'amount_too_large' });
        return;
      }
      expect(result.success && result.conversion.sek).toEqual(expected);
    },
  );
});

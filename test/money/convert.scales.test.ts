import { describe, expect, it } from 'vitest';
import { type IsoDate, isMoreThan, toSek } from '../../src/index.js';
import { sumSek } from '../../src/money/convert.js';

describe('money at other scales', () => {
  const sek3 = {
    amount: 12_345,
    currency: { code: 'SEK' as const, base: 10, exponent: 2 },
    scale: 3,
  };

  it('an amount in SEK at a finer scale is rounded half to even to whole öre', () => {
    const result = toSek(sek3, { rates: [] });
    expect(result.success && result.conversion.sek).toEqual({
      amount: 1234,
      currency: { code: 'SEK', base: 10, exponent: 2 },
      scale: 2,
    });
  });

  it('sums amounts at different scales exactly', () => {
    const sek2 = {
      amount: 100,
      currency: { code: 'SEK' as const, base: 10, exponent: 2 },
      scale: 2,
    };
    expect(sumSek([sek3, sek2])).toEqual({
      amount: 13_345,
      currency: { code: 'SEK', base: 10, exponent: 2 },
      scale: 3,
    });
    expect(
      sumSek([
        { ...sek3, amount: Number.MAX_SAFE_INTEGER },
        { ...sek3, amount: 10 },
      ]),
    ).toBeUndefined();
  });

  it('compares amounts at different scales exactly', () => {
    const threshold = {
      amount: 1_000_000,
      currency: { code: 'SEK' as const, base: 10, exponent: 2 },
      scale: 2,
    };
    expect(isMoreThan({ ...threshold, amount: 10_000_001, scale: 3 }, threshold)).toBe(true);
    expect(isMoreThan({ ...threshold, amount: 10_000_000, scale: 3 }, threshold)).toBe(false);
  });
});

describe('toSek with a hand-built rates list', () => {
  it('uses the first rate given for a currency', () => {
    const rate = (sekPerUnit: string) => ({
      currency: 'EUR',
      sekPerUnit,
      date: '2020-01-01' as IsoDate,
      source: 'x',
    });
    const result = toSek(
      { amount: 100, currency: { code: 'EUR', base: 10, exponent: 2 }, scale: 2 },
      { rates: [rate('10'), rate('20')] },
    );
    expect(result.success && result.conversion.sek.amount).toBe(1000);
  });
});

import { describe, expect, it } from 'vitest';
import { type IsoDate, isMoreThan, PolicyError, toSek, totalInSek } from '../../src/index.js';
import { thrownBy } from '../support/thrown.js';

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

  it('sums amounts at different scales exactly, each rounded to whole öre first', () => {
    const sek2 = {
      amount: 100,
      currency: { code: 'SEK' as const, base: 10, exponent: 2 },
      scale: 2,
    };
    const item = (amount: typeof sek2) => ({ label: 'x', category: 'other' as const, amount });
    const result = totalInSek([item(sek3), item(sek2)], { rates: [] });
    // 12,345 kr at scale 3 is 12.345 → 12.34 (half to even), + 1.00.
    expect(result.success && result.total).toEqual({
      amount: 1_334,
      currency: { code: 'SEK', base: 10, exponent: 2 },
      scale: 2,
    });
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
  it('of two rates of one currency for one day is refused, as parseRates refuses it (issue 28)', () => {
    const rate = (sekPerUnit: string) => ({
      currency: 'EUR',
      sekPerUnit,
      date: '2020-01-01' as IsoDate,
      source: 'x',
    });
    const error = thrownBy(() =>
      toSek(
        { amount: 100, currency: { code: 'EUR', base: 10, exponent: 2 }, scale: 2 },
        { rates: [rate('10'), rate('20')] },
      ),
    ) as PolicyError;
    expect(error).toBeInstanceOf(PolicyError);
    expect(error.code).toBe('invalid_argument');
    expect(error.messages.en).toMatch(
      /^toSek: the exchange rates must be .* as parseRates takes them; rates\[1\]/,
    );
  });
});

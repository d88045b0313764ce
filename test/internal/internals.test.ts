import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/iso-date.js';
import { type IsoDate, isIsoDate, isMoreThan, toSek } from '../../src/index.js';
import { deepFreeze } from '../../src/internal/deep-freeze.js';
import { foldName } from '../../src/internal/text.js';
import { sumSek } from '../../src/money/convert.js';
import { isoDateBetween } from '../arbitraries/dates.js';

describe('addDays', () => {
  test.prop([isoDateBetween('1900-01-01', '2100-12-31'), fc.integer({ min: -2000, max: 2000 })])(
    'agrees with the platform calendar across months, leap years and centuries',
    (date, days) => {
      const expected = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000)
        .toISOString()
        .slice(0, 10);
      expect(addDays(date, days)).toBe(expected);
    },
  );
});

describe('foldName', () => {
  test.prop([fc.string({ unit: 'grapheme-ascii' })])(
    'its ASCII shortcut agrees with the full Unicode fold',
    (name) => {
      const full = name
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[\s\-‐-―]+/gu, ' ')
        .trim();
      expect(foldName(name)).toBe(full);
    },
  );
});

describe('deepFreeze', () => {
  it('freezes nested objects and arrays, and leaves functions alone', () => {
    const fn = () => 1;
    const value = deepFreeze({ list: [{ a: 1 }], fn });
    expect(Object.isFrozen(value.list[0])).toBe(true);
    expect(Object.isFrozen(fn)).toBe(false);
  });
});

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

describe('zod issues the schemas do not produce today are still translated', async () => {
  const { fromZod } = await import('../../src/input/parse.js');
  const { issue } = await import('../../src/input/messages.js');
  const base = { path: ['title'], message: '' };

  it('a too long or empty string from a zod length check', () => {
    expect(
      fromZod({ ...base, code: 'too_big', origin: 'string', maximum: 3, input: 'abcd' })[0],
    ).toMatchObject({
      code: 'too_long',
      values: { maximum: 3, length: 4 },
    });
    expect(
      fromZod({ ...base, code: 'too_small', origin: 'string', minimum: 1, input: '' })[0]?.code,
    ).toBe('empty_text');
  });

  it('any other zod issue as an invalid value', () => {
    expect(
      fromZod({ ...base, code: 'invalid_format', format: 'email', input: 'x' })[0],
    ).toMatchObject({
      code: 'invalid_value',
      values: { value: 'x', allowed: [] },
    });
  });

  it('a message with a value missing quotes nothing rather than "undefined"', () => {
    expect(issue('invalid_value', ['x'], { allowed: ['a'] }).messages.en).toBe(
      'x:  is not allowed; allowed values are: a.',
    );
  });
});

describe('isIsoDate rejects non-digits in any position', () => {
  it.each(['20a0-01-01', '2020-0b-01', '2020-01-0c', '2020/01/01', '２０２０-01-01'])(
    '%s',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );
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

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type CostItem,
  type ExchangeRates,
  formatMoney,
  isMoreThan,
  POLICY_2019_2022,
  parseRates,
  totalInSek,
} from '../../src/index.js';
import { lazy } from '../support/lazy.js';

const THRESHOLD = POLICY_2019_2022.reportBackThreshold;
const item = (amount: number, code = 'SEK', exponent = 2, label = 'item'): CostItem => ({
  label,
  category: 'other',
  amount: { amount, currency: { code, base: 10, exponent }, scale: exponent },
});
const rates = lazy((): ExchangeRates => {
  const parsed = parseRates({
    rates: [{ currency: 'EUR', sekPerUnit: '10', date: '2020-03-02', source: 'test' }],
  });
  if (!parsed.success) throw new Error('rates');
  return parsed.data;
});

function totalOf(items: readonly CostItem[]): number {
  const result = totalInSek(items, rates());
  if (!result.ok) throw new Error(result.issues[0].messages.en);
  return result.total.amount;
}

const exceeds = (items: readonly CostItem[]): boolean => {
  const result = totalInSek(items, rates());
  if (!result.ok) throw new Error('total');
  return isMoreThan(result.total, THRESHOLD);
};

describe('totals and the threshold: named boundary examples', () => {
  it.each([
    ['10 000,00 kr in SEK', [item(1_000_000)], false],
    ['10 000,01 kr in SEK', [item(1_000_001)], true],
    ['10 000,00 kr as 6 000 + 4 000', [item(600_000), item(400_000)], false],
    ['10 000,01 kr as 6 000 + 4 000,01', [item(600_000), item(400_001)], true],
    ['EUR 1 000,00 at 10 = 10 000,00 kr', [item(100_000, 'EUR')], false],
    ['EUR 1 000,01 at 10 = 10 000,10 kr', [item(100_001, 'EUR')], true],
    ['EUR 600 + 4 000,01 kr', [item(60_000, 'EUR'), item(400_001)], true],
  ])('%s is more than 10 000,00 kr: %s', (_, items, expected) => {
    expect(exceeds(items)).toBe(expected);
  });

  it('keeps each conversion and formats the total', () => {
    const result = totalInSek([item(12_345, 'EUR'), item(100)], rates());
    expect(result.ok && formatMoney(result.total, 'sv')).toBe('1 235,50 kr');
    expect(result.ok && result.conversions.map((c) => c.rate?.sekPerUnit)).toEqual([
      '10',
      undefined,
    ]);
  });

  it('reports every foreign item without a rate, naming currency and item', () => {
    const result = totalInSek(
      [item(1, 'USD', 2, 'Taxi'), item(1), item(5, 'JPY', 0, 'Lunch')],
      rates(),
      ['actualCosts'],
    );
    expect(
      result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.'), i.messages.sv]),
    ).toEqual([
      [
        'missing_rate',
        'actualCosts.0.currency',
        'actualCosts[0].currency: det finns ingen växelkurs för USD ("Taxi"); ange en kurs i SEK per USD.',
      ],
      [
        'missing_rate',
        'actualCosts.2.currency',
        'actualCosts[2].currency: det finns ingen växelkurs för JPY ("Lunch"); ange en kurs i SEK per JPY.',
      ],
    ]);
  });

  it('reports totals that cannot be exact', () => {
    const tooLarge = totalInSek([item(Number.MAX_SAFE_INTEGER), item(1)], rates(), [
      'plannedCosts',
    ]);
    expect(tooLarge.ok ? undefined : tooLarge.issues).toEqual([
      {
        code: 'amount_too_large',
        path: ['plannedCosts'],
        values: { value: 'total' },
        messages: expect.objectContaining({ en: expect.stringMatching(/^plannedCosts: /) }),
      },
    ]);
    const itemTooLarge = totalInSek([item(Number.MAX_SAFE_INTEGER, 'EUR')], rates());
    expect(itemTooLarge.ok ? undefined : itemTooLarge.issues[0].path).toEqual([0, 'amount']);
  });
});

describe('totals and the threshold: properties', () => {
  const items = fc.array(
    fc.oneof(
      fc.integer({ min: 0, max: 2_000_000 }).map((n) => item(n)),
      fc.integer({ min: 0, max: 200_000 }).map((n) => item(n, 'EUR')),
    ),
    { maxLength: 8 },
  );

  test.prop([items, fc.context()])(
    'whether costs exceed the threshold depends only on their total, not on order',
    (list) => {
      const shuffled = [...list].reverse();
      expect(totalOf(shuffled)).toBe(totalOf(list));
      expect(exceeds(shuffled)).toBe(exceeds(list));
    },
  );

  test.prop([fc.integer({ min: 0, max: 3_000_000 }), fc.array(fc.nat(), { maxLength: 5 })])(
    'nor on how the total is split into items',
    (total, cuts) => {
      const points = [...new Set(cuts.map((c) => c % (total + 1)))].sort((a, b) => a - b);
      const parts = [...points, total].map((p, i) => p - (i === 0 ? 0 : (points[i - 1] as number)));
      expect(exceeds(parts.map((p) => item(p)))).toBe(total > 1_000_000);
    },
  );

  test.prop([items, fc.integer({ min: 1, max: 1_000_000 })])(
    'adding a cost never lowers the total',
    (list, extra) => {
      expect(totalOf([...list, item(extra)])).toBeGreaterThan(totalOf(list));
    },
  );
});

describe('sekTotal (internal): sums of öre kept exact', () => {
  it('refuses a sum past the safe integers, with both messages and the amount', async () => {
    const { sekTotal } = await import('../../src/money/activity-costs.js');
    expect(sekTotal(1_000_000)).toEqual({
      amount: 1_000_000,
      currency: { code: 'SEK', base: 10, exponent: 2 },
      scale: 2,
    });
    expect(() => sekTotal(Number.MAX_SAFE_INTEGER + 2)).toThrow(
      expect.objectContaining({
        code: 'amount_too_large',
        messages: {
          sv: 'Summan är för stor för att räknas exakt i öre.',
          en: 'The total is too large to be counted exactly in öre.',
        },
        details: { amount: Number.MAX_SAFE_INTEGER + 2 },
      }),
    );
  });
});

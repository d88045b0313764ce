import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type CostItem,
  type ExchangeRates,
  formatMoney,
  isMoreThan,
  POLICY_2019_2022,
  parseRates,
  toIsoDate,
  totalInSek,
} from '../../src/index.js';
import { lazy } from '../support/lazy.js';
import { BOUNDARY } from '../support/runs.js';

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
  if (!result.success) throw new Error(result.issues[0].messages.en);
  return result.total.amount;
}

const exceeds = (items: readonly CostItem[]): boolean => {
  const result = totalInSek(items, rates());
  if (!result.success) throw new Error('total');
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
    expect(result.success && formatMoney(result.total, 'sv')).toBe('1 235,50 kr');
    expect(result.success && result.conversions.map((c) => c.rate?.sekPerUnit)).toEqual([
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
      result.success ? [] : result.issues.map((i) => [i.code, i.path.join('.'), i.messages.sv]),
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
    expect(tooLarge.success ? undefined : tooLarge.issues).toEqual([
      {
        code: 'amount_too_large',
        path: ['plannedCosts'],
        values: { value: 'total' },
        messages: expect.objectContaining({ en: expect.stringMatching(/^plannedCosts: /) }),
      },
    ]);
    const itemTooLarge = totalInSek([item(Number.MAX_SAFE_INTEGER, 'EUR')], rates());
    expect(itemTooLarge.success ? undefined : itemTooLarge.issues[0].path).toEqual([0, 'amount']);
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

  test.prop([items, fc.context()], BOUNDARY)(
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
    const { sekTotal } = await import('../../src/activities/costs.js');
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

describe('rates belong to a day (interpretation note 15): board.reporting', () => {
  const eurAt = (...dates: string[]): ExchangeRates => {
    const parsed = parseRates({
      rates: dates.map((date, i) => ({
        currency: 'EUR',
        sekPerUnit: `11.452${i}`,
        date,
        source: 'Riksbanken',
      })),
    });
    if (!parsed.success) throw new Error(parsed.issues[0].messages.en);
    return parsed.data;
  };
  const on = (day: string, maxDays?: number) =>
    maxDays === undefined ? { day: toIsoDate(day) } : { day: toIsoDate(day), maxDays };
  const hotel = item(120_000, 'EUR', 2, 'Hotel');
  const rateOf = (result: ReturnType<typeof totalInSek>) =>
    result.success ? result.conversions.find((c) => c.rate)?.rate?.date : undefined;

  it('of a series, the rate dated on the day, else nearest before it, converts the cost', () => {
    const series = eurAt('2021-04-30', '2021-05-03', '2021-05-04', '2021-05-10');
    expect(rateOf(totalInSek([hotel], series, [], on('2021-05-03')))).toBe('2021-05-03');
    expect(rateOf(totalInSek([hotel], series, [], on('2021-05-09')))).toBe('2021-05-04');
    expect(rateOf(totalInSek([hotel], series, [], on('2021-05-02')))).toBe('2021-04-30');
  });

  it('with no rate on or before the day, the nearest after it; without a day, the latest', () => {
    const series = eurAt('2021-06-01', '2021-06-30');
    expect(rateOf(totalInSek([hotel], series, [], on('2021-05-03')))).toBe('2021-06-01');
    expect(rateOf(totalInSek([hotel], series))).toBe('2021-06-30');
  });

  it('a rate 30 days from the day is used, before or after; 31 days is stale_rate, naming currency, dates and limit', () => {
    const before = totalInSek([hotel], eurAt('2021-04-03'), ['actualCosts'], on('2021-05-03', 30));
    expect(before.success && before.total.amount).toBe(1_374_240);
    const after = totalInSek([hotel], eurAt('2021-06-02'), ['actualCosts'], on('2021-05-03', 30));
    expect(after.success && after.total.amount).toBe(1_374_240);
    const stale = totalInSek(
      [item(100), hotel],
      eurAt('2021-04-02'),
      ['actualCosts'],
      on('2021-05-03', 30),
    );
    expect(stale.success ? undefined : stale.issues).toEqual([
      {
        code: 'stale_rate',
        path: ['actualCosts', 1, 'currency'],
        values: {
          currency: 'EUR',
          item: 'Hotel',
          rateDate: '2021-04-02',
          day: '2021-05-03',
          maxAgeDays: 30,
          earliest: '2021-04-03',
          latest: '2021-06-02',
        },
        messages: {
          sv: 'actualCosts[1].currency: växelkursen för EUR ("Hotel") närmast dagen 2021-05-03 är daterad 2021-04-02, mer än 30 dagar därifrån; ange en kurs daterad från 2021-04-03 till 2021-06-02.',
          en: 'actualCosts[1].currency: the exchange rate for EUR ("Hotel") nearest the day 2021-05-03 is dated 2021-04-02, more than 30 days from it; supply a rate dated from 2021-04-03 to 2021-06-02.',
        },
      },
    ]);
    const late = totalInSek([hotel], eurAt('2021-06-03'), [], on('2021-05-03', 30));
    expect(late.success ? undefined : late.issues[0]?.values).toMatchObject({
      rateDate: '2021-06-03',
    });
  });

  it('a rate dated years after the day is not used under a bound (a 2022-12-30 rate for a trip of 2019-12-10)', () => {
    const result = totalInSek([hotel], eurAt('2022-12-30'), [], on('2019-12-10', 30));
    expect(result.success ? undefined : result.issues[0]?.code).toBe('stale_rate');
  });

  it('a stale nearest rate before the day gives way to one after it within the bound', () => {
    const series = eurAt('2020-01-01', '2021-05-05');
    expect(rateOf(totalInSek([hotel], series, [], on('2021-05-03', 5)))).toBe('2021-05-05');
  });

  it('says "1 day" in English, and counts across months and leap days', () => {
    const one = totalInSek([hotel], eurAt('2020-02-27'), [], on('2020-03-01', 1));
    expect(one.success ? undefined : one.issues[0]?.messages.en).toContain(
      'nearest the day 2020-03-01 is dated 2020-02-27, more than 1 day from it',
    );
    expect(totalInSek([hotel], eurAt('2020-02-29'), [], on('2020-03-01', 1)).success).toBe(true);
  });

  it('without a bound any rate is used, however far; SEK items need no rate and are never stale', () => {
    expect(totalInSek([hotel], eurAt('1999-01-04'), [], on('2021-05-03')).success).toBe(true);
    expect(totalInSek([item(100)], { rates: [] }, [], on('2021-05-03', 0)).success).toBe(true);
  });

  it('a failed total says what it is at least: the items that could be converted', () => {
    const result = totalInSek([item(1_200_000), item(10_000, 'USD')], rates());
    expect(result.success).toBe(false);
    expect(result.success ? undefined : result.atLeast.amount).toBe(1_200_000);
    expect(result.success ? undefined : result.conversions.length).toBe(1);
  });

  it('refuses a rate day that is no day or a limit that is no whole number of days', () => {
    for (const bad of [{ day: '2021-13-01' }, { day: '2021-05-03', maxDays: -1 }, 'x', null])
      expect(() => totalInSek([hotel], rates(), [], bad as never)).toThrow(
        /invalid_argument|rate day/,
      );
    expect(() => totalInSek([hotel], rates(), 'plannedCosts' as never)).toThrow(/path/);
  });

  const day = fc.integer({ min: 0, max: 3_000 });
  test.prop([
    fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 200_000 }).map((n) => item(n, 'EUR')),
        fc.integer({ min: 0, max: 200_000 }).map((n) => item(n)),
      ),
      { maxLength: 6 },
    ),
    fc.uniqueArray(day, { minLength: 1, maxLength: 8 }),
    day,
    fc.integer({ min: 0, max: 400 }),
  ])(
    'no rate further from the day than the bound, before or after, is ever used, and the one used is the nearest on or before the day when that one is within it',
    (items, rateDays, judgedDay, maxDays) => {
      const dateOf = (n: number) => new Date(Date.UTC(2019, 0, 1 + n)).toISOString().slice(0, 10);
      const result = totalInSek(
        items,
        eurAt(...rateDays.map(dateOf)),
        [],
        on(dateOf(judgedDay), maxDays),
      );
      const before = rateDays.filter((d) => d <= judgedDay);
      const nearestBefore = before.length > 0 ? Math.max(...before) : undefined;
      const foreign = items.filter((i) => i.amount.currency.code === 'EUR').length;
      const usable = rateDays.some((d) => Math.abs(d - judgedDay) <= maxDays);
      if (result.success) {
        expect(usable || foreign === 0).toBe(true);
        for (const conversion of result.conversions) {
          if (!conversion.rate) continue;
          const used = rateDays.find((d) => dateOf(d) === conversion.rate?.date) as number;
          expect(Math.abs(used - judgedDay)).toBeLessThanOrEqual(maxDays);
          if (nearestBefore !== undefined && judgedDay - nearestBefore <= maxDays)
            expect(used).toBe(nearestBefore);
        }
      } else {
        expect(result.issues.map((i) => i.code)).toEqual(Array(foreign).fill('stale_rate'));
      }
    },
  );
});

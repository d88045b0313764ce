/**
 * Issue 28, item 5: results are deep-frozen and own their data. Every result of every public
 * function, walked through, holds nothing writable, and nothing the caller passed in: change the
 * caller's rates or records afterwards and no result, no explanation, changes.
 */
import { describe, expect, it } from 'vitest';
import {
  assessCompliance,
  audit,
  councilAccount,
  evaluate,
  explain,
  type IsoDate,
  parseActivity,
  parseRates,
  parseRecords,
  parseRegister,
  reviewAgreements,
  toSek,
  totalInSek,
} from '../../src/index.js';
import { eurItem, parsed, trip } from '../fixtures/build.js';
import { SAMPLE_REGISTER, SAMPLE_TRIP } from '../fixtures/samples.js';

/** The paths of every object or list reachable from `value` that is not frozen. */
function writable(value: unknown, path = 'result', seen = new Set<unknown>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const own = Object.isFrozen(value) ? [] : [path];
  return [
    ...own,
    ...Object.entries(value).flatMap(([key, item]) => writable(item, `${path}.${key}`, seen)),
  ];
}

const register = (() => {
  const result = parseRegister(SAMPLE_REGISTER);
  if (!result.success) throw new Error('sample');
  return result.data;
})();

describe('every result is frozen through and through', () => {
  const eur = { currency: 'EUR', sekPerUnit: '11.0', date: '2020-01-01', source: 'test' };
  const handRates = () => ({ rates: [{ ...eur }] }) as never;
  const results: [string, () => unknown][] = [
    ['parseActivity (success)', () => parseActivity(SAMPLE_TRIP)],
    ['parseActivity (failure)', () => parseActivity({ kind: 'trip' })],
    ['parseRecords (failure)', () => parseRecords({ approvals: [null] })],
    ['parseRates', () => parseRates({ rates: [eur] })],
    ['parseRegister', () => parseRegister(SAMPLE_REGISTER)],
    [
      'evaluate',
      () => evaluate(trip({ plannedCosts: [eurItem('100.00')] }), { rates: handRates() }),
    ],
    [
      'assessCompliance',
      () =>
        assessCompliance(
          parsed(SAMPLE_TRIP),
          {
            approvals: [
              {
                activity: '2020-03',
                decidedOn: '2020-02-01' as IsoDate,
                reference: 'KS',
                decision: 'approved',
              },
            ],
          },
          { asOf: '2021-01-01', rates: handRates() },
        ),
    ],
    [
      'toSek',
      () =>
        toSek(
          { amount: 100, currency: { code: 'EUR', base: 10, exponent: 2 }, scale: 2 },
          handRates(),
        ),
    ],
    ['totalInSek', () => totalInSek(parsed(SAMPLE_TRIP).kind === 'trip' ? [] : [], handRates())],
    ['audit', () => audit(register, { asOf: '2023-03-31' })],
    ['councilAccount', () => councilAccount(register, { period: '2019-2022', asOf: '2023-03-31' })],
    [
      'reviewAgreements',
      () => reviewAgreements(register, { period: '2019-2022', asOf: '2023-03-31' }),
    ],
  ];
  for (const [name, make] of results)
    it(`${name}: nothing writable`, () => {
      expect(writable(make())).toEqual([]);
    });
});

describe('a result never holds the caller’s own objects', () => {
  it('the rate a conversion names is a copy: changing the caller’s rate changes no result or explanation', () => {
    const rates = {
      rates: [{ currency: 'EUR', sekPerUnit: '11.0', date: '2020-01-01', source: 'test' }],
    };
    const evaluation = evaluate(trip({ plannedCosts: [eurItem('2000.00')] }), {
      rates: rates as never,
    });
    const before = explain(evaluation).en;
    expect(evaluation.conversions[0]?.rate).not.toBe(rates.rates[0]);
    (rates.rates[0] as { sekPerUnit: string }).sekPerUnit = '99.0';
    expect(explain(evaluation).en).toBe(before);
  });

  it('the approval a result rests on is a copy: changing the caller’s record changes nothing', () => {
    const approval = {
      activity: '2020-03',
      decidedOn: '2020-02-01',
      reference: 'KS § 1',
      decision: 'approved',
    };
    const compliance = assessCompliance(
      parsed(SAMPLE_TRIP),
      { approvals: [approval as never] },
      { asOf: '2021-01-01' },
    );
    const result = compliance.results.find((r) => r.obligation.code === 'board_approval');
    const before = explain(result as never).en;
    expect(result && 'evidence' in result ? result.evidence : undefined).not.toBe(approval);
    approval.reference = 'changed';
    expect(explain(result as never).en).toBe(before);
    expect(Object.isFrozen(approval)).toBe(false);
  });
});

describe('what the caller passes is never frozen', () => {
  it('toSek and totalInSek copy the caller’s amounts into their results', () => {
    const money = { amount: 100, currency: { code: 'SEK', base: 10, exponent: 2 }, scale: 2 };
    const result = toSek(money, { rates: [] });
    expect(Object.isFrozen(money)).toBe(false);
    expect(Object.isFrozen(money.currency)).toBe(false);
    expect(result.success && result.conversion.from).not.toBe(money);
  });

  it('a frozen amount that holds itself is no endless walk', () => {
    const money: Record<string, unknown> = {
      amount: 100,
      currency: Object.freeze({ code: 'SEK', base: 10, exponent: 2 }),
      scale: 2,
    };
    money['self'] = money;
    Object.freeze(money);
    expect(toSek(money as never, { rates: [] }).success).toBe(true);
  });
});

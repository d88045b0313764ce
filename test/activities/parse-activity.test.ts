import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type InputIssue,
  type IssueCode,
  POLICY_2019_2022,
  type PolicyVersion,
  parseActivity,
  toActivityInput,
} from '../../src/index.js';
import { activityInput } from '../arbitraries/activities.js';
import { SAMPLE_EXCHANGE, SAMPLE_TRIP } from '../fixtures/samples.js';

function issuesOf(input: unknown): readonly InputIssue[] {
  const result = parseActivity(input);
  return result.success ? [] : result.issues;
}

const trip = (changes: Record<string, unknown>): unknown => ({ ...SAMPLE_TRIP, ...changes });
const cost = (changes: Record<string, unknown>): unknown =>
  trip({
    plannedCosts: [
      { label: 'Hotel', category: 'lodging', amount: '1', currency: 'SEK', ...changes },
    ],
  });
const exchange = (changes: Record<string, unknown>): unknown => ({
  ...SAMPLE_EXCHANGE,
  ...changes,
});

describe('parseActivity: a named example for each issue code, in both languages', () => {
  const cases: Array<[IssueCode, unknown, string, string, string]> = [
    [
      'required',
      trip({ title: undefined }),
      'title',
      'title: saknas; ange text.',
      'title: is missing; give text.',
    ],
    [
      'invalid_type',
      trip({ travellers: 2 }),
      'travellers',
      'ska vara ett objekt, men är ett tal',
      'must be an object, but is a number',
    ],
    [
      'unknown_key',
      trip({ traveller: 2 }),
      'traveller',
      'fältet "traveller" är okänt',
      'the field "traveller" is unknown',
    ],
    [
      'invalid_value',
      trip({ kind: 'journey' }),
      'kind',
      '"journey" är inget tillåtet värde; tillåtna är: trip, exchange',
      '"journey" is not allowed; allowed values are: trip, exchange',
    ],
    ['empty_text', trip({ purpose: '   ' }), 'purpose', 'purpose: är tom', 'purpose: is empty'],
    [
      'too_long',
      trip({ title: 'x'.repeat(201) }),
      'title',
      'är 201 tecken lång; högst 200',
      'is 201 characters long; at most 200',
    ],
    [
      'too_few',
      trip({ destinations: [] }),
      'destinations',
      'har 0 element; minst 1 krävs',
      'has 0 items; at least 1 is required',
    ],
    [
      'too_many',
      trip({ goals: Array(21).fill('growth') }),
      'goals',
      'högst 20 är tillåtet',
      'at most 20 are allowed',
    ],
    [
      'not_an_integer',
      trip({ travellers: { count: 1.5 } }),
      'travellers.count',
      '1.5 är inget heltal',
      '1.5 is not a whole number',
    ],
    [
      'out_of_range',
      trip({ travellers: { count: 0 } }),
      'travellers.count',
      'utanför det tillåtna intervallet 1–10000',
      'outside the allowed range 1 to 10000',
    ],
    [
      'invalid_date',
      trip({ departureDate: '2020-02-30' }),
      'departureDate',
      '"2020-02-30" är inget giltigt datum',
      '"2020-02-30" is not a valid date',
    ],
    [
      'return_before_departure',
      trip({ returnDate: '2020-03-09' }),
      'returnDate',
      'hemresan 2020-03-09 är före avresan 2020-03-10',
      'the return 2020-03-09 is before the departure 2020-03-10',
    ],
    [
      'end_before_start',
      exchange({ endDate: '2021-08-31' }),
      'endDate',
      'slutdatum 2021-08-31 är före startdatum 2021-09-01',
      'the end 2021-08-31 is before the start 2021-09-01',
    ],
    [
      'unknown_goal',
      trip({ goals: ['growth', 'tourism'] }),
      'goals[1]',
      'målet "tourism" finns inte i policyn',
      'the goal "tourism" is not in the policy',
    ],
    [
      'unknown_twin_town',
      trip({ destinations: [{ twinTown: 'tallinn' }] }),
      'destinations[0].twinTown',
      'vänorten "tallinn" finns inte',
      'the twin town "tallinn" is not in the policy',
    ],
    [
      'unknown_country',
      trip({ destinations: [{ place: 'Tallinn', country: 'ee' }] }),
      'destinations[0].country',
      '"ee" är ingen landskod',
      '"ee" is not an ISO 3166-1 alpha-2 country code',
    ],
    [
      'unknown_currency',
      cost({ currency: 'XYZ' }),
      'plannedCosts[0].currency',
      '"XYZ" är ingen känd valutakod',
      '"XYZ" is not a known ISO 4217 currency code',
    ],
    [
      'float_amount',
      cost({ amount: 12500.5 }),
      'plannedCosts[0].amount',
      '12500.5 är inget heltal',
      '12500.5 is not a whole number',
    ],
    [
      'negative_amount',
      cost({ amount: -100 }),
      'plannedCosts[0].amount',
      '-100 är negativt',
      '-100 is negative',
    ],
    [
      'invalid_amount',
      cost({ amount: '12,500.50' }),
      'plannedCosts[0].amount',
      '"12,500.50" är inget belopp',
      '"12,500.50" is not an amount',
    ],
    [
      'too_many_decimals',
      cost({ amount: '10.005', currency: 'EUR' }),
      'plannedCosts[0].amount',
      'har fler decimaler än EUR har (2)',
      'has more decimals than EUR has (2)',
    ],
    [
      'amount_too_large',
      cost({ amount: 2 ** 53 }),
      'plannedCosts[0].amount',
      'är för stort för att räknas exakt',
      'is too large to be computed exactly',
    ],
  ];

  it.each(cases)('%s', (code, input, path, sv, en) => {
    const issues = issuesOf(input);
    const found = issues.find((i) => i.code === code);
    expect(found, JSON.stringify(issues.map((i) => i.messages.en))).toBeDefined();
    expect(found?.messages.sv.startsWith(`${path}: `)).toBe(true);
    expect(found?.messages.en.startsWith(`${path}: `)).toBe(true);
    expect(found?.messages.sv).toContain(sv);
    expect(found?.messages.en).toContain(en);
  });

  it('names the whole document when the input is not an object', () => {
    expect(issuesOf(null)[0]?.messages).toEqual({
      sv: 'dokumentet: ska vara ett objekt, men är null.',
      en: 'the document: must be an object, but is null.',
    });
  });

  it('reports a throwing getter as unreadable input instead of throwing', () => {
    const hostile = { ...SAMPLE_TRIP };
    Object.defineProperty(hostile, 'title', {
      enumerable: true,
      get() {
        throw new Error('no access');
      },
    });
    expect(issuesOf(hostile)).toMatchObject([{ code: 'unreadable_input', path: [] }]);
  });

  it('reports every issue at once, not just the first', () => {
    const codes = issuesOf(
      trip({
        title: '',
        goals: ['x'],
        departureDate: '2020-13-01',
        destinations: [{ twinTown: 'y' }],
      }),
    ).map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining(['empty_text', 'unknown_goal', 'invalid_date', 'unknown_twin_town']),
    );
  });

  it('checks the date order even when other fields have issues', () => {
    const codes = issuesOf(trip({ title: '', returnDate: '2020-03-01' })).map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['empty_text', 'return_before_departure']));
  });
});

describe('parseActivity: what it accepts', () => {
  it('accepts the sample trip, trims texts and reads amounts exactly', () => {
    const result = parseActivity({ ...SAMPLE_TRIP, title: '  Study visit  ' });
    expect(result.success).toBe(true);
    if (!result.success || result.data.kind !== 'trip') return;
    expect(result.data.title).toBe('Study visit');
    expect(result.data.plannedCosts?.map((c) => c.amount)).toEqual([
      { amount: 420000, currency: { code: 'SEK', base: 10, exponent: 2 }, scale: 2 },
      { amount: 36000, currency: { code: 'EUR', base: 10, exponent: 2 }, scale: 2 },
    ]);
  });

  it('validates goal and twin-town ids against the policies it is given', () => {
    const other: PolicyVersion = { ...POLICY_2019_2022, goals: [], twinTowns: [] };
    expect(parseActivity(SAMPLE_TRIP, { policies: [other] }).success).toBe(false);
    expect(parseActivity(SAMPLE_TRIP, { policies: [POLICY_2019_2022] }).success).toBe(true);
  });

  it('returns a deep-frozen value and leaves the input as it was', () => {
    const input = structuredClone(SAMPLE_TRIP);
    const result = parseActivity(input);
    expect(input).toEqual(SAMPLE_TRIP);
    expect(Object.isFrozen(input)).toBe(false);
    if (!result.success || result.data.kind !== 'trip') throw new Error('expected a trip');
    expect(Object.isFrozen(result.data)).toBe(true);
    expect(Object.isFrozen(result.data.destinations[0])).toBe(true);
    expect(Object.isFrozen(result.data.plannedCosts?.[0]?.amount.currency)).toBe(true);
  });
});

describe('parseActivity: properties', () => {
  test.prop([fc.jsonValue()])('arbitrary JSON never makes it throw', (value) => {
    const result = parseActivity(value);
    if (!result.success) expect(result.issues.length).toBeGreaterThan(0);
  });

  test.prop([fc.anything()])('nor does any JavaScript value', (value) => {
    expect(() => parseActivity(value)).not.toThrow();
  });

  test.prop([activityInput])('every activity the arbitrary builds parses', (input) => {
    const result = parseActivity(input);
    expect(result.success ? [] : result.issues.map((i) => i.messages.en)).toEqual([]);
  });

  test.prop([activityInput])('serialise → parse is the identity', (input) => {
    const first = parseActivity(input);
    if (!first.success) throw new Error('the arbitrary builds valid activities');
    expect(parseActivity(toActivityInput(first.data))).toEqual(first);
  });

  test.prop([activityInput])('parsing never changes its input', (input) => {
    const copy = structuredClone(input);
    parseActivity(input);
    expect(input).toEqual(copy);
  });

  test.prop([activityInput, fc.constantFrom('__proto__', 'constructor', 'prototype')])(
    '__proto__, constructor and prototype keys neither pollute Object.prototype nor pass through',
    (input, key) => {
      const hostile = JSON.parse(
        JSON.stringify(input).replace(/^\{/, `{"${key}":{"polluted":true},`),
      ) as Record<string, unknown>;
      const nested = JSON.parse(`{"${key}":{"polluted":true},"count":1}`);
      const result = parseActivity({ ...hostile, travellers: nested });
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.issues.some((i) => i.code === 'unknown_key' && i.path.at(-1) === key)).toBe(
          true,
        );
      }
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    },
  );
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type InputIssue,
  type IssueCode,
  POLICY_2019_2022,
  parseActivity,
  toActivityInput,
} from '../../src/index.js';
import { activityInput, CURRENCIES, decimalString } from '../arbitraries/activities.js';
import { SAMPLE_EXCHANGE, SAMPLE_TRIP } from '../fixtures/samples.js';
import { variant } from '../fixtures/variant.js';

function issuesOf(input: unknown): readonly InputIssue[] {
  const result = parseActivity(input);
  return result.success ? [] : result.issues;
}

const trip = (changes: Record<string, unknown>): unknown => ({ ...SAMPLE_TRIP, ...changes });
const costItem = (changes: Record<string, unknown>): Record<string, unknown> => ({
  label: 'Hotel',
  category: 'lodging',
  amount: '1',
  currency: 'SEK',
  ...changes,
});
const cost = (changes: Record<string, unknown>): unknown =>
  trip({ plannedCosts: [costItem(changes)] });
/** A cost item with its amount in whole minor units, and no `amount`. */
const minorCost = (minorUnits: unknown, currency = 'SEK'): unknown => {
  const { amount: _, ...item } = costItem({ minorUnits, currency });
  return trip({ plannedCosts: [item] });
};
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
      trip({ policyGoals: Array(21).fill('growth') }),
      'policyGoals',
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
      trip({ policyGoals: ['growth', 'tourism'] }),
      'policyGoals[1]',
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
      'amount_not_text',
      cost({ amount: 12500 }),
      'plannedCosts[0].amount',
      'är ett tal; skriv beloppet som text i kronor',
      'is a number; write the amount as text in kronor',
    ],
    [
      'amount_given_twice',
      cost({ minorUnits: 100 }),
      'plannedCosts[0]',
      'beloppet anges två gånger',
      'the amount is given twice',
    ],
    [
      'float_amount',
      minorCost(12500.5),
      'plannedCosts[0].minorUnits',
      '12500.5 är inget heltal',
      '12500.5 is not a whole number',
    ],
    [
      'negative_amount',
      minorCost(-100),
      'plannedCosts[0].minorUnits',
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
      'invalid_amount',
      cost({ amount: '10.000' }),
      'plannedCosts[0].amount',
      'I "10.000" är punkten en tusentalsavgränsare, som i policyns "10.000 kr"; här skrivs tusental med mellanslag och decimaler efter komma: "10 000,00".',
      'In "10.000" the point is a thousands separator, as in the policy\'s "10.000 kr"; here thousands are written with a space and decimals after a comma: "10 000,00".',
    ],
    [
      'invalid_amount',
      cost({ amount: '10.000,00' }),
      'plannedCosts[0].amount',
      'I "10.000,00" är punkten en tusentalsavgränsare',
      'In "10.000,00" the point is a thousands separator',
    ],
    [
      'too_many_decimals',
      cost({ amount: '10.0055', currency: 'EUR' }),
      'plannedCosts[0].amount',
      'har fler decimaler än EUR har (2)',
      'has more decimals than EUR has (2)',
    ],
    [
      'amount_too_large',
      minorCost(2 ** 53),
      'plannedCosts[0].minorUnits',
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

  it('reports a throwing getter as unreadable input at its path instead of throwing', () => {
    const hostile = { ...SAMPLE_TRIP };
    Object.defineProperty(hostile, 'title', {
      enumerable: true,
      get() {
        throw new Error('no access');
      },
    });
    expect(issuesOf(hostile)).toMatchObject([
      { code: 'unreadable_input', path: ['title'], values: { reason: 'no access' } },
    ]);
  });

  it('accepts the activity’s own goal in words; the old goals field is refused with how to write it now', () => {
    const result = parseActivity({
      ...SAMPLE_TRIP,
      goal: 'Two school visits agreed for 2021',
      policyGoals: ['nordic'],
    });
    expect(result.success && result.data.goal).toBe('Two school visits agreed for 2021');
    const { goal: _, policyGoals: __, ...old } = SAMPLE_TRIP;
    const issues = issuesOf({ ...old, goals: ['Two school visits agreed for 2021'] });
    expect(issues.map((i) => [i.code, i.path])).toEqual([['unknown_key', ['goals']]]);
    expect(issues[0]?.messages).toEqual({
      sv: 'goals: fältet "goals" är okänt; skriv målet i ord i fältet goal (en aktivitet länkar till policyns mål med deras id i policyGoals).',
      en: 'goals: the field "goals" is unknown; write the goal in words in the field goal (an activity links to the policy’s goals by their ids in policyGoals).',
    });
  });

  it('reports every issue at once, not just the first', () => {
    const codes = issuesOf(
      trip({
        title: '',
        goal: 'Agree on two school visits',
        policyGoals: ['x'],
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

describe('parseActivity: amounts mean what a clerk means (interpretation note 2)', () => {
  const amountOf = (input: unknown) => {
    const result = parseActivity(input);
    if (!result.success || result.data.kind !== 'trip') throw new Error('expected a trip');
    return result.data.plannedCosts?.[0]?.amount;
  };
  const SEK_12_500 = {
    amount: 1_250_000,
    currency: { code: 'SEK', base: 10, exponent: 2 },
    scale: 2,
  };

  it('refuses "amount": 12500 — a clerk means 12 500 kr, not 125 kr — and says how to write it', () => {
    const issues = issuesOf(cost({ amount: 12500 }));
    expect(issues).toEqual([
      {
        code: 'amount_not_text',
        path: ['plannedCosts', 0, 'amount'],
        values: { value: 12500, currency: 'SEK', example: '12 500,00', plainExample: '12500.00' },
        messages: {
          sv: 'plannedCosts[0].amount: är ett tal; skriv beloppet som text i kronor, t.ex. "12 500,00" eller "12500.00", eller som heltal öre i fältet minorUnits.',
          en: 'plannedCosts[0].amount: is a number; write the amount as text in kronor, e.g. "12 500,00" or "12500.00", or as whole öre in the field minorUnits.',
        },
      },
    ]);
  });

  it('names the currency when it is not SEK, and builds the example from the value and its decimals', () => {
    const [eur] = issuesOf(cost({ amount: 1200.5, currency: 'EUR' }));
    expect(eur?.messages).toEqual({
      sv: 'plannedCosts[0].amount: är ett tal; skriv beloppet som text i EUR, t.ex. "1 200,50" eller "1200.50", eller som ett helt antal av valutans minsta enhet i fältet minorUnits.',
      en: 'plannedCosts[0].amount: is a number; write the amount as text in EUR, e.g. "1 200,50" or "1200.50", or as whole minor units of the currency in the field minorUnits.',
    });
    const [jpy] = issuesOf(cost({ amount: 123456, currency: 'JPY' }));
    expect(jpy?.values).toMatchObject({ example: '123 456', plainExample: '123456' });
    // A number that cannot be read as an amount still gets a correct example.
    const [negative] = issuesOf(cost({ amount: -5 }));
    expect(negative).toMatchObject({
      code: 'amount_not_text',
      values: { value: -5, example: '12 500,00', plainExample: '12500.00' },
    });
  });

  it('reads "12500", "12500.00" and "12 500,00" as 12 500,00 kr', () => {
    for (const amount of ['12500', '12500.00', '12 500,00'])
      expect(amountOf(cost({ amount }))).toEqual(SEK_12_500);
  });

  it('reads "minorUnits": 1250000 as 12 500,00 kr', () => {
    expect(amountOf(minorCost(1_250_000))).toEqual(SEK_12_500);
  });

  it('refuses an amount given both as text and in minor units, even when they agree', () => {
    expect(issuesOf(cost({ amount: '12500', minorUnits: 1_250_000 }))).toEqual([
      {
        code: 'amount_given_twice',
        path: ['plannedCosts', 0],
        values: { amount: '12500', minorUnits: 1_250_000 },
        messages: {
          sv: 'plannedCosts[0]: beloppet anges två gånger, som "12500" i amount och som 1250000 i minorUnits; ange det i bara ett av fälten.',
          en: 'plannedCosts[0]: the amount is given twice, as "12500" in amount and as 1250000 in minorUnits; give it in one of the fields only.',
        },
      },
    ]);
  });

  it('refuses a cost item with neither an amount nor minor units', () => {
    const { amount: _, ...item } = costItem({});
    expect(issuesOf(trip({ plannedCosts: [item] }))).toEqual([
      {
        code: 'required',
        path: ['plannedCosts', 0, 'amount'],
        values: { expected: 'amount or minorUnits' },
        messages: {
          sv: 'plannedCosts[0].amount: saknas; ange beloppet som text, t.ex. "12 500,00", eller som heltal minsta enheter (öre) i fältet minorUnits.',
          en: 'plannedCosts[0].amount: is missing; give the amount as text, e.g. "12 500,00", or as whole minor units (öre) in the field minorUnits.',
        },
      },
    ]);
  });

  it('refuses an amount that is neither text nor a number, and minor units that are not a number', () => {
    expect(issuesOf(cost({ amount: true })).map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_type', 'plannedCosts.0.amount'],
    ]);
    expect(issuesOf(minorCost('100')).map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_type', 'plannedCosts.0.minorUnits'],
    ]);
  });

  it('reports a bare amount along with the other issues of its item', () => {
    const codes = issuesOf(cost({ amount: 12500, label: '' })).map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['empty_text', 'amount_not_text']));
  });

  it('writes amounts back as decimal strings in major units', () => {
    const result = parseActivity(minorCost(1_840_050));
    if (!result.success) throw new Error('expected a valid trip');
    const written = toActivityInput(result.data);
    expect(written.kind === 'trip' && written.plannedCosts).toEqual([
      { label: 'Hotel', category: 'lodging', amount: '18400.50', currency: 'SEK' },
    ]);
  });

  test.prop([fc.maxSafeNat(), fc.constantFrom(...CURRENCIES)])(
    'any safe non-negative integer written as a bare amount is refused, and never read',
    (value, { code }) => {
      const result = parseActivity(cost({ amount: value, currency: code }));
      expect(result.success).toBe(false);
      if (!result.success)
        expect(result.issues.map((i) => [i.code, i.path])).toEqual([
          ['amount_not_text', ['plannedCosts', 0, 'amount']],
        ]);
    },
  );

  test.prop([
    fc.maxSafeNat(),
    fc.constantFrom(...CURRENCIES),
    fc.constantFrom('dot', 'comma', 'grouped'),
  ])(
    'minorUnits: n and amount: n written as a decimal string give the same snapshot',
    (minor, { code, exponent }, style) => {
      const fromText = amountOf(
        cost({ amount: decimalString(minor, exponent, style as 'dot'), currency: code }),
      );
      expect(amountOf(minorCost(minor, code))).toEqual(fromText);
      expect(fromText).toEqual({
        amount: minor,
        currency: expect.objectContaining({ code }),
        scale: exponent,
      });
    },
  );
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
    const other = variant({
      goals: [],
      twinTowns: [],
    });
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

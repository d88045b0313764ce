import { fc, test } from '@fast-check/vitest';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { POLICY_2019_2022, toPolicyDefinition } from '../src/index.js';
import { jsonSchemaDocuments } from '../src/json-schemas.js';
import { activityInput, exchangeInput } from './arbitraries/activities.js';
import { SAMPLE_RECORDS, SAMPLE_REGISTER, SAMPLE_TRIP } from './fixtures/samples.js';
import { lazy } from './support/lazy.js';

type Documents = ReturnType<typeof jsonSchemaDocuments>;
const documents = lazy(() => jsonSchemaDocuments('1.2.3'));
const validators = lazy(() => {
  const ajv = new Ajv2020({ strict: true, allErrors: true, formats: { date: true } });
  return Object.fromEntries(
    Object.entries(documents()).map(([name, schema]) => [name, ajv.compile(schema)]),
  ) as Record<keyof Documents, ValidateFunction>;
});

const RATES = {
  rates: [{ currency: 'EUR', sekPerUnit: '11.4523', date: '2020-03-02', source: 'Riksbanken' }],
};

describe('the JSON Schemas shipped for apps in other languages and form builders', () => {
  it('are draft 2020-12 documents with a title, and an id that names the file this version ships', () => {
    for (const [name, schema] of Object.entries(documents())) {
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema['$id']).toBe(
        `https://unpkg.com/solleftea-international-policy@1.2.3/dist/schemas/${name}.schema.json`,
      );
      expect(typeof schema['title']).toBe('string');
    }
  });

  it('state the pattern of an exchange rate and what it means', () => {
    const rates = documents().rates as {
      $defs?: unknown;
      properties: { rates: { items: { properties: { sekPerUnit: unknown } } } };
    };
    expect(rates.properties.rates.items.properties.sekPerUnit).toEqual({
      type: 'string',
      pattern: '^\\d{1,9}(?:\\.\\d{1,8})?$',
      description: 'kronor per unit, e.g. "11.4523"',
    });
  });

  it('state a cost item’s amount as a decimal string, or whole minor units under minorUnits — exactly one', () => {
    const item = (
      documents().activity as {
        oneOf: { properties: { plannedCosts: { items: unknown } } }[];
      }
    ).oneOf[0]?.properties.plannedCosts.items as {
      properties: Record<string, Record<string, unknown>>;
      required: string[];
      oneOf: unknown;
    };
    expect(item.properties['amount']).toMatchObject({ type: 'string' });
    expect(item.properties['amount']?.['pattern']).toEqual(expect.any(String));
    expect(item.properties['minorUnits']).toMatchObject({ type: 'integer', minimum: 0 });
    expect(item.required).toEqual(['label', 'category', 'currency']);
    const exactlyOne = [
      { properties: { amount: true }, required: ['amount'] },
      { properties: { minorUnits: true }, required: ['minorUnits'] },
    ];
    expect(item.oneOf).toEqual(exactlyOne);
    const threshold = (
      documents().policy as {
        properties: { reportBackThreshold: { oneOf: unknown } };
      }
    ).properties.reportBackThreshold;
    expect(threshold.oneOf).toEqual(exactlyOne);
  });

  it('accept every named example the tests use', () => {
    expect(validators().activity(SAMPLE_TRIP), JSON.stringify(validators().activity.errors)).toBe(
      true,
    );
    expect(validators().records(SAMPLE_RECORDS), JSON.stringify(validators().records.errors)).toBe(
      true,
    );
    expect(
      validators().register(SAMPLE_REGISTER),
      JSON.stringify(validators().register.errors),
    ).toBe(true);
    expect(validators().rates(RATES), JSON.stringify(validators().rates.errors)).toBe(true);
  });

  it('accept the built-in policy written as a definition, and refuse one with an unknown key', () => {
    const definition = JSON.parse(JSON.stringify(toPolicyDefinition(POLICY_2019_2022)));
    expect(validators().policy(definition), JSON.stringify(validators().policy.errors)).toBe(true);
    expect(validators().policy({ ...definition, fingerprint: 'sha256:0' })).toBe(false);
  });

  test.prop([activityInput])('accept every activity the arbitrary builds', (input) => {
    expect(validators().activity(input), JSON.stringify(validators().activity.errors)).toBe(true);
  });

  test.prop([fc.uniqueArray(exchangeInput, { maxLength: 3, selector: (a) => a.id })])(
    'accept registers of generated activities',
    (activities) => {
      expect(
        validators().register({
          ...SAMPLE_REGISTER,
          activities,
          approvals: [],
          reportsBack: [],
          councilAccounts: [],
        }),
      ).toBe(true);
    },
  );

  it.each([
    ['an unknown key', { ...SAMPLE_TRIP, traveller: 1 }],
    [
      'a bare number as the amount',
      {
        ...SAMPLE_TRIP,
        plannedCosts: [{ label: 'x', category: 'other', amount: 12500, currency: 'SEK' }],
      },
    ],
    [
      'a float in minor units',
      {
        ...SAMPLE_TRIP,
        plannedCosts: [{ label: 'x', category: 'other', minorUnits: 1.5, currency: 'SEK' }],
      },
    ],
    [
      'an amount given both ways',
      {
        ...SAMPLE_TRIP,
        plannedCosts: [
          { label: 'x', category: 'other', amount: '1', minorUnits: 100, currency: 'SEK' },
        ],
      },
    ],
    [
      'a cost item without an amount',
      { ...SAMPLE_TRIP, plannedCosts: [{ label: 'x', category: 'other', currency: 'SEK' }] },
    ],
    [
      'a goal the policy does not have',
      { ...SAMPLE_TRIP, goal: 'Agree on two school visits', policyGoals: ['tourism'] },
    ],
    ['a badly written date', { ...SAMPLE_TRIP, departureDate: '10/3/2020' }],
    [
      'a lower-case country',
      { ...SAMPLE_TRIP, destinations: [{ place: 'Tallinn', country: 'ee' }] },
    ],
    ['no destination', { ...SAMPLE_TRIP, destinations: [] }],
    ['a blank title', { ...SAMPLE_TRIP, title: '   ' }],
  ])('reject %s, as the parser does', (_, input) => {
    expect(validators().activity(input)).toBe(false);
  });
});

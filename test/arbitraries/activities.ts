import { fc } from '@fast-check/vitest';
import type { CostItemInput, Destination, ExchangeInput, TripInput } from '../../src/index.js';
import { POLICY_2019_2022 } from '../../src/index.js';
import { isoDateBetween, nextDay } from './dates.js';

/** Currencies with 0, 2 and 3 decimals. */
export const CURRENCIES = [
  { code: 'SEK', exponent: 2 },
  { code: 'EUR', exponent: 2 },
  { code: 'USD', exponent: 2 },
  { code: 'JPY', exponent: 0 },
  { code: 'KWD', exponent: 3 },
] as const;

export const goalIds: fc.Arbitrary<string[]> = fc.subarray(POLICY_2019_2022.goals.map((g) => g.id));

/** A text as the parser keeps it: non-empty, already trimmed. */
export const text = (max = 60): fc.Arbitrary<string> =>
  fc
    .string({ minLength: 1, maxLength: max })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** Writes `minor` units as a decimal string in one of the accepted styles. */
export function decimalString(
  minor: number,
  exponent: number,
  style: 'dot' | 'comma' | 'grouped',
): string {
  const digits = String(minor).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  const grouped = style === 'grouped' ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') : whole;
  if (!fraction) return grouped;
  return `${grouped}${style === 'dot' ? '.' : ','}${fraction}`;
}

/** An amount of `minor` units as a cost item writes it: whole minor units, or a decimal string. */
export const amountInput = (
  minor: number,
  exponent: number,
): fc.Arbitrary<{ amount: string } | { minorUnits: number }> =>
  fc.oneof(
    fc.constant({ minorUnits: minor }),
    fc
      .constantFrom('dot', 'comma', 'grouped')
      .map((style) => ({ amount: decimalString(minor, exponent, style as 'dot') })),
  );

export const costItem = (
  currencies: readonly { code: string; exponent: number }[] = CURRENCIES,
  maxMinor = 10_000_000,
): fc.Arbitrary<CostItemInput> =>
  fc
    .record({
      label: text(40),
      category: fc.constantFrom('travel', 'lodging', 'fees', 'allowances', 'other'),
      currency: fc.constantFrom(...currencies),
      minor: fc.integer({ min: 0, max: maxMinor }),
    })
    .chain(({ label, category, currency, minor }) =>
      amountInput(minor, currency.exponent).map(
        (amount): CostItemInput => ({ label, category, ...amount, currency: currency.code }),
      ),
    );

const COUNTRIES = ['SE', 'EE', 'FI', 'JP', 'US', 'DE', 'NO', 'DK'];

export const destination: fc.Arbitrary<Destination> = fc.oneof(
  fc.record({ place: text(30), country: fc.constantFrom(...COUNTRIES) }),
  fc.record({ twinTown: fc.constantFrom(...POLICY_2019_2022.twinTowns.map((t) => t.id)) }),
);

const dateRange = (from = '2018-01-01', to = '2023-12-31') =>
  fc.tuple(isoDateBetween(from, to), fc.integer({ min: 0, max: 20 })).map(([start, days]) => {
    let end: string = start;
    for (let i = 0; i < days; i++) end = nextDay(end);
    return [start, end] as const;
  });

const common = {
  id: text(20),
  title: text(60),
  organiser: text(40),
};

const optionalFields = {
  caseNumber: text(20),
  purpose: text(100),
  goal: text(100),
  policyGoals: goalIds,
  expectedBenefit: text(100),
  result: text(100),
};

/** Any trip that the parser accepts, as input. */
export const tripInput: fc.Arbitrary<TripInput> = fc
  .record(
    {
      kind: fc.constant('trip' as const),
      ...common,
      ...optionalFields,
      travellers: fc.record(
        { count: fc.integer({ min: 1, max: 40 }), roles: fc.array(text(20), { maxLength: 3 }) },
        { requiredKeys: ['count'] },
      ),
      destinations: fc.array(destination, { minLength: 1, maxLength: 4 }),
      dates: dateRange(),
      plannedCosts: fc.array(costItem(), { maxLength: 5 }),
      actualCosts: fc.array(costItem(), { maxLength: 5 }),
    },
    { requiredKeys: ['kind', 'id', 'title', 'organiser', 'travellers', 'destinations', 'dates'] },
  )
  .map(({ dates, ...trip }) => ({ ...trip, departureDate: dates[0], returnDate: dates[1] }));

/** Any exchange that the parser accepts, as input. */
export const exchangeInput: fc.Arbitrary<ExchangeInput> = fc
  .record(
    {
      kind: fc.constant('exchange' as const),
      ...common,
      ...optionalFields,
      form: fc.constantFrom('incoming_visit', 'project', 'digital', 'other'),
      partners: fc.array(
        fc.oneof(
          fc.record(
            { name: text(30), place: text(30), country: fc.constantFrom(...COUNTRIES) },
            { requiredKeys: ['name', 'country'] },
          ),
          fc.record(
            {
              twinTown: fc.constantFrom(...POLICY_2019_2022.twinTowns.map((t) => t.id)),
              name: text(30),
            },
            { requiredKeys: ['twinTown'] },
          ),
        ),
        { minLength: 1, maxLength: 3 },
      ),
      dates: dateRange(),
      costs: fc.array(costItem(), { maxLength: 5 }),
    },
    { requiredKeys: ['kind', 'id', 'title', 'organiser', 'form', 'partners', 'dates'] },
  )
  .map(({ dates, ...exchange }) => ({ ...exchange, startDate: dates[0], endDate: dates[1] }));

export const activityInput: fc.Arbitrary<TripInput | ExchangeInput> = fc.oneof(
  tripInput,
  exchangeInput,
);

/**
 * Generated, realistic activities for the benchmarks — what a municipal register holds: one to three
 * destinations or partners, a handful of cost items in SEK, EUR, USD or JPY, dates from 2019 to
 * early 2023 — from a fixed seed, so that runs compare.
 */
import fc from 'fast-check';
import { type ExchangeRates, parseRates } from '../../src/index.js';

const PLACES = [
  { place: 'Põltsamaa', country: 'EE' },
  { place: 'Pöltsamaa', country: 'EE' },
  { place: 'Tallinn', country: 'EE' },
  { place: 'Nykarleby', country: 'FI' },
  { place: 'Vaasa', country: 'FI' },
  { place: 'Esashi', country: 'JP' },
  { place: 'Tokyo', country: 'JP' },
  { place: 'Madison', country: 'US' },
  { place: 'Bruxelles', country: 'BE' },
  { place: 'Berlin', country: 'DE' },
  { place: 'Trondheim', country: 'NO' },
  { place: 'Umeå', country: 'SE' },
  { place: 'Stockholm', country: 'SE' },
];
const WORDS = [
  'study',
  'visit',
  'project',
  'meeting',
  'school',
  'exchange',
  'forest',
  'energy',
  'culture',
  'youth',
  'broadband',
  'tourism',
];
const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 12 })
  .map((w) => w.join(' '));
const UNITS = [
  'Kommunledningskontoret',
  'Näringslivsenheten',
  'Kultur och fritid',
  'Barn och utbildning',
];
const CURRENCIES = [
  { currency: 'SEK', max: 2_500_000 },
  { currency: 'SEK', max: 800_000 },
  { currency: 'EUR', max: 150_000 },
  { currency: 'USD', max: 150_000 },
  { currency: 'JPY', max: 200_000 },
];

const costItem = fc
  .record({
    label: sentence,
    category: fc.constantFrom('travel', 'lodging', 'fees', 'allowances', 'other'),
    which: fc.constantFrom(...CURRENCIES),
    minor: fc.nat(),
    asText: fc.boolean(),
  })
  .map(({ label, category, which, minor, asText }) => {
    const amount = minor % which.max;
    const text =
      which.currency === 'JPY'
        ? String(amount)
        : `${Math.trunc(amount / 100)},${String(amount % 100).padStart(2, '0')}`;
    const written = asText ? { amount: text } : { minorUnits: amount };
    return { label, category, ...written, currency: which.currency };
  });

const day = fc
  .integer({ min: Date.UTC(2019, 5, 1), max: Date.UTC(2023, 2, 31) })
  .map((ms) => Math.floor(ms / 86_400_000));
const iso = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10);
const place = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PLACES) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('poltsamaa', 'esashi', 'nykarleby', 'madison')
      .map((twinTown) => ({ twinTown })),
  },
);

const trip = fc
  .record({
    n: fc.nat(),
    organiser: fc.constantFrom(...UNITS),
    title: sentence,
    purpose: sentence,
    benefit: sentence,
    count: fc.integer({ min: 1, max: 8 }),
    destinations: fc.array(place, { minLength: 1, maxLength: 3 }),
    start: day,
    length: fc.integer({ min: 0, max: 10 }),
    goals: fc.subarray(['growth', 'business', 'projects', 'events', 'nordic'], {
      minLength: 1,
      maxLength: 2,
    }),
    planned: fc.array(costItem, { minLength: 1, maxLength: 5 }),
    actual: fc.option(fc.array(costItem, { minLength: 1, maxLength: 5 }), { nil: undefined }),
  })
  .map((t) => ({
    kind: 'trip',
    id: `T-${t.n}`,
    title: t.title,
    organiser: t.organiser,
    travellers: { count: t.count },
    destinations: t.destinations,
    departureDate: iso(t.start),
    returnDate: iso(t.start + t.length),
    purpose: t.purpose,
    goal: t.benefit,
    policyGoals: t.goals,
    expectedBenefit: t.benefit,
    plannedCosts: t.planned,
    ...(t.actual ? { actualCosts: t.actual, result: t.purpose } : {}),
  }));

const exchange = fc
  .record({
    n: fc.nat(),
    organiser: fc.constantFrom(...UNITS),
    title: sentence,
    purpose: sentence,
    form: fc.constantFrom('incoming_visit', 'project', 'digital', 'other'),
    partners: fc.array(
      place.map((p) => ('twinTown' in p ? p : { name: `${p.place} kommun`, ...p })),
      { minLength: 1, maxLength: 2 },
    ),
    start: day,
    length: fc.integer({ min: 0, max: 30 }),
    costs: fc.array(costItem, { maxLength: 3 }),
  })
  .map((x) => ({
    kind: 'exchange',
    id: `X-${x.n}`,
    title: x.title,
    organiser: x.organiser,
    form: x.form,
    partners: x.partners,
    startDate: iso(x.start),
    endDate: iso(x.start + x.length),
    purpose: x.purpose,
    goal: 'Agree on two school visits',
    policyGoals: ['nordic'],
    costs: x.costs,
  }));

/** `count` activity inputs, four trips to one exchange. */
export function generateInputs(count: number, seed = 42): unknown[] {
  return fc.sample(fc.oneof({ weight: 4, arbitrary: trip }, { weight: 1, arbitrary: exchange }), {
    numRuns: count,
    seed,
  });
}

/** Rates for every currency the generator uses. */
export const BENCH_RATES: ExchangeRates = (() => {
  const result = parseRates({
    rates: [
      { currency: 'EUR', sekPerUnit: '10.6598', date: '2020-03-02', source: 'bench' },
      { currency: 'USD', sekPerUnit: '9.5061', date: '2020-03-02', source: 'bench' },
      { currency: 'JPY', sekPerUnit: '0.0876', date: '2020-03-02', source: 'bench' },
    ],
  });
  if (!result.success) throw new Error('rates');
  return result.data;
})();

/** A register document: the activities, approvals and reports for some, and 100 agreements. */
export function registerDocument(count: number): Record<string, unknown> {
  const activities = generateInputs(count).map((input, i) => ({
    ...(input as Record<string, unknown>),
    id: `A-${i}`,
  }));
  const approvals = [];
  const reportsBack = [];
  const councilAccounts = [];
  for (let i = 0; i < count; i += 3) {
    const activity = activities[i] as Record<string, string>;
    const day = activity['departureDate'] ?? activity['startDate'];
    approvals.push({
      activity: `A-${i}`,
      decidedOn: day,
      reference: `KS § ${i}`,
      decision: 'approved',
    });
    if (i % 2 === 0) {
      const report = {
        activity: `A-${i}`,
        submittedOn: '2023-06-01',
        purpose: 'P',
        goal: 'Agree on two school visits',
        result: 'R',
      };
      reportsBack.push(report);
      councilAccounts.push(report);
    }
  }
  const towns = ['poltsamaa', 'esashi', 'nykarleby', 'madison'];
  const agreements = Array.from({ length: 100 }, (_, i) => ({
    id: `AG-${i}`,
    twinTown: towns[i % 4],
    signedOn: '1990-01-01',
    ...(i % 10 === 9 ? { terminatedOn: '2021-06-30' } : {}),
  }));
  const evaluations = agreements
    .filter((_, i) => i % 2 === 0)
    .map((agreement, i) => ({
      agreement: agreement.id,
      mandatePeriod: '2019–2022',
      evaluatedOn: '2022-09-01',
      active: i % 3 !== 0,
      benefit: { municipality: i % 5 !== 0, associations: false, businesses: false },
    }));
  return {
    format: 1,
    activities,
    rates: BENCH_RATES.rates,
    approvals,
    reportsBack,
    councilAccounts,
    agreements,
    evaluations,
    continuationDecisions: [
      {
        mandatePeriod: '2019–2022',
        decidedOn: '2022-09-26',
        reference: 'KF § 98',
        continuing: agreements.map((a) => a.id),
      },
    ],
  };
}

import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  type Activity,
  type Evaluation,
  evaluate,
  explain,
  type Fact,
  POLICY_2019_2022,
  type TripInput,
} from '../../src/index.js';
import { activityInput, text } from '../arbitraries/activities.js';
import { isoDateBetween } from '../arbitraries/dates.js';
import { parsed, ratesOf } from '../fixtures/build.js';
import { lazy } from '../support/lazy.js';
import { BOUNDARY } from '../support/runs.js';

/** EUR at 10,6 kr: every conversion of an odd number of cents rounds, half to even. */
const RATES = lazy(() => ratesOf({ EUR: '10.6' }));
const THRESHOLD = 1_000_000;

/** The oracle: öre for an item, by integer arithmetic independent of the library. */
function ore(item: { amount: number; currency: string }): number {
  if (item.currency === 'SEK') return item.amount;
  const tenths = item.amount * 106; // cents × 10,6 kr = tenths of öre
  const whole = Math.floor(tenths / 10);
  const rest = tenths % 10;
  return rest > 5 || (rest === 5 && whole % 2 === 1) ? whole + 1 : whole;
}

const costItem = fc.oneof(
  fc.record({ currency: fc.constant('SEK'), amount: fc.integer({ min: 0, max: 1_500_000 }) }),
  fc.record({ currency: fc.constant('EUR'), amount: fc.integer({ min: 0, max: 150_000 }) }),
);
const costItems = fc.array(costItem, { maxLength: 6 });
/** The items as cost items in whole minor units. */
const toInput = (items: readonly { amount: number; currency: string }[]) =>
  items.map((item, i) => ({
    label: `item ${i}`,
    category: 'other' as const,
    minorUnits: item.amount,
    currency: item.currency,
  }));

const abroad = fc
  .record({ place: text(20), country: fc.constantFrom('DE', 'NO', 'FR', 'JP') })
  .filter(
    (d) =>
      !POLICY_2019_2022.twinTowns.some((t) =>
        t.aliases.some((a) => a.toLowerCase() === d.place.toLowerCase()),
      ),
  );
const twinTown = fc.constantFrom(...POLICY_2019_2022.twinTowns);

function tripWith(fields: Partial<TripInput>, departure = '2020-05-04'): Activity {
  return parsed({
    kind: 'trip',
    id: 'T',
    title: 'Trip',
    organiser: 'Unit',
    travellers: { count: 1 },
    destinations: [{ place: 'Berlin', country: 'DE' }],
    departureDate: departure,
    returnDate: departure,
    ...fields,
  });
}

const statusOf = (evaluation: Evaluation, code: string) =>
  evaluation.obligations.find((o) => o.code === code)?.status;
const owesReportBack = (items: readonly { amount: number; currency: string }[]) =>
  statusOf(
    evaluate(tripWith({ actualCosts: toInput(items) }), { rates: RATES() }),
    'board_report_back',
  ) === 'owed';

describe('the report-back (board.reporting, notes 1 and 2)', () => {
  test.prop([costItems], BOUNDARY)(
    'a trip whose total is at most 10 000,00 kr never owes a report-back; one whose total is more always does',
    (items) => {
      const total = items.reduce((sum, item) => sum + ore(item), 0);
      expect(owesReportBack(items)).toBe(total > THRESHOLD);
    },
  );

  test.prop([
    costItems.filter((items) => items.length > 0),
    fc.nat(),
    fc.integer({ min: 1, max: 500_000 }),
  ])('raising any cost never removes the duty', (items, which, raise) => {
    const index = which % items.length;
    const raised = items.map((item, i) =>
      i === index ? { ...item, amount: item.amount + raise } : item,
    );
    if (owesReportBack(items)) expect(owesReportBack(raised)).toBe(true);
  });

  test.prop([costItems, fc.func(fc.integer())])(
    'the order of the cost items never changes it',
    (items, key) => {
      const shuffled = [...items].sort((a, b) => key(a) - key(b));
      expect(owesReportBack(shuffled)).toBe(owesReportBack(items));
    },
  );

  test.prop([costItems, fc.nat(), fc.nat()])(
    'splitting an item into two, in the same currency, never changes it',
    (items, which, cut) => {
      if (items.length === 0) return;
      const index = which % items.length;
      const item = items[index] as { amount: number; currency: string };
      const first = item.currency === 'SEK' ? cut % (item.amount + 1) : 0;
      const split = [
        ...items.slice(0, index),
        { ...item, amount: first },
        { ...item, amount: item.amount - first },
        ...items.slice(index + 1),
      ];
      expect(owesReportBack(split)).toBe(owesReportBack(items));
    },
  );

  test.prop([fc.array(fc.integer({ min: 0, max: 150_000 }), { maxLength: 5 })], BOUNDARY)(
    'paying the same total in EUR (at 10 kr) or SEK never changes it',
    (cents) => {
      const eur = cents.map((amount) => ({ amount, currency: 'EUR' }));
      const sek = cents.map((amount) => ({ amount: amount * 10, currency: 'SEK' }));
      const at10 = ratesOf({ EUR: '10' });
      const owes = (items: typeof eur) =>
        statusOf(
          evaluate(tripWith({ actualCosts: toInput(items) }), { rates: at10 }),
          'board_report_back',
        );
      expect(owes(eur)).toBe(owes(sek));
    },
  );
});

describe('approval by the board (board.approval, note 4)', () => {
  const destinations = fc.array(
    fc.oneof(
      abroad,
      twinTown.map((t) => ({ twinTown: t.id })),
    ),
    { minLength: 1, maxLength: 4 },
  );
  const approval = (list: readonly object[]) =>
    statusOf(
      evaluate(tripWith({ destinations: list as TripInput['destinations'] })),
      'board_approval',
    );

  test.prop([destinations], BOUNDARY)(
    'a trip with a twin-town destination owes approval before departure; a trip with none never does',
    (list) => {
      const hasTwin = list.some((d) => 'twinTown' in d);
      expect(approval(list)).toBe(hasTwin ? 'owed' : 'not_applicable');
    },
  );

  test.prop([destinations, abroad])(
    'adding a non-twin destination never removes it',
    (list, extra) => {
      if (approval(list) === 'owed') expect(approval([...list, extra])).toBe('owed');
    },
  );

  test.prop([
    twinTown.chain((town) =>
      fc.tuple(fc.constant(town), fc.constantFrom(...town.aliases), fc.boolean(), fc.boolean()),
    ),
  ])(
    'spelling variants of a town (case, diacritics) never change it',
    ([town, alias, upper, strip]) => {
      let place = upper ? alias.toUpperCase() : alias.toLowerCase();
      if (strip) place = place.normalize('NFD').replace(/\p{M}/gu, '');
      expect(approval([{ place, country: town.country }])).toBe('owed');
      expect(approval([{ twinTown: town.id }])).toBe('owed');
    },
  );
});

describe('the account to the council and the scope of the policy (intro.scope, council.reporting, note 3)', () => {
  test.prop([activityInput])(
    'every international activity owes a council account; a domestic one owes nothing',
    (input) => {
      const evaluation = evaluate(parsed(input));
      if (evaluation.outcome === 'evaluated')
        expect(statusOf(evaluation, 'council_account')).toBe('owed');
      if (evaluation.outcome === 'not_international') expect(evaluation.obligations).toEqual([]);
      const places = input.kind === 'trip' ? input.destinations : input.partners;
      const foreign = places.some((p) => 'twinTown' in p || p.country !== 'SE');
      if (evaluation.outcome !== 'no_policy_in_force')
        expect(evaluation.international).toBe(foreign);
    },
  );

  test.prop([isoDateBetween('2000-01-01', '2030-12-31')])(
    'an activity outside every version gets "no policy in force", never a default',
    (date) => {
      const outcome = evaluate(tripWith({}, date)).outcome;
      expect(outcome === 'no_policy_in_force').toBe(date < '2019-11-25' || date > '2022-12-31');
    },
  );
});

describe('evaluation is deterministic and pure', () => {
  test.prop([activityInput])(
    'the same input gives a deeply equal result, and the input is not changed',
    (input) => {
      const copy = JSON.stringify(input);
      const activity = parsed(input);
      const first = evaluate(activity, { rates: RATES() });
      const second = evaluate(activity, { rates: RATES() });
      expect(JSON.stringify(first)).toBe(JSON.stringify(second));
      expect(first).toEqual(second);
      expect(JSON.stringify(input)).toBe(copy);
    },
  );

  test.prop([activityInput, fc.func(fc.integer())])(
    'the result does not depend on the order of destinations or cost items',
    (input, key) => {
      const reorder = <T>(list: readonly T[]) => [...list].sort((a, b) => key(a) - key(b));
      const reordered: Record<string, unknown> = { ...input };
      for (const field of ['destinations', 'partners', 'plannedCosts', 'actualCosts', 'costs']) {
        const list = reordered[field];
        if (Array.isArray(list)) reordered[field] = reorder(list);
      }
      // A total's conversions follow the items, in their order; as a set they do not change.
      const unordered = (fact: Fact) =>
        fact.kind === 'total_cost'
          ? { ...fact, conversions: fact.conversions.map((c) => JSON.stringify(c)).sort() }
          : fact;
      const summary = (evaluation: Evaluation) =>
        JSON.stringify({
          outcome: evaluation.outcome,
          obligations: evaluation.obligations.map((o) => [
            o.code,
            o.status,
            o.facts.map(unordered),
            o.provisional,
            explain(o),
          ]),
        });
      const rates = ratesOf({ EUR: '10.6', USD: '9.5', JPY: '0.07', KWD: '31' });
      expect(summary(evaluate(parsed(reordered), { rates }))).toBe(
        summary(evaluate(parsed(input), { rates })),
      );
    },
  );
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type Activity,
  type Evaluation,
  evaluate,
  explain,
  type Obligation,
  POLICY_2019_2022,
  parseRates,
  toPolicyDefinition,
} from '../../src/index.js';
import { eurItem, ratesOf, sekItem, trip } from '../fixtures/build.js';
import { variant } from '../fixtures/variant.js';

/** A trip to Tallinn 2022-05-03…06 with these costs (no twin town). */
const tallinn = (costs: Record<string, unknown>): Activity =>
  trip({
    id: 'T-2022',
    destinations: [{ place: 'Tallinn', country: 'EE' }],
    departureDate: '2022-05-03',
    returnDate: '2022-05-06',
    plannedCosts: [],
    ...costs,
  });

const reportBack = (evaluation: Evaluation): Obligation =>
  evaluation.obligations.find((o) => o.code === 'board_report_back') as Obligation;

describe('a deposit does not cancel a budget (interpretation note 1): board.reporting', () => {
  const budget = [sekItem('50 000,00', 'Budget')];

  it('a budget of 50 000,00 kr and no actual costs yet, judged 2021-12-31: report-back owed, provisionally', () => {
    const judged = evaluate(tallinn({ plannedCosts: budget, actualCosts: [] }), {
      asOf: '2021-12-31',
    });
    expect(reportBack(judged).status).toBe('owed');
    expect(reportBack(judged).provisional).toBe(true);
    expect(reportBack(judged).facts).toMatchObject([
      { kind: 'total_cost', basis: 'planned', provisional: true, above: true },
    ]);
  });

  it('a 3 000,00 kr deposit beside a 50 000,00 kr budget, before the trip: the budget decides, the deposit is shown beside', () => {
    const judged = evaluate(
      tallinn({ plannedCosts: budget, actualCosts: [sekItem('3 000,00', 'Deposit')] }),
      { asOf: '2021-12-31' },
    );
    expect(reportBack(judged).status).toBe('owed');
    expect(reportBack(judged).facts[0]).toMatchObject({
      basis: 'planned',
      total: { amount: 5_000_000 },
      beside: { basis: 'actual', total: { amount: 300_000 } },
    });
    expect(explain(reportBack(judged)).en).toContain(
      'the cost SEK 50,000.00 > SEK 10,000.00 (planned costs, provisional; actual costs so far SEK 3,000.00)',
    );
    expect(explain(reportBack(judged)).sv).toContain(
      'kostnaden 50 000,00 kr > 10 000,00 kr (planerade kostnader, preliminärt; faktiska kostnader hittills 3 000,00 kr)',
    );
  });

  it('on the last day itself the trip is still under way: the higher total decides', () => {
    const judged = evaluate(tallinn({ plannedCosts: budget, actualCosts: [sekItem('3 000,00')] }), {
      asOf: '2022-05-06',
    });
    expect(reportBack(judged).status).toBe('owed');
    expect(reportBack(judged).provisional).toBe(true);
  });

  it('after the last day the actual costs decide: 3 000,00 kr is not more than 10 000,00 kr, finally', () => {
    const judged = evaluate(tallinn({ plannedCosts: budget, actualCosts: [sekItem('3 000,00')] }), {
      asOf: '2022-05-07',
    });
    expect(reportBack(judged).status).toBe('not_applicable');
    expect(reportBack(judged).provisional).toBe(false);
  });

  it('without a day judged, evaluate judges as after the activity: the actual costs decide', () => {
    const judged = evaluate(tallinn({ plannedCosts: budget, actualCosts: [sekItem('3 000,00')] }));
    expect(reportBack(judged).status).toBe('not_applicable');
    expect(reportBack(judged).facts[0]).toMatchObject({ basis: 'actual', provisional: false });
  });

  it('actual costs so far higher than the budget decide before the trip', () => {
    const judged = evaluate(
      tallinn({ plannedCosts: [sekItem('8 000,00')], actualCosts: [sekItem('12 000,00')] }),
      { asOf: '2022-05-01' },
    );
    expect(reportBack(judged).status).toBe('owed');
    expect(reportBack(judged).facts[0]).toMatchObject({ basis: 'actual', provisional: true });
  });

  it('a budget never followed by actual costs, judged after the trip, is provisional', () => {
    const judged = evaluate(tallinn({ plannedCosts: budget }), { asOf: '2023-01-01' });
    expect(reportBack(judged)).toMatchObject({ status: 'owed', provisional: true });
  });

  it('10 000,00 kr is not more than the threshold and 10 000,01 kr is, before and after the trip', () => {
    for (const asOf of ['2022-01-01', '2022-06-01']) {
      const at = (amount: string) =>
        reportBack(evaluate(tallinn({ plannedCosts: [sekItem(amount)] }), { asOf })).status;
      expect(at('10 000,00')).toBe('not_applicable');
      expect(at('10 000,01')).toBe('owed');
    }
  });

  it('refuses a day judged that is no date, naming it', () => {
    expect(() => evaluate(tallinn({ plannedCosts: budget }), { asOf: '2021-02-30' })).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });

  const amount = fc.integer({ min: 0, max: 3_000_000 });
  const day = fc.integer({ min: 0, max: 60 });
  test.prop([amount, amount, day])(
    'before the last day has passed, the higher of the budget and the actual costs so far decides, provisionally',
    (planned, actual, offset) => {
      const asOf = new Date(Date.UTC(2022, 2, 7 + offset)).toISOString().slice(0, 10);
      const money = (ore: number) =>
        `${Math.floor(ore / 100)}.${String(ore % 100).padStart(2, '0')}`;
      const judged = evaluate(
        tallinn({ plannedCosts: [sekItem(money(planned))], actualCosts: [sekItem(money(actual))] }),
        { asOf },
      );
      const decides = asOf <= '2022-05-06' ? Math.max(planned, actual) : actual;
      expect(reportBack(judged).status).toBe(decides > 1_000_000 ? 'owed' : 'not_applicable');
      expect(reportBack(judged).provisional).toBe(asOf <= '2022-05-06');
    },
  );
});

describe('decide what every completion decides (interpretation note 11): board.reporting', () => {
  it('12 000,00 kr in SEK and 100 EUR without a rate: report-back owed, the SEK items alone exceed the threshold', () => {
    const judged = evaluate(
      tallinn({ actualCosts: [sekItem('12 000,00', 'Flights'), eurItem('100.00', 'Taxi')] }),
    );
    expect(reportBack(judged).status).toBe('owed');
    expect(reportBack(judged).facts[0]).toMatchObject({
      kind: 'total_cost',
      total: { amount: 1_200_000 },
      above: true,
      unconverted: [{ code: 'missing_rate', values: { currency: 'EUR', item: 'Taxi' } }],
    });
    expect(explain(reportBack(judged)).en).toContain(
      'the cost at least SEK 12,000.00 > SEK 10,000.00 (actual costs; not converted: actualCosts[1].currency: there is no exchange rate for EUR ("Taxi"); supply a rate in SEK per EUR.)',
    );
    expect(explain(reportBack(judged)).sv).toContain('kostnaden minst 12 000,00 kr > 10 000,00 kr');
  });

  it('8 000,00 kr in SEK and 100 EUR without a rate stays undetermined: the euros could tip it', () => {
    const judged = evaluate(
      tallinn({ actualCosts: [sekItem('8 000,00'), eurItem('100.00', 'Taxi')] }),
    );
    expect(reportBack(judged).status).toBe('undetermined');
    expect(reportBack(judged).facts[0]).toMatchObject({ kind: 'costs_not_convertible' });
  });

  it('a budget over the threshold decides before the trip even when the actual costs so far cannot be converted', () => {
    const judged = evaluate(
      tallinn({ plannedCosts: [sekItem('20 000,00')], actualCosts: [eurItem('100.00')] }),
      { asOf: '2022-04-01' },
    );
    expect(reportBack(judged)).toMatchObject({ status: 'owed', provisional: true });
  });

  it('500 items at the largest amount: report-back owed, although their sum is too large to count exactly', () => {
    const items = Array.from({ length: 500 }, () => ({
      label: 'Big',
      category: 'other',
      minorUnits: Number.MAX_SAFE_INTEGER,
      currency: 'SEK',
    }));
    const judged = evaluate(tallinn({ actualCosts: items }));
    expect(reportBack(judged).status).toBe('owed');
    expect(reportBack(judged).facts[0]).toMatchObject({
      unconverted: [{ code: 'amount_too_large' }],
    });
  });

  test.prop([
    fc.array(fc.integer({ min: 0, max: 1_500_000 }), { minLength: 1, maxLength: 4 }),
    fc.array(fc.integer({ min: 0, max: 150_000 }), { minLength: 1, maxLength: 3 }),
    fc.integer({ min: 1, max: 2_000 }),
  ])(
    'a missing rate leaves report-back undetermined only when some rate would change the answer',
    (sekAmounts, eurAmounts, rateInOre) => {
      const money = (ore: number) =>
        `${Math.floor(ore / 100)}.${String(ore % 100).padStart(2, '0')}`;
      const activity = tallinn({
        actualCosts: [
          ...sekAmounts.map((a) => sekItem(money(a))),
          ...eurAmounts.map((a) => eurItem(money(a))),
        ],
      });
      const unknown = reportBack(evaluate(activity)).status;
      const sek = sekAmounts.reduce((a, b) => a + b, 0);
      // Every completion: a rate of 0 adds nothing, a large one adds without bound.
      if (sek > 1_000_000) expect(unknown).toBe('owed');
      else expect(unknown).toBe('undetermined');
      // The completion with this rate is decided, and agrees with the undetermined answer's bound.
      const known = reportBack(
        evaluate(activity, { rates: ratesOf({ EUR: money(rateInOre) }) }),
      ).status;
      if (unknown === 'owed') expect(known).toBe('owed');
    },
  );
});

describe('rates belong to a day (interpretation note 15): board.reporting', () => {
  const euros = (rates: { date: string; sekPerUnit: string }[]) => {
    const parsed = parseRates({
      rates: rates.map((r) => ({ currency: 'EUR', source: 'Riksbanken', ...r })),
    });
    if (!parsed.success) throw new Error('rates');
    return parsed.data;
  };
  const winter = trip({
    id: 'W',
    destinations: [{ place: 'Tallinn', country: 'EE' }],
    departureDate: '2019-12-10',
    returnDate: '2019-12-12',
    plannedCosts: [],
    actualCosts: [eurItem('1000.00', 'Hotel')],
  });

  it('a EUR rate dated 2022-12-30 does not decide a trip of 2019-12-10 with maxRateAgeDays 30', () => {
    const judged = evaluate(winter, {
      rates: euros([{ date: '2022-12-30', sekPerUnit: '11.10' }]),
      maxRateAgeDays: 30,
    });
    expect(reportBack(judged).status).toBe('undetermined');
    expect(reportBack(judged).facts[0]).toMatchObject({
      kind: 'costs_not_convertible',
      issues: [{ code: 'stale_rate', values: { day: '2019-12-12', rateDate: '2022-12-30' } }],
    });
  });

  it("of a register holding a series, the rate of the trip's last day converts its costs", () => {
    const judged = evaluate(winter, {
      rates: euros([
        { date: '2019-12-11', sekPerUnit: '9.00' },
        { date: '2019-12-12', sekPerUnit: '10.50' },
        { date: '2022-12-30', sekPerUnit: '11.10' },
      ]),
      maxRateAgeDays: 30,
    });
    expect(judged.conversions[0]?.rate?.date).toBe('2019-12-12');
    expect(reportBack(judged).status).toBe('owed');
  });

  it('before the last day has passed, the latest rate on or before the day judged', () => {
    const judged = evaluate(winter, {
      asOf: '2019-12-11',
      rates: euros([
        { date: '2019-12-11', sekPerUnit: '9.00' },
        { date: '2019-12-12', sekPerUnit: '10.50' },
      ]),
    });
    expect(judged.conversions[0]?.rate?.date).toBe('2019-12-11');
    expect(reportBack(judged).status).toBe('not_applicable');
  });
});

describe('each answer names the readings it used (interpretation note 4)', () => {
  const notesOf = (activity: Activity, code: string) =>
    evaluate(activity)
      .obligations.find((o) => o.code === code)
      ?.interpretationNotes.map((note) => note.id);

  it('note 12 on Madison is not cited on a trip to Põltsamaa', () => {
    expect(notesOf(trip(), 'board_approval')).not.toContain('any-madison');
  });

  it('a note about two twin towns is cited on a trip to either of them', () => {
    const definition = toPolicyDefinition(POLICY_2019_2022);
    const both = variant({
      interpretationNotes: definition.interpretationNotes.map((note) =>
        note.id === 'any-madison' ? { ...note, twinTowns: ['madison', 'poltsamaa'] } : note,
      ),
    });
    const cited = evaluate(trip(), { policies: [both] })
      .obligations.find((o) => o.code === 'board_approval')
      ?.interpretationNotes.map((note) => note.id);
    expect(cited).toContain('any-madison');
  });

  it('note 12 on Madison is cited on a trip to Madison, Alabama: board.approval', () => {
    const madison = trip({ destinations: [{ place: 'Madison, Alabama', country: 'US' }] });
    expect(notesOf(madison, 'board_approval')).toContain('any-madison');
  });
});

describe('which total decides when both are known (interpretation note 1): board.reporting', () => {
  const costFact = (costs: Record<string, unknown>, asOf?: string) =>
    reportBack(evaluate(tallinn(costs), asOf ? { asOf } : {})).facts[0] as Record<string, unknown>;

  it('before the trip, a budget of 8 000,00 kr beside 2 000,00 kr spent: the budget, the higher, decides', () => {
    const fact = costFact(
      { plannedCosts: [sekItem('8 000,00')], actualCosts: [sekItem('2 000,00')] },
      '2022-04-01',
    );
    expect(fact).toMatchObject({ basis: 'planned', total: { amount: 800_000 }, above: false });
  });

  it('before the trip, equal totals of 5 000,00 kr: the actual costs win the tie', () => {
    const fact = costFact(
      { plannedCosts: [sekItem('5 000,00')], actualCosts: [sekItem('5 000,00')] },
      '2022-04-01',
    );
    expect(fact).toMatchObject({ basis: 'actual', beside: { basis: 'planned' } });
  });

  it('before the trip, a known budget above the threshold decides over actual costs only partly converted', () => {
    const fact = costFact(
      {
        plannedCosts: [sekItem('20 000,00')],
        actualCosts: [sekItem('15 000,00'), eurItem('10.00', 'Taxi')],
      },
      '2022-04-01',
    );
    expect(fact).toMatchObject({ basis: 'planned', total: { amount: 2_000_000 } });
    expect(fact).not.toHaveProperty('unconverted');
  });

  it('a total every item of which converted carries no `unconverted` and no `plannedInstead`', () => {
    const fact = costFact({
      plannedCosts: [sekItem('4 000,00')],
      actualCosts: [sekItem('3 000,00')],
    });
    expect(fact).toMatchObject({ basis: 'actual', provisional: false });
    expect(Object.keys(fact)).not.toContain('unconverted');
    expect(Object.keys(fact)).not.toContain('plannedInstead');
  });

  it('actual costs recorded as none after the trip show the budget instead, only when there is a budget', () => {
    expect(
      costFact({ plannedCosts: [sekItem('4 000,00')], actualCosts: [] })['plannedInstead'],
    ).toMatchObject({ amount: 400_000 });
    expect(costFact({ plannedCosts: [], actualCosts: [] })).not.toHaveProperty('plannedInstead');
  });

  it('actual costs recorded as none before the trip, beside a budget of 0,00 kr: no budget shown instead, it is provisional', () => {
    const fact = costFact({ plannedCosts: [sekItem('0,00')], actualCosts: [] }, '2022-04-01');
    expect(fact).toMatchObject({ basis: 'actual', provisional: true });
    expect(fact).not.toHaveProperty('plannedInstead');
  });
});

describe('destinations that may be twin towns are listed by place, however written', () => {
  it('two uncertain places give the same facts in either order: board.approval', () => {
    const places = [
      { place: 'Nykarlebyy', country: 'FI' },
      { place: 'Madisn', country: 'US' },
    ];
    const approval = (destinations: unknown[]) =>
      evaluate(trip({ destinations })).obligations.find((o) => o.code === 'board_approval');
    const forward = approval(places);
    const backward = approval([...places].reverse());
    expect(forward?.facts.filter((f) => f.kind === 'possible_twin_town').length).toBe(2);
    expect(backward?.facts).toEqual(forward?.facts);
  });
});

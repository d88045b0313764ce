import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  describeFact,
  type Evaluation,
  evaluate,
  explain,
  POLICY_2019_2022,
  parseRates,
  parseRecords,
} from '../../src/index.js';
import { eurItem, parsed, ratesOf, sekItem, trip } from '../fixtures/build.js';
import { SAMPLE_EXCHANGE, SAMPLE_TRIP } from '../fixtures/samples.js';
import { variant } from '../fixtures/variant.js';
import { lazy } from '../support/lazy.js';
import { thrownBy } from '../support/thrown.js';

const RATES = lazy(() => ratesOf({ EUR: '10', JPY: '0.0725' }));
const statuses = (evaluation: Evaluation) =>
  Object.fromEntries(evaluation.obligations.map((o) => [o.code, o.status]));
const obligation = (evaluation: Evaluation, code: string) => {
  const found = evaluation.obligations.find((o) => o.code === code);
  if (!found) throw new Error(`no ${code}`);
  return found;
};

const domesticTrip = { destinations: [{ place: 'Umeå', country: 'SE' }] };
const euProjectTrip = {
  destinations: [{ place: 'Bruxelles', country: 'BE' }],
  plannedCosts: [eurItem('600.00', 'Hotel'), sekItem('5 000,00', 'Flights')],
};

describe('evaluate: the sample trips', () => {
  it('a twin-town trip under the threshold owes approval before departure, but no report-back', () => {
    const evaluation = evaluate(trip({ plannedCosts: [sekItem('9 800,00')] }));
    expect(evaluation.outcome).toBe('evaluated');
    expect(evaluation.policy).toEqual({
      id: 'solleftea-2019-2022',
      title: 'Policy för internationella kontakter 2019-2022',
      adoption: { body: 'council', date: '2019-11-25', paragraph: '§ 155' },
      fingerprint: POLICY_2019_2022.fingerprint,
    });
    expect(evaluation.policy?.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(statuses(evaluation)).toEqual({
      planning: 'owed',
      board_approval: 'owed',
      board_report_back: 'not_applicable',
      council_account: 'owed',
    });
    const approval = obligation(evaluation, 'board_approval');
    expect(approval).toMatchObject({
      owedBy: 'organiser',
      owedTo: 'board',
      timing: 'before_departure',
      dueBy: '2020-03-10',
    });
    expect(approval.facts).toEqual([
      {
        kind: 'twin_town',
        place: 'Põltsamaa',
        town: 'poltsamaa',
        name: 'Põltsamaa',
        policyPeriod: '2019–2022',
      },
    ]);
    expect(explain(approval).en).toBe(
      'Approval by the executive board: owed by the organiser to the executive board, on or before 2020-03-10, because Põltsamaa is a twin town under the 2019–2022 policy.',
    );
    expect(explain(obligation(evaluation, 'board_report_back')).en).toBe(
      'Report-back to the executive board: not applicable, because the cost SEK 9,800.00 is not more than SEK 10,000.00 (planned costs, provisional).',
    );
    expect(explain(obligation(evaluation, 'board_report_back')).sv).toBe(
      'Återrapportering till kommunstyrelsen: gäller inte, eftersom kostnaden 9 800,00 kr inte är högre än 10 000,00 kr (planerade kostnader, preliminärt).',
    );
  });

  it('an EU project trip over the threshold with EUR costs owes a provisional report-back', () => {
    const evaluation = evaluate(trip(euProjectTrip), { rates: RATES() });
    expect(statuses(evaluation)).toEqual({
      planning: 'owed',
      board_approval: 'not_applicable',
      board_report_back: 'owed',
      council_account: 'owed',
    });
    const reportBack = obligation(evaluation, 'board_report_back');
    expect(reportBack.provisional).toBe(true);
    expect(reportBack.content).toEqual(['purpose', 'goal', 'result']);
    expect(explain(reportBack).sv).toContain(
      'kostnaden 11 000,00 kr > 10 000,00 kr (planerade kostnader, preliminärt; 600,00 EUR à 10 kr per EUR, kurs från 2020-01-02 enligt test)',
    );
    expect(
      evaluation.conversions.map((c) => [c.from.currency.code, c.rate?.sekPerUnit, c.sek.amount]),
    ).toEqual([
      ['EUR', '10', 600_000],
      ['SEK', undefined, 500_000],
    ]);
    expect(obligation(evaluation, 'board_approval').facts).toEqual([{ kind: 'no_twin_town' }]);
  });

  it('a domestic trip is outside the policy and owes nothing', () => {
    const evaluation = evaluate(trip(domesticTrip));
    expect(evaluation).toMatchObject({
      outcome: 'not_international',
      international: false,
      obligations: [],
    });
    expect(evaluation.facts).toEqual([{ kind: 'all_in_sweden' }]);
    expect(explain(evaluation).en).toBe(
      'The policy does not apply: every destination and party is in Sweden.',
    );
  });

  it.each(['2019-11-24', '2023-01-01', '2010-05-05'])(
    'a trip departing %s gets "no policy in force"',
    (date) => {
      const evaluation = evaluate(trip({ departureDate: date, returnDate: date }));
      expect(evaluation).toMatchObject({
        outcome: 'no_policy_in_force',
        decidingDate: date,
        obligations: [],
      });
      expect(evaluation.policy).toBeUndefined();
      expect(explain(evaluation).sv).toBe(
        `Ingen känd version av policyn gällde ${date}; inga skyldigheter kan beräknas.`,
      );
    },
  );
});

describe('evaluate: the report-back threshold (interpretation notes 1 and 2)', () => {
  it.each([
    ['10 000,00 kr in SEK', 'not_applicable', [sekItem('10 000,00')]],
    ['10 000,01 kr in SEK', 'owed', [sekItem('10 000,01')]],
    ['EUR 1 000,00 at 10', 'not_applicable', [eurItem('1000.00')]],
    ['EUR 1 000,01 at 10', 'owed', [eurItem('1000.01')]],
    ['EUR 999,99 + 0,11 kr', 'owed', [eurItem('999.99'), sekItem('0,11')]],
    ['EUR 999,99 + 0,10 kr', 'not_applicable', [eurItem('999.99'), sekItem('0,10')]],
  ])('%s: %s', (_, status, plannedCosts) => {
    expect(
      obligation(evaluate(trip({ plannedCosts }), { rates: RATES() }), 'board_report_back').status,
    ).toBe(status);
  });

  it('actual costs, once recorded, decide over the budget, and the duty is final', () => {
    const evaluation = evaluate(
      trip({ plannedCosts: [sekItem('8 000')], actualCosts: [sekItem('12 500')] }),
    );
    const reportBack = obligation(evaluation, 'board_report_back');
    expect(reportBack).toMatchObject({ status: 'owed', provisional: false });
    expect(reportBack.facts).toMatchObject([
      { kind: 'total_cost', basis: 'actual', above: true, total: { amount: 1_250_000 } },
    ]);
    expect(explain(reportBack).en).toContain(
      'the cost SEK 12,500.00 > SEK 10,000.00 (actual costs)',
    );
  });

  it('empty actual costs are a known total of zero, and the explanation shows the budget beside them', () => {
    // A trip that planned 50 000 kr and records its actual costs as none: the reading (note 1) is that
    // actual costs decide, so no report-back is owed — but the cancelled budget is shown, not hidden.
    const evaluation = evaluate(trip({ plannedCosts: [sekItem('50 000')], actualCosts: [] }));
    const reportBack = obligation(evaluation, 'board_report_back');
    expect(reportBack.status).toBe('not_applicable');
    expect(reportBack.facts).toMatchObject([
      {
        kind: 'total_cost',
        basis: 'actual',
        total: { amount: 0 },
        plannedInstead: { amount: 5_000_000 },
      },
    ]);
    expect(explain(reportBack).en).toBe(
      'Report-back to the executive board: not applicable, because the cost SEK 0.00 is not more than SEK 10,000.00 (actual costs recorded as none; planned SEK 50,000.00).',
    );
    expect(explain(reportBack).sv).toBe(
      'Återrapportering till kommunstyrelsen: gäller inte, eftersom kostnaden 0,00 kr inte är högre än 10 000,00 kr (listan med faktiska kostnader är tom; budgeten är 50 000,00 kr).',
    );
  });

  it('actual costs that are not empty never carry the budget beside them', () => {
    const evaluation = evaluate(
      trip({ plannedCosts: [sekItem('50 000')], actualCosts: [sekItem('100')] }),
    );
    expect(obligation(evaluation, 'board_report_back').facts[0]).not.toHaveProperty(
      'plannedInstead',
    );
  });

  it('a trip with no costs recorded leaves the report-back undetermined', () => {
    const { plannedCosts: _, ...withoutCosts } = SAMPLE_TRIP;
    const evaluation = evaluate(parsed(withoutCosts));
    expect(obligation(evaluation, 'board_report_back')).toMatchObject({
      status: 'undetermined',
      facts: [{ kind: 'costs_missing' }],
    });
  });

  it('a foreign cost without a rate leaves it undetermined, naming the currency and item — never zero', () => {
    const evaluation = evaluate(trip({ plannedCosts: [sekItem('100'), eurItem('5', 'Taxi')] }));
    const reportBack = obligation(evaluation, 'board_report_back');
    expect(reportBack.status).toBe('undetermined');
    expect(explain(reportBack).en).toBe(
      'Report-back to the executive board: cannot be determined, because the costs cannot be converted to SEK (plannedCosts[1].currency: there is no exchange rate for EUR ("Taxi"); supply a rate in SEK per EUR.).',
    );
  });
});

describe('evaluate: twin towns (interpretation note 4)', () => {
  it.each([
    [{ place: 'Pöltsamaa', country: 'EE' }, 'owed'],
    [{ place: 'POLTSAMAA', country: 'EE' }, 'owed'],
    [{ place: 'Uusikaarlepyy', country: 'FI' }, 'owed'],
    [{ twinTown: 'madison' }, 'owed'],
    [{ place: 'Madison', country: 'CA' }, 'not_applicable'],
    [{ place: 'Tallinn', country: 'EE' }, 'not_applicable'],
  ])('%j: approval %s', (destination, status) => {
    expect(
      obligation(evaluate(trip({ destinations: [destination] })), 'board_approval').status,
    ).toBe(status);
  });

  it('an agreement terminated before departure ends the twin status; one terminated on the day does not', () => {
    const agreements = (terminatedOn: string) => {
      const result = parseRecords({
        agreements: [{ id: 'p', twinTown: 'poltsamaa', terminatedOn }],
      });
      if (!result.success) throw new Error('records');
      return result.data.agreements;
    };
    const before = evaluate(trip({ destinations: [{ twinTown: 'poltsamaa' }] }), {
      agreements: agreements('2020-03-09'),
    });
    expect(obligation(before, 'board_approval').status).toBe('not_applicable');
    expect(explain(obligation(before, 'board_approval')).en).toBe(
      'Approval by the executive board: not applicable, because no destination is a twin town and the agreement with Põltsamaa was terminated on 2020-03-09, before departure.',
    );
    expect(obligation(before, 'board_approval').facts).toEqual([
      { kind: 'no_twin_town' },
      { kind: 'agreement_terminated', name: 'Põltsamaa', terminatedOn: '2020-03-09' },
    ]);
    const onTheDay = evaluate(trip({ destinations: [{ twinTown: 'poltsamaa' }] }), {
      agreements: agreements('2020-03-10'),
    });
    expect(obligation(onTheDay, 'board_approval').status).toBe('owed');
  });

  it('of several agreements with a town, the first to end decides; agreements with other towns do not', () => {
    const result = parseRecords({
      agreements: [
        { id: 'a', twinTown: 'poltsamaa' },
        { id: 'b', twinTown: 'poltsamaa', terminatedOn: '2020-02-01' },
        { id: 'c', twinTown: 'poltsamaa', terminatedOn: '2020-01-01' },
        { id: 'd', twinTown: 'esashi', terminatedOn: '2019-01-01' },
      ],
    });
    if (!result.success) throw new Error('records');
    const evaluation = evaluate(trip({ destinations: [{ twinTown: 'poltsamaa' }] }), {
      agreements: result.data.agreements,
    });
    expect(obligation(evaluation, 'board_approval').facts).toEqual([
      { kind: 'no_twin_town' },
      { kind: 'agreement_terminated', name: 'Põltsamaa', terminatedOn: '2020-01-01' },
    ]);
  });

  it('uses the twin towns of the policy in force, not of another version', () => {
    const without = variant({ id: 'no-twins', twinTowns: [] });
    expect(obligation(evaluate(trip(), { policies: without }), 'board_approval').status).toBe(
      'not_applicable',
    );
    expect(
      obligation(evaluate(trip(), { policies: [POLICY_2019_2022] }), 'board_approval').status,
    ).toBe('owed');
  });
});

describe('evaluate: exchanges', () => {
  const exchange = (changes: Record<string, unknown> = {}) =>
    parsed({ ...SAMPLE_EXCHANGE, ...changes });

  it('an incoming visit owes planning and the account to the council; approval and report-back are for trips', () => {
    const evaluation = evaluate(exchange());
    expect(statuses(evaluation)).toEqual({
      planning: 'owed',
      board_approval: 'not_applicable',
      board_report_back: 'not_applicable',
      council_account: 'owed',
    });
    expect(explain(obligation(evaluation, 'board_approval')).en).toBe(
      'Approval by the executive board: not applicable, because the rule is about trips, and this is an exchange (incoming visit).',
    );
  });

  it('an exchange with Swedish partners only is outside the policy', () => {
    expect(
      evaluate(exchange({ partners: [{ name: 'Region Västernorrland', country: 'SE' }] })).outcome,
    ).toBe('not_international');
  });
});

describe('evaluate: citations', () => {
  it('cites the clauses of each rule with verbatim Swedish and English, shared rather than copied', () => {
    const first = evaluate(trip());
    const second = evaluate(trip({ id: 'other' }));
    for (const [index, item] of first.obligations.entries()) {
      expect(item.clauses.map((c) => c.id)).toEqual(item.rule.clauseIds);
      expect(item.rule).toBe(POLICY_2019_2022.rules.find((r) => r.code === item.code));
      expect(item.clauses).toBe(second.obligations[index]?.clauses);
      for (const clause of item.clauses)
        expect(clause).toBe(POLICY_2019_2022.clauses.find((c) => c.id === clause.id));
    }
    expect(obligation(first, 'board_report_back').clauses[0]?.sv).toContain('dyrare än 10.000 kr');
  });

  it('serialises to JSON as data, which explain puts in the same words as the result', () => {
    const json = JSON.parse(JSON.stringify(evaluate(trip())));
    expect(explain(json).en).toContain('Approval by the executive board: owed');
    expect(explain(json.obligations[1]).sv).toContain(
      'Godkännande av kommunstyrelsen: åligger arrangören',
    );
  });
});

describe('evaluate: the rates used, named, and how old they may be (interpretation note 2)', () => {
  const eurAt = (date: string) => {
    const result = parseRates({
      rates: [{ currency: 'EUR', sekPerUnit: '11.4523', date, source: 'Riksbanken' }],
    });
    if (!result.success) throw new Error('rates');
    return result.data;
  };
  const hotelTrip = (departureDate: string) =>
    trip({
      departureDate,
      returnDate: departureDate,
      actualCosts: [eurItem('1200.00', 'Hotel')],
    });

  it('a EUR cost names its rate, with its date and source, in English and Swedish', () => {
    const evaluation = evaluate(hotelTrip('2021-05-10'), { rates: eurAt('2021-05-03') });
    const reportBack = obligation(evaluation, 'board_report_back');
    expect(reportBack.status).toBe('owed');
    expect(explain(reportBack).en).toMatch(
      /, because the cost SEK 13,742\.76 > SEK 10,000\.00 \(actual costs; EUR 1,200\.00 at 11\.4523 SEK per EUR, rate of 2021-05-03 from Riksbanken\)\.$/,
    );
    expect(explain(reportBack).sv).toMatch(
      /, eftersom kostnaden 13 742,76 kr > 10 000,00 kr \(faktiska kostnader; 1 200,00 EUR à 11,4523 kr per EUR, kurs från 2021-05-03 enligt Riksbanken\)\.$/,
    );
  });

  it('the cost fact carries the conversions, the same list as the evaluation, so it explains itself', () => {
    const costs = [eurItem('5.00', 'Taxi'), sekItem('100'), eurItem('600.00', 'Hotel')];
    const evaluation = evaluate(trip({ plannedCosts: costs }), { rates: eurAt('2020-03-02') });
    const fact = evaluation.facts.find((each) => each.kind === 'total_cost');
    expect(fact?.kind === 'total_cost' && fact.conversions).toBe(evaluation.conversions);
    expect(fact && describeFact(fact, 'en')).toBe(
      'the cost SEK 7,028.64 is not more than SEK 10,000.00 (planned costs, provisional; EUR 600.00 and EUR 5.00 at 11.4523 SEK per EUR, rate of 2020-03-02 from Riksbanken)',
    );
    // The same in any order of the items, and from the fact read back from JSON.
    const reordered = evaluate(trip({ plannedCosts: [...costs].reverse() }), {
      rates: eurAt('2020-03-02'),
    });
    expect(explain(reordered)).toEqual(explain(evaluation));
    expect(describeFact(JSON.parse(JSON.stringify(fact)), 'sv')).toBe(
      fact && describeFact(fact, 'sv'),
    );
  });

  it('a cost in SEK only names no rate', () => {
    const evaluation = evaluate(trip({ plannedCosts: [sekItem('9 800,00')] }), {
      rates: eurAt('2020-03-02'),
    });
    expect(explain(obligation(evaluation, 'board_report_back')).en).toMatch(
      /\(planned costs, provisional\)\.$/,
    );
  });

  it('with maxRateAgeDays 30, a rate 30 days older than the departure is used', () => {
    const evaluation = evaluate(hotelTrip('2021-05-03'), {
      rates: eurAt('2021-04-03'),
      maxRateAgeDays: 30,
    });
    expect(obligation(evaluation, 'board_report_back').status).toBe('owed');
  });

  it('with maxRateAgeDays 30, a rate 31 days older is stale_rate: the total is unknown and the report-back undetermined', () => {
    const evaluation = evaluate(hotelTrip('2021-05-03'), {
      rates: eurAt('2021-04-02'),
      maxRateAgeDays: 30,
    });
    const reportBack = obligation(evaluation, 'board_report_back');
    expect(reportBack.status).toBe('undetermined');
    expect(reportBack.facts).toMatchObject([
      { kind: 'costs_not_convertible', basis: 'actual', issues: [{ code: 'stale_rate' }] },
    ]);
    expect(evaluation.conversions).toEqual([]);
    expect(explain(reportBack).en).toBe(
      'Report-back to the executive board: cannot be determined, because the costs cannot be converted to SEK (actualCosts[0].currency: the exchange rate for EUR ("Hotel") nearest the day 2021-05-03 is dated 2021-04-02, more than 30 days from it; supply a rate dated from 2021-04-03 to 2021-06-02.).',
    );
  });

  it('without the option, any rate is used, however old', () => {
    const evaluation = evaluate(hotelTrip('2021-05-03'), { rates: eurAt('2001-01-02') });
    expect(obligation(evaluation, 'board_report_back').status).toBe('owed');
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '30'])(
    'refuses maxRateAgeDays %s: invalid_argument',
    (value) => {
      const call = () => evaluate(trip(), { maxRateAgeDays: value as number });
      expect(call).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
      expect(thrownBy(call)).toMatchObject({
        messages: {
          en: expect.stringMatching(
            /^evaluate: maxRateAgeDays must be a whole number of days, 0 or more, not /,
          ),
          sv: expect.stringMatching(
            /^evaluate: maxRateAgeDays ska vara ett helt antal dagar, 0 eller fler, inte /,
          ),
        },
      });
    },
  );

  test.prop([
    fc.integer({ min: 0, max: 1_000 }),
    fc.integer({ min: 0, max: 1_000 }),
    fc.integer({ min: 0, max: 120 }),
  ])(
    "no rate further than maxRateAgeDays from the trip's last day, before or after, is ever used in a total (note 15)",
    (rateDay, departureDay, maxRateAgeDays) => {
      const dateOf = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
      const evaluation = evaluate(hotelTrip(dateOf(departureDay)), {
        rates: eurAt(dateOf(rateDay)),
        maxRateAgeDays,
      });
      const tooOld = Math.abs(departureDay - rateDay) > maxRateAgeDays;
      const reportBack = evaluation.obligations.find((o) => o.code === 'board_report_back');
      expect(evaluation.outcome).toBe('evaluated');
      expect(evaluation.conversions.length).toBe(tooOld ? 0 : 1);
      expect(reportBack?.status).toBe(tooOld ? 'undetermined' : 'owed');
    },
  );
});

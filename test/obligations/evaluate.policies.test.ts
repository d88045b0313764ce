import { describe, expect, it } from 'vitest';
import {
  type Activity,
  assessCompliance,
  type ConditionTrace,
  evaluate,
  explain,
  type Obligation,
  type PolicyVersion,
  parseActivity,
  parsePolicy,
} from '../../src/index.js';
import { exampleDefinition, examplePolicy, tripUnder } from '../fixtures/example-policies.js';

const SUCCESSOR = examplePolicy('solleftea-2023-2026');
const PER_TRAVELLER = examplePolicy('approval-per-traveller');
const BEFORE_BOOKING = examplePolicy('decision-before-booking');
const COUNCIL = examplePolicy('council-approval');

const trip = tripUnder;

const costing = (amount: string) => [
  { label: 'Travel', category: 'travel', amount, currency: 'SEK' },
];

function obligation(activity: Activity, policy: PolicyVersion, code: string): Obligation {
  const found = evaluate(activity, { policies: [policy] }).obligations.find(
    (each) => each.code === code,
  );
  if (!found) throw new Error(`no obligation ${code}`);
  return found;
}

/** Every fact of a trace, depth first. */
function leaves(trace: ConditionTrace): Extract<ConditionTrace, { condition: unknown }>[] {
  return 'condition' in trace ? [trace] : trace.parts.flatMap(leaves);
}

describe('every version is titled as hypothetical, so that no clerk takes it as in force', () => {
  it.each([SUCCESSOR, PER_TRAVELLER, BEFORE_BOOKING, COUNCIL])('$id', (policy) => {
    expect(policy.title).toContain('HYPOTETISK');
    expect(policy.clauses[0]?.en).toContain('HYPOTHETICAL');
  });
});

describe('(a) the successor for 2023–2026: Madison and Esashi ended, a report within 30 days', () => {
  it('a trip to Madison or Esashi owes no approval; one to Põltsamaa does', () => {
    const to = (place: string, country: string) =>
      obligation(
        trip(SUCCESSOR, { destinations: [{ place, country }] }),
        SUCCESSOR,
        'board_approval',
      ).status;
    expect(to('Madison', 'US')).toBe('not_applicable');
    expect(to('Esashi', 'JP')).toBe('not_applicable');
    expect(to('Põltsamaa', 'EE')).toBe('owed');
  });

  it('10 000,00 kr owes no report-back; 10 000,01 kr owes one, due 30 days after return', () => {
    const at = (amount: string) =>
      obligation(trip(SUCCESSOR, { actualCosts: costing(amount) }), SUCCESSOR, 'board_report_back');
    expect(at('10 000,00').status).toBe('not_applicable');
    expect(at('10 000,00').dueBy).toBeUndefined();
    expect(at('10 000,01').status).toBe('owed');
    expect(at('10 000,01').dueBy).toBe('2024-04-04');
  });

  it('the report is pending on the 30th day, overdue on the 31st, and late when it comes then', () => {
    const activity = trip(SUCCESSOR, { actualCosts: costing('12 000,00') });
    const statusOn = (asOf: string, reportsBack: unknown[] = []) =>
      assessCompliance(activity, { reportsBack } as never, {
        asOf,
        policies: [SUCCESSOR],
      }).results.find((result) => result.obligation.code === 'board_report_back');
    expect(statusOn('2024-04-04')?.status).toBe('pending');
    expect(statusOn('2024-04-05')?.status).toBe('overdue');
    const late = statusOn('2024-04-10', [
      {
        activity: 'T-1',
        submittedOn: '2024-04-05',
        purpose: 'p',
        goal: 'g',
        result: 'r',
      },
    ]);
    expect([late?.status, late?.reason === 'report_complete' && late.late]).toEqual([
      'fulfilled',
      true,
    ]);
  });
});

describe('(b) board approval of every trip abroad costing more than 15 000 kr per traveller', () => {
  const approval = (count: number, amount: string, fields: Record<string, unknown> = {}) =>
    obligation(
      trip(PER_TRAVELLER, {
        travellers: { count },
        plannedCosts: costing(amount),
        ...fields,
      }),
      PER_TRAVELLER,
      'approval_over_15000_per_traveller',
    );

  it('two travellers: 30 000,00 kr owes no approval, 30 000,01 kr does', () => {
    expect(approval(2, '30 000,00').status).toBe('not_applicable');
    expect(approval(2, '30 000,01').status).toBe('owed');
    expect(approval(2, '30 000,01').dueBy).toBe('2024-03-01');
  });

  it('one traveller: 15 000,00 kr owes none, 15 000,01 kr does', () => {
    expect(approval(1, '15 000,00').status).toBe('not_applicable');
    expect(approval(1, '15 000,01').status).toBe('owed');
  });

  it('the trace names the amount, the version it came from, and the travellers it was multiplied by', () => {
    const owed = approval(3, '45 000,01');
    const cost = leaves(owed.condition).find((leaf) => leaf.condition.fact === 'cost');
    expect(cost?.answer.parameter).toEqual({
      name: 'amount',
      version: PER_TRAVELLER.id,
      minorUnits: 1_500_000,
    });
    expect(cost?.answer.paths).toContain('travellers.count');
    const fact = owed.facts.find((each) => each.kind === 'total_cost');
    expect(fact?.kind === 'total_cost' && fact.perTraveller?.travellers).toBe(3);
    expect(explain(owed).en).toContain('SEK 15,000.00 × 3');
  });

  it('a trip with no costs is undetermined, asking for its costs', () => {
    const unknown = obligation(
      trip(PER_TRAVELLER),
      PER_TRAVELLER,
      'approval_over_15000_per_traveller',
    );
    expect(unknown.status).toBe('undetermined');
    const cost = leaves(unknown.condition).find((leaf) => leaf.condition.fact === 'cost');
    expect(cost?.answer.missing).toEqual(['plannedCosts', 'actualCosts']);
  });
});

describe('(c) a board decision before booking, a short report at the board’s next meeting', () => {
  const approval = (approvals: unknown[], fields: Record<string, unknown> = {}) =>
    assessCompliance(trip(BEFORE_BOOKING, fields), { approvals } as never, {
      asOf: '2024-06-30',
      policies: [BEFORE_BOOKING],
    }).results.find((result) => result.obligation.code === 'decision_before_booking');
  const decided = (decidedOn: string) => ({
    activity: 'T-1',
    decidedOn,
    reference: 'KS § 1',
    decision: 'approved',
  });

  it('a decision on the booking day fulfils the rule; one the day after does not', () => {
    const booked = { bookingDate: '2024-02-01' };
    expect(approval([decided('2024-02-01')], booked)?.status).toBe('fulfilled');
    expect(approval([decided('2024-02-02')], booked)?.status).toBe('violated');
  });

  it('without a booking date, a decision before departure is undetermined, asking for the date', () => {
    const result = approval([decided('2024-02-10')]);
    expect([result?.status, result?.reason]).toEqual(['undetermined', 'booking_date_unknown']);
    expect(result && explain(result).en).toContain('give bookingDate');
    expect(approval([decided('2024-03-02')])?.status).toBe('violated');
  });

  it('a booking after the departure is refused where the trip is read', () => {
    const parsed = parseActivity(
      {
        kind: 'trip',
        id: 'T-2',
        title: 'x',
        organiser: 'y',
        travellers: { count: 1 },
        destinations: [{ place: 'Tallinn', country: 'EE' }],
        departureDate: '2024-03-01',
        returnDate: '2024-03-02',
        bookingDate: '2024-03-02',
      },
      { policies: [BEFORE_BOOKING] },
    );
    expect(parsed.success ? [] : parsed.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['booked_after_departure', ['bookingDate']],
    ]);
  });

  it('the report is due at the first meeting after the return, from the meeting days given', () => {
    const meetingDays = { board: ['2024-03-19', '2024-03-05', '2024-04-16'] };
    const report = evaluate(trip(BEFORE_BOOKING), {
      policies: [BEFORE_BOOKING],
      meetingDays,
    }).obligations.find((each) => each.code === 'report_at_next_meeting');
    expect([report?.status, report?.dueBy, report?.content]).toEqual([
      'owed',
      '2024-03-19',
      ['result'],
    ]);
    const on = (asOf: string, reportsBack: unknown[] = []) =>
      assessCompliance(trip(BEFORE_BOOKING), { reportsBack } as never, {
        asOf,
        policies: [BEFORE_BOOKING],
        meetingDays,
      }).results.find((result) => result.obligation.code === 'report_at_next_meeting')?.status;
    expect(on('2024-03-19')).toBe('pending');
    expect(on('2024-03-20')).toBe('overdue');
    expect(on('2024-03-20', [{ activity: 'T-1', submittedOn: '2024-03-19', result: 'r' }])).toBe(
      'fulfilled',
    );
  });

  it('without meeting days the report has no due day, and is pending, never overdue', () => {
    const report = obligation(trip(BEFORE_BOOKING), BEFORE_BOOKING, 'report_at_next_meeting');
    expect(report.dueBy).toBeUndefined();
    const status = assessCompliance(
      trip(BEFORE_BOOKING),
      {},
      {
        asOf: '2026-12-31',
        policies: [BEFORE_BOOKING],
        deadlines: { reportBackDays: 10 },
      },
    ).results.find((result) => result.obligation.code === 'report_at_next_meeting')?.status;
    expect(status).toBe('pending');
  });
});

describe('(d) council approval of trips over 10 000 kr per participant', () => {
  const activity = trip(COUNCIL, {
    travellers: { count: 2 },
    plannedCosts: costing('20 000,01'),
  });
  const approval = (approvals: unknown[]) =>
    assessCompliance(activity, { approvals } as never, {
      asOf: '2024-06-30',
      policies: [COUNCIL],
    }).results.find((result) => result.obligation.code === 'council_approval');

  it('two participants: 20 000,00 kr owes no approval, 20 000,01 kr does', () => {
    const at = (amount: string) =>
      obligation(
        trip(COUNCIL, {
          travellers: { count: 2 },
          plannedCosts: costing(amount),
        }),
        COUNCIL,
        'council_approval',
      ).status;
    expect(at('20 000,00')).toBe('not_applicable');
    expect(at('20 000,01')).toBe('owed');
  });

  it('the board’s approval does not fulfil an approval owed to the council; the council’s does', () => {
    const board = {
      activity: 'T-1',
      decidedOn: '2024-02-01',
      reference: 'KS § 1',
      decision: 'approved',
    };
    const byBoard = approval([board]);
    expect(byBoard?.status).toBe('violated');
    expect(byBoard && explain(byBoard).sv).toContain(
      'inget godkännande av kommunfullmäktige finns',
    );
    expect(approval([{ ...board, decidedBy: 'delegate' }])?.status).toBe('violated');
    expect(approval([{ ...board, decidedBy: 'council', reference: 'KF § 9' }])?.status).toBe(
      'fulfilled',
    );
  });

  it('an exchange has no travellers: a cost per traveller does not make it owe the approval', () => {
    const parsed = parseActivity(
      {
        kind: 'exchange',
        id: 'E-1',
        title: 'Visit',
        organiser: 'Kultur',
        form: 'incoming_visit',
        partners: [{ name: 'Tallinn city', country: 'EE' }],
        startDate: '2024-03-01',
        endDate: '2024-03-02',
        costs: costing('90 000,00'),
      },
      { policies: [COUNCIL] },
    );
    const exchange = parsed.success ? parsed.data : undefined;
    expect(exchange && obligation(exchange, COUNCIL, 'council_approval').status).toBe(
      'not_applicable',
    );
  });
});

describe('groups of countries, as data of the version', () => {
  const nordic = (() => {
    const definition = exampleDefinition('approval-per-traveller') as Record<string, unknown> & {
      rules: Record<string, unknown>[];
    };
    const parsed = parsePolicy({
      ...definition,
      id: 'hypothetical-outside-nordic',
      countryGroups: [
        {
          id: 'nordic',
          name: { sv: 'Norden', en: 'the Nordic countries' },
          countries: ['DK', 'FI', 'IS', 'NO', 'SE'],
        },
      ],
      rules: definition.rules.map((rule) =>
        rule['code'] === 'approval_over_15000_per_traveller'
          ? {
              ...rule,
              when: {
                all: [
                  { fact: 'kind', kinds: ['trip'] },
                  { not: { fact: 'country_in', group: 'nordic' } },
                ],
              },
            }
          : rule,
      ),
    });
    if (!parsed.success)
      throw new Error(parsed.issues.map((issue) => issue.messages.en).join('\n'));
    return parsed.data;
  })();
  const approval = (destinations: unknown[]) =>
    obligation(trip(nordic, { destinations }), nordic, 'approval_over_15000_per_traveller');

  it('a trip outside the Nordic countries owes the approval; one inside them does not', () => {
    expect(approval([{ place: 'Tallinn', country: 'EE' }]).status).toBe('owed');
    expect(approval([{ place: 'Vaasa', country: 'FI' }]).status).toBe('not_applicable');
    // One destination in the group is enough for `country_in`, so `not` it is false.
    expect(
      approval([
        { place: 'Vaasa', country: 'FI' },
        { place: 'Tallinn', country: 'EE' },
      ]).status,
    ).toBe('not_applicable');
  });

  it('the trace names the destinations in the group', () => {
    const inGroup = approval([
      { place: 'Tallinn', country: 'EE' },
      { place: 'Vaasa', country: 'FI' },
    ]);
    const group = leaves(inGroup.condition).find((leaf) => leaf.condition.fact === 'country_in');
    expect(group?.answer).toMatchObject({ value: 'true', paths: ['destinations[1]'] });
  });

  it('a group no condition uses, or a condition naming a group the version lacks, is refused', () => {
    const definition = exampleDefinition('approval-per-traveller');
    const codes = (input: unknown) => {
      const result = parsePolicy(input);
      return result.success ? [] : result.issues.map((issue) => [issue.code, issue.path.join('.')]);
    };
    expect(
      codes({
        ...definition,
        countryGroups: [{ id: 'eu', name: { sv: 'EU', en: 'the EU' }, countries: ['EE'] }],
      }),
    ).toEqual([['unused_parameter', 'countryGroups.0.id']]);
    const rules = (definition['rules'] as Record<string, unknown>[]).map((rule, i) =>
      i === 1 ? { ...rule, when: { fact: 'country_in', group: 'nordic' } } : rule,
    );
    expect(codes({ ...definition, rules })).toEqual([['unknown_group', 'rules.1.when.group']]);
  });

  it('a threshold no condition uses is refused, and a cost with no amount needs one', () => {
    const definition = exampleDefinition('approval-per-traveller');
    const codes = (input: unknown) => {
      const result = parsePolicy(input);
      return result.success ? [] : result.issues.map((issue) => [issue.code, issue.path.join('.')]);
    };
    expect(
      codes({ ...definition, reportBackThreshold: { amount: '10 000,00', currency: 'SEK' } }),
    ).toEqual([['unused_parameter', 'reportBackThreshold']]);
    const rules = (definition['rules'] as Record<string, unknown>[]).map((rule, i) =>
      i === 1 ? { ...rule, when: { fact: 'cost', compare: 'more', per: 'activity' } } : rule,
    );
    expect(codes({ ...definition, rules })).toEqual([['threshold_missing', 'rules.1.when']]);
  });
});

describe('the due days in words', () => {
  it('says the booking day, the meeting day, or that they are not given; and the days after return', () => {
    const booked = obligation(
      trip(BEFORE_BOOKING, { bookingDate: '2024-02-01' }),
      BEFORE_BOOKING,
      'decision_before_booking',
    );
    expect(explain(booked).en).toContain('on or before 2024-02-01, the booking date');
    const unbooked = obligation(trip(BEFORE_BOOKING), BEFORE_BOOKING, 'decision_before_booking');
    expect(explain(unbooked).sv).toContain('senast bokningsdagen, som inte är angiven');
    const meeting = evaluate(trip(BEFORE_BOOKING), {
      policies: [BEFORE_BOOKING],
      meetingDays: { board: ['2024-03-19'] },
    }).obligations.find((each) => each.code === 'report_at_next_meeting') as Obligation;
    expect(explain(meeting).en).toContain('at the meeting on 2024-03-19');
    const noMeeting = obligation(trip(BEFORE_BOOKING), BEFORE_BOOKING, 'report_at_next_meeting');
    expect(explain(noMeeting).en).toContain('(no meeting days given)');
    const within = obligation(
      trip(SUCCESSOR, { actualCosts: costing('12 000,00') }),
      SUCCESSOR,
      'board_report_back',
    );
    expect(explain(within).sv).toContain('efter hemkomsten, senast 2024-04-04');
  });
});

import { describe, expect, it } from 'vitest';
import {
  type ActivityRecords,
  assessCompliance,
  type Compliance,
  explain,
  type ObligationCompliance,
  PolicyError,
  parseRecords,
} from '../../src/index.js';
import { parsed, ratesOf, sekItem, trip } from '../fixtures/build.js';
import { SAMPLE_EXCHANGE, SAMPLE_TRIP } from '../fixtures/samples.js';
import { lazy } from '../support/lazy.js';

/** Records from plain input, parsed (so dates are checked). */
function records(input: Record<string, unknown>): ActivityRecords {
  const result = parseRecords(input);
  if (!result.success) throw new Error(result.issues.map((i) => i.messages.en).join('\n'));
  return result.data;
}

const approved = (decidedOn: string, decision = 'approved') => ({
  activity: '2020-03',
  decidedOn,
  reference: 'KS § 12',
  decision,
});
const report = (submittedOn: string, fields: Record<string, unknown> = {}) => ({
  activity: '2020-03',
  submittedOn,
  reference: 'KS § 40',
  purpose: 'Prepare a school exchange',
  goal: 'Agree on two school visits',
  result: 'Exchange agreed',
  ...fields,
});

/** The sample twin-town trip (2020-03-10 to 2020-03-13), over the threshold, fully planned. */
const TRIP = lazy(() => trip({ plannedCosts: [sekItem('12 000')] }));
const judged = (compliance: Compliance, code: string) => {
  const result = compliance.results.find((r) => r.obligation.code === code);
  if (!result) throw new Error(code);
  return result;
};

describe('assessCompliance: approval by the board (board.approval, note 5)', () => {
  it.each([
    [
      'approved the week before',
      [approved('2020-03-03')],
      '2020-06-01',
      'fulfilled',
      'approved_in_time',
    ],
    [
      'approved on the day of departure',
      [approved('2020-03-10')],
      '2020-06-01',
      'fulfilled',
      'approved_in_time',
    ],
    [
      'approved the day after departure',
      [approved('2020-03-11')],
      '2020-06-01',
      'violated',
      'retroactive_approval',
    ],
    [
      'rejected, and the trip took place',
      [approved('2020-03-01', 'rejected')],
      '2020-06-01',
      'violated',
      'approval_rejected',
    ],
    [
      'rejected, before departure',
      [approved('2020-03-01', 'rejected')],
      '2020-03-05',
      'pending',
      'approval_rejected',
    ],
    [
      'rejected, then approved in time',
      [approved('2020-03-01', 'rejected'), approved('2020-03-08')],
      '2020-06-01',
      'fulfilled',
      'approved_in_time',
    ],
    [
      'approved, then rejected before departure, and the trip took place',
      [approved('2020-03-01'), approved('2020-03-05', 'rejected')],
      '2020-06-01',
      'violated',
      'approval_rejected',
    ],
    [
      'approved, then rejected before departure, not yet departed',
      [approved('2020-03-01'), approved('2020-03-05', 'rejected')],
      '2020-03-07',
      'pending',
      'approval_rejected',
    ],
    [
      'approved in time, then rejected after departure: the decision before departure stands',
      [approved('2020-03-03'), approved('2020-03-20', 'rejected')],
      '2020-06-01',
      'fulfilled',
      'approved_in_time',
    ],
    [
      'rejected before departure, then approved after it',
      [approved('2020-03-01', 'rejected'), approved('2020-03-11')],
      '2020-06-01',
      'violated',
      'approval_rejected',
    ],
    [
      'only a rejection, after departure: no approval, not a retroactive one',
      [approved('2020-03-12', 'rejected')],
      '2020-06-01',
      'violated',
      'no_approval',
    ],
    ['none, before departure', [], '2020-03-09', 'pending', 'awaiting_approval'],
    ['none, on the day of departure', [], '2020-03-10', 'pending', 'awaiting_approval'],
    ['none, for a completed trip', [], '2020-06-01', 'violated', 'no_approval'],
    [
      'an approval decided after asOf does not count yet',
      [approved('2020-03-05')],
      '2020-03-04',
      'pending',
      'awaiting_approval',
    ],
  ])('%s: %s', (_, approvals, asOf, status, reason) => {
    const result = judged(
      assessCompliance(TRIP(), records({ approvals }), { asOf }),
      'board_approval',
    );
    expect([result.status, result.reason]).toEqual([status, reason]);
    expect(result.deadline).toBe('2020-03-10');
    expect(explain(result).sv).toMatch(
      /^Godkännande av kommunstyrelsen: \S.* — .*2020-03-\d\d.*\.$/,
    );
    expect(explain(result).en).toMatch(
      /^Approval by the executive board: \S.* — .*2020-03-\d\d.*\.$/,
    );
  });

  it('explains a retroactive approval in both languages, citing the decision', () => {
    const result = judged(
      assessCompliance(TRIP(), records({ approvals: [approved('2020-03-11')] }), {
        asOf: '2020-06-01',
      }),
      'board_approval',
    );
    expect(explain(result)).toEqual({
      sv: 'Godkännande av kommunstyrelsen: inte uppfyllt — godkänd 2020-03-11 (KS § 12), efter avresan 2020-03-10; ett godkännande i efterhand uppfyller inte regeln.',
      en: 'Approval by the executive board: not fulfilled — approved on 2020-03-11 (KS § 12), after the departure on 2020-03-10; a retroactive approval does not fulfil the rule.',
    });
    expect(result.evidence).toMatchObject({ decidedOn: '2020-03-11', reference: 'KS § 12' });
  });

  it("the board's latest decision before departure decides: an approval followed by a rejection is a violation, and the conflict is named", () => {
    const trip2020 = trip({ departureDate: '2020-02-10', returnDate: '2020-02-12' });
    const result = judged(
      assessCompliance(
        trip2020,
        records({
          approvals: [
            { ...approved('2020-01-27'), reference: 'KS § 5' },
            { ...approved('2020-02-03', 'rejected'), reference: 'KS § 9' },
          ],
        }),
        { asOf: '2020-03-01' },
      ),
      'board_approval',
    );
    expect([result.status, result.reason]).toEqual(['violated', 'approval_rejected']);
    expect(result.evidence).toMatchObject({ decidedOn: '2020-02-03', decision: 'rejected' });
    expect(result.conflicting).toEqual([
      { activity: '2020-03', decidedOn: '2020-01-27', reference: 'KS § 5', decision: 'approved' },
    ]);
    expect(explain(result)).toEqual({
      sv: 'Godkännande av kommunstyrelsen: inte uppfyllt — kommunstyrelsen avslog resan 2020-02-03 (KS § 9) (kommunstyrelsen har också beslutat annorlunda: godkänd 2020-01-27 (KS § 5); det senaste beslutet senast avresedagen avgör).',
      en: 'Approval by the executive board: not fulfilled — the executive board rejected the trip on 2020-02-03 (KS § 9) (the board also decided otherwise: approved 2020-01-27 (KS § 5); its latest decision on or before departure decides).',
    });
  });

  it('an approval with no other decision names no conflict', () => {
    const result = judged(
      assessCompliance(TRIP(), records({ approvals: [approved('2020-03-03')] }), {
        asOf: '2020-06-01',
      }),
      'board_approval',
    );
    expect(result.conflicting).toBeUndefined();
    expect('conflicting' in result).toBe(false);
  });
});

describe('assessCompliance: reports (board.reporting, council.reporting, note 6)', () => {
  it.each([
    ['a complete report', [report('2020-04-01')], '2020-06-01', {}, 'fulfilled', 'report_complete'],
    [
      'a report missing its result, no deadline set',
      [report('2020-04-01', { result: undefined })],
      '2020-06-01',
      {},
      'pending',
      'report_incomplete',
    ],
    [
      'a report missing its goal, before the deadline',
      [report('2020-04-01', { goal: undefined })],
      '2020-04-12',
      { reportBackDays: 30 },
      'pending',
      'report_incomplete',
    ],
    [
      'a report missing its goal, after the deadline',
      [report('2020-04-01', { goal: undefined })],
      '2020-04-13',
      { reportBackDays: 30 },
      'overdue',
      'report_incomplete',
    ],
    [
      'a complete report submitted before the last day, no deadline set',
      [report('2020-03-12')],
      '2020-06-01',
      {},
      'pending',
      'report_before_end',
    ],
    [
      'a complete report submitted before the last day, past the deadline',
      [report('2020-03-12')],
      '2020-06-01',
      { reportBackDays: 30 },
      'overdue',
      'report_before_end',
    ],
    [
      'a report dated before the trip departed',
      [report('2020-02-01')],
      '2020-06-01',
      {},
      'pending',
      'report_before_end',
    ],
    [
      'a complete report on the last day',
      [report('2020-03-13')],
      '2020-06-01',
      {},
      'fulfilled',
      'report_complete',
    ],
    [
      'an early report replaced by a complete one after the return',
      [report('2020-03-01'), report('2020-04-01')],
      '2020-06-01',
      {},
      'fulfilled',
      'report_complete',
    ],
    ['none, before the return', [], '2020-03-12', {}, 'pending', 'not_yet_due'],
    ['none, on the day of return', [], '2020-03-13', {}, 'pending', 'not_yet_due'],
    ['none after the return, no deadline set', [], '2025-01-01', {}, 'pending', 'awaiting_report'],
    [
      'none, within a caller-set deadline',
      [],
      '2020-04-12',
      { reportBackDays: 30 },
      'pending',
      'awaiting_report',
    ],
    [
      'none, past a caller-set deadline',
      [],
      '2020-04-13',
      { reportBackDays: 30 },
      'overdue',
      'deadline_passed',
    ],
  ])('%s: %s', (_, reportsBack, asOf, deadlines, status, reason) => {
    const reports = reportsBack.map((r) =>
      Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)),
    );
    const result = judged(
      assessCompliance(TRIP(), records({ reportsBack: reports }), { asOf, deadlines }),
      'board_report_back',
    );
    expect([result.status, result.reason]).toEqual([status, reason]);
    expect(explain(result).sv).toMatch(/^Återrapportering till kommunstyrelsen: \S.* — \S.*\.$/);
    expect(explain(result).en).toMatch(/^Report-back to the executive board: \S.* — \S.*\.$/);
  });

  it('names what an incomplete report lacks', () => {
    const { result: _, ...withoutResult } = report('2020-04-01');
    const result = judged(
      assessCompliance(TRIP(), records({ reportsBack: [withoutResult] }), { asOf: '2020-06-01' }),
      'board_report_back',
    );
    expect(result.missing).toEqual(['result']);
    expect(explain(result).sv).toBe(
      'Återrapportering till kommunstyrelsen: väntar — rapporten 2020-04-01 (KS § 40) saknar: resultat; policyn anger ingen tidsfrist.',
    );
  });

  it('a report submitted before the activity ended is not counted, whatever it states: the duty stays pending, and the answer says why', () => {
    // The report of 2021-04-01 is for a trip departing 2021-05-10.
    const may = trip({
      departureDate: '2021-05-10',
      returnDate: '2021-05-12',
      plannedCosts: [sekItem('12 000')],
    });
    const result = judged(
      assessCompliance(
        may,
        records({ reportsBack: [report('2021-04-01', { reference: 'KS § 77' })] }),
        { asOf: '2021-06-01' },
      ),
      'board_report_back',
    );
    expect([result.status, result.reason]).toEqual(['pending', 'report_before_end']);
    expect(result.evidence).toMatchObject({ submittedOn: '2021-04-01' });
    expect(explain(result)).toEqual({
      sv: 'Återrapportering till kommunstyrelsen: väntar — rapporten 2021-04-01 (KS § 77) räknas inte: den lämnades före aktivitetens sista dag 2021-05-12 och kan inte redovisa vad som hände; en rapport lämnad 2021-05-12 eller senare krävs; policyn anger ingen tidsfrist.',
      en: "Report-back to the executive board: pending — the report of 2021-04-01 (KS § 77) is not counted: it was submitted before the activity's last day, 2021-05-12, and cannot report on what happened; a report submitted on or after 2021-05-12 is needed; the policy sets no deadline.",
    });
  });

  it('an incomplete report before its deadline says what is missing and by when', () => {
    const { result: _, ...withoutResult } = report('2020-04-01');
    const result = judged(
      assessCompliance(TRIP(), records({ reportsBack: [withoutResult] }), {
        asOf: '2020-04-05',
        deadlines: { reportBackDays: 30 },
      }),
      'board_report_back',
    );
    expect(result).toMatchObject({
      status: 'pending',
      reason: 'report_incomplete',
      missing: ['result'],
      deadline: '2020-04-12',
    });
    expect(explain(result).en).toBe(
      'Report-back to the executive board: pending — the report of 2020-04-01 (KS § 40) does not state: result; due by 2020-04-12.',
    );
  });

  it('judges the account to the council against its own records and deadline', () => {
    const compliance = assessCompliance(TRIP(), records({ reportsBack: [report('2020-04-01')] }), {
      asOf: '2021-03-14',
      deadlines: { councilAccountDays: 365 },
    });
    expect(judged(compliance, 'council_account')).toMatchObject({
      status: 'overdue',
      deadline: '2021-03-13',
    });
    expect(explain(judged(compliance, 'council_account')).en).toBe(
      'Account to the municipal council: overdue — not reported by the deadline 2021-03-13.',
    );
  });
});

describe('assessCompliance: planning and the whole (intro.planning, aims.purpose, aims.goals)', () => {
  it('planning is fulfilled when purpose, goals and expected benefit are stated', () => {
    expect(judged(assessCompliance(TRIP(), {}, { asOf: '2020-01-01' }), 'planning').status).toBe(
      'fulfilled',
    );
  });

  it('missing planning is pending before the start and violated after it', () => {
    const { goal: _, ...withoutGoal } = SAMPLE_TRIP;
    const unplanned = parsed({ ...withoutGoal, plannedCosts: [sekItem('1')] });
    expect(
      judged(assessCompliance(unplanned, {}, { asOf: '2020-03-01' }), 'planning'),
    ).toMatchObject({
      status: 'pending',
      missing: ['goal'],
    });
    expect(
      explain(judged(assessCompliance(unplanned, {}, { asOf: '2020-03-10' }), 'planning')),
    ).toEqual({
      sv: 'Planering: inte uppfyllt — ska anges före 2020-03-10: mål.',
      en: 'Planning: not fulfilled — to be stated before 2020-03-10: goal.',
    });
  });

  it("an activity's own goal in words fulfils planning; links to the policy's goals are optional", () => {
    const { policyGoals: _, ...unlinked } = SAMPLE_TRIP;
    const ownGoalOnly = parsed({ ...unlinked, goal: 'Two school visits agreed for 2021' });
    expect(
      judged(assessCompliance(ownGoalOnly, {}, { asOf: '2020-03-01' }), 'planning').status,
    ).toBe('fulfilled');
  });

  it('links to the policy goals alone do not state the activity its own goal', () => {
    const { goal: _, ...linkedOnly } = SAMPLE_TRIP;
    const result = judged(
      assessCompliance(
        parsed({ ...linkedOnly, policyGoals: ['nordic'] }),
        {},
        {
          asOf: '2020-03-01',
        },
      ),
      'planning',
    );
    expect(result).toMatchObject({ status: 'pending', missing: ['goal'] });
  });

  it('is compliant when nothing is violated or overdue, and ignores records about other activities', () => {
    const all = records({
      approvals: [approved('2020-03-01'), { ...approved('2020-03-20'), activity: 'other' }],
      reportsBack: [report('2020-04-01')],
      councilAccounts: [report('2020-12-01')],
    });
    const compliance = assessCompliance(TRIP(), all, { asOf: '2021-01-01' });
    expect(compliance.verdict).toBe('compliant');
    expect(compliance.results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect(compliance.asOf).toBe('2021-01-01');
    expect(compliance.results.map((r) => explain(r).en)).toEqual([
      'Planning: fulfilled — purpose, goal and expected benefit are stated.',
      'Approval by the executive board: fulfilled — approved on 2020-03-01 (KS § 12), on or before the departure on 2020-03-10.',
      'Report-back to the executive board: fulfilled — reported on 2020-04-01 (KS § 40) with purpose, goal and result.',
      'Account to the municipal council: fulfilled — reported on 2020-12-01 (KS § 40) with purpose, goal and result.',
    ]);
    expect(explain(compliance.results[0] as ObligationCompliance).sv).toBe(
      'Planering: uppfyllt — syfte, mål och förväntad nytta är angivna.',
    );
    expect(assessCompliance(TRIP(), {}, { asOf: '2021-01-01' }).verdict).toBe('not_compliant');
  });

  it('carries not applicable and undetermined through', () => {
    const cheap = trip({ plannedCosts: [sekItem('100')] });
    expect(
      judged(assessCompliance(cheap, {}, { asOf: '2021-01-01' }), 'board_report_back'),
    ).toMatchObject({
      status: 'not_applicable',
      reason: 'not_applicable',
    });
    const foreign = trip({
      plannedCosts: [{ label: 'Hotel', category: 'lodging', amount: '100', currency: 'EUR' }],
    });
    // Past a deadline, a report owed would be overdue; not owed, nothing is due: undetermined.
    const result = judged(
      assessCompliance(foreign, {}, { asOf: '2021-01-01', deadlines: { reportBackDays: 30 } }),
      'board_report_back',
    );
    expect(result).toMatchObject({ status: 'undetermined', reason: 'undetermined' });
    expect(explain(result).en).toContain(
      'cannot be determined — the costs cannot be converted to SEK',
    );
  });

  it('an undetermined duty that would be overdue if owed makes the verdict undetermined, never compliant (note 11)', () => {
    const all = records({
      approvals: [approved('2020-03-01')],
      councilAccounts: [report('2020-12-01')],
    });
    const unknownCost = trip({
      plannedCosts: [{ label: 'Hotel', category: 'lodging', amount: '100', currency: 'EUR' }],
    });
    const deadlines = { reportBackDays: 30 };
    const compliance = assessCompliance(unknownCost, all, { asOf: '2021-01-01', deadlines });
    expect(compliance.results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'undetermined',
      'fulfilled',
    ]);
    expect(compliance.verdict).toBe('undetermined');
    const { plannedCosts: _, ...withoutCosts } = SAMPLE_TRIP;
    const noCosts = assessCompliance(parsed(withoutCosts), all, { asOf: '2021-01-01', deadlines });
    expect(noCosts.verdict).toBe('undetermined');
  });

  it('a possible twin town leaves the verdict undetermined', () => {
    const compliance = assessCompliance(
      trip({ destinations: [{ place: 'Madison Heights', country: 'US' }] }),
      records({ councilAccounts: [report('2020-12-01')] }),
      { asOf: '2021-01-01' },
    );
    expect(judged(compliance, 'board_approval').status).toBe('undetermined');
    expect(compliance.verdict).toBe('undetermined');
  });

  it('a violation decides over an undetermined duty', () => {
    const unknownCost = trip({
      plannedCosts: [{ label: 'Hotel', category: 'lodging', amount: '100', currency: 'EUR' }],
    });
    expect(assessCompliance(unknownCost, {}, { asOf: '2021-01-01' }).verdict).toBe('not_compliant');
  });

  it('an activity on a day no policy version was in force is outside the policy: neither compliant nor undetermined (note 16)', () => {
    const early = trip({ departureDate: '2019-01-10', returnDate: '2019-01-12' });
    const compliance = assessCompliance(early, {}, { asOf: '2021-01-01' });
    expect(compliance.results).toEqual([]);
    expect(compliance.verdict).toBe('outside_policy');
  });

  it('a domestic activity owes nothing and is compliant', () => {
    const domestic = trip({ destinations: [{ place: 'Umeå', country: 'SE' }] });
    expect(assessCompliance(domestic, {}, { asOf: '2021-01-01' }).verdict).toBe('compliant');
  });

  it('refuses an impossible asOf with a PolicyError', () => {
    expect(() => assessCompliance(TRIP(), {}, { asOf: '2021-02-30' })).toThrow(PolicyError);
  });
});

describe('assessCompliance: exchanges and records without references', () => {
  it('judges the account for an exchange from its last day, and omits a missing reference', () => {
    const visit = parsed({
      ...SAMPLE_EXCHANGE,
      purpose: 'Welcome the delegation',
      goal: 'Agree on two school visits',
      policyGoals: ['nordic'],
      expectedBenefit: 'Contacts',
    });
    const due = assessCompliance(
      visit,
      {},
      { asOf: '2021-10-04', deadlines: { councilAccountDays: 30 } },
    );
    expect(judged(due, 'council_account')).toMatchObject({
      status: 'overdue',
      deadline: '2021-10-03',
    });
    expect(judged(due, 'board_approval').status).toBe('not_applicable');
    const accounted = assessCompliance(
      visit,
      records({
        councilAccounts: [
          {
            activity: 'X-1',
            submittedOn: '2021-09-20',
            purpose: 'P',
            goal: 'Agree on two school visits',
          },
        ],
      }),
      { asOf: '2021-10-04' },
    );
    expect(explain(judged(accounted, 'council_account')).en).toBe(
      'Account to the municipal council: pending — the report of 2021-09-20 does not state: result; the policy sets no deadline.',
    );
    expect(explain(judged(accounted, 'board_approval')).en).toBe(
      'Approval by the executive board: not applicable — the rule is about trips, and this is an exchange (incoming visit).',
    );
    // The facts are worded as a clause after "eftersom", as in the evaluation's own words.
    expect(explain(judged(accounted, 'board_approval')).sv).toBe(
      'Godkännande av kommunstyrelsen: gäller inte — eftersom regeln gäller resor, och detta är ett utbyte (inkommande besök).',
    );
  });

  it('counts no record about another activity', () => {
    const others = records({
      approvals: [{ ...approved('2020-03-01'), activity: 'other' }],
      reportsBack: [{ ...report('2020-04-01'), activity: 'other' }],
      councilAccounts: [{ ...report('2020-12-01'), activity: 'other' }],
    });
    const compliance = assessCompliance(TRIP(), others, { asOf: '2021-01-01' });
    expect(compliance.results.map((r) => [r.status, r.reason])).toEqual([
      ['fulfilled', 'planning_stated'],
      ['violated', 'no_approval'],
      ['pending', 'awaiting_report'],
      ['pending', 'awaiting_report'],
    ]);
  });

  it('is not compliant when a report is overdue, though nothing is violated', () => {
    const compliance = assessCompliance(TRIP(), records({ approvals: [approved('2020-03-01')] }), {
      asOf: '2021-01-01',
      deadlines: { reportBackDays: 30 },
    });
    expect(compliance.results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'overdue',
      'pending',
    ]);
    expect(compliance.verdict).toBe('not_compliant');
  });

  it('a report awaited within a caller-set deadline carries that deadline', () => {
    const result = judged(
      assessCompliance(TRIP(), {}, { asOf: '2020-04-01', deadlines: { reportBackDays: 30 } }),
      'board_report_back',
    );
    expect([result.status, result.reason, result.deadline]).toEqual([
      'pending',
      'awaiting_report',
      '2020-04-12',
    ]);
  });

  it('leaves out evidence, what is missing and the deadline when there are none', () => {
    const compliance = assessCompliance(TRIP(), {}, { asOf: '2020-04-01' });
    const [planning, , reportBack] = compliance.results;
    for (const key of ['evidence', 'missing', 'deadline'])
      expect(Object.keys(planning ?? {})).not.toContain(key);
    expect(Object.keys(reportBack ?? {})).not.toContain('deadline');
  });

  it('of decisions on the same day, the last recorded is the board’s latest word and the evidence', () => {
    const sameDay = records({
      approvals: [
        { ...approved('2020-03-05'), reference: 'KS § 1' },
        { ...approved('2020-03-05'), reference: 'KS § 2' },
        { ...approved('2020-03-05'), reference: 'KS § 3' },
      ],
    });
    const result = judged(
      assessCompliance(TRIP(), sameDay, { asOf: '2020-06-01' }),
      'board_approval',
    );
    expect(result.evidence).toMatchObject({ reference: 'KS § 3' });
  });

  it('orders approvals decided on the same day stably', () => {
    const twice = records({
      approvals: [approved('2020-03-05', 'rejected'), approved('2020-03-05')],
    });
    expect(
      judged(assessCompliance(TRIP(), twice, { asOf: '2020-06-01' }), 'board_approval').status,
    ).toBe('fulfilled');
  });
});

describe('assessCompliance: the evidence chosen does not depend on the order of the records', () => {
  it('of several decisions before departure, the latest is the evidence, in any order', () => {
    const decisions = [
      approved('2020-03-08'),
      approved('2020-03-01', 'rejected'),
      approved('2020-03-03'),
      approved('2020-03-05'),
    ];
    for (const approvals of [
      decisions,
      [...decisions].reverse(),
      [decisions[2], decisions[0], decisions[3], decisions[1]],
    ]) {
      const result = judged(
        assessCompliance(TRIP(), records({ approvals }), { asOf: '2020-06-01' }),
        'board_approval',
      );
      expect([result.status, result.reason]).toEqual(['fulfilled', 'approved_in_time']);
      expect(result.evidence).toMatchObject({ decidedOn: '2020-03-08', decision: 'approved' });
      expect(result.conflicting).toMatchObject([{ decidedOn: '2020-03-01', decision: 'rejected' }]);
    }
  });

  it('of several late approvals, the earliest is the evidence; of rejections, the latest', () => {
    const late = [approved('2020-03-20'), approved('2020-03-12')];
    for (const approvals of [late, [...late].reverse()]) {
      const result = judged(
        assessCompliance(TRIP(), records({ approvals }), { asOf: '2020-06-01' }),
        'board_approval',
      );
      expect(result.evidence).toMatchObject({ decidedOn: '2020-03-12' });
    }
    const rejections = [approved('2020-03-02', 'rejected'), approved('2020-03-06', 'rejected')];
    for (const approvals of [rejections, [...rejections].reverse()]) {
      const result = judged(
        assessCompliance(TRIP(), records({ approvals }), { asOf: '2020-06-01' }),
        'board_approval',
      );
      expect([result.reason, result.evidence]).toMatchObject([
        'approval_rejected',
        { decidedOn: '2020-03-06' },
      ]);
    }
  });

  it('a report not yet due still carries the caller-set deadline', () => {
    const result = judged(
      assessCompliance(TRIP(), records({}), {
        asOf: '2020-03-12',
        deadlines: { reportBackDays: 30 },
      }),
      'board_report_back',
    );
    expect([result.status, result.reason, result.deadline]).toEqual([
      'pending',
      'not_yet_due',
      '2020-04-12',
    ]);
  });
});

describe('assessCompliance: how old a rate may be (maxRateAgeDays, interpretation note 2)', () => {
  const eurTrip = lazy(() =>
    trip({
      plannedCosts: [{ label: 'Hotel', category: 'lodging', amount: '1200.00', currency: 'EUR' }],
    }),
  );
  // ratesOf dates its rates 2020-01-02; the sample trip returns 2020-03-13 (the rate day), 71 days later.
  const rates = lazy(() => ratesOf({ EUR: '11.4523' }));

  it('passes the bound to the evaluation: a stale rate leaves the report-back undetermined', () => {
    // Past the deadline, so that a report owed is overdue and one not owed is not.
    const options = { asOf: '2020-06-30', rates: rates(), deadlines: { reportBackDays: 30 } };
    expect(judged(assessCompliance(eurTrip(), {}, options), 'board_report_back').status).toBe(
      'overdue',
    );
    const strict = assessCompliance(eurTrip(), {}, { ...options, maxRateAgeDays: 70 });
    expect(judged(strict, 'board_report_back').status).toBe('undetermined');
    const fresh = assessCompliance(eurTrip(), {}, { ...options, maxRateAgeDays: 71 });
    expect(judged(fresh, 'board_report_back').status).toBe('overdue');
  });

  it('refuses a maxRateAgeDays that is not a whole number of days, 0 or more, naming assessCompliance', () => {
    expect(() => assessCompliance(TRIP(), {}, { asOf: '2020-06-30', maxRateAgeDays: 1.5 })).toThrow(
      expect.objectContaining({
        code: 'invalid_argument',
        details: { function: 'assessCompliance' },
      }),
    );
  });
});

describe('assessCompliance: deadlines are checked as the audit checks them', () => {
  it('refuses a deadline that is not a whole number of days, naming assessCompliance', () => {
    const deadlines = { reportBackDays: -1 };
    expect(() => assessCompliance(TRIP(), {}, { asOf: '2020-06-30', deadlines })).toThrow(
      expect.objectContaining({
        code: 'invalid_argument',
        details: { function: 'assessCompliance' },
        message: expect.stringMatching(/^assessCompliance: deadlines\.reportBackDays/),
      }),
    );
  });
});

describe('assessCompliance: records that are no records are refused by its guard', () => {
  it.each([
    ['a record that is null', { approvals: [null] }],
    ['a record naming no activity', { reportsBack: [{ activity: 7 }] }],
    ['a list that is no list', { councilAccounts: 'none' }],
    [
      "an approval dated '0000-00-00'",
      {
        approvals: [
          { activity: '2020-03', decidedOn: '0000-00-00', reference: 'KS', decision: 'approved' },
        ],
      },
    ],
    [
      "a decision 'maybe'",
      {
        approvals: [
          { activity: '2020-03', decidedOn: '2020-01-01', reference: 'KS', decision: 'maybe' },
        ],
      },
    ],
    ['no object', 'records'],
  ])('%s', (_, records) => {
    const error = (() => {
      try {
        assessCompliance(trip(), records as never, { asOf: '2021-01-01' });
      } catch (caught) {
        return caught as PolicyError;
      }
      throw new Error('not refused');
    })();
    expect(error.code).toBe('invalid_argument');
    expect(error.messages.en).toMatch(
      /^assessCompliance: the records must be \{ approvals, reportsBack, councilAccounts \} (from parseRecords or parseRegister, not |as parseRecords takes them; )/,
    );
  });

  it('takes records of other activities, and lists left out', () => {
    expect(
      assessCompliance(trip(), { approvals: [], reportsBack: undefined } as never, {
        asOf: '2021-01-01',
      }).results,
    ).toHaveLength(4);
  });
});

/**
 * Issue 27, items 5 and 8 (compliance side): a report filed during the trip is no report yet, a
 * complete report after the caller's deadline is late but fulfils, and a duty whose every
 * completion is fulfilled (or not applicable) is fulfilled (interpretation notes 6 and 11).
 */
import { describe, expect, it } from 'vitest';
import {
  type ActivityRecords,
  assessCompliance,
  type Compliance,
  explain,
  parseRecords,
} from '../../src/index.js';
import { eurItem, sekItem, trip } from '../fixtures/build.js';

function records(input: Record<string, unknown>): ActivityRecords {
  const result = parseRecords(input);
  if (!result.success) throw new Error(result.issues.map((i) => i.messages.en).join('\n'));
  return result.data;
}
const judged = (compliance: Compliance, code: string) => {
  const result = compliance.results.find((r) => r.obligation.code === code);
  if (!result) throw new Error(code);
  return result;
};
const complete = (submittedOn: string, activity = '2020-03') => ({
  activity,
  submittedOn,
  reference: 'KS § 40',
  purpose: 'Prepare a school exchange',
  goal: 'Agree on two school visits',
  result: 'Exchange agreed',
});

/** A twin-town trip 2020-03-10…13 over the threshold, in SEK. */
const overThreshold = () => trip({ plannedCosts: [sekItem('12 000')] });

describe('item 5: a report filed during the trip is not a violation (board.reporting, note 6)', () => {
  it('a complete report dated the departure day of a trip still under way is pending, not violated, and says why it was not counted', () => {
    const compliance = assessCompliance(
      overThreshold(),
      records({
        approvals: [
          {
            activity: '2020-03',
            decidedOn: '2020-03-01',
            reference: 'KS § 12',
            decision: 'approved',
          },
        ],
        reportsBack: [complete('2020-03-10')],
      }),
      { asOf: '2020-03-11' },
    );
    const result = judged(compliance, 'board_report_back');
    expect([result.status, result.reason]).toEqual(['pending', 'report_before_end']);
    expect(result.evidence).toMatchObject({ submittedOn: '2020-03-10' });
    expect(compliance.verdict).toBe('compliant');
    expect(explain(result)).toEqual({
      sv: 'Återrapportering till kommunstyrelsen: väntar — rapporten 2020-03-10 (KS § 40) räknas inte: den lämnades före aktivitetens sista dag 2020-03-13 och kan inte redovisa vad som hände; en rapport lämnad 2020-03-13 eller senare krävs; policyn anger ingen tidsfrist.',
      en: "Report-back to the executive board: pending — the report of 2020-03-10 (KS § 40) is not counted: it was submitted before the activity's last day, 2020-03-13, and cannot report on what happened; a report submitted on or after 2020-03-13 is needed; the policy sets no deadline.",
    });
  });

  it('the same early report, past the caller’s deadline with no report since, is overdue with its deadline', () => {
    const result = judged(
      assessCompliance(overThreshold(), records({ reportsBack: [complete('2020-03-10')] }), {
        asOf: '2020-04-13',
        deadlines: { reportBackDays: 30 },
      }),
      'board_report_back',
    );
    expect([result.status, result.reason, result.deadline]).toEqual([
      'overdue',
      'report_before_end',
      '2020-04-12',
    ]);
    expect(explain(result).en).toMatch(/is not counted: .*; due by 2020-04-12\.$/);
    expect(explain(result).sv).toMatch(/räknas inte: .*; senast 2020-04-12\.$/);
  });

  it('a complete report after the caller’s deadline is fulfilled and marked late', () => {
    const result = judged(
      assessCompliance(overThreshold(), records({ reportsBack: [complete('2020-05-01')] }), {
        asOf: '2020-06-01',
        deadlines: { reportBackDays: 30 },
      }),
      'board_report_back',
    );
    expect(result).toMatchObject({
      status: 'fulfilled',
      reason: 'report_complete',
      deadline: '2020-04-12',
      late: true,
    });
    expect(explain(result)).toEqual({
      sv: 'Återrapportering till kommunstyrelsen: uppfyllt — rapporterat 2020-05-01 (KS § 40) med syfte, mål och resultat, efter tidsfristen 2020-04-12 (sent).',
      en: 'Report-back to the executive board: fulfilled — reported on 2020-05-01 (KS § 40) with purpose, goal and result, after the deadline 2020-04-12 (late).',
    });
  });

  it('a complete report on the deadline day is not late, and neither is one with no deadline set', () => {
    const onTime = judged(
      assessCompliance(overThreshold(), records({ reportsBack: [complete('2020-04-12')] }), {
        asOf: '2020-06-01',
        deadlines: { reportBackDays: 30 },
      }),
      'board_report_back',
    );
    expect(onTime.status).toBe('fulfilled');
    expect(Object.keys(onTime)).not.toContain('late');
    const noDeadline = judged(
      assessCompliance(overThreshold(), records({ reportsBack: [complete('2025-01-01')] }), {
        asOf: '2025-06-01',
      }),
      'board_report_back',
    );
    expect(Object.keys(noDeadline)).not.toContain('late');
  });

  it('of a late and an in-time complete report, the one in time decides: not late', () => {
    const result = judged(
      assessCompliance(
        overThreshold(),
        records({ reportsBack: [complete('2020-05-01'), complete('2020-04-01')] }),
        { asOf: '2020-06-01', deadlines: { reportBackDays: 30 } },
      ),
      'board_report_back',
    );
    expect(result.evidence).toMatchObject({ submittedOn: '2020-04-01' });
    expect(Object.keys(result)).not.toContain('late');
  });
});

describe('item 8: decide what every completion decides (board.approval, board.reporting, note 11)', () => {
  const possible = () =>
    trip({
      destinations: [{ place: 'Madison Heights', country: 'US' }],
      plannedCosts: [sekItem('100')],
    });
  const approvedOn = (decidedOn: string) => ({
    activity: '2020-03',
    decidedOn,
    reference: 'KS § 12',
    decision: 'approved',
  });

  it('an approval recorded in time for a possible twin town fulfils the duty either way', () => {
    const compliance = assessCompliance(
      possible(),
      records({ approvals: [approvedOn('2020-03-01')], councilAccounts: [complete('2020-12-01')] }),
      { asOf: '2021-01-01' },
    );
    const result = judged(compliance, 'board_approval');
    expect(result.obligation.status).toBe('undetermined');
    expect([result.status, result.reason]).toEqual(['fulfilled', 'approved_in_time']);
    expect(compliance.verdict).toBe('compliant');
    expect(explain(result).en).toMatch(
      /^Approval by the executive board: fulfilled — approved on 2020-03-01 \(KS § 12\), on or before the departure on 2020-03-10; this fulfils the duty whether or not it applies \(.*Madison Heights.*\)\.$/,
    );
    expect(explain(result).sv).toMatch(
      /; det uppfyller skyldigheten vare sig den gäller eller inte \(.*Madison Heights.*\)\.$/,
    );
  });

  it('a retroactive approval for a possible twin town stays undetermined: owed, it is violated; not owed, nothing is', () => {
    const compliance = assessCompliance(
      possible(),
      records({ approvals: [approvedOn('2020-03-20')], councilAccounts: [complete('2020-12-01')] }),
      { asOf: '2021-01-01' },
    );
    expect(judged(compliance, 'board_approval')).toMatchObject({
      status: 'undetermined',
      reason: 'undetermined',
    });
    expect(compliance.verdict).toBe('undetermined');
  });

  it('a possible twin town before departure, with no approval yet, is pending either way, and says the duty may not apply', () => {
    const result = judged(
      assessCompliance(possible(), {}, { asOf: '2020-03-01' }),
      'board_approval',
    );
    expect([result.status, result.reason]).toEqual(['pending', 'awaiting_approval']);
    expect(explain(result).en).toMatch(
      /; whether the duty applies cannot be determined yet \(.*Madison Heights.*\)\.$/,
    );
    expect(explain(result).sv).toMatch(/; om skyldigheten gäller kan inte avgöras ännu \(.*\)\.$/);
  });

  it('a missing rate with a complete report filed is fulfilled: owed or not, a complete report satisfies it', () => {
    const unknownCost = trip({ plannedCosts: [eurItem('100')] });
    const compliance = assessCompliance(
      unknownCost,
      records({
        approvals: [approvedOn('2020-03-01')],
        reportsBack: [complete('2020-04-01')],
        councilAccounts: [complete('2020-12-01')],
      }),
      { asOf: '2021-01-01', deadlines: { reportBackDays: 30 } },
    );
    const result = judged(compliance, 'board_report_back');
    expect(result.obligation.status).toBe('undetermined');
    expect([result.status, result.reason]).toEqual(['fulfilled', 'report_complete']);
    expect(compliance.verdict).toBe('compliant');
  });

  it('a missing rate with no report, past the deadline, stays undetermined: owed, it is overdue', () => {
    const unknownCost = trip({ plannedCosts: [eurItem('100')] });
    const compliance = assessCompliance(
      unknownCost,
      records({ approvals: [approvedOn('2020-03-01')], councilAccounts: [complete('2020-12-01')] }),
      { asOf: '2021-01-01', deadlines: { reportBackDays: 30 } },
    );
    expect(judged(compliance, 'board_report_back').status).toBe('undetermined');
    expect(compliance.verdict).toBe('undetermined');
  });
});

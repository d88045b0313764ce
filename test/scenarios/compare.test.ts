/**
 * compareDraft: what a draft of the next version would change — every activity judged on a day under
 * the versions in force and under the draft as if it had been in force on its dates; the changes
 * with both results, and the totals a politician asks for.
 */
import { describe, expect, it } from 'vitest';
import SAMPLE from '../../examples/sample-register.json' with { type: 'json' };
import {
  type ActivityChange,
  audit,
  compareDraft,
  compareDraftStream,
  POLICY_2019_2022,
  PolicyError,
  type PolicyVersion,
  parsePolicy,
  parseRegister,
  toPolicyDefinition,
} from '../../src/index.js';
import { thrownBy } from '../support/thrown.js';

/** The built-in version with another report-back threshold, as a draft. */
function withThreshold(amount: string): PolicyVersion {
  const result = parsePolicy({
    ...toPolicyDefinition(POLICY_2019_2022),
    id: `draft-${amount.replace(/\D/g, '')}`,
    reportBackThreshold: { amount, currency: 'SEK' },
  });
  if (!result.success) throw new Error(result.issues[0]?.messages.en);
  return result.data;
}

const asOf = '2023-03-31';

describe('compareDraft', () => {
  it('changes nothing for a draft that says what the version in force says, but for the activities outside it', () => {
    const comparison = compareDraft(SAMPLE, { draft: withThreshold('10 000,00'), asOf });
    // The one activity before the policy was adopted is judged under the draft as if in force then.
    expect(comparison.activities.map((a) => [a.id, a.verdict.from])).toEqual([
      ['2019-07', 'outside_policy'],
    ]);
    expect(comparison.judged).toBe(SAMPLE.activities.length);
    expect(comparison.changed).toBe(1);
  });

  it('a higher threshold: the trips between the two no longer owe a report-back (10 000,01 kr among them)', () => {
    const comparison = compareDraft(SAMPLE, { draft: withThreshold('15 000,00'), asOf });
    const reports = comparison.duties.find((d) => d.code === 'board_report_back');
    expect(reports).toMatchObject({ nowOwed: 0, noLongerOwed: 3 });
    const change = comparison.activities.find((a) => a.id === '2022-03') as ActivityChange;
    expect(change.duties).toHaveLength(1);
    const [duty] = change.duties;
    expect(duty?.code).toBe('board_report_back');
    expect(duty?.from).toEqual({ owed: 'owed', status: 'pending' });
    expect(duty?.to).toEqual({ owed: 'not_applicable', status: 'not_applicable' });
    // What decided, before and after: the cost against each threshold.
    expect(duty?.before?.obligation.condition.value).toBe('true');
    expect(duty?.after?.obligation.condition.value).toBe('false');
  });

  it('counts what each side owes, as an audit of the register counts it today', () => {
    const comparison = compareDraft(SAMPLE, { draft: withThreshold('15 000,00'), asOf });
    const report = audit(SAMPLE, { asOf });
    expect(comparison.judged).toBe(report.activities.length);
    expect(comparison.verdicts.before).toEqual({
      ...report.verdicts,
      outside_policy: report.outsidePolicy.length,
    });
    for (const total of comparison.duties)
      expect(total.owedAfter - total.owedBefore).toBe(total.nowOwed - total.noLongerOwed);
  });

  it('gives the same totals from a stream, each change handed on and none kept', async () => {
    const draft = withThreshold('15 000,00');
    const whole = compareDraft(SAMPLE, { draft, asOf });
    const { activities, ...records } = SAMPLE;
    const handed: ActivityChange[] = [];
    const streamed = await compareDraftStream(
      { records: { ...records, activities: [] }, activities },
      { draft, asOf, onChange: (change) => void handed.push(change) },
    );
    expect(handed).toEqual(whole.activities);
    expect(streamed.activities).toEqual([]);
    expect({ ...streamed, activities: whole.activities }).toEqual(whole);
  });

  it('is frozen, and reads a register with a record it cannot use as an audit does', () => {
    const broken = { ...SAMPLE, approvals: [...SAMPLE.approvals, { activity: 'nowhere' }] };
    const comparison = compareDraft(broken, { draft: withThreshold('15 000,00'), asOf });
    expect(Object.isFrozen(comparison)).toBe(true);
    expect(Object.isFrozen(comparison.activities[0])).toBe(true);
    expect(comparison.invalid.map((record) => record.list)).toEqual(['approvals']);
    expect(compareDraft(null, { draft: POLICY_2019_2022, asOf })).toMatchObject({
      judged: 0,
      invalid: [{ list: 'register' }],
    });
  });

  it('takes a parsed register, the draft among the versions, and an audit’s options', async () => {
    const parsed = parseRegister(SAMPLE);
    if (!parsed.success) throw new Error('the sample register parses');
    const draft = withThreshold('15 000,00');
    const options = {
      draft,
      asOf,
      deadlines: { reportBackDays: 30 },
      maxRateAgeDays: 400,
      meetingDays: { board: ['2021-05-03'] },
      rates: { rates: [] },
    };
    const fromParsed = compareDraft(parsed.data, options);
    expect(fromParsed).toEqual(compareDraft(SAMPLE, options));
    const alongside = compareDraft(SAMPLE, { ...options, policies: [POLICY_2019_2022, draft] });
    expect(alongside.judged).toBe(fromParsed.judged);
    // A stream whose document is no register compares nothing and says why.
    const none = await compareDraftStream({ records: null, activities: [] }, { draft, asOf });
    expect(none).toMatchObject({ judged: 0, invalid: [{ list: 'register' }] });
    const { activities, ...records } = SAMPLE;
    const quiet = await compareDraftStream(
      { records: { ...records, activities: [] }, activities },
      { draft, asOf },
    );
    expect(quiet.changed).toBe(compareDraft(SAMPLE, { draft, asOf }).changed);
  });

  it('refuses a draft the library did not make, and options it does not read', async () => {
    for (const options of [
      { draft: toPolicyDefinition(POLICY_2019_2022), asOf },
      { draft: POLICY_2019_2022, asOf, period: '2019-2022' },
      { draft: POLICY_2019_2022, asOf: '2023-02-30' },
    ]) {
      const error = thrownBy(() => compareDraft(SAMPLE, options as never));
      expect(error).toBeInstanceOf(PolicyError);
    }
    const { activities, ...records } = SAMPLE;
    await expect(
      compareDraftStream(
        { records: { ...records, activities: [] }, activities },
        { draft: POLICY_2019_2022, asOf, onChange: 'log' as never },
      ),
    ).rejects.toMatchObject({ code: 'invalid_argument' });
  });
});

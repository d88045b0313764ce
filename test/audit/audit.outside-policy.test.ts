/**
 * Issue 27, item 9: outside the policy is its own answer (interpretation note 16). An activity on a
 * day no policy version was in force is not among the audit's verdicts, does not turn the
 * register's verdict, and is listed in `outsidePolicy`, as the account lists it.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { audit, auditStream, auditToCsv } from '../../src/index.js';
import { isoDateBetween } from '../arbitraries/dates.js';
import { bareTripInput } from '../fixtures/build.js';

/** A trip that states its purpose, goal, benefit and a budget: fully planned. */
const bareTrip = (id: string, day: string) =>
  bareTripInput(id, day, {
    purpose: 'P',
    goal: 'G',
    expectedBenefit: 'B',
    plannedCosts: [{ label: 'x', category: 'other', amount: '100', currency: 'SEK' }],
  });

describe('audit: activities outside the policy (note 16)', () => {
  it('a register holding only a trip from before 2019-11-25 is compliant: the trip is listed in outsidePolicy, not in verdicts', () => {
    const report = audit(
      { format: 1, activities: [bareTrip('2019-07', '2019-07-01')] },
      { asOf: '2019-10-01' },
    );
    expect(report.verdicts).toEqual({ not_compliant: 0, undetermined: 0, compliant: 0 });
    expect(report.outsidePolicy).toEqual(['2019-07']);
    expect(report.outcomes.no_policy_in_force).toBe(1);
    expect(report.verdict).toBe('compliant');
    expect(report.activities.map((row) => [row.id, row.verdict])).toEqual([
      ['2019-07', 'outside_policy'],
    ]);
    // The CSV lists findings only: none.
    expect(auditToCsv(report, 'en').split('\r\n')).toHaveLength(2);
  });

  it('the streamed audit gives the same outsidePolicy and verdict', async () => {
    const activities = [bareTrip('2019-07', '2019-07-01'), bareTrip('2020-05', '2020-05-04')];
    const rows: string[] = [];
    const streamed = await auditStream(
      { records: { format: 1, activities: [] }, activities },
      { asOf: '2019-10-01', onActivity: (row) => void rows.push(`${row.id}:${row.verdict}`) },
    );
    const whole = audit({ format: 1, activities }, { asOf: '2019-10-01' });
    expect(streamed.outsidePolicy).toEqual(whole.outsidePolicy);
    expect(streamed.verdict).toBe(whole.verdict);
    expect(rows[0]).toBe('2019-07:outside_policy');
  });

  test.prop([fc.array(isoDateBetween('2015-01-01', '2019-11-24'), { maxLength: 5 })])(
    'activities outside the policy never change the register’s verdict nor its verdict counts',
    (days) => {
      const inside = [bareTrip('in', '2020-05-04')];
      const outside = days.map((day, i) => bareTrip(`out-${i}`, day));
      const without = audit({ format: 1, activities: inside }, { asOf: '2021-01-01' });
      const withThem = audit(
        { format: 1, activities: [...outside, ...inside] },
        { asOf: '2021-01-01' },
      );
      expect(withThem.verdict).toBe(without.verdict);
      expect(withThem.verdicts).toEqual(without.verdicts);
      expect(withThem.outsidePolicy).toEqual(outside.map((activity) => activity['id']));
    },
  );
});

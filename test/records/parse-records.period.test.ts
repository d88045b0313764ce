/**
 * Issue 27, item 6: records belong to their period (interpretation note 7). An evaluation or a
 * continuation decision dated before the mandate period it names cannot count for it, whatever its
 * label: it is refused with an issue at its date, in Swedish and English.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { audit, parseRecords, parseRegister } from '../../src/index.js';
import { isoDateBetween } from '../arbitraries/dates.js';
import { SAMPLE_RECORDS, SAMPLE_REGISTER } from '../fixtures/samples.js';

const evaluation = (evaluatedOn: string, mandatePeriod = '2019–2022') => ({
  agreement: 'poltsamaa',
  mandatePeriod,
  evaluatedOn,
  active: true,
  benefit: { municipality: true, associations: false, businesses: false },
});
const decision = (decidedOn: string, mandatePeriod = '2019-2022') => ({
  mandatePeriod,
  decidedOn,
  reference: 'KF § 3',
  continuing: ['poltsamaa'],
});
const issuesOf = (input: Record<string, unknown>) => {
  const result = parseRecords({ ...SAMPLE_RECORDS, ...input });
  return result.success ? [] : result.issues;
};

describe('records dated before their period are refused (twinTowns.agreements, council.agreements, note 7)', () => {
  it('an evaluation dated 2018-06-01 but labelled 2019–2022 is refused at its date, in both languages', () => {
    const found = issuesOf({ evaluations: [evaluation('2018-06-01')] });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'dated_before_period',
      path: ['evaluations', 0, 'evaluatedOn'],
      values: { date: '2018-06-01', period: '2019–2022', firstDay: '2019-01-01' },
      messages: {
        sv: 'evaluations[0].evaluatedOn: 2018-06-01 ligger före mandatperioden 2019–2022, som börjar 2019-01-01; en utvärdering eller ett beslut räknas bara för den period det är daterat i.',
        en: 'evaluations[0].evaluatedOn: 2018-06-01 is before the mandate period 2019–2022, which begins on 2019-01-01; an evaluation or decision counts only for the period it is dated in.',
      },
    });
  });

  it('a continuation decision dated 2018-06-01 but labelled 2019-2022 is refused at its date', () => {
    const found = issuesOf({ continuationDecisions: [decision('2018-06-01')] });
    expect(found.map((each) => [each.code, each.path])).toEqual([
      ['dated_before_period', ['continuationDecisions', 0, 'decidedOn']],
    ]);
  });

  it('a record dated on the first day of its period, or later, is accepted', () => {
    expect(
      issuesOf({
        evaluations: [evaluation('2019-01-01'), evaluation('2023-02-01')],
        continuationDecisions: [decision('2019-01-01')],
      }),
    ).toEqual([]);
  });

  it('a register refuses it too, at its place in the register', () => {
    const result = parseRegister({ ...SAMPLE_REGISTER, evaluations: [evaluation('2018-06-01')] });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues.map((each) => [each.code, each.path])).toEqual([
        ['dated_before_period', ['evaluations', 0, 'evaluatedOn']],
      ]);
  });

  it('an audit of the document sets the record aside, so the agreement is not counted as evaluated in time', () => {
    const report = audit(
      { ...SAMPLE_REGISTER, evaluations: [evaluation('2018-06-01')] },
      { asOf: '2023-03-31', period: '2019-2022' },
    );
    expect(report.invalid).toMatchObject([
      { list: 'evaluations', index: 0, issues: [{ code: 'dated_before_period' }] },
    ]);
    const poltsamaa = report.agreements[0]?.agreements.find(
      (standing) => standing.agreement.id === 'poltsamaa',
    );
    expect(poltsamaa?.evaluation.reason).not.toBe('evaluated_in_time');
    expect(poltsamaa?.evaluation.status).not.toBe('fulfilled');
  });

  test.prop([isoDateBetween('1995-01-01', '2030-12-31')])(
    'an evaluation or decision is refused as dated before its period exactly when it is dated before the period’s first day',
    (date) => {
      const found = issuesOf({
        evaluations: [evaluation(date)],
        continuationDecisions: [decision(date)],
      }).filter((each) => each.code === 'dated_before_period');
      const before = date < '2019-01-01';
      expect(found.map((each) => each.path)).toEqual(
        before
          ? [
              ['evaluations', 0, 'evaluatedOn'],
              ['continuationDecisions', 0, 'decidedOn'],
            ]
          : [],
      );
    },
  );

  test.prop([
    fc.constantFrom('2015-2018', '2019–2022', '2023-2026'),
    isoDateBetween('2014-06-01', '2027-06-01'),
  ])(
    'for any period, a record dated before the board term it names is refused, one dated inside or after it is not',
    (period, date) => {
      const first = `${period.slice(0, 4)}-01-01`;
      const found = issuesOf({ evaluations: [evaluation(date, period)] });
      expect(found.some((each) => each.code === 'dated_before_period')).toBe(date < first);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { parseRecords } from '../../src/index.js';
import { SAMPLE_RECORDS } from '../fixtures/samples.js';

function issues(input: unknown) {
  const result = parseRecords(input);
  return result.success ? [] : result.issues;
}

describe('parseRecords', () => {
  it('accepts every kind of record and writes mandate periods with an en dash', () => {
    const result = parseRecords(SAMPLE_RECORDS);
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.evaluations[0]?.mandatePeriod).toBe('2019–2022');
      expect(result.data.approvals).toHaveLength(1);
      expect(Object.isFrozen(result.data.evaluations[0]?.benefit)).toBe(true);
    }
  });

  it('reads absent lists as empty', () => {
    expect(parseRecords({})).toEqual({
      success: true,
      data: {
        approvals: [],
        reportsBack: [],
        councilAccounts: [],
        agreements: [],
        evaluations: [],
        continuationDecisions: [],
      },
    });
  });

  it.each([
    ['2019–2023', false],
    ['2018-2021', false],
    ['2019/2022', false],
    ['1991-1994', false],
    ['2023–2026', true],
    ['1995-1998', true],
  ])('mandate period %s is valid: %s', (label, valid) => {
    const found = issues({
      ...SAMPLE_RECORDS,
      evaluations: [{ ...SAMPLE_RECORDS.evaluations[0], mandatePeriod: label }],
    });
    expect(found.some((i) => i.code === 'invalid_period')).toBe(!valid);
  });

  it('reports unknown agreements and duplicate agreement ids', () => {
    const found = issues({
      ...SAMPLE_RECORDS,
      agreements: [...SAMPLE_RECORDS.agreements, { id: 'madison', twinTown: 'madison' }],
      evaluations: [{ ...SAMPLE_RECORDS.evaluations[0], agreement: 'esashi' }],
      continuationDecisions: [
        { ...SAMPLE_RECORDS.continuationDecisions[0], continuing: ['nykarleby'] },
      ],
    });
    expect(found.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['duplicate_id', 'agreements.2.id'],
      ['unknown_agreement', 'evaluations.0.agreement'],
      ['unknown_agreement', 'continuationDecisions.0.continuing.0'],
    ]);
    expect(found[1]?.messages.sv).toBe(
      'evaluations[0].agreement: vänortsavtalet "esashi" finns inte i registret.',
    );
  });

  it('reports an agreement terminated before it was signed', () => {
    const found = issues({
      agreements: [
        { id: 'a', twinTown: 'esashi', signedOn: '2000-01-01', terminatedOn: '1999-01-01' },
      ],
    });
    expect(found[0]).toMatchObject({
      code: 'end_before_start',
      path: ['agreements', 0, 'terminatedOn'],
    });
  });

  it('reports a decision that is neither approved nor rejected', () => {
    const found = issues({
      approvals: [{ ...SAMPLE_RECORDS.approvals[0], decision: 'postponed' }],
    });
    expect(found[0]).toMatchObject({
      code: 'invalid_value',
      values: { allowed: ['approved', 'rejected'] },
    });
  });
});

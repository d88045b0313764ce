import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseRegister, toRegisterInput } from '../../src/index.js';
import { activityInput } from '../arbitraries/activities.js';
import { SAMPLE_RECORDS, SAMPLE_REGISTER, SAMPLE_TRIP } from '../fixtures/samples.js';

function issues(input: unknown) {
  const result = parseRegister(input);
  return result.success ? [] : result.issues;
}

describe('parseRegister', () => {
  it('accepts a register with activities, records and rates', () => {
    const result = parseRegister(SAMPLE_REGISTER);
    expect(result.success ? [] : result.issues.map((i) => i.messages.en)).toEqual([]);
  });

  it.each([
    [{ activities: [] }, 'required', 'format: saknas; ange "1".'],
    [
      { format: 2, activities: [] },
      'unsupported_format',
      'format: formatversion 2 stöds inte; stödda versioner: 1.',
    ],
    [
      { format: '1', activities: [] },
      'unsupported_format',
      'format: formatversion "1" stöds inte; stödda versioner: 1.',
    ],
  ])('checks the format version: %j', (input, code, sv) => {
    expect(issues(input)[0]).toMatchObject({ code, path: ['format'], messages: { sv } });
  });

  it('refuses duplicate activity ids and records for activities that are not there', () => {
    const found = issues({
      ...SAMPLE_REGISTER,
      activities: [SAMPLE_TRIP, SAMPLE_TRIP],
      approvals: [{ ...SAMPLE_RECORDS.approvals[0], activity: '2019-99' }],
    });
    expect(found.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['duplicate_id', 'activities.1.id'],
      ['unknown_activity', 'approvals.0.activity'],
    ]);
    expect(found[0]?.messages.en).toBe(
      'activities[1].id: the id "2020-03" is already used (activities[0]); every id must be unique.',
    );
  });

  it('reports issues inside activities with their full path', () => {
    const found = issues({
      ...SAMPLE_REGISTER,
      activities: [{ ...SAMPLE_TRIP, departureDate: '2020-02-31' }],
    });
    expect(found[0]?.messages.en).toMatch(
      /^activities\[0\]\.departureDate: "2020-02-31" is not a valid date/,
    );
  });

  test.prop([fc.uniqueArray(activityInput, { maxLength: 5, selector: (a) => a.id })])(
    'serialise → parse is the identity',
    (activities) => {
      const first = parseRegister({
        ...SAMPLE_REGISTER,
        activities,
        approvals: [],
        reportsBack: [],
        councilAccounts: [],
      });
      if (!first.success) throw new Error(JSON.stringify(first.issues));
      expect(parseRegister(toRegisterInput(first.data))).toEqual(first);
    },
  );
});

/**
 * Issue 27, item 8: decide what every completion decides (interpretation note 11, Kleene logic).
 * For generated trips with one fact removed — whether a place is the twin town, or the rate of a
 * foreign cost — whenever every completion of the fact gives the same verdict, the library gives it.
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { type ActivityRecords, assessCompliance, parseRecords } from '../../src/index.js';
import { isoDateBetween } from '../arbitraries/dates.js';
import { eurItem, ratesOf, sekItem, trip } from '../fixtures/build.js';
import { BOUNDARY } from '../support/runs.js';

const FULL = { purpose: 'P', goal: 'G', result: 'R' };
const recordsArb = fc
  .record({
    approval: fc.option(fc.tuple(isoDateBetween('2020-02-01', '2020-03-20'), fc.boolean())),
    reportBack: fc.option(fc.tuple(isoDateBetween('2020-03-01', '2020-06-30'), fc.boolean())),
    account: fc.option(fc.tuple(isoDateBetween('2020-03-01', '2021-03-30'), fc.boolean())),
  })
  .map(({ approval, reportBack, account }): ActivityRecords => {
    const report = ([day, complete]: [string, boolean]) => ({
      activity: '2020-03',
      submittedOn: day,
      ...(complete ? FULL : { purpose: 'P' }),
    });
    const result = parseRecords({
      approvals: approval
        ? [
            {
              activity: '2020-03',
              decidedOn: approval[0],
              reference: 'KS § 1',
              decision: approval[1] ? 'approved' : 'rejected',
            },
          ]
        : [],
      reportsBack: reportBack ? [report(reportBack)] : [],
      councilAccounts: account ? [report(account)] : [],
    });
    if (!result.success) throw new Error('records');
    return result.data;
  });
const optionsArb = fc.record({
  asOf: isoDateBetween('2020-02-01', '2021-06-30'),
  deadlines: fc.option(fc.record({ reportBackDays: fc.integer({ min: 0, max: 120 }) }), {
    nil: undefined,
  }),
});
const withDeadlines = (options: {
  asOf: string;
  deadlines: { reportBackDays: number } | undefined;
}) =>
  options.deadlines ? { asOf: options.asOf, deadlines: options.deadlines } : { asOf: options.asOf };

test.prop([recordsArb, optionsArb], BOUNDARY)(
  'a place that may be the twin town: whenever the twin town and another place give the same verdict, the library gives it',
  (records, options) => {
    const verdictFor = (destination: Record<string, string>) =>
      assessCompliance(
        trip({ destinations: [destination], plannedCosts: [sekItem('100')] }),
        records,
        withDeadlines(options),
      ).verdict;
    const is = verdictFor({ twinTown: 'madison' });
    const isNot = verdictFor({ place: 'Chicago', country: 'US' });
    const unknown = verdictFor({ place: 'Madison Heights', country: 'US' });
    if (is === isNot) expect(unknown).toBe(is);
    else expect(unknown).toBe('undetermined');
  },
);

test.prop([recordsArb, optionsArb], BOUNDARY)(
  'a foreign cost without a rate: whenever a rate that puts the trip over the threshold and one that keeps it under give the same verdict, the library gives it',
  (records, options) => {
    const verdictWith = (rate: string | undefined) =>
      assessCompliance(
        trip({
          destinations: [{ place: 'Chicago', country: 'US' }],
          plannedCosts: [sekItem('5 000'), eurItem('100')],
        }),
        records,
        { ...withDeadlines(options), ...(rate ? { rates: ratesOf({ EUR: rate }) } : {}) },
      ).verdict;
    const over = verdictWith('100');
    const under = verdictWith('1');
    const unknown = verdictWith(undefined);
    if (over === under) expect(unknown).toBe(over);
    else expect(unknown).toBe('undetermined');
  },
);

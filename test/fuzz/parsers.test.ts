/**
 * The parsers never throw, whatever they are given. `npm test` runs each property 1 000 times;
 * `npm run fuzz` runs them 100 000 times each (FC_NUM_RUNS).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import sampleRegister from '../../examples/sample-register.json' with { type: 'json' };
import { audit, parseActivity, parseRates, parseRecords, parseRegister } from '../../src/index.js';
import { activityInput } from '../arbitraries/activities.js';
import { SAMPLE_RECORDS, SAMPLE_REGISTER } from '../fixtures/samples.js';
import { corrupted, type Json } from './corrupt.js';

const parsers = [
  ['parseActivity', parseActivity, activityInput],
  ['parseRecords', parseRecords, fc.constant(SAMPLE_RECORDS)],
  ['parseRegister', parseRegister, fc.constant(SAMPLE_REGISTER)],
  [
    'parseRates',
    parseRates,
    fc.constant({
      rates: [{ currency: 'EUR', sekPerUnit: '11.4523', date: '2020-03-02', source: 'RB' }],
    }),
  ],
] as const;

describe.each(parsers)('%s never throws', (_, parse, valid) => {
  const returnsAResult = (input: unknown): void => {
    const result = parse(input);
    if (result.success) expect(Object.isFrozen(result.data)).toBe(true);
    else expect(result.issues.length).toBeGreaterThan(0);
  };

  test.prop([fc.jsonValue()])('on arbitrary JSON', returnsAResult);
  test.prop([
    fc.anything({
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
    }),
  ])('on any JavaScript value', returnsAResult);
  test.prop([corrupted(valid as fc.Arbitrary<Json>)])(
    'on a valid document with one value corrupted',
    returnsAResult,
  );
});

describe('audit never throws on a bad register, and accounts for every record', () => {
  const SAMPLE_DOCUMENT = sampleRegister as Json;
  const auditsOrLists = (input: unknown): void => {
    const report = audit(input, { asOf: '2023-03-31' });
    const listed = report.invalid.filter((record) => record.list === 'activities').length;
    const activities = (input as { activities?: unknown } | null)?.activities;
    if (report.invalid.some((record) => record.list === 'register')) {
      expect(report.activities).toEqual([]);
    } else if (Array.isArray(activities)) {
      expect(report.activities.length + listed).toBe(activities.length);
    }
  };

  test.prop([fc.jsonValue()])('on arbitrary JSON', auditsOrLists);
  // A whole register per case: a tenth of the runs of the parser properties.
  const runs = Math.ceil((fc.readConfigureGlobal().numRuns ?? 1000) / 10);
  test.prop([corrupted(fc.constant(SAMPLE_DOCUMENT))], { numRuns: runs })(
    'on the sample register with one value corrupted',
    auditsOrLists,
  );
});

/**
 * The compliance results the library made are known by identity, so that `explain` words them as
 * they are; a copy of one (a spread, a clone, JSON read back) is not, and is read and checked.
 */
import { describe, expect, it } from 'vitest';
import { isOwnResult } from '../../src/compliance/own-results.js';
import { assessCompliance, explain } from '../../src/index.js';
import { trip } from '../fixtures/build.js';

describe('isOwnResult', () => {
  const compliance = assessCompliance(trip(), {}, { asOf: '2030-01-01' });
  const result = compliance.results[0];

  it('knows each result assessCompliance made, and no copy of one', () => {
    expect(compliance.results.length).toBeGreaterThan(0);
    for (const own of compliance.results) expect(isOwnResult(own)).toBe(true);
    expect(isOwnResult({ ...result })).toBe(false);
    expect(isOwnResult(structuredClone(result))).toBe(false);
    expect(isOwnResult(JSON.parse(JSON.stringify(result)))).toBe(false);
  });

  it('knows nothing that is no result', () => {
    for (const value of [undefined, null, 0, 'result', compliance, compliance.evaluation, []])
      expect(isOwnResult(value)).toBe(false);
  });

  it('words a result and its copy the same', () => {
    expect(result && explain(result)).toEqual(explain(structuredClone(result) as never));
  });
});

import { describe, expect, it } from 'vitest';
import { evaluate, explain } from '../../src/index.js';
import { trip } from '../fixtures/build.js';

describe('an evaluation is plain, frozen data whose words travel with it', () => {
  const evaluation = () => evaluate(trip({ destinations: [{ twinTown: 'esashi' }] }));

  it('is a frozen plain object, and so is each obligation and its lists', () => {
    const result = evaluation();
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.obligations)).toBe(true);
    expect(Object.isFrozen(result.facts)).toBe(true);
    for (const obligation of result.obligations) {
      expect(Object.getPrototypeOf(obligation)).toBe(Object.prototype);
      expect(Object.isFrozen(obligation)).toBe(true);
      expect(Object.isFrozen(obligation.facts)).toBe(true);
    }
  });

  it('says the same in words from a spread, structuredClone and a JSON round trip', () => {
    const result = evaluation();
    const approval = result.obligations[1];
    if (!approval) throw new Error('the trip has an approval duty');
    expect(explain(approval).en).toMatch(/^Approval by the executive board: owed by/);
    for (const copy of [
      { ...approval },
      structuredClone(approval),
      JSON.parse(JSON.stringify(approval)),
    ]) {
      expect(explain(copy)).toEqual(explain(approval));
    }
    expect(explain(structuredClone(result))).toEqual(explain(result));
    expect(explain(JSON.parse(JSON.stringify(result)))).toEqual(explain(result));
  });

  it('names its fields, all data, in a stable order', () => {
    expect(Object.keys(evaluation())).toEqual([
      'activity',
      'outcome',
      'decidingDate',
      'international',
      'facts',
      'conversions',
      'obligations',
      'policy',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index.js';
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

  it('keeps its messages under a spread, structuredClone and a JSON round trip', () => {
    const result = evaluation();
    const approval = result.obligations[1];
    if (!approval) throw new Error('the trip has an approval duty');
    expect(approval.messages.en).toMatch(/^Approval by the executive board: owed by/);
    for (const copy of [
      { ...approval },
      structuredClone(approval),
      JSON.parse(JSON.stringify(approval)),
    ]) {
      expect(copy.messages).toEqual(approval.messages);
    }
    expect(structuredClone(result).messages).toEqual(result.messages);
    expect(JSON.parse(JSON.stringify(result)).obligations[1].messages).toEqual(approval.messages);
  });

  it('names its fields, the messages among them, in a stable order', () => {
    expect(Object.keys(evaluation())).toEqual([
      'activity',
      'outcome',
      'decidingDate',
      'international',
      'facts',
      'conversions',
      'obligations',
      'policy',
      'messages',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { BUILT_IN_POLICIES, POLICY_2019_2022 } from '../../src/index.js';

/** Every object reachable from `value`, with the path that reaches it. */
function* objectsIn(value: unknown, path = 'policy'): Generator<[string, object]> {
  if (typeof value !== 'object' || value === null) return;
  yield [path, value];
  for (const [key, child] of Object.entries(value)) yield* objectsIn(child, `${path}.${key}`);
}

describe('the shipped policy data cannot be changed by a caller', () => {
  const before = JSON.stringify(POLICY_2019_2022);

  it('is frozen all the way down', () => {
    for (const [path, object] of objectsIn(POLICY_2019_2022)) {
      expect(Object.isFrozen(object), path).toBe(true);
    }
    expect(Object.isFrozen(BUILT_IN_POLICIES)).toBe(true);
  });

  it('throws on assignment in strict mode, at the top and nested, and reads the same after', () => {
    const [firstTown] = POLICY_2019_2022.twinTowns;
    const [, secondRule] = POLICY_2019_2022.rules;
    if (!firstTown || !secondRule) throw new Error('the policy lists twin towns and rules');
    const attempts: Array<() => void> = [
      () => {
        (POLICY_2019_2022 as { title: string }).title = 'changed';
      },
      () => {
        (POLICY_2019_2022.reportBackThreshold as { amount: number }).amount = 1;
      },
      () => {
        (POLICY_2019_2022.reportBackThreshold.currency as { exponent: number }).exponent = 0;
      },
      () => {
        (POLICY_2019_2022.twinTowns as unknown[]).push({ id: 'tallinn' });
      },
      () => {
        (firstTown.aliases as string[]).pop();
      },
      () => {
        (POLICY_2019_2022.clauses[0] as { sv: string }).sv = '';
      },
      () => {
        (secondRule.clauseIds as string[])[0] = 'intro.scope';
      },
      () => {
        (POLICY_2019_2022.adoption as { date: string }).date = '2020-01-01';
      },
      () => {
        delete (POLICY_2019_2022.goals[0] as { id?: string }).id;
      },
      () => {
        (BUILT_IN_POLICIES as unknown[]).length = 0;
      },
    ];
    for (const attempt of attempts) expect(attempt).toThrow(TypeError);
    expect(JSON.stringify(POLICY_2019_2022)).toBe(before);
    expect(BUILT_IN_POLICIES).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import {
  type Activity,
  assessCompliance,
  evaluate,
  POLICY_2019_2022,
  parseActivity,
  parsePolicy,
} from '../../src/index.js';
import { BENCH_RATES, generateInputs } from '../bench/data.js';
import { exampleDefinition, examplePolicy } from '../fixtures/example-policies.js';

/** The objects reachable from `value` that are not frozen, with their paths (the first few). */
function unfrozen(value: unknown, path = '$', seen = new Set<object>(), found: string[] = []) {
  if (typeof value !== 'object' || value === null || seen.has(value)) return found;
  seen.add(value);
  if (!Object.isFrozen(value)) found.push(path);
  for (const [key, child] of Object.entries(value)) unfrozen(child, `${path}.${key}`, seen, found);
  return found;
}

describe('an evaluation is frozen through and through, built so (never walked after)', () => {
  const activities: Activity[] = generateInputs(400).flatMap((input) => {
    const parsed = parseActivity(input);
    return parsed.success ? [parsed.data] : [];
  });
  const versions = [
    POLICY_2019_2022,
    ...['approval-per-traveller', 'decision-before-booking', 'council-approval'].map((name) => {
      // The same rules in force on the generated activities' days, for the test only.
      const version = examplePolicy(name);
      const definition = exampleDefinition(name) as { adoption: object };
      const parsed = parsePolicy({
        ...definition,
        validity: { from: '2019-01-01', to: '2030-12-31' },
        adoption: { ...definition.adoption, date: '2018-12-01' },
        mandatePeriod: '2019–2022',
      });
      return parsed.success ? parsed.data : version;
    }),
  ];

  it('every object of every evaluation and compliance result is frozen', () => {
    for (const policies of versions) {
      for (const activity of activities) {
        for (const asOf of [undefined, '2020-01-01']) {
          const context = { rates: BENCH_RATES, policies: [policies], ...(asOf ? { asOf } : {}) };
          expect(unfrozen(evaluate(activity, context)), activity.id).toEqual([]);
        }
        const compliance = assessCompliance(
          activity,
          {},
          {
            asOf: '2021-01-01',
            rates: BENCH_RATES,
            policies: [policies],
          },
        );
        expect(unfrozen(compliance), activity.id).toEqual([]);
      }
    }
  });

  it('is frozen too where costs cannot be converted: no rate, or none near enough the day', () => {
    let unconvertible = 0;
    for (const context of [{ rates: { rates: [] } }, { rates: BENCH_RATES, maxRateAgeDays: 0 }]) {
      for (const activity of activities) {
        const evaluation = evaluate(activity, context);
        for (const fact of evaluation.facts)
          if (fact.kind === 'costs_not_convertible') unconvertible++;
        expect(unfrozen(evaluation), activity.id).toEqual([]);
      }
    }
    // The facts this is about are there to be checked.
    expect(unconvertible).toBeGreaterThan(100);
  });
});

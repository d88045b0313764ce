import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_POLICIES,
  POLICY_2019_2022,
  type PolicyVersion,
  policyInForce,
} from '../../src/index.js';
import { isoDateBetween } from '../arbitraries/dates.js';
import { variant } from '../fixtures/variant.js';

describe('policyInForce', () => {
  it.each([
    ['2019-11-24', undefined],
    ['2019-11-25', POLICY_2019_2022.id],
    ['2020-03-01', POLICY_2019_2022.id],
    ['2022-12-31', POLICY_2019_2022.id],
    ['2023-01-01', undefined],
  ])('on %s the version in force is %s', (date, id) => {
    expect(policyInForce(date)?.id).toBe(id);
  });

  it('chooses from the registry it is given', () => {
    const later = variant({
      id: 'hypothetical-2023',
      validity: { from: '2023-01-01', to: '2026-12-31' } as PolicyVersion['validity'],
    });
    expect(policyInForce('2023-06-01', [...BUILT_IN_POLICIES, later])?.id).toBe(
      'hypothetical-2023',
    );
    expect(policyInForce('2020-06-01', [later])).toBeUndefined();
    expect(policyInForce('2020-06-01', [])).toBeUndefined();
  });

  it('rejects an impossible date with invalid_date', () => {
    expect(() => policyInForce('2020-02-30')).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });

  test.prop([isoDateBetween('2019-11-25', '2022-12-31')])(
    'every day from adoption to the end of 2022 is under the 2019–2022 policy',
    (day) => {
      expect(policyInForce(day)).toBe(POLICY_2019_2022);
    },
  );

  test.prop([isoDateBetween('1900-01-01', '2019-11-24')])(
    'no day before the adoption has a policy in force',
    (day) => {
      expect(policyInForce(day)).toBeUndefined();
    },
  );
});

/**
 * A version that names another in `validity.supersedes` may take over before that version's
 * validity ends (interpretation note 8): from its first day it governs, and the registry reports
 * the day the earlier version's rule ends.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  councilAccount,
  definePolicy,
  evaluate,
  type IsoDate,
  POLICY_2019_2022,
  type PolicyDefinition,
  parseRegister,
  policyInForce,
  policyRegistry,
  reviewAgreements,
  toIsoDate,
  toPolicyDefinition,
} from '../../src/index.js';
import { versionInForce } from '../../src/policy/policy-in-force.js';
import { isoDateBetween, previousDay } from '../arbitraries/dates.js';
import { trip } from '../fixtures/build.js';
import { withNotesOfItsTowns } from '../fixtures/variant.js';
import { lazy } from '../support/lazy.js';
import { thrownBy } from '../support/thrown.js';

const DEFINITION = lazy(() => toPolicyDefinition(POLICY_2019_2022));

/** A version (test data only) in force from `from` to `to`, adopted on `from`. */
function version(
  id: string,
  from: string,
  to: string,
  supersedes?: string,
  changes: Partial<PolicyDefinition> = {},
) {
  return definePolicy(
    withNotesOfItsTowns({
      ...DEFINITION(),
      id,
      title: `Test policy ${id}`,
      adoption: { ...DEFINITION().adoption, date: from },
      validity: { from, to, ...(supersedes === undefined ? {} : { supersedes }) },
      mandatePeriod: '2023–2026',
      ...changes,
    }),
  );
}

/** The successor of the tests: from 2022-11-01, naming 2019–2022. */
const SUCCESSOR = lazy(() => version('next', '2022-11-01', '2026-12-31', POLICY_2019_2022.id));

describe('a version that supersedes another before it ends', () => {
  it('is accepted: a successor from 2022-11-01 naming 2019–2022', () => {
    const registry = policyRegistry([SUCCESSOR(), POLICY_2019_2022]);
    expect(registry.versions.map((v) => v.id)).toEqual([POLICY_2019_2022.id, 'next']);
    expect(registry.gaps).toEqual([]);
  });

  it('governs from its first day: 2022-10-31 is under 2019–2022, 2022-11-01 under the successor', () => {
    const registry = policyRegistry([POLICY_2019_2022, SUCCESSOR()]);
    expect(policyInForce('2022-10-31', registry)?.id).toBe(POLICY_2019_2022.id);
    expect(policyInForce('2022-11-01', registry)?.id).toBe('next');
    expect(policyInForce('2022-12-31', registry)?.id).toBe('next');
  });

  it('governs from its first day in a plain list too, in either order', () => {
    for (const list of [
      [POLICY_2019_2022, SUCCESSOR()],
      [SUCCESSOR(), POLICY_2019_2022],
    ]) {
      expect(policyInForce('2022-10-31', list)?.id).toBe(POLICY_2019_2022.id);
      expect(policyInForce('2022-11-01', list)?.id).toBe('next');
    }
  });

  it('is reported: 2019–2022 is effective until 2022-10-31, superseded by the successor', () => {
    const registry = policyRegistry([POLICY_2019_2022, SUCCESSOR()]);
    expect(registry.effective).toEqual([
      { id: POLICY_2019_2022.id, from: '2019-11-25', to: '2022-10-31', supersededBy: 'next' },
      { id: 'next', from: '2022-11-01', to: '2026-12-31' },
    ]);
    expect(Object.isFrozen(registry.effective)).toBe(true);
  });

  it('reports a version superseded after its validity ends as effective to that end', () => {
    const registry = policyRegistry([
      POLICY_2019_2022,
      version('later', '2023-03-01', '2026-12-31', POLICY_2019_2022.id),
    ]);
    expect(registry.effective).toEqual([
      { id: POLICY_2019_2022.id, from: '2019-11-25', to: '2022-12-31', supersededBy: 'later' },
      { id: 'later', from: '2023-03-01', to: '2026-12-31' },
    ]);
    expect(registry.gaps).toEqual([{ from: '2023-01-01', to: '2023-02-28' }]);
  });

  it('lists as a gap the days after a successor that ends before the version it superseded would have', () => {
    const short = version('short', '2022-11-01', '2022-11-30', POLICY_2019_2022.id);
    const then = version('then', '2023-01-01', '2026-12-31', 'short');
    const registry = policyRegistry([POLICY_2019_2022, short, then]);
    expect(registry.gaps).toEqual([{ from: '2022-12-01', to: '2022-12-31' }]);
    expect(policyInForce('2022-12-01', registry)).toBeUndefined();
    // The superseded version does not come back once its successor ends, in a list either.
    expect(policyInForce('2022-12-01', [POLICY_2019_2022, short, then])).toBeUndefined();
    expect(policyInForce('2022-12-01', [POLICY_2019_2022, short])).toBeUndefined();
  });

  it('refuses the same overlap without supersedes naming the overlapped version', () => {
    const unnamed = version('unnamed', '2022-11-01', '2026-12-31');
    expect(thrownBy(() => policyRegistry([POLICY_2019_2022, unnamed]))).toMatchObject({
      code: 'overlapping_validity',
      details: { first: POLICY_2019_2022.id, second: 'unnamed' },
    });
  });

  it('refuses a successor that starts before, or on, the first day of the version it names', () => {
    for (const from of ['2019-06-01', '2019-11-25']) {
      const early = version('early', from, '2026-12-31', POLICY_2019_2022.id);
      expect(() => policyRegistry([POLICY_2019_2022, early])).toThrow(
        expect.objectContaining({
          code: 'unknown_superseded',
          details: { id: 'early', supersedes: POLICY_2019_2022.id },
        }),
      );
      expect(() => policyRegistry([early, POLICY_2019_2022])).toThrow(
        expect.objectContaining({ code: 'unknown_superseded' }),
      );
    }
  });

  it('refuses a successor that also overlaps a third version it does not name', () => {
    const next = version('next', '2022-11-01', '2026-12-31', POLICY_2019_2022.id);
    const third = version('third', '2022-12-01', '2030-12-31', 'next');
    expect(thrownBy(() => policyRegistry([POLICY_2019_2022, next, third]))).toMatchObject({
      code: 'overlapping_validity',
      details: { first: POLICY_2019_2022.id, second: 'third' },
    });
    // Overlapping only the version it names is fine: a chain of successors.
    const chained = version('chained', '2023-06-01', '2030-12-31', 'next');
    expect(policyRegistry([POLICY_2019_2022, next, chained]).effective.map((s) => s.to)).toEqual([
      '2022-10-31',
      '2023-05-31',
      '2030-12-31',
    ]);
  });

  it('keeps judging an activity on a day the superseded version governed by that version', () => {
    const registry = policyRegistry([
      POLICY_2019_2022,
      version('next', '2022-11-01', '2026-12-31', POLICY_2019_2022.id, {
        reportBackThreshold: { amount: '1 000,00', currency: 'SEK' },
      }),
    ]);
    const costs = [
      { label: 'Ferry', category: 'travel' as const, amount: '5 000,00', currency: 'SEK' },
    ];
    const before = evaluate(
      trip({ departureDate: '2022-10-20', returnDate: '2022-11-03', plannedCosts: costs }),
      { policies: registry },
    );
    expect(before.policy?.id).toBe(POLICY_2019_2022.id);
    expect(before.obligations.find((o) => o.code === 'board_report_back')?.status).toBe(
      'not_applicable',
    );
    const after = evaluate(
      trip({ departureDate: '2022-11-01', returnDate: '2022-11-03', plannedCosts: costs }),
      { policies: registry },
    );
    expect(after.policy?.id).toBe('next');
    expect(after.obligations.find((o) => o.code === 'board_report_back')?.status).toBe('owed');
  });
});

describe('the agreement review and the council account agree on the governing version', () => {
  // The 2019–2022 period's duties are due on 2022-10-14: a successor from 2022-10-01 governs them,
  // one from 2022-11-01 does not.
  const withoutMadison = () => ({
    twinTowns: DEFINITION().twinTowns.filter((town) => town.id !== 'madison'),
  });
  const register = lazy(() => {
    const parsed = parseRegister({ format: 1, activities: [] });
    if (!parsed.success) throw new Error('register');
    return parsed.data;
  });

  it.each([
    ['2022-10-01', 'next', false],
    ['2022-11-01', POLICY_2019_2022.id, true],
  ])('with a successor from %s, the period is governed by %s', (from, governing, listsMadison) => {
    const next = version('next', from, '2026-12-31', POLICY_2019_2022.id, withoutMadison());
    for (const policies of [policyRegistry([POLICY_2019_2022, next]), [next, POLICY_2019_2022]]) {
      const review = reviewAgreements(register(), {
        period: '2019-2022',
        asOf: '2023-01-01',
        policies,
      });
      expect(review.policy?.id).toBe(governing);
      const account = councilAccount(register(), {
        asOf: '2023-03-31',
        period: '2019-2022',
        policies,
      });
      expect(account.byTwinTown.some((total) => total.key === 'madison')).toBe(listsMadison);
    }
  });
});

describe('the switch to a superseding version', () => {
  // Defining a version costs milliseconds: a few dozen generated start days are plenty.
  test.prop(
    [
      isoDateBetween('2019-11-26', '2022-12-31'),
      fc.array(isoDateBetween('2019-11-20', '2027-01-05'), { minLength: 1, maxLength: 20 }),
    ],
    { numRuns: 40 },
  )(
    'for any successor start day within the predecessor’s validity, every day is governed by exactly one version, and the switch happens exactly on the successor’s first day',
    (start, days) => {
      const next = version('next', start, '2026-12-31', POLICY_2019_2022.id);
      const registry = policyRegistry([POLICY_2019_2022, next]);
      const lastOld = toIsoDate(previousDay(start));
      expect(registry.effective[0]?.to).toBe(lastOld);
      expect(registry.gaps).toEqual([]);
      for (const day of [lastOld, start, ...days] as IsoDate[]) {
        const governing = [POLICY_2019_2022, next].filter((v) =>
          registry.effective.some((s) => s.id === v.id && s.from <= day && day <= s.to),
        );
        const expected =
          day < '2019-11-25' || day > '2026-12-31' ? [] : day < start ? [POLICY_2019_2022] : [next];
        expect(governing).toEqual(expected);
        expect(versionInForce(day, registry)).toBe(expected[0]);
        expect(versionInForce(day, registry.versions)).toBe(expected[0]);
        expect(versionInForce(day, [next, POLICY_2019_2022])).toBe(expected[0]);
      }
    },
  );
});

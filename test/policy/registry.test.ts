import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  audit,
  BUILT_IN_REGISTRY,
  councilAccount,
  evaluate,
  explainDuty,
  POLICY_2019_2022,
  type PolicyVersion,
  parseActivity,
  parseRegister,
  policyInForce,
  policyRegistry,
  toPolicyDefinition,
} from '../../src/index.js';
import { activityInput } from '../arbitraries/activities.js';
import { trip } from '../fixtures/build.js';
import { later } from '../fixtures/variant.js';
import { lazy } from '../support/lazy.js';

const DEFINITION = lazy(() => toPolicyDefinition(POLICY_2019_2022));

describe('policyRegistry', () => {
  it('orders versions by validity and lists the gaps between them', () => {
    const next = later({}, '2023-03-01');
    const registry = policyRegistry([next, POLICY_2019_2022]);
    expect(registry.versions.map((v) => v.id)).toEqual(['solleftea-2019-2022', 'test-2023-03-01']);
    expect(registry.gaps).toEqual([{ from: '2023-01-01', to: '2023-02-28' }]);
    expect(policyInForce('2023-02-28', registry)).toBeUndefined();
    expect(policyInForce('2023-03-01', registry)?.id).toBe('test-2023-03-01');
    expect(Object.isFrozen(registry.gaps)).toBe(true);
  });

  it('lists a gap of one day, and none between versions that follow each other', () => {
    expect(policyRegistry([POLICY_2019_2022, later({}, '2023-01-02')]).gaps).toEqual([
      { from: '2023-01-01', to: '2023-01-01' },
    ]);
    expect(policyRegistry([POLICY_2019_2022, later({}, '2023-01-01')]).gaps).toEqual([]);
  });

  it('gives an activity in a gap no policy in force, by design', () => {
    const registry = policyRegistry([POLICY_2019_2022, later({}, '2023-03-01')]);
    const evaluation = evaluate(trip({ departureDate: '2023-02-01', returnDate: '2023-02-02' }), {
      policies: registry,
    });
    expect(evaluation.outcome).toBe('no_policy_in_force');
  });

  it('refuses two versions in force on the same day, naming both, unless the later supersedes the earlier', () => {
    const unnamed = later({ validity: { from: '2022-12-31', to: '2026-12-31' } }, '2022-12-31');
    expect(() => policyRegistry([POLICY_2019_2022, unnamed])).toThrow(
      expect.objectContaining({
        code: 'overlapping_validity',
        details: { first: 'solleftea-2019-2022', second: 'test-2022-12-31' },
      }),
    );
    expect(policyRegistry([POLICY_2019_2022, later({}, '2022-12-31')]).effective[0]?.to).toBe(
      '2022-12-30',
    );
  });

  it('refuses the same version twice, a version superseding an unknown or later one, and a changed version', () => {
    expect(() => policyRegistry([POLICY_2019_2022, POLICY_2019_2022])).toThrow(
      expect.objectContaining({ code: 'duplicate_policy' }),
    );
    expect(() =>
      policyRegistry([
        later({ validity: { from: '2023-01-01', to: '2026-12-31', supersedes: 'x' } }),
      ]),
    ).toThrow(expect.objectContaining({ code: 'unknown_superseded' }));
    const tampered: PolicyVersion = { ...POLICY_2019_2022, twinTowns: [] };
    expect(() => policyRegistry([tampered])).toThrow(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });

  it('is what policyInForce uses by default', () => {
    expect(BUILT_IN_REGISTRY.versions).toEqual([POLICY_2019_2022]);
    expect(policyInForce('2020-01-01')).toBe(POLICY_2019_2022);
  });
});

describe('the past is judged by the rules of its day', () => {
  const laterArb = fc
    .record({
      threshold: fc.integer({ min: 0, max: 5_000_000 }),
      towns: fc.subarray([...DEFINITION().twinTowns]),
      rules: fc.subarray([...DEFINITION().rules]),
      start: fc.integer({ min: 1, max: 400 }),
    })
    .map(({ threshold, towns, rules, start }) => {
      const from = new Date(Date.UTC(2022, 11, 31 + start)).toISOString().slice(0, 10);
      return later(
        {
          // Dropped by the fixture when no rule kept uses it.
          reportBackThreshold: { minorUnits: threshold, currency: 'SEK' },
          twinTowns: towns,
          rules,
        },
        from,
        '2030-12-31',
      );
    });

  // Defining and registering a version costs milliseconds: 40 generated versions, each registered
  // once, are drawn from for every generated activity.
  const pool = lazy(() =>
    fc.sample(laterArb, { numRuns: 40, seed: 7 }).map((next) => ({
      next,
      registry: policyRegistry([POLICY_2019_2022, next]),
    })),
  );

  test.prop([activityInput, fc.nat({ max: 39 })])(
    'adding a later version never changes the evaluation of an activity in the earlier one’s validity',
    (input, index) => {
      const { next, registry } = pool()[index] as ReturnType<typeof pool>[number];
      const parsed = parseActivity(input);
      if (!parsed.success) throw new Error('generated activity');
      const alone = evaluate(parsed.data, { policies: [POLICY_2019_2022] });
      const both = evaluate(parsed.data, { policies: registry });
      if (alone.decidingDate <= POLICY_2019_2022.validity.to) {
        expect(JSON.stringify(both)).toBe(JSON.stringify(alone));
      } else if (alone.decidingDate >= next.validity.from) {
        expect(both.policy?.fingerprint).toBe(next.fingerprint);
      }
    },
  );

  it('judges a trip that straddles two versions by the one in force on its departure (note 8)', () => {
    const next = later({ reportBackThreshold: { amount: '1 000,00', currency: 'SEK' } });
    const registry = policyRegistry([POLICY_2019_2022, next]);
    const straddling = trip({
      departureDate: '2022-12-30',
      returnDate: '2023-01-05',
      plannedCosts: [{ label: 'Ferry', category: 'travel', amount: '5 000,00', currency: 'SEK' }],
    });
    const evaluation = evaluate(straddling, { policies: registry });
    expect(evaluation.policy?.id).toBe('solleftea-2019-2022');
    expect(evaluation.obligations.find((o) => o.code === 'board_report_back')?.status).toBe(
      'not_applicable',
    );
    const after = evaluate(
      trip({
        departureDate: '2023-01-01',
        returnDate: '2023-01-05',
        plannedCosts: [{ label: 'Ferry', category: 'travel', amount: '5 000,00', currency: 'SEK' }],
      }),
      { policies: registry },
    );
    expect(after.policy?.fingerprint).toBe(next.fingerprint);
    expect(after.obligations.find((o) => o.code === 'board_report_back')?.status).toBe('owed');
  });

  it('keeps a town a later version dropped as a place abroad, no longer a twin town', () => {
    const next = later({ twinTowns: DEFINITION().twinTowns.filter((t) => t.id !== 'madison') });
    const evaluation = evaluate(
      trip({
        destinations: [{ twinTown: 'madison' }],
        departureDate: '2023-06-01',
        returnDate: '2023-06-02',
      }),
      { policies: policyRegistry([POLICY_2019_2022, next]) },
    );
    expect(evaluation.outcome).toBe('evaluated');
    expect(evaluation.facts).toContainEqual({ kind: 'abroad', place: 'Madison', country: 'US' });
    expect(evaluation.obligations.find((o) => o.code === 'board_approval')?.status).toBe(
      'not_applicable',
    );
  });

  it('leaves out the obligation of a rule a version does not list', () => {
    const next = later({ rules: DEFINITION().rules.filter((r) => r.code !== 'board_approval') });
    const evaluation = evaluate(trip({ departureDate: '2023-06-01', returnDate: '2023-06-02' }), {
      policies: next,
    });
    expect(evaluation.obligations.map((o) => o.code)).toEqual([
      'planning',
      'board_report_back',
      'council_account',
    ]);
  });

  it('names the version and fingerprint in every audit and account', () => {
    const register = parseRegister({ format: 1, activities: [] });
    if (!register.success) throw new Error('register');
    const report = audit(register.data, { asOf: '2023-01-01' });
    expect(report.agreements[0]?.policy?.fingerprint).toBe(POLICY_2019_2022.fingerprint);
    const withTrip = parseRegister({
      format: 1,
      activities: [
        {
          kind: 'trip',
          id: 'T',
          title: 'T',
          organiser: 'O',
          travellers: { count: 1 },
          destinations: [{ place: 'Oslo', country: 'NO' }],
          departureDate: '2021-01-10',
          returnDate: '2021-01-11',
        },
      ],
    });
    if (!withTrip.success) throw new Error('register');
    expect(
      councilAccount(withTrip.data, { asOf: '2023-03-31', period: '2019-2022' }).policies,
    ).toEqual([
      {
        id: POLICY_2019_2022.id,
        title: POLICY_2019_2022.title,
        adoption: POLICY_2019_2022.adoption,
        fingerprint: POLICY_2019_2022.fingerprint,
      },
    ]);
  });

  it('reviews agreements under a version without an agreement rule as not owed', () => {
    const next = later({
      rules: DEFINITION().rules.filter(
        (r) =>
          !['agreement_evaluation', 'agreement_termination', 'continuation_decision'].includes(
            r.code,
          ),
      ),
    });
    const register = parseRegister({
      format: 1,
      activities: [],
      agreements: [{ id: 'e', twinTown: 'esashi' }],
    });
    if (!register.success) throw new Error('register');
    const report = audit(register.data, {
      asOf: '2027-01-01',
      period: '2023-2026',
      policies: [POLICY_2019_2022, next],
    });
    const review = report.agreements[0];
    if (!review) throw new Error('no review');
    expect(review.continuation.reason).toBe('not_in_policy');
    expect(review?.agreements.map((a) => [a.evaluation.reason, a.termination.reason])[0]).toEqual([
      'not_in_policy',
      'not_in_policy',
    ]);
    expect(explainDuty(review.continuation).en).toBe(
      'Decision on continuing agreements (2023–2026): not applicable — the version of the policy governing the period has no such rule.',
    );
  });
});

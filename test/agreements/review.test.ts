import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import SAMPLE_REGISTER from '../../examples/sample-register.json' with { type: 'json' };
import {
  type AgreementDuty,
  type AgreementNote,
  type AgreementReview,
  explainDuty,
  explainNote,
  POLICY_2019_2022,
  parseRegister,
  type Register,
  reviewAgreements,
  toIsoDate,
} from '../../src/index.js';
import { isoDateBetween } from '../arbitraries/dates.js';
import { variant } from '../fixtures/variant.js';
import { lazy } from '../support/lazy.js';

/** A register of the given parts (records as documents), parsed. */
function register(parts: Record<string, unknown> = {}): Register {
  const result = parseRegister({ format: 1, activities: [], ...parts });
  if (!result.success) throw new Error(result.issues.map((i) => i.messages.en).join('\n'));
  return result.data;
}

const ALL_TOWNS = POLICY_2019_2022.twinTowns.map((town) => town.id);
const agreementsFor = (ids: readonly string[] = ALL_TOWNS) =>
  ids.map((id) => ({ id, twinTown: id, signedOn: '1990-01-01' }));
const NO_BENEFIT = { municipality: false, associations: false, businesses: false };
const evaluation = (agreement: string, changes: Record<string, unknown> = {}) => ({
  agreement,
  mandatePeriod: '2019–2022',
  evaluatedOn: '2022-05-02',
  active: true,
  benefit: { ...NO_BENEFIT, municipality: true },
  reference: 'KS § 70',
  ...changes,
});
const decision = (continuing: readonly string[], decidedOn = '2022-06-20') => ({
  mandatePeriod: '2019-2022',
  decidedOn,
  reference: 'KF § 77',
  continuing,
});

function standing(review: AgreementReview, id: string) {
  const found = review.agreements.find((a) => a.agreement.id === id);
  if (!found) throw new Error(`no standing for ${id}`);
  return found;
}

const REVIEW = { period: '2019-2022', asOf: '2023-01-01' } as const;

describe('reviewAgreements: the evaluation every agreement owes each period (twinTowns.agreements)', () => {
  it('is fulfilled by an evaluation on or before the due day, the council term’s end (note 7)', () => {
    const review = reviewAgreements(
      register({
        agreements: agreementsFor(['esashi']),
        evaluations: [evaluation('esashi', { evaluatedOn: '2022-10-14' })],
      }),
      REVIEW,
    );
    const duty = standing(review, 'esashi').evaluation;
    expect([duty.status, duty.reason, duty.dueBy]).toEqual([
      'fulfilled',
      'evaluated_in_time',
      '2022-10-14',
    ]);
    expect(duty.clauses.map((c) => c.id)).toEqual(['twinTowns.agreements']);
    expect(explainDuty(duty).sv).toBe(
      'Utvärdering av vänortsavtal (Esashi): uppfyllt — utvärderat 2022-10-14 (KS § 70), senast 2022-10-14.',
    );
  });

  it('is violated by an evaluation the day after the due day, or by none at all', () => {
    const late = reviewAgreements(
      register({
        agreements: agreementsFor(['esashi']),
        evaluations: [evaluation('esashi', { evaluatedOn: '2022-10-15' })],
      }),
      REVIEW,
    );
    expect(standing(late, 'esashi').evaluation.reason).toBe('evaluated_late');
    expect(standing(late, 'esashi').evaluation.status).toBe('violated');
    expect(explainDuty(standing(late, 'esashi').evaluation).en).toBe(
      'Evaluation of twin-town agreements (Esashi): not fulfilled — evaluated only on 2022-10-15 (KS § 70), after 2022-10-14.',
    );
    const none = reviewAgreements(register({ agreements: agreementsFor(['esashi']) }), REVIEW);
    expect(standing(none, 'esashi').evaluation.reason).toBe('not_evaluated');
    expect(none.verdict).toBe('not_compliant');
  });

  it('is pending until the due day, and does not see evaluations dated after asOf', () => {
    const records = register({
      agreements: agreementsFor(['esashi']),
      evaluations: [evaluation('esashi', { evaluatedOn: '2022-05-02' })],
    });
    const before = reviewAgreements(records, { period: '2019–2022', asOf: '2022-05-01' });
    expect(standing(before, 'esashi').evaluation.status).toBe('pending');
    expect(explainDuty(standing(before, 'esashi').evaluation).en).toContain(
      'no evaluation yet; due by 2022-10-14',
    );
    // Before the evaluation, termination waits on it: pending, not undetermined.
    expect(standing(before, 'esashi').termination.status).toBe('pending');
    expect(standing(before, 'esashi').termination.reason).toBe('awaiting_evaluation');
    expect(before.verdict).toBe('compliant');
  });

  it('of several evaluations in time the latest decides; of late ones only, the first is cited', () => {
    const review = reviewAgreements(
      register({
        agreements: agreementsFor(['esashi', 'madison']),
        evaluations: [
          evaluation('esashi', { evaluatedOn: '2021-03-01', active: false, benefit: NO_BENEFIT }),
          evaluation('esashi', { evaluatedOn: '2022-09-01', reference: undefined }),
          evaluation('esashi', { evaluatedOn: '2021-06-01' }),
          evaluation('madison', { evaluatedOn: '2022-12-01' }),
          evaluation('madison', { evaluatedOn: '2022-11-01' }),
          evaluation('madison', { evaluatedOn: '2022-11-15' }),
        ].map(({ reference, ...rest }) => (reference ? { reference, ...rest } : rest)),
      }),
      REVIEW,
    );
    const esashi = standing(review, 'esashi');
    expect(esashi.evaluation.evidence).toMatchObject({ evaluatedOn: '2022-09-01' });
    expect(explainDuty(esashi.evaluation).en).toContain('evaluated on 2022-09-01, by 2022-10-14');
    expect(esashi.termination.reason).toBe('found_active');
    expect(standing(review, 'madison').evaluation.evidence).toMatchObject({
      evaluatedOn: '2022-11-01',
    });
  });

  it('names every party an evaluation found the agreement of benefit to', () => {
    const review = reviewAgreements(
      register({
        agreements: agreementsFor(['esashi']),
        evaluations: [
          evaluation('esashi', {
            active: false,
            benefit: { municipality: false, associations: true, businesses: true },
          }),
        ],
      }),
      REVIEW,
    );
    expect(explainDuty(standing(review, 'esashi').termination).sv).toContain(
      'till nytta för föreningslivet, näringslivet',
    );
  });

  it('ignores evaluations of another period', () => {
    const review = reviewAgreements(
      register({
        agreements: agreementsFor(['esashi']),
        evaluations: [
          evaluation('esashi', { mandatePeriod: '2015-2018', evaluatedOn: '2018-05-01' }),
        ],
      }),
      REVIEW,
    );
    expect(standing(review, 'esashi').evaluation.reason).toBe('not_evaluated');
  });

  it('is not owed by an agreement signed after the due day or ended on or before it', () => {
    const review = reviewAgreements(
      register({
        agreements: [
          { id: 'a', twinTown: 'esashi', signedOn: '2022-10-15' },
          { id: 'b', twinTown: 'madison', signedOn: '1990-01-01', terminatedOn: '2022-10-14' },
          { id: 'c', twinTown: 'nykarleby', signedOn: '2022-10-14' },
          { id: 'd', twinTown: 'poltsamaa', terminatedOn: '2022-10-15' },
        ],
      }),
      REVIEW,
    );
    expect(review.agreements.map((a) => [a.agreement.id, a.evaluation.status])).toEqual([
      ['a', 'not_applicable'],
      ['b', 'not_applicable'],
      ['c', 'violated'],
      ['d', 'violated'],
    ]);
    expect(standing(review, 'a').evaluation.reason).toBe('not_in_force');
    expect(standing(review, 'a').termination.reason).toBe('not_in_force');
  });

  it('takes a twin town the policy lists but the register does not record to have an agreement', () => {
    const review = reviewAgreements(register({ agreements: agreementsFor(['esashi']) }), REVIEW);
    expect(review.agreements.map((a) => [a.agreement.id, a.recorded])).toEqual([
      ['esashi', true],
      ['madison', false],
      ['nykarleby', false],
      ['poltsamaa', false],
    ]);
    expect(standing(review, 'madison').notes.map((n) => explainNote(n).en)[0]).toBe(
      'The register records no agreement with Madison; the policy lists it as a twin town, so the agreement is taken to exist.',
    );
  });
});

describe('reviewAgreements: termination (twinTowns.termination, note 9)', () => {
  const inactive = evaluation('madison', { active: false, benefit: NO_BENEFIT });

  it('is owed when the evaluation found the agreement inactive and of no benefit, and pending until terminated', () => {
    const review = reviewAgreements(
      register({ agreements: agreementsFor(), evaluations: [inactive] }),
      REVIEW,
    );
    const duty = standing(review, 'madison').termination;
    expect([duty.status, duty.reason]).toEqual(['pending', 'awaiting_termination']);
    expect(duty.clauses.map((c) => c.id)).toEqual(['twinTowns.termination']);
    expect(explainDuty(duty).en).toBe(
      'Termination of a twin-town agreement (Madison): pending — the evaluation of 2022-05-02 (KS § 70) found it inactive and of no benefit to the municipality, its associations or its businesses; it is not terminated.',
    );
  });

  it('is fulfilled when the agreement is terminated, seen only from that day on', () => {
    const records = register({
      agreements: [
        ...agreementsFor(['esashi', 'nykarleby', 'poltsamaa']),
        { id: 'madison', twinTown: 'madison', signedOn: '1990-01-01', terminatedOn: '2022-11-30' },
      ],
      evaluations: [inactive],
    });
    const after = reviewAgreements(records, { period: '2019-2022', asOf: '2022-11-30' });
    expect(standing(after, 'madison').termination.reason).toBe('terminated');
    expect(explainDuty(standing(after, 'madison').termination).en).toContain(
      'the agreement was terminated on 2022-11-30',
    );
    const before = reviewAgreements(records, { period: '2019-2022', asOf: '2022-11-29' });
    expect(standing(before, 'madison').termination.reason).toBe('awaiting_termination');
  });

  it('is violated when the council continues the agreement anyway', () => {
    const review = reviewAgreements(
      register({
        agreements: agreementsFor(),
        evaluations: [inactive],
        continuationDecisions: [decision(ALL_TOWNS)],
      }),
      REVIEW,
    );
    expect(standing(review, 'madison').termination.reason).toBe('continued_despite_evaluation');
    expect(standing(review, 'madison').termination.status).toBe('violated');
    expect(review.verdict).toBe('not_compliant');
  });

  it('a continuation decision made before the evaluation is not a continuation despite it', () => {
    // The council decided on 2022-04-04 to keep every agreement; the evaluation of 2022-05-02 then
    // found Madison inactive and of no benefit. Termination is owed and pending, not violated.
    const review = reviewAgreements(
      register({
        agreements: agreementsFor(),
        evaluations: [inactive],
        continuationDecisions: [decision(ALL_TOWNS, '2022-04-04')],
      }),
      REVIEW,
    );
    const duty = standing(review, 'madison').termination;
    expect([duty.status, duty.reason]).toEqual(['pending', 'awaiting_termination']);
    // A later decision that continues it after the evaluation is.
    const after = reviewAgreements(
      register({
        agreements: agreementsFor(),
        evaluations: [inactive],
        continuationDecisions: [
          decision(ALL_TOWNS, '2022-04-04'),
          decision(ALL_TOWNS, '2022-05-02'),
        ],
      }),
      REVIEW,
    );
    expect(standing(after, 'madison').termination.reason).toBe('continued_despite_evaluation');
    expect(standing(after, 'madison').termination.evidence).toMatchObject({
      decidedOn: '2022-05-02',
    });
  });

  it('the verdict is undetermined when no version governs the period', () => {
    const review = reviewAgreements(register({ agreements: agreementsFor(['esashi']) }), {
      period: '2023-2026',
      asOf: '2027-01-01',
    });
    expect(review.verdict).toBe('undetermined');
  });

  it('is not owed when the agreement was found active, or of benefit to any one party', () => {
    for (const party of ['municipality', 'associations', 'businesses'] as const) {
      const review = reviewAgreements(
        register({
          agreements: agreementsFor(['madison']),
          evaluations: [
            evaluation('madison', { active: false, benefit: { ...NO_BENEFIT, [party]: true } }),
          ],
        }),
        REVIEW,
      );
      expect(standing(review, 'madison').termination.reason).toBe('found_of_benefit');
    }
    const active = reviewAgreements(
      register({
        agreements: agreementsFor(['madison']),
        evaluations: [evaluation('madison', { active: true, benefit: NO_BENEFIT })],
      }),
      REVIEW,
    );
    expect(standing(active, 'madison').termination.reason).toBe('found_active');
  });

  test.prop([fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()])(
    'is owed exactly when the evaluation found it inactive and of no benefit to anyone',
    (active, municipality, associations, businesses) => {
      const review = reviewAgreements(
        register({
          agreements: agreementsFor(['madison']),
          evaluations: [
            evaluation('madison', { active, benefit: { municipality, associations, businesses } }),
          ],
        }),
        REVIEW,
      );
      const owed = standing(review, 'madison').termination.status !== 'not_applicable';
      expect(owed).toBe(!active && !municipality && !associations && !businesses);
    },
  );
});

describe('reviewAgreements: the council’s continuation decision (council.agreements)', () => {
  it('is fulfilled on or before the due day, violated after it or without one', () => {
    const at = (decidedOn: string, asOf = '2023-01-01') =>
      reviewAgreements(
        register({
          agreements: agreementsFor(),
          continuationDecisions: [decision(ALL_TOWNS, decidedOn)],
        }),
        { period: '2019–2022', asOf },
      ).continuation;
    expect(at('2022-10-14').reason).toBe('decided_in_time');
    expect(at('2022-10-15').reason).toBe('decided_late');
    expect(explainDuty(at('2022-10-15')).sv).toBe(
      'Beslut om fortsatta vänortsavtal (2019–2022): inte uppfyllt — beslutat först 2022-10-15 (KF § 77), efter 2022-10-14.',
    );
    expect(at('2022-10-15', '2022-10-14').reason).toBe('awaiting_decision');
    const none = reviewAgreements(register({ agreements: agreementsFor() }), REVIEW).continuation;
    expect([none.status, none.reason, none.owedBy]).toEqual(['violated', 'no_decision', 'council']);
  });

  it('notes an agreement the decision does not continue that is not being terminated', () => {
    const review = reviewAgreements(
      register({ agreements: agreementsFor(), continuationDecisions: [decision(['esashi'])] }),
      REVIEW,
    );
    expect(standing(review, 'madison').notes.map((n) => explainNote(n).en)).toEqual([
      "The council's decision for 2019–2022 does not list the agreement with Madison among those that continue.",
    ]);
    expect(standing(review, 'esashi').notes).toEqual([]);
  });
});

describe('reviewAgreements: activity evidence (note 9)', () => {
  const trip = (id: string, departureDate: string, destination: Record<string, string>) => ({
    kind: 'trip',
    id,
    title: 'Visit',
    organiser: 'KLK',
    travellers: { count: 1 },
    destinations: [destination],
    departureDate,
    returnDate: departureDate,
    actualCosts: [{ label: 'Hotel', category: 'lodging', amount: '100.00', currency: 'EUR' }],
  });

  it('counts the activities with the town whose first day falls in the board term, with their cost', () => {
    const review = reviewAgreements(
      register({
        activities: [
          trip('in', '2019-01-01', { twinTown: 'esashi' }),
          trip('alias', '2022-12-31', { place: 'Esashi-cho', country: 'JP' }),
          trip('before', '2018-12-31', { twinTown: 'esashi' }),
          trip('wrong-country', '2020-06-01', { place: 'Esashi', country: 'SE' }),
        ],
        rates: [{ currency: 'EUR', sekPerUnit: '10.5', date: '2020-01-01', source: 'test' }],
        agreements: agreementsFor(['esashi']),
      }),
      REVIEW,
    );
    const evidence = standing(review, 'esashi').activity;
    expect(evidence.activities).toEqual(['in', 'alias']);
    expect(evidence.total.amount).toBe(2 * 105_000);
    expect(evidence.suggestion).toBe('active');
    expect(standing(review, 'madison').activity.suggestion).toBe('inactive');
  });

  it('matches an exchange partner named only by its organisation', () => {
    const review = reviewAgreements(
      register({
        activities: [
          {
            kind: 'exchange',
            id: 'x',
            title: 'Online',
            organiser: 'KLK',
            form: 'digital',
            partners: [{ name: 'Nykarleby stad', country: 'FI' }],
            startDate: '2021-03-10',
            endDate: '2021-03-10',
          },
        ],
      }),
      REVIEW,
    );
    expect(standing(review, 'nykarleby').activity.activities).toEqual(['x']);
  });

  it('lists activities whose cost cannot be converted, and leaves them out of the total', () => {
    const review = reviewAgreements(
      register({ activities: [trip('t', '2020-06-01', { twinTown: 'esashi' })] }),
      REVIEW,
    );
    expect(standing(review, 'esashi').activity.unconverted).toEqual(['t']);
    expect(standing(review, 'esashi').activity.total.amount).toBe(0);
  });

  it('shows an evaluation that contradicts the register as a note, not an error', () => {
    const review = reviewAgreements(
      register({
        activities: [trip('t', '2020-06-01', { twinTown: 'esashi' })],
        agreements: agreementsFor(),
        evaluations: [
          evaluation('esashi', { active: false }),
          evaluation('madison', { active: true }),
          evaluation('nykarleby'),
          evaluation('poltsamaa'),
        ],
        continuationDecisions: [decision(ALL_TOWNS)],
      }),
      { ...REVIEW, rates: { rates: [] } },
    );
    expect(standing(review, 'esashi').notes.map((n) => explainNote(n).en)).toEqual([
      'The evaluation found the agreement with Esashi inactive, but the register holds 1 exchange or trip with the town in 2019–2022.',
    ]);
    expect(standing(review, 'esashi').notes.map((n) => explainNote(n).sv)).toEqual([
      'Utvärderingen fann avtalet med Esashi inaktivt, men registret har 1 utbyte eller resa med orten under 2019–2022.',
    ]);
    expect(standing(review, 'madison').notes.map((n) => explainNote(n).sv)).toEqual([
      'Utvärderingen fann avtalet med Madison aktivt, men registret har inget utbyte eller resa med orten under 2019–2022.',
    ]);
    expect(review.verdict).toBe('compliant');
  });

  it('counts the activities in such a note in the plural from two', () => {
    const review = reviewAgreements(
      register({
        activities: [
          trip('t', '2020-06-01', { twinTown: 'esashi' }),
          trip('u', '2021-06-01', { twinTown: 'esashi' }),
        ],
        agreements: agreementsFor(),
        evaluations: [
          evaluation('esashi', { active: false }),
          evaluation('madison'),
          evaluation('nykarleby'),
          evaluation('poltsamaa'),
        ],
        continuationDecisions: [decision(ALL_TOWNS)],
      }),
      { ...REVIEW, rates: { rates: [] } },
    );
    const [note] = standing(review, 'esashi').notes.map(explainNote);
    expect(note?.en).toContain('the register holds 2 exchanges or trips with the town');
    expect(note?.sv).toContain('registret har 2 utbyten eller resor med orten');
  });
});

describe('reviewAgreements: versions of the policy', () => {
  /** A hypothetical later version that drops Madison and adds a town (test data only). */
  const LATER = variant({
    id: 'test-2023-2026',
    title: 'Test policy 2023–2026',
    validity: { from: toIsoDate('2023-01-01'), to: toIsoDate('2026-12-31') },
    mandatePeriod: '2023–2026',
    twinTowns: POLICY_2019_2022.twinTowns.filter((town) => town.id !== 'madison'),
  });
  const POLICIES = [POLICY_2019_2022, LATER];

  it('judges each period by the version in force on its due day', () => {
    const records = register({ agreements: agreementsFor() });
    const first = reviewAgreements(records, { ...REVIEW, policies: POLICIES });
    expect(first.policy?.id).toBe('solleftea-2019-2022');
    expect(standing(first, 'madison').evaluation.status).toBe('violated');
    const second = reviewAgreements(records, {
      period: '2023-2026',
      asOf: '2027-01-01',
      policies: POLICIES,
    });
    expect(second.policy?.id).toBe('test-2023-2026');
    expect(standing(second, 'madison').evaluation.reason).toBe('not_listed');
    expect(standing(second, 'madison').notes.map((n) => explainNote(n).en)[0]).toBe(
      'The policy governing 2023–2026 does not list Madison; it owes no evaluation under it, but the agreement is not terminated.',
    );
    expect(second.agreements.map((a) => a.agreement.id)).toEqual([
      'esashi',
      'madison',
      'nykarleby',
      'poltsamaa',
    ]);
  });

  it('says so when no version governs the period', () => {
    const review = reviewAgreements(register({ agreements: agreementsFor(['esashi']) }), {
      period: '2023-2026',
      asOf: '2027-01-01',
    });
    expect(review.policy).toBeUndefined();
    expect(review.continuation.status).toBe('undetermined');
    expect(review.continuation.reason).toBe('no_policy_in_force');
    expect(review.continuation.clauses).toEqual([]);
    expect(explainDuty(standing(review, 'esashi').evaluation).en).toBe(
      'Evaluation of twin-town agreements (Esashi): cannot be determined — no known version of the policy was in force on 2026-10-14.',
    );
  });

  it('rejects a label that is not a board term, and an impossible asOf', () => {
    expect(() => reviewAgreements(register(), { period: '2018-2022', asOf: '2023-01-01' })).toThrow(
      expect.objectContaining({ code: 'invalid_period' }),
    );
    expect(() => reviewAgreements(register(), { period: '2019-2022', asOf: '2023-02-30' })).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });
});

describe('reviewAgreements: invariants', () => {
  const agreementArb = fc.record(
    {
      twinTown: fc.constantFrom(...ALL_TOWNS),
      signedOn: isoDateBetween('2015-01-01', '2023-12-31'),
      length: fc.integer({ min: 0, max: 4000 }),
      ends: fc.boolean(),
    },
    { requiredKeys: ['twinTown', 'length', 'ends'] },
  );

  test.prop([fc.array(agreementArb, { maxLength: 8 }), isoDateBetween('2019-01-01', '2024-12-31')])(
    'every agreement in force during the period owes exactly one evaluation; no other does',
    (specs, asOf) => {
      const agreements = specs.map((spec, i) => {
        const signed = spec.signedOn ?? '1990-01-01';
        const end = new Date(`${signed}T00:00:00Z`);
        end.setUTCDate(end.getUTCDate() + spec.length);
        return {
          id: `a${i}`,
          twinTown: spec.twinTown,
          ...(spec.signedOn ? { signedOn: spec.signedOn } : {}),
          ...(spec.ends ? { terminatedOn: end.toISOString().slice(0, 10) } : {}),
        };
      });
      const review = reviewAgreements(register({ agreements }), { period: '2019-2022', asOf });
      const recorded = review.agreements.filter((a) => a.recorded);
      expect(recorded.map((a) => a.agreement.id).sort()).toEqual(
        agreements.map((a) => a.id).sort(),
      );
      for (const { agreement, evaluation: duty } of review.agreements) {
        const inForce =
          (agreement.signedOn ?? '0000') <= '2022-10-14' &&
          (agreement.terminatedOn ?? '9999') > '2022-10-14';
        expect(duty.status !== 'not_applicable', agreement.id).toBe(inForce);
      }
      // Every listed town owes one evaluation unless its every agreement ended or began outside.
      for (const town of ALL_TOWNS) {
        expect(review.agreements.some((a) => a.agreement.twinTown === town)).toBe(true);
      }
    },
  );
});

describe('reviewAgreements: every reason in words', () => {
  const REASONS = [
    'evaluated_in_time',
    'evaluated_late',
    'awaiting_evaluation',
    'not_evaluated',
    'decided_in_time',
    'decided_late',
    'awaiting_decision',
    'no_decision',
    'terminated',
    'awaiting_termination',
    'continued_despite_evaluation',
    'found_active',
    'found_of_benefit',
    'not_in_force',
    'not_listed',
    'no_policy_in_force',
  ];
  const LATER = variant({
    id: 'test-2023-2026',
    validity: { from: toIsoDate('2023-01-01'), to: toIsoDate('2026-12-31') },
    mandatePeriod: '2023–2026',
    twinTowns: POLICY_2019_2022.twinTowns.filter((town) => town.id !== 'madison'),
  });
  const inactive = { active: false, benefit: NO_BENEFIT };
  const scenarios = lazy((): AgreementReview[] => [
    reviewAgreements(
      register({
        agreements: [
          ...agreementsFor(['esashi', 'nykarleby']),
          { id: 'madison', twinTown: 'madison', terminatedOn: '2022-12-01' },
          { id: 'poltsamaa', twinTown: 'poltsamaa', terminatedOn: '2020-01-01' },
        ],
        evaluations: [
          evaluation('esashi', inactive),
          evaluation('nykarleby', { evaluatedOn: '2022-11-01', active: false }),
          evaluation('madison', inactive),
        ],
        continuationDecisions: [decision(['esashi'], '2022-11-01')],
      }),
      REVIEW,
    ),
    reviewAgreements(
      register({
        agreements: agreementsFor(),
        evaluations: [
          evaluation('esashi', inactive),
          evaluation('nykarleby', { active: true }),
          evaluation('madison', inactive),
        ],
        continuationDecisions: [decision(['esashi'])],
      }),
      REVIEW,
    ),
    reviewAgreements(register({ agreements: agreementsFor() }), { ...REVIEW, asOf: '2022-01-01' }),
    reviewAgreements(register({ agreements: agreementsFor() }), REVIEW),
    reviewAgreements(register({ agreements: agreementsFor() }), {
      period: '2023-2026',
      asOf: '2027-01-01',
      policies: [POLICY_2019_2022, LATER],
    }),
    reviewAgreements(register({ agreements: agreementsFor() }), {
      period: '2027-2030',
      asOf: '2031-01-01',
    }),
  ]);
  const duties = lazy(() =>
    scenarios().flatMap((review) => [
      review.continuation,
      ...review.agreements.flatMap((a) => [a.evaluation, a.termination]),
    ]),
  );

  it('meets every reason in these scenarios', () => {
    expect(new Set(duties().map((duty) => duty.reason))).toEqual(new Set(REASONS));
  });

  it('explains each duty in Swedish and English, naming the rule and the status', () => {
    for (const duty of duties()) {
      for (const language of ['sv', 'en'] as const) {
        const message = explainDuty(duty)[language];
        expect(message, duty.reason).toMatch(/^[A-ZÅÄÖ].* \(.+\): .+ — .+\.$/);
        expect(message, duty.reason).not.toMatch(/undefined|\[object/);
      }
    }
    // The words come from the data, so a copy read back from JSON says the same.
    const first = duties()[0] as AgreementDuty;
    expect(explainDuty(JSON.parse(JSON.stringify(first)))).toEqual(explainDuty(first));
    expect(explainDuty({ ...first })).toEqual(explainDuty(first));
  });
});

describe('reviewAgreements: what each duty carries (mutation-tested)', () => {
  it('with a version in force, each duty carries its rule, clauses and interpretation notes, and only the keys it has', () => {
    const review = reviewAgreements(register({ agreements: agreementsFor(['esashi']) }), REVIEW);
    const rule = (code: string) => POLICY_2019_2022.rules.find((r) => r.code === code);
    expect(review.continuation.rule).toBe(rule('continuation_decision'));
    expect(review.continuation.interpretationNotes.map((n) => n.id)).toEqual([
      'mandate-period',
      'validity',
    ]);
    const esashi = standing(review, 'esashi');
    expect(esashi.evaluation.rule).toBe(rule('agreement_evaluation'));
    expect(esashi.termination.rule).toBe(rule('agreement_termination'));
    expect(esashi.termination.interpretationNotes.map((n) => n.id)).toEqual(['termination']);
    // Termination awaits the evaluation: it has no due day and no evidence.
    expect(Object.keys(esashi.termination)).not.toContain('dueBy');
    expect(Object.keys(esashi.termination)).not.toContain('evidence');
    expect(esashi.activity.unconverted).toEqual([]);
  });

  it('with no version in force, each duty says who owes it and when, from the rule codes alone, with no rule, clauses or notes', () => {
    const review = reviewAgreements(register({ agreements: agreementsFor(['esashi']) }), {
      period: '2023-2026',
      asOf: '2027-01-01',
    });
    const esashi = standing(review, 'esashi');
    expect([review.continuation.owedBy, review.continuation.timing]).toEqual([
      'council',
      'within_mandate_period',
    ]);
    expect([esashi.evaluation.owedBy, esashi.evaluation.timing]).toEqual([
      'municipality',
      'within_mandate_period',
    ]);
    expect([esashi.termination.owedBy, esashi.termination.timing]).toEqual([
      'municipality',
      'after_evaluation',
    ]);
    for (const duty of [review.continuation, esashi.evaluation, esashi.termination]) {
      expect(duty.interpretationNotes).toEqual([]);
      expect(duty.clauses).toEqual([]);
      expect(Object.keys(duty)).not.toContain('rule');
    }
  });

  it('counts an evaluation and a decision dated on asOf itself, and ignores a decision of another period', () => {
    const review = reviewAgreements(
      register({
        agreements: agreementsFor(['esashi']),
        evaluations: [evaluation('esashi', { evaluatedOn: '2022-05-02' })],
        continuationDecisions: [
          decision(['esashi'], '2022-05-01'),
          { ...decision([], '2022-05-02'), mandatePeriod: '2015-2018' },
        ],
      }),
      { period: '2019-2022', asOf: '2022-05-02' },
    );
    expect(standing(review, 'esashi').evaluation.status).toBe('fulfilled');
    expect(review.continuation.status).toBe('fulfilled');
    expect(review.continuation.evidence).toMatchObject({ decidedOn: '2022-05-01' });
  });
});

describe('reviewAgreements: every reason and note in words, in both languages', () => {
  const messages = (duty: AgreementDuty) => explainDuty(duty);

  it('the continuation decision: decided in time, and not yet decided', () => {
    const decided = reviewAgreements(
      register({ agreements: agreementsFor(), continuationDecisions: [decision(ALL_TOWNS)] }),
      REVIEW,
    );
    expect(messages(decided.continuation).en).toContain(
      'decided on 2022-06-20 (KF § 77), by 2022-10-14',
    );
    expect(messages(decided.continuation).sv).toContain(
      'beslutat 2022-06-20 (KF § 77), senast 2022-10-14',
    );
    const waiting = reviewAgreements(register({ agreements: agreementsFor() }), {
      period: '2019-2022',
      asOf: '2022-05-01',
    });
    expect(messages(waiting.continuation).en).toContain('no decision yet; due by 2022-10-14');
    expect(messages(waiting.continuation).sv).toContain('inget beslut ännu; senast 2022-10-14');
    const esashi = standing(waiting, 'esashi');
    expect(explainDuty(esashi.evaluation).en).toContain('no evaluation yet; due by 2022-10-14');
    expect(explainDuty(esashi.termination).en).toContain(
      'the agreement is not evaluated, so whether it must be terminated is open',
    );
    expect(explainDuty(esashi.termination).sv).toContain(
      'avtalet är inte utvärderat, så det går inte att säga om det ska sägas upp',
    );
  });

  it('termination not owed: found active, or of benefit to each party, named in words', () => {
    const active = reviewAgreements(
      register({ agreements: agreementsFor(['esashi']), evaluations: [evaluation('esashi')] }),
      REVIEW,
    );
    const found = standing(active, 'esashi').termination;
    expect(explainDuty(found).sv).toContain('utvärderingen 2022-05-02 fann avtalet aktivt');
    const all = reviewAgreements(
      register({
        agreements: agreementsFor(['esashi']),
        evaluations: [
          evaluation('esashi', {
            active: false,
            benefit: { municipality: true, associations: true, businesses: true },
          }),
        ],
      }),
      REVIEW,
    );
    const benefit = explainDuty(standing(all, 'esashi').termination);
    expect(benefit.en).toContain(
      'the evaluation of 2022-05-02 found it of benefit to the municipality, its associations, its businesses',
    );
    expect(benefit.sv).toContain(
      'utvärderingen 2022-05-02 fann avtalet till nytta för kommunen, föreningslivet, näringslivet',
    );
    const onlyActive = reviewAgreements(
      register({
        agreements: agreementsFor(['esashi']),
        evaluations: [evaluation('esashi', { active: true, benefit: NO_BENEFIT })],
      }),
      REVIEW,
    );
    expect(explainDuty(standing(onlyActive, 'esashi').termination)).toMatchObject({
      en: expect.stringContaining('the evaluation of 2022-05-02 found it active'),
      sv: expect.stringContaining('utvärderingen 2022-05-02 fann avtalet aktivt'),
    });
  });

  it('an agreement not in force when the duties fell due owes none', () => {
    const review = reviewAgreements(
      register({ agreements: [{ id: 'esashi', twinTown: 'esashi', terminatedOn: '2020-01-01' }] }),
      REVIEW,
    );
    expect(explainDuty(standing(review, 'esashi').evaluation)).toMatchObject({
      en: expect.stringContaining(
        'the agreement was not in force when the duties fell due on 2022-10-14',
      ),
      sv: expect.stringContaining(
        'avtalet gällde inte 2022-10-14, då skyldigheterna skulle vara fullgjorda',
      ),
    });
  });

  it('a town the governing version does not list, and a rule it does not have, in words, with their notes', () => {
    const without = variant({
      id: 'without-madison',
      twinTowns: POLICY_2019_2022.twinTowns.filter((town) => town.id !== 'madison'),
      rules: POLICY_2019_2022.rules.filter((rule) => rule.code !== 'continuation_decision'),
    });
    const review = reviewAgreements(
      register({
        agreements: agreementsFor(['esashi', 'madison']),
        continuationDecisions: [decision(['madison'])],
      }),
      { ...REVIEW, policies: [without] },
    );
    const madison = standing(review, 'madison');
    expect(explainDuty(madison.evaluation)).toMatchObject({
      en: expect.stringContaining('the policy in force does not list the town as a twin town'),
      sv: expect.stringContaining('den gällande policyn räknar inte upp orten som vänort'),
    });
    expect(madison.notes[0]).toEqual({ kind: 'not_listed', town: 'Madison', period: '2019–2022' });
    expect(explainNote(madison.notes[0] as AgreementNote)).toEqual({
      sv: 'Den policy som gäller för 2019–2022 räknar inte upp Madison; ingen utvärdering krävs enligt den, men avtalet är inte uppsagt.',
      en: 'The policy governing 2019–2022 does not list Madison; it owes no evaluation under it, but the agreement is not terminated.',
    });
    expect(explainDuty(review.continuation)).toMatchObject({
      en: expect.stringContaining(
        'the version of the policy governing the period has no such rule',
      ),
      sv: expect.stringContaining(
        'den version av policyn som gäller för perioden har ingen sådan regel',
      ),
    });
    const noRule = variant({
      id: 'no-termination',
      rules: POLICY_2019_2022.rules.filter((rule) => rule.code !== 'agreement_termination'),
    });
    const review2 = reviewAgreements(
      register({ agreements: agreementsFor(['esashi']), evaluations: [evaluation('esashi')] }),
      { ...REVIEW, policies: [noRule] },
    );
    expect([
      standing(review2, 'esashi').termination.status,
      standing(review2, 'esashi').termination.reason,
    ]).toEqual(['not_applicable', 'not_in_policy']);
  });

  it('the notes where the register and the records disagree, in Swedish too', () => {
    const review = reviewAgreements(
      register({
        agreements: agreementsFor(['esashi']),
        evaluations: [evaluation('esashi')],
        continuationDecisions: [decision([])],
      }),
      REVIEW,
    );
    const notes = (id: string) => standing(review, id).notes.map(explainNote);
    expect(notes('madison')[0]?.sv).toBe(
      'Registret har inget avtal med Madison; policyn räknar upp orten som vänort, så avtalet antas gälla.',
    );
    expect(notes('esashi')).toEqual([
      {
        sv: 'Utvärderingen fann avtalet med Esashi aktivt, men registret har inget utbyte eller resa med orten under 2019–2022.',
        en: 'The evaluation found the agreement with Esashi active, but the register holds no exchange or trip with the town in 2019–2022.',
      },
      {
        sv: 'Kommunfullmäktiges beslut för 2019–2022 räknar inte upp avtalet med Esashi bland dem som ska fortsätta.',
        en: "The council's decision for 2019–2022 does not list the agreement with Esashi among those that continue.",
      },
    ]);
  });
});

describe('reviewAgreements: more edges (mutation-tested)', () => {
  const inactive = evaluation('madison', { active: false, benefit: NO_BENEFIT });

  it('a continuation decided on asOf, after the evaluation, violates termination; one after asOf is not seen yet', () => {
    const on = reviewAgreements(
      register({
        agreements: agreementsFor(),
        evaluations: [inactive],
        continuationDecisions: [decision(ALL_TOWNS, '2022-06-20')],
      }),
      { period: '2019-2022', asOf: '2022-06-20' },
    );
    expect(standing(on, 'madison').termination.reason).toBe('continued_despite_evaluation');
    const before = reviewAgreements(
      register({
        agreements: agreementsFor(),
        evaluations: [inactive],
        continuationDecisions: [decision(ALL_TOWNS, '2022-06-20')],
      }),
      { period: '2019-2022', asOf: '2022-06-19' },
    );
    expect(standing(before, 'madison').termination.reason).toBe('awaiting_termination');
  });

  it('an agreement awaiting termination and left out of the continuation gets no “not continued” note', () => {
    const review = reviewAgreements(
      register({
        agreements: agreementsFor(['madison']),
        evaluations: [inactive],
        continuationDecisions: [decision([])],
      }),
      REVIEW,
    );
    expect(standing(review, 'madison').termination.reason).toBe('awaiting_termination');
    expect(standing(review, 'madison').notes.map((n) => explainNote(n).en)).not.toContainEqual(
      expect.stringContaining('does not list the agreement'),
    );
    const ended = reviewAgreements(
      register({
        agreements: [{ id: 'madison', twinTown: 'madison', terminatedOn: '2022-12-01' }],
        evaluations: [inactive],
        continuationDecisions: [decision([])],
      }),
      REVIEW,
    );
    expect(standing(ended, 'madison').termination.reason).toBe('terminated');
    expect(standing(ended, 'madison').notes.map((n) => explainNote(n).en)).not.toContainEqual(
      expect.stringContaining('does not list the agreement'),
    );
  });

  it('an agreement not in force keeps its town; a town not listed and not in force gets no note', () => {
    const review = reviewAgreements(
      register({ agreements: [{ id: 'esashi', twinTown: 'esashi', terminatedOn: '2020-01-01' }] }),
      REVIEW,
    );
    expect(standing(review, 'esashi').town?.id).toBe('esashi');
    const without = variant({
      id: 'without-madison-2',
      twinTowns: POLICY_2019_2022.twinTowns.filter((town) => town.id !== 'madison'),
    });
    const ended = reviewAgreements(
      register({
        agreements: [{ id: 'madison', twinTown: 'madison', terminatedOn: '2020-01-01' }],
      }),
      { ...REVIEW, policies: [without] },
    );
    expect(standing(ended, 'madison').notes).toEqual([]);
  });

  it('a version without the evaluation rule owes none: not applicable, not in the policy', () => {
    const noRule = variant({
      id: 'no-evaluation',
      rules: POLICY_2019_2022.rules.filter((rule) => rule.code !== 'agreement_evaluation'),
    });
    const review = reviewAgreements(register({ agreements: agreementsFor(['esashi']) }), {
      ...REVIEW,
      policies: [noRule],
    });
    const duty = standing(review, 'esashi').evaluation;
    expect([duty.status, duty.reason]).toEqual(['not_applicable', 'not_in_policy']);
  });

  it('counts only the activities whose first day falls in the period', () => {
    const trip = (id: string, day: string) => ({
      kind: 'trip',
      id,
      title: 'Visit',
      organiser: 'KLK',
      travellers: { count: 1 },
      destinations: [{ twinTown: 'esashi' }],
      departureDate: day,
      returnDate: day,
    });
    const review = reviewAgreements(
      register({
        agreements: agreementsFor(['esashi']),
        activities: [
          trip('in', '2020-05-04'),
          trip('out', '2023-05-04'),
          trip('early', '2018-12-31'),
        ],
      }),
      REVIEW,
    );
    expect(standing(review, 'esashi').activity.activities).toEqual(['in']);
  });
});

describe('reviewAgreements: the sample register', () => {
  it('an evaluation that agrees with the register’s activity gives no note', () => {
    const parsed = parseRegister(SAMPLE_REGISTER);
    if (!parsed.success) throw new Error('sample register');
    const review = reviewAgreements(parsed.data, { period: '2019-2022', asOf: '2023-03-31' });
    const esashi = review.agreements.find((a) => a.agreement.id === 'esashi');
    expect([esashi?.activity.suggestion, esashi?.evaluation.status]).toEqual([
      'active',
      'fulfilled',
    ]);
    expect(esashi?.notes).toEqual([]);
  });
});

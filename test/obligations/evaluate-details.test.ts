/**
 * The details of an evaluation a reader relies on: what it says of itself in each outcome, the order
 * of its facts, which agreement's end counts, and where a twin town named by id is found.
 */
import { describe, expect, it } from 'vitest';
import {
  definePolicy,
  type Evaluation,
  evaluate,
  POLICY_2019_2022,
  parseRecords,
  toPolicyDefinition,
} from '../../src/index.js';
import { sekItem, trip } from '../fixtures/build.js';

const factsOf = (evaluation: Evaluation, code: string) =>
  evaluation.obligations.find((o) => o.code === code)?.facts;

describe('an evaluation describes itself', () => {
  it('with no policy in force: says so, with the day', () => {
    const evaluation = evaluate(trip({ departureDate: '2018-03-01', returnDate: '2018-03-02' }));
    expect(evaluation.messages).toEqual({
      sv: 'Ingen känd version av policyn gällde 2018-03-01; inga skyldigheter kan beräknas.',
      en: 'No known version of the policy was in force on 2018-03-01; no duties can be computed.',
    });
  });

  it('when nothing is abroad: says the policy does not apply, and why', () => {
    const evaluation = evaluate(trip({ destinations: [{ place: 'Umeå', country: 'SE' }] }));
    expect(evaluation.messages).toEqual({
      sv: 'Policyn gäller inte: alla resmål och parter finns i Sverige.',
      en: 'The policy does not apply: every destination and party is in Sweden.',
    });
  });

  it('otherwise: the duties owed, one after the other, leaving out those that do not apply', () => {
    const evaluation = evaluate(trip({ plannedCosts: [sekItem('9 800,00')] }));
    const owed = evaluation.obligations.filter((o) => o.status !== 'not_applicable');
    expect(owed).toHaveLength(3);
    expect(evaluation.messages).toEqual({
      sv: owed.map((o) => o.messages.sv).join(' '),
      en: owed.map((o) => o.messages.en).join(' '),
    });
    expect(evaluation.messages.en).toMatch(/^Planning: owed by the organiser, before 2020-03-10/);
    expect(evaluation.messages.en).not.toContain('Report-back');
  });
});

describe('the facts come in one order, whatever the order of the destinations', () => {
  const places = [
    { place: 'Paris', country: 'US' },
    { place: 'Paris', country: 'FR' },
    { place: 'Berlin', country: 'DE' },
  ];

  it('places abroad: by place, then by country', () => {
    const expected = [
      { kind: 'abroad', place: 'Berlin', country: 'DE' },
      { kind: 'abroad', place: 'Paris', country: 'FR' },
      { kind: 'abroad', place: 'Paris', country: 'US' },
    ];
    for (const destinations of [places, [...places].reverse(), [places[1], places[0], places[2]]]) {
      expect(factsOf(evaluate(trip({ destinations })), 'council_account')).toEqual(expected);
    }
  });

  it('twin towns: by town, then by the spelling the activity used', () => {
    const spellings = [
      { place: 'Poltsamaa', country: 'EE' },
      { place: 'Põltsamaa', country: 'EE' },
    ];
    const expected = ['Poltsamaa', 'Põltsamaa'].map((place) => ({
      kind: 'twin_town',
      place,
      town: 'poltsamaa',
      name: 'Põltsamaa',
      policyPeriod: '2019–2022',
    }));
    for (const destinations of [spellings, [...spellings].reverse()]) {
      expect(factsOf(evaluate(trip({ destinations })), 'board_approval')).toEqual(expected);
    }
  });
});

describe('twin-town agreements and versions', () => {
  it('the first agreement with a town to end decides, whatever the order of the agreements', () => {
    const agreements = [
      { id: 'c', twinTown: 'poltsamaa', terminatedOn: '2020-01-01' },
      { id: 'b', twinTown: 'poltsamaa', terminatedOn: '2020-02-01' },
      { id: 'a', twinTown: 'poltsamaa' },
    ];
    for (const list of [agreements, [...agreements].reverse()]) {
      const records = parseRecords({ agreements: list });
      if (!records.success) throw new Error('records');
      const evaluation = evaluate(trip({ destinations: [{ twinTown: 'poltsamaa' }] }), {
        agreements: records.data.agreements,
      });
      expect(factsOf(evaluation, 'board_approval')).toEqual([
        { kind: 'no_twin_town' },
        { kind: 'agreement_terminated', name: 'Põltsamaa', terminatedOn: '2020-01-01' },
      ]);
    }
  });

  it('a town named by id that the version in force dropped is still a place abroad, named by the version listing it', () => {
    const definition = toPolicyDefinition(POLICY_2019_2022);
    const successor = definePolicy({
      ...definition,
      id: 'without-madison',
      adoption: { ...definition.adoption, date: '2022-12-12' },
      validity: { from: '2023-01-01', to: '2026-12-31' },
      mandatePeriod: '2023–2026',
      twinTowns: definition.twinTowns.filter((town) => town.id !== 'madison'),
    });
    const evaluation = evaluate(
      trip({
        departureDate: '2023-05-01',
        returnDate: '2023-05-03',
        destinations: [{ twinTown: 'madison' }],
      }),
      { policies: [successor] },
    );
    expect(evaluation.outcome).toBe('evaluated');
    expect(factsOf(evaluation, 'council_account')).toEqual([
      { kind: 'abroad', place: 'Madison', country: 'US' },
    ]);
    expect(evaluation.obligations.find((o) => o.code === 'board_approval')?.status).toBe(
      'not_applicable',
    );
  });
});

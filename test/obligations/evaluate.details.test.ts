/**
 * The details of an evaluation a reader relies on: what it says of itself in each outcome, the order
 * of its facts, which agreement's end counts, and where a twin town named by id is found.
 */
import { describe, expect, it } from 'vitest';
import {
  definePolicy,
  type Evaluation,
  evaluate,
  explain,
  POLICY_2019_2022,
  PolicyError,
  parseActivity,
  parseRecords,
  toPolicyDefinition,
} from '../../src/index.js';
import { eurItem, parsed, sekItem, trip } from '../fixtures/build.js';
import { SAMPLE_EXCHANGE, SAMPLE_TRIP } from '../fixtures/samples.js';
import { thrownBy } from '../support/thrown.js';

const factsOf = (evaluation: Evaluation, code: string) =>
  evaluation.obligations.find((o) => o.code === code)?.facts;

describe('an evaluation describes itself', () => {
  it('with no policy in force: says so, with the day', () => {
    const evaluation = evaluate(trip({ departureDate: '2018-03-01', returnDate: '2018-03-02' }));
    expect(explain(evaluation)).toEqual({
      sv: 'Ingen känd version av policyn gällde 2018-03-01; inga skyldigheter kan beräknas.',
      en: 'No known version of the policy was in force on 2018-03-01; no duties can be computed.',
    });
  });

  it('when nothing is abroad: says the policy does not apply, and why', () => {
    const evaluation = evaluate(trip({ destinations: [{ place: 'Umeå', country: 'SE' }] }));
    expect(explain(evaluation)).toEqual({
      sv: 'Policyn gäller inte: alla resmål och parter finns i Sverige.',
      en: 'The policy does not apply: every destination and party is in Sweden.',
    });
  });

  it('otherwise: the duties owed, one after the other, leaving out those that do not apply', () => {
    const evaluation = evaluate(trip({ plannedCosts: [sekItem('9 800,00')] }));
    const owed = evaluation.obligations.filter((o) => o.status !== 'not_applicable');
    expect(owed).toHaveLength(3);
    expect(explain(evaluation)).toEqual({
      sv: owed.map((o) => explain(o).sv).join(' '),
      en: owed.map((o) => explain(o).en).join(' '),
    });
    expect(explain(evaluation).en).toMatch(/^Planning: owed by the organiser, before 2020-03-10/);
    expect(explain(evaluation).en).not.toContain('Report-back');
  });
});

describe('the facts come in one order, whatever the order of the destinations', () => {
  const places = [
    { place: 'Paris', country: 'US' },
    { place: 'Paris', country: 'FR' },
    { place: 'Berlin', country: 'DE' },
    { place: 'Zagreb', country: 'AT' },
  ];

  it('places abroad: by place, then by country', () => {
    const expected = [
      { kind: 'abroad', place: 'Berlin', country: 'DE' },
      { kind: 'abroad', place: 'Paris', country: 'FR' },
      { kind: 'abroad', place: 'Paris', country: 'US' },
      { kind: 'abroad', place: 'Zagreb', country: 'AT' },
    ];
    for (const destinations of [
      places,
      [...places].reverse(),
      [places[1], places[3], places[0], places[2]],
    ]) {
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

  it('twin towns: by town id, not by the spelling, when the towns differ', () => {
    const towns = [
      { place: 'Madison', country: 'US' },
      { place: 'esashi', country: 'JP' }, // a lower-case spelling sorts after 'Madison'
    ];
    for (const destinations of [towns, [...towns].reverse()]) {
      const facts = factsOf(evaluate(trip({ destinations })), 'board_approval');
      expect(facts?.map((fact) => (fact as { town?: string }).town)).toEqual(['esashi', 'madison']);
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
      // A version without Madison has no note about it: definePolicy refuses a note about a town it lacks.
      interpretationNotes: definition.interpretationNotes.filter(
        (note) => note.id !== 'any-madison',
      ),
      rules: definition.rules.map((rule) => ({
        ...rule,
        interpretationNoteIds: rule.interpretationNoteIds.filter((id) => id !== 'any-madison'),
      })),
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

describe('what an evaluation holds, and leaves out', () => {
  const keysOf = (value: object) => Object.keys(value);

  it('with no policy in force: no facts, no conversions, no policy', () => {
    const evaluation = evaluate(trip({ departureDate: '2018-03-01', returnDate: '2018-03-02' }));
    expect(evaluation.facts).toEqual([]);
    expect(evaluation.conversions).toEqual([]);
    expect(keysOf(evaluation)).not.toContain('policy');
  });

  it('when nothing is abroad, or a trip states no costs: no conversions', () => {
    const home = evaluate(trip({ destinations: [{ place: 'Umeå', country: 'SE' }] }));
    expect(home.conversions).toEqual([]);
    expect(home.facts).toEqual([{ kind: 'all_in_sweden' }]);
    const { plannedCosts: _, ...withoutCosts } = SAMPLE_TRIP;
    expect(evaluate(parsed(withoutCosts)).conversions).toEqual([]);
  });

  it('lists the cost among its facts, after the places', () => {
    const evaluation = evaluate(
      trip({
        destinations: [{ place: 'Tallinn', country: 'EE' }],
        plannedCosts: [sekItem('12 000')],
      }),
    );
    expect(evaluation.facts.map((fact) => fact.kind)).toEqual(['abroad', 'total_cost']);
  });

  it('names the actual costs in the issues when they cannot be converted', () => {
    const evaluation = evaluate(trip({ actualCosts: [eurItem('100')] }));
    const fact = factsOf(evaluation, 'board_report_back')?.[0];
    expect(fact).toMatchObject({ kind: 'costs_not_convertible', basis: 'actual' });
    const issues = (fact as unknown as { issues: { path: unknown[] }[] }).issues;
    expect(issues.map((issue) => issue.path)).toEqual([['actualCosts', 0, 'currency']]);
  });

  it('is provisional only for a report-back judged on planned costs', () => {
    const planned = evaluate(trip({ plannedCosts: [sekItem('12 000')] }));
    expect(planned.obligations.map((o) => [o.code, o.provisional])).toEqual([
      ['planning', false],
      ['board_approval', false],
      ['board_report_back', true],
      ['council_account', false],
    ]);
    const actual = evaluate(trip({ actualCosts: [sekItem('12 000')] }));
    expect(actual.obligations.map((o) => o.provisional)).toEqual([false, false, false, false]);
  });

  it('holds owedTo and dueBy only when the rule names a party and the duty has a day', () => {
    const evaluation = evaluate(trip({ plannedCosts: [sekItem('12 000')] }));
    expect(evaluation.obligations.map((o) => [o.code, 'owedTo' in o, 'dueBy' in o])).toEqual([
      ['planning', false, true],
      ['board_approval', true, true],
      ['board_report_back', true, false],
      ['council_account', true, false],
    ]);
    for (const obligation of evaluation.obligations)
      expect('owedTo' in obligation).toBe(obligation.rule.owedTo !== undefined);
  });
});

describe('a twin town named by id', () => {
  const withKemi = () => {
    const definition = toPolicyDefinition(POLICY_2019_2022);
    return definePolicy({
      ...definition,
      id: 'with-kemi',
      twinTowns: [
        ...definition.twinTowns,
        { id: 'kemi', name: 'Kemi', asWritten: 'Kemi', country: 'FI', aliases: [] },
      ],
    });
  };
  const toKemi = () => {
    const other = withKemi();
    const result = parseActivity(
      { ...SAMPLE_TRIP, destinations: [{ twinTown: 'kemi' }] },
      { policies: [other] },
    );
    if (!result.success) throw new Error(result.issues.map((i) => i.messages.en).join('\n'));
    return { other, activity: result.data };
  };

  it('finds a twin town named by id in the versions the activity was parsed with', () => {
    const { other, activity } = toKemi();
    const evaluation = evaluate(activity, { policies: [other] });
    expect(evaluation.outcome).toBe('evaluated');
    expect(factsOf(evaluation, 'council_account')).toEqual([
      { kind: 'abroad', place: 'Kemi', country: 'FI' },
    ]);
  });

  it('refuses a twin town no version it knows lists, rather than call the trip domestic', () => {
    // Parsed with a version that lists Kemi, evaluated without it: the library cannot know where
    // the trip goes, so it says so (a programmer error) instead of judging it.
    const { activity } = toKemi();
    const thrown = thrownBy(() => evaluate(activity));
    expect(thrown).toBeInstanceOf(PolicyError);
    expect(thrown).toMatchObject({
      code: 'unknown_twin_town',
      details: { twinTown: 'kemi', activity: SAMPLE_TRIP.id },
      messages: {
        sv: `Aktiviteten ${SAMPLE_TRIP.id} nämner vänorten "kemi", som ingen version av policyn som utvärderingen känner till har; utvärdera med de versioner aktiviteten lästes in med.`,
        en: `Activity ${SAMPLE_TRIP.id} names the twin town "kemi", which no version of the policy known to the evaluation lists; evaluate with the versions the activity was parsed with.`,
      },
    });
  });

  it('refuses it as a partner of an exchange too', () => {
    const other = withKemi();
    const result = parseActivity(
      { ...SAMPLE_EXCHANGE, partners: [{ twinTown: 'kemi' }] },
      { policies: [other] },
    );
    if (!result.success) throw new Error(result.issues.map((i) => i.messages.en).join('\n'));
    expect(() => evaluate(result.data)).toThrow(/"kemi"/);
    expect(evaluate(result.data, { policies: [other] }).outcome).toBe('evaluated');
  });
});

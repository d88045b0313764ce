import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  explain,
  POLICY_2019_2022,
  type PolicyVersion,
  parseActivity,
  parsePolicy,
  questionsFor,
} from '../../src/index.js';
import { exampleDefinition, examplePolicy } from '../fixtures/example-policies.js';

const PER_TRAVELLER = examplePolicy('approval-per-traveller');

const sek = (amount: string) => [{ label: 'Travel', category: 'travel', amount, currency: 'SEK' }];

describe('questionsFor: a draft is accepted with what it lacks, and asked what decides', () => {
  it('a trip abroad with no costs yet owes planning and the account; the report-back asks the costs', () => {
    const answer = questionsFor({
      kind: 'trip',
      departureDate: '2021-05-03',
      destinations: [{ place: 'Tallinn', country: 'EE' }],
    });
    expect(answer.outcome).toBe('evaluated');
    expect(answer.policy?.id).toBe(POLICY_2019_2022.id);
    expect(answer.decided.map((o) => [o.code, o.status])).toEqual([
      ['planning', 'owed'],
      ['board_approval', 'not_applicable'],
      ['council_account', 'owed'],
    ]);
    expect(answer.undecided.map((o) => o.code)).toEqual(['board_report_back']);
    expect(answer.questions.map((q) => [q.path, q.decides])).toEqual([
      ['plannedCosts', ['board_report_back']],
      ['actualCosts', ['board_report_back']],
    ]);
    expect(answer.questions[0]?.text.sv).toBe(
      'Vad beräknas resan kosta? Ange budgeten post för post.',
    );
  });

  it('without the first day nothing is judged, and the day is asked first', () => {
    for (const draft of [{}, { kind: 'trip' }, null, 'text']) {
      const answer = questionsFor(draft);
      expect(answer.outcome).toBe('day_unknown');
      expect([answer.decided, answer.undecided]).toEqual([[], []]);
      expect(answer.questions.map((q) => q.path)).toEqual(['departureDate']);
    }
    expect(questionsFor({ kind: 'exchange' }).questions.map((q) => q.path)).toEqual(['startDate']);
  });

  it('a cost that decides decides, whatever the places: 8 000 kr owes no report-back', () => {
    const answer = questionsFor({
      kind: 'trip',
      departureDate: '2021-05-03',
      plannedCosts: sek('8 000'),
    });
    expect(answer.decided.map((o) => [o.code, o.status])).toEqual([
      ['board_report_back', 'not_applicable'],
    ]);
    // The places bear on three duties, and are asked first.
    expect(answer.questions[0]).toMatchObject({
      path: 'destinations',
      decides: ['planning', 'board_approval', 'council_account'],
    });
  });

  it('a place that may be the twin town asks which town is meant', () => {
    const answer = questionsFor({
      kind: 'trip',
      departureDate: '2021-05-03',
      destinations: [{ place: 'Esashi, Hokkaido', country: 'JP' }],
      plannedCosts: sek('8 000'),
    });
    expect(answer.undecided.map((o) => o.code)).toEqual(['board_approval']);
    expect(answer.questions.map((q) => q.path)).toEqual(['destinations[0].place']);
  });

  it('a value written wrongly is listed, and asked for again: never refused, never used', () => {
    const answer = questionsFor({
      kind: 'trip',
      departureDate: '2021-02-30',
      destinations: [{ place: 'Tallinn', country: 'EE' }],
    });
    expect(answer.outcome).toBe('day_unknown');
    expect(answer.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_date', ['departureDate']],
    ]);
    expect(answer.questions.map((q) => q.path)).toEqual(['departureDate']);
  });

  it('per traveller: a cost not above the amount for one decides for any number; above it, the number is asked', () => {
    const ask = (amount: string) =>
      questionsFor(
        {
          kind: 'trip',
          departureDate: '2024-03-01',
          destinations: [{ place: 'Tallinn', country: 'EE' }],
          plannedCosts: sek(amount),
        },
        { policies: [PER_TRAVELLER] },
      );
    expect(ask('15 000,00').decided.map((o) => o.code)).toContain(
      'approval_over_15000_per_traveller',
    );
    const above = ask('15 000,01');
    expect(above.undecided.map((o) => o.code)).toEqual(['approval_over_15000_per_traveller']);
    expect(above.questions.map((q) => [q.path, q.text.en])).toEqual([
      ['travellers.count', 'How many travel?'],
    ]);
  });

  it('a duty no known fact bears on yet says the facts that decide it are missing, never "because ."', () => {
    const answer = questionsFor({ kind: 'trip', departureDate: '2021-05-03' });
    const planning = answer.undecided.find((o) => o.code === 'planning');
    expect(planning?.facts).toEqual([]);
    expect(planning && explain(planning).en).toBe(
      'Planning: cannot be determined yet, because the facts that decide it are missing.',
    );
    expect(planning && explain(planning).sv).toBe(
      'Planering: kan inte avgöras ännu, eftersom uppgifterna som avgör saknas.',
    );
  });

  it('refuses a context that is no context, as evaluate does', () => {
    expect(() => questionsFor({}, { rates: 5 } as never)).toThrow(/questionsFor/);
  });
});

/**
 * The Kleene property: a draft's duty decided is decided alike by every way to complete the draft,
 * and a duty every completion decides alike is decided. The completions cover every class of value
 * the conditions tell apart: a place in Sweden, abroad, a twin town, a place that may be one; no
 * costs, costs below, just above, and in a currency with no rate; one, two or many travellers; a
 * trip or an exchange.
 */
describe('questionsFor decides exactly when every completion of the draft decides alike', () => {
  const PLACES = [
    { place: 'Sundsvall', country: 'SE' },
    { place: 'Tallinn', country: 'EE' },
    { place: 'Põltsamaa', country: 'EE' },
    { place: 'Esashi, Hokkaido', country: 'JP' },
  ];
  const COSTS = [
    undefined,
    sek('0'),
    sek('10 000,00'),
    sek('10 000,01'),
    sek('15 000,01'),
    sek('45 000,01'),
    [{ label: 'Hotel', category: 'lodging', amount: '100', currency: 'EUR' }],
  ];
  const COUNTS = [1, 2, 3, 10_000];
  const full = fc.record({
    place: fc.constantFrom(...PLACES),
    costs: fc.constantFrom(...COSTS),
    count: fc.constantFrom(...COUNTS),
  });
  // The completions come from a small set of full activities: each is judged once, then looked up.
  const judged = new Map<string, ReturnType<typeof evaluate>>();
  const status = (input: Record<string, unknown>, policy: PolicyVersion, code: string) => {
    const key = `${policy.id} ${JSON.stringify(input)}`;
    let evaluation = judged.get(key);
    if (evaluation === undefined) {
      const parsed = parseActivity(input, { policies: [policy] });
      if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
      evaluation = evaluate(parsed.data, { policies: [policy] });
      judged.set(key, evaluation);
    }
    return evaluation.obligations.find((o) => o.code === code)?.status ?? 'not_applicable';
  };
  const trip = (place: object, costs: unknown, count: number) => ({
    kind: 'trip',
    id: 'T',
    title: 't',
    organiser: 'o',
    travellers: { count },
    destinations: [place],
    departureDate: '2021-05-03',
    returnDate: '2021-05-04',
    ...(costs === undefined ? {} : { plannedCosts: costs }),
  });

  test.prop(
    [
      full,
      fc.record({ place: fc.boolean(), costs: fc.boolean(), count: fc.boolean() }),
      fc.constantFrom('built-in', 'per-traveller'),
    ],
    { numRuns: 150 },
  )('for the built-in version and a version per traveller', (known, lacks, which) => {
    const policy = which === 'built-in' ? POLICY_2019_2022 : PER_TRAVELLER;
    const day = which === 'built-in' ? '2021-05-03' : '2024-03-01';
    const draft: Record<string, unknown> = { kind: 'trip', departureDate: day, returnDate: day };
    if (!lacks.place) draft['destinations'] = [known.place];
    if (!lacks.costs && known.costs !== undefined) draft['plannedCosts'] = known.costs;
    if (!lacks.count) draft['travellers'] = { count: known.count };
    const answer = questionsFor(draft, { policies: [policy] });
    const completions = (lacks.place ? PLACES : [known.place]).flatMap((place) =>
      (lacks.costs ? COSTS : [known.costs]).flatMap((costs) =>
        (lacks.count ? COUNTS : [known.count]).map((count) => ({
          ...trip(place, costs, count),
          departureDate: day,
          returnDate: day,
        })),
      ),
    );
    for (const rule of policy.rules.filter((r) => r.when)) {
      const statuses = new Set(completions.map((c) => status(c, policy, rule.code)));
      const decided = answer.decided.find((o) => o.code === rule.code)?.status;
      const undecided = answer.undecided.some((o) => o.code === rule.code);
      if (decided !== undefined) expect(statuses, rule.code).toEqual(new Set([decided]));
      else if (undecided)
        // Undecided: some completions disagree, or one of them is undetermined itself.
        expect(statuses.size > 1 || statuses.has('undetermined'), rule.code).toBe(true);
      // Absent from both (a domestic draft): every completion leaves it out, as not applicable.
      else expect(statuses, rule.code).toEqual(new Set(['not_applicable']));
    }
  });
});

describe('questionsFor: named cases for each part of a draft', () => {
  it('a draft that names nothing but its day and places is read with what it lacks, no issue', () => {
    const answer = questionsFor({
      kind: 'trip',
      departureDate: '2021-05-03',
      destinations: [{ twinTown: 'esashi' }],
    });
    expect(answer.issues).toEqual([]);
    expect(answer.policy?.id).toBe(POLICY_2019_2022.id);
    expect(answer.decided.map((o) => [o.code, o.status])).toContainEqual([
      'board_approval',
      'owed',
    ]);
  });

  it('questions come by how many duties they bear on, then in a set order: kind, places, costs', () => {
    const answer = questionsFor({ departureDate: '2024-03-01' }, { policies: [PER_TRAVELLER] });
    expect(answer.questions.map((q) => [q.path, q.decides.length])).toEqual([
      ['destinations', 3],
      ['kind', 1],
      ['plannedCosts', 1],
      ['actualCosts', 1],
    ]);
    expect(answer.questions[1]?.decides).toEqual(['approval_over_15000_per_traveller']);
  });

  it('an exchange asks for its partners, and its form when not written', () => {
    const answer = questionsFor({ kind: 'exchange', startDate: '2021-05-03' });
    expect(answer.outcome).toBe('evaluated');
    // The form not written, the exchange might be a trip: its kind, and then its costs, decide.
    expect(answer.questions.map((q) => q.path)).toEqual(['partners', 'kind', 'costs']);
    expect(answer.questions[0]?.text.en).toBe(
      'Who are the partners? Give each with its name and country.',
    );
    const withForm = questionsFor({
      kind: 'exchange',
      form: 'incoming_visit',
      startDate: '2021-05-03',
      partners: [{ name: 'Tallinn city', country: 'EE' }],
    });
    expect(withForm.questions).toEqual([]);
    expect(withForm.decided.map((o) => [o.code, o.status])).toEqual([
      ['planning', 'owed'],
      ['board_approval', 'not_applicable'],
      ['board_report_back', 'not_applicable'],
      ['council_account', 'owed'],
    ]);
  });

  it('a draft that is no object, or a list, is a draft with nothing written', () => {
    for (const draft of [[], [{ kind: 'trip' }], 5, undefined])
      expect(questionsFor(draft).questions.map((q) => q.path)).toEqual(['departureDate']);
    expect(questionsFor([]).policy).toBeUndefined();
  });

  it('a list written wrongly is listed and asked for again; what was written rightly is kept', () => {
    const answer = questionsFor({
      kind: 'trip',
      departureDate: '2021-05-03',
      destinations: [{ place: 'Tallinn', country: 'EE' }],
      plannedCosts: [{ label: 'Hotel', category: 'lodging', amount: 100, currency: 'SEK' }],
    });
    expect(answer.issues.map((issue) => issue.code)).toEqual(['amount_not_text']);
    expect(answer.decided.map((o) => o.code)).toEqual([
      'planning',
      'board_approval',
      'council_account',
    ]);
    expect(answer.questions.map((q) => q.path)).toEqual(['plannedCosts', 'actualCosts']);
  });

  it('the day judged counts: before the return, the higher of budget and costs so far decides', () => {
    const draft = {
      kind: 'trip',
      departureDate: '2021-05-03',
      returnDate: '2021-05-10',
      destinations: [{ place: 'Tallinn', country: 'EE' }],
      plannedCosts: sek('12 000'),
      actualCosts: sek('1 000'),
    };
    const during = questionsFor(draft, { asOf: '2021-05-05' });
    const report = during.decided.find((o) => o.code === 'board_report_back');
    expect([report?.status, report?.provisional]).toEqual(['owed', true]);
    const after = questionsFor(draft);
    expect(after.decided.find((o) => o.code === 'board_report_back')?.status).toBe(
      'not_applicable',
    );
  });

  it('a day written wrongly for an exchange is listed and asked for', () => {
    const answer = questionsFor({ kind: 'exchange', form: 'project', startDate: 'soon' });
    expect(answer.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_date', ['startDate']],
    ]);
    expect(answer.questions.map((q) => q.path)).toEqual(['startDate']);
  });

  it('a draft with nothing written asks its day and nothing else: no issue, no version', () => {
    for (const draft of [{}, { kind: 'trip' }, { kind: 'exchange' }, null, 'text', [], [{}], 5]) {
      const answer = questionsFor(draft);
      expect(answer.issues).toEqual([]);
      expect(answer.questions.map((q) => q.decides)).toEqual([[]]);
      expect(Object.keys(answer)).not.toContain('policy');
    }
  });

  it('what names a draft, written wrongly, is listed; not written, it is no issue', () => {
    const answer = questionsFor({
      kind: 'trip',
      title: 5,
      departureDate: '2021-05-03',
      destinations: [{ place: 'Tallinn', country: 'EE' }],
    });
    expect(answer.issues.map((issue) => issue.path)).toEqual([['title']]);
    expect(answer.decided.map((o) => o.code)).toEqual([
      'planning',
      'board_approval',
      'council_account',
    ]);
  });

  it('the twin towns of the versions given are read by their ids in a draft', () => {
    const definition = exampleDefinition('approval-per-traveller') as Record<string, unknown> & {
      twinTowns: Record<string, unknown>[];
    };
    const parsed = parsePolicy({
      ...definition,
      id: 'hypothetical-renamed-town',
      twinTowns: definition.twinTowns.map((town) =>
        town['id'] === 'poltsamaa' ? { ...town, id: 'poltsamaa-vald' } : town,
      ),
    });
    if (!parsed.success) throw new Error(parsed.issues.map((i) => i.messages.en).join('\n'));
    for (const destinations of [[{ twinTown: 'poltsamaa-vald' }], [{ twinTown: 5 }]]) {
      const answer = questionsFor(
        { departureDate: '2024-05-03', kind: 'trip', destinations },
        { policies: [parsed.data] },
      );
      expect(answer.policy?.id).toBe('hypothetical-renamed-town');
      // Written rightly, the town decides the places; written wrongly, they are asked for again.
      expect(answer.issues.length).toBe(typeof destinations[0]?.twinTown === 'string' ? 0 : 1);
      expect(answer.questions.some((q) => q.path === 'destinations')).toBe(
        typeof destinations[0]?.twinTown !== 'string',
      );
    }
  });

  it('a trip whose travellers are not written is asked for them only when the cost decides per head', () => {
    const answer = questionsFor(
      {
        kind: 'trip',
        departureDate: '2024-03-01',
        destinations: [{ place: 'Tallinn', country: 'EE' }],
        plannedCosts: sek('20 000'),
      },
      { policies: [PER_TRAVELLER] },
    );
    expect(answer.questions.map((q) => [q.path, q.decides])).toEqual([
      ['travellers.count', ['approval_over_15000_per_traveller']],
    ]);
  });

  it('a place that may be the twin town is asked before the costs when they decide as many duties', () => {
    const answer = questionsFor({
      departureDate: '2021-05-03',
      kind: 'trip',
      destinations: [{ place: 'Esashi, Hokkaido', country: 'JP' }],
    });
    expect(answer.questions.map((q) => [q.path, q.decides])).toEqual([
      ['destinations[0].place', ['board_approval']],
      ['plannedCosts', ['board_report_back']],
      ['actualCosts', ['board_report_back']],
    ]);
  });

  it('questions are ordered by the set order, not by where a condition names them', () => {
    const definition = exampleDefinition('approval-per-traveller') as Record<string, unknown> & {
      rules: Record<string, unknown>[];
    };
    const parsed = parsePolicy({
      ...definition,
      id: 'hypothetical-cost-first',
      rules: definition.rules.map((rule) =>
        rule['code'] === 'approval_over_15000_per_traveller'
          ? {
              ...rule,
              when: {
                all: [
                  {
                    fact: 'cost',
                    compare: 'more',
                    per: 'activity',
                    amount: { amount: '15 000,00', currency: 'SEK' },
                  },
                  { fact: 'international' },
                  { fact: 'kind', kinds: ['trip'] },
                ],
              },
            }
          : rule,
      ),
    });
    if (!parsed.success) throw new Error(parsed.issues.map((i) => i.messages.en).join('\n'));
    const answer = questionsFor({ departureDate: '2024-03-01' }, { policies: [parsed.data] });
    // The cost rule names the costs first, the places and the kind after: the set order wins.
    expect(answer.questions.map((q) => [q.path, q.decides.length])).toEqual([
      ['destinations', 3],
      ['kind', 1],
      ['plannedCosts', 1],
      ['actualCosts', 1],
    ]);
  });

  it('places that tie keep the order they are written in', () => {
    const places = Array.from({ length: 11 }, (_, i) => ({
      place: i % 2 === 0 ? 'Esashi, Hokkaido' : 'Esashi-chō, Hokkaido',
      country: 'JP',
    }));
    const answer = questionsFor({
      departureDate: '2021-05-03',
      kind: 'trip',
      destinations: places,
      plannedCosts: sek('1 000'),
    });
    expect(answer.questions.map((q) => q.path)).toEqual(
      places.map((_, i) => `destinations[${i}].place`),
    );
  });

  it('an empty list of places and travellers with no number are not written yet: asked, no issue', () => {
    const answer = questionsFor(
      {
        kind: 'trip',
        departureDate: '2024-03-01',
        destinations: [],
        travellers: {},
        plannedCosts: sek('20 000'),
      },
      { policies: [PER_TRAVELLER] },
    );
    expect(answer.issues).toEqual([]);
    expect(answer.questions.map((q) => q.path)).toEqual(['destinations', 'travellers.count']);
  });
});

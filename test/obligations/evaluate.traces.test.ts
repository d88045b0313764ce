import { describe, expect, it } from 'vitest';
import {
  type Activity,
  evaluate,
  type Obligation,
  type PolicyVersion,
  parseActivity,
  parsePolicy,
  questionsFor,
} from '../../src/index.js';
import { exampleDefinition, tripUnder } from '../fixtures/example-policies.js';

/**
 * What each answer of a condition rests on, to the path and the fact: the trace a clerk reads and
 * the facts an obligation cites are exactly those that decided it — of every part of a true `all`
 * or a false `any`, of the true parts of a true `any`, of the false parts of a false `all`, of the
 * unknown parts of an unknown one, each fact once.
 */

const NORDIC = {
  id: 'nordic',
  name: { sv: 'Norden', en: 'the Nordic countries' },
  countries: ['DK', 'FI', 'IS', 'NO', 'SE'],
};
const BALTIC = {
  id: 'baltic',
  name: { sv: 'Baltikum', en: 'the Baltic states' },
  countries: ['EE', 'LT', 'LV'],
};

/**
 * A version of 2023–2026 whose decisions are the rules given (code → condition), beside planning and
 * the council account; with the groups of countries given.
 */
function versionWith(
  conditions: Record<string, unknown>,
  countryGroups?: readonly unknown[],
): PolicyVersion {
  const definition = exampleDefinition('approval-per-traveller') as Record<string, unknown> & {
    rules: Record<string, unknown>[];
  };
  const template = definition.rules.find((rule) => rule['kind'] === 'decision') as object;
  const parsed = parsePolicy({
    ...definition,
    id: 'hypothetical-traces',
    ...(countryGroups ? { countryGroups } : {}),
    rules: definition.rules.flatMap((rule) =>
      rule === template
        ? Object.entries(conditions).map(([code, when]) => ({ ...template, code, when }))
        : [rule],
    ),
  });
  if (!parsed.success) throw new Error(parsed.issues.map((issue) => issue.messages.en).join('\n'));
  return parsed.data;
}

const costing = (amount: string, currency = 'SEK') => [
  { label: 'Travel', category: 'travel', amount, currency },
];

const trip = tripUnder;

function exchange(policy: PolicyVersion, fields: Record<string, unknown> = {}): Activity {
  const parsed = parseActivity(
    {
      kind: 'exchange',
      id: 'E-1',
      title: 'Visit',
      organiser: 'Kultur och fritid',
      form: 'incoming_visit',
      partners: [{ name: 'Tallinn city', country: 'EE' }],
      startDate: '2024-03-01',
      endDate: '2024-03-02',
      ...fields,
    },
    { policies: [policy] },
  );
  if (!parsed.success) throw new Error(parsed.issues.map((issue) => issue.messages.en).join('\n'));
  return parsed.data;
}

function duty(activity: Activity, policy: PolicyVersion, code: string, asOf?: string): Obligation {
  const found = evaluate(activity, {
    policies: [policy],
    ...(asOf ? { asOf } : {}),
  }).obligations.find((each) => each.code === code);
  if (!found) throw new Error(`no obligation ${code}`);
  return found;
}

const ABROAD_TALLINN = { kind: 'abroad', place: 'Tallinn', country: 'EE' };
const ABROAD_VAASA = { kind: 'abroad', place: 'Vaasa', country: 'FI' };
const NO_TWIN_TOWN = { kind: 'no_twin_town' };
const KIND_TRIP = { fact: 'kind', kinds: ['trip'] } as const;
const INTERNATIONAL = { fact: 'international' } as const;
const TWIN_TOWN = { fact: 'twin_town' } as const;
const IN_NORDIC = { fact: 'country_in', group: 'nordic' } as const;
const IN_BALTIC = { fact: 'country_in', group: 'baltic' } as const;
const OVER_10000 = {
  fact: 'cost',
  compare: 'more',
  per: 'activity',
  amount: { amount: '10 000,00', currency: 'SEK' },
} as const;

describe('a true `all` rests on every part, each fact once, with the paths of each answer', () => {
  const policy = versionWith({ nordic_trip: { all: [KIND_TRIP, INTERNATIONAL, IN_NORDIC] } }, [
    NORDIC,
  ]);

  it('a trip to Vaasa: the kind, the place abroad and the group each answer true, from their paths', () => {
    const found = duty(
      trip(policy, { destinations: [{ place: 'Vaasa', country: 'FI' }] }),
      policy,
      'nordic_trip',
    );
    expect(found.status).toBe('owed');
    expect(found.condition).toStrictEqual({
      combine: 'all',
      value: 'true',
      parts: [
        { condition: KIND_TRIP, value: 'true', answer: { value: 'true', paths: ['kind'] } },
        {
          condition: INTERNATIONAL,
          value: 'true',
          answer: { value: 'true', paths: ['destinations[0]'] },
        },
        {
          condition: IN_NORDIC,
          value: 'true',
          answer: { value: 'true', paths: ['destinations[0]'] },
        },
      ],
    });
    // The place abroad is the fact of two parts, and is cited once.
    expect(found.facts).toStrictEqual([ABROAD_VAASA]);
  });

  it('an exchange: its form answers the kind, false, from `form`, and is the one fact cited', () => {
    const found = duty(exchange(policy), policy, 'nordic_trip');
    expect(found.status).toBe('not_applicable');
    expect(found.condition).toStrictEqual({
      combine: 'all',
      value: 'false',
      parts: [
        { condition: KIND_TRIP, value: 'false', answer: { value: 'false', paths: ['form'] } },
      ],
    });
    expect(found.facts).toStrictEqual([{ kind: 'not_a_trip', form: 'incoming_visit' }]);
  });

  it('an exchange of a form the rule names: true, from `form`, resting on no fact of its own', () => {
    const forms = versionWith({ visits: { all: [{ fact: 'kind', kinds: ['incoming_visit'] }] } });
    const found = duty(exchange(forms), forms, 'visits');
    expect(found.condition).toStrictEqual({
      combine: 'all',
      value: 'true',
      parts: [
        {
          condition: { fact: 'kind', kinds: ['incoming_visit'] },
          value: 'true',
          answer: { value: 'true', paths: ['form'] },
        },
      ],
    });
    expect(found.facts).toStrictEqual([]);
  });

  it('a trip of a kind the rule does not name: false, from `kind`', () => {
    const forms = versionWith({ visits: { fact: 'kind', kinds: ['incoming_visit'] } });
    const found = duty(trip(forms), forms, 'visits');
    expect(found.condition).toStrictEqual({
      condition: { fact: 'kind', kinds: ['incoming_visit'] },
      value: 'false',
      answer: { value: 'false', paths: ['kind'] },
    });
    expect(found.facts).toStrictEqual([]);
  });

  it('partners have paths of their own', () => {
    const anywhere = versionWith({ abroad: INTERNATIONAL });
    const found = duty(
      exchange(anywhere, {
        partners: [
          { name: 'Tallinn city', country: 'EE' },
          { name: 'Vaasa stad', country: 'FI' },
        ],
      }),
      anywhere,
      'abroad',
    );
    expect(found.condition).toStrictEqual({
      condition: INTERNATIONAL,
      value: 'true',
      answer: { value: 'true', paths: ['partners[0]', 'partners[1]'] },
    });
  });
});

describe('a true `any` rests on its true parts only; a false `all` on its false parts only', () => {
  const policy = versionWith(
    {
      either: { any: [TWIN_TOWN, INTERNATIONAL] },
      both: { all: [INTERNATIONAL, TWIN_TOWN] },
      neither: { any: [TWIN_TOWN, IN_NORDIC] },
    },
    [NORDIC],
  );
  const tallinn = trip(policy);

  it('any(twin town, abroad) for Tallinn: true, from the place abroad, not the lack of a twin town', () => {
    const found = duty(tallinn, policy, 'either');
    expect(found.condition.value).toBe('true');
    expect(found.facts).toStrictEqual([ABROAD_TALLINN]);
  });

  it('all(abroad, twin town) for Tallinn: false, from the lack of a twin town alone', () => {
    const found = duty(tallinn, policy, 'both');
    expect(found.condition).toStrictEqual({
      combine: 'all',
      value: 'false',
      parts: [
        {
          condition: INTERNATIONAL,
          value: 'true',
          answer: { value: 'true', paths: ['destinations[0]'] },
        },
        {
          condition: TWIN_TOWN,
          value: 'false',
          answer: { value: 'false', paths: ['destinations[0]'] },
        },
      ],
    });
    expect(found.facts).toStrictEqual([NO_TWIN_TOWN]);
  });

  it('any(twin town, Nordic) for Tallinn: false, from both parts, in order', () => {
    const found = duty(tallinn, policy, 'neither');
    expect(found.condition.value).toBe('false');
    expect(found.facts).toStrictEqual([NO_TWIN_TOWN, ABROAD_TALLINN]);
  });

  it('a trip to a twin town: the twin town is the answer, from its path', () => {
    const found = duty(
      trip(policy, {
        destinations: [{ place: 'Tallinn', country: 'EE' }, { twinTown: 'poltsamaa' }],
      }),
      policy,
      'both',
    );
    expect(found.condition).toMatchObject({
      value: 'true',
      parts: [{}, { value: 'true', answer: { value: 'true', paths: ['destinations[1]'] } }],
    });
    expect(found.facts.map((fact) => fact.kind)).toEqual(['abroad', 'abroad', 'twin_town']);
  });
});

describe('`not` rests on its part; a group of countries on the places in it, or on every place', () => {
  const policy = versionWith(
    {
      outside_nordic: { all: [KIND_TRIP, { not: IN_NORDIC }] },
      baltic: IN_BALTIC,
    },
    [NORDIC, BALTIC],
  );

  it('a trip to Tallinn is outside the Nordic countries: every place abroad, every path', () => {
    const found = duty(trip(policy), policy, 'outside_nordic');
    expect(found.status).toBe('owed');
    expect(found.condition).toStrictEqual({
      combine: 'all',
      value: 'true',
      parts: [
        { condition: KIND_TRIP, value: 'true', answer: { value: 'true', paths: ['kind'] } },
        {
          combine: 'not',
          value: 'true',
          parts: [
            {
              condition: IN_NORDIC,
              value: 'false',
              answer: { value: 'false', paths: ['destinations[0]'] },
            },
          ],
        },
      ],
    });
    expect(found.facts).toStrictEqual([ABROAD_TALLINN]);
  });

  it('Tallinn, Stockholm and Vaasa: in the group by Stockholm and Vaasa, resting on Vaasa alone', () => {
    const found = duty(
      trip(policy, {
        destinations: [
          { place: 'Tallinn', country: 'EE' },
          { place: 'Stockholm', country: 'SE' },
          { place: 'Vaasa', country: 'FI' },
        ],
      }),
      policy,
      'outside_nordic',
    );
    expect(found.status).toBe('not_applicable');
    const part = found.condition as { parts: readonly { parts?: readonly unknown[] }[] };
    expect(part.parts[1]?.parts?.[0]).toStrictEqual({
      condition: IN_NORDIC,
      value: 'true',
      answer: { value: 'true', paths: ['destinations[1]', 'destinations[2]'] },
    });
    // Stockholm is in the group but not abroad: the place abroad in it is the fact.
    expect(found.facts).toStrictEqual([ABROAD_VAASA]);
  });

  it('the group the condition names is the one asked, not the first the version lists', () => {
    expect(duty(trip(policy), policy, 'baltic').status).toBe('owed');
    const vaasa = trip(policy, { destinations: [{ place: 'Vaasa', country: 'FI' }] });
    expect(duty(vaasa, policy, 'baltic').status).toBe('not_applicable');
    expect(duty(vaasa, policy, 'baltic').facts).toStrictEqual([ABROAD_VAASA]);
  });
});

describe('an unknown condition rests on its unknown parts; one decided by every completion on all', () => {
  const policy = versionWith({
    costly: { all: [INTERNATIONAL, OVER_10000] },
    either_way: { any: [OVER_10000, { not: OVER_10000 }] },
  });
  const unconvertible = trip(policy, { plannedCosts: costing('1 200,00', 'EUR') });

  it('a cost in euros without a rate: unknown, asking for the item, resting on the cost alone', () => {
    const found = duty(unconvertible, policy, 'costly');
    expect(found.status).toBe('undetermined');
    expect(found.condition).toMatchObject({
      combine: 'all',
      value: 'unknown',
      parts: [
        { value: 'true' },
        {
          value: 'unknown',
          answer: {
            value: 'unknown',
            paths: ['plannedCosts', 'actualCosts'],
            missing: ['plannedCosts[0].currency'],
          },
        },
      ],
    });
    expect(found.facts.map((fact) => fact.kind)).toEqual(['costs_not_convertible']);
  });

  it('no costs at all: unknown, asking for both kinds of costs', () => {
    const found = duty(trip(policy), policy, 'costly');
    expect(found.condition).toMatchObject({
      parts: [
        {},
        {
          value: 'unknown',
          answer: {
            paths: ['plannedCosts', 'actualCosts'],
            missing: ['plannedCosts', 'actualCosts'],
          },
        },
      ],
    });
    expect(found.facts).toStrictEqual([{ kind: 'costs_missing' }]);
  });

  it('any(cost, not cost) is true whatever the cost: decided by completions, resting on the cost', () => {
    const found = duty(unconvertible, policy, 'either_way');
    expect(found.status).toBe('owed');
    expect(found.condition).toMatchObject({ value: 'true', decidedByCompletions: true });
    expect(found.facts.map((fact) => fact.kind)).toEqual(['costs_not_convertible']);
  });
});

describe('cost conditions: the limit, the comparison and the paths, per activity and per traveller', () => {
  const atLeast = {
    fact: 'cost',
    compare: 'at_least',
    per: 'activity',
    amount: { amount: '10 000,00', currency: 'SEK' },
  } as const;
  const perTraveller = {
    fact: 'cost',
    compare: 'more',
    per: 'traveller',
    amount: { amount: '5 000,00', currency: 'SEK' },
  } as const;
  const policy = versionWith({
    more: OVER_10000,
    at_least: atLeast,
    also_more: { all: [INTERNATIONAL, OVER_10000] },
    over_20000: { ...OVER_10000, amount: { amount: '20 000,00', currency: 'SEK' } },
    each: perTraveller,
  });
  const at = (amount: string, fields: Record<string, unknown> = {}) =>
    evaluate(trip(policy, { actualCosts: costing(amount), ...fields }), { policies: [policy] });
  const status = (amount: string, code: string) =>
    at(amount).obligations.find((each) => each.code === code)?.status;

  it('10 000,00 kr is at least 10 000 kr, and not more; 9 999,99 kr is neither', () => {
    expect(status('10 000,00', 'at_least')).toBe('owed');
    expect(status('10 000,00', 'more')).toBe('not_applicable');
    expect(status('9 999,99', 'at_least')).toBe('not_applicable');
    expect(status('10 000,01', 'more')).toBe('owed');
  });

  it('the fact says how it compared, and carries nothing it does not use', () => {
    const facts = at('10 000,00').obligations.map((each) => [each.code, each.facts]);
    const [, atLeastFacts] = facts.find(([code]) => code === 'at_least') ?? [];
    expect(atLeastFacts).toMatchObject([{ kind: 'total_cost', compare: 'at_least', above: true }]);
    const [, moreFacts] = facts.find(([code]) => code === 'more') ?? [];
    const more = (moreFacts as readonly object[])[0] as object;
    expect(Object.keys(more).sort()).toEqual(
      ['above', 'basis', 'conversions', 'kind', 'provisional', 'threshold', 'total'].sort(),
    );
  });

  it('two amounts are two facts; the same amount in two rules is one fact, shared', () => {
    const evaluation = at('15 000,00');
    const of = (code: string) => evaluation.obligations.find((each) => each.code === code);
    expect(of('more')?.status).toBe('owed');
    expect(of('over_20000')?.status).toBe('not_applicable');
    expect(of('over_20000')?.facts[0]).toMatchObject({ threshold: { amount: 2_000_000 } });
    expect(of('also_more')?.facts.map((fact) => fact.kind)).toEqual(['abroad', 'total_cost']);
    expect(of('more')?.facts[0]).toBe(of('also_more')?.facts[1]);
    expect(evaluation.facts.filter((fact) => fact.kind === 'total_cost')).toHaveLength(4);
  });

  it('per traveller: the amount times the travellers, from the costs and the count', () => {
    const three = at('15 000,01', { travellers: { count: 3 } });
    const each = three.obligations.find((one) => one.code === 'each');
    expect(each?.status).toBe('owed');
    expect(each?.condition).toMatchObject({
      answer: { value: 'true', paths: ['plannedCosts', 'actualCosts', 'travellers.count'] },
    });
    expect(each?.facts).toMatchObject([
      {
        threshold: { amount: 1_500_000 },
        perTraveller: { amount: { amount: 500_000 }, travellers: 3 },
      },
    ]);
    const more = three.obligations.find((one) => one.code === 'more');
    expect(more?.condition).toMatchObject({
      answer: { paths: ['plannedCosts', 'actualCosts'] },
    });
  });

  it("an exchange's costs are judged from `costs`; per traveller, it has none, so never above", () => {
    const visit = exchange(policy, { costs: costing('15 000,00') });
    const evaluation = evaluate(visit, { policies: [policy] });
    const of = (code: string) => evaluation.obligations.find((each) => each.code === code);
    expect(of('more')?.status).toBe('owed');
    expect(of('more')?.condition).toMatchObject({ answer: { paths: ['costs'] } });
    expect(of('more')?.facts).toMatchObject([{ kind: 'total_cost', basis: 'actual' }]);
    expect(of('each')?.status).toBe('not_applicable');
    expect(of('each')?.condition).toStrictEqual({
      condition: { ...perTraveller, amount: { minorUnits: 500_000, currency: 'SEK' } },
      value: 'false',
      answer: {
        value: 'false',
        paths: ['form'],
        parameter: { name: 'amount', version: policy.id, minorUnits: 500_000 },
      },
    });
    expect(of('each')?.facts).toStrictEqual([{ kind: 'not_a_trip', form: 'incoming_visit' }]);
  });

  it("an exchange's costs in a currency without a rate ask for the item under `costs`", () => {
    const visit = exchange(policy, { costs: costing('1 200,00', 'EUR') });
    const more = duty(visit, policy, 'more');
    expect(more.condition).toMatchObject({
      answer: { value: 'unknown', paths: ['costs'], missing: ['costs[0].currency'] },
    });
  });

  it('actual costs recorded as none decide after the trip, with the budget beside as planned instead', () => {
    const none = duty(
      trip(policy, { actualCosts: [], plannedCosts: costing('12 000,00') }),
      policy,
      'more',
      '2024-04-01',
    );
    expect(none.status).toBe('not_applicable');
    expect(none.facts).toMatchObject([
      { basis: 'actual', provisional: false, plannedInstead: { amount: 1_200_000 } },
    ]);
    // Before the end, the budget decides, provisionally, and nothing is "instead".
    const before = duty(
      trip(policy, { actualCosts: [], plannedCosts: costing('12 000,00') }),
      policy,
      'more',
      '2024-03-02',
    );
    expect(before.status).toBe('owed');
    expect(before.provisional).toBe(true);
    expect(before.facts[0]).not.toHaveProperty('plannedInstead');
  });
});

describe('what is shared, and what a draft or an activity outside every version says', () => {
  it('two rules on one fact cite the same frozen list of facts', () => {
    const policy = versionWith({ abroad: INTERNATIONAL });
    const evaluation = evaluate(trip(policy), { policies: [policy] });
    const [planning, abroad] = [evaluation.obligations[0], evaluation.obligations[1]];
    expect(planning?.code).toBe('planning');
    expect(abroad?.code).toBe('abroad');
    expect(planning?.facts).toBe(abroad?.facts);
  });

  /** The built-in version's approval of a trip in 2021 to a twin town named by id. */
  const approvalOf = (twinTown: string, id = twinTown) => {
    const parsed = parseActivity({
      kind: 'trip',
      id,
      title: 'Visit',
      organiser: 'Kultur',
      travellers: { count: 1 },
      destinations: [{ twinTown }],
      departureDate: '2021-03-01',
      returnDate: '2021-03-05',
    });
    if (!parsed.success) throw new Error('unparsed');
    return evaluate(parsed.data).obligations.find((each) => each.code === 'board_approval');
  };

  it('the notes a rule cites are one frozen list for every activity naming the same towns', () => {
    const first = approvalOf('madison', 'A');
    const second = approvalOf('madison', 'B');
    expect(first?.interpretationNotes.length).toBeGreaterThan(0);
    expect(first?.interpretationNotes).toBe(second?.interpretationNotes);
  });

  it('a note about some twin towns is cited for them, not for another twin town', () => {
    const aboutTowns = (twinTown: string) =>
      approvalOf(twinTown)
        ?.interpretationNotes.filter((note) => note.twinTowns)
        .map((note) => note.id);
    expect(aboutTowns('madison')).toEqual(['any-madison']);
    expect(aboutTowns('poltsamaa')).toEqual([]);
  });

  it('an activity no version covers is not judged international', () => {
    const policy = versionWith({ abroad: INTERNATIONAL });
    const evaluation = evaluate(
      trip(policy, { departureDate: '2019-01-01', returnDate: '2019-01-02' }),
      {
        policies: [policy],
      },
    );
    expect(evaluation.outcome).toBe('no_policy_in_force');
    expect(evaluation.international).toBe(false);
    // A trip of 2024 judged under the built-in versions alone: none covers it either.
    expect(evaluate(trip(policy)).outcome).toBe('no_policy_in_force');
  });

  it('a draft version marks every duty as a draft; a version in force marks none', () => {
    const policy = versionWith({ abroad: INTERNATIONAL });
    const definition = exampleDefinition('approval-per-traveller');
    const parsed = parsePolicy({ ...definition, id: 'hypothetical-draft', draft: true });
    if (!parsed.success)
      throw new Error(parsed.issues.map((issue) => issue.messages.en).join('\n'));
    const marks = (version: PolicyVersion) =>
      evaluate(trip(version), { policies: [version] }).obligations.map((each) => each.draft);
    expect(marks(parsed.data)).toEqual([true, true, true]);
    expect(marks(policy)).toEqual([undefined, undefined, undefined]);
  });

  it('a draft whose places are not given asks for them for a group of countries too, and is not judged international', () => {
    const policy = versionWith({ baltic: IN_BALTIC }, [BALTIC]);
    const answer = questionsFor(
      { kind: 'trip', departureDate: '2024-03-01', travellers: { count: 1 } },
      { policies: [policy] },
    );
    const baltic = answer.undecided.find((each) => each.code === 'baltic');
    expect(baltic?.condition).toMatchObject({
      value: 'unknown',
      parts: [
        { value: 'unknown', answer: { value: 'unknown', paths: [], missing: ['destinations'] } },
        { value: 'unknown', answer: { value: 'unknown', paths: [], missing: ['destinations'] } },
      ],
    });
    expect(baltic?.facts).toStrictEqual([]);
    expect(answer.questions.map((question) => question.path)).toContain('destinations');
  });
});

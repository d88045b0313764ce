import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  definePolicy,
  POLICY_2019_2022,
  type PolicyDefinition,
  parsePolicy,
  toPolicyDefinition,
} from '../../src/index.js';
import { canonicalJson } from '../../src/policy/define-policy.js';
import { withNotesOfItsTowns } from '../fixtures/variant.js';
import { lazy } from '../support/lazy.js';
import { thrownBy } from '../support/thrown.js';

const DEFINITION = lazy(() => toPolicyDefinition(POLICY_2019_2022));
const codes = (input: unknown) => {
  const result = parsePolicy(input);
  return result.success ? [] : result.issues.map((i) => [i.code, i.path.join('.')]);
};

describe('canonicalJson: the text a fingerprint is the hash of', () => {
  it('sorts object keys at every depth, keeps array order, and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }, 2], e: undefined, ä: true })).toBe(
      '{"a":[{"c":null,"d":"x"},2],"b":1,"ä":true}',
    );
    expect(canonicalJson([3, 'a', null])).toBe('[3,"a",null]');
  });
});

describe('parsePolicy and definePolicy: a definition is checked as a whole', () => {
  it('accepts the built-in definition and gives back the built-in version', () => {
    const result = parsePolicy(DEFINITION());
    expect(result.success && result.data).toEqual(POLICY_2019_2022);
  });

  it('pins the fingerprint of the 2019–2022 version: any change to its data changes it', () => {
    expect(POLICY_2019_2022.fingerprint).toBe(
      'sha256:4e9879334ab87a33605670e4980339d1d994ca78a39e38dcecf24460c163a966',
    );
  });

  it('gives the same fingerprint however the threshold and keys are written', () => {
    const reordered = Object.fromEntries(
      Object.entries(DEFINITION()).reverse(),
    ) as PolicyDefinition;
    for (const reportBackThreshold of [
      { minorUnits: 1_000_000, currency: 'SEK' },
      { amount: '10 000,00', currency: 'SEK' },
      { amount: '10000', currency: 'SEK' },
    ]) {
      const written = definePolicy({ ...reordered, reportBackThreshold });
      expect(written.fingerprint).toBe(POLICY_2019_2022.fingerprint);
    }
  });

  it('writes the threshold back as a decimal string in kronor', () => {
    expect(DEFINITION().reportBackThreshold).toEqual({ amount: '10000.00', currency: 'SEK' });
  });

  it('changes the fingerprint when one character of one clause changes', () => {
    const clauses = DEFINITION().clauses.map((c, i) => (i === 0 ? { ...c, en: `${c.en} ` } : c));
    expect(definePolicy({ ...DEFINITION(), clauses }).fingerprint).toBe(
      POLICY_2019_2022.fingerprint,
    ); // trimmed
    const changed = DEFINITION().clauses.map((c, i) => (i === 0 ? { ...c, en: `${c.en}!` } : c));
    expect(definePolicy({ ...DEFINITION(), clauses: changed }).fingerprint).not.toBe(
      POLICY_2019_2022.fingerprint,
    );
  });

  it('refuses duplicate ids of clauses, goals, twin towns and rules', () => {
    expect(
      codes({
        ...DEFINITION(),
        clauses: [...DEFINITION().clauses, DEFINITION().clauses[0]],
        goals: [...DEFINITION().goals, DEFINITION().goals[0]],
        twinTowns: [...DEFINITION().twinTowns, { ...DEFINITION().twinTowns[0], aliases: [] }],
        rules: [...DEFINITION().rules.slice(0, 7), DEFINITION().rules[0]],
      }),
    ).toEqual([
      ['duplicate_id', 'clauses.18.id'],
      ['duplicate_id', 'goals.5.id'],
      ['duplicate_id', 'twinTowns.4.id'],
      ['duplicate_id', 'rules.7.code'],
    ]);
  });

  it('refuses a citation of a clause the definition does not have, wherever it is', () => {
    const rules = DEFINITION().rules.map((r, i) =>
      i === 1 ? { ...r, clauseIds: ['board.travel'] } : r,
    );
    const goals = DEFINITION().goals.map((g, i) => (i === 0 ? { ...g, clauseId: 'goal.none' } : g));
    const clauses = DEFINITION().clauses.map((c, i) =>
      i === 0 ? { ...c, parent: 'intro.none' } : c,
    );
    expect(codes({ ...DEFINITION(), rules, goals, clauses })).toEqual([
      ['unknown_clause', 'clauses.0.parent'],
      ['unknown_clause', 'goals.0.clauseId'],
      ['unknown_clause', 'rules.1.clauseIds.0'],
    ]);
    const result = parsePolicy({ ...DEFINITION(), rules });
    expect(!result.success && result.issues[0]?.messages.sv).toBe(
      'rules[1].clauseIds[0]: paragrafen "board.travel" finns inte i policyn.',
    );
  });

  it('refuses a spelling that would name two twin towns', () => {
    const twinTowns = DEFINITION().twinTowns.map((t, i) =>
      i === 1 ? { ...t, aliases: [...t.aliases, 'POLTSAMAA'] } : t,
    );
    expect(codes({ ...DEFINITION(), twinTowns })).toEqual([
      ['ambiguous_name', 'twinTowns.1.aliases.4'],
    ]);
  });

  it('accepts a caller’s twin towns without local names, regions, qualifiers or namesakes', () => {
    const twinTowns = DEFINITION().twinTowns.map(({ id, name, asWritten, country, aliases }) => ({
      id,
      name,
      asWritten,
      country,
      aliases,
    }));
    const result = parsePolicy({ ...DEFINITION(), twinTowns });
    expect(result.success && result.data.twinTowns[1]).toEqual({
      id: 'esashi',
      name: 'Esashi',
      asWritten: 'Esashi kommun, Japan',
      country: 'JP',
      aliases: ['Esashi', 'Esashi kommun', 'Esashi-cho', 'Esashi town'],
    });
  });

  it('holds Esashi as 枝幸町 in Sōya, Hokkaido, with its two namesakes, as data of the town', () => {
    const esashi = POLICY_2019_2022.twinTowns.find((town) => town.id === 'esashi');
    expect(esashi?.localNames?.[0]).toBe('枝幸町');
    expect(esashi?.regions?.slice(0, 2)).toEqual(['Sōya', 'Hokkaido']);
    expect(esashi?.regions).not.toContain('Hiyama');
    expect(esashi?.namesakes?.map((n) => [n.localNames?.[0], n.regions[0], n.regions[1]])).toEqual([
      ['江差町', 'Hiyama', 'Hokkaido'],
      ['江刺', 'Ōshū', 'Iwate'],
    ]);
    // Every twin town's qualifiers are data of the town.
    for (const town of POLICY_2019_2022.twinTowns) expect(town.regions?.length).toBeGreaterThan(0);
  });

  it('refuses local names, regions, qualifiers and namesakes that could never be matched, at their paths', () => {
    const twinTowns = DEFINITION().twinTowns.map((town, i) => {
      if (i === 0) return { ...town, regions: [...(town.regions ?? []), '--'], qualifiers: ['·'] };
      if (i === 1)
        return {
          ...town,
          localNames: [...(town.localNames ?? []), 'Põltsamaa'],
          namesakes: [
            { name: 'Esashi', regions: ['Hokkaido', 'Esashi'] },
            { name: '!', localNames: ['?'], regions: ['Hiyama'] },
          ],
        };
      return town;
    });
    expect(codes({ ...DEFINITION(), twinTowns })).toEqual([
      ['no_letters', 'twinTowns.0.regions.4'],
      ['no_letters', 'twinTowns.0.qualifiers.0'],
      ['ambiguous_name', 'twinTowns.1.localNames.2'],
      ['ambiguous_name', 'twinTowns.1.namesakes.0.regions.1'],
      ['namesake_not_distinguished', 'twinTowns.1.namesakes.0.regions'],
      ['no_letters', 'twinTowns.1.namesakes.1.name'],
      ['no_letters', 'twinTowns.1.namesakes.1.localNames.0'],
    ]);
  });

  it('refuses a namesake with no regions, or with keys it does not know', () => {
    const twinTowns = DEFINITION().twinTowns.map((town, i) =>
      i === 1
        ? {
            ...town,
            namesakes: [
              { name: 'Esashi', regions: [] },
              { name: 'Esashi', regions: ['Iwate'], state: 'x' },
            ],
          }
        : town,
    );
    expect(codes({ ...DEFINITION(), twinTowns })).toEqual([
      ['too_few', 'twinTowns.1.namesakes.0.regions'],
      ['unknown_key', 'twinTowns.1.namesakes.1.state'],
    ]);
  });

  it('says why a namesake no region tells apart is refused, in both languages', () => {
    const twinTowns = DEFINITION().twinTowns.map((town, i) =>
      i === 1
        ? { ...town, namesakes: [{ name: 'Esashi', regions: ['Hokkaido', '北海道'] }] }
        : town,
    );
    const result = parsePolicy({ ...DEFINITION(), twinTowns });
    expect(!result.success && result.issues[0]?.messages).toEqual({
      sv: 'twinTowns[1].namesakes[0].regions: orten "Esashi" med samma namn har bara regioner som vänorten "esashi" också ligger i, så ingen ort kan skiljas från vänorten; lägg till en region som bara den ligger i (för Esashi i Hiyama: "Hiyama").',
      en: 'twinTowns[1].namesakes[0].regions: the namesake "Esashi" has only regions the twin town "esashi" lies in too, so no place can be told from the twin town; add a region only it lies in (for Esashi in Hiyama: "Hiyama").',
    });
  });

  it('refuses validity out of order, and adoption after the first day in force', () => {
    expect(codes({ ...DEFINITION(), validity: { from: '2022-12-31', to: '2019-11-25' } })).toEqual([
      ['end_before_start', 'validity.to'],
    ]);
    expect(codes({ ...DEFINITION(), validity: { from: '2019-11-24', to: '2022-12-31' } })).toEqual([
      ['adopted_after_start', 'adoption.date'],
    ]);
    expect(codes({ ...DEFINITION(), validity: { from: '2019-11-25', to: '2019-11-25' } })).toEqual(
      [],
    );
  });

  it('refuses a threshold in another currency, or one that is not an exact amount', () => {
    expect(
      codes({ ...DEFINITION(), reportBackThreshold: { amount: '1 000,00', currency: 'EUR' } }),
    ).toEqual([['threshold_not_sek', 'reportBackThreshold.currency']]);
    expect(
      codes({ ...DEFINITION(), reportBackThreshold: { amount: '10 000,001', currency: 'SEK' } }),
    ).toEqual([['too_many_decimals', 'reportBackThreshold.amount']]);
  });

  it('refuses a threshold written as a bare number, given twice, or not at all (note 2)', () => {
    const threshold = (reportBackThreshold: unknown) => {
      const result = parsePolicy({ ...DEFINITION(), reportBackThreshold });
      return result.success ? [] : result.issues.map((i) => [i.code, i.path.join('.')]);
    };
    expect(threshold({ amount: 10_000, currency: 'SEK' })).toEqual([
      ['amount_not_text', 'reportBackThreshold.amount'],
    ]);
    const bare = parsePolicy({
      ...DEFINITION(),
      reportBackThreshold: { amount: 10_000, currency: 'SEK' },
    });
    expect(!bare.success && bare.issues[0].messages.en).toBe(
      'reportBackThreshold.amount: is a number; write the amount as text in kronor, e.g. "10 000,00" or "10000.00", or as whole öre in the field minorUnits.',
    );
    expect(threshold({ amount: '10000', minorUnits: 1_000_000, currency: 'SEK' })).toEqual([
      ['amount_given_twice', 'reportBackThreshold'],
    ]);
    expect(threshold({ currency: 'SEK' })).toEqual([['required', 'reportBackThreshold.amount']]);
    expect(threshold({ minorUnits: 1.5, currency: 'SEK' })).toEqual([
      ['float_amount', 'reportBackThreshold.minorUnits'],
    ]);
  });

  it('refuses a policy the council did not adopt (council.policy)', () => {
    expect(
      codes({ ...DEFINITION(), adoption: { ...DEFINITION().adoption, body: 'board' } }),
    ).toEqual([['not_adopted_by_council', 'adoption.body']]);
  });

  it('refuses unknown keys, rule codes, parties and a period that is not a board term', () => {
    expect(codes({ ...DEFINITION(), extra: 1 })).toEqual([['unknown_key', 'extra']]);
    expect(codes({ ...DEFINITION(), mandatePeriod: '2019-2023' })).toEqual([
      ['invalid_period', 'mandatePeriod'],
    ]);
    const rules = DEFINITION().rules.map((r, i) =>
      i === 0 ? { ...r, kind: 'travel', owedBy: 'mayor' } : r,
    );
    expect(codes({ ...DEFINITION(), rules }).map(([code]) => code)).toEqual([
      'invalid_value',
      'invalid_value',
    ]);
    // A rule's code is the maintainer's: any identifier.
    const renamed = DEFINITION().rules.map((r, i) => (i === 0 ? { ...r, code: 'travel' } : r));
    expect(codes({ ...DEFINITION(), rules: renamed })).toEqual([]);
  });

  it('says what each issue is about, with the values that make it one', () => {
    const issuesOf = (input: unknown) => {
      const result = parsePolicy(input);
      return result.success
        ? []
        : result.issues.map(({ path, values, messages }) => ({ path, values, en: messages.en }));
    };
    expect(
      issuesOf({ ...DEFINITION(), goals: [...DEFINITION().goals, DEFINITION().goals[0]] }),
    ).toEqual([
      {
        path: ['goals', 5, 'id'],
        values: { value: 'growth', first: 'goals[0]' },
        en: 'goals[5].id: the id "growth" is already used (goals[0]); every id must be unique.',
      },
    ]);
    // A town whose id is another town's spelling: the id is the name at fault.
    const twinTowns = [
      ...DEFINITION().twinTowns,
      { ...DEFINITION().twinTowns[0], id: 'Nykarleby', aliases: [] },
    ];
    expect(issuesOf({ ...DEFINITION(), twinTowns })).toEqual([
      {
        path: ['twinTowns', 4, 'id'],
        values: { value: 'Nykarleby', other: 'nykarleby' },
        en: 'twinTowns[4].id: the name "Nykarleby" already names the twin town "nykarleby"; a name may name only one twin town.',
      },
    ]);
    expect(
      issuesOf({ ...DEFINITION(), validity: { from: '2019-11-24', to: '2019-11-20' } }),
    ).toEqual([
      {
        path: ['validity', 'to'],
        values: { startDate: '2019-11-24', endDate: '2019-11-20' },
        en: 'validity.to: the end 2019-11-20 is before the start 2019-11-24.',
      },
      {
        path: ['adoption', 'date'],
        values: { value: '2019-11-25', startDate: '2019-11-24' },
        en: 'adoption.date: the adoption date "2019-11-25" is after the first day in force, 2019-11-24; the policy cannot be in force before it is adopted.',
      },
    ]);
  });

  it('definePolicy joins the issues into one message per language', () => {
    const broken = { ...DEFINITION(), validity: { from: '2019-11-24', to: '2019-11-20' } };
    expect(() => definePolicy(broken)).toThrow(
      expect.objectContaining({
        code: 'invalid_policy',
        messages: {
          sv: 'Policydefinitionen är ogiltig: validity.to: slutdatum 2019-11-20 är före startdatum 2019-11-24. adoption.date: antagandedagen "2019-11-25" ligger efter första giltighetsdagen 2019-11-24; policyn kan inte gälla innan den antagits.',
          en: 'The policy definition is invalid: validity.to: the end 2019-11-20 is before the start 2019-11-24. adoption.date: the adoption date "2019-11-25" is after the first day in force, 2019-11-24; the policy cannot be in force before it is adopted.',
        },
      }),
    );
  });

  it('definePolicy throws one PolicyError listing every issue, in both languages', () => {
    const error = thrownBy(() =>
      definePolicy({ ...DEFINITION(), adoption: { ...DEFINITION().adoption, body: 'board' } }),
    );
    expect(error).toMatchObject({ code: 'invalid_policy' });
    const { messages, details } = error as {
      messages: { sv: string; en: string };
      details: { issues: unknown[] };
    };
    expect(messages.en).toBe(
      'The policy definition is invalid: adoption.body: the policy must be adopted by the municipal council (clause council.policy), not "board".',
    );
    expect(messages.sv).toContain(
      'Policydefinitionen är ogiltig: adoption.body: policyn ska antas av kommunfullmäktige',
    );
    expect(details.issues).toHaveLength(1);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [
      undefined,
      null,
      42,
      'policy',
      [],
      {},
      { ...DEFINITION(), clauses: 'x' },
    ]) {
      expect(parsePolicy(input).success).toBe(false);
    }
  });
});

describe('a definition round-trips through JSON', () => {
  const town = fc.record({
    id: fc.stringMatching(/^[a-z]{3,10}$/),
    name: fc.stringMatching(/^[A-Z][a-z]{2,10}$/),
    country: fc.constantFrom('EE', 'JP', 'FI', 'US', 'NO', 'DE'),
  });
  const definitionArb = fc
    .record({
      threshold: fc.integer({ min: 0, max: 10_000_000 }),
      // No name of one town may fold to the id or name of another (that definition is refused).
      towns: fc.uniqueArray(town, { selector: (t) => t.id, maxLength: 6 }).filter((towns) => {
        const names = towns.map((t) => new Set([t.id, t.name.toLowerCase()]));
        return (
          new Set(names.flatMap((set) => [...set])).size ===
          names.reduce((n, set) => n + set.size, 0)
        );
      }),
      // Which of the built-in rules the version keeps, by position (eight rules).
      kept: fc.subarray([0, 1, 2, 3, 4, 5, 6, 7]),
      from: fc.integer({ min: 2023, max: 2040 }),
    })
    .map(
      ({ threshold, towns, kept, from }): PolicyDefinition =>
        withNotesOfItsTowns({
          ...DEFINITION(),
          id: `test-${from}`,
          adoption: { ...DEFINITION().adoption, date: `${from - 1}-12-01` },
          validity: { from: `${from}-01-01`, to: `${from}-12-31` },
          // Dropped by withNotesOfItsTowns when no rule kept uses it.
          reportBackThreshold: { minorUnits: threshold, currency: 'SEK' },
          twinTowns: towns.map((t) => ({ ...t, asWritten: t.name, aliases: [t.name] })),
          rules: DEFINITION().rules.filter((_, index) => kept.includes(index)),
        }),
    );

  test.prop([definitionArb])(
    'define → JSON → parse gives the same version and fingerprint',
    (definition) => {
      const version = definePolicy(definition);
      const again = parsePolicy(JSON.parse(JSON.stringify(toPolicyDefinition(version))));
      expect(again.success && again.data).toEqual(version);
      expect(Object.isFrozen(version.twinTowns)).toBe(true);
    },
  );
});

describe('a rule is judged in one shape: any other is refused, never described one way and judged another', () => {
  const withRule = (code: string, changes: Record<string, unknown>) => ({
    ...DEFINITION(),
    rules: DEFINITION().rules.map((rule) => {
      if (rule.code !== code) return rule;
      const changed: Record<string, unknown> = { ...rule, ...changes };
      for (const [key, value] of Object.entries(changes))
        if (value === undefined) delete changed[key];
      return changed;
    }),
  });
  const index = (code: string) => DEFINITION().rules.findIndex((rule) => rule.code === code);

  it('a decision owed to the organiser is refused: only the board or the council decides', () => {
    const result = parsePolicy(withRule('board_approval', { owedTo: 'organiser' }));
    expect(result.success).toBe(false);
    const [found] = result.success ? [] : result.issues;
    expect(found?.code).toBe('rule_not_judged');
    expect(found?.path).toEqual(['rules', index('board_approval'), 'owedTo']);
    expect(found?.messages.en).toBe(
      `rules[${index('board_approval')}].owedTo: the rule board_approval is judged with owedTo "board" or "council", not "organiser"; write "board" or "council" (that is how a rule of kind decision is judged; otherwise the rule would be described one way and judged another).`,
    );
    expect(found?.messages.sv).toBe(
      `rules[${index('board_approval')}].owedTo: regeln board_approval bedöms med owedTo "board" eller "council", inte "organiser"; skriv "board" eller "council" (så bedöms en regel av slaget decision; annars skulle regeln beskrivas på ett sätt och bedömas på ett annat).`,
    );
  });

  it('an approval owed to the council is honoured: the definition is taken', () => {
    expect(parsePolicy(withRule('board_approval', { owedTo: 'council' })).success).toBe(true);
  });

  it('a report-back due before departure, and a planning duty owed to the board, are refused', () => {
    expect(codes(withRule('board_report_back', { timing: 'before_departure' }))).toEqual([
      ['rule_not_judged', `rules.${index('board_report_back')}.timing`],
    ]);
    const planning = parsePolicy(withRule('planning', { owedTo: 'board' }));
    expect(planning.success ? '' : planning.issues[0]?.messages.en).toBe(
      `rules[${index('planning')}].owedTo: the rule planning is judged without owedTo, not with "board"; remove owedTo (that is how a rule of kind plan is judged; otherwise the rule would be described one way and judged another).`,
    );
    expect(codes(withRule('council_account', { owedTo: undefined }))).toEqual([
      ['rule_not_judged', `rules.${index('council_account')}.owedTo`],
    ]);
  });

  test.prop(
    [
      fc.constantFrom(...DEFINITION().rules.map((rule) => rule.code)),
      fc.constantFrom('owedBy', 'owedTo', 'timing'),
      fc.constantFrom(
        'council',
        'board',
        'organiser',
        'municipality',
        'before_activity',
        'before_departure',
        'after_return',
        'in_council_account',
        'within_mandate_period',
        'after_evaluation',
        'on_adoption',
      ),
    ],
    { numRuns: 200 },
  )(
    'a rule changed in one field is refused at that field, unless its kind is judged with that value',
    (code, field, value) => {
      const rule = DEFINITION().rules[index(code)] as unknown as Record<string, unknown>;
      const found = codes(withRule(code, { [field]: value }));
      // What the engine judges each kind with, as the vocabulary's guide states it.
      const judged: Record<string, Record<string, readonly string[]>> = {
        plan: { owedBy: ['organiser'], timing: ['before_activity'] },
        decision: {
          owedBy: ['organiser'],
          owedTo: ['board', 'council'],
          timing: ['before_departure', 'before_booking'],
        },
        report: {
          owedBy: ['organiser'],
          owedTo: ['board'],
          timing: ['after_return', 'at_next_meeting'],
        },
        account: {
          owedBy: ['organiser'],
          owedTo: ['council'],
          timing: ['in_council_account', 'after_return'],
        },
        evaluation: {
          owedBy: ['municipality'],
          timing: ['within_mandate_period'],
        },
        continuation: {
          owedBy: ['council'],
          timing: ['within_mandate_period'],
        },
        termination: { owedBy: ['municipality'], timing: ['after_evaluation'] },
        adoption: { owedBy: ['council'], timing: ['on_adoption'] },
      };
      const allowed = judged[rule['kind'] as string]?.[field] ?? [];
      if (rule[field] === value || allowed.includes(value)) expect(found).toEqual([]);
      else {
        // A value of another field's kind (a party as a timing) is no value of the field at all.
        const path = `rules.${index(code)}.${field}`;
        expect(found.filter(([, at]) => at === path).map(([issueCode]) => issueCode)).toEqual([
          expect.stringMatching(/^(rule_not_judged|invalid_value)$/),
        ]);
      }
    },
  );
});

describe('a file may name its JSON Schema', () => {
  const SCHEMA = './node_modules/solleftea-international-policy/schemas/policy.schema.json';

  it('$schema is taken, and is no part of the version or its fingerprint', () => {
    const result = parsePolicy({ $schema: SCHEMA, ...DEFINITION() });
    expect(result.success && result.data).toEqual(POLICY_2019_2022);
    expect(result.success && Object.hasOwn(result.data, '$schema')).toBe(false);
    expect(result.success && result.data.fingerprint).toBe(POLICY_2019_2022.fingerprint);
  });

  it('a $schema that is no text is refused', () => {
    expect(codes({ $schema: 5, ...DEFINITION() })).toEqual([['invalid_type', '$schema']]);
  });
});

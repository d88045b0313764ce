import { describe, expect, it } from 'vitest';
import {
  diffPolicies,
  evaluate,
  POLICY_2019_2022,
  parsePolicy,
  policyRegistry,
  toPolicyDefinition,
} from '../../src/index.js';
import { trip } from '../fixtures/build.js';
import { exampleDefinition, examplePolicy } from '../fixtures/example-policies.js';
import { later } from '../fixtures/variant.js';
import { lazy } from '../support/lazy.js';

const DEFINITION = lazy(() => toPolicyDefinition(POLICY_2019_2022));

describe('diffPolicies', () => {
  it('names every field of a rule that changed, separated by commas', () => {
    const rules = DEFINITION().rules.map((r) =>
      r.code === 'board_approval'
        ? {
            ...r,
            title: { sv: 'Godkännande', en: 'Approval' },
            clauseIds: ['board.approval', 'board.reporting'],
          }
        : r,
    );
    const diff = diffPolicies(POLICY_2019_2022, later({ rules }));
    expect(diff.summary.sv.split('\n').at(-1)).toBe(
      'Regeln board_approval ändrad: title, clauseIds',
    );
    expect(diff.summary.en.split('\n').at(-1)).toBe(
      'Rule board_approval changed: title, clauseIds',
    );
  });

  it('reports every kind of change, as data and in both languages', () => {
    const rules = DEFINITION()
      .rules.filter((r) => r.code !== 'policy_adoption')
      .map((r) =>
        r.code === 'board_approval' ? { ...r, duty: { sv: 'Ny plikt.', en: 'New duty.' } } : r,
      );
    const next = later({
      reportBackThreshold: { amount: '15 000,00', currency: 'SEK' },
      twinTowns: [
        ...DEFINITION()
          .twinTowns.filter((t) => t.id !== 'madison')
          .map((t) => (t.id === 'esashi' ? { ...t, aliases: ['Esashi'] } : t)),
        {
          id: 'tartu',
          name: 'Tartu',
          asWritten: 'Tartu linn, Estland',
          country: 'EE',
          aliases: ['Tartu'],
        },
      ],
      goals: [
        ...DEFINITION()
          .goals.slice(1)
          .map((g, i) => (i === 0 ? { ...g, text: { sv: 'Nytt', en: 'New' } } : g)),
        { id: 'climate', clauseId: 'aims.goals', text: { sv: 'Klimat', en: 'Climate' } },
      ],
      rules,
      clauses: [
        ...DEFINITION().clauses.map((c) =>
          c.id === 'intro.scope' ? { ...c, sv: 'Ny lydelse.' } : c,
        ),
        { id: 'aims.climate', section: 'aims', kind: 'goal', sv: 'Klimat', en: 'Climate' },
      ],
    });
    const diff = diffPolicies(POLICY_2019_2022, next);
    expect(diff.changes.map((c) => c.kind)).toEqual([
      'identity_changed',
      'identity_changed',
      'identity_changed',
      'identity_changed',
      'identity_changed',
      'threshold',
      'twin_town_removed',
      'twin_town_changed',
      'twin_town_added',
      'goal_removed',
      'goal_changed',
      'goal_added',
      'rule_removed',
      'rule_changed',
      'clause_changed',
      'clause_added',
      // The note on Madison goes with the town.
      'note_removed',
    ]);
    expect(diff.changes.find((c) => c.kind === 'rule_changed')).toMatchObject({
      code: 'board_approval',
      // The citation of the note on Madison goes with the note.
      fields: ['duty', 'interpretationNoteIds'],
    });
    expect(diff.summary.sv.split('\n')).toEqual([
      'id: solleftea-2019-2022 → test-2023-01-01',
      'title: Policy för internationella kontakter 2019-2022 → Test policy',
      'adoption: council 2019-11-25 § 155 → council 2022-12-12 § 155',
      'validity: 2019-11-25–2022-12-31 → 2023-01-01–2026-12-31 (supersedes solleftea-2019-2022)',
      'mandatePeriod: 2019–2022 → 2023–2026',
      'Gränsen för återrapportering: 10 000,00 kr → 15 000,00 kr',
      'Vänort borttagen: Madison (US)',
      'Vänorten Esashi ändrad (namn, stavningar eller land)',
      'Ny vänort: Tartu (EE)',
      'Mål borttaget: growth',
      'Målet business ändrat: ”Bidra till att lokala företag kan växa på en internationell marknad” → ”Nytt”',
      'Nytt mål climate: ”Klimat”',
      'Regeln policy_adoption gäller inte längre (Antagande av policyn)',
      'Regeln board_approval ändrad: duty, interpretationNoteIds',
      'Paragrafen intro.scope ändrad: ”Denna policy gäller för internationella kontakter och samarbeten.” → ”Ny lydelse.”',
      'Ny paragraf aims.climate: ”Klimat”',
      'Tolkning borttagen: 12 (any-madison)',
    ]);
    expect(diff.summary.en.split('\n')).toEqual([
      'id: solleftea-2019-2022 → test-2023-01-01',
      'title: Policy för internationella kontakter 2019-2022 → Test policy',
      'adoption: council 2019-11-25 § 155 → council 2022-12-12 § 155',
      'validity: 2019-11-25–2022-12-31 → 2023-01-01–2026-12-31 (supersedes solleftea-2019-2022)',
      'mandatePeriod: 2019–2022 → 2023–2026',
      'Report-back threshold: SEK 10,000.00 → SEK 15,000.00',
      'Twin town removed: Madison (US)',
      'Twin town Esashi changed (name, spellings or country)',
      'Twin town added: Tartu (EE)',
      'Goal removed: growth',
      'Goal business changed: ”Contribute to local businesses being able to grow in an international market” → ”New”',
      'Goal added, climate: ”Climate”',
      'Rule policy_adoption no longer applies (Adoption of the policy)',
      'Rule board_approval changed: duty, interpretationNoteIds',
      // Only the Swedish text changed: the English summary shows it.
      'Clause intro.scope changed, Swedish text: ”Denna policy gäller för internationella kontakter och samarbeten.” → ”Ny lydelse.”',
      'Clause added, aims.climate: ”Climate”',
      'Interpretation note removed: 12 (any-madison)',
    ]);
    const back = diffPolicies(next, POLICY_2019_2022);
    expect(back.changes.map((c) => c.kind)).toContain('rule_added');
    expect(back.summary.sv.split('\n').slice(10)).toEqual([
      'Nytt mål growth: ”Stärka tillväxten i Sollefteå kommun”',
      'Målet business ändrat: ”Nytt” → ”Bidra till att lokala företag kan växa på en internationell marknad”',
      'Regeln board_approval ändrad: duty, interpretationNoteIds',
      'Regeln policy_adoption gäller nu (Antagande av policyn)',
      'Paragraf borttagen: aims.climate',
      'Paragrafen intro.scope ändrad: ”Ny lydelse.” → ”Denna policy gäller för internationella kontakter och samarbeten.”',
      'Ny tolkning 12 (any-madison): ”Policyn nämner ingen delstat: varje Madison i USA är vänorten.”',
    ]);
    expect(back.summary.en.split('\n').slice(12)).toEqual([
      'Rule board_approval changed: duty, interpretationNoteIds',
      'Rule policy_adoption now applies (Adoption of the policy)',
      'Clause removed: aims.climate',
      'Clause intro.scope changed, Swedish text: ”Ny lydelse.” → ”Denna policy gäller för internationella kontakter och samarbeten.”',
      'Interpretation note added, 12 (any-madison): ”The policy names no state: any Madison in the US is the twin town.”',
    ]);
    const renderedOnly = later({
      clauses: DEFINITION().clauses.map((c) =>
        c.id === 'intro.scope'
          ? { ...c, en: 'Scope.' }
          : c.id === 'goal.growth'
            ? { ...c, kind: 'obligation' as const }
            : c,
      ),
    });
    const clauseLines = (language: 'sv' | 'en') =>
      diffPolicies(POLICY_2019_2022, renderedOnly).summary[language].split('\n').slice(5);
    expect(clauseLines('sv')).toEqual([
      'Paragrafen intro.scope, engelsk återgivning ändrad: ”This policy applies to international contacts and cooperation.” → ”Scope.”',
      'Paragrafen goal.growth ändrad (avsnitt, slag eller överordnad paragraf)',
    ]);
    expect(clauseLines('en')).toEqual([
      'Clause intro.scope changed: ”This policy applies to international contacts and cooperation.” → ”Scope.”',
      'Clause goal.growth changed (section, kind or parent)',
    ]);
    expect(diffPolicies(POLICY_2019_2022, POLICY_2019_2022).summary).toEqual({
      sv: 'Inga ändringar.',
      en: 'No changes.',
    });
  });

  it('names an interpretation note added, and the same note removed going back', () => {
    const notes = DEFINITION().interpretationNotes;
    const extra = {
      ...(notes[0] as (typeof notes)[number]),
      id: 'extra-reading',
      number: Math.max(...notes.map((note) => note.number)) + 1,
      text: { sv: 'En ny läsning.', en: 'A new reading.' },
    };
    const next = later({ interpretationNotes: [...notes, extra] });
    const added = diffPolicies(POLICY_2019_2022, next);
    expect(added.changes.map((c) => c.kind)).toContain('note_added');
    expect(added.summary.sv).toContain(
      `Ny tolkning ${extra.number} (extra-reading): ”En ny läsning.”`,
    );
    expect(added.summary.en).toContain(
      `Interpretation note added, ${extra.number} (extra-reading): ”A new reading.”`,
    );
    const removed = diffPolicies(next, later({}, '2027-01-01', '2030-12-31'));
    expect(removed.changes.map((c) => c.kind)).toContain('note_removed');
    expect(removed.summary.sv).toContain(`Tolkning borttagen: ${extra.number} (extra-reading)`);
    expect(removed.summary.en).toContain(
      `Interpretation note removed: ${extra.number} (extra-reading)`,
    );
  });

  it('a later version may change a reading: the diff names it, and each answer names the reading its version used', () => {
    const next = later({
      interpretationNotes: DEFINITION().interpretationNotes.map((note) =>
        note.id === 'reports'
          ? {
              ...note,
              text: {
                sv: 'Rapporter ska lämnas inom 60 dagar.',
                en: 'Reports are due within 60 days.',
              },
            }
          : note,
      ),
    });
    const diff = diffPolicies(POLICY_2019_2022, next);
    expect(diff.changes.filter((c) => c.kind === 'note_changed')).toHaveLength(1);
    expect(diff.summary.en).toContain('Interpretation note reports changed: ');
    expect(diff.summary.en).toContain('→ ”Reports are due within 60 days.”');
    expect(diff.summary.sv).toContain('Tolkningen reports ändrad: ');
    const registry = policyRegistry([POLICY_2019_2022, next]);
    const reading = (departureDate: string, returnDate: string) =>
      evaluate(trip({ departureDate, returnDate }), { policies: registry })
        .obligations.find((o) => o.code === 'council_account')
        ?.interpretationNotes.find((n) => n.id === 'reports')?.text.en;
    expect(reading('2022-05-02', '2022-05-04')).toContain('The text sets no deadline');
    expect(reading('2023-05-02', '2023-05-04')).toBe('Reports are due within 60 days.');
  });

  it('refuses a rule that cites an interpretation note the version does not have', () => {
    const broken = {
      ...DEFINITION(),
      rules: DEFINITION().rules.map((rule, i) =>
        i === 0 ? { ...rule, interpretationNoteIds: ['nowhere'] } : rule,
      ),
    };
    const result = parsePolicy(broken);
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path, i.messages.en])).toEqual(
      [
        [
          'unknown_note',
          ['rules', 0, 'interpretationNoteIds', 0],
          'rules[0].interpretationNoteIds[0]: the interpretation note "nowhere" is not in the version\'s interpretationNotes.',
        ],
      ],
    );
  });
});

describe('every field that names a version is reported when it changes (issue 29: honoured or refused)', () => {
  it('the short title, the municipality and the statute book, in the order of the definition', () => {
    const next = later({
      shortTitle: 'Kort titel',
      municipality: 'Sollefteå kommun (ny)',
      statuteBook: 'Författningssamlingen',
    });
    const fields = diffPolicies(POLICY_2019_2022, next)
      .changes.filter((change) => change.kind === 'identity_changed')
      .map((change) => (change.kind === 'identity_changed' ? change.field : ''));
    expect(fields).toEqual([
      'id',
      'title',
      'shortTitle',
      'municipality',
      'statuteBook',
      'adoption',
      'validity',
      'mandatePeriod',
    ]);
    expect(diffPolicies(POLICY_2019_2022, next).summary.en).toContain(
      'statuteBook: Sollefteå kommuns författningssamling → Författningssamlingen',
    );
  });
});

describe('diffPolicies: the parameters of the conditions', () => {
  it('reports groups of countries and a threshold set or taken away', () => {
    const before = examplePolicy('approval-per-traveller');
    const definition = exampleDefinition('approval-per-traveller') as Record<string, unknown> & {
      rules: Record<string, unknown>[];
    };
    const parsed = parsePolicy({
      ...definition,
      countryGroups: [{ id: 'eu', name: { sv: 'EU', en: 'the EU' }, countries: ['EE', 'FI'] }],
      rules: definition.rules.map((rule) =>
        rule['code'] === 'approval_over_15000_per_traveller'
          ? { ...rule, when: { fact: 'country_in', group: 'eu' } }
          : rule,
      ),
    });
    if (!parsed.success) throw new Error('valid');
    const diff = diffPolicies(before, parsed.data);
    expect(diff.changes.map((change) => change.kind)).toContain('country_groups');
    expect(diff.summary.en).toContain('Groups of countries: – → eu (EE, FI)');
    const withThreshold = diffPolicies(before, POLICY_2019_2022);
    expect(withThreshold.summary.en).toContain('Report-back threshold: none → SEK 10,000.00');
  });
});

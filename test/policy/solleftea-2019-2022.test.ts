import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findClause, POLICY_2019_2022 } from '../../src/index.js';

/**
 * The clause map of the policy (a copy of shared/policy/policy-2019-2022.md): every line
 * "- `id` — text", with unlabelled sub-items folded into their clause as "\n• item".
 */
function clauseMap(): Map<string, string> {
  const text = readFileSync(new URL('../fixtures/policy-2019-2022.md', import.meta.url), 'utf8');
  const clauses = new Map<string, string>();
  let last: string | undefined;
  for (const line of text.split('\n')) {
    const labelled = /^\s*- `([^`]+)` — (.*)$/.exec(line);
    const item = /^\s+- ([^`].*)$/.exec(line);
    if (labelled) {
      last = labelled[1] as string;
      clauses.set(last, labelled[2] as string);
    } else if (item && last) {
      clauses.set(last, `${clauses.get(last)}\n• ${item[1]}`);
    }
  }
  return clauses;
}

describe('the 2019–2022 policy as data', () => {
  const map = clauseMap();

  it('holds every clause of the clause map, in order, with the Swedish text verbatim', () => {
    expect(map.size).toBe(18);
    expect(POLICY_2019_2022.clauses.map((c) => [c.id, c.sv])).toEqual([...map.entries()]);
  });

  it('renders every clause in English', () => {
    for (const clause of POLICY_2019_2022.clauses) {
      expect(clause.en.trim().length, clause.id).toBeGreaterThan(10);
      expect(clause.en, clause.id).not.toBe(clause.sv);
    }
  });

  it('has unique clause ids', () => {
    const ids = POLICY_2019_2022.clauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('records the adoption by the council on 2019-11-25, § 155, and the validity of note 8', () => {
    expect(POLICY_2019_2022).toMatchObject({
      title: 'Policy för internationella kontakter 2019-2022',
      shortTitle: 'Policy - Internationella kontakter 2019-2022',
      municipality: 'Sollefteå kommun',
      adoption: { body: 'council', date: '2019-11-25', paragraph: '§ 155' },
      validity: { from: '2019-11-25', to: '2022-12-31' },
      mandatePeriod: '2019–2022',
    });
  });

  it('has the five goals of aims.goals, each quoting its clause (goal.growth, goal.business, goal.projects, goal.events, goal.nordic)', () => {
    expect(POLICY_2019_2022.goals.map((g) => g.id)).toEqual([
      'growth',
      'business',
      'projects',
      'events',
      'nordic',
    ]);
    for (const goal of POLICY_2019_2022.goals) {
      const clause = findClause(POLICY_2019_2022, goal.clauseId);
      expect(clause).toMatchObject({ kind: 'goal', parent: 'aims.goals', sv: goal.text.sv });
    }
  });

  it('has the four twin towns with ISO country codes, as the list clause writes them (twinTowns.list)', () => {
    expect(POLICY_2019_2022.twinTowns.map((t) => [t.id, t.country])).toEqual([
      ['poltsamaa', 'EE'],
      ['esashi', 'JP'],
      ['nykarleby', 'FI'],
      ['madison', 'US'],
    ]);
    const list = findClause(POLICY_2019_2022, 'twinTowns.list');
    for (const town of POLICY_2019_2022.twinTowns) {
      const [place, country] = town.asWritten.split(', ');
      expect(list?.sv).toContain(`• ${place}, ${country === 'USA' ? 'USA.' : country}`);
      expect(town.aliases).toContain(town.name);
    }
  });

  it('holds the report-back threshold as exactly 10 000,00 kr in öre', () => {
    expect(POLICY_2019_2022.reportBackThreshold).toEqual({
      amount: 1_000_000,
      currency: { code: 'SEK', base: 10, exponent: 2 },
      scale: 2,
    });
  });
});

describe('findClause', () => {
  it('finds a clause by id', () => {
    expect(findClause(POLICY_2019_2022, 'board.reporting')?.sv).toContain('dyrare än 10.000 kr');
  });

  it('returns undefined for an unknown id', () => {
    expect(findClause(POLICY_2019_2022, 'board.unknown')).toBeUndefined();
  });
});

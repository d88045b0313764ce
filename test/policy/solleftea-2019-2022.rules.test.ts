import { describe, expect, it } from 'vitest';
import { findClause, POLICY_2019_2022, type RuleCode } from '../../src/index.js';

const rules = POLICY_2019_2022.rules;

describe('the rules of the 2019–2022 policy', () => {
  it('lists every rule of the rules table once, citing the clauses it rests on', () => {
    expect(Object.fromEntries(rules.map((r) => [r.code, r.clauseIds]))).toEqual({
      planning: ['intro.planning', 'aims.purpose', 'aims.goals'],
      board_approval: ['board.approval'],
      board_report_back: ['board.reporting'],
      council_account: ['council.reporting'],
      agreement_evaluation: ['twinTowns.agreements'],
      continuation_decision: ['council.agreements'],
      agreement_termination: ['twinTowns.termination'],
      policy_adoption: ['council.policy'],
    } satisfies Record<RuleCode, readonly string[]>);
  });

  it('cites only clauses that exist', () => {
    for (const rule of rules) {
      for (const id of rule.clauseIds) {
        expect(findClause(POLICY_2019_2022, id), `${rule.code} cites ${id}`).toBeDefined();
      }
    }
  });

  it('cites every clause that carries an obligation', () => {
    const cited = new Set(rules.flatMap((r) => r.clauseIds));
    const obligations = POLICY_2019_2022.clauses.filter((c) => c.kind === 'obligation');
    expect(obligations.length).toBe(10);
    for (const clause of obligations) {
      expect(cited.has(clause.id), `${clause.id} is cited by a rule`).toBe(true);
    }
  });

  it('cites no clause that carries no obligation (intro.context: the reasons for the policy, no duty)', () => {
    const cited = new Set(rules.flatMap((r) => r.clauseIds));
    for (const clause of POLICY_2019_2022.clauses.filter((c) => c.kind !== 'obligation')) {
      expect(cited.has(clause.id), clause.id).toBe(false);
    }
  });

  it('says in both languages what each rule applies to and requires', () => {
    for (const rule of rules) {
      for (const text of [rule.title, rule.appliesTo, rule.duty]) {
        expect(text.sv.length, rule.code).toBeGreaterThan(3);
        expect(text.en.length, rule.code).toBeGreaterThan(3);
      }
      expect(rule.interpretationNoteIds.length, rule.code).toBeGreaterThan(0);
      const known = POLICY_2019_2022.interpretationNotes.map((note) => note.id);
      for (const id of rule.interpretationNoteIds) expect(known, rule.code).toContain(id);
    }
  });

  it('states every reading of the domain brief as an interpretation note, numbered in order, in Swedish and English', () => {
    const notes = POLICY_2019_2022.interpretationNotes;
    expect(notes.map((note) => note.number)).toEqual(notes.map((_, i) => i + 1));
    expect(notes.length).toBeGreaterThanOrEqual(11);
    for (const note of notes) {
      expect(note.id).toMatch(/^[a-z][a-z-]*$/);
      for (const text of [note.title, note.text]) {
        expect(text.sv.length, note.id).toBeGreaterThan(3);
        expect(text.en.length, note.id).toBeGreaterThan(3);
      }
    }
    // Every note is applied by some rule.
    const applied = new Set(POLICY_2019_2022.rules.flatMap((rule) => rule.interpretationNoteIds));
    for (const note of notes.filter((n) => n.id !== 'personal-data'))
      expect(applied, note.id).toContain(note.id);
  });

  it('owes approval and report-back to the board, and the account to the council', () => {
    const byCode = new Map(rules.map((r) => [r.code, r]));
    expect(byCode.get('board_approval')).toMatchObject({
      owedTo: 'board',
      timing: 'before_departure',
    });
    expect(byCode.get('board_report_back')).toMatchObject({
      owedTo: 'board',
      timing: 'after_return',
    });
    expect(byCode.get('council_account')).toMatchObject({
      owedTo: 'council',
      timing: 'in_council_account',
    });
  });
});

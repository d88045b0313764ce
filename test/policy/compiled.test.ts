import { describe, expect, it } from 'vitest';
import { POLICY_2019_2022 } from '../../src/index.js';
import { compiled } from '../../src/policy/compiled.js';

describe('the compiled view of a policy version', () => {
  it('is built once per version and kept: the same view, index and citations each time', () => {
    const first = compiled(POLICY_2019_2022);
    expect(compiled(POLICY_2019_2022)).toBe(first);
    expect(compiled(POLICY_2019_2022).twinTowns).toBe(first.twinTowns);
  });

  it('names the version as results do, frozen', () => {
    const { applied } = compiled(POLICY_2019_2022);
    expect(applied).toEqual({
      id: POLICY_2019_2022.id,
      title: POLICY_2019_2022.title,
      adoption: POLICY_2019_2022.adoption,
      fingerprint: POLICY_2019_2022.fingerprint,
    });
    expect(Object.isFrozen(applied)).toBe(true);
  });

  it('gives each rule with the clauses and notes it cites, in the order it cites them', () => {
    const { rules } = compiled(POLICY_2019_2022);
    expect([...rules.keys()]).toEqual(POLICY_2019_2022.rules.map((rule) => rule.code));
    for (const rule of POLICY_2019_2022.rules) {
      const cited = rules.get(rule.code);
      expect(cited?.rule).toBe(rule);
      expect(cited?.clauses.map((clause) => clause.id)).toEqual(rule.clauseIds);
      expect(cited?.interpretationNotes.map((note) => note.id)).toEqual(rule.interpretationNoteIds);
      expect(Object.isFrozen(cited?.clauses)).toBe(true);
    }
  });

  it('is separate for a different version, even one with the same content', () => {
    const copy = { ...POLICY_2019_2022 };
    expect(compiled(copy)).not.toBe(compiled(POLICY_2019_2022));
    expect(compiled(copy).applied).toEqual(compiled(POLICY_2019_2022).applied);
  });
});

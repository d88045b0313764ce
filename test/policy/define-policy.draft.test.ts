/**
 * A draft version (`draft: true`): the council has not adopted it. It validates and is judged like any
 * version, and every answer judged under it says so — each obligation carries the mark and every
 * explanation begins with "UTKAST – ej antagen" / "DRAFT – not adopted". Adopting it (removing the
 * mark) changes its fingerprint.
 */
import { describe, expect, it } from 'vitest';
import {
  assessCompliance,
  diffPolicies,
  evaluate,
  explain,
  POLICY_2019_2022,
  type PolicyVersion,
  parseActivity,
  parsePolicy,
  toPolicyDefinition,
} from '../../src/index.js';

const adopted = toPolicyDefinition(POLICY_2019_2022);
const parsed = parsePolicy({ ...adopted, id: 'draft-2019', draft: true });
if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
const DRAFT: PolicyVersion = parsed.data;

const trip = parseActivity({
  kind: 'trip',
  id: 'T-1',
  title: 'Study visit',
  organiser: 'Näringslivsenheten',
  travellers: { count: 2 },
  destinations: [{ place: 'Põltsamaa', country: 'EE' }],
  departureDate: '2020-03-10',
  returnDate: '2020-03-12',
});
if (!trip.success) throw new Error('the trip is valid');
const TRIP = trip.data;

describe('a draft version', () => {
  it('validates, keeps its mark, and gives it back in its definition', () => {
    expect(DRAFT.draft).toBe(true);
    expect(toPolicyDefinition(DRAFT).draft).toBe(true);
    expect(POLICY_2019_2022.draft).toBeUndefined();
  });

  it('has another fingerprint than the same text adopted', () => {
    const same = parsePolicy({ ...adopted, id: 'draft-2019' });
    expect(same.success && same.data.fingerprint).not.toBe(DRAFT.fingerprint);
  });

  it('is a change diffPolicies reports when the council adopts it', () => {
    const adoptedNow = parsePolicy({ ...adopted, id: 'draft-2019' });
    const diff = adoptedNow.success ? diffPolicies(DRAFT, adoptedNow.data) : undefined;
    expect(diff?.changes).toEqual([
      { kind: 'identity_changed', field: 'draft', before: 'true', after: 'false' },
    ]);
  });

  it('refuses a mark other than true', () => {
    const result = parsePolicy({ ...adopted, draft: false });
    expect(result.success).toBe(false);
    expect(!result.success && result.issues[0]?.path).toEqual(['draft']);
  });

  it('marks each obligation, the policy applied, and every explanation judged under it', () => {
    const evaluation = evaluate(TRIP, { policies: [DRAFT] });
    expect(evaluation.policy?.draft).toBe(true);
    for (const obligation of evaluation.obligations) expect(obligation.draft).toBe(true);
    const approval = evaluation.obligations.find((o) => o.code === 'board_approval');
    expect(approval && explain(approval).sv).toMatch(/^UTKAST – ej antagen: /);
    expect(approval && explain(approval).en).toMatch(/^DRAFT – not adopted: /);
    expect(explain(evaluation).sv).toMatch(/^UTKAST – ej antagen: [^U]*$/);
    const compliance = assessCompliance(TRIP, {}, { asOf: '2020-03-01', policies: [DRAFT] });
    expect(compliance.results.length).toBeGreaterThan(0);
    for (const each of compliance.results)
      expect(explain(each).en).toMatch(/^DRAFT – not adopted: /);
  });

  it('marks a trip within Sweden judged under it too', () => {
    const home = parseActivity({ ...TRIP, destinations: [{ place: 'Umeå', country: 'SE' }] });
    const evaluation = home.success ? evaluate(home.data, { policies: [DRAFT] }) : undefined;
    expect(evaluation && explain(evaluation).en).toMatch(/^DRAFT – not adopted: /);
  });

  it('leaves the answers under an adopted version unmarked', () => {
    const evaluation = evaluate(TRIP);
    expect(evaluation.policy?.draft).toBeUndefined();
    expect(evaluation.obligations.every((o) => !('draft' in o))).toBe(true);
    expect(explain(evaluation).en).not.toMatch(/DRAFT/);
  });

  it('explains a copied obligation by its mark, and refuses a mark that is no flag', () => {
    const approval = evaluate(TRIP, { policies: [DRAFT] }).obligations[0];
    const copy = structuredClone(approval);
    expect(copy && explain(copy).sv).toMatch(/^UTKAST – ej antagen: /);
    expect(() => explain({ ...copy, draft: 'yes' } as never)).toThrow(/draft/);
  });
});

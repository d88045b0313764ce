/**
 * dueDates and activityDueDates: the days duties fall due, for a calendar — each duty with a day once,
 * with a uid that stays the same for the same duty, its status on the day judged, and a duty settled
 * kept (so that a calendar cancels it); a duty without a day (an account with no deadline set) has
 * no date.
 */
import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import SAMPLE from '../../examples/sample-register.json' with { type: 'json' };
import {
  activityDueDates,
  type DueDate,
  dueDates,
  POLICY_2019_2022,
  PolicyError,
  parseActivity,
  parsePolicy,
  parseRegister,
  type Register,
  toPolicyDefinition,
} from '../../src/index.js';
import { thrownBy } from '../support/thrown.js';

const SUCCESSOR = new URL('../../examples/policies/solleftea-2023-2026.json', import.meta.url);

const trip = {
  kind: 'trip',
  id: 'T-1',
  title: 'Vänortsbesök',
  organiser: 'Kultur och fritid',
  travellers: { count: 2 },
  destinations: [{ twinTown: 'poltsamaa' }],
  departureDate: '2021-05-03',
  returnDate: '2021-05-06',
  actualCosts: [{ label: 'Resa', category: 'travel', amount: '12 000,00', currency: 'SEK' }],
};
const register = (extra: Record<string, unknown> = {}) => ({
  format: 1,
  activities: [trip],
  ...extra,
});
/** The due dates of the activities alone (a register also has its period's agreement duties). */
const ofActivities = (dates: readonly DueDate[]) =>
  dates.filter((d) => d.subject.kind === 'activity');

describe('dueDates', () => {
  it('gives the approval and the plan on the departure day, the report-back by its deadline', () => {
    const due = dueDates(register(), { asOf: '2021-04-01', deadlines: { reportBackDays: 30 } });
    expect(ofActivities(due.dates).map((d) => [d.date, d.code, d.status, d.settled])).toEqual([
      ['2021-05-03', 'board_approval', 'pending', false],
      ['2021-05-03', 'planning', 'pending', false],
      ['2021-06-05', 'board_report_back', 'pending', false],
    ]);
    expect(due.dates[0]).toMatchObject({
      uid: 'activity/T-1/board_approval@solleftea-international-policy',
      subject: { kind: 'activity', id: 'T-1', title: 'Vänortsbesök' },
      title: { sv: 'Godkännande av kommunstyrelsen' },
      clauses: ['board.approval'],
    });
    expect(due.dates[0]?.description.en).toMatch(/^Approval by the executive board: pending/);
  });

  it('gives the council account a date only where its deadline is set', () => {
    const without = dueDates(register(), { asOf: '2021-04-01' });
    expect(without.dates.some((d) => d.code === 'council_account')).toBe(false);
    const withDays = dueDates(register(), {
      asOf: '2021-04-01',
      deadlines: { councilAccountDays: 365 },
    });
    expect(withDays.dates.find((d) => d.code === 'council_account')?.date).toBe('2022-05-06');
  });

  it('keeps a duty fulfilled since, settled, under the same uid', () => {
    const approved = register({
      approvals: [
        { activity: 'T-1', decidedOn: '2021-04-20', reference: 'KS § 40', decision: 'approved' },
      ],
    });
    const before = dueDates(approved, { asOf: '2021-04-01' });
    const after = dueDates(approved, { asOf: '2021-04-30' });
    const uid = 'activity/T-1/board_approval@solleftea-international-policy';
    expect(before.dates.find((d) => d.uid === uid)).toMatchObject({
      status: 'pending',
      settled: false,
    });
    expect(after.dates.find((d) => d.uid === uid)).toMatchObject({
      status: 'fulfilled',
      settled: true,
    });
  });

  it("gives each twin-town agreement's evaluation and the period's decision, by the period's end", () => {
    const due = dueDates(SAMPLE, { asOf: '2022-06-01' });
    const agreements = due.dates.filter((d) => d.subject.kind !== 'activity');
    expect(agreements.map((d) => d.uid)).toEqual([
      'agreement/2019–2022/esashi/agreement_evaluation@solleftea-international-policy',
      'agreement/2019–2022/madison/agreement_evaluation@solleftea-international-policy',
      'agreement/2019–2022/nykarleby/agreement_evaluation@solleftea-international-policy',
      'agreement/2019–2022/poltsamaa/agreement_evaluation@solleftea-international-policy',
      'period/2019–2022/continuation_decision@solleftea-international-policy',
    ]);
    expect(new Set(agreements.map((d) => d.date))).toEqual(new Set(['2022-10-14']));
    expect(agreements[0]?.subject).toEqual({ kind: 'agreement', id: 'esashi', title: 'Esashi' });
  });

  it('lists records it cannot read and judges the rest; refuses options that are no object', () => {
    const due = dueDates(register({ activities: [trip, { kind: 'trip' }] }), {
      asOf: '2021-04-01',
    });
    expect(due.invalid.length).toBe(1);
    expect(ofActivities(due.dates).length).toBe(2);
    expect(thrownBy(() => dueDates(register(), undefined as never))).toBeInstanceOf(PolicyError);
    expect(Object.isFrozen(due.dates[0])).toBe(true);
  });

  test.prop([fc.integer({ min: 0, max: 1200 })])(
    'for any day judged: each uid once, in order of day, and a parsed register gives the same',
    (offset) => {
      const asOf = new Date(Date.UTC(2019, 10, 25 + offset)).toISOString().slice(0, 10);
      const due = dueDates(SAMPLE, { asOf, deadlines: { reportBackDays: 30 } });
      const uids = due.dates.map((d) => d.uid);
      expect(new Set(uids).size).toBe(uids.length);
      const days = due.dates.map((d) => d.date);
      expect([...days].sort()).toEqual(days);
      const parsed = parseRegister(SAMPLE);
      const again = dueDates(parsed.success ? (parsed.data as Register) : undefined, {
        asOf,
        deadlines: { reportBackDays: 30 },
      });
      expect(again.dates).toEqual(due.dates);
    },
  );
});

describe('activityDueDates', () => {
  it("gives one activity's due dates as a register of it does", () => {
    const parsed = parseActivity(trip);
    const own = parsed.success
      ? activityDueDates(parsed.data, {}, { asOf: '2021-04-01', deadlines: { reportBackDays: 30 } })
      : [];
    const inRegister = dueDates(register(), {
      asOf: '2021-04-01',
      deadlines: { reportBackDays: 30 },
    });
    expect(own).toEqual(ofActivities(inRegister.dates));
  });
});

describe('dueDates under other versions', () => {
  it("names an agreement's town by its id where the version has no such town, and a duty whose rule the version lacks by its kind", () => {
    const definition = toPolicyDefinition(POLICY_2019_2022);
    const noAgreementRules = parsePolicy({
      ...definition,
      rules: definition.rules.filter(
        (rule) => !['evaluation', 'continuation', 'termination'].includes(rule.kind),
      ),
    });
    if (!noAgreementRules.success) throw new Error('the version is valid');
    const due = dueDates(SAMPLE, { asOf: '2022-06-01', policies: [noAgreementRules.data] });
    const decision = due.dates.find((d) => d.subject.kind === 'period');
    expect(decision?.title.en).toBe('Decision on continuing agreements');
    const successor = parsePolicy(JSON.parse(readFileSync(SUCCESSOR, 'utf8')));
    if (!successor.success) throw new Error('the example is valid');
    const later = dueDates(SAMPLE, {
      asOf: '2026-06-01',
      period: '2023–2026',
      policies: [POLICY_2019_2022, successor.data],
    });
    expect(
      later.dates.filter((d) => d.subject.kind === 'agreement').map((d) => d.subject.title),
    ).toEqual(['Nykarleby', 'Põltsamaa']);
  });
});

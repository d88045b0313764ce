/**
 * The council account's rows and totals at their edges (clause `council.reporting`): which
 * activities the period holds, what a row shows and leaves out, and which version's goals and twin
 * towns the totals count.
 */
import { describe, expect, it } from 'vitest';
import {
  councilAccount,
  POLICY_2019_2022,
  type PolicyVersion,
  parseRegister,
  type Register,
} from '../../src/index.js';
import { SAMPLE_EXCHANGE, SAMPLE_TRIP } from '../fixtures/samples.js';
import { later } from '../fixtures/variant.js';

function parsed(document: unknown, policies?: readonly PolicyVersion[]): Register {
  const result = parseRegister(document, policies ? { policies } : undefined);
  if (!result.success) throw new Error(result.issues.map((i) => i.messages.en).join('\n'));
  return result.data;
}

const register = (activities: unknown[], more: Record<string, unknown> = {}) =>
  parsed({ format: 1, activities, ...more });

const sek = (amount: string) => [{ label: 'Ferry', category: 'travel', amount, currency: 'SEK' }];

/** A trip on the given days, costing `amount` SEK. */
const trip = (id: string, departureDate: string, returnDate: string, amount = '1 000,00') => ({
  ...SAMPLE_TRIP,
  id,
  departureDate,
  returnDate,
  plannedCosts: sek(amount),
});

const ACCOUNT = { period: '2019-2022', asOf: '2023-03-31' } as const;

describe('councilAccount: the period holds the activities whose first day falls in it', () => {
  it('counts one starting on the term’s first or last day and leaves out the days either side', () => {
    const { rows, outsidePolicy } = councilAccount(
      register([
        trip('before', '2018-12-31', '2019-01-02'),
        trip('first', '2019-01-01', '2019-01-02'),
        trip('last', '2022-12-31', '2023-01-02'),
        trip('after', '2023-01-01', '2023-01-02'),
      ]),
      ACCOUNT,
    );
    const period = councilAccount(register([]), ACCOUNT).period;
    expect([period.firstDay, period.lastDay]).toEqual(['2019-01-01', '2022-12-31']);
    // The term begins before the policy was adopted: its first day is listed as outside the policy.
    expect(outsidePolicy).toEqual(['first']);
    expect(rows.map((row) => row.id)).toEqual(['last']);
  });
});

describe('councilAccount: what a row shows', () => {
  it('writes each place as named, with the twin town’s name and each country', () => {
    const rows = councilAccount(
      register([
        {
          ...SAMPLE_EXCHANGE,
          id: 'named',
          startDate: '2020-03-10',
          endDate: '2020-03-10',
          partners: [
            { twinTown: 'poltsamaa', name: 'Põltsamaa gümnaasium' },
            { twinTown: 'esashi' },
          ],
        },
        { ...trip('bare', '2020-03-11', '2020-03-12'), destinations: [{ twinTown: 'madison' }] },
        {
          ...SAMPLE_EXCHANGE,
          id: 'partner',
          startDate: '2020-03-12',
          endDate: '2020-03-12',
          partners: [
            { name: 'Tartu Ülikool', place: 'Tartu', country: 'EE' },
            { name: 'Oslo kommune', country: 'NO' },
          ],
        },
      ]),
      ACCOUNT,
    ).rows;
    expect(rows.map((row) => row.places)).toEqual([
      ['Põltsamaa gümnaasium, Põltsamaa (EE)', 'Esashi (JP)'],
      ['Madison (US)'],
      ['Tartu Ülikool, Tartu (EE)', 'Oslo kommune (NO)'],
    ]);
  });

  it('lists what a row does not state of purpose, goal and result, and leaves those keys out', () => {
    const { purpose: _p, goal: _g, ...bare } = trip('bare', '2020-03-10', '2020-03-12');
    const [row] = councilAccount(register([bare]), ACCOUNT).rows;
    expect(row?.missing).toEqual(['purpose', 'goal', 'result']);
    for (const key of ['purpose', 'goal', 'result', 'caseNumber'])
      expect(row).not.toHaveProperty(key);
    const [full] = councilAccount(
      register([
        {
          ...trip('full', '2020-03-10', '2020-03-12'),
          caseNumber: 'KS 2020/1',
          result: 'Two visits agreed',
        },
      ]),
      ACCOUNT,
    ).rows;
    expect(full?.missing).toEqual([]);
    expect(full).toMatchObject({ caseNumber: 'KS 2020/1', result: 'Two visits agreed' });
  });

  it('needs attention only where a duty cannot be decided', () => {
    const rows = councilAccount(
      register([
        trip('decided', '2020-03-10', '2020-03-12'),
        {
          ...trip('open', '2020-03-11', '2020-03-12'),
          destinations: [{ place: 'Esashi, Hokkaido', country: 'JP' }],
        },
      ]),
      ACCOUNT,
    ).rows;
    expect(rows.map((row) => [row.id, row.approval, row.attention.length])).toEqual([
      ['decided', 'violated', 0],
      ['open', 'undetermined', 1],
    ]);
  });

  it('converts with the rates no further from the rate day than maxRateAgeDays', () => {
    const eur = [{ label: 'Hotel', category: 'lodging', amount: '100', currency: 'EUR' }];
    const doc = register([{ ...trip('eur', '2020-03-10', '2020-03-12'), plannedCosts: eur }], {
      rates: [{ currency: 'EUR', sekPerUnit: '11', date: '2020-03-01', source: 'test' }],
    });
    const near = councilAccount(doc, { ...ACCOUNT, maxRateAgeDays: 30 }).rows[0];
    const far = councilAccount(doc, { ...ACCOUNT, maxRateAgeDays: 5 }).rows[0];
    expect(near?.cost?.amount).toBe(110_000);
    expect(far?.cost).toBeUndefined();
    expect(far?.costIssues.map((issue) => issue.code)).toEqual(['stale_rate']);
    // The rows' duties are judged with the same limit: 1 100,00 kr is under the threshold; an
    // unknown cost may be over it, and a report with no deadline set is pending as if owed.
    expect([near?.reportBack, far?.reportBack]).toEqual(['not_applicable', 'pending']);
  });
});

describe('councilAccount: the totals per goal and per twin town', () => {
  it('add each row’s cost under each of its goals and towns', () => {
    const account = councilAccount(
      register([
        { ...trip('a', '2020-03-10', '2020-03-12', '1 000,00'), policyGoals: ['nordic'] },
        {
          ...trip('b', '2020-04-10', '2020-04-12', '2 500,00'),
          policyGoals: ['nordic', 'projects'],
        },
      ]),
      ACCOUNT,
    );
    const nordic = account.byGoal.find((goal) => goal.key === 'nordic');
    const projects = account.byGoal.find((goal) => goal.key === 'projects');
    expect([nordic?.count, nordic?.cost.amount]).toEqual([2, 350_000]);
    expect([projects?.count, projects?.cost.amount]).toEqual([1, 250_000]);
    const poltsamaa = account.byTwinTown.find((town) => town.key === 'poltsamaa');
    expect([poltsamaa?.count, poltsamaa?.cost.amount]).toEqual([2, 350_000]);
  });

  it('count under the version in force on the due day; a goal or town only another version has is shown, not counted', () => {
    const successor = later({
      goals: [
        {
          id: 'nordic',
          clauseId: 'goal.nordic',
          text: { sv: 'Nordiskt samarbete (ny lydelse)', en: 'Nordic co-operation (new wording)' },
        },
      ],
    });
    const policies = [POLICY_2019_2022, successor];
    const account = councilAccount(
      parsed(
        {
          format: 1,
          activities: [
            { ...trip('old', '2020-03-10', '2020-03-12'), policyGoals: ['growth', 'nordic'] },
          ],
        },
        policies,
      ),
      { ...ACCOUNT, policies },
    );
    // The due day of the 2019–2022 account falls in the 2019–2022 version: its goals are counted.
    expect(account.byGoal.map((goal) => goal.key)).toContain('growth');
    expect(account.rows[0]?.policyGoals.map((goal) => goal.text.en)).not.toContain(
      'Nordic co-operation (new wording)',
    );
  });

  it('with no version in force on the due day, counts under the latest version given', () => {
    const between = later({}, '2023-01-01', '2024-12-31');
    const latest = later(
      { goals: [{ id: 'only-latest', clauseId: 'goal.nordic', text: { sv: 'Ny', en: 'New' } }] },
      '2025-01-01',
      '2026-12-31',
    );
    const policies = [POLICY_2019_2022, between, latest];
    const account = councilAccount(
      parsed(
        {
          format: 1,
          activities: [{ ...trip('new', '2027-03-10', '2027-03-12'), policyGoals: ['nordic'] }],
        },
        policies,
      ),
      { period: '2027-2030', asOf: '2031-03-31', policies },
    );
    expect(account.byGoal.map((goal) => goal.key)).toEqual(['only-latest']);
    expect(account.outsidePolicy).toEqual(['new']);
  });
});

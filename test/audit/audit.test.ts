import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import SAMPLE from '../../examples/sample-register.json' with { type: 'json' };
import { Auditor, judgedCompliance } from '../../src/audit/audit.js';
import { isOwnResult } from '../../src/compliance/own-results.js';
import {
  audit,
  auditStream,
  definePolicy,
  explain,
  type ObligationCompliance,
  POLICY_2019_2022,
  parseRegister,
  policyRegistry,
  type Register,
  toIsoDate,
  toPolicyDefinition,
} from '../../src/index.js';
import { activityInput } from '../arbitraries/activities.js';
import { registerDocument } from '../bench/data.js';
import { bareTripInput } from '../fixtures/build.js';
import { variant } from '../fixtures/variant.js';
import { compliancesOf } from '../support/judged.js';
import { lazy } from '../support/lazy.js';

const RATES = [
  { currency: 'EUR', sekPerUnit: '11.0', date: '2020-01-01', source: 'test' },
  { currency: 'JPY', sekPerUnit: '0.07', date: '2020-01-01', source: 'test' },
];

function parsed(document: unknown): Register {
  const result = parseRegister(document);
  if (!result.success) throw new Error(result.issues.map((i) => i.messages.en).join('\n'));
  return result.data;
}

const bareTrip = bareTripInput;

const trip = (id: string, changes: Record<string, unknown> = {}) => ({
  kind: 'trip',
  id,
  title: 'Visit',
  organiser: 'KLK',
  travellers: { count: 1 },
  destinations: [{ place: 'Tallinn', country: 'EE' }],
  departureDate: '2020-06-01',
  returnDate: '2020-06-02',
  purpose: 'P',
  goal: 'Agree on two school visits',
  policyGoals: ['nordic'],
  expectedBenefit: 'B',
  ...changes,
});

describe('audit: the sample register', () => {
  const sampleReport = lazy(() =>
    audit(SAMPLE, { asOf: '2023-03-31', deadlines: { reportBackDays: 90 } }),
  );

  it('audits every activity and every agreement, and reads every record', () => {
    expect(sampleReport().invalid).toEqual([]);
    expect(sampleReport().activities).toHaveLength(SAMPLE.activities.length);
    expect(sampleReport().outcomes).toEqual({
      evaluated: 24,
      not_international: 3,
      no_policy_in_force: 1,
    });
    expect(sampleReport().policies.map((p) => p.id)).toEqual(['solleftea-2019-2022']);
    expect(sampleReport().agreements.map((r) => r.period.label)).toEqual(['2019–2022']);
  });

  it('lists activities with violations first, each group in register order', () => {
    const violations = sampleReport().activities.map((a) => a.violations > 0);
    expect(violations.indexOf(false)).toBe(violations.lastIndexOf(true) + 1);
    const ids = SAMPLE.activities.map((a) => a.id);
    const position = (id: string) => ids.indexOf(id);
    const first = sampleReport()
      .activities.filter((a) => a.violations > 0)
      .map((a) => position(a.id));
    expect(first).toEqual([...first].sort((a, b) => a - b));
  });

  it('finds the retroactive approval and the incomplete report-back of the Esashi visit', () => {
    const esashi = sampleReport().activities.find((a) => a.id === '2022-01');
    expect(esashi?.results.map((r) => [r.code, r.status, r.reason])).toEqual([
      ['planning', 'fulfilled', 'planning_stated'],
      ['board_approval', 'violated', 'retroactive_approval'],
      ['board_report_back', 'overdue', 'report_incomplete'],
      ['council_account', 'pending', 'awaiting_report'],
    ]);
  });

  it('orders the activities by verdict and counts them: not compliant, then those that need attention, then the rest, and those outside the policy last, not counted', () => {
    const report = sampleReport();
    expect(report.verdict).toBe('not_compliant');
    expect(report.verdicts).toEqual({ not_compliant: 4, undetermined: 0, compliant: 23 });
    expect(report.activities.map((a) => a.verdict)).toEqual([
      ...Array(4).fill('not_compliant'),
      ...Array(23).fill('compliant'),
      'outside_policy',
    ]);
    // Dated before the policy was adopted: no version was in force (note 16), listed apart.
    expect(report.outsidePolicy).toEqual(['2019-07']);
    const outside = report.activities.at(-1);
    expect([outside?.id, outside?.outcome]).toEqual(['2019-07', 'no_policy_in_force']);
  });

  it('counts every obligation once, by rule and status', () => {
    const evaluated = sampleReport().outcomes.evaluated;
    for (const rule of [
      'planning',
      'board_approval',
      'board_report_back',
      'council_account',
    ] as const) {
      const sum = Object.values(sampleReport().counts[rule]).reduce((a, b) => a + b, 0);
      expect(sum, rule).toBe(evaluated);
    }
    // Every record is read: approvals, reports back and accounts to the council alike.
    const statuses = (rule: 'board_approval' | 'board_report_back' | 'council_account') =>
      Object.entries(sampleReport().counts[rule]).filter(([, count]) => count > 0);
    expect(statuses('board_approval')).toEqual([
      ['fulfilled', 4],
      ['violated', 2],
      ['not_applicable', 18],
    ]);
    expect(statuses('board_report_back')).toEqual([
      ['fulfilled', 4],
      ['overdue', 3],
      ['not_applicable', 17],
    ]);
    expect(statuses('council_account')).toEqual([
      ['fulfilled', 11],
      ['pending', 13],
    ]);
    expect(sampleReport().counts.agreement_evaluation.fulfilled).toBe(4);
    expect(sampleReport().counts.continuation_decision.fulfilled).toBe(1);
    expect(sampleReport().counts.agreement_termination.pending).toBe(1);
  });

  it('is the same for the parsed register and the document', () => {
    const fromParsed = audit(parsed(SAMPLE), {
      asOf: '2023-03-31',
      deadlines: { reportBackDays: 90 },
    });
    expect(JSON.stringify(fromParsed)).toBe(JSON.stringify(sampleReport()));
  });

  it('restricts itself to one period when asked', () => {
    const only = audit(SAMPLE, { asOf: '2023-03-31', period: '2023-2026' });
    expect(only.activities).toEqual([]);
    expect(only.period?.label).toBe('2023–2026');
    expect(only.agreements[0]?.policy).toBeUndefined();
    expect(only.counts.continuation_decision.undetermined).toBe(1);
  });

  it('reviews no period that has not begun by asOf', () => {
    expect(audit(SAMPLE, { asOf: '2018-12-31' }).agreements).toEqual([]);
  });
});

describe('audit: bad records', () => {
  it('lists each invalid record with its issues, at its place in the document, and audits the rest', () => {
    const report = audit(
      {
        format: 1,
        activities: [trip('ok-1'), { kind: 'trip', id: 'bad' }, trip('ok-2'), trip('ok-1')],
        approvals: [
          { activity: 'bad', decidedOn: '2020-05-01', reference: 'KS § 1', decision: 'approved' },
          { activity: 'ok-2', decidedOn: '2020-13-01', reference: 'KS § 2', decision: 'approved' },
        ],
      },
      { asOf: '2021-01-01' },
    );
    expect(report.activities.map((a) => a.id)).toEqual(['ok-1', 'ok-2']);
    expect(report.invalid.map((r) => [r.list, r.index, r.id, r.issues.map((i) => i.code)])).toEqual(
      [
        [
          'activities',
          1,
          'bad',
          ['required', 'required', 'required', 'required', 'required', 'required'],
        ],
        ['activities', 3, 'ok-1', ['duplicate_id']],
        ['approvals', 0, 'bad', ['unknown_activity']],
        ['approvals', 1, 'ok-2', ['invalid_date']],
      ],
    );
    expect(report.invalid[1]?.issues[0]?.messages.en).toBe(
      'activities[3].id: the id "ok-1" is already used (activities[0]); every id must be unique.',
    );
    expect(report.invalid[2]?.issues[0]?.path).toEqual(['approvals', 0, 'activity']);
    // Records that cannot be read cannot be judged: the audit is not compliant.
    expect(report.verdict).not.toBe('compliant');
  });

  it('points a duplicate at the first use as the document numbers it', () => {
    const report = audit(
      { format: 1, activities: [{ kind: 'trip', id: 'bad' }, trip('a'), trip('a')] },
      { asOf: '2021-01-01' },
    );
    expect(report.invalid[1]?.issues[0]?.path).toEqual(['activities', 2, 'id']);
    expect(report.invalid[1]?.issues[0]?.values).toMatchObject({ first: 'activities[1]' });
  });

  it('sets aside a hole in a list (a sparse array from a program) at its index', () => {
    const activities: unknown[] = [trip('a'), trip('b')];
    delete activities[0];
    const report = audit({ format: 1, activities }, { asOf: '2021-01-01' });
    expect(report.invalid.map((record) => [record.list, record.index])).toEqual([
      ['activities', 0],
    ]);
    expect(report.activities.map((row) => row.id)).toEqual(['b']);
  });

  it('sets aside a record that is not an object, naming no id', () => {
    const report = audit({ format: 1, activities: [null, trip('a')] }, { asOf: '2021-01-01' });
    expect(report.invalid).toHaveLength(1);
    expect(report.invalid[0]).not.toHaveProperty('id');
    expect(report.invalid[0]?.issues[0]?.code).toBe('invalid_type');
  });

  it('reports a document that is not a register, and audits nothing', () => {
    for (const document of [
      42,
      null,
      { format: 2, activities: [] },
      { format: 1, activities: {} },
    ]) {
      const report = audit(document, { asOf: '2021-01-01' });
      expect(report.activities).toEqual([]);
      expect(report.agreements).toEqual([]);
      expect(report.invalid.at(-1)?.list).toBe('register');
      expect(report.verdict).toBe('undetermined');
    }
    expect(audit(42, { asOf: '2021-01-01' }).invalid[0]?.issues[0]?.messages).toEqual({
      sv: 'dokumentet: ska vara ett objekt, men är ett tal.',
      en: 'the document: must be an object, but is a number.',
    });
  });

  it('keeps records set aside before a fatal problem', () => {
    const report = audit(
      { format: 1, activities: [{ kind: 'trip', id: 'bad' }], extra: true },
      { asOf: '2021-01-01' },
    );
    expect(report.invalid.map((r) => r.list)).toEqual(['register']);
    expect(report.invalid[0]?.issues.map((i) => i.code)).toContain('unknown_key');
  });

  it('does not change the document it reads', () => {
    const document = { format: 1, activities: [trip('a'), { kind: 'trip' }] };
    const copy = structuredClone(document);
    audit(document, { asOf: '2021-01-01' });
    expect(document).toEqual(copy);
  });

  it('rejects an impossible asOf and a period that is not a board term', () => {
    expect(() => audit(SAMPLE, { asOf: '2021-02-29' })).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    expect(() => audit(SAMPLE, { asOf: '2021-01-01', period: '2020-2023' })).toThrow(
      expect.objectContaining({ code: 'invalid_period' }),
    );
  });
});

describe('audit: several policy versions', () => {
  const LATER = variant({
    id: 'test-2023-2026',
    title: 'Test policy 2023–2026',
    validity: { from: toIsoDate('2023-01-01'), to: toIsoDate('2026-12-31') },
    mandatePeriod: '2023–2026',
  });

  it('names each version it applied, oldest first, and reviews each period that has begun', () => {
    const report = audit(
      {
        format: 1,
        activities: [
          trip('new', { departureDate: '2024-02-01', returnDate: '2024-02-02' }),
          trip('old'),
        ],
      },
      { asOf: '2025-01-01', policies: [POLICY_2019_2022, LATER] },
    );
    expect(report.policies.map((p) => p.id)).toEqual(['solleftea-2019-2022', 'test-2023-2026']);
    expect(report.agreements.map((r) => [r.period.label, r.policy?.id])).toEqual([
      ['2019–2022', 'solleftea-2019-2022'],
      ['2023–2026', 'test-2023-2026'],
    ]);
  });

  it('refuses a parsed register naming a twin town none of its versions lists', () => {
    const withKemi = variant({
      id: 'with-kemi',
      twinTowns: [
        ...POLICY_2019_2022.twinTowns,
        { id: 'kemi', name: 'Kemi', asWritten: 'Kemi', country: 'FI', aliases: [] },
      ],
    });
    const result = parseRegister(
      { format: 1, activities: [trip('kemi', { destinations: [{ twinTown: 'kemi' }] })] },
      { policies: [withKemi] },
    );
    if (!result.success) throw new Error(result.issues.map((i) => i.messages.en).join('\n'));
    expect(
      audit(result.data, { asOf: '2021-01-01', policies: [withKemi] }).activities,
    ).toHaveLength(1);
    expect(() => audit(result.data, { asOf: '2021-01-01' })).toThrow(
      expect.objectContaining({
        code: 'unknown_twin_town',
        details: { activity: 'kemi', twinTown: 'kemi' },
      }),
    );
  });
});

describe('audit: totals', () => {
  it('takes the rates and meeting days it is given as options, and converts with those rates', () => {
    const register = {
      format: 1,
      activities: [
        trip('eur', {
          plannedCosts: [{ label: 'A', category: 'travel', amount: '100.00', currency: 'EUR' }],
        }),
      ],
    };
    const without = audit(register, { asOf: '2021-01-01' });
    expect(without.totals.unconverted).toBe(1);
    const given = audit(register, {
      asOf: '2021-01-01',
      rates: {
        rates: [
          { currency: 'EUR', sekPerUnit: '11.0', date: toIsoDate('2020-01-01'), source: 'test' },
        ],
      },
      meetingDays: { board: [toIsoDate('2021-02-01')] },
    });
    expect(given.totals.unconverted).toBe(0);
    // 100,00 EUR at 11 kr: 1 100,00 kr, in öre.
    expect(given.totals.planned.amount).toBe(110_000);
  });

  it('leaves out a cost it cannot convert, and counts it', () => {
    const report = audit(
      {
        format: 1,
        activities: [
          trip('sek', {
            actualCosts: [{ label: 'A', category: 'travel', amount: '100,00', currency: 'SEK' }],
          }),
          trip('usd', {
            plannedCosts: [{ label: 'B', category: 'travel', amount: '1.00', currency: 'USD' }],
          }),
        ],
      },
      { asOf: '2021-01-01' },
    );
    expect(report.totals.actual.amount).toBe(10_000);
    expect(report.totals.planned.amount).toBe(0);
    expect(report.totals.unconverted).toBe(1);
    const usd = report.activities.find((a) => a.id === 'usd');
    expect(usd?.planned).toBeUndefined();
    expect(usd?.costIssues.map((i) => [i.code, i.path])).toEqual([
      ['missing_rate', ['plannedCosts', 0, 'currency']],
    ]);
  });

  it('refuses a total too large to count exactly in öre', () => {
    const huge = (id: string) =>
      trip(id, {
        actualCosts: [
          { label: 'A', category: 'travel', minorUnits: 9_000_000_000_000_000, currency: 'SEK' },
        ],
      });
    expect(() =>
      audit({ format: 1, activities: [huge('a'), huge('b')] }, { asOf: '2021-01-01' }),
    ).toThrow(expect.objectContaining({ code: 'amount_too_large' }));
  });

  const registerArb = fc
    .uniqueArray(activityInput, { selector: (a) => a.id, maxLength: 12 })
    .map((activities) => ({ format: 1, activities, rates: RATES }));

  test.prop([registerArb])(
    'the totals are the sums of the rows, and every activity is one row',
    (document) => {
      const report = audit(document, { asOf: '2024-01-01' });
      expect(report.invalid).toEqual([]);
      expect(report.activities.map((a) => a.id).sort()).toEqual(
        document.activities.map((a) => a.id).sort(),
      );
      const sum = (key: 'planned' | 'actual') =>
        report.activities.reduce((total, row) => total + (row[key]?.amount ?? 0), 0);
      expect(report.totals.planned.amount).toBe(sum('planned'));
      expect(report.totals.actual.amount).toBe(sum('actual'));
      expect(report.totals.unconverted).toBe(
        report.activities.filter((a) => a.costIssues.length > 0).length,
      );
      const outcomes =
        report.outcomes.evaluated +
        report.outcomes.not_international +
        report.outcomes.no_policy_in_force;
      expect(outcomes).toBe(document.activities.length);
      const verdicts = [
        ...report.activities.map((a) => a.verdict),
        ...report.agreements.map((r) => r.verdict),
      ];
      expect(report.verdict).toBe(
        verdicts.includes('not_compliant')
          ? 'not_compliant'
          : verdicts.includes('undetermined') || report.invalid.length > 0
            ? 'undetermined'
            : 'compliant',
      );
      for (const row of report.activities)
        expect(row.verdict === 'not_compliant').toBe(row.violations > 0);
    },
  );
});

describe('audit: how old a rate may be (maxRateAgeDays, interpretation note 2)', () => {
  const eur = (label: string) => [{ label, category: 'travel', amount: '100.00', currency: 'EUR' }];
  // RATES are dated 2020-01-01; the trip's last day, the day its costs are converted for, is 2020-06-02,
  // 153 days later.
  const document = {
    format: 1,
    rates: RATES,
    activities: [trip('t', { plannedCosts: eur('A'), actualCosts: eur('B') })],
  };

  it('a cost converted with a rate older than the bound is a stale_rate issue, left out of the totals', () => {
    expect(audit(document, { asOf: '2021-01-01' }).totals).toMatchObject({
      actual: { amount: 110_000 },
      unconverted: 0,
    });
    // A deadline passed, so that a report-back owed is overdue and the unknown cost leaves it undetermined.
    const strict = audit(document, {
      asOf: '2021-01-01',
      maxRateAgeDays: 152,
      deadlines: { reportBackDays: 30 },
    });
    expect(strict.totals).toMatchObject({
      planned: { amount: 0 },
      actual: { amount: 0 },
      unconverted: 1,
    });
    const row = strict.activities[0];
    expect(row?.costIssues.map((i) => [i.code, i.path])).toEqual([
      ['stale_rate', ['plannedCosts', 0, 'currency']],
      ['stale_rate', ['actualCosts', 0, 'currency']],
    ]);
    expect(row?.results.find((r) => r.code === 'board_report_back')?.status).toBe('undetermined');
    expect(audit(document, { asOf: '2021-01-01', maxRateAgeDays: 153 }).totals.unconverted).toBe(0);
  });

  it('with the sample register and a bound of 30 days, the activities costed with older rates', () => {
    // The sample's rates: EUR of 2020-03-02, NOK of 2021-11-08; these activities end over 30 days from
    // them, before (2020-01) or after.
    const stale = ['2020-01', '2020-07', '2021-02', '2021-04', '2022-07', '2022-08', '2022-12'];
    const loose = audit(SAMPLE, { asOf: '2023-03-31' });
    const strict = audit(SAMPLE, { asOf: '2023-03-31', maxRateAgeDays: 30 });
    expect(
      strict.activities
        .filter((a) => a.costIssues.some((i) => i.code === 'stale_rate'))
        .map((a) => a.id)
        .sort(),
    ).toEqual(stale);
    expect(strict.totals.unconverted).toBe(loose.totals.unconverted + stale.length);
  });

  it('passes the bound to the agreement reviews: a twin-town activity costed with a stale rate is unconverted there', () => {
    const twinTown = {
      ...document,
      agreements: [{ id: 'p', twinTown: 'poltsamaa' }],
      activities: [
        trip('t', {
          destinations: [{ twinTown: 'poltsamaa' }],
          plannedCosts: eur('A'),
          actualCosts: eur('B'),
        }),
      ],
    };
    // Every twin town has a standing; this register's agreement is with Põltsamaa.
    const evidence = (maxRateAgeDays?: number) =>
      audit(twinTown, {
        asOf: '2021-01-01',
        ...(maxRateAgeDays === undefined ? {} : { maxRateAgeDays }),
      }).agreements[0]?.agreements.find((a) => a.agreement.twinTown === 'poltsamaa')?.activity;
    expect(evidence()).toMatchObject({
      activities: ['t'],
      unconverted: [],
      total: { amount: 110_000 },
    });
    expect(evidence(152)).toMatchObject({
      activities: ['t'],
      unconverted: ['t'],
      total: { amount: 0 },
    });
    expect(evidence(153)).toMatchObject({ unconverted: [], total: { amount: 110_000 } });
  });

  it.each([-1, 0.5])('refuses maxRateAgeDays %s, naming audit', (maxRateAgeDays) => {
    expect(() =>
      audit({ format: 1, activities: [] }, { asOf: '2021-01-01', maxRateAgeDays }),
    ).toThrow(
      expect.objectContaining({ code: 'invalid_argument', details: { function: 'audit' } }),
    );
  });
});

describe('audit: actual costs recorded as none (interpretation note 1)', () => {
  it('lists a trip whose actual costs are an empty list while a budget was planned, and judges it on 0,00 kr', async () => {
    const budget = {
      kind: 'trip',
      id: 'cancelled-budget',
      title: 'Fair',
      organiser: 'Näringslivsenheten',
      travellers: { count: 1 },
      destinations: [{ place: 'Helsinki', country: 'FI' }],
      departureDate: '2021-05-03',
      returnDate: '2021-05-05',
      plannedCosts: [{ label: 'Stand', category: 'fees', amount: '50 000,00', currency: 'SEK' }],
      actualCosts: [],
    };
    const other = { ...budget, id: 'spent', actualCosts: [{ ...budget.plannedCosts[0] }] };
    const report = audit({ format: 1, activities: [budget, other] }, { asOf: '2021-12-31' });
    expect(report.noActualCosts).toEqual(['cancelled-budget']);
    const row = report.activities.find((a) => a.id === 'cancelled-budget');
    expect(row?.actual?.amount).toBe(0);
    expect(row?.planned?.amount).toBe(5_000_000);
    expect(row?.results.find((r) => r.code === 'board_report_back')?.status).toBe('not_applicable');
    const compliance = (
      await compliancesOf({ format: 1, activities: [budget, other] }, { asOf: '2021-12-31' })
    ).get('cancelled-budget');
    expect(
      explain(
        compliance?.results.find(
          (r) => r.obligation.code === 'board_report_back',
        ) as ObligationCompliance,
      ).en,
    ).toContain('actual costs recorded as none; planned SEK 50,000.00');
  });
});

describe('audit: the verdict is three-valued (interpretation note 11)', () => {
  const domestic = (id: string, day = '2021-05-03') =>
    bareTrip(id, day, { destinations: [{ place: 'Umeå', country: 'SE' }] });

  it('is compliant when every activity is and every period review is', () => {
    const report = audit({ format: 1, activities: [domestic('d-1')] }, { asOf: '2018-12-31' });
    expect(report.verdict).toBe('compliant');
    expect(report.verdicts).toEqual({ not_compliant: 0, undetermined: 0, compliant: 1 });
  });

  it('is undetermined, not compliant, when a record could not be read and nothing is violated', () => {
    const report = audit(
      { format: 1, activities: [domestic('d-1'), { kind: 'trip', id: 'bad' }] },
      { asOf: '2018-12-31' },
    );
    expect(report.invalid).toHaveLength(1);
    expect(report.verdict).toBe('undetermined');
  });

  it('is undetermined when a period review cannot be judged (no version governs it)', () => {
    const report = audit(
      { format: 1, activities: [], agreements: [{ id: 'esashi', twinTown: 'esashi' }] },
      { asOf: '2027-01-01', period: '2023-2026' },
    );
    expect(report.agreements[0]?.verdict).toBe('undetermined');
    expect(report.verdicts).toEqual({ not_compliant: 0, undetermined: 0, compliant: 0 });
    expect(report.verdict).toBe('undetermined');
  });

  it('is not compliant when a period review is, whatever the activities', () => {
    const report = audit(
      {
        format: 1,
        activities: [domestic('d-1', '2021-05-03')],
        agreements: [{ id: 'esashi', twinTown: 'esashi' }],
      },
      { asOf: '2023-03-31', period: '2019-2022' },
    );
    expect(report.verdicts).toEqual({ not_compliant: 0, undetermined: 0, compliant: 1 });
    expect(report.agreements[0]?.verdict).toBe('not_compliant');
    expect(report.verdict).toBe('not_compliant');
  });
});

describe('audit: rows, periods and the versions applied (mutation-tested)', () => {
  it('each row keeps the statuses of its own compliance, the one onActivity is handed', async () => {
    const options = { asOf: '2023-03-31', deadlines: { reportBackDays: 90 } };
    const report = audit(SAMPLE, options);
    const compliances = await compliancesOf(SAMPLE, options);
    for (const row of report.activities) {
      const results = compliances.get(row.id)?.results ?? [];
      expect(Object.isFrozen(row)).toBe(true);
      expect(row.results).toEqual(
        results.map((r) => ({
          code: r.obligation.code,
          status: r.status,
          reason: r.reason,
        })),
      );
    }
  });

  it('a row without planned or actual costs has no such keys, and is plain data: a copy is the row', () => {
    const report = audit(
      { format: 1, activities: [bareTrip('t-1', '2020-05-04')] },
      { asOf: '2020-06-01' },
    );
    const row = report.activities[0];
    expect(Object.keys(row ?? {})).not.toContain('planned');
    expect(Object.keys(row ?? {})).not.toContain('actual');
    const json = JSON.parse(JSON.stringify(row));
    expect(json).toEqual(row);
    expect(structuredClone(row)).toEqual(row);
    expect({ ...row }).toEqual(row);
    expect(json.results).toHaveLength(4);
    expect(json.id).toBe('t-1');
  });

  it('a period audits the activities whose first day falls in it, both ends included', () => {
    const report = audit(
      {
        format: 1,
        activities: [
          bareTrip('before', '2018-12-31'),
          bareTrip('first', '2019-01-01'),
          bareTrip('last', '2022-12-31'),
          bareTrip('after', '2023-01-01'),
        ],
      },
      { asOf: '2023-06-01', period: '2019-2022' },
    );
    expect(report.activities.map((a) => a.id).sort()).toEqual(['first', 'last']);
  });

  it('reviews a period from its first day on, and names the versions the activities applied', () => {
    expect(audit({ format: 1, activities: [] }, { asOf: '2019-01-01' }).agreements).toHaveLength(1);
    const early = audit(
      { format: 1, activities: [bareTrip('t', '2020-05-04')] },
      { asOf: '2018-12-31' },
    );
    expect(early.agreements).toEqual([]);
    expect(early.policies.map((p) => p.id)).toEqual(['solleftea-2019-2022']);
  });

  it('an agreement the register shows terminated before departure ends the twin status in the audit too', () => {
    const report = audit(
      {
        format: 1,
        activities: [bareTrip('t', '2020-05-04', { destinations: [{ twinTown: 'esashi' }] })],
        agreements: [{ id: 'esashi', twinTown: 'esashi', terminatedOn: '2020-01-01' }],
      },
      { asOf: '2020-06-01' },
    );
    expect(report.activities[0]?.results.find((r) => r.code === 'board_approval')?.status).toBe(
      'not_applicable',
    );
  });

  it('an activity that cannot be judged makes the audit undetermined when nothing is violated', () => {
    const report = audit(
      {
        format: 1,
        activities: [
          bareTrip('t', '2020-05-04', {
            destinations: [{ place: 'Madison Heights', country: 'US' }],
            purpose: 'P',
            goal: 'G',
            expectedBenefit: 'B',
            plannedCosts: [{ label: 'x', category: 'other', amount: '100', currency: 'SEK' }],
          }),
        ],
      },
      // After departure: owed, the approval would be violated; not owed, nothing would be.
      { asOf: '2020-06-01' },
    );
    expect(report.verdicts).toEqual({ not_compliant: 0, undetermined: 1, compliant: 0 });
    expect(report.verdict).toBe('undetermined');
  });
});

describe('audit: the versions it reads and applies (mutation-tested)', () => {
  const successor = () =>
    definePolicy({
      ...toPolicyDefinition(POLICY_2019_2022),
      id: 'test-2023-2026',
      adoption: { body: 'council', date: '2022-12-12', paragraph: '§ 1' },
      validity: { from: '2023-01-01', to: '2026-12-31', supersedes: POLICY_2019_2022.id },
      mandatePeriod: '2023–2026',
      twinTowns: [
        ...toPolicyDefinition(POLICY_2019_2022).twinTowns,
        {
          id: 'tartu',
          name: 'Tartu',
          asWritten: 'Tartu linn, Estland',
          country: 'EE',
          aliases: ['Tartu'],
        },
      ],
    });

  it('reads a document with the versions it is given: a twin town only a later version lists', () => {
    const report = audit(
      {
        format: 1,
        activities: [bareTrip('t', '2024-05-04', { destinations: [{ twinTown: 'tartu' }] })],
      },
      { asOf: '2024-06-01', policies: [POLICY_2019_2022, successor()] },
    );
    expect(report.invalid).toEqual([]);
    expect(report.activities.map((a) => a.id)).toEqual(['t']);
  });

  it('names the versions its period reviews applied, and none where no version governs', () => {
    expect(
      audit({ format: 1, activities: [] }, { asOf: '2023-03-31' }).policies.map((p) => p.id),
    ).toEqual(['solleftea-2019-2022']);
    expect(
      audit({ format: 1, activities: [] }, { asOf: '2027-01-01', period: '2023-2026' }).policies,
    ).toEqual([]);
  });

  it('lists the versions applied oldest first, whatever order the activities come in', () => {
    const report = audit(
      { format: 1, activities: [bareTrip('late', '2024-05-04'), bareTrip('early', '2021-05-04')] },
      { asOf: '2018-12-31', policies: policyRegistry([successor(), POLICY_2019_2022]) },
    );
    expect(report.policies.map((p) => p.id)).toEqual(['solleftea-2019-2022', 'test-2023-2026']);
  });
});

describe('an audit report is frozen through and through, built so (never walked after)', () => {
  /** The objects reachable from `value` that are not frozen, with their paths (the first few). */
  function unfrozen(value: unknown, path = '$', seen = new Set<object>(), found: string[] = []) {
    if (typeof value !== 'object' || value === null || seen.has(value)) return found;
    seen.add(value);
    if (!Object.isFrozen(value)) found.push(path);
    for (const [key, child] of Object.entries(value))
      unfrozen(child, `${path}.${key}`, seen, found);
    return found.slice(0, 5);
  }

  it('for a document, a parsed register, one with unreadable records, and a generated one', async () => {
    const broken = {
      ...SAMPLE,
      activities: [...SAMPLE.activities, { kind: 'trip', id: 'bad' }],
      approvals: [...SAMPLE.approvals, { activity: 'nowhere', decidedOn: '2020-01-01' }],
    };
    const parsed = parseRegister(SAMPLE);
    if (!parsed.success) throw new Error('the sample register is valid');
    const options = { asOf: '2023-03-31', deadlines: { reportBackDays: 90 } };
    for (const register of [SAMPLE, parsed.data, broken, registerDocument(300)]) {
      expect(unfrozen(audit(register, options))).toEqual([]);
      expect(unfrozen(audit(register, { ...options, period: '2019-2022' }))).toEqual([]);
    }
    const { activities, ...records } = broken;
    const streamed = await auditStream(
      { records: { ...records, activities: [] }, activities },
      options,
    );
    expect(unfrozen(streamed)).toEqual([]);
  });
});

describe("audit: a compliance is built, and marked as the library's, only where it is used", () => {
  it('marks the results handed out (explain words them as they are), and not those it only counts', () => {
    const register = parseRegister(SAMPLE);
    if (!register.success) throw new Error('the sample register parses');
    const auditor = new Auditor(register.data, { asOf: '2023-03-31' }, false);
    const judged = register.data.activities.map((activity) => auditor.add(activity));
    const kept = judged
      .map((each) => each && judgedCompliance(each, false))
      .filter((each) => each !== undefined);
    const handed = judged
      .map((each) => each && judgedCompliance(each, true))
      .filter((each) => each !== undefined);
    expect(kept.length).toBe(register.data.activities.length);
    // The same judgement either way: the same statuses and reasons.
    expect(kept.map((c) => c.results.map((r) => [r.status, r.reason]))).toEqual(
      handed.map((c) => c.results.map((r) => [r.status, r.reason])),
    );
    expect(kept.flatMap((c) => c.results).some((result) => isOwnResult(result))).toBe(false);
    expect(handed.flatMap((c) => c.results).every((result) => isOwnResult(result))).toBe(true);
  });
});

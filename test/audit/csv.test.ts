/** `auditToCsv`: an audit's findings, one record each, for a spreadsheet. */

import { fc, test } from '@fast-check/vitest';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import EXAMPLE from '../../examples/sample-register.json' with { type: 'json' };
import {
  audit,
  auditCsvWriter,
  auditToCsv,
  definePolicy,
  POLICY_2019_2022,
  PolicyError,
  toPolicyDefinition,
} from '../../src/index.js';
import { SAMPLE_REGISTER } from '../fixtures/samples.js';
import { compliancesOf } from '../support/judged.js';
import { thrownBy } from '../support/thrown.js';

const records = (csv: string, delimiter: string): string[][] =>
  parse(csv.replace(/^\uFEFF/, ''), { delimiter }) as string[][];

describe('auditToCsv', () => {
  it('lists each violated, overdue or undetermined duty of the activities and the agreements', () => {
    const report = audit(
      { ...SAMPLE_REGISTER, continuationDecisions: [] },
      { asOf: '2023-03-31', deadlines: { reportBackDays: 90 } },
    );
    const [header, ...rows] = records(auditToCsv(report, 'en'), ',');
    expect(header).toEqual([
      'Activity or agreement',
      'Rule',
      'Status',
      'Reason',
      'Due by',
      'Clauses',
      'Description',
    ]);
    expect(rows).toContainEqual([
      '2019–2022',
      'Decision on continuing agreements',
      'not fulfilled',
      'no_decision',
      '2022-10-14',
      'council.agreements',
      'Decision on continuing agreements (2019–2022): not fulfilled — the council made no decision by 2022-10-14.',
    ]);
    // One record per finding of the activities, with the clauses its rule cites.
    const activityRows = rows.filter((row) => row[0] !== '2019–2022');
    const findings = report.activities.flatMap((row) =>
      row.results.filter((r) => ['violated', 'overdue', 'undetermined'].includes(r.status)),
    );
    expect(activityRows.length).toBe(
      findings.length +
        report.agreements
          .flatMap((r) => r.agreements.flatMap((a) => [a.evaluation, a.termination]))
          .filter((d) => ['violated', 'overdue', 'undetermined'].includes(d.status)).length,
    );
    // In Swedish, with a semicolon between fields.
    const [swedish] = records(auditToCsv(report), ';');
    expect(swedish?.[0]).toBe('Aktivitet eller avtal');
  });

  it('names each rule by its Swedish title in the Swedish table, never by its code', () => {
    const report = audit(SAMPLE_REGISTER, {
      asOf: '2023-03-31',
      deadlines: { reportBackDays: 90 },
    });
    const [, ...rows] = records(auditToCsv(report, 'sv'), ';');
    expect(rows).toContainEqual(
      expect.arrayContaining(['esashi', 'Utvärdering av vänortsavtal', 'inte uppfyllt']),
    );
    for (const row of rows) expect(row[1]).not.toMatch(/^[a-z_]+$/);
  });
});

describe('auditToCsv: properties', () => {
  const titles = (language: 'sv' | 'en') =>
    new Set(POLICY_2019_2022.rules.map((rule) => rule.title[language]));

  test.prop([
    fc.subarray(SAMPLE_REGISTER.activities as unknown[]),
    fc.constantFrom('sv' as const, 'en' as const),
  ])(
    'every rule in an audit table is one of the policy’s rule titles, in the table’s language',
    (activities, language) => {
      const report = audit({ ...SAMPLE_REGISTER, activities } as never, { asOf: '2023-03-31' });
      const [, ...rows] = records(auditToCsv(report, language), language === 'sv' ? ';' : ',');
      for (const row of rows) expect(titles(language).has(row[1] as string)).toBe(true);
    },
  );

  it('refuses a value that is no report from audit, a copy included', () => {
    const report = audit(SAMPLE_REGISTER, { asOf: '2023-03-31' });
    for (const value of [structuredClone(report), SAMPLE_REGISTER, null]) {
      expect(() => auditToCsv(value as never)).toThrow(PolicyError);
    }
  });
});

describe('auditCsvWriter: the CSV of an audit written as it goes', () => {
  it("in parts, header, rows and agreements, is auditToCsv's CSV, in both languages", async () => {
    const compliances = await compliancesOf(SAMPLE_REGISTER, { asOf: '2023-03-31' });
    for (const language of ['sv', 'en'] as const) {
      const report = audit(SAMPLE_REGISTER, { asOf: '2023-03-31' });
      const csv = auditCsvWriter(language);
      const text =
        csv.header +
        report.activities.map((row) => csv.activity(row, compliances.get(row.id))).join('') +
        csv.agreements(report);
      expect(text).toBe(auditToCsv(report, language));
    }
  });

  it('writes the findings of rows that are not compliant, as auditToCsv does, from the rows and their compliance', async () => {
    const report = audit(EXAMPLE, { asOf: '2023-03-31' });
    const compliances = await compliancesOf(EXAMPLE, { asOf: '2023-03-31' });
    for (const language of ['sv', 'en'] as const) {
      const csv = auditCsvWriter(language);
      const rows = report.activities.map((row) => csv.activity(row, compliances.get(row.id)));
      // A row writes a record per finding (violated, overdue, undetermined); a compliant one nothing.
      report.activities.forEach((row, index) => {
        const findings =
          row.verdict === 'compliant'
            ? 0
            : row.results.filter((result) =>
                ['violated', 'overdue', 'undetermined'].includes(result.status),
              ).length;
        expect(rows[index]?.split('\r\n').length).toBe(findings + 1);
      });
      expect(rows.filter((text) => text !== '').length).toBe(3);
      expect(csv.header + rows.join('') + csv.agreements(report)).toBe(
        auditToCsv(report, language),
      );
    }
  });

  it('writes nothing for a compliant activity, and refuses a hand-made report and an unknown language', () => {
    const report = audit(SAMPLE_REGISTER, { asOf: '2023-03-31' });
    const csv = auditCsvWriter('en');
    const compliant = report.activities.find((row) => row.verdict === 'compliant');
    expect(compliant && csv.activity(compliant)).toBe('');
    expect(() => csv.agreements({ ...report })).toThrow(PolicyError);
    expect(() => auditCsvWriter('de' as never)).toThrow(PolicyError);
  });
});

describe('the CSV, word for word (issue 28, item 12)', () => {
  it("the example register's findings on 2023-03-31, in English", () => {
    const report = audit(EXAMPLE, { asOf: '2023-03-31' });
    expect(auditToCsv(report, 'en').split('\r\n')).toEqual([
      '\uFEFFActivity or agreement,Rule,Status,Reason,Due by,Clauses,Description',
      '2022-01,Approval by the executive board,not fulfilled,retroactive_approval,2022-10-03,board.approval,"Approval by the executive board: not fulfilled — approved on 2022-10-17 (KS § 201), after the departure on 2022-10-03; a retroactive approval does not fulfil the rule."',
      '2022-03,Approval by the executive board,not fulfilled,no_approval,2022-06-13,board.approval,"Approval by the executive board: not fulfilled — no approval by the executive board is recorded, and the trip departed on 2022-06-13."',
      '2022-12,Planning,not fulfilled,planning_incomplete,2022-12-09,intro.planning aims.purpose aims.goals,Planning: not fulfilled — to be stated before 2022-12-09: expected benefit.',
      '',
    ]);
  });

  it('the agreement duties not fulfilled, each with its subject, due day and clause', () => {
    const report = audit(
      { ...SAMPLE_REGISTER, continuationDecisions: [] },
      { asOf: '2023-03-31', deadlines: { reportBackDays: 90 } },
    );
    const csv = auditCsvWriter('en');
    expect(csv.agreements(report).split('\r\n')).toEqual([
      '2019–2022,Decision on continuing agreements,not fulfilled,no_decision,2022-10-14,council.agreements,Decision on continuing agreements (2019–2022): not fulfilled — the council made no decision by 2022-10-14.',
      'esashi,Evaluation of twin-town agreements,not fulfilled,not_evaluated,2022-10-14,twinTowns.agreements,Evaluation of twin-town agreements (Esashi): not fulfilled — no evaluation was made by 2022-10-14.',
      'nykarleby,Evaluation of twin-town agreements,not fulfilled,not_evaluated,2022-10-14,twinTowns.agreements,Evaluation of twin-town agreements (Nykarleby): not fulfilled — no evaluation was made by 2022-10-14.',
      'poltsamaa,Evaluation of twin-town agreements,not fulfilled,not_evaluated,2022-10-14,twinTowns.agreements,Evaluation of twin-town agreements (Põltsamaa): not fulfilled — no evaluation was made by 2022-10-14.',
      '',
    ]);
  });

  it('Swedish by default, with semicolons', () => {
    expect(auditCsvWriter().header).toBe(
      '\uFEFFAktivitet eller avtal;Regel;Status;Skäl;Senast;Paragrafer;Beskrivning\r\n',
    );
  });

  it("the writer refuses what is no row, naming the part that is not a row's", () => {
    const csv = auditCsvWriter('en');
    const takes = 'auditCsvWriter: takes a row from audit or auditStream (or a copy of one); ';
    for (const [value, part] of [
      [null, 'row is not what one holds: not null.'],
      [5, 'row is not what one holds: not 5.'],
      [{ id: 'x', verdict: 'not_compliant' }, 'compliance is not what one holds: not undefined.'],
    ] as const) {
      const error = thrownBy(() => csv.activity(value as never)) as PolicyError;
      expect(error.messages.en).toBe(`${takes}${part}`);
      expect(error.messages.sv).toMatch(
        /^auditCsvWriter: tar en rad från audit eller auditStream \(eller en kopia av en\); (row|compliance)/,
      );
    }
  });

  it('refusals name the function that refused', () => {
    const report = audit(SAMPLE_REGISTER, { asOf: '2023-03-31' });
    const named = (call: () => unknown) => (thrownBy(call) as PolicyError).details;
    expect(named(() => auditCsvWriter('en').agreements({ ...report }))).toEqual({
      function: 'auditCsvWriter',
    });
    expect(named(() => auditToCsv({ ...report }))).toEqual({ function: 'auditToCsv' });
    expect(named(() => auditToCsv(report, 'de' as never))).toEqual({ function: 'auditToCsv' });
  });
});

describe('the writer reads a row once (issue 28)', () => {
  it('a row that cannot be read, or whose findings cannot be read, is refused in words', () => {
    const csv = auditCsvWriter('en');
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect((thrownBy(() => csv.activity(proxy as never)) as PolicyError).messages.en).toMatch(
      /^auditCsvWriter: the row cannot be read \(/,
    );
    const row = { id: 'T-1', verdict: 'not_compliant' } as const;
    const compliance = {
      get results(): never {
        throw Object.create(null);
      },
    };
    expect(
      (thrownBy(() => csv.activity(row as never, compliance as never)) as PolicyError).messages.en,
    ).toMatch(/^auditCsvWriter: the row’s compliance cannot be read \(/);
    expect(
      (thrownBy(() => csv.activity(row as never, { results: [{}] } as never)) as PolicyError)
        .messages.en,
    ).toBe(
      'auditCsvWriter: takes a row from audit or auditStream (or a copy of one); compliance.results[0].obligation is not what one holds: not undefined.',
    );
  });
});

describe('each kind of finding, each column (issue 28, item 12)', () => {
  /** A register of two trips: one past its report-back deadline, one of a cost that cannot be known. */
  const register = {
    format: 1,
    activities: [
      {
        kind: 'trip',
        id: 'late',
        title: 'Study visit',
        organiser: 'Kultur',
        purpose: 'Learn',
        goal: 'Growth',
        expectedBenefit: 'Contacts',
        travellers: { count: 1 },
        destinations: [{ place: 'Tallinn', country: 'EE' }],
        departureDate: '2021-05-03',
        returnDate: '2021-05-06',
        actualCosts: [{ label: 'All', category: 'travel', amount: '50 000,00', currency: 'SEK' }],
      },
      {
        kind: 'trip',
        id: 'unknown',
        title: 'Fair',
        organiser: 'Näringsliv',
        purpose: 'Sell',
        goal: 'Growth',
        expectedBenefit: 'Orders',
        travellers: { count: 1 },
        destinations: [{ place: 'Tallinn', country: 'EE' }],
        departureDate: '2021-09-06',
        returnDate: '2021-09-08',
        actualCosts: [{ label: 'All', category: 'travel', amount: '20 000,00', currency: 'GBP' }],
      },
    ],
  };

  it('an overdue report-back is due on its deadline; a cost that cannot be known has no due day', async () => {
    const options = { asOf: '2022-01-31', deadlines: { reportBackDays: 30 } };
    const report = audit(register, options);
    const compliances = await compliancesOf(register, options);
    const csv = auditCsvWriter('en');
    const rows = report.activities.flatMap((row) =>
      records(csv.activity(row, compliances.get(row.id)), ',').map((fields) => [
        fields[0],
        fields[1],
        fields[2],
        fields[4],
      ]),
    );
    expect(rows).toContainEqual([
      'late',
      'Report-back to the executive board',
      'overdue',
      '2021-06-05',
    ]);
    expect(rows).toContainEqual([
      'unknown',
      'Report-back to the executive board',
      'cannot be determined',
      '',
    ]);
  });

  it("an agreement duty's clauses are separated by a space", () => {
    const definition = toPolicyDefinition(POLICY_2019_2022);
    const twoClauses = definePolicy({
      ...definition,
      id: 'two-clauses',
      rules: definition.rules.map((rule) =>
        rule.code === 'agreement_evaluation'
          ? { ...rule, clauseIds: ['twinTowns.agreements', 'council.agreements'] }
          : rule,
      ),
    });
    const report = audit(
      { ...SAMPLE_REGISTER, evaluations: [] },
      { asOf: '2023-03-31', policies: [twoClauses] },
    );
    const rows = records(auditCsvWriter('en').agreements(report), ',');
    expect(rows.map((fields) => fields[5])).toContain('twinTowns.agreements council.agreements');
  });

  it('refusals are worded in Swedish too', () => {
    const csv = auditCsvWriter('sv');
    expect((thrownBy(() => csv.activity(null as never)) as PolicyError).messages.sv).toBe(
      'auditCsvWriter: tar en rad från audit eller auditStream (eller en kopia av en); row är inte vad en sådan har: inte null.',
    );
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect((thrownBy(() => csv.activity(proxy as never)) as PolicyError).messages.sv).toMatch(
      /^auditCsvWriter: raden går inte att läsa \(/,
    );
    const row = { id: 'T-1', verdict: 'not_compliant' };
    const error = thrownBy(() => csv.activity(row as never, proxy as never)) as PolicyError;
    expect(error.messages.sv).toMatch(/^auditCsvWriter: radens compliance går inte att läsa \(/);
    expect(error.messages.en).toMatch(/^auditCsvWriter: the row’s compliance cannot be read \(/);
  });
});

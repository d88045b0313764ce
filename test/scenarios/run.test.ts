/**
 * runScenarios: a maintainer's dated cases, judged as assessCompliance judges them and compared with
 * what they expect. A file is read whole before anything runs, and every problem in it is said at
 * once; an expectation a case does not meet is a failure with its path, what it says and what came.
 */
import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  explainScenarioFailure,
  POLICY_2019_2022,
  PolicyError,
  runScenarios,
  type ScenarioFailure,
} from '../../src/index.js';
import { thrownBy } from '../support/thrown.js';

const BUILT_IN = parse(
  readFileSync(new URL('../../scenarios/solleftea-2019-2022.yaml', import.meta.url), 'utf8'),
) as { format: 1; cases: Record<string, unknown>[] };

const TRIP = {
  kind: 'trip',
  id: 'T-1',
  title: 'Besök i Põltsamaa',
  organiser: 'Kommunledningskontoret',
  travellers: { count: 2 },
  destinations: [{ twinTown: 'poltsamaa' }],
  departureDate: '2021-05-03',
  returnDate: '2021-05-06',
  plannedCosts: [{ label: 'Resa', category: 'travel', amount: '8 000,00', currency: 'SEK' }],
};
const approvedOn = (day: string) => ({
  approvals: [{ activity: 'T-1', decidedOn: day, reference: 'KS § 1', decision: 'approved' }],
});
const oneCase = (fields: Record<string, unknown>) => ({
  format: 1,
  cases: [{ name: 'Ett fall', asOf: '2021-06-01', activity: TRIP, expect: {}, ...fields }],
});

function report(document: unknown) {
  const result = runScenarios(document);
  if (!result.success) throw new Error(result.issues.map((i) => i.messages.en).join('\n'));
  return result.data;
}

function issuesOf(document: unknown): string[] {
  const result = runScenarios(document);
  if (result.success) throw new Error('the file was read as valid');
  return result.issues.map((issue) => issue.messages.en);
}

describe('the built-in version’s scenarios', () => {
  it('all pass: 40 cases or more', () => {
    const found = report(BUILT_IN);
    expect(found.cases.length).toBeGreaterThanOrEqual(40);
    expect(found.cases.filter((c) => !c.passed).map((c) => [c.name, c.failures])).toEqual([]);
    expect(found.passed).toBe(found.cases.length);
  });

  it('pin every clause that puts a duty on an activity, and the boundaries the issue names', () => {
    const pinned = new Set(report(BUILT_IN).cases.flatMap((c) => c.clauses));
    for (const rule of POLICY_2019_2022.rules.filter((r) =>
      ['plan', 'decision', 'report', 'account'].includes(r.kind),
    ))
      for (const id of rule.clauseIds) expect(pinned, id).toContain(id);
    const text = JSON.stringify(BUILT_IN);
    for (const boundary of ['10 000,00', '10 000,01', '2019-11-25', '2022-12-31'])
      expect(text).toContain(boundary);
  });

  test.prop([fc.nat(), fc.constantFrom('fulfilled', 'pending', 'violated', 'not_applicable')])(
    'a case whose expected status is changed fails, at that duty, with what came',
    (pick, status) => {
      const withDuties = BUILT_IN.cases.filter(
        (c) => Object.keys((c['expect'] as { duties?: object }).duties ?? {}).length > 0,
      );
      const chosen = withDuties[pick % withDuties.length] as Record<string, unknown>;
      const expectation = chosen['expect'] as { duties: Record<string, unknown> };
      const [code, written] = Object.entries(expectation.duties)[0] as [string, unknown];
      const was = typeof written === 'string' ? written : (written as { status: string }).status;
      fc.pre(was !== status);
      const changed = { ...chosen, expect: { duties: { [code]: status } } };
      const outcome = report({ format: 1, cases: [changed] }).cases[0];
      expect(outcome?.passed).toBe(false);
      expect(outcome?.failures).toEqual([
        { path: `expect.duties.${code}`, expected: status, actual: was },
      ]);
    },
  );
});

describe('a case judged', () => {
  it('passes when every expectation holds: an approval on the departure day', () => {
    const found = report(
      oneCase({
        records: approvedOn('2021-05-03'),
        expect: {
          outcome: 'evaluated',
          duties: {
            board_approval: {
              status: 'fulfilled',
              dueBy: '2021-05-03',
              clauses: ['board.approval'],
            },
          },
          totalCost: '8 000,00',
        },
      }),
    );
    expect(found).toMatchObject({ passed: 1, failed: 0 });
    expect(found.cases[0]?.compliance.verdict).toBe('not_compliant');
  });

  it('fails with each expectation not met, in the order written: the day after departure', () => {
    const found = report(
      oneCase({
        records: approvedOn('2021-05-04'),
        expect: {
          verdict: 'compliant',
          duties: { board_approval: { status: 'fulfilled', reason: 'approved_in_time' } },
          totalCost: '8 000,01',
        },
      }),
    );
    expect(found).toMatchObject({ passed: 0, failed: 1 });
    expect(found.cases[0]?.failures).toEqual([
      { path: 'expect.verdict', expected: 'compliant', actual: 'not_compliant' },
      { path: 'expect.duties.board_approval.status', expected: 'fulfilled', actual: 'violated' },
      {
        path: 'expect.duties.board_approval.reason',
        expected: 'approved_in_time',
        actual: 'retroactive_approval',
      },
      { path: 'expect.totalCost', expected: '8 000,01', actual: '8 000,00' },
    ]);
  });

  it('says none for a duty or a cost the activity does not have', () => {
    const domestic = { ...TRIP, destinations: [{ place: 'Sundsvall', country: 'SE' }] };
    const found = report(
      oneCase({
        activity: domestic,
        expect: { outcome: 'evaluated', duties: { council_account: 'pending' }, totalCost: '1,00' },
      }),
    );
    expect(found.cases[0]?.failures).toEqual([
      { path: 'expect.outcome', expected: 'evaluated', actual: 'not_international' },
      { path: 'expect.duties.council_account', expected: 'pending', actual: 'none' },
      { path: 'expect.totalCost', expected: '1,00', actual: 'none' },
    ]);
  });

  it('compares the clauses cited as a set, and judges with the case’s deadlines and rates', () => {
    const abroad = {
      ...TRIP,
      destinations: [{ place: 'Tallinn', country: 'EE' }],
      plannedCosts: [{ label: 'Hotell', category: 'lodging', amount: '900.00', currency: 'EUR' }],
    };
    const found = report(
      oneCase({
        activity: abroad,
        asOf: '2021-06-06',
        deadlines: { reportBackDays: 30 },
        rates: [{ currency: 'EUR', sekPerUnit: '11.12', date: '2021-05-06', source: 'Riksbanken' }],
        expect: {
          duties: {
            board_report_back: {
              status: 'overdue',
              dueBy: '2021-06-05',
              clauses: ['board.reporting'],
            },
          },
          totalCost: '10 008,00',
        },
      }),
    );
    expect(found.cases[0]?.failures).toEqual([]);
  });

  it('is frozen through', () => {
    const found = report(BUILT_IN);
    expect(Object.isFrozen(found)).toBe(true);
    expect(Object.isFrozen(found.cases[0]?.failures)).toBe(true);
  });
});

describe('a file that does not hold', () => {
  it('says a misspelt expectation, an unknown duty and a status that is none, never passing', () => {
    expect(
      issuesOf(
        oneCase({
          expect: { dutys: {}, duties: { board_aproval: 'fulfilled', planning: 'done' } },
        }),
      ),
    ).toEqual([
      'cases[0].expect.duties.board_aproval: the field "board_aproval" is unknown; remove it or correct its spelling.',
      'cases[0].expect.duties.planning: "done" is not allowed; allowed values are: fulfilled, pending, overdue, violated, not_applicable, undetermined.',
      'cases[0].expect.dutys: the field "dutys" is unknown; remove it or correct its spelling.',
    ]);
  });

  it('says every problem at once: the case’s fields, its activity, records and rates', () => {
    const issues = issuesOf(
      oneCase({
        asOf: '2021-02-30',
        activity: { ...TRIP, returnDate: '2021-05-01' },
        records: { approvals: [{ activity: 'T-1' }] },
        rates: [{ currency: 'EUR', sekPerUnit: 'elva', date: '2021-05-06', source: 'R' }],
        expect: { totalCost: '10.000,00' },
      }),
    );
    expect(issues.map((issue) => issue.split(':')[0])).toEqual([
      'cases[0].activity.returnDate',
      'cases[0].asOf',
      'cases[0].expect.totalCost',
      'cases[0].rates[0].sekPerUnit',
      'cases[0].records.approvals[0].decidedOn',
      'cases[0].records.approvals[0].decision',
      'cases[0].records.approvals[0].reference',
    ]);
    expect(issues[2]).toContain('10 000,00');
  });

  it('says an expected cost that is no amount, and a case that is no object', () => {
    expect(issuesOf(oneCase({ expect: { totalCost: 'tio tusen' } }))[0]).toMatch(
      /^cases\[0\]\.expect\.totalCost: /,
    );
    expect(issuesOf({ format: 1, cases: [3] })).toEqual([
      'cases[0]: must be an object, but is a number.',
    ]);
  });

  it.each([
    ['nothing', undefined, 'is missing'],
    ['a list', [], 'must be an object'],
    ['another format', { format: 2, cases: [] }, 'format'],
    ['no cases', { format: 1, cases: [] }, 'cases'],
    [
      'a case with no activity',
      { format: 1, cases: [{ name: 'x', asOf: '2021-01-01', expect: {} }] },
      'activity',
    ],
  ])('says what is wrong with %s, and never throws', (_, document, words) => {
    expect(issuesOf(document).join('\n')).toContain(words);
  });

  it('says a file that cannot be read (a Proxy that throws), and never throws', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    expect(runScenarios(hostile)).toMatchObject({
      success: false,
      issues: [{ code: 'unreadable_input' }],
    });
  });
});

describe('runScenarios’ options', () => {
  it('judges under the versions given, as under the built-in ones', () => {
    expect(runScenarios(BUILT_IN, { policies: [POLICY_2019_2022] })).toEqual(
      runScenarios(BUILT_IN),
    );
  });

  it('refuses an option it does not read, and versions it did not make', () => {
    for (const options of [{ policy: [] }, { policies: [{ id: 'forged' }] }, null]) {
      const error = thrownBy(() => runScenarios(BUILT_IN, options as never));
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).code).toBe('invalid_argument');
    }
  });
});

describe('explainScenarioFailure', () => {
  const failure: ScenarioFailure = {
    path: 'expect.duties.board_approval',
    expected: 'fulfilled',
    actual: 'violated',
  };

  it('says where, what was expected and what came, in Swedish and English', () => {
    expect(explainScenarioFailure(failure)).toEqual({
      sv: 'expect.duties.board_approval: väntade fulfilled, blev violated',
      en: 'expect.duties.board_approval: expected fulfilled, got violated',
    });
    expect(explainScenarioFailure(structuredClone(failure))).toEqual(
      explainScenarioFailure(failure),
    );
  });

  it('refuses what is no failure, naming the field', () => {
    const error = thrownBy(() => explainScenarioFailure({ ...failure, actual: 3 } as never));
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).messages.en).toContain('actual');
  });
});

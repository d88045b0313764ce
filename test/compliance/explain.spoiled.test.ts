/**
 * `explain` and `explainDuty` check every field their words read: spoil any one field of a real
 * result (a text made a number, a flag made a text, a list made an object) and either the words do
 * not change — the field is not read — or the call is refused with `invalid_argument` naming that
 * field's path. Never a bare `TypeError`, never words from a spoiled value.
 */
import { describe, expect, it } from 'vitest';
import {
  type ActivityRecords,
  type AgreementDuty,
  assessCompliance,
  audit,
  type Compliance,
  type Explainable,
  explain,
  explainDuty,
  type LocalizedText,
  PolicyError,
  parseRecords,
} from '../../src/index.js';
import { eurItem, parsed, sekItem, trip } from '../fixtures/build.js';
import { SAMPLE_EXCHANGE, SAMPLE_REGISTER } from '../fixtures/samples.js';
import { compliancesOf } from '../support/judged.js';

function records(input: Record<string, unknown>): ActivityRecords {
  const result = parseRecords(input);
  if (!result.success) throw new Error(result.issues.map((i) => i.messages.en).join('\n'));
  return result.data;
}

function agreementsOf(input: readonly unknown[]) {
  const result = parseRecords({ agreements: input });
  if (!result.success) throw new Error(result.issues.map((i) => i.messages.en).join('\n'));
  return result.data.agreements;
}

const APPROVED = { activity: '2020-03', decidedOn: '2020-03-01', reference: 'KS § 12' };
const REPORT = { activity: '2020-03', reference: 'KS § 40', purpose: 'P', goal: 'G' };

/**
 * Activities, records and days judged that between them give every kind of fact and every reason
 * a compliance result can hold, beside the sample register's.
 */
const CASES = [
  // abroad, a total beside another; a report filed during the trip (report_before_end)
  {
    activity: trip({
      destinations: [{ place: 'Tallinn', country: 'EE' }],
      plannedCosts: [sekItem('12 000,00')],
      actualCosts: [sekItem('3 000,00')],
    }),
    records: { reportsBack: [{ ...REPORT, submittedOn: '2020-03-11', result: 'R' }] },
    asOf: '2020-03-12',
  },
  // a possible twin town with namesakes, before departure (awaiting_approval)
  {
    activity: trip({ destinations: [{ place: 'Esashi, Hokkaido', country: 'JP' }] }),
    asOf: '2020-03-01',
  },
  // a twin town whose agreement has ended
  {
    activity: trip({
      destinations: [{ twinTown: 'madison' }],
      departureDate: '2022-12-10',
      returnDate: '2022-12-12',
    }),
    agreements: [
      { id: 'madison', twinTown: 'madison', signedOn: '1985-01-01', terminatedOn: '2022-11-30' },
    ],
    asOf: '2023-03-31',
  },
  // a total with an unconverted part; no approval (no_approval); a report without its result
  // (report_incomplete)
  {
    activity: trip({
      actualCosts: [sekItem('12 000,00'), eurItem('100.00', 'Taxi')],
    }),
    records: { reportsBack: [{ ...REPORT, submittedOn: '2020-04-01' }] },
    asOf: '2020-05-01',
  },
  // costs that cannot be converted
  {
    activity: trip({ actualCosts: [sekItem('8 000,00'), eurItem('100.00', 'Taxi')] }),
    records: { approvals: [{ ...APPROVED, decision: 'approved' }] },
    asOf: '2020-05-01',
  },
  // an exchange that states no purpose, goal or expected benefit (planning_incomplete)
  { activity: parsed(SAMPLE_EXCHANGE), asOf: '2021-10-01' },
] as const;

/** Every path to a value inside `value`, and the value there. */
function leaves(value: unknown, path: (string | number)[] = []): [(string | number)[], unknown][] {
  if (typeof value !== 'object' || value === null) return [[path, value]];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return [[path, value], ...entries.flatMap(([key, item]) => leaves(item, [...path, key]))];
}

/** A value of another kind than `value`. */
function spoiled(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number' || typeof value === 'boolean') return 'spoiled';
  if (Array.isArray(value)) return { spoiled: true };
  return 'spoiled';
}

function set(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(root));
  let holder = copy;
  for (const key of path.slice(0, -1)) holder = holder[key];
  holder[path.at(-1) as string | number] = value;
  return copy;
}

const written = (path: (string | number)[], root: string) =>
  path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${key}`),
    root,
  );

function holds(result: object, words: (value: unknown) => LocalizedText, root: string): number {
  const original = words(result);
  let refused = 0;
  for (const [path, value] of leaves(JSON.parse(JSON.stringify(result)))) {
    if (path.length === 0) continue;
    const copy = set(result, path, spoiled(value));
    let said: LocalizedText | undefined;
    try {
      said = words(copy);
    } catch (error) {
      expect(error, written(path, root)).toBeInstanceOf(PolicyError);
      const failure = error as PolicyError;
      expect(failure.code).toBe('invalid_argument');
      // The path named is the spoiled field, or an object that holds it (an amount, a record).
      const named = /; (\S+) is not what/.exec(failure.messages.en)?.[1] ?? '';
      expect(written(path, root).startsWith(named), `${named} for ${written(path, root)}`).toBe(
        true,
      );
      expect(named.startsWith(root)).toBe(true);
      refused++;
      continue;
    }
    expect(said, `${written(path, root)} was spoiled, yet the words were made`).toEqual(original);
  }
  return refused;
}

describe('every field the words read is checked', () => {
  const report = audit(SAMPLE_REGISTER, { asOf: '2023-03-31', deadlines: { reportBackDays: 90 } });
  const rows = report.activities.filter((row) => row.outcome === 'evaluated').slice(0, 6);

  it('explain: evaluations, obligations and compliance results of the sample register', async () => {
    let refused = 0;
    const compliances = await compliancesOf(SAMPLE_REGISTER, {
      asOf: '2023-03-31',
      deadlines: { reportBackDays: 90 },
    });
    for (const row of rows) {
      const { evaluation, results } = compliances.get(row.id) as Compliance;
      const explainOne = (value: unknown) => explain(value as Explainable);
      refused += holds(evaluation.obligations[1] as object, explainOne, 'result');
      for (const result of results) refused += holds(result, explainOne, 'result');
    }
    expect(refused).toBeGreaterThan(100);
  });

  it('explain: every kind of fact and every reason, with the evaluation as a whole', () => {
    const explainOne = (value: unknown) => explain(value as Explainable);
    const reasons = new Set<string>();
    const facts = new Set<string>();
    for (const each of CASES) {
      const compliance = assessCompliance(
        each.activity,
        records('records' in each ? each.records : {}),
        {
          asOf: each.asOf,
          ...('agreements' in each ? { agreements: agreementsOf(each.agreements) } : {}),
        },
      );
      holds(compliance.evaluation, explainOne, 'result');
      for (const result of compliance.results) {
        reasons.add(result.reason);
        holds(result, explainOne, 'result');
      }
      for (const fact of compliance.evaluation.obligations.flatMap((o) => o.facts))
        facts.add(fact.kind);
    }
    expect([...facts].sort()).toEqual(
      expect.arrayContaining([
        'abroad',
        'agreement_terminated',
        'costs_not_convertible',
        'possible_twin_town',
        'total_cost',
      ]),
    );
    expect([...reasons].sort()).toEqual(
      expect.arrayContaining([
        'awaiting_approval',
        'no_approval',
        'planning_incomplete',
        'report_before_end',
        'report_incomplete',
      ]),
    );
  });

  it('explainDuty: every duty of the sample register', () => {
    let refused = 0;
    for (const review of report.agreements) {
      const duties: AgreementDuty[] = [
        review.continuation,
        ...review.agreements.flatMap((a) => [a.evaluation, a.termination]),
      ];
      for (const duty of duties)
        refused += holds(duty, (value) => explainDuty(value as AgreementDuty), 'duty');
    }
    expect(refused).toBeGreaterThan(20);
  });
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import SAMPLE from '../../examples/sample-register.json' with { type: 'json' };
import {
  type AuditedActivity,
  type AuditReport,
  audit,
  auditStream,
  PolicyError,
  type Verdict,
} from '../../src/index.js';
import { corrupted } from '../fuzz/corrupt.js';

/** A register document in the two parts auditStream takes (activities a list, as a reader yields them). */
function parts(document: unknown): { records: unknown; activities: unknown[] } {
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    return { records: document, activities: [] };
  const { activities, ...rest } = document as { activities?: unknown };
  if (!Array.isArray(activities)) return { records: document, activities: [] };
  return { records: { ...rest, activities: [] }, activities };
}

/** Async, one by one, as a file reader yields them. */
async function* oneByOne<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

const ORDER: Record<Verdict | 'outside_policy', number> = {
  not_compliant: 0,
  undetermined: 1,
  compliant: 2,
  outside_policy: 3,
};

/** The streamed audit and its rows, and the whole-document audit, written as JSON to compare. */
async function both(document: unknown, options: { asOf: string; period?: string }) {
  const rows: AuditedActivity[] = [];
  const split = parts(document);
  const streamed = await auditStream(
    { records: split.records, activities: oneByOne(split.activities) },
    { ...options, onActivity: (row) => void rows.push(row) },
  );
  const whole = audit(document, options);
  const withoutRows = (report: AuditReport) => JSON.stringify({ ...report, activities: [] });
  // audit() lists rows by verdict, each group in register order: a stable sort of the streamed ones.
  const grouped = [...rows].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict]);
  return {
    streamed: withoutRows(streamed),
    whole: withoutRows(whole),
    rows: JSON.stringify(grouped),
    wholeRows: JSON.stringify(whole.activities),
    streamedActivities: streamed.activities.length,
    order: rows.map((row) => row.id),
  };
}

describe('auditStream: the answer of audit, activity by activity', () => {
  it('on the sample register: the same report, and every row handed over once, in register order', async () => {
    const result = await both(SAMPLE, { asOf: '2023-03-31' });
    expect(result.streamed).toBe(result.whole);
    expect(result.rows).toBe(result.wholeRows);
    expect(result.streamedActivities).toBe(0);
    expect(result.order).toEqual(SAMPLE.activities.map((activity) => activity.id));
  });

  it('restricted to one period, as audit is', async () => {
    const result = await both(SAMPLE, { asOf: '2023-03-31', period: '2019-2022' });
    expect(result.streamed).toBe(result.whole);
    expect(result.rows).toBe(result.wholeRows);
  });

  it('sets aside a repeated id, an unreadable activity and the records naming an activity that never came', async () => {
    const [first, second] = SAMPLE.activities as Record<string, unknown>[];
    const document = {
      ...SAMPLE,
      activities: [{ ...first, title: 42 }, second, { ...second }, first],
      approvals: [
        ...SAMPLE.approvals,
        { activity: 'nowhere', decidedOn: '2020-01-01', reference: 'KS § 1', decision: 'approved' },
      ],
    };
    const result = await both(document, { asOf: '2023-03-31' });
    expect(result.streamed).toBe(result.whole);
    expect(result.rows).toBe(result.wholeRows);
    const report = JSON.parse(result.streamed) as AuditReport;
    expect(report.invalid.map((record) => [record.list, record.index])).toEqual(
      expect.arrayContaining([
        ['activities', 0],
        ['activities', 2],
        ['approvals', SAMPLE.approvals.length],
      ]),
    );
  });

  it('names a record about an activity that is not there alike: its id as the parser reads it, trimmed', async () => {
    const document = structuredClone(SAMPLE) as typeof SAMPLE;
    (document.councilAccounts[8] as { activity: string }).activity = ' !';
    const result = await both(document, { asOf: '2023-03-31' });
    expect(result.streamed).toBe(result.whole);
    const report = JSON.parse(result.whole) as AuditReport;
    expect(report.invalid.map((record) => record.id)).toEqual(['!']);
  });

  test.prop([corrupted(fc.constant(SAMPLE as unknown))])(
    'on a register with any one value corrupted or removed: the same report and rows as audit',
    async (document) => {
      let expected: unknown;
      try {
        audit(document, { asOf: '2023-03-31' });
      } catch (error) {
        expected = error;
      }
      if (expected) {
        // What audit refuses (a total too large to count), the stream refuses alike.
        const split = parts(document);
        await expect(auditStream(split, { asOf: '2023-03-31' })).rejects.toThrow(
          (expected as Error).message,
        );
        return;
      }
      const result = await both(document, { asOf: '2023-03-31' });
      expect(result.streamed).toBe(result.whole);
      expect(result.rows).toBe(result.wholeRows);
    },
  );

  test.prop([fc.shuffledSubarray(SAMPLE.activities, { minLength: 0 })], { numRuns: 60 })(
    'on any selection of the activities in any order (records of those left out are set aside)',
    async (activities) => {
      const result = await both({ ...SAMPLE, activities }, { asOf: '2023-03-31' });
      expect(result.streamed).toBe(result.whole);
      expect(result.rows).toBe(result.wholeRows);
    },
  );
});

describe('auditStream: its arguments', () => {
  it('refuses records that still hold activities, activities that are not iterable and an onActivity that is no function', async () => {
    await expect(
      auditStream({ records: SAMPLE, activities: [] }, { asOf: '2023-03-31' }),
    ).rejects.toThrow(PolicyError);
    await expect(
      auditStream(
        { records: { format: 1, activities: [] }, activities: 3 as never },
        { asOf: '2023-03-31' },
      ),
    ).rejects.toThrow('parts.activities must be iterable');
    await expect(
      auditStream(
        { records: { format: 1, activities: [] }, activities: [] },
        { asOf: '2023-03-31', onActivity: 'no' as never },
      ),
    ).rejects.toThrow('onActivity must be a function');
    await expect(
      auditStream(
        { records: { format: 1, activities: [] }, activities: [] },
        { asOf: '2021-02-29' },
      ),
    ).rejects.toThrow(PolicyError);
  });

  it('says in both languages what is wrong with records that hold activities, and with onActivity', async () => {
    const records = await auditStream(
      { records: SAMPLE, activities: [] },
      { asOf: '2023-03-31' },
    ).catch((thrown: unknown) => thrown);
    expect(records).toMatchObject({
      messages: {
        sv: 'auditStream: parts.records ska vara registret utan sina aktiviteter (activities: []); aktiviteterna ges i parts.activities.',
        en: 'auditStream: parts.records must be the register without its activities (activities: []); they come in parts.activities.',
      },
    });
    const callback = await auditStream(
      { records: { format: 1, activities: [] }, activities: [] },
      { asOf: '2023-03-31', onActivity: 'no' as never },
    ).catch((thrown: unknown) => thrown);
    expect(callback).toMatchObject({
      messages: {
        sv: 'auditStream: onActivity ska vara en funktion, inte "no".',
        en: 'auditStream: onActivity must be a function, not "no".',
      },
    });
  });

  it('lists the records set aside in document order: activities before approvals, whatever was read first', async () => {
    const [first, second] = SAMPLE.activities as Record<string, unknown>[];
    const document = {
      ...SAMPLE,
      activities: [first, { ...second, title: 7 }],
      approvals: [{ activity: 'x' }, ...SAMPLE.approvals],
    };
    const result = await both(document, { asOf: '2023-03-31' });
    expect(result.streamed).toBe(result.whole);
    const report = JSON.parse(result.streamed) as AuditReport;
    expect(report.invalid.slice(0, 2).map((record) => record.list)).toEqual([
      'activities',
      'approvals',
    ]);
  });

  it('says what it takes in both languages, naming itself, before it reads anything', async () => {
    const error = await auditStream(
      { records: { format: 1, activities: [] }, activities: 3 as never },
      { asOf: '2023-03-31' },
    ).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({
      code: 'invalid_argument',
      details: { function: 'auditStream' },
      messages: {
        sv: 'auditStream: parts.activities ska gå att iterera (en lista eller en asynkron ström), inte 3.',
        en: 'auditStream: parts.activities must be iterable (a list or an async stream), not 3.',
      },
    });
    await expect(auditStream({ records: {}, activities: [] }, undefined as never)).rejects.toThrow(
      'auditStream: the options must be an object, not undefined.',
    );
  });

  it('waits for the promise onActivity returns before it audits the next activity', async () => {
    const events: string[] = [];
    const { records, activities } = parts(SAMPLE);
    await auditStream(
      { records, activities: activities.slice(0, 3) },
      {
        asOf: '2023-03-31',
        onActivity: async (row) => {
          events.push(`start ${row.id}`);
          await new Promise((resolve) => setTimeout(resolve, 5));
          events.push(`end ${row.id}`);
        },
      },
    );
    const ids = activities.slice(0, 3).map((a) => (a as { id: string }).id);
    expect(events).toEqual(ids.flatMap((id) => [`start ${id}`, `end ${id}`]));
  });
});

/**
 * The command line's JSON: the one-line form (`compactJson`, an audit's rows and NDJSON) is written
 * from a compacted copy, the indented form (`toJson`) through the replacer; both say the same.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import SAMPLE_REGISTER from '../../examples/sample-register.json' with { type: 'json' };
import { compactJson, toJson, writeCompactJson } from '../../src/cli/json.js';
import { audit } from '../../src/index.js';

import { compliancesOf } from '../support/judged.js';

const OPTIONS = { asOf: '2023-03-31', deadlines: { reportBackDays: 90 } } as const;

describe('compactJson', () => {
  it("writes each audited activity's row and compliance as toJson does, on one line", async () => {
    const compliances = await compliancesOf(SAMPLE_REGISTER, OPTIONS);
    const report = audit(SAMPLE_REGISTER, OPTIONS);
    expect(report.activities.length).toBeGreaterThan(10);
    for (const row of report.activities) {
      const value = { type: 'activity', ...row, compliance: compliances.get(row.id) };
      const line = compactJson(value);
      expect(line).not.toContain('\n');
      expect(JSON.parse(line)).toEqual(JSON.parse(toJson(value)));
    }
  });

  it('writes the policy texts by id and amounts as decimal strings', async () => {
    const compliance = (await compliancesOf(SAMPLE_REGISTER, OPTIONS)).get('2022-01');
    const written = JSON.parse(compactJson({ compliance })) as {
      compliance: { results: { obligation: unknown; clauses?: unknown }[] };
    };
    const result = written.compliance.results[0];
    expect(typeof result?.obligation).toBe('string');
    expect(compactJson({ total: { amount: 1250000, scale: 2, currency: { code: 'SEK' } } })).toBe(
      '{"total":{"amount":"12500.00","currency":"SEK"}}',
    );
    expect(compactJson({ clauses: [{ id: 'board.approval', text: 'x' }] })).toBe(
      '{"clauses":["board.approval"]}',
    );
  });

  it('writes a rule or an obligation by its code only inside a result, and an activity by its id', () => {
    const rule = { code: 'board_approval', title: 'x' };
    expect(compactJson({ status: 'owed', rule })).toBe('{"status":"owed","rule":"board_approval"}');
    expect(compactJson({ rule })).toBe('{"rule":{"code":"board_approval","title":"x"}}');
    expect(compactJson({ status: 'owed', obligation: { title: 'x' } })).toBe(
      '{"status":"owed","obligation":{"title":"x"}}',
    );
    expect(compactJson({ activity: { kind: 'trip', id: 'T-1' } })).toBe('{"activity":"T-1"}');
    expect(compactJson({ activity: { id: 'T-1' } })).toBe('{"activity":{"id":"T-1"}}');
    expect(compactJson({ clauses: { id: 'x' } })).toBe('{"clauses":{"id":"x"}}');
    expect(compactJson({ total: { amount: 5, scale: 0, currency: { code: 'JPY' } } })).toBe(
      '{"total":{"amount":"5","currency":"JPY"}}',
    );
    expect(compactJson({ total: { amount: -150, scale: 2, currency: { code: 'SEK' } } })).toBe(
      '{"total":{"amount":"-1.50","currency":"SEK"}}',
    );
  });

  test.prop([fc.anything()])(
    'says what JSON.stringify with the replacer says, for any value',
    (value) => {
      const expected = JSON.stringify(JSON.parse(toJson(value) ?? 'null'));
      expect(JSON.stringify(JSON.parse(compactJson(value) ?? 'null'))).toBe(expected);
    },
  );
});

describe('writeCompactJson', () => {
  /** The text written in parts, joined, and the number of parts. */
  async function written(value: unknown, depth: number, indent = 0): Promise<[string, number]> {
    const parts: string[] = [];
    await writeCompactJson(async (text) => void parts.push(text), value, depth, indent);
    return [parts.join(''), parts.length];
  }

  it("writes an audit's report in parts, each agreement apart, as compactJson writes it whole", async () => {
    const report = audit(SAMPLE_REGISTER, OPTIONS);
    const value = { type: 'report', ...report, activities: undefined };
    const [text, parts] = await written(value, 4);
    expect(text).toBe(compactJson(value));
    // Split: far more parts than the report's fields, one at least per agreement reviewed.
    expect(parts).toBeGreaterThan((report.agreements[0]?.agreements.length ?? 0) + 10);
  });

  it('writes a hole, undefined and a function in a list as null, and leaves them out of an object', async () => {
    // biome-ignore lint/suspicious/noSparseArray: a hole is the case.
    const value = { list: [1, , undefined, () => 1, { a: undefined, b: 2 }], gone: undefined };
    const [text] = await written(value, 3);
    expect(text).toBe('{"list":[1,null,null,null,{"b":2}]}');
    expect(text).toBe(compactJson(value));
  });

  it("writes an audit's report in parts with an indent, as toJson writes it whole", async () => {
    const report = audit(SAMPLE_REGISTER, OPTIONS);
    const value = { ...report, activities: undefined };
    const [text, parts] = await written(value, 4, 2);
    expect(text).toBe(toJson(value));
    expect(parts).toBeGreaterThan((report.agreements[0]?.agreements.length ?? 0) + 10);
  });

  test.prop([
    fc.anything({ withSparseArray: true, withNullPrototype: true }),
    fc.nat(5),
    fc.integer({ min: 1, max: 4 }),
  ])(
    'writes the text toJson writes with its indent, for any value and depth',
    async (value, depth, indent) => {
      fc.pre(value !== undefined && typeof value !== 'function');
      const [text] = await written(value, depth, indent);
      expect(text).toBe(JSON.stringify(JSON.parse(compactJson(value)), null, indent));
    },
  );

  test.prop([fc.anything({ withSparseArray: true, withNullPrototype: true }), fc.nat(5)])(
    'writes the text compactJson writes, for any value and depth',
    async (value, depth) => {
      fc.pre(value !== undefined && typeof value !== 'function');
      const [text] = await written(value, depth);
      expect(text).toBe(compactJson(value));
    },
  );
});

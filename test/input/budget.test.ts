/**
 * Issue 28, item 8: bounded cost for bounded input. A parse result lists at most 100 issues; when
 * there are more, a last `too_many_issues` says so and checking stops there, so a 1 MB document of
 * wrong records costs what its first hundred problems cost. Every text an issue quotes is cut as its
 * message quotes it. The lenient reader under `audit` still sets every bad record aside.
 */
import { spawnSync } from 'node:child_process';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  audit,
  type InputIssue,
  parseActivity,
  parseRates,
  parseRecords,
  parseRegister,
} from '../../src/index.js';
import { MAX_ISSUES } from '../../src/input/budget.js';
import { QUOTED_LENGTH } from '../../src/input/issues.js';
import { SAMPLE_TRIP } from '../fixtures/samples.js';

const root = new URL('../../', import.meta.url);

/** The issues of a failed result (the test fails if it succeeded). */
function issuesOf(result: {
  success: boolean;
  issues?: readonly InputIssue[];
}): readonly InputIssue[] {
  expect(result.success).toBe(false);
  return result.issues ?? [];
}

/** A register whose `n` activities are each a number: one issue each. */
const zeros = (n: number) => ({ format: 1, activities: Array.from({ length: n }, () => 0) });

describe('a result lists at most 100 issues', () => {
  it('a register of 100 wrong activities lists all 100, and nothing more', () => {
    const issues = issuesOf(parseRegister(zeros(100)));
    expect(issues).toHaveLength(100);
    expect(issues.map((found) => found.code)).not.toContain('too_many_issues');
    expect(issues[99]?.path).toEqual(['activities', 99]);
  });

  it('a register of 101 wrong activities lists the first 100 and says there were more', () => {
    const issues = issuesOf(parseRegister(zeros(101)));
    expect(issues).toHaveLength(101);
    expect(issues[99]?.path).toEqual(['activities', 99]);
    const last = issues[100] as InputIssue;
    expect(last.code).toBe('too_many_issues');
    expect(last.path).toEqual([]);
    expect(last.values).toEqual({ listed: 100 });
    expect(last.messages.sv).toBe(
      'dokumentet: fler problem än de 100 som visas; kontrollen stannade där. Rätta dem och kontrollera igen.',
    );
    expect(last.messages.en).toBe(
      'the document: more problems than the 100 listed; checking stopped there. Correct them and check again.',
    );
  });

  it('counts issues across lists: 60 wrong approvals and 60 wrong reports make 100 and the note', () => {
    const issues = issuesOf(
      parseRecords({ approvals: Array(60).fill(0), reportsBack: Array(60).fill(0) }),
    );
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.filter((found) => found.path[0] === 'approvals')).toHaveLength(60);
    expect(issues.filter((found) => found.path[0] === 'reportsBack')).toHaveLength(40);
  });

  it('holds for rates, and for the keys of one activity', () => {
    expect(issuesOf(parseRates({ rates: Array(500).fill(0) }))).toHaveLength(MAX_ISSUES + 1);
    const keys = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`extra${i}`, 1]));
    const issues = issuesOf(parseActivity({ ...SAMPLE_TRIP, ...keys }));
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.at(-1)?.code).toBe('too_many_issues');
  });

  test.prop([fc.nat({ max: 250 })], { numRuns: 40 })(
    'n wrong activities: min(n, 100) issues listed, and the note exactly when n > 100',
    (n) => {
      const result = parseRegister(zeros(n));
      if (n === 0) {
        expect(result.success).toBe(true);
        return;
      }
      const issues = issuesOf(result);
      expect(issues.filter((found) => found.code === 'invalid_type')).toHaveLength(
        Math.min(n, 100),
      );
      expect(issues.some((found) => found.code === 'too_many_issues')).toBe(n > 100);
      expect(Object.isFrozen(issues)).toBe(true);
    },
  );

  it('the reader under audit still sets every wrong record aside, beyond 100', () => {
    const report = audit(
      { format: 1, activities: [...Array(150).fill(0), { ...SAMPLE_TRIP, id: 'kept' }] },
      { asOf: '2023-03-31' },
    );
    expect(report.invalid).toHaveLength(150);
    expect(report.invalid[149]?.index).toBe(149);
    expect(report.activities.map((row) => row.id)).toEqual(['kept']);
  });
});

describe('an issue quotes a value, it does not copy it', () => {
  const huge = 'x'.repeat(10_000_000);

  it('a 10 MB kind gives an issue of a few hundred characters', () => {
    const found = issuesOf(parseActivity({ ...SAMPLE_TRIP, kind: huge }))[0] as InputIssue;
    expect(found.code).toBe('invalid_value');
    expect(JSON.stringify(found).length).toBeLessThan(1_000);
    expect((found.values as Record<string, unknown>)['value']).toBe(
      `${'x'.repeat(QUOTED_LENGTH)}…`,
    );
  });

  it('a 10 MB key: the messages cut it, the path keeps it to find the field by', () => {
    const issues = issuesOf(parseActivity({ ...SAMPLE_TRIP, [huge]: 1 }));
    const found = issues.find((each) => each.code === 'unknown_key') as InputIssue;
    expect(found.path).toEqual([huge]);
    expect(found.messages.sv.length + found.messages.en.length).toBeLessThan(1_000);
    expect(String((found.values as Record<string, unknown>)['key']).length).toBe(QUOTED_LENGTH + 1);
  });

  test.prop([fc.string({ minLength: 121, maxLength: 2_000 })], { numRuns: 50 })(
    'every text among the values of an issue is at most 121 characters',
    (text) => {
      const issues = issuesOf(parseActivity({ ...SAMPLE_TRIP, kind: text, departure: text }));
      for (const found of issues)
        for (const value of Object.values(found.values))
          for (const each of [value].flat())
            if (typeof each === 'string')
              expect(each.length).toBeLessThanOrEqual(QUOTED_LENGTH + 1);
    },
  );
});

describe('a 1 MB register of 499 990 zeros', () => {
  it('is parsed within a 128 MiB heap, in well under the time of listing every issue', () => {
    // A child process with a small heap: it fails (exit code not 0) if the parse holds more.
    const script = `
      const { parseRegister } = await import(${JSON.stringify(new URL('src/index.ts', root).pathname)});
      const text = '{"format":1,"activities":[' + Array(499990).fill('0').join(',') + ']}';
      const document = JSON.parse(text);
      const started = performance.now();
      const result = parseRegister(document);
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(JSON.stringify({ bytes: text.length, seconds, issues: result.issues.length }));
    `;
    const child = spawnSync(
      process.execPath,
      ['--max-old-space-size=128', '--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: root, encoding: 'utf8', timeout: 120_000 },
    );
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const answer = JSON.parse(child.stdout) as { bytes: number; seconds: number; issues: number };
    expect(answer.bytes).toBeGreaterThan(1_000_000);
    expect(answer.issues).toBe(MAX_ISSUES + 1);
    // Under 1 s on a quiet machine (0.2 s measured); the bound leaves room for a busy one.
    expect(answer.seconds).toBeLessThan(5);
  }, 120_000);
});

describe('a spent budget never makes a check read what was not checked (review of issue 28)', () => {
  it('the rates after 102 wrong activities are still checked as rates: the issues are listed, not "could not be read"', () => {
    const issues = issuesOf(
      parseRegister({ format: 1, activities: Array(102).fill(null), rates: [null] }),
    );
    expect(issues.map((found) => found.code)).not.toContain('unreadable_input');
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.at(-1)?.code).toBe('too_many_issues');
  });

  it('a rate that is not a rate and a second rate of its day are both reported, by every reader', () => {
    const rates = [
      { currency: 'EUR', sekPerUnit: 'abc', date: '2020-01-01', source: 'ECB' },
      { currency: 'EUR', sekPerUnit: '11.0', date: '2020-01-01', source: 'ECB' },
    ];
    const codes = (result: { success: boolean; issues?: readonly InputIssue[] }) =>
      issuesOf(result).map((found) => found.code);
    expect(codes(parseRates({ rates }))).toEqual(['invalid_rate', 'duplicate_rate']);
    expect(codes(parseRegister({ format: 1, activities: [], rates }))).toEqual([
      'invalid_rate',
      'duplicate_rate',
    ]);
  });
});

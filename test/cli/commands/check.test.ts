/** `check` written as it is judged: one activity or a register, text, JSON or NDJSON, each the library's answer. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessCompliance, parseActivity } from '../../../src/index.js';
import { inProcess } from '../../support/cli.js';

const trip = new URL('../../../examples/sample-trip.json', import.meta.url).pathname;
const sample = new URL('../../../examples/sample-register.json', import.meta.url).pathname;
const directory = mkdtempSync(join(tmpdir(), 'solleftea-check-'));

describe('check of one activity on a day', () => {
  it('writes its compliance as JSON and as one NDJSON line, the library’s verdict both ways', async () => {
    const parsed = parseActivity(JSON.parse(readFileSync(trip, 'utf8')));
    if (!parsed.success) throw new Error('the sample trip is valid');
    const expected = JSON.parse(
      JSON.stringify(assessCompliance(parsed.data, {}, { asOf: '2023-03-31' })),
    );
    const json = await inProcess(['check', trip, '--as-of', '2023-03-31', '--format', 'json']);
    const ndjson = await inProcess(['check', trip, '--as-of', '2023-03-31', '--format', 'ndjson']);
    const statuses = (result: { verdict: string; results: { code: string; status: string }[] }) => [
      result.verdict,
      result.results.map((r) => [r.code, r.status]),
    ];
    expect(statuses(JSON.parse(json.stdout))).toEqual(statuses(expected));
    expect(ndjson.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(ndjson.stdout)).toEqual(JSON.parse(json.stdout));
    expect([json.status, ndjson.status]).toEqual([
      expected.verdict === 'not_compliant' ? 1 : 0,
      expected.verdict === 'not_compliant' ? 1 : 0,
    ]);
  });
});

describe('check of a register with a record that cannot be read', () => {
  const register = JSON.parse(readFileSync(sample, 'utf8')) as Record<string, unknown[]>;
  const broken = join(directory, 'broken.json');
  writeFileSync(
    broken,
    JSON.stringify({ ...register, approvals: [...(register['approvals'] ?? []), { activity: 5 }] }),
  );

  it('writes what it could judge to standard output, then refuses with exit code 2', async () => {
    const outcome = await inProcess(['check', broken, '--as-of', '2023-03-31']);
    expect(outcome.status).toBe(2);
    expect(outcome.stdout).not.toBe('');
    expect(outcome.stderr).toContain('approvals[');
  });

  it('puts no file in place with --out: a failed command writes none', async () => {
    const out = join(directory, 'out.txt');
    const outcome = await inProcess(['check', broken, '--as-of', '2023-03-31', '--out', out]);
    expect(outcome.status).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

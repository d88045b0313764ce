/** A register read from a file in two readings: JSON or NDJSON, a file or standard input, any order. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { inProcess } from '../support/cli.js';

const sample = new URL('../../examples/sample-register.json', import.meta.url).pathname;
const SAMPLE = JSON.parse(readFileSync(sample, 'utf8')) as Record<string, unknown[]> & {
  activities: { id: string }[];
};
const directory = mkdtempSync(join(tmpdir(), 'solleftea-register-'));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
};
const AUDIT = ['--as-of', '2023-03-31', '--report-back-days', '90', '--format', 'json'];

/** The register as NDJSON: its format and rates on the first line, then a record a line. */
function ndjson(document: Record<string, unknown>): string {
  const lines = [JSON.stringify({ format: document['format'] })];
  for (const [key, value] of Object.entries(document)) {
    if (key === 'format') continue;
    for (const item of value as unknown[]) lines.push(JSON.stringify({ [key]: [item] }));
  }
  return `${lines.join('\n')}\n`;
}

describe('a register read in two readings', () => {
  it('audits an NDJSON register as the same register in one JSON document', async () => {
    const json = await inProcess(['audit', sample, ...AUDIT]);
    const split = await inProcess(['audit', file('sample.ndjson', ndjson(SAMPLE)), ...AUDIT]);
    expect(split.status).toBe(json.status);
    expect(split.stdout).toBe(json.stdout);
  });

  it('reads the records wherever they stand: after the activities or before them', async () => {
    const { activities, ...records } = SAMPLE;
    const first = file('records-first.json', JSON.stringify({ ...records, activities }, null, 2));
    const json = await inProcess(['audit', sample, ...AUDIT]);
    expect((await inProcess(['audit', first, ...AUDIT])).stdout).toBe(json.stdout);
  });

  it('reads standard input once, copied aside for the second reading', async () => {
    const json = await inProcess(['audit', sample, ...AUDIT]);
    const piped = await inProcess(['audit', '-', ...AUDIT], readFileSync(sample));
    expect(piped.stdout).toBe(json.stdout);
    const twice = await inProcess(['check', '-', '--as-of', '2023-03-31', '--rates', '-']);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain('Standard in kan bara läsas en gång');
  });

  it.each([
    [
      'documents that disagree on the format',
      '{"format": 1, "activities": []}\n{"format": 2}\n',
      'dokumenten i filen anger olika värden för "format"',
    ],
    ['several documents none of which is a register', '{"a": 1}\n{"b": 2}\n', 'bara ett register'],
    [
      'a document that is not an object among several',
      '{"format": 1}\n[1]\n',
      ':2:1: ogiltig JSON',
    ],
    [
      'a key written twice in one object',
      '{"format": 1, "activities": [], "format": 1}',
      ':1:33: nyckeln "format" finns två gånger i samma objekt',
    ],
    [
      'bytes that are not UTF-8',
      new Uint8Array([...new TextEncoder().encode('{"format": 1, "x": "'), 0xff, 0x22, 0x7d]),
      ':1:20: filen är inte UTF-8-text',
    ],
  ])('refuses %s', async (_, text, message) => {
    const outcome = await inProcess(['audit', file('odd.ndjson', text), '--as-of', '2023-03-31']);
    expect(outcome.status).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toContain(message);
  });
});

describe('check on a register says what audit says', () => {
  /** Each activity's statuses, as check and audit write them in NDJSON. */
  async function statuses(document: unknown, asOf: string) {
    const path = file('generated.json', JSON.stringify(document));
    const args = [path, '--as-of', asOf, '--report-back-days', '60', '--format', 'ndjson'];
    const checked = await inProcess(['check', ...args]);
    const audited = await inProcess(['audit', ...args]);
    const lines = (text: string) =>
      text
        .trim()
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line));
    const fromCheck = lines(checked.stdout).map((c) => [c.evaluation.activity, c.results]);
    const fromAudit = lines(audited.stdout)
      .filter((line) => line.type === 'activity')
      .map((row) => [row.id, row.compliance.results]);
    return { fromCheck, fromAudit, checkExit: checked.status, auditExit: audited.status };
  }

  test.prop(
    [
      fc.shuffledSubarray(SAMPLE.activities, { minLength: 1 }),
      fc.subarray(SAMPLE['approvals'] as unknown[]),
      fc.subarray(SAMPLE['reportsBack'] as unknown[]),
      fc.constantFrom('2020-06-30', '2022-12-31', '2023-03-31'),
    ],
    { numRuns: 15 },
  )(
    'on registers made of the sample’s activities and some of its records',
    async (activities, approvals, reportsBack, asOf) => {
      const ids = new Set(activities.map((a) => a.id));
      const keep = (records: unknown[]) =>
        records.filter((r) => ids.has((r as { activity: string }).activity));
      const document = {
        ...SAMPLE,
        activities,
        approvals: keep(approvals),
        reportsBack: keep(reportsBack),
        councilAccounts: keep(SAMPLE['councilAccounts'] as unknown[]),
      };
      const { fromCheck, fromAudit, checkExit, auditExit } = await statuses(document, asOf);
      expect(fromCheck).toEqual(fromAudit);
      // Both exit 1 exactly when an activity is not compliant (audit also for an agreement duty).
      if (checkExit === 1) expect(auditExit).toBe(1);
    },
  );
});

describe('a register file written to mislead', () => {
  it('shows a key with escape sequences as text in the message that names it', async () => {
    const key = '\u001b]0;PWNED\u0007';
    const twice = file(
      'key-twice.json',
      `{"format": 1, ${JSON.stringify(key)}: 1, ${JSON.stringify(key)}: 2}`,
    );
    const disagree = file(
      'disagree.ndjson',
      `{"format": 1, ${JSON.stringify(key)}: 1}\n{${JSON.stringify(key)}: 2}\n`,
    );
    for (const path of [twice, disagree]) {
      const outcome = await inProcess(['audit', path, '--as-of', '2023-03-31', '--lang', 'en']);
      expect(outcome.status).toBe(2);
      expect(outcome.stderr).not.toContain('\u001b');
      expect(outcome.stderr).toContain('\\u001b]0;PWNED\\u0007');
    }
  });

  it('reads a "__proto__" member as JSON.parse does: a member the register does not know, not a prototype', async () => {
    const { approvals, ...rest } = SAMPLE;
    const hidden = file(
      'proto.json',
      JSON.stringify(rest).replace(/^\{/, `{"__proto__": ${JSON.stringify({ approvals })},`),
    );
    // The library says the same of the document JSON.parse reads: a field it does not know.
    const outcome = await inProcess(['audit', hidden, '--as-of', '2023-03-31', '--lang', 'en']);
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toContain('__proto__: the field "__proto__" is unknown');
  });
});

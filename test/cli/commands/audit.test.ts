/** `audit` written as it is judged: JSON, NDJSON and CSV, each the library's answer, each to its schema. */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { OUTPUT_SCHEMAS } from '../../../src/cli/output-schemas.js';
import { audit, auditToCsv, councilAccount, parseRegister } from '../../../src/index.js';
import { inProcess } from '../../support/cli.js';

const sample = new URL('../../../examples/sample-register.json', import.meta.url).pathname;
const trip = new URL('../../../examples/sample-trip.json', import.meta.url).pathname;
const SAMPLE = JSON.parse(readFileSync(sample, 'utf8')) as { activities: { id: string }[] };
const OPTIONS = ['--as-of', '2023-03-31', '--report-back-days', '90'];

const ajv = new Ajv2020({ strict: false, allErrors: true });
function expectValid(name: string, value: unknown): void {
  const validate =
    ajv.getSchema(name) ?? ajv.addSchema(OUTPUT_SCHEMAS[name] as object, name).getSchema(name);
  const valid = validate?.(value);
  expect(validate?.errors ?? [], name).toEqual([]);
  expect(valid).toBe(true);
}

describe('audit --format json: one document, its activities first, in register order', () => {
  it("holds the library's report, each row as the library's row", async () => {
    const outcome = await inProcess(['audit', sample, ...OPTIONS, '--format', 'json']);
    expect(outcome.status).toBe(1);
    const written = JSON.parse(outcome.stdout);
    expectValid('audit-json', written);
    const report = audit(SAMPLE, { asOf: '2023-03-31', deadlines: { reportBackDays: 90 } });
    expect(written.activities.map((row: { id: string }) => row.id)).toEqual(
      SAMPLE.activities.map((activity) => activity.id),
    );
    expect(written.verdicts).toEqual(report.verdicts);
    expect(written.counts).toEqual(report.counts);
    expect(written.verdict).toBe(report.verdict);
  });

  it('writes the report after its rows, in parts, as JSON.stringify indents it whole', async () => {
    const { stdout } = await inProcess(['audit', sample, ...OPTIONS, '--format', 'json']);
    const { activities, ...rest } = JSON.parse(stdout) as Record<string, unknown>;
    expect(activities).toHaveLength(SAMPLE.activities.length);
    const after = stdout.slice(stdout.indexOf('\n  ],') + '\n  ],'.length);
    expect(after).toBe(`${JSON.stringify(rest, null, 2).slice(1)}\n`);
  });
});

describe('audit --format ndjson: a line per activity, then the report', () => {
  it('writes one line per activity and a last line for the report, each to its schema', async () => {
    const outcome = await inProcess(['audit', sample, ...OPTIONS, '--format', 'ndjson']);
    const lines = outcome.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(SAMPLE.activities.length + 1);
    for (const line of lines) expectValid('audit-ndjson', line);
    expect(lines.slice(0, -1).map((line) => line.type)).toEqual(
      SAMPLE.activities.map(() => 'activity'),
    );
    expect(lines.at(-1)).toMatchObject({ type: 'report', verdict: 'not_compliant' });
  });
});

describe('audit --format csv: the findings for a spreadsheet', () => {
  it("is the library's auditToCsv of the same register, in both languages", async () => {
    const report = audit(SAMPLE, { asOf: '2023-03-31', deadlines: { reportBackDays: 90 } });
    for (const language of ['sv', 'en'] as const) {
      const outcome = await inProcess([
        'audit',
        sample,
        ...OPTIONS,
        '--format',
        'csv',
        '--lang',
        language,
      ]);
      expect(outcome.stdout).toBe(auditToCsv(report, language));
    }
  });
});

describe('the JSON of check and account, each to its schema', () => {
  it('check without and with --as-of, on an activity and a register; account', async () => {
    expectValid(
      'check-evaluation',
      JSON.parse((await inProcess(['check', trip, '--json'])).stdout),
    );
    const judged = await inProcess(['check', trip, '--json', '--as-of', '2021-01-01']);
    expectValid('check-compliance', JSON.parse(judged.stdout));
    const checked = await inProcess([
      'check',
      sample,
      '--format',
      'ndjson',
      '--as-of',
      '2023-03-31',
    ]);
    for (const line of checked.stdout.trimEnd().split('\n'))
      expectValid('check-compliance', JSON.parse(line));
    const listed = JSON.parse(
      (await inProcess(['check', sample, '--json', '--as-of', '2023-03-31'])).stdout,
    );
    expect(listed).toHaveLength(SAMPLE.activities.length);
    const account = await inProcess(['account', sample, '--period', '2019-2022', '--json']);
    const written = JSON.parse(account.stdout);
    expectValid('account-json', written);
    const register = parseRegister(SAMPLE);
    if (register.success)
      expect(written.rows.map((row: { id: string }) => row.id)).toEqual(
        councilAccount(register.data, { asOf: '2023-03-31', period: '2019-2022' }).rows.map(
          (row) => row.id,
        ),
      );
  });

  it('prints each output schema by name, and names them all when asked for another', async () => {
    const printed = await inProcess(['schema', 'audit-ndjson']);
    expect(JSON.parse(printed.stdout)).toEqual(OUTPUT_SCHEMAS['audit-ndjson']);
    const unknown = await inProcess(['schema', 'nothing', '--lang', 'en']);
    expect(unknown.status).toBe(2);
    for (const name of Object.keys(OUTPUT_SCHEMAS)) expect(unknown.stderr).toContain(name);
  });
});

describe('audit --out: written as it is judged, put in place only when whole', () => {
  it('writes the file atomically, and leaves nothing when the input is no register', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'solleftea-audit-'));
    const out = join(directory, 'audit.ndjson');
    const outcome = await inProcess([
      'audit',
      sample,
      ...OPTIONS,
      '--format',
      'ndjson',
      '--out',
      out,
    ]);
    expect(outcome.status).toBe(1);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(
      SAMPLE.activities.length + 1,
    );
    const failed = join(directory, 'failed.ndjson');
    const refused = await inProcess([
      'audit',
      trip,
      ...OPTIONS,
      '--format',
      'ndjson',
      '--out',
      failed,
    ]);
    expect(refused.status).toBe(2);
    expect(existsSync(failed)).toBe(false);
    expect(readdirSync(directory)).toEqual(['audit.ndjson']);
  });
});

describe('audit as text: a table for people', () => {
  it('names each rule of the Swedish table of counts by its Swedish title, never by its code', async () => {
    const outcome = await inProcess(['audit', sample, ...OPTIONS, '--lang', 'sv']);
    const table = outcome.stdout.slice(outcome.stdout.indexOf('  regel'));
    expect(table).toContain('Godkännande av kommunstyrelsen');
    expect(table).toContain('Utvärdering av vänortsavtal');
    expect(table).toContain('inte uppfyllt');
    expect(table).not.toMatch(/board_approval|council_account|agreement_evaluation|brutet/);
  });

  it('names each rule of the English table by its English title', async () => {
    const outcome = await inProcess(['audit', sample, ...OPTIONS, '--lang', 'en']);
    const table = outcome.stdout.slice(outcome.stdout.indexOf('  rule'));
    expect(table).toContain('Approval by the executive board');
    expect(table).toContain('not fulfilled');
    expect(table).not.toMatch(/board_approval|violated/);
  });
});

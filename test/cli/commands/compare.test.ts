/** `compare`: a draft against the versions in force over a register, as it is read; text and JSON. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import SAMPLE from '../../../examples/sample-register.json' with { type: 'json' };
import { compareDraft, parsePolicy } from '../../../src/index.js';
import { inProcess } from '../../support/cli.js';

const sample = new URL('../../../examples/sample-register.json', import.meta.url).pathname;
const successor = new URL('../../../examples/policies/solleftea-2023-2026.json', import.meta.url)
  .pathname;
const directory = mkdtempSync(join(tmpdir(), 'solleftea-compare-'));

describe('solleftea-policy compare', () => {
  const args = ['compare', sample, '--draft', successor, '--as-of', '2023-03-31'];

  it('writes each activity judged otherwise, each duty before and after with what decided, and the totals', async () => {
    const run = await inProcess([...args, '--lang', 'en']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      '  2022-01: Twin-town visit to Esashi (verdict: not compliant)\n    board_approval: owed, not fulfilled → not applicable',
    );
    expect(run.stdout).toContain(
      '      with the draft: DRAFT – not adopted: Approval by the executive board: not applicable, because no destination is a twin town.',
    );
    expect(run.stdout).toContain('28 activities judged, 4 judged otherwise.');
    expect(run.stdout).toContain(
      '  Approval by the executive board: 1 would be owed that are not today; 1 would no longer be owed.',
    );
  });

  it('writes CSV for a spreadsheet: a record per duty judged otherwise, the changes the library’s comparison gives', async () => {
    const run = await inProcess([...args, '--format', 'csv', '--lang', 'en']);
    expect(run.status).toBe(0);
    const records = run.stdout.split('\r\n');
    expect(records[0]).toBe(
      '\uFEFFActivity,Title,Verdict today,Verdict with the draft,Rule,Duty today,Status today,Duty with the draft,Status with the draft,Clauses with the draft,Description today,Description with the draft',
    );
    expect(records).toContain(
      '2022-01,Twin-town visit to Esashi,not compliant,not compliant,Approval by the executive board,owed,not fulfilled,not applicable,not applicable,board.approval,"Approval by the executive board: not fulfilled — approved on 2022-10-17 (KS § 201), after the departure on 2022-10-03; a retroactive approval does not fulfil the rule.",DRAFT – not adopted: Approval by the executive board: not applicable — no destination is a twin town.',
    );
    const draft = parsePolicy(JSON.parse(readFileSync(successor, 'utf8')));
    const comparison = draft.success
      ? compareDraft(SAMPLE, { draft: draft.data, asOf: '2023-03-31' })
      : undefined;
    const duties = comparison?.activities.reduce((sum, change) => sum + change.duties.length, 0);
    expect(duties).toBeGreaterThan(0);
    expect(records.length).toBe(1 + (duties ?? 0) + 1);
    expect(records.at(-1)).toBe('');
    const swedish = await inProcess([...args, '--format', 'csv']);
    expect(swedish.stdout.split('\r\n')[0]).toMatch(/^\uFEFFAktivitet;Titel;Bedömning i dag;/);
  });

  it('writes JSON the library’s comparison says: the changes, then the totals', async () => {
    const run = await inProcess([...args, '--format', 'json']);
    expect(run.status).toBe(0);
    const written = JSON.parse(run.stdout) as {
      changes: { id: string }[];
      judged: number;
      duties: unknown[];
    };
    const draft = parsePolicy(JSON.parse(readFileSync(successor, 'utf8')));
    if (!draft.success) throw new Error('the example draft is valid');
    const expected = compareDraft(SAMPLE, { draft: draft.data, asOf: '2023-03-31' });
    expect(written.changes.map((change) => change.id)).toEqual(
      expected.activities.map((change) => change.id),
    );
    expect(written.judged).toBe(expected.judged);
    expect(written.duties).toEqual(JSON.parse(JSON.stringify(expected.duties)));
  });

  it('writes an empty list of changes in JSON when nothing changes, and takes --rates and --policy', async () => {
    const register = join(directory, 'one.json');
    writeFileSync(
      register,
      JSON.stringify({
        format: 1,
        activities: SAMPLE.activities.filter((a) => a.id === '2022-03'),
      }),
    );
    const rates = join(directory, 'rates.json');
    writeFileSync(rates, JSON.stringify({ rates: SAMPLE.rates }));
    const run = await inProcess([
      'compare',
      register,
      '--draft',
      successor,
      '--as-of',
      '2022-05-01',
      '--rates',
      rates,
      '--policy',
      successor,
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ changes: [], judged: 1, changed: 0 });
  });

  it('refuses a register that is no register (exit 2)', async () => {
    const list = join(directory, 'list.json');
    writeFileSync(list, '[]');
    const run = await inProcess(['compare', list, '--draft', successor, '--lang', 'en']);
    expect(run.status).toBe(2);
  });

  it('asks for a draft, and refuses a draft that is no policy with its issues (exit 2)', async () => {
    const none = await inProcess(['compare', sample, '--lang', 'en']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('compare needs a draft: --draft FILE.');
    const bad = join(directory, 'bad.yaml');
    writeFileSync(bad, 'id: draft\ntitle: Utkast\n');
    const invalid = await inProcess(['compare', sample, '--draft', bad, '--lang', 'en']);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain(bad);
  });
});

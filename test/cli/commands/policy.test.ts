/** A maintainer's round trip: a version exported as a definition, validated unchanged, compared. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_POLICIES, toPolicyDefinition } from '../../../src/index.js';
import { inProcess } from '../../support/cli.js';

const directory = mkdtempSync(join(tmpdir(), 'solleftea-export-'));

describe('policy export: the definition policy validate reads unchanged and policy diff compares', () => {
  it('exports the version in force on a day, which validates with the same fingerprint and differs in nothing', async () => {
    const out = join(directory, 'in-force.json');
    const exported = await inProcess([
      'policy',
      'export',
      '--date',
      '2020-03-01',
      '--out',
      out,
      '--lang',
      'en',
    ]);
    expect(exported).toMatchObject({ status: 0, stdout: '', stderr: `Wrote ${out}.\n` });
    const version = BUILT_IN_POLICIES[0];
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(toPolicyDefinition(version as (typeof BUILT_IN_POLICIES)[number]))),
    );
    const validated = await inProcess(['policy', 'validate', out, '--json']);
    expect(JSON.parse(validated.stdout)).toEqual({
      valid: true,
      id: version?.id,
      fingerprint: version?.fingerprint,
    });
    const diff = await inProcess(['policy', 'diff', version?.id as string, out, '--json']);
    expect(diff.status).toBe(0);
    expect(JSON.parse(diff.stdout).changes).toEqual([]);
  });

  it('exports a built-in version by id, or the latest, to standard output; an edit shows in the diff', async () => {
    const id = BUILT_IN_POLICIES.at(-1)?.id as string;
    const byId = await inProcess(['policy', 'export', id]);
    expect((await inProcess(['policy', 'export'])).stdout).toBe(byId.stdout);
    const edited = {
      ...JSON.parse(byId.stdout),
      id: 'next',
      reportBackThreshold: { amount: '15 000,00', currency: 'SEK' },
    };
    const path = join(directory, 'edited.json');
    writeFileSync(path, JSON.stringify(edited));
    expect((await inProcess(['policy', 'validate', path])).status).toBe(0);
    const diff = await inProcess(['policy', 'diff', id, path, '--lang', 'en']);
    expect(diff.stdout).toContain('15,000.00');
  });

  it('refuses an id and --date together, a day no version was in force, and an existing file without --force', async () => {
    const both = await inProcess([
      'policy',
      'export',
      'solleftea-2019-2022',
      '--date',
      '2020-03-01',
      '--lang',
      'en',
    ]);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('give either an id or --date, not both');
    expect((await inProcess(['policy', 'export', '--date', '1990-01-01'])).status).toBe(2);
    const out = join(directory, 'twice.json');
    expect((await inProcess(['policy', 'export', '--out', out])).status).toBe(0);
    expect((await inProcess(['policy', 'export', '--out', out])).status).toBe(2);
    expect((await inProcess(['policy', 'export', '--out', out, '--force'])).status).toBe(0);
  });
});

/** `test`: scenario files run from the command line — a line a case, exit 0, 1 or 2. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inProcess } from '../../support/cli.js';

const builtIn = new URL('../../../scenarios/solleftea-2019-2022.yaml', import.meta.url).pathname;
const directory = mkdtempSync(join(tmpdir(), 'solleftea-test-'));
const document = parse(readFileSync(builtIn, 'utf8')) as { cases: Record<string, unknown>[] };

/** The built-in file with its first case expecting another status of its first duty. */
function wrongFile(): string {
  const [first, ...rest] = document.cases;
  const wrong = { ...first, expect: { duties: { planning: 'violated' } } };
  const path = join(directory, 'wrong.json');
  writeFileSync(path, JSON.stringify({ format: 1, cases: [wrong, ...rest] }));
  return path;
}

describe('solleftea-policy test', () => {
  it('runs the built-in scenarios: a line a case, every one passing, exit 0', async () => {
    const run = await inProcess(['test', builtIn, '--lang', 'en']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.filter((line) => line.startsWith('  ✔'))).toHaveLength(document.cases.length);
    expect(lines.at(-1)).toBe(
      `${document.cases.length} cases: ${document.cases.length} passed, 0 failed.`,
    );
  });

  it('says a failed case with what was expected against what came, and exits 1', async () => {
    const run = await inProcess(['test', wrongFile()]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('  ✘ Planering: syfte, mål och förväntad nytta angivna');
    expect(run.stdout).toContain('expect.duties.planning: väntade violated, blev fulfilled');
    expect(run.stdout).toContain(`${document.cases.length - 1} gick igenom, 1 misslyckades.`);
  });

  it('refuses an invalid file before any case runs, with each issue by its path, and exits 2', async () => {
    const path = join(directory, 'invalid.yaml');
    writeFileSync(
      path,
      'format: 1\ncases:\n  - name: x\n    asOf: 2021-01-01\n    activity: {}\n    expect: { dutys: {} }\n',
    );
    const run = await inProcess(['test', wrongFile(), path, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('cases[0].expect.dutys');
    expect(run.stderr).toContain('cases[0].activity.kind');
  });

  it('writes JSON: each file’s cases with their failures, without their whole judgement', async () => {
    const run = await inProcess(['test', builtIn, wrongFile(), '--format', 'json']);
    expect(run.status).toBe(1);
    const written = JSON.parse(run.stdout) as {
      passed: number;
      failed: number;
      files: { file: string; cases: Record<string, unknown>[] }[];
    };
    expect([written.passed, written.failed]).toEqual([2 * document.cases.length - 1, 1]);
    expect(written.files.map((file) => file.file)).toEqual([
      builtIn,
      join(directory, 'wrong.json'),
    ]);
    expect(Object.keys(written.files[1]?.cases[0] ?? {})).toEqual([
      'index',
      'name',
      'clauses',
      'passed',
      'failures',
    ]);
  });

  it('runs them with a version from a file beside the built-in one (--policy)', async () => {
    const successor = new URL(
      '../../../examples/policies/solleftea-2023-2026.json',
      import.meta.url,
    ).pathname;
    const run = await inProcess(['test', builtIn, '--policy', successor, '--lang', 'en']);
    expect(run.stderr).toBe('');
    // The successor is in force from 2023: the trip after the built-in version is under it now.
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '  ✘ Resa efter policyns sista dag utan efterföljare: utanför policyn\n      expect.verdict: expected outside_policy, got not_compliant',
    );
    expect(run.stdout).toContain(`${document.cases.length - 1} passed, 1 failed.`);
  });

  it('asks for a file when given none', async () => {
    const run = await inProcess(['test']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('fil');
  });
});

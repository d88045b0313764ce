/**
 * The maintainer's guides, “Drafting the next policy” and “Så tar du fram nästa policy”: the same walk
 * in two languages, every command run by the docs build (scripts/guide-runs.ts), and the problems a
 * broken file is shown with the ones validate really prints.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUN_GUIDES } from '../../scripts/generate-docs.js';
import { guideRuns, matchesShown } from '../../scripts/guide-runs.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const cli = (args: readonly string[], cwd: string) =>
  spawnSync(process.execPath, [new URL('dist/cli.js', root).pathname, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

describe('matchesShown: the output a guide shows, with … for lines left out', () => {
  const output = 'a\nb\nc\nd\n';
  it('takes the whole output, or its beginning and parts in order, and its end when nothing follows', () => {
    expect(matchesShown(output, output)).toBe(true);
    expect(matchesShown(output, 'a\n…\nd\n')).toBe(true);
    expect(matchesShown(output, 'a\nb\n…\n')).toBe(true);
    expect(matchesShown(output, 'a\n…\nc\n…\n')).toBe(true);
  });
  it('refuses another beginning, parts out of order, or an end that is not the end', () => {
    expect(matchesShown(output, 'b\n…\n')).toBe(false);
    expect(matchesShown(output, 'a\n…\nc\n…\nb\n')).toBe(false);
    expect(matchesShown(output, 'a\n…\nc\n')).toBe(false);
    expect(matchesShown(output, 'a\nb\n')).toBe(false);
  });
});

describe('the guides to drafting the next policy', () => {
  const [english, swedish] = RUN_GUIDES.map((guide) => guideRuns(read(guide)));

  it('walk through start, export, validate, test, compare and diff, the same commands in both languages', () => {
    const commands = (runs: typeof english) =>
      (runs ?? []).map((run) =>
        run.args
          .filter((arg, i, all) => arg !== '--lang' && all[i - 1] !== '--lang')
          .map((arg) =>
            arg
              .replace(/^(nasta|next)-policy/, 'draft')
              .replace(/^(nuvarande|current)-policy/, 'current')
              .replace(/^(andringar|changes)\.csv$/, 'changes.csv'),
          )
          .join(' '),
      );
    expect(commands(english)).toEqual(commands(swedish));
    const steps = commands(english).map((command) => command.split(' ').slice(0, 2).join(' '));
    expect(steps).toEqual([
      'policy new',
      'policy export',
      'policy validate',
      'policy validate',
      'test examples/scenarios-2023-2026.yaml',
      'test scenarios/solleftea-2019-2022.yaml',
      expect.stringMatching(/^compare /),
      expect.stringMatching(/^compare /),
      'policy diff',
    ]);
    expect(english?.map((run) => run.exit)).toEqual(swedish?.map((run) => run.exit));
  });

  it.each(RUN_GUIDES)('%s shows the problems of a broken draft as validate says them', (guide) => {
    const text = read(guide);
    const shown = text.match(/```text\n([\s\S]*?)```/)?.[1] ?? '';
    const file = shown.match(/^(\S+\.yaml): /)?.[1] as string;
    const language = guide.includes('drafting') ? 'en' : 'sv';
    const scratch = mkdtempSync(join(tmpdir(), 'solleftea-guide-test-'));
    const draft = cli(
      ['policy', 'new', '--from', 'solleftea-2019-2022', '--lang', language],
      scratch,
    );
    // The three mistakes the guide shows: a number for the mandate period, a clause that is not
    // there, a threshold in euro.
    writeFileSync(
      join(scratch, file),
      draft.stdout
        .replace(/^mandatePeriod: .*$/m, 'mandatePeriod: 5')
        .replace('      - intro.planning\n', '      - nowhere\n')
        .replace(/(reportBackThreshold:\n {2}amount: "10000\.00"\n {2}currency: )SEK/, '$1EUR'),
    );
    const result = cli(['policy', 'validate', file, '--lang', language], scratch);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(shown);
  });
});

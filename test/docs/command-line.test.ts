import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
// The example imports the package by its name (the build), so the test reads it with the same copy.
import { parsePolicy } from 'solleftea-international-policy';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const guide = readFileSync(new URL('docs/using-the-command-line.md', root), 'utf8');

/** Each ```console block: the command after `$ solleftea-policy`, the output shown, the exit code. */
const runs = [
  ...guide.matchAll(
    /```console\n\$ solleftea-policy ([^\n]*)\n([\s\S]*?)```\n\nExit code (\d+)\./g,
  ),
].map((match) => ({
  args: (match[1] as string).split(' '),
  shown: match[2] as string,
  exit: Number(match[3]),
}));

describe('the guide “Using the command line” shows real runs', () => {
  it('has runs to check', () => {
    expect(runs.length).toBeGreaterThanOrEqual(7);
  });

  it.each(runs.map((run) => [run.args.join(' '), run] as const))(
    'solleftea-policy %s',
    (_, run) => {
      const result = spawnSync(process.execPath, ['dist/cli.js', ...run.args], {
        cwd: root,
        encoding: 'utf8',
      });
      // The guide shows CSV without its byte-order mark and with plain line ends.
      const output = (result.stdout + result.stderr)
        .replace(/^\uFEFF/, '')
        .replaceAll('\r\n', '\n');
      // A shortened output shows its first lines, as the guide says.
      expect(output.startsWith(run.shown), output).toBe(true);
      expect(result.status).toBe(run.exit);
    },
  );

  it('uses a hypothetical definition file, written as data only and titled so', () => {
    const file = JSON.parse(
      readFileSync(new URL('examples/policies/solleftea-2023-2026.json', root), 'utf8'),
    );
    const parsed = parsePolicy(file);
    expect(parsed.success && parsed.data.title).toBe(
      'Policy för internationella kontakter 2023-2026 (HYPOTETISK)',
    );
  });
});

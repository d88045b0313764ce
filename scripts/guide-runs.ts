/**
 * The guides' command-line runs, run as the guide shows them. A guide that walks a maintainer
 * through commands (“Drafting the next policy”, “Så tar du fram nästa policy”) shows each run as a
 * ```console block — `$ solleftea-policy ARGS`, then what it prints — followed by its exit code
 * ("Exit code N." / "Slutkod N."). The runs are made in order, in a scratch folder holding a copy of
 * the examples and the scenarios, so a file one run writes is there for the next, and the repository
 * is left as it was. A line `…` in the output shown stands for lines left out; everything else must be
 * printed as shown, in that order, and the output must begin (and, unless the shown output ends in
 * `…`, end) as shown. The docs build fails on the first run that does not.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A run as the guide shows it. */
export interface GuideRun {
  readonly args: readonly string[];
  readonly shown: string;
  readonly exit: number;
}

/** The runs a guide shows, in order. */
export function guideRuns(text: string): GuideRun[] {
  return [
    ...text.matchAll(
      /```console\n\$ solleftea-policy ([^\n]*)\n([\s\S]*?)```\n\n(?:Exit code|Slutkod) (\d+)\./g,
    ),
  ].map((match) => ({
    args: (match[1] as string).split(' '),
    shown: match[2] as string,
    exit: Number(match[3]),
  }));
}

/** Whether `output` is what `shown` shows: its parts in order, `…` standing for lines left out. */
export function matchesShown(output: string, shown: string): boolean {
  const parts = shown.split(/^…\n/m);
  let at = 0;
  for (const [index, part] of parts.entries()) {
    if (index === 0) {
      if (!output.startsWith(part)) return false;
      at = part.length;
      continue;
    }
    const found = output.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return shown.endsWith('…\n') || at === output.length;
}

/** Runs a guide's commands as it shows them; the problems found, empty when every run is as shown. */
export function checkGuide(guide: string, root: string = process.cwd()): string[] {
  const cli = resolve(root, 'dist/cli.js');
  if (!existsSync(cli)) return [`${guide}: build the command line first (npm run build).`];
  const runs = guideRuns(readFileSync(resolve(root, guide), 'utf8'));
  if (runs.length === 0) return [`${guide}: no runs shown.`];
  const scratch = mkdtempSync(join(tmpdir(), 'solleftea-guide-'));
  try {
    for (const folder of ['examples', 'scenarios'])
      cpSync(resolve(root, folder), join(scratch, folder), { recursive: true });
    const problems: string[] = [];
    for (const run of runs) {
      const result = spawnSync(process.execPath, [cli, ...run.args], {
        cwd: scratch,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      // The guides show CSV without its byte-order mark and with plain line ends.
      const output = (result.stdout + result.stderr)
        .replace(/^\uFEFF/, '')
        .replaceAll('\r\n', '\n');
      const command = `solleftea-policy ${run.args.join(' ')}`;
      if (!matchesShown(output, run.shown))
        problems.push(`${guide}: ${command} printed otherwise than shown:\n${output}`);
      if (result.status !== run.exit)
        problems.push(`${guide}: ${command} exited ${result.status}, not ${run.exit}.`);
    }
    return problems;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

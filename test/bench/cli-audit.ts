/**
 * The command line at scale: a register of 1 000 000 generated activities written to a file (about
 * 700 MB, past the engine's longest string), audited through the binary (`dist/cli.js`, built
 * first) with its time and peak resident memory; and, in the same run, the in-library audit of the
 * same register already in memory, for the ratio (target: the binary within 1.5× of it, under 1 GiB).
 *
 * Run by `npm run bench:cli` (`BENCH_CLI_COUNT` sets the size; `BENCH_CLI_FORMATS` the formats,
 * by default text, NDJSON and JSON — JSON ran out of memory here before its report was written in
 * parts, unseen while the bench left it out). The file is kept in node_modules/.cache/bench between
 * runs.
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, openSync, renameSync, statSync } from 'node:fs';
import { audit } from '../../src/index.js';
import { registerDocument } from './data.js';

const COUNT = Number(process.env['BENCH_CLI_COUNT'] ?? 1_000_000);
const MiB = 1024 * 1024;
const directory = 'node_modules/.cache/bench';
const file = `${directory}/register-${COUNT}.json`;
const asOf = '2023-12-31';

/** Writes the register as one JSON document, an activity a line, without building it as one string. */
async function write(document: Record<string, unknown>): Promise<void> {
  mkdirSync(directory, { recursive: true });
  const partial = `${file}.part`;
  const out = createWriteStream(partial);
  const put = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const { activities, ...rest } = document as { activities: unknown[] };
  await put(`{\n  "format": 1,\n  "activities": [\n`);
  for (let i = 0; i < activities.length; i++)
    await put(`    ${JSON.stringify(activities[i])}${i + 1 < activities.length ? ',' : ''}\n`);
  await put('  ]');
  for (const [key, value] of Object.entries(rest)) {
    if (key !== 'format') await put(`,\n  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  }
  await put('\n}\n');
  out.end();
  await once(out, 'finish');
  renameSync(partial, file);
}

const row = (label: string, value: string) => console.log(`${label.padEnd(60)} ${value}`);

console.log(`Generating a register of ${COUNT} activities and 100 agreements (seed 42)…`);
let document: Record<string, unknown> | undefined = registerDocument(COUNT);
if (!existsSync(file)) await write(document);

// The baseline, in this process: the library audits the register document it is given.
const start = performance.now();
const report = audit(document, { asOf, deadlines: { reportBackDays: 90 } });
const libraryMs = performance.now() - start;
const findings = report.verdicts.not_compliant;
document = undefined;

// The binary, in a process of its own, in each format; GNU time reports its peak resident set (kB).
const FORMATS = (process.env['BENCH_CLI_FORMATS'] ?? 'text,ndjson,json').split(',');
const runs = FORMATS.map((format) => {
  const begun = performance.now();
  const run = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%M %e',
      process.execPath,
      'dist/cli.js',
      'audit',
      file,
      '--as-of',
      asOf,
      '--report-back-days',
      '90',
      '--format',
      format,
    ],
    // Its output goes to /dev/null: what is measured is the reading, judging and writing.
    {
      encoding: 'utf8',
      maxBuffer: 64 * MiB,
      stdio: ['ignore', openSync('/dev/null', 'w'), 'pipe'],
    },
  );
  const ms = performance.now() - begun;
  if (run.status !== 1)
    throw new Error(`the binary exited ${run.status}: ${run.stderr.slice(0, 2000)}`);
  const [peakKb] = (run.stderr.trim().split('\n').at(-1) ?? '').split(' ');
  // GNU time measures the process it starts: the binary, which runs the audit in a child with a
  // limited heap; the child's peak is the larger, and GNU time reports the largest of the tree's.
  return { format, ms, peak: Number(peakKb) * 1024 };
});

row(`register file`, `${(statSync(file).size / MiB).toFixed(0)} MiB, ${COUNT} activities`);
row(`in-library audit of the register document (baseline)`, `${(libraryMs / 1000).toFixed(2)} s`);
for (const { format, ms, peak } of runs) {
  row(`binary: audit FILE --format ${format}`, `${(ms / 1000).toFixed(2)} s`);
  row(`  ratio to the in-library audit (target ≤ 1.5×)`, `${(ms / libraryMs).toFixed(2)}×`);
  row(`  peak resident set size (target < 1024 MiB)`, `${(peak / MiB).toFixed(0)} MiB`);
}
row(`  found`, `${findings} activities not compliant`);

/**
 * The `solleftea-policy` binary as a user runs it: every command, every exit code, each kind of bad
 * input, standard input, `--json` parsed back and the CSV read by a CSV parser. Each case runs `main`
 * in this process; at the end, one case of each command, exit code and way of giving input runs again
 * as the built binary spawned with Node (what users get), which must answer alike.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { POLICY_2019_2022, toPolicyDefinition } from '../../src/index.js';
import { SAMPLE_TRIP } from '../fixtures/samples.js';
import { inProcess, type Outcome } from '../support/cli.js';

const root = new URL('../../', import.meta.url);
const binary = new URL('dist/cli.js', root).pathname;
const sample = new URL('examples/sample-register.json', root).pathname;
const directory = mkdtempSync(join(tmpdir(), 'solleftea-cli-'));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
};

const trip = file('trip.json', JSON.stringify(SAMPLE_TRIP));
const definition = toPolicyDefinition(POLICY_2019_2022);
const nextPolicy = file(
  'next.json',
  JSON.stringify({
    ...definition,
    id: 'next',
    reportBackThreshold: { amount: '15 000,00', currency: 'SEK' },
    validity: { from: '2023-01-01', to: '2026-12-31' },
  }),
);
const boardPolicy = file(
  'board.json',
  JSON.stringify({ ...definition, adoption: { ...definition.adoption, body: 'board' } }),
);
const rates = file(
  'rates.json',
  JSON.stringify({
    rates: [{ currency: 'EUR', sekPerUnit: '11.0000', date: '2020-03-02', source: 'test' }],
  }),
);

function spawned(
  args: readonly string[],
  input?: string | Uint8Array,
  env: Record<string, string> = {},
): Outcome {
  const result = spawnSync(process.execPath, [binary, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** As {@link spawned}, without waiting: so that the cases compared below run side by side. */
function spawnedLater(args: readonly string[], input?: string | Uint8Array): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binary, ...args], { env: process.env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    // A command that exits before reading all its input closes the pipe: that is its answer.
    child.stdin.on('error', () => undefined);
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({
        status: status ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin.end(input);
  });
}

/** The cases run in process, with what they gave: the built binary must give the same (below). */
const cases: {
  readonly args: readonly string[];
  readonly input?: string | Uint8Array;
  readonly outcome: Outcome;
}[] = [];

/** Runs a case in this process, and keeps it for the comparison with the built binary. */
async function run(args: readonly string[], input?: string | Uint8Array): Promise<Outcome> {
  const outcome = await inProcess(args, input);
  cases.push({ args, ...(input === undefined ? {} : { input }), outcome });
  return outcome;
}

describe('solleftea-policy: help and version', () => {
  it('prints its version, and the usage with exit code 2 when given no command', async () => {
    const version = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).version;
    expect(spawned(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    // With no command, the usage goes to stderr (it answers a mistake), in Swedish by default.
    const bare = await run([]);
    expect(bare.status).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toContain('Användning: solleftea-policy <kommando> [flaggor]');
    expect((await run(['--lang', 'en'])).stderr).toContain(
      'Usage: solleftea-policy <command> [options]',
    );
  });

  it.each(['check', 'audit', 'account', 'policy', 'test', 'compare', 'schema'])(
    'has --help with an example for %s',
    async (command) => {
      const help = await run([command, '--help', '--lang', 'en']);
      expect(help.status).toBe(0);
      expect(help.stdout).toContain(`Usage: solleftea-policy ${command}`);
      expect(help.stdout).toContain('Example:');
      expect((await run(['help', command, '--lang', 'en'])).stdout).toBe(help.stdout);
      // In Swedish by default.
      const swedish = await run([command, '--help']);
      expect(swedish.stdout).toContain(`Användning: solleftea-policy ${command}`);
      expect(swedish.stdout).toContain('Exempel:');
    },
  );

  it('refuses an unknown command, an unknown option and an unknown language with exit code 2', async () => {
    for (const args of [['travel'], ['check', '--colour'], ['check', trip, '--lang', 'fi']]) {
      const outcome = await run(args);
      expect(outcome.status, args.join(' ')).toBe(2);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr.trimEnd().split('\n').at(-1)).toBe('  Se solleftea-policy --help.');
    }
    expect((await run(['travel', '--lang', 'en'])).stderr).toBe(
      'Unknown command: travel.\n  See solleftea-policy --help.\n',
    );
    // A slip of the keyboard gets a suggestion, in the language chosen.
    expect((await run(['chek', trip, '--lang', 'en'])).stderr).toBe(
      'Unknown command: chek.\n  Did you mean check?\n  See solleftea-policy --help.\n',
    );
    expect((await run(['check', trip, '--jsn'])).stderr).toBe(
      'Okänd flagga: --jsn.\n  Menade du --json?\n  Se solleftea-policy --help.\n',
    );
  });
});

describe('solleftea-policy check', () => {
  it('shows each duty with its reason and clause, in Swedish by default', async () => {
    const outcome = await run(['check', trip, '--rates', rates]);
    expect(outcome.status).toBe(0);
    expect(outcome.stdout).toContain('2020-03: Study visit to Põltsamaa');
    expect(outcome.stdout).toContain('✔ Godkännande av kommunstyrelsen: åligger arrangören');
    expect(outcome.stdout).toContain(
      '§ board.approval: ”Samtliga resor till vänorter ska godkännas av kommunstyrelsen.”',
    );
    const english = await run(['check', trip, '--rates', rates, '--lang', 'en']);
    expect(english.stdout).toContain(
      '§ board.approval: ”All trips to twin towns shall be approved by the executive board.”',
    );
  });

  it('reads standard input for -, and says when a cost cannot be converted', async () => {
    const outcome = await run(['check', '-', '--lang', 'en'], JSON.stringify(SAMPLE_TRIP));
    expect(outcome.status).toBe(0);
    expect(outcome.stdout).toContain('? Report-back to the executive board: cannot be determined');
  });

  it('judges each activity of a register against its records, exit code 1 on a violation', async () => {
    const outcome = await run(['check', sample, '--as-of', '2023-03-31', '--lang', 'en']);
    expect(outcome.status).toBe(1);
    expect(outcome.stdout).toContain(
      '✘ Approval by the executive board: not fulfilled — approved on 2022-10-17 (KS § 201), after the departure on 2022-10-03; a retroactive approval does not fulfil the rule.',
    );
    expect((await run(['check', sample])).status).toBe(2);
  });

  it('gives --json that parses back', async () => {
    const outcome = await run(['check', trip, '--json', '--rates', rates]);
    const evaluation = JSON.parse(outcome.stdout);
    expect(evaluation.policy.fingerprint).toBe(POLICY_2019_2022.fingerprint);
    expect(evaluation.obligations.map((o: { code: string }) => o.code)).toEqual([
      'planning',
      'board_approval',
      'board_report_back',
      'council_account',
    ]);
  });

  it('lists every issue of an invalid activity with its path, in the chosen language', async () => {
    const bad = file(
      'bad-trip.json',
      JSON.stringify({ ...SAMPLE_TRIP, departureDate: '2020-02-30', travellers: {} }),
    );
    const outcome = await run(['check', bad, '--lang', 'en']);
    expect(outcome.status).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toBe(
      `${bad}: 2 problems in the document.\n  travellers.count: is missing; give a number.\n  departureDate: "2020-02-30" is not a valid date; write a real calendar date as YYYY-MM-DD, e.g. 2020-03-01.\n`,
    );
  });
});

describe('solleftea-policy: bad input never shows a stack trace', () => {
  it.each([
    ['a missing file', [join(directory, 'nowhere.json')], 'no such file.'],
    ['a directory', [directory], 'is a directory, not a file.'],
    [
      'non-UTF-8 bytes',
      [file('latin1.json', new Uint8Array([0x7b, 0xe5, 0x7d]))],
      'the file is not UTF-8 text.',
    ],
    [
      'invalid JSON',
      [file('broken.json', '{\n  "kind": "trip",\n  "id": x\n}')],
      ':3:9: invalid JSON.',
    ],
    ['empty input', [file('empty.json', '')], ':1:1: invalid JSON.'],
    ['unreadable rates', [trip, '--rates', join(directory, 'none.json')], 'no such file.'],
  ])('%s: exit code 2, a one-line summary and the details', async (_, args, summary) => {
    const outcome = await run(['check', ...(args as string[]), '--lang', 'en']);
    expect(outcome.status).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr.split('\n')[0]).toContain(summary);
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unreadable path (a symbolic link to itself) and no file at all: exit code 2', async () => {
    const loop = join(directory, 'loop.json');
    symlinkSync(loop, loop);
    const outcome = await run(['check', loop, '--lang', 'en']);
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toBe(`${loop}: the file cannot be read (ELOOP).\n`);
    expect((await run(['check', '--lang', 'en'])).stderr).toBe(
      'Give a file (or - for standard input).\n  See solleftea-policy --help.\n',
    );
    expect((await inProcess(['--version'])).stdout).toBe('0.0.0\n');
  });

  it('reports invalid rates with their paths', async () => {
    const badRates = file(
      'bad-rates.json',
      JSON.stringify({
        rates: [{ currency: 'EUR', sekPerUnit: '11,0', date: '2020-03-02', source: 'x' }],
      }),
    );
    const outcome = await run(['check', trip, '--rates', badRates, '--lang', 'en']);
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toContain('rates[0].sekPerUnit');
  });
});

describe('solleftea-policy audit', () => {
  it('audits the sample register: findings, agreements, exit code 1', async () => {
    const outcome = await run([
      'audit',
      sample,
      '--as-of',
      '2023-03-31',
      '--report-back-days',
      '90',
      '--lang',
      'en',
    ]);
    expect(outcome.status).toBe(1);
    expect(outcome.stdout).toContain(
      '28 activities: 24 international, 3 in Sweden, 1 with no policy in force; 0 unreadable records',
    );
    expect(outcome.stdout).toContain(
      '✘ 2021-04: Report-back to the executive board: overdue — not reported by the deadline 2022-01-05.',
    );
    expect(outcome.stdout).toContain('… Termination of a twin-town agreement (Madison): pending');
    expect(outcome.stdout).toContain('The register does not comply in every respect.');
  });

  it('exits 0 for a register with nothing wrong, and lists unreadable records without stopping', async () => {
    const clean = file('clean.json', JSON.stringify({ format: 1, activities: [] }));
    const outcome = await run(['audit', clean, '--as-of', '2019-06-01']);
    expect(outcome.status).toBe(0);
    expect(outcome.stdout).toContain('Inga avvikelser.');
    const partial = file(
      'partial.json',
      JSON.stringify({ format: 1, activities: [{ kind: 'trip', id: 'T' }, SAMPLE_TRIP] }),
    );
    const listed = await run(['audit', partial, '--as-of', '2020-04-01', '--lang', 'en']);
    expect(listed.status).toBe(1);
    expect(listed.stdout).toContain('Unreadable records');
    expect(listed.stdout).toContain('✘ activities[0].title: is missing; give text.');
    // Counts of one take the singular, in both languages.
    expect(listed.stdout).toContain(
      '1 activity: 1 international, 0 in Sweden, 0 with no policy in force; 1 unreadable record',
    );
    expect(listed.stdout).toContain('Findings in 1 activity; 0 activities cannot be determined');
    const swedish = await run(['audit', partial, '--as-of', '2020-04-01']);
    expect(swedish.stdout).toContain(
      '1 aktivitet: 1 internationell, 0 inom Sverige, 0 utan gällande policy; 1 oläsbar post',
    );
    expect(swedish.stdout).toContain('Avvikelser i 1 aktivitet; 0 aktiviteter kan inte avgöras');
  });

  it('gives --json that parses back, with every row', async () => {
    const outcome = await run(['audit', sample, '--as-of', '2023-03-31', '--json']);
    const report = JSON.parse(outcome.stdout);
    expect(report.activities).toHaveLength(28);
    expect(report.verdict).toBe('not_compliant');
    // One activity (2019-01) is from before the policy: outside it, not among the verdicts (note 16).
    expect(report.verdicts).toEqual({ not_compliant: 3, undetermined: 0, compliant: 24 });
    expect(report.outsidePolicy).toHaveLength(1);
    // In register order, as each was judged.
    const document = JSON.parse(readFileSync(sample, 'utf8')) as { activities: { id: string }[] };
    expect(report.activities.map((row: { id: string }) => row.id)).toEqual(
      document.activities.map((activity) => activity.id),
    );
    // Rules, clauses and notes by id; amounts as decimal strings with their currency.
    const { compliance } = report.activities.find(
      (row: { outcome: string }) => row.outcome === 'evaluated',
    );
    expect(compliance.results[0].obligation).toBe('planning');
    expect(compliance.evaluation.obligations[0].rule).toBe('planning');
    expect(compliance.evaluation.obligations[0].clauses).toEqual([
      'intro.planning',
      'aims.purpose',
      'aims.goals',
    ]);
    expect(report.totals.planned).toEqual({
      amount: expect.stringMatching(/^\d+\.\d\d$/),
      currency: 'SEK',
    });
    expect(outcome.stdout.length).toBeLessThan(400_000);
  });

  it('marks what cannot be determined with ?, with why, and exits 0 when nothing is violated', async () => {
    const register = file(
      'attention.json',
      JSON.stringify({
        format: 1,
        activities: [
          {
            ...SAMPLE_TRIP,
            id: 'T-1',
            destinations: [{ place: 'Madison Heights', country: 'US' }],
            plannedCosts: [
              { label: 'Flights', category: 'travel', amount: '9 000', currency: 'SEK' },
            ],
          },
        ],
      }),
    );
    // Before departure an approval is due either way (note 11): pending, nothing to mark.
    const before = await run(['audit', register, '--as-of', '2020-03-01', '--lang', 'en']);
    expect(before.stdout).toContain('Findings in 0 activities; 0 activities cannot be determined');
    // After it, the approval is missing if Madison Heights is Madison, and not needed if it is not.
    const outcome = await run(['audit', register, '--as-of', '2020-03-20', '--lang', 'en']);
    expect(outcome.status).toBe(0);
    expect(outcome.stdout).toContain('Findings in 0 activities; 1 activity cannot be determined');
    expect(outcome.stdout).toContain(
      '? T-1: Approval by the executive board: cannot be determined — Madison Heights may be the twin town Madison',
    );
    expect(outcome.stdout).toContain(
      'No findings, but not everything can be determined: see the lines marked ?.',
    );
    const sv = await run(['audit', register, '--as-of', '2020-03-20']);
    expect(sv.stdout).toContain('Avvikelser i 0 aktiviteter; 1 aktivitet kan inte avgöras');
  });

  it('refuses a missing or impossible --as-of, a bad --period or --report-back-days, and a document that is not a register', async () => {
    for (const args of [
      ['audit', sample, '--as-of', '2023-02-30'],
      ['audit', sample, '--as-of', '31/3/2023'],
      ['audit', sample, '--as-of', '2023-03-31', '--period', '2019-2023'],
      ['audit', sample, '--as-of', '2023-03-31', '--report-back-days', 'ninety'],
      ['audit', trip, '--as-of', '2023-03-31'],
    ]) {
      const outcome = await run(args);
      expect(outcome.status, args.join(' ')).toBe(2);
      expect(outcome.stdout).toBe('');
    }
  });
});

describe('the day judged when --as-of is left out (interpretation note 17)', () => {
  // 23:30 UTC on New Year's Eve is already 1 January in Sweden.
  const now = () => new Date('2022-12-31T23:30:00Z');

  it('audit judges on today in Europe/Stockholm and says so in its header', async () => {
    const outcome = await inProcess(['audit', sample, '--lang', 'en'], undefined, false, {}, now);
    expect(outcome.status).toBe(1);
    expect(outcome.stdout).toContain('as of 2023-01-01');
    const given = await inProcess(['audit', sample, '--as-of', '2023-01-01', '--lang', 'en']);
    expect(outcome.stdout).toBe(given.stdout);
  });

  it('account does the same, and --as-of names the day', async () => {
    const args = ['account', sample, '--period', '2019-2022', '--lang', 'en'];
    const today = await inProcess(args, undefined, false, {}, now);
    expect(today.status).toBe(0);
    expect(today.stdout).toContain('2023-01-01');
    expect(today.stdout).toBe((await inProcess([...args, '--as-of', '2023-01-01'])).stdout);
    const earlier = await inProcess([...args, '--as-of', '2022-06-30']);
    expect(earlier.stdout).toContain('2022-06-30');
    expect(earlier.stdout).not.toBe(today.stdout);
  });
});

describe('solleftea-policy account', () => {
  it('writes the account in Markdown by default', async () => {
    const outcome = await run(['account', sample, '--period', '2019-2022']);
    expect(outcome.status).toBe(0);
    expect(outcome.stdout.split('\n')[0]).toBe(
      '# Redovisning av internationella utbyten och resor 2019–2022',
    );
  });

  it('writes CSV that a CSV parser reads back, in Swedish and English', async () => {
    const sv = await run(['account', sample, '--period', '2019-2022', '--format', 'csv']);
    const rows = parse(sv.stdout, {
      bom: true,
      delimiter: ';',
      record_delimiter: '\r\n',
    }) as string[][];
    expect(rows).toHaveLength(25);
    expect(rows[0]?.[0]).toBe('Id');
    const en = await run(
      ['account', '-', '--period', '2019-2022', '--format', 'csv', '--lang', 'en'],
      readFileSync(sample),
    );
    const records = parse(en.stdout, {
      bom: true,
      columns: true,
      record_delimiter: '\r\n',
    }) as Record<string, string>[];
    expect(records.find((r) => r['Id'] === '2022-01')?.['Cost (SEK)']).toBe('59138.56');
  });

  it('writes --out atomically, and never overwrites without --force', async () => {
    const out = join(directory, 'account.md');
    const first = await inProcess([
      'account',
      sample,
      '--period',
      '2019-2022',
      '--out',
      out,
      '--lang',
      'en',
    ]);
    expect(first).toEqual({ status: 0, stdout: '', stderr: `Wrote ${out}.\n` });
    writeFileSync(out, 'keep me');
    const again = spawned([
      'account',
      sample,
      '--period',
      '2019-2022',
      '--out',
      out,
      '--lang',
      'en',
    ]);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(`${out}: the file exists; use --force to overwrite it.\n`);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = spawned(['account', sample, '--period', '2019-2022', '--out', out, '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('# Redovisning');
    const unwritable = await run([
      'account',
      sample,
      '--period',
      '2019-2022',
      '--out',
      join(directory, 'no', 'dir.md'),
      '--lang',
      'en',
    ]);
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toContain('the file cannot be written (ENOENT)');
  });

  it('refuses a missing period, an unknown format and an invalid register', async () => {
    expect((await run(['account', sample])).status).toBe(2);
    expect(
      (await run(['account', sample, '--period', '2019-2022', '--format', 'xlsx'])).status,
    ).toBe(2);
    const invalid = await run(['account', trip, '--period', '2019-2022', '--lang', 'en']);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('problems in the document');
    expect(
      JSON.parse((await run(['account', sample, '--period', '2019-2022', '--json'])).stdout).rows,
    ).toHaveLength(24);
  });
});

describe('solleftea-policy policy and schema', () => {
  it('shows the version in force, or says that none is', async () => {
    const outcome = await run(['policy', 'show', '--date', '2020-03-01', '--lang', 'en']);
    expect(outcome.status).toBe(0);
    expect(outcome.stdout).toContain(`Fingerprint: ${POLICY_2019_2022.fingerprint}`);
    expect(outcome.stdout).toContain('Report-back for trips costing more than SEK 10,000.00');
    expect((await run(['policy', 'show'])).stdout).toContain(
      'Policy för internationella kontakter 2019-2022',
    );
    const none = await run(['policy', 'show', '--date', '2023-06-01', '--lang', 'en']);
    expect(none).toEqual({
      status: 2,
      stdout: '',
      stderr: 'No known version of the policy was in force on 2023-06-01.\n',
    });
    // One version is written as its definition, which policy validate reads back: a maintainer
    // exports, edits and validates a version without writing code.
    const shownJson = await run(['policy', 'show', '--date', '2020-03-01', '--format', 'json']);
    expect(JSON.parse(shownJson.stdout)).toEqual(JSON.parse(JSON.stringify(definition)));
    const validated = await run(['policy', 'validate', '-', '--json'], shownJson.stdout);
    expect(JSON.parse(validated.stdout)).toEqual({
      valid: true,
      id: POLICY_2019_2022.id,
      fingerprint: POLICY_2019_2022.fingerprint,
    });
  });

  it('validates a definition, and lists what is wrong with an invalid one', async () => {
    const valid = await run(['policy', 'validate', nextPolicy, '--lang', 'en']);
    expect(valid.status).toBe(0);
    expect(valid.stdout).toMatch(/^next is valid\. Fingerprint: sha256:[0-9a-f]{64}\n$/);
    const invalid = await run(['policy', 'validate', boardPolicy]);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('adoption.body: policyn ska antas av kommunfullmäktige');
    expect(JSON.parse((await run(['policy', 'validate', nextPolicy, '--json'])).stdout).valid).toBe(
      true,
    );
  });

  it('diffs a built-in version against a file', async () => {
    const outcome = await run([
      'policy',
      'diff',
      'solleftea-2019-2022',
      nextPolicy,
      '--lang',
      'en',
    ]);
    expect(outcome.status).toBe(0);
    expect(outcome.stdout).toContain('solleftea-2019-2022 → next\n');
    expect(outcome.stdout).toContain('  Report-back threshold: SEK 10,000.00 → SEK 15,000.00\n');
    expect(
      JSON.parse(
        (await run(['policy', 'diff', 'solleftea-2019-2022', nextPolicy, '--json'])).stdout,
      ).changes.length,
    ).toBeGreaterThan(0);
    expect((await run(['policy', 'diff', nextPolicy])).status).toBe(2);
    expect((await run(['policy', 'publish'])).status).toBe(2);
  });

  it('names the built-in versions when a version is neither one of them nor a file', async () => {
    const outcome = await run(['policy', 'diff', '2019-2022', nextPolicy, '--lang', 'en']);
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toBe(
      '2019-2022: no such file.\n  Built-in versions: solleftea-2019-2022.\n',
    );
    // A file that exists but cannot be read as a policy gets no such hint.
    const broken = await run([
      'policy',
      'validate',
      file('broken-policy.json', '{'),
      '--lang',
      'en',
    ]);
    expect(broken.stderr).not.toContain('Built-in versions');
  });

  it('prints each JSON Schema through the exports map', async () => {
    for (const name of ['activity', 'rates', 'records', 'register', 'policy']) {
      const outcome = await run(['schema', name]);
      expect(outcome.status).toBe(0);
      expect(JSON.parse(outcome.stdout).$id).toContain(`${name}.schema.json`);
    }
    expect((await run(['schema', 'trip'])).status).toBe(2);
  });
});

describe('solleftea-policy: arguments', () => {
  it.each([
    [['check', sample, 'extra'], 'check: unexpected argument "extra".'],
    [['audit', sample, sample, '--as-of', '2023-03-31'], `audit: unexpected argument "${sample}".`],
    [['account', sample, 'x', '--period', '2019-2022'], 'account: unexpected argument "x".'],
    [['schema', 'activity', 'rates'], 'schema: unexpected argument "rates".'],
    [['policy', 'show', 'x'], 'policy show: unexpected argument "x".'],
    [['policy', 'validate', 'a', 'b'], 'policy validate: unexpected argument "b".'],
    [['policy', 'diff', 'a', 'b', 'c'], 'policy diff: unexpected argument "c".'],
  ])(
    'refuses an argument a command does not take, instead of ignoring it: %j',
    async (args, message) => {
      const outcome = await run([...args, '--lang', 'en']);
      expect(outcome.status).toBe(2);
      expect(outcome.stdout).toBe('');
      expect(outcome.stderr).toBe(`${message}\n  See solleftea-policy --help.\n`);
    },
  );

  it('says it in Swedish by default', async () => {
    expect((await run(['check', sample, 'extra'])).stderr).toBe(
      'check: oväntat argument "extra".\n  Se solleftea-policy --help.\n',
    );
  });
});

describe('solleftea-policy: colour', () => {
  it('is plain when not on a terminal (and with NO_COLOR), coloured only when asked', async () => {
    const piped = spawned(['audit', sample, '--as-of', '2023-03-31'], undefined, { NO_COLOR: '1' });
    expect(piped.stdout).not.toContain('\u001b[');
    const coloured = await inProcess(['audit', sample, '--as-of', '2023-03-31'], undefined, true);
    expect(coloured.stdout).toContain('\u001b[31m✘\u001b[0m');
  });
});

describe('solleftea-policy: each command takes its own options, and no other', () => {
  it.each([
    [['policy', 'show', '--out', 'x'], 'policy show does not take the option --out.'],
    [['check', trip, '--period', '2019-2022'], 'check does not take the option --period.'],
    [
      ['policy', 'validate', trip, '--rates', rates],
      'policy validate does not take the option --rates.',
    ],
    [['schema', 'activity', '--json'], 'schema does not take the option --json.'],
  ])('%j is refused with exit code 2, naming the options it takes', async (args, message) => {
    const outcome = await inProcess([...args, '--lang', 'en']);
    expect(outcome.status).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr.split('\n')[0]).toBe(message);
    expect(outcome.stderr).toContain('  Options it takes: --');
  });

  it('suggests the option meant, among those the command takes', async () => {
    const outcome = await inProcess(['audit', sample, '--as-of', '2023-03-31', '--fromat', 'csv']);
    expect(outcome.stderr).toBe(
      'Okänd flagga: --fromat.\n  Menade du --format?\n  Se solleftea-policy --help.\n',
    );
  });

  it('takes --format where it makes sense: check as JSON, audit as CSV', async () => {
    const json = await inProcess(['check', trip, '--format', 'json', '--rates', rates]);
    expect(JSON.parse(json.stdout).outcome).toBe('evaluated');
    const csv = await inProcess(['audit', sample, '--as-of', '2023-03-31', '--format', 'csv']);
    expect(csv.status).toBe(1);
    const records = parse(csv.stdout.replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
    expect(records[0]).toEqual([
      'Aktivitet eller avtal',
      'Regel',
      'Status',
      'Skäl',
      'Senast',
      'Paragrafer',
      'Beskrivning',
    ]);
    expect(records.slice(1).map((r) => r[0])).toContain('2022-01');
    expect((await inProcess(['check', trip, '--format', 'csv', '--lang', 'en'])).stderr).toBe(
      'check --format: no csv; choose text, json, ndjson.\n  See solleftea-policy --help.\n',
    );
    expect((await inProcess(['check', trip, '--json', '--format', 'json'])).status).toBe(2);
  });

  it('refuses a day that is not in the calendar, and an option given twice', async () => {
    expect(
      (await inProcess(['policy', 'show', '--date', '2021-02-30', '--lang', 'en'])).stderr,
    ).toBe(
      '--date: 2021-02-30 is not a calendar day (YYYY-MM-DD).\n  See solleftea-policy --help.\n',
    );
    expect((await inProcess(['check', trip, '--lang', 'en', '--lang', 'sv'])).stderr).toContain(
      '--lang är angiven mer än en gång.',
    );
  });

  it('reads standard input once: two files given as - are refused', async () => {
    const outcome = await inProcess(['check', '-', '--rates', '-', '--lang', 'en'], '{}');
    expect(outcome.status).toBe(2);
    expect(outcome.stderr.split('\n')[0]).toBe(
      'Standard input can be read once: give - for one of the files at most.',
    );
  });
});

describe('solleftea-policy: a register judged by check and by audit says the same', () => {
  it('check on a register applies --report-back-days: overdue with exit code 1, as audit says', async () => {
    const args = [sample, '--as-of', '2023-03-31', '--report-back-days', '90', '--lang', 'en'];
    const checked = await inProcess(['check', ...args]);
    const audited = await inProcess(['audit', ...args]);
    expect(checked.status).toBe(1);
    expect(audited.status).toBe(1);
    const overdue =
      'Report-back to the executive board: overdue — not reported by the deadline 2022-01-05.';
    expect(checked.stdout).toContain(overdue);
    expect(audited.stdout).toContain(overdue);
  });

  it('every finding of the audit names the clause it rests on', async () => {
    const audited = await inProcess(['audit', sample, '--as-of', '2023-03-31', '--lang', 'en']);
    const lines = audited.stdout.split('\n');
    const findings = lines.flatMap((line, index) => (line.startsWith('  ✘ ') ? [index] : []));
    expect(findings.length).toBeGreaterThan(0);
    for (const index of findings.filter((i) => !lines[i]?.includes('unreadable')))
      expect(lines[index + 1]).toMatch(/^ {6}§ [a-z]+\.[a-z]+/);
  });
});

describe('solleftea-policy: text from a document reaches the terminal as text', () => {
  it('shows escape sequences and line breaks in an id or title as \\u escapes', async () => {
    const crafted = file(
      'crafted.json',
      JSON.stringify({
        ...SAMPLE_TRIP,
        id: 'T\u001b[2K\r✔ fake',
        title: 'Visit\n✔ Approval: fulfilled',
      }),
    );
    const outcome = await inProcess(['check', crafted, '--rates', rates, '--lang', 'en']);
    expect(outcome.status).toBe(0);
    expect(outcome.stdout).not.toContain('\u001b');
    expect(outcome.stdout).not.toContain('\r');
    expect(outcome.stdout.split('\n')[0]).toBe(
      'T\\u001b[2K\\u000d✔ fake: Visit\\u000a✔ Approval: fulfilled',
    );
  });

  it('names a long bad value by its beginning, not whole', async () => {
    const long = file(
      'long.json',
      JSON.stringify({ ...SAMPLE_TRIP, departureDate: 'x'.repeat(100_000) }),
    );
    const outcome = await inProcess(['check', long, '--lang', 'en']);
    expect(outcome.status).toBe(2);
    expect(outcome.stderr.length).toBeLessThan(2_000);
    expect(outcome.stderr).toContain(`"${'x'.repeat(120)}…"`);
  });
});

describe('solleftea-policy: colour, decided for each stream', () => {
  const args = ['audit', sample, '--as-of', '2023-03-31'];
  it.each([
    ['a terminal', true, {}, undefined, true],
    ['not a terminal', false, {}, undefined, false],
    ['NO_COLOR set', true, { NO_COLOR: '1' }, undefined, false],
    ['NO_COLOR empty (not set, by the convention)', true, { NO_COLOR: '' }, undefined, true],
    ['FORCE_COLOR on a pipe', false, { FORCE_COLOR: '1' }, undefined, true],
    ['FORCE_COLOR=0 on a terminal', true, { FORCE_COLOR: '0' }, undefined, false],
    ['--no-color on a terminal', true, {}, '--no-color', false],
    ['--color on a pipe, NO_COLOR set', false, { NO_COLOR: '1' }, '--color', true],
  ] as const)('%s', async (_, terminal, env, flag, coloured) => {
    const outcome = await inProcess([...args, ...(flag ? [flag] : [])], undefined, terminal, env);
    expect(outcome.stdout.includes('\u001b['), 'stdout').toBe(coloured);
  });

  it('colours stderr by whether stderr is a terminal, not stdout', async () => {
    let stderr = '';
    await main(['check', 'missing.json'], {
      stdout: () => undefined,
      stderr: (text) => {
        stderr += text;
      },
      stdin: async function* () {},
      terminal: { stdout: true, stderr: false },
      env: {},
      version: '0.0.0',
    });
    expect(stderr).toBe('missing.json: filen finns inte.\n');
  });
});

describe('solleftea-policy: writing the output', () => {
  it('--out - writes to standard output, not a file named -', async () => {
    const outcome = await inProcess(['account', sample, '--period', '2019-2022', '--out', '-']);
    expect(outcome.status).toBe(0);
    expect(outcome.stdout).toContain('# Redovisning');
    expect(existsSync('-')).toBe(false);
  });

  it('--out onto a directory says so, even with --force', async () => {
    const outcome = await inProcess([
      'account',
      sample,
      '--period',
      '2019-2022',
      '--out',
      directory,
      '--force',
      '--lang',
      'en',
    ]);
    expect(outcome).toEqual({
      status: 2,
      stdout: '',
      stderr: `${directory}: is a directory, not a file.\n`,
    });
  });

  it('a closed pipe ends quietly, with no stack trace', () => {
    const piped = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${binary}" audit "${sample}" --as-of 2023-03-31 | head -1`],
      { encoding: 'utf8' },
    );
    expect(piped.stdout).toBe(`Granskning av ${sample} per 2023-03-31\n`);
    expect(piped.stderr).toBe('');
  });

  it('a full disk is said on stderr with exit code 74', () => {
    if (!existsSync('/dev/full')) return;
    const full = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${binary}" schema register > /dev/full`],
      {
        encoding: 'utf8',
      },
    );
    expect(full.status).toBe(74);
    expect(full.stderr).toBe('Standard ut kan inte skrivas (ENOSPC).\n');
  });
});

describe('solleftea-policy: the review’s cases', () => {
  it('says a mistake in the language asked for, wherever --lang stands', async () => {
    expect((await inProcess(['check', trip, '--formt', 'json', '--lang', 'en'])).stderr).toBe(
      'Unknown option: --formt.\n  Did you mean --format?\n  See solleftea-policy --help.\n',
    );
    expect((await inProcess(['--lang=en', 'check', trip, '-x'])).stderr.split('\n')[0]).toBe(
      'Unknown option: -x.',
    );
  });

  it('does not take the next option as a value', async () => {
    expect((await inProcess(['check', trip, '--as-of', '--lang', 'en'])).stderr).toBe(
      '--as-of needs a value.\n  See solleftea-policy --help.\n',
    );
  });

  it('judges one activity on a day with --as-of, and refuses deadlines without a day', async () => {
    const judged = await inProcess([
      'check',
      trip,
      '--as-of',
      '2020-06-01',
      '--rates',
      rates,
      '--lang',
      'en',
    ]);
    // No approval is recorded, and the trip departed: violated, exit code 1.
    expect(judged.status).toBe(1);
    expect(judged.stdout).toContain('✔ Planning: fulfilled');
    expect(judged.stdout).toContain('✘ Approval by the executive board: not fulfilled');
    const refused = await inProcess(['check', trip, '--report-back-days', '30', '--lang', 'en']);
    expect(refused.status).toBe(2);
    expect(refused.stderr.split('\n')[0]).toBe(
      'The deadlines (--report-back-days, --council-account-days) are judged on a day: give --as-of YYYY-MM-DD too.',
    );
  });

  it('shows a document’s control characters as text in CSV on a terminal, and keeps them in a file', async () => {
    const register = JSON.parse(readFileSync(sample, 'utf8'));
    const row = register.activities.find((a: { id: string }) => a.id === '2019-09');
    row.title = 'Evil\u001b[2J title';
    const evil = file('evil-register.json', JSON.stringify(register));
    const args = ['account', evil, '--period', '2019-2022', '--format', 'csv'];
    expect((await inProcess(args, undefined, true)).stdout).not.toContain('\u001b');
    expect((await inProcess(args, undefined, true)).stdout).toContain('Evil\\u001b[2J title');
    expect((await inProcess(args, undefined, false)).stdout).toContain('Evil\u001b[2J title');
  });

  it('says invalid JSON in Swedish only, with its line and column', async () => {
    const outcome = await inProcess(['check', '-'], '[1,\n2');
    expect(outcome.stderr).toBe('stdin:2:2: ogiltig JSON.\n');
  });

  it('writes a rule a policy diff adds whole, in JSON', async () => {
    const diff = JSON.parse(
      (await inProcess(['policy', 'diff', nextPolicy, POLICY_2019_2022.id, '--json'])).stdout,
    );
    expect(diff.from).toBe('next');
  });
});

describe('the built binary answers as main does in this process', () => {
  // Spawning proves what the process adds (the entry, the exports map, exit codes, standard input
  // and output as bytes): one case for each command, exit code and way of giving input is enough;
  // the rest run in process only.
  it('for one case of each command, exit code and input, the same exit code and output', async () => {
    const seen = new Set<string>();
    const chosen = cases.filter(({ args, input, outcome }) => {
      const word = /^[a-z]+$/.test(args[0] ?? '') ? args[0] : 'none';
      const command = word === 'policy' ? `policy ${args[1]}` : word;
      const keys = [`${command} ${outcome.status}`, input === undefined ? 'file' : 'stdin'];
      if (keys.every((key) => seen.has(key))) return false;
      for (const key of keys) seen.add(key);
      return true;
    });
    expect(chosen.length).toBeGreaterThanOrEqual(15);
    // Three at a time: a process spends most of its life starting, so two cores serve three.
    const outcomes: Outcome[] = [];
    for (let i = 0; i < chosen.length; i += 3)
      outcomes.push(
        ...(await Promise.all(
          chosen.slice(i, i + 3).map(({ args, input }) => spawnedLater(args, input)),
        )),
      );
    for (const [i, { args, outcome }] of chosen.entries())
      expect(outcomes[i], args.join(' ')).toEqual(outcome);
  });
});
